"""narrate serve: real HTTP requests on 127.0.0.1, as a podcast app and a browser make them."""

from __future__ import annotations

import http.client
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrate.errors import OutputError
from narrate.podcast.serve import make_server

FILES = {
    "story.mp3": bytes(range(256)) * 40,  # 10,240 bytes with a recognisable pattern for range checks
    "story.vtt": b"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello\n",
    "story.srt": b"1\n00:00:00,000 --> 00:00:01,000\nHello\n",
    "story.chapters.json": b'{"version": "1.2.0", "chapters": []}',
    "story.html": b"<!DOCTYPE html><title>t</title>",
    "feed.xml": b'<?xml version="1.0"?><rss version="2.0"/>',
    "index.html": b"<!DOCTYPE html><title>index</title>",
    "cover.png": b"\x89PNG\r\n\x1a\n",
    "stories/story.html": b"<!DOCTYPE html><title>page</title>",
    ".story.mp3.part": b"half a file",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("serve")
    root = tmp_path / "site"
    for name, data in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (tmp_path / "secret.txt").write_text("outside")
    (root / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (root / "up").symlink_to(tmp_path)
    (root / "inside-link.vtt").symlink_to(root / "story.vtt")  # a symlink that stays inside is fine
    return root


@pytest.fixture(scope="module")
def port(folder: Path) -> Iterator[int]:
    server = make_server(folder, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join(5)


def request(
    port: int, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/story.mp3", "audio/mpeg"),
        ("/story.vtt", "text/vtt; charset=utf-8"),
        ("/story.srt", "application/x-subrip"),
        ("/story.chapters.json", "application/json"),
        ("/feed.xml", "application/rss+xml"),
        ("/story.html", "text/html; charset=utf-8"),
        ("/stories/story.html", "text/html; charset=utf-8"),
        ("/cover.png", "image/png"),
        ("/", "text/html; charset=utf-8"),
    ],
)
def test_content_types_and_bodies(port: int, folder: Path, path: str, expected: str) -> None:
    status, headers, body = request(port, path)
    assert status == 200
    assert headers["content-type"] == expected
    assert headers["accept-ranges"] == "bytes"
    name = path.lstrip("/") or "index.html"
    assert body == FILES[name]
    assert int(headers["content-length"]) == len(body)


def test_head_gives_the_headers_and_no_body(port: int) -> None:
    status, headers, body = request(port, "/story.mp3", "HEAD")
    assert (status, body) == (200, b"")
    assert int(headers["content-length"]) == len(FILES["story.mp3"])
    assert headers["content-type"] == "audio/mpeg"
    status, headers, _ = request(port, "/story.mp3", "HEAD", {"Range": "bytes=0-1"})
    assert status == 206 and headers["content-range"] == f"bytes 0-1/{len(FILES['story.mp3'])}"


@pytest.mark.parametrize(
    ("spec", "first", "last"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, 10239),
        ("bytes=-100", 10140, 10239),
        ("bytes=10000-20000", 10000, 10239),
        ("bytes=5-5", 5, 5),
    ],
)
def test_byte_ranges(port: int, spec: str, first: int, last: int) -> None:
    data = FILES["story.mp3"]
    status, headers, body = request(port, "/story.mp3", headers={"Range": spec})
    assert status == 206
    assert headers["content-range"] == f"bytes {first}-{last}/{len(data)}"
    assert body == data[first : last + 1]
    assert int(headers["content-length"]) == last - first + 1


@pytest.mark.parametrize("spec", ["bytes=10240-", "bytes=99999-100000", "bytes=50-10", "bytes=-0"])
def test_unsatisfiable_ranges(port: int, spec: str) -> None:
    status, headers, body = request(port, "/story.mp3", headers={"Range": spec})
    assert status == 416
    assert headers["content-range"] == f"bytes */{len(FILES['story.mp3'])}"
    assert body == b""


def test_a_range_form_we_do_not_serve_gets_the_whole_file(port: int) -> None:
    status, _, body = request(port, "/story.mp3", headers={"Range": "bytes=0-1,4-5"})
    assert status == 200 and body == FILES["story.mp3"]


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/stories/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/stories/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/leak.txt",  # a symlink out of the folder
        "/up/secret.txt",  # a directory symlink out of the folder
        "/.story.mp3.part",  # a half-written file
        "/missing.mp3",
        "/%00",
        "/%ff%fe",
    ],
)
def test_nothing_outside_the_folder(port: int, path: str) -> None:
    status, _, body = request(port, path)
    assert status in (403, 404), path
    assert b"outside" not in body and b"half a file" not in body


def test_a_symlink_inside_the_folder_is_served(port: int) -> None:
    status, _, body = request(port, "/inside-link.vtt")
    assert status == 200 and body == FILES["story.vtt"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no such folder"):
        make_server(tmp_path / "nope", "127.0.0.1", 0)


def test_the_command_serves_until_stopped(folder: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "narrate", "serve", str(folder), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            url = proc.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:"), url or proc.stderr.read()
            port = int(url.rstrip("/").rsplit(":", 1)[1])
            status, headers, body = request(port, "/feed.xml")
            assert (status, headers["content-type"]) == (200, "application/rss+xml")
            assert body == FILES["feed.xml"]
        finally:
            proc.terminate()
            proc.wait(10)
    assert proc.returncode is not None


def test_a_client_that_hangs_up_mid_request_leaves_no_traceback(
    folder: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A reset (a player that seeks, a probe that gives up) while the server reads the request is not an
    error to print: socketserver printed a ConnectionResetError traceback for it."""
    server = make_server(folder, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for _ in range(3):
            client = socket.create_connection(server.server_address[:2])
            client.sendall(b"GET /story.mp3 HTTP/1.1\r\n")  # half a request, then a reset (linger 0)
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            client.close()
        time.sleep(0.5)
        status, _, _ = request(server.server_address[1], "/", "HEAD")
        assert status in (200, 404)  # still serving
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in capfd.readouterr().err
