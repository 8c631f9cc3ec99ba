"""fetch(): files, stdin and URLs served from a local http.server, and every error it raises."""

from __future__ import annotations

import io
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from narrate.errors import (
    FetchError,
    NarrateError,
    NoArticleError,
    SourceNotFoundError,
    TooLargeError,
    UnsupportedSourceError,
)
from narrate.fetch import decode, fetch

PAGE = "<!doctype html><html><head><title>Café</title></head><body><p>Été à Paris</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    """Routes: /page (UTF-8 via header), /latin (charset in <meta> only), /text, /missing (404),
    /slow (trickles past any timeout), /big (endless body), /redirect (-> /page), /image."""

    big_sent = 0

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        ua = self.headers.get("User-Agent", "")
        if self.path == "/page":
            self._send(PAGE.encode() + f"<!-- {ua} -->".encode(), "text/html; charset=utf-8")
        elif self.path == "/latin":
            body = '<html><head><meta charset="iso-8859-1"></head><body><p>Café crème</p></body></html>'
            self._send(body.encode("latin-1"), "text/html")
        elif self.path == "/text":
            self._send(b"Headline\n\nBody paragraph.", "text/plain; charset=utf-8")
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/image":
            self._send(b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        elif self.path == "/slow":
            self._trickle()
        elif self.path == "/big":
            self._endless()
        else:
            self._send(b"not here", "text/plain", status=404)

    def _trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(40):  # 4 s at most: the test's 1 s timeout must cut it off
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:  # the client hung up, as it should
            pass

    def _endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(2000):  # 128 MB at most; the client must stop at its cap long before
                self.wfile.write(b"<p>" + b"x" * 65_000 + b"</p>\n")
                type(self).big_sent += 65_008
        except OSError:
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html_decoded_by_header(server: str) -> None:
    page = fetch(f"{server}/page", allow_private=True)
    assert page.kind == "html"
    assert "Été à Paris" in page.content
    assert "narrate/" in page.content  # our User-Agent reached the server
    assert page.url == f"{server}/page"


def test_url_charset_from_meta(server: str) -> None:
    assert "Café crème" in fetch(f"{server}/latin", allow_private=True).content


def test_url_text_plain_is_text(server: str) -> None:
    page = fetch(f"{server}/text", allow_private=True)
    assert page.kind == "text"
    assert page.content.startswith("Headline")


def test_redirect_followed_and_final_url_kept(server: str) -> None:
    page = fetch(f"{server}/redirect", allow_private=True)
    assert page.url == f"{server}/page"
    assert "Été" in page.content


def test_url_option_overrides_page_url(server: str) -> None:
    assert (
        fetch(f"{server}/page", allow_private=True, url="https://example.org/story").url
        == "https://example.org/story"
    )


def test_http_404(server: str) -> None:
    with pytest.raises(FetchError, match=r"/missing: the server answered HTTP 404") as err:
        fetch(f"{server}/missing", allow_private=True)
    assert err.value.hint


def test_timeout_on_trickling_server(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 1 s"):
        fetch(f"{server}/slow", allow_private=True, timeout=1.0)
    assert time.monotonic() - started < 3.5


def test_big_body_stops_at_cap(server: str) -> None:
    with pytest.raises(TooLargeError, match="larger than the 1,000,000-byte limit"):
        fetch(f"{server}/big", allow_private=True, max_bytes=1_000_000)


def test_image_url_unsupported(server: str) -> None:
    with pytest.raises(UnsupportedSourceError, match="image/png"):
        fetch(f"{server}/image", allow_private=True)


def test_refused_port() -> None:
    with socket.socket() as probe:  # a port nothing listens on: bind, note it, close
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="could not connect"):
        fetch(f"http://127.0.0.1:{port}/story", timeout=5, allow_private=True)


def test_not_http_scheme() -> None:
    with pytest.raises(UnsupportedSourceError, match=r"ftp://example.org/a.html: only http"):
        fetch("ftp://example.org/a.html")


@pytest.mark.parametrize(
    ("name", "kind"), [("a.html", "html"), ("a.htm", "html"), ("a.txt", "text"), ("a.md", "text")]
)
def test_file_kind_by_extension(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    path.write_text("<p>Hello</p>" if kind == "html" else "# Hello\n\nWorld", encoding="utf-8")
    page = fetch(str(path))
    assert page.kind == kind
    assert page.url is None
    assert page.source == str(path)


def test_unknown_extension_sniffed(tmp_path: Path) -> None:
    html, text = tmp_path / "story.page", tmp_path / "story"
    html.write_text("<html><body><p>Hi there</p></body></html>")
    text.write_text("Headline\n\nA paragraph of text.")
    assert fetch(str(html)).kind == "html"
    assert fetch(str(text)).kind == "text"


def test_file_in_cp1252_declared_in_meta(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    path.write_bytes('<meta charset="windows-1252"><p>“Quoted” café</p>'.encode("cp1252"))
    assert "“Quoted” café" in fetch(str(path)).content


def test_undeclared_latin1_file_guessed(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Ça va très bien, merci. Le café est très chaud aujourd'hui.".encode("latin-1"))
    assert "très" in fetch(str(path)).content


def test_missing_path() -> None:
    with pytest.raises(SourceNotFoundError, match=r"nope/missing\.html: no such file") as err:
        fetch("nope/missing.html")
    assert err.value.exit_code == 3


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedSourceError, match="is a folder"):
        fetch(str(tmp_path))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    with pytest.raises(UnsupportedSourceError, match="binary file"):
        fetch(str(path))


@pytest.mark.parametrize("content", ["", "   \n\t\n  "])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content)
    with pytest.raises(NoArticleError, match=r"empty\.txt: is empty"):
        fetch(str(path))


def test_file_over_cap(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    with pytest.raises(TooLargeError):
        fetch(str(path), max_bytes=1000)


def test_stdin_html_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    page = fetch("-", url="https://example.org/x")
    assert (page.kind, page.source, page.url) == ("html", "-", "https://example.org/x")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Title\n\nText.")))
    assert fetch("-").kind == "text"


def test_stdin_over_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 3000)))
    with pytest.raises(TooLargeError, match="-: is larger"):
        fetch("-", max_bytes=1000)


def test_every_error_has_distinct_exit_code() -> None:
    classes = (SourceNotFoundError, UnsupportedSourceError, NoArticleError, FetchError, TooLargeError)
    codes = {cls.exit_code for cls in classes}
    assert len(codes) == 5
    assert all(issubclass(cls, NarrateError) for cls in (FetchError, TooLargeError))


def test_decode_doctests_hold() -> None:
    assert decode("naïve".encode("utf-16")) == "naïve"
    assert decode(b"\xef\xbb\xbfBOM") == "BOM"


def test_url_policy_doctests() -> None:
    """The URL policy's examples hold (credentials stripped, addresses judged)."""
    import doctest  # noqa: PLC0415

    from narrate import url  # noqa: PLC0415
    from narrate.fetch import urls  # noqa: PLC0415

    for module in (urls, url):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0
