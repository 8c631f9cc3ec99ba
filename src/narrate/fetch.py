"""fetch: a URL, a saved page, a text file or stdin -> Page (size cap, timeouts, character set)."""

from __future__ import annotations

import codecs
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Protocol

from charset_normalizer import from_bytes  # trafilatura's own dependency

from narrate import __version__
from narrate.errors import (
    BinarySourceError,
    DirectorySourceError,
    EmptySourceError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    SchemeError,
    SourceNotFoundError,
    TooLargeError,
    UnsupportedSourceError,
)
from narrate.models import Page, PageKind

USER_AGENT = f"Mozilla/5.0 (compatible; narrate/{__version__}; +offline news narrator)"
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
CHUNK = 64 * 1024


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]|<title[\s>]",
    re.IGNORECASE,
)


def fetch(source: str, *, url: str | None = None, timeout: float = 20.0, max_bytes: int = 10_000_000) -> Page:
    """Read SOURCE (http(s) URL, .html/.htm, .txt/.md, other file sniffed, or "-" for stdin) into a Page.

    Raises SourceNotFoundError, UnsupportedSourceError, NoArticleError (empty), FetchError or TooLargeError.
    """
    if source == "-":
        return _from_stdin(url, max_bytes)
    scheme = _SCHEME.match(source)
    if scheme and len(scheme.group(1)) > 1:  # one letter is a Windows drive, "C:\..."
        if scheme.group(1).lower() not in ("http", "https"):
            raise SchemeError(
                f"{source}: only http:// and https:// addresses can be fetched",
                hint="Download the page and give its file, or use an http(s) URL.",
            )
        return _from_url(source, url, timeout, max_bytes)
    return _from_file(source, url, max_bytes)


def _from_file(source: str, url: str | None, max_bytes: int) -> Page:
    path = Path(source).expanduser()
    if not path.exists():
        raise SourceNotFoundError(f"{source}: no such file", hint="Check the path, or give an http(s) URL.")
    if path.is_dir():
        raise DirectorySourceError(
            f"{source}: is a folder, not a page",
            hint="Give one .html, .txt or .md file (narrate batch takes folders).",
        )
    try:
        if path.stat().st_size > max_bytes:
            raise _too_large(source, max_bytes)
        with path.open("rb") as fh:
            data = _read_capped(fh, source, max_bytes)
    except OSError as exc:
        raise SourceNotFoundError(
            f"{source}: cannot be read ({exc.strerror})", hint="Check its permissions."
        ) from exc
    suffix = path.suffix.lower()
    kind: PageKind | None = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
    return _page(source, url, data, kind, None)


def _from_stdin(url: str | None, max_bytes: int) -> Page:
    data = _read_capped(sys.stdin.buffer, "-", max_bytes)
    return _page("-", url, data, None, None)


def _from_url(source: str, url: str | None, timeout: float, max_bytes: int) -> Page:
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.8"}
    request = urllib.request.Request(source, headers=headers)
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large(source, max_bytes)
            data = _read_capped(response, source, max_bytes, deadline=deadline, timeout=timeout)
            final_url = response.geturl()
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the error page's open socket
        raise HTTPStatusError(
            f"{source}: the server answered HTTP {exc.code} {exc.reason}",
            hint="Check the address; the story may have moved or need a login.",
        ) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise _timed_out(source, timeout) from exc
        raise FetchError(
            f"{source}: could not connect ({exc.reason})",
            hint="Check the address and your network connection.",
        ) from exc
    except TimeoutError as exc:
        raise _timed_out(source, timeout) from exc
    except (OSError, ValueError) as exc:  # connection reset, malformed URL, bad chunked encoding
        raise FetchError(
            f"{source}: could not fetch ({exc})", hint="Check the address and try again."
        ) from exc
    kind = _kind_from_content_type(source, content_type)
    return _page(source, url or final_url, data, kind, charset)


def _kind_from_content_type(source: str, content_type: str) -> PageKind | None:
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type in ("text/plain", "text/markdown", "text/x-markdown"):
        return "text"
    if content_type.startswith(("image/", "audio/", "video/", "font/")) or content_type in (
        "application/pdf",
        "application/zip",
        "application/octet-stream",
    ):
        raise UnsupportedSourceError(
            f"{source}: is {content_type}, not a web page", hint="Give the address of the story's HTML page."
        )
    return None


def _read_capped(
    stream: _Readable,
    source: str,
    max_bytes: int,
    *,
    deadline: float | None = None,
    timeout: float = 0.0,
) -> bytes:
    """Read at most max_bytes; one byte more means the source is too large (the rest is never read)."""
    chunks: list[bytes] = []
    total = 0
    # read1: whatever has arrived, so a trickling server cannot hold one read past the deadline
    read = getattr(stream, "read1", None) or stream.read
    while True:
        chunk: bytes = read(min(CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise _too_large(source, max_bytes)
        # a server that trickles bytes never trips the per-read socket timeout: enforce the whole budget
        if deadline is not None and time.monotonic() > deadline:
            raise _timed_out(source, timeout)
    return b"".join(chunks)


def _page(source: str, url: str | None, data: bytes, kind: PageKind | None, charset: str | None) -> Page:
    if _is_binary(data):
        raise BinarySourceError(
            f"{source}: is a binary file, not a page or text",
            hint="Give an .html, .txt or .md file, or an http(s) URL.",
        )
    text = decode(data, charset)
    if not text.strip():
        raise EmptySourceError(f"{source}: is empty", hint="Give a file with the story's text or HTML in it.")
    if kind is None:
        kind = "html" if _HTML_SNIFF.search(text[:4096]) else "text"
    return Page(source=source, url=url, content=text, kind=kind)


def _is_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16 text) or many control bytes: an image, archive, audio file..."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, charset: str | None = None) -> str:
    """Bytes to text: BOM, then the declared charset (header, then <meta>), then UTF-8, then a guess.

    >>> decode('café'.encode('cp1252'), 'windows-1252')
    'café'
    >>> decode(b'<meta charset="utf-8"><p>\\xc3\\xa9t\\xc3\\xa9')
    '<meta charset="utf-8"><p>été'
    """
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, name in boms:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    declared = [charset] if charset else []
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii", "ignore"))
    for name in declared:
        try:
            return data.decode(_codec(name))
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    guess = best.encoding if best else "cp1252"
    # short Western text is often mistaken for another single-byte Latin code page; windows-1252 is the
    # web's usual undeclared legacy encoding, so it wins among those
    if guess.startswith(("cp125", "iso8859", "latin", "mac_")):
        guess = "cp1252"
    return data.decode(guess, errors="replace")


def _codec(name: str) -> str:
    """Browsers read "iso-8859-1" and "us-ascii" as windows-1252 (the WHATWG Encoding Standard)."""
    name = name.strip().lower()
    return "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else name


def _too_large(source: str, max_bytes: int) -> TooLargeError:
    return TooLargeError(
        f"{source}: is larger than the {max_bytes:,}-byte limit",
        hint="Raise the limit with --max-bytes if this really is one story.",
    )


def _timed_out(source: str, timeout: float) -> FetchTimeoutError:
    return FetchTimeoutError(
        f"{source}: timed out after {timeout:g} s",
        hint="The server is slow or down; try again or raise --timeout.",
    )


def is_url(source: str) -> bool:
    """True for http(s) addresses.

    >>> is_url("https://example.org/story"), is_url("story.html"), is_url("C:/pages/story.html")
    (True, False, False)
    """
    return urllib.parse.urlsplit(source).scheme.lower() in ("http", "https")
