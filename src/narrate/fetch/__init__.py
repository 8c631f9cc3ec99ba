"""fetch: a URL, a saved page, a text file or stdin -> Page (size cap, timeouts, character set).

The URL policy lives here, for every address narrate fetches however it arrives (an argument, a --list line, a
feed's item, each redirect hop): http(s) only; user names and passwords never shown in a message; link-local
and cloud metadata addresses always refused; loopback and private addresses refused unless allow_private; the
host name resolved and every address it resolves to checked before connecting; one wall-clock deadline over
the whole request (name lookup, connect, headers, body), enforced by a watchdog that shuts the connection.
"""

from __future__ import annotations

import codecs
import re
import sys

from charset_normalizer import from_bytes  # trafilatura's own dependency

from narrate.errors import (
    BinarySourceError,
    EmptySourceError,
    UnsupportedSourceError,
)
from narrate.fetch.urls import address_problem, check_url, is_url, redact
from narrate.files import PAGE_LIMIT_HINT, read_regular, user_path, xml_text
from narrate.models import Page, PageKind

__all__ = [
    "HTML_SUFFIXES",
    "PAGE_LIMIT_HINT",
    "TEXT_SUFFIXES",
    "address_problem",
    "check_url",
    "decode",
    "fetch",
    "is_url",
    "redact",
]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
# cloud metadata services that do not sit on a link-local address (AWS's IPv6, Alibaba's, Azure's wire server)


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]|<title[\s>]",
    re.IGNORECASE,
)


def fetch(
    source: str,
    *,
    url: str | None = None,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    allow_private: bool = False,
) -> Page:
    """Read SOURCE (http(s) URL, .html/.htm, .txt/.md, other file sniffed, or "-" for stdin) into a Page.

    Raises SourceNotFoundError, UnsupportedSourceError (RefusedURLError for a URL the policy refuses),
    NoArticleError (empty), FetchError or TooLargeError.
    """
    if source == "-":
        return _from_stdin(url, max_bytes)
    scheme = _SCHEME.match(source)
    if scheme and len(scheme.group(1)) > 1:  # one letter is a Windows drive, "C:\..."
        from narrate.fetch.http import http_get  # noqa: PLC0415  (http.client and ssl only for a URL)

        response = http_get(source, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
        kind = _kind_from_content_type(redact(source), response.content_type)
        return _page(redact(source), url or redact(response.url), response.data, kind, response.charset)
    return _from_file(source, url, max_bytes)


def _from_file(source: str, url: str | None, max_bytes: int) -> Page:
    path = user_path(source)
    data = read_regular(path, max_bytes, shown=source, limit_hint=PAGE_LIMIT_HINT)
    suffix = path.suffix.lower()
    kind: PageKind | None = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
    return _page(source, url, data, kind, None)


def _from_stdin(url: str | None, max_bytes: int) -> Page:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None or sys.stdin.closed:  # started with standard input closed (`<&-`)
        raise UnsupportedSourceError(
            "-: standard input is closed", hint="Pipe the story in (narrate article - < story.html)."
        )
    from narrate.fetch.http import read_capped  # noqa: PLC0415  (as above)

    try:
        data = read_capped(stream, "-", max_bytes)
    except OSError as exc:
        raise UnsupportedSourceError(
            f"-: standard input cannot be read ({exc.strerror or exc})", hint="Give a file or URL instead."
        ) from exc
    return _page("-", url, data, None, None)


def _kind_from_content_type(source: str, content_type: str | None) -> PageKind | None:
    """What the server says the page is; None (sniff it) when it says nothing or something unusual."""
    if content_type is None:
        return None
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


def _page(source: str, url: str | None, data: bytes, kind: PageKind | None, charset: str | None) -> Page:
    if _is_binary(data):
        raise BinarySourceError(
            f"{source}: is a binary file, not a page or text",
            hint="Give an .html, .txt or .md file, or an http(s) URL.",
        )
    text = xml_text(decode(data, charset))  # no control characters reach the story, its tags or its feed
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
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    best = from_bytes(data[:200_000]).best()
    guess = best.encoding if best else "cp1252"
    # short Western text is often mistaken for another single-byte Latin code page; windows-1252 is the
    # web's usual undeclared legacy encoding, so it wins among those
    if guess.startswith(("cp125", "iso8859", "latin", "mac_")):
        guess = "cp1252"
    return data.decode(guess, errors="replace")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes: at least as many valid multi-byte characters as invalid bytes.

    >>> _mostly_utf8("Café crème".encode() + b"\\xff"), _mostly_utf8("Café crème".encode("cp1252"))
    (True, False)
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return valid > 0 and invalid <= valid


def _codec(name: str) -> str:
    """Browsers read "iso-8859-1" and "us-ascii" as windows-1252 (the WHATWG Encoding Standard)."""
    name = name.strip().lower()
    return "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else name
