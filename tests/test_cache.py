"""The clip cache folder: location, size limit, least-recently-used pruning, clear, and its commands."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narrate.cli import app
from narrate.errors import UsageError
from narrate.speak import cache

runner = CliRunner()


def clips(folder: Path, sizes_and_ages: dict[str, tuple[int, int]]) -> None:
    """Files NAME of SIZE bytes whose mtime is AGE seconds ago, in speak's two-level layout."""
    now = 1_800_000_000
    for name, (size, age) in sizes_and_ages.items():
        path = folder / name[:2] / f"{name}.wav"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0" * size)
        os.utime(path, (now - age, now - age))


def names(folder: Path) -> set[str]:
    return {p.stem for p in folder.rglob("*.wav")}


def test_default_dir_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.default_cache_dir() == tmp_path / "narrate" / "clips"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the XDG spec: relative paths are invalid
    assert cache.default_cache_dir() == Path.home() / ".cache" / "narrate" / "clips"


def test_limit_from_option_env_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.LIMIT_ENV, raising=False)
    assert cache.cache_limit() == cache.DEFAULT_LIMIT == 2 * 1024**3
    monkeypatch.setenv(cache.LIMIT_ENV, "300M")
    assert cache.cache_limit() == 300 * 1024**2
    assert cache.cache_limit("1.5GiB") == int(1.5 * 1024**3)
    assert cache.cache_limit("0") == 0
    with pytest.raises(UsageError, match="not a size"):
        cache.cache_limit("lots")


def test_prune_removes_least_recently_used_first(tmp_path: Path) -> None:
    clips(tmp_path, {"aa01": (100, 50), "bb02": (100, 10), "cc03": (100, 30), "dd04": (100, 20)})
    pruned = cache.prune(tmp_path, limit=250)
    assert names(tmp_path) == {"bb02", "dd04"}  # the two most recently used fit in 250 bytes
    assert (pruned.removed, pruned.freed, pruned.remaining) == (2, 200, 200)
    assert cache.prune(tmp_path, limit=250).removed == 0
    assert cache.prune(tmp_path / "missing", limit=0).removed == 0


def test_clear_and_info(tmp_path: Path) -> None:
    clips(tmp_path / "c", {"aa01": (10, 1), "bb02": (20, 2)})
    found = cache.info(tmp_path / "c", limit=1000)
    assert (found.files, found.bytes, found.limit) == (2, 30, 1000)
    assert cache.clear(tmp_path / "c").removed == 2
    assert not (tmp_path / "c").exists()
    assert cache.clear(tmp_path / "c").removed == 0


def test_cache_commands() -> None:
    """`narrate cache info` and `narrate cache clear` work on $XDG_CACHE_HOME/narrate/clips."""
    folder = cache.default_cache_dir()
    clips(folder, {"aa01": (2048, 1), "bb02": (1024, 2)})
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0, info.output
    assert f"{folder}: 2 clips, 3 kB of" in info.output  # sizes are decimal everywhere (narrate.display)
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert "removed 2 clips, 3 kB" in cleared.output
    assert names(folder.parent) == set()
    for command in (["cache", "clear"], ["cache", "info"], ["batch"]):
        assert "Example: narrate" in runner.invoke(app, [*command, "--help"]).output


def test_doctests() -> None:
    result = doctest.testmod(cache)
    assert result.attempted > 0 and result.failed == 0
