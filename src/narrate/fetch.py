"""fetch: a URL, a saved page, a text file or stdin -> Page (size cap, timeouts, character set).

The URL policy lives here, for every address narrate fetches however it arrives (an argument, a --list line, a
feed's item, each redirect hop): http(s) only; user names and passwords never shown in a message; link-local
and cloud metadata addresses always refused; loopback and private addresses refused unless allow_private; the
host name resolved and every address it resolves to checked before connecting; one wall-clock deadline over
the whole request (name lookup, connect, headers, body), enforced by a watchdog that shuts the connection.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from charset_normalizer import from_bytes  # trafilatura's own dependency

from narrate import __version__
from narrate.errors import (
    AddressRefusedError,
    BinarySourceError,
    EmptySourceError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    SchemeError,
    UnsupportedSourceError,
)
from narrate.files import read_regular, too_large, user_path, xml_text
from narrate.models import Page, PageKind

USER_AGENT = f"Mozilla/5.0 (compatible; narrate/{__version__}; +offline news narrator)"
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
CHUNK = 64 * 1024
MAX_REDIRECTS = 10
PAGE_LIMIT_HINT = "Raise the limit with --max-bytes if this really is one story."
# cloud metadata services that do not sit on a link-local address (AWS's IPv6, Alibaba's, Azure's wire server)
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "168.63.129.16")
)
_REDIRECTS = (301, 302, 303, 307, 308)


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:/*)[^/?#]*@")
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
    try:
        data = _read_capped(stream, "-", max_bytes)
    except OSError as exc:
        raise UnsupportedSourceError(
            f"-: standard input cannot be read ({exc.strerror or exc})", hint="Give a file or URL instead."
        ) from exc
    return _page("-", url, data, None, None)


# ------------------------------------------------------------------------------------------- the URL policy


def redact(url: str) -> str:
    """URL without its user name and password, for every message and record.

    >>> redact("http://user:pw@example.org:8080/a?b"), redact("story.html")
    ('http://example.org:8080/a?b', 'story.html')
    """
    return _USERINFO.sub(r"\1", url)


def address_problem(address: str, *, allow_private: bool = False) -> str | None:
    """Why narrate will not connect to ADDRESS (an IP address), or None when it may.

    >>> address_problem("93.184.216.34"), address_problem("169.254.169.254", allow_private=True)
    (None, 'a link-local or cloud metadata address')
    >>> address_problem("127.0.0.1"), address_problem("::ffff:10.0.0.1", allow_private=True)
    ('a loopback or private address', None)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is no part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_link_local or ip in METADATA_ADDRESSES:
        return "a link-local or cloud metadata address"
    if ip.is_multicast:
        return "a multicast address"
    if not ip.is_global and not allow_private:  # loopback, private, shared, unspecified, reserved
        return "a loopback or private address"
    return None


def check_url(url: str, *, shown: str, via: str | None = None) -> urllib.parse.SplitResult:
    """URL's parts when its form is allowed (http or https, a host); SHOWN names the source in messages,
    VIA is set for a redirect hop."""
    where = f"{shown}: redirected to {redact(url)}, which" if via else f"{shown}:"
    try:
        parts = urllib.parse.urlsplit(url.strip())
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number in range)
    except ValueError as exc:
        raise FetchError(f"{where} is not a valid address ({exc})", hint="Check the address.") from exc
    if parts.scheme.lower() not in ("http", "https"):
        what = (
            f"{where} is not an http(s) address"
            if via
            else f"{where} only http:// and https:// addresses can be fetched"
        )
        raise SchemeError(what, hint="Download the page and give its file, or use an http(s) URL.")
    if not parts.hostname:
        raise FetchError(f"{where} has no host name", hint="Check the address.")
    return parts


# ------------------------------------------------------------------------------------------- the client


@dataclass(frozen=True)
class Response:
    """A page as the server sent it: the final URL (after redirects), its type and charset, its bytes."""

    url: str
    content_type: str | None  # None: the server sent no Content-Type
    charset: str | None
    data: bytes


@dataclass
class _Deadline:
    """One wall-clock budget for a whole request; at its end a watchdog shuts every connection it watches,
    so no read or connect, however a server trickles, outlives it."""

    timeout: float
    end: float = 0.0
    expired: bool = False
    _watched: list[Any] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left

    def watch(self, connection: Any) -> None:
        """Shut CONNECTION (a socket or an HTTPConnection) when the time is up."""
        with self._lock:
            self._watched.append(connection)
        if self.expired:
            self._shut(connection)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for connection in self._watched:
                self._shut(connection)

    @staticmethod
    def _shut(connection: Any) -> None:
        sock = getattr(connection, "sock", connection)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    @contextlib.contextmanager
    def running(self) -> Iterator[_Deadline]:
        self.end = time.monotonic() + self.timeout
        timer = threading.Timer(self.timeout, self._expire)
        timer.daemon = True
        timer.start()
        try:
            yield self
        finally:
            timer.cancel()


def http_get(
    source: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    allow_private: bool = False,
    accept: str = "text/html,*/*;q=0.8",
) -> Response:
    """GET SOURCE under the URL policy, following redirects (each hop checked), within TIMEOUT seconds in
    all and MAX_BYTES. Raises RefusedURLError, FetchError, FetchTimeoutError, HTTPStatusError, TooLargeError.
    """
    shown = redact(source)
    deadline = _Deadline(timeout)
    try:
        with deadline.running():
            return _follow(
                source, shown, deadline, max_bytes=max_bytes, allow_private=allow_private, accept=accept
            )
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if deadline.expired or isinstance(exc, TimeoutError):
            raise _timed_out(shown, timeout) from exc
        reason = exc.reason if isinstance(exc, ssl.SSLError) and exc.reason else exc
        if isinstance(exc, ConnectionRefusedError | socket.gaierror):
            raise FetchError(
                f"{shown}: could not connect ({_one_line(reason)})",
                hint="Check the address and your network connection.",
            ) from exc
        raise FetchError(
            f"{shown}: could not fetch ({_one_line(reason)})", hint="Check the address and try again."
        ) from exc


def _follow(
    source: str, shown: str, deadline: _Deadline, *, max_bytes: int, allow_private: bool, accept: str
) -> Response:
    url = source.strip()
    first = check_url(url, shown=shown)
    for hop in range(MAX_REDIRECTS + 1):
        parts = check_url(url, shown=shown, via=url if hop else None)
        headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "identity"}
        if parts.username is not None and parts.hostname == first.hostname:  # never sent to another host
            login = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            headers["Authorization"] = "Basic " + base64.b64encode(login.encode()).decode("ascii")
        connection = _connection(parts, shown, deadline, allow_private)
        response: http.client.HTTPResponse | None = None
        try:
            connection.request("GET", _target(parts), headers=headers)
            response = connection.getresponse()
            location = response.getheader("Location")
            if response.status in _REDIRECTS and location:
                url = urllib.parse.urljoin(url, location.strip())
                continue
            if response.status >= 400:
                raise HTTPStatusError(
                    f"{shown}: the server answered HTTP {response.status} {_one_line(response.reason, 60)}",
                    hint="Check the address; the story may have moved or need a login.",
                )
            length = response.getheader("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise too_large(shown, max_bytes, "page", PAGE_LIMIT_HINT)
            data = _read_capped(response, shown, max_bytes, deadline=deadline)
            declared = response.getheader("Content-Type")
            return Response(
                url,
                response.headers.get_content_type() if declared else None,
                response.headers.get_content_charset(),
                data,
            )
        finally:
            if response is not None:
                response.close()  # it holds the socket once the connection handed it over
            connection.close()
    raise FetchError(
        f"{shown}: too many redirects (more than {MAX_REDIRECTS})",
        hint="The site redirects in a loop; open it in a browser to find the story's own address.",
    )


def _connection(
    parts: urllib.parse.SplitResult, shown: str, deadline: _Deadline, allow_private: bool
) -> http.client.HTTPConnection:
    """An HTTP(S) connection whose socket is opened only to addresses the policy allows."""
    assert parts.hostname is not None
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise FetchError(f"{shown}: {parts.hostname} is not a valid host name", hint="Check it.") from exc
    timeout = deadline.remaining()
    connection: http.client.HTTPConnection
    if parts.scheme.lower() == "https":
        connection = http.client.HTTPSConnection(host, parts.port, timeout=timeout)
    else:
        connection = http.client.HTTPConnection(host, parts.port, timeout=timeout)

    def open_socket(
        address: tuple[str, int], _timeout: object = None, _source: object = None
    ) -> socket.socket:
        return _open_socket(address, shown, deadline, allow_private)

    connection._create_connection = open_socket  # type: ignore[attr-defined]  # where http.client connects
    deadline.watch(connection)
    return connection


def _open_socket(
    address: tuple[str, int], shown: str, deadline: _Deadline, allow_private: bool
) -> socket.socket:
    """A socket connected to HOST: every address it resolves to is checked first, then one is connected."""
    host, port = address
    found = _resolve(host, port, deadline)
    for *_, sockaddr in found:
        problem = address_problem(str(sockaddr[0]), allow_private=allow_private)
        if problem:
            what = host if host == sockaddr[0] else f"{host} ({sockaddr[0]})"
            raise AddressRefusedError(
                f"{shown}: {what} is {problem}",
                hint="narrate fetches only public addresses; --allow-private lets it reach your own network"
                if "private" in problem
                else "narrate never fetches link-local, multicast or cloud metadata addresses.",
            )
    failure: OSError = OSError(f"{host} has no address")
    for family, kind, proto, _name, sockaddr in found:
        sock = socket.socket(family, kind, proto)
        deadline.watch(sock)
        try:
            sock.settimeout(deadline.remaining())
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            failure = exc
    raise failure


def _resolve(host: str, port: int, deadline: _Deadline) -> list[Any]:
    """getaddrinfo within the deadline (a stuck resolver is left behind on its own thread)."""
    result: list[Any] = []
    failure: list[BaseException] = []

    def lookup() -> None:
        try:
            result.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            failure.append(exc)

    thread = threading.Thread(target=lookup, daemon=True, name="narrate-resolve")
    thread.start()
    thread.join(deadline.remaining())
    if thread.is_alive():
        raise TimeoutError
    if failure:
        raise failure[0]
    return result


def _target(parts: urllib.parse.SplitResult) -> str:
    """The request target: path and query, with anything outside ASCII percent-encoded."""
    safe = "/%:@!$&'()*+,;=-._~?"
    path = urllib.parse.quote(parts.path or "/", safe=safe)
    return path + ("?" + urllib.parse.quote(parts.query, safe=safe) if parts.query else "")


def _one_line(value: object, limit: int = 200) -> str:
    """A server's or library's words as one short line (they end up in a one-line ERROR)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def _read_capped(
    stream: _Readable, source: str, max_bytes: int, *, deadline: _Deadline | None = None
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
            raise too_large(source, max_bytes, "page", PAGE_LIMIT_HINT)
        if deadline is not None:
            deadline.remaining()  # TimeoutError once the whole budget is spent
    if deadline is not None and deadline.expired:
        raise TimeoutError  # the watchdog shut the connection: what arrived is not the whole page
    return b"".join(chunks)


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
