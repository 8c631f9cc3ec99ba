"""Every user error: one line naming the input and a hint, its own exit code, no traceback, no output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narrate import errors
from narrate.cli import app
from tests.conftest import EXAMPLES
from tests.localserver import refused_port, serve

runner = CliRunner()
STORY = EXAMPLES / "amazon-facial-recognition.html"


def run_article(tmp_path: Path, *args: str) -> tuple[int, str]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    result = runner.invoke(app, ["article", *args, "--quiet"], catch_exceptions=False)
    return result.exit_code, result.output


def assert_clean_error(code: int, output: str, expected: type[errors.NarrateError], names: str) -> None:
    lines = [line for line in output.splitlines() if line.strip()]
    assert code == expected.exit_code, output
    assert len(lines) == 1, output
    assert lines[0].startswith("ERROR: "), output
    assert names in lines[0], output
    assert "(" in lines[0] and lines[0].endswith(")"), "a hint of what to do"
    assert "Traceback" not in output


def test_exit_codes_are_distinct() -> None:
    classes = [
        errors.SourceNotFoundError,
        errors.DirectorySourceError,
        errors.EmptySourceError,
        errors.BinarySourceError,
        errors.NoArticleError,
        errors.FetchError,
        errors.FetchTimeoutError,
        errors.HTTPStatusError,
        errors.SchemeError,
        errors.TooLargeError,
        errors.VoiceError,
        errors.OutputError,
        errors.BusyError,
        errors.Interrupted,
        errors.UsageError,
    ]
    codes = [c.exit_code for c in classes]
    assert len(set(codes)) == len(codes)
    assert 0 not in codes and 1 not in codes


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "nope.html", errors.SourceNotFoundError),
        (lambda d: d, errors.DirectorySourceError),
        (lambda d: _write(d / "empty.txt", b""), errors.EmptySourceError),
        (lambda d: _write(d / "blank.html", b"  \n\t\n"), errors.EmptySourceError),
        (lambda d: _write(d / "noise.html", bytes(range(256)) * 40), errors.BinarySourceError),
        (lambda d: _write(d / "clip.txt", b"ID3\x03\x00\x00\x00" + bytes(4000)), errors.BinarySourceError),
        (
            lambda d: _write(
                d / "front.html",
                b"<html><head><title>Home</title></head><body><nav><a href='/'>Home"
                b"</a> <a href='/news'>News</a></nav></body></html>",
            ),
            errors.NoArticleError,
        ),
    ],
    ids=["missing", "directory", "empty", "whitespace", "binary", "mp3-as-txt", "no-article"],
)
def test_bad_file_sources(tmp_path: Path, make: object, expected: type[errors.NarrateError]) -> None:
    source = make(tmp_path)  # type: ignore[operator]
    before = set(tmp_path.rglob("*"))
    code, output = run_article(tmp_path, str(source), "-o", str(tmp_path / "out" / "x.mp3"))
    assert_clean_error(code, output, expected, str(source))
    assert set(tmp_path.rglob("*")) == before | {tmp_path / "out"}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("path", "expected", "extra"),
    [
        ("/missing", errors.HTTPStatusError, []),
        ("/slow", errors.FetchTimeoutError, ["--timeout", "0.5"]),
        ("/huge", errors.TooLargeError, []),
    ],
    ids=["404", "timeout", "too-large"],
)
def test_bad_urls(tmp_path: Path, path: str, expected: type[errors.NarrateError], extra: list[str]) -> None:
    with serve({}) as base:
        url = base + path
        code, output = run_article(
            tmp_path, url, "-o", str(tmp_path / "out" / "x.mp3"), "--allow-private", *extra
        )
    assert_clean_error(code, output, expected, url)
    assert list((tmp_path / "out").iterdir()) == []


def test_refused_url(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{refused_port()}/story"
    code, output = run_article(tmp_path, url, "-o", str(tmp_path / "out" / "x.mp3"), "--allow-private")
    assert_clean_error(code, output, errors.FetchError, url)


def test_loopback_refused_without_allow_private(tmp_path: Path) -> None:
    with serve({"/story": ("text/plain", b"Title\n\nText.")}) as base:
        code, output = run_article(tmp_path, base + "/story", "-o", str(tmp_path / "out" / "x.mp3"))
    assert_clean_error(code, output, errors.AddressRefusedError, "127.0.0.1 is a loopback or private")


@pytest.mark.parametrize("url", ["ftp://example.org/story.html", "file:///etc/passwd", "gopher://x/"])
def test_not_http(tmp_path: Path, url: str) -> None:
    code, output = run_article(tmp_path, url, "-o", str(tmp_path / "out" / "x.mp3"))
    assert_clean_error(code, output, errors.SchemeError, url)


def test_big_file_over_cap(tmp_path: Path) -> None:
    big = _write(tmp_path / "big.html", b"<html><body><p>" + b"word " * 2_300_000 + b"</p></body></html>")
    code, output = run_article(tmp_path, str(big), "-o", str(tmp_path / "out" / "x.mp3"))
    assert_clean_error(code, output, errors.TooLargeError, str(big))


@pytest.mark.parametrize("option", [["--voice", "no-such-voice"], ["--voice", "/nowhere/voice.toml"]])
def test_unknown_voice(tmp_path: Path, option: list[str]) -> None:
    code, output = run_article(tmp_path, str(STORY), "-o", str(tmp_path / "out" / "x.mp3"), *option)
    assert_clean_error(code, output, errors.VoiceError, option[1])
    assert list((tmp_path / "out").iterdir()) == []


def test_unknown_station_profile(tmp_path: Path) -> None:
    code, output = run_article(
        tmp_path, str(STORY), "-o", str(tmp_path / "out" / "x.mp3"), "--profile", "nosuch"
    )
    assert_clean_error(code, output, errors.VoiceError, "nosuch")


@pytest.mark.parametrize("name", ["x.wav", "x.M4A", "x.ogg"])
def test_output_named_as_another_audio_format(tmp_path: Path, name: str) -> None:
    """An MP3 written under a .wav name misleads players: refused before any work (it was written)."""
    code, output = run_article(tmp_path, str(STORY), "-o", str(tmp_path / name))
    assert_clean_error(code, output, errors.UsageError, "narrate writes MP3")
    said = runner.invoke(app, ["say", "hello", "-o", str(tmp_path / name)])
    assert said.exit_code == errors.UsageError.exit_code and "narrate writes MP3" in said.output
    assert list(tmp_path.glob("x.*")) == []


def test_output_folder_missing(tmp_path: Path) -> None:
    target = tmp_path / "not-here" / "x.mp3"
    code, output = run_article(tmp_path, str(STORY), "-o", str(target))
    assert_clean_error(code, output, errors.OutputError, str(target.parent))
    assert not target.parent.exists()


def test_output_folder_not_writable(tmp_path: Path) -> None:
    folder = Path("/proc")  # refuses new files, even to root (who ignores permission bits)
    code, output = run_article(tmp_path, str(STORY), "-o", str(folder / "x.mp3"))
    assert_clean_error(code, output, errors.OutputError, str(folder))


def test_extract_json_goes_on_after_a_failure(tmp_path: Path) -> None:
    missing = tmp_path / "nope.html"
    result = runner.invoke(app, ["extract", "--json", str(missing), str(STORY)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(missing), str(STORY)]
    assert "error" in lines[0] and str(missing) in lines[0]["error"]
    assert lines[1]["title"]
    assert result.exit_code == errors.SourceNotFoundError.exit_code


@pytest.mark.slow
def test_ctrl_c_leaves_nothing(tmp_path: Path) -> None:
    story = tmp_path / "long.txt"
    paragraph = (
        "The council met on Tuesday to talk about the budget for the coming year, and many people spoke. "
    )
    story.write_text(
        "A Very Long Meeting\n\n" + "\n\n".join(paragraph * 4 for _ in range(300)), encoding="utf-8"
    )
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "narrate", "article", str(story), "-o", str(out / "long.mp3")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # as a terminal's Ctrl-C finds it: a run started from a background job inherits SIGINT ignored, and
        # Python then keeps it ignored (POSIX), which is not what this test is about
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509  (no threads yet)
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until speech has started
        if "speaking" in line:
            break
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == errors.Interrupted.exit_code, stderr
    assert "Traceback" not in stderr
    assert "interrupted" in stderr.lower()
    assert list(out.iterdir()) == []
