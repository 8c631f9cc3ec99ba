"""The one HTTP client: each hop checked by the URL policy, the host name resolved and every address checked
before connecting, and one wall-clock deadline over the whole request (name lookup, connect, headers, body),
enforced by a watchdog that shuts the connection.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from narrate import __version__
from narrate.errors import (
    AddressRefusedError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
)
from narrate.fetch.urls import address_problem, check_url, redact
from narrate.files import PAGE_LIMIT_HINT, too_large

USER_AGENT = f"Mozilla/5.0 (compatible; narrate/{__version__}; +offline news narrator)"
CHUNK = 64 * 1024
MAX_REDIRECTS = 10
# cloud metadata services that do not sit on a link-local address (AWS's IPv6, Alibaba's, Azure's wire server)
_REDIRECTS = (301, 302, 303, 307, 308)


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


# ------------------------------------------------------------------------------------------- the client


@dataclass(frozen=True)
class Response:
    """A page as the server sent it: the final URL (after redirects), its type and charset, its bytes."""

    url: str
    content_type: str | None  # None: the server sent no Content-Type
    charset: str | None
    data: bytes


@dataclass
class Deadline:
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
    def running(self) -> Iterator[Deadline]:
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
    deadline = Deadline(timeout)
    try:
        with deadline.running():
            return _follow(
                source, shown, deadline, max_bytes=max_bytes, allow_private=allow_private, accept=accept
            )
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if deadline.expired or isinstance(exc, TimeoutError):
            raise timed_out(shown, timeout) from exc
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
    source: str, shown: str, deadline: Deadline, *, max_bytes: int, allow_private: bool, accept: str
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
            data = read_capped(response, shown, max_bytes, deadline=deadline)
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
    parts: urllib.parse.SplitResult, shown: str, deadline: Deadline, allow_private: bool
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
    address: tuple[str, int], shown: str, deadline: Deadline, allow_private: bool
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


def _resolve(host: str, port: int, deadline: Deadline) -> list[Any]:
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


def read_capped(stream: _Readable, source: str, max_bytes: int, *, deadline: Deadline | None = None) -> bytes:
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


def timed_out(source: str, timeout: float) -> FetchTimeoutError:
    return FetchTimeoutError(
        f"{source}: timed out after {timeout:g} s",
        hint="The server is slow or down; try again or raise --timeout.",
    )
