"""A local preview server for a batch folder that behaves the way a podcast host must.

Correct content types, HEAD, single byte ranges (206 with Content-Range, 416 when unsatisfiable,
Accept-Ranges: bytes), and nothing outside the folder: no "..", no encoded traversal, no symlinks that lead
out, no hidden files (a half-written ".name.part" is never served).
"""

from __future__ import annotations

import email.utils
import os
import re
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote

from narrate.errors import OutputError
from narrate.folder import check_folder
from narrate.url import split_url

CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".xml": "application/rss+xml",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".toml": "text/plain; charset=utf-8",
}
CHUNK = 64 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")

Log = Callable[[str], None]


def content_type(path: Path) -> str:
    """The Content-Type for a file name.

    >>> content_type(Path("a.mp3")), content_type(Path("feed.xml"))
    ('audio/mpeg', 'application/rss+xml')
    """
    return CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")


def parse_range(header: str, size: int) -> tuple[int, int] | str | None:
    """The (first, last) bytes of a single "bytes=" range; None to ignore it (send all); "unsatisfiable".

    >>> parse_range("bytes=0-99", 1000), parse_range("bytes=-100", 1000), parse_range("bytes=900-", 1000)
    ((0, 99), (900, 999), (900, 999))
    >>> parse_range("bytes=0-5000", 1000), parse_range("bytes=1000-", 1000), parse_range("bytes=5-1", 1000)
    ((0, 999), 'unsatisfiable', 'unsatisfiable')
    >>> parse_range("bytes=0-1,5-6", 1000) is None, parse_range("items=1-2", 1000) is None
    (True, True)
    """
    match = _RANGE.match(header.strip())
    if not match:
        return None  # not a single byte range we understand: RFC 9110 lets us answer with the whole file
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or (last and int(last) < start):
        return "unsatisfiable"
    return start, end


class FolderHandler(BaseHTTPRequestHandler):
    """GET and HEAD for the files of one folder."""

    server_version = "narrate-serve"
    protocol_version = "HTTP/1.1"
    root: Path  # set on the subclass that make_server creates
    log: Log | None = None

    def do_GET(self) -> None:
        self._send(body=True)

    def do_HEAD(self) -> None:
        self._send(body=False)

    def handle(self) -> None:
        try:
            super().handle()
        except ConnectionError:  # the client hung up before or while asking (a player seeking): no traceback
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        if self.log:
            self.log(f"{self.address_string()} {format % args}")

    def _send(self, *, body: bool) -> None:
        path = self.resolve(self.path)
        if path is None:
            self._error(HTTPStatus.NOT_FOUND)
            return
        try:
            fh = path.open("rb")
        except OSError:
            self._error(HTTPStatus.FORBIDDEN)
            return
        with fh:
            size = os.fstat(fh.fileno()).st_size
            self._respond(fh, path, size, body=body)

    def _respond(self, fh: BinaryIO, path: Path, size: int, *, body: bool) -> None:
        wanted = parse_range(self.headers.get("Range", ""), size) if "Range" in self.headers else None
        if wanted == "unsatisfiable":
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            return
        first, last = wanted if isinstance(wanted, tuple) else (0, size - 1)
        length = max(0, last - first + 1)
        self.send_response(HTTPStatus.PARTIAL_CONTENT if isinstance(wanted, tuple) else HTTPStatus.OK)
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(length))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Last-Modified", email.utils.formatdate(path.stat().st_mtime, usegmt=True))
        self.send_header("Cache-Control", "no-cache")
        if isinstance(wanted, tuple):
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.end_headers()
        if body and length:
            fh.seek(first)
            self._copy(fh, length)

    def _copy(self, fh: BinaryIO, length: int) -> None:
        try:
            while length > 0:
                chunk = fh.read(min(CHUNK, length))
                if not chunk:
                    break
                self.wfile.write(chunk)
                length -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # a player that jumped elsewhere hangs up mid-file: normal

    def _error(self, status: HTTPStatus) -> None:
        message = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(message)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(message)

    def resolve(self, raw: str) -> Path | None:
        """The file a request path names, or None when it is missing, hidden or outside the folder."""
        parts = _path_parts(raw)
        if parts is None:
            return None
        candidate = self.root.joinpath(*parts) if parts else self.root
        if candidate.is_dir():
            candidate = candidate / "index.html"
        try:
            real = candidate.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not real.is_relative_to(self.root) or not real.is_file():
            return None  # a symlink that leads out of the folder
        return real


def _path_parts(raw: str) -> list[str] | None:
    """The decoded path segments of a request target; None for traversal, hidden files or bad encoding.

    >>> _path_parts("/stories/a%20b.html"), _path_parts("/%2e%2e/x"), _path_parts("/.lock")
    (['stories', 'a b.html'], None, None)
    >>> _path_parts("//[::1/x")  # a broken host in the target
    """
    target = split_url(raw)  # None for "//[::1/x", a broken host in the target
    if target is None:
        return None
    try:
        decoded = unquote(target.path, errors="strict")
    except UnicodeDecodeError:
        return None
    if not raw.startswith("/") or "\x00" in decoded or "\\" in decoded:
        return None
    parts = [p for p in decoded.split("/") if p]
    if any(p.startswith(".") for p in parts):
        return None  # "..", also when it arrived percent-encoded, and hidden or half-written files
    return parts


def make_server(
    outdir: Path, host: str = "127.0.0.1", port: int = 8000, *, log: Log | None = None
) -> ThreadingHTTPServer:
    """A server for OUTDIR, bound but not yet serving (port 0: any free port; see server.server_address)."""
    check_folder(outdir, OutputError)
    root = outdir.resolve()
    handler = type("Handler", (FolderHandler,), {"root": root, "log": staticmethod(log) if log else None})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except (OSError, OverflowError) as exc:  # OverflowError: a port outside 0-65535
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(
            f"{host}:{port}: cannot listen: {reason}",
            hint="Pick another --port (0 to 65535), or stop what uses this one.",
        ) from exc
    server.daemon_threads = True
    return server


def url_of(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    name = host if isinstance(host, str) else host.decode()
    return f"http://{name}:{port}/" if ":" not in name else f"http://[{name}]:{port}/"
