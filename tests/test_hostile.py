"""A hostile world (issue 12): one row per attack, each with its exit code and the promises checked.

Every row runs the real CLI (in process, or as a subprocess where the process itself matters: a closed
standard input, SIGKILL). Promises: the documented exit code; at most one `ERROR: ...` line naming the input
and no traceback; no output file left behind; done within the row's time. Slow attacks and the fuzz run
live in benchmarks/hostile.py.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lameenc
import pytest
from typer.testing import CliRunner

from narrate import errors, fetch, folder
from narrate.cli import app
from narrate.fetch import http as fetch_http
from narrate.speak import cache
from tests.localserver import QuietServer

runner = CliRunner()
STORY = "A Quiet Council Meeting\n\nBy Ann Lee\n\nThe council met on Tuesday and agreed the budget.\n"
LONG = "x" * 300  # a file name over 255 bytes
SECRET = "s3cretPW"


# ----------------------------------------------------------------------------------------- a hostile server


class _Hostile(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:  # noqa: PLR0912  (one branch per hostile route reads best as a list)
        path = self.path
        try:
            if path == "/story":
                self._send(b"Headline Here\n\nA paragraph of the story.", "text/plain; charset=utf-8")
            elif path == "/no-type":
                page = b"<html><head><title>Untyped Page</title></head><body><article><h1>Untyped Page</h1>"
                page += b"<p>The council met on Tuesday and agreed on the budget for next year.</p>" * 4
                self._send(page + b"</article></body></html>", None)
            elif path == "/loop":
                self._redirect("/loop")
            elif path == "/to-metadata":
                self._redirect("http://169.254.169.254/latest/meta-data/")
            elif path == "/to-ftp":
                self._redirect("ftp://example.org/story.txt")
            elif path == "/to-loopback":
                self._redirect(f"http://127.0.0.2:{self.server.server_address[1]}/story")
            elif path == "/trickle-headers":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for _ in range(300):  # a header byte every 0.1 s: 30 s of headers
                    self.wfile.write(b"X")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/trickle-feed":
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                for _ in range(300):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/feed-local":
                items = "".join(
                    f"<item><title>t</title><link>{link}</link></item>"
                    for link in ("file:///etc/passwd", "file:///etc/hostname")
                )
                rss = f'<rss version="2.0"><channel><title>x</title>{items}</channel></rss>'
                self._send(rss.encode(), "application/rss+xml")
            else:
                self._send(b"not here", "text/plain", 404)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, body: bytes, ctype: str | None, status: int = 200) -> None:
        self.send_response_only(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response_only(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), _Hostile)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# ----------------------------------------------------------------------------------------- the world


@pytest.fixture
def world(tmp_path: Path) -> Path:
    """Files the rows name: a story, a FIFO, a UTF-8 text with a stray byte, a corrupt batch folder..."""
    (tmp_path / "out").mkdir()
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "page.html").write_text(f"<html><body><article><p>{STORY}</p></article></body></html>")
    (tmp_path / "stray.txt").write_bytes(
        "Café Society\n\nThe café opened in the old mill.\n".encode() + b"\xff"
    )
    (tmp_path / "dashes.txt").write_text("Title\n\n-\n\n..\n", encoding="utf-8")
    (tmp_path / "broken-url.html").write_text(  # the page's own address is broken
        '<html><head><link rel="canonical" href="http://[::1"><meta property="og:url" content="https://[x/">'
        f"</head><body><article><h1>Harbour plan</h1><p>{STORY}</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "note.txt").write_text("not an image")
    os.mkfifo(tmp_path / "fifo.txt")
    lists = {
        "nouser.list": "~nosuchuser/x.txt\n",
        "long.list": f"{LONG}.txt\n",
        "file.list": "file:///etc/passwd\n",
    }
    for name, text in lists.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "manifest.json").write_text("{not json", encoding="utf-8")
    piped = tmp_path / "piped"
    piped.mkdir()
    os.mkfifo(piped / "manifest.json")
    return tmp_path


# ----------------------------------------------------------------------------------------- the table


Args = Callable[[Path, str], list[str]]


@dataclass(frozen=True)
class Case:
    """One attack: the command line (from the world folder and the server's URL), the exit code, and
    what the output must (says) and must not (never) contain."""

    id: str
    args: Args
    code: int
    says: str = ""
    never: tuple[str, ...] = ()
    within: float = 8.0
    files_kept: tuple[str, ...] = field(default=())  # files whose bytes must not change


CASES = [
    Case("no-such-user", lambda w, b: ["article", "~nosuchuser/x.txt"], 3, "no user ~nosuchuser"),
    Case(
        "no-such-user-batch", lambda w, b: ["batch", "~nosuchuser/x.txt", "-d", f"{w}/out"], 3, "~nosuchuser"
    ),
    Case(
        "no-such-user-list",
        lambda w, b: ["batch", "--list", f"{w}/nouser.list", "-d", f"{w}/out"],
        3,
        "no user",
    ),
    Case("long-source", lambda w, b: ["article", f"{w}/{LONG}.txt"], 3, "too long"),
    Case("long-out", lambda w, b: ["article", f"{w}/story.txt", "-o", f"{w}/out/{LONG}.mp3"], 15, "too long"),
    Case("long-batch", lambda w, b: ["batch", f"{w}/{LONG}.txt", "-d", f"{w}/out"], 3, "too long"),
    Case("long-list", lambda w, b: ["batch", "--list", f"{w}/long.list", "-d", f"{w}/out"], 3, "too long"),
    Case("port-overflow", lambda w, b: ["serve", f"{w}/out", "--port", "70000"], 2, "--port"),
    Case(
        "out-is-source",
        lambda w, b: ["article", f"{w}/story.txt", "-o", f"{w}/story.txt"],
        2,
        "overwrite",
        files_kept=("story.txt",),
    ),
    Case(
        "sidecar-is-source",
        lambda w, b: ["article", f"{w}/page.html", "-o", f"{w}/page.mp3", "--sidecars"],
        2,
        "overwrite",
        files_kept=("page.html",),
    ),
    Case(
        "feed-links-local-files",
        lambda w, b: ["batch", "--from-feed", f"{b}/feed-local", "--allow-private", "-d", f"{w}/out"],
        1,
        "only http",
        never=("root:",),
    ),
    Case(
        "list-file-url", lambda w, b: ["batch", "--list", f"{w}/file.list", "-d", f"{w}/out"], 1, "only http"
    ),
    Case("article-file-url", lambda w, b: ["article", "file:///etc/passwd"], 12, "only http"),
    Case(
        "redirect-metadata", lambda w, b: ["article", f"{b}/to-metadata", "--allow-private"], 12, "link-local"
    ),
    Case("redirect-ftp", lambda w, b: ["article", f"{b}/to-ftp", "--allow-private"], 12, "ftp://"),
    Case("loopback-refused", lambda w, b: ["article", f"{b}/story"], 12, "loopback or private"),
    Case(
        "password-hidden",
        lambda w, b: ["article", b.replace("://", f"://me:{SECRET}@") + "/missing", "--allow-private"],
        11,
        "HTTP 404",
        never=(SECRET,),
    ),
    Case(
        "password-hidden-refused",
        lambda w, b: ["article", b.replace("://", f"://me:{SECRET}@") + "/story"],
        12,
        never=(SECRET,),
    ),
    Case("redirect-loop", lambda w, b: ["article", f"{b}/loop", "--allow-private"], 9, "too many redirects"),
    Case("fifo-source", lambda w, b: ["article", f"{w}/fifo.txt"], 4, "not a regular file", within=5),
    Case(
        "trickled-headers",
        lambda w, b: ["article", f"{b}/trickle-headers", "--timeout", "1", "--allow-private"],
        10,
        "timed out after 1 s",
        within=4,
    ),
    Case(
        "trickled-feed",
        lambda w, b: [
            "batch",
            "--from-feed",
            f"{b}/trickle-feed",
            "--timeout",
            "1",
            "--allow-private",
            "-d",
            f"{w}/out",
        ],
        10,
        "timed out after 1 s",
        within=4,
    ),
    Case(
        "image-dev-zero",
        lambda w, b: ["article", f"{w}/story.txt", "--image", "/dev/zero"],
        19,
        "not a regular file",
        within=4,
    ),
    Case(
        "image-not-image",
        lambda w, b: ["article", f"{w}/story.txt", "--image", f"{w}/note.txt"],
        19,
        "JPEG or PNG",
        within=4,
    ),
    Case(
        "voice-dev-zero",
        lambda w, b: ["article", f"{w}/story.txt", "--voice", "/dev/zero"],
        14,
        "ERROR: /dev/zero",
    ),
    Case(
        "list-dev-zero",
        lambda w, b: ["batch", "--list", "/dev/zero", "-d", f"{w}/out"],
        4,
        "not a regular file",
    ),
    Case(
        "feed-dev-zero",
        lambda w, b: ["batch", "--from-feed", "/dev/zero", "-d", f"{w}/out"],
        4,
        "not a regular file",
    ),
    Case(
        "batch-voice-dev-zero",
        lambda w, b: ["batch", f"{w}/story.txt", "-d", f"{w}/out", "--voice", "/dev/zero"],
        14,
        "ERROR: /dev/zero",
    ),
    Case(
        "batch-profile-dev-zero",
        lambda w, b: ["batch", f"{w}/story.txt", "-d", f"{w}/out", "--profile", "/dev/zero"],
        14,
        "not a regular file",
    ),
    Case(
        "batch-voice-no-user",
        lambda w, b: ["batch", f"{w}/story.txt", "-d", f"{w}/out", "--voice", "~nosuchuser/v.toml"],
        14,
        "no user",
    ),
    Case("say-dash", lambda w, b: ["say", "-", "-o", f"{w}/out/say.mp3"], 2, "nothing to say"),
    Case("say-control", lambda w, b: ["say", "\x01", "-o", f"{w}/out/say.mp3"], 2, "nothing to say"),
    Case(
        "script-dashes-only-title",
        lambda w, b: ["script", f"{w}/dashes.txt", "--no-intro"],
        0,
        "Title",
        never=(" -\n", " ..\n"),
    ),
    Case(
        "usage-error",
        lambda w, b: ["article", "--rate", "fast", "x"],
        2,
        "article: Invalid value for '--rate'",
    ),
    Case(
        "corrupt-manifest-batch",
        lambda w, b: ["batch", f"{w}/story.txt", "-d", f"{w}/corrupt"],
        20,
        "manifest",
    ),
    Case(
        "corrupt-manifest-feed",
        lambda w, b: ["feed", f"{w}/corrupt", "--base-url", "https://x.example", "--title", "T"],
        20,
        "manifest",
    ),
    Case(
        "fifo-manifest",
        lambda w, b: ["batch", f"{w}/story.txt", "-d", f"{w}/piped"],
        20,
        "not a regular file",
    ),
    Case("serve-a-file", lambda w, b: ["serve", "/etc/passwd"], 15, "not a folder"),
    Case("stray-byte-utf8", lambda w, b: ["extract", f"{w}/stray.txt"], 0, "Café Society", never=("ï¾",)),
    Case(
        "no-content-type",
        lambda w, b: ["extract", f"{b}/no-type", "--allow-private"],
        0,
        "# Untyped Page",
        never=("<p>",),
    ),
    # unbalanced brackets: urllib raises ValueError("Invalid IPv6 URL") (it was a traceback everywhere)
    Case(
        "broken-address",
        lambda w, b: ["article", "http://[::1", "-o", f"{w}/x.mp3"],
        9,
        "not a valid address",
    ),
    Case(
        "broken-address-batch",
        lambda w, b: ["batch", "http://[::1", "-d", f"{w}/out"],
        1,
        "not a valid address",
    ),
    Case("broken-own-address", lambda w, b: ["extract", f"{w}/broken-url.html"], 0, "# Harbour plan"),
    Case(
        "broken-base-url",
        lambda w, b: ["feed", f"{w}/out", "--base-url", "https://[x/"],
        2,
        "not an absolute",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile(case: Case, world: Path, base: str) -> None:
    args = case.args(world, base)
    kept = {name: (world / name).read_bytes() for name in case.files_kept}
    before = sorted(p.name for p in (world / "out").iterdir())
    started = time.monotonic()
    result = runner.invoke(app, args, catch_exceptions=True)
    took = time.monotonic() - started
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == case.code, output
    assert took < case.within, f"took {took:.1f} s"
    assert "Traceback" not in output
    assert case.says in output, output
    for text in case.never:
        assert text not in output, output
    errors_ = [line for line in output.splitlines() if line.startswith("ERROR:")]
    if case.code not in (0, 1):
        assert len(errors_) == 1, output
    for name, data in kept.items():
        assert (world / name).read_bytes() == data
    after = sorted(p.name for p in (world / "out").iterdir() if not p.name.startswith(".narrate"))
    if case.code != 0:
        assert [n for n in after if n.endswith((".mp3", ".part"))] == [
            n for n in before if n.endswith(".mp3")
        ]


# ----------------------------------------------------------------------------------------- rows as processes


def _narrate(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "narrate", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def test_stdin_closed(tmp_path: Path) -> None:
    done = _narrate("article", "-", "-o", str(tmp_path / "x.mp3"), stdin=subprocess.DEVNULL, close_fds=True,
                    preexec_fn=lambda: os.close(0))  # fmt: skip
    assert done.returncode == errors.UnsupportedSourceError.exit_code, done.stderr
    assert "ERROR: -: standard input is closed" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_unreadable_file_is_code_4(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads any file, so the refusal is staged: the open fails as it does for another user."""
    story = tmp_path / "secret.txt"
    story.write_text(STORY)

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(
        errors.UnsupportedSourceError, match=r"secret\.txt: cannot be read \(Permission denied\)"
    ) as err:
        fetch.fetch(str(story))
    assert err.value.exit_code == 4


def test_redirect_to_loopback_refused(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server plays a public host (127.0.0.1 allowed); its redirect to 127.0.0.2 is refused."""
    real = fetch.address_problem

    def policy(address: str, *, allow_private: bool = False) -> str | None:
        return None if address == "127.0.0.1" else real(address, allow_private=allow_private)

    monkeypatch.setattr(fetch_http, "address_problem", policy)
    assert fetch.fetch(f"{base}/story").content.startswith("Headline")
    with pytest.raises(errors.AddressRefusedError, match=r"127\.0\.0\.2 is a loopback or private address"):
        fetch.fetch(f"{base}/to-loopback")


@pytest.mark.parametrize(
    ("address", "allowed", "problem"),
    [
        ("93.184.216.34", False, None),
        ("127.0.0.1", False, "a loopback or private address"),
        ("10.1.2.3", False, "a loopback or private address"),
        ("0.0.0.0", False, "a loopback or private address"),
        ("::1", False, "a loopback or private address"),
        ("::ffff:192.168.1.1", False, "a loopback or private address"),
        ("192.168.1.1", True, None),
        ("169.254.169.254", True, "a link-local or cloud metadata address"),
        ("fe80::1%eth0", True, "a link-local or cloud metadata address"),
        ("fd00:ec2::254", True, "a link-local or cloud metadata address"),
        ("100.100.100.200", True, "a link-local or cloud metadata address"),
        ("224.0.0.1", True, "a multicast address"),
    ],
)
def test_address_policy(address: str, allowed: bool, problem: str | None) -> None:
    assert fetch.address_problem(address, allow_private=allowed) == problem


def test_cache_clear_race_has_its_own_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def racing() -> None:
        raise errors.OutputError("/cache/clips: cannot clear the clip cache (Directory not empty)")

    monkeypatch.setattr(cache, "clear", racing)
    result = runner.invoke(app, ["cache", "clear"])
    assert result.exit_code == errors.CacheError.exit_code == 21
    assert (
        result.output.startswith("ERROR: /cache/clips: cannot clear")
        and "Another narrate run" in result.output
    )


def test_feed_is_well_formed_with_forbidden_characters(tmp_path: Path) -> None:
    """A title with U+FFFE in the manifest and --title 'A\\x01': feed.xml and the pages stay XML."""
    out = tmp_path / "out"
    out.mkdir()
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(44100)
    encoder.set_channels(1)
    (out / "a.mp3").write_bytes(encoder.encode(bytes(44100 * 2)) + encoder.flush())
    item = {"source": "a.txt", "guid": "7d1c6a3e-0000-5000-8000-000000000001", "status": "ok",
            "mp3": "a.mp3", "title": "Bad \ufffe title\x02", "byline": "Ann\x0bLee", "duration": 1.0,
            "date": "2026-01-02"}  # fmt: skip
    (out / "manifest.json").write_text(json.dumps({"format": 1, "items": [item]}), encoding="utf-8")
    result = runner.invoke(app, ["feed", str(out), "--base-url", "https://x.example/p", "--title", "A\x01"])
    assert result.exit_code == 0, result.output
    root = ET.parse(out / "feed.xml").getroot()  # raises on a feed that is not well-formed
    assert root.findtext("channel/title") == "A"
    assert root.findtext("channel/item/title") == "Bad  title "
    for page in [out / "index.html", *(out / "stories").glob("*.html")]:
        text = page.read_text(encoding="utf-8")
        assert not any(ch in text for ch in "\x01\x02\x0b\ufffe"), page


def test_next_run_removes_partials(tmp_path: Path) -> None:
    (tmp_path / "stories").mkdir()
    left = [tmp_path / ".a.mp3.part", tmp_path / "stories" / ".a.html.part"]
    for path in left:
        path.write_bytes(b"half")
    (tmp_path / "a.mp3").write_bytes(b"whole")
    folder.remove_partials(tmp_path)
    assert not any(p.exists() for p in left)
    assert (tmp_path / "a.mp3").read_bytes() == b"whole"


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie is dead, waiting for init to reap it


@pytest.mark.slow
def test_sigkill_leaves_no_worker(tmp_path: Path) -> None:
    story = tmp_path / "long.txt"
    paragraph = (
        "The council met on Tuesday to talk about the budget for the coming year, and many spoke. " * 4
    )
    story.write_text("A Very Long Meeting\n\n" + "\n\n".join([paragraph] * 200), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "narrate", "article", str(story), "-o", str(tmp_path / "long.mp3")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if "speaking" in line:
            break
    deadline = time.monotonic() + 20
    workers: set[int] = set()
    while time.monotonic() < deadline and not workers:  # the engine workers have started
        time.sleep(0.2)
        workers = _descendants(proc.pid)
    assert workers, "no worker process started"
    time.sleep(0.5)
    workers |= _descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proc.stderr.close()
    time.sleep(2)
    assert [pid for pid in workers if _alive(pid)] == []
    assert not (tmp_path / "long.mp3").exists()


@pytest.mark.slow
def test_unspeakable_paragraphs_and_title_are_silence(world: Path) -> None:
    """Paragraphs "-" and "..", and --title "..": left silent, never an engine failure (exit 17)."""
    out = world / "out" / "dashes.mp3"
    (world / "dashes.txt").write_text("Title\n\n-\n\n..\n\nOne real sentence here.\n", encoding="utf-8")
    result = runner.invoke(app, ["article", str(world / "dashes.txt"), "--title", "..", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    assert "WARNING" not in result.output
