"""A small HTTP server on 127.0.0.1 for tests: fixed pages, a 404, a slow page and an oversized page."""

from __future__ import annotations

import http.server
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/huge":
            self._send(200, "text/html", b"<html><body><p>" + b"word " * 2_300_000 + b"</p></body></html>")
            return
        page = self.pages.get(self.path)
        if page is None:
            self._send(404, "text/html", b"<html><body>Not found</body></html>")
            return
        self._send(200, *page)

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts, size caps)
            pass


class QuietServer(http.server.ThreadingHTTPServer):
    """The tests' HTTP server: a thread per request; a client's dropped connection is not reported."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that drops its connection (narrate giving up, or closing a connection it did not use)
        is not an error of the test; anything else is printed as socketserver does."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(pages: dict[str, tuple[str, bytes]]) -> Iterator[str]:
    """Serve PAGES ({path: (content type, body)}) and yield the base URL."""
    handler = type("Handler", (_Handler,), {"pages": pages})
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def refused_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
