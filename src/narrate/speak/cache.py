"""The clip cache on disk: where it lives, how big it may grow, pruning and clearing.

speak() keys and writes the clips (a file per utterance's spoken text and voice settings); this module only
manages the folder as a whole: least recently used clips (oldest mtime) go first when it is over its limit.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from narrate import config
from narrate.errors import OutputError, UsageError

DEFAULT_LIMIT = 2 * 1024**3  # 2 GiB: about 60 hours of 22 kHz 16-bit speech clips
LIMIT_ENV = "NARRATE_CACHE_LIMIT"
_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CacheInfo:
    """The cache folder's location and what it holds."""

    path: Path
    files: int
    bytes: int
    limit: int


@dataclass(frozen=True)
class Pruned:
    """What a prune or clear removed and what is left."""

    removed: int
    freed: int
    remaining: int  # bytes


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/narrate/clips (~/.cache/narrate/clips when XDG_CACHE_HOME is unset or relative)."""
    return config.cache_dir() / "clips"


def parse_size(text: str) -> int:
    """Bytes from a size such as "2G", "500 MB", "1.5GiB" or "1048576" (units are powers of 1024).

    >>> parse_size("2G"), parse_size("500 MB"), parse_size("1024")
    (2147483648, 524288000, 1024)
    """
    match = _SIZE.match(text)
    if not match:
        raise UsageError(f"{text}: not a size", hint='Give bytes or a size such as "500M" or "2G".')
    return int(float(match.group(1)) * _UNITS[match.group(2).upper()])


def cache_limit(value: str | None = None) -> int:
    """The size limit: VALUE (an option) over $NARRATE_CACHE_LIMIT over the 2 GiB default."""
    text = value or os.environ.get(LIMIT_ENV)
    return parse_size(text) if text else DEFAULT_LIMIT


def _files(cache_dir: Path) -> list[tuple[Path, os.stat_result]]:
    found = []
    for path in cache_dir.rglob("*"):
        try:
            st = path.stat()
        except FileNotFoundError:  # another run pruned it meanwhile
            continue
        if path.is_file():
            found.append((path, st))
    return found


def info(cache_dir: Path | None = None, limit: int | None = None) -> CacheInfo:
    """How many files and bytes the cache holds."""
    folder = cache_dir or default_cache_dir()
    files = _files(folder) if folder.is_dir() else []
    return CacheInfo(folder, len(files), sum(st.st_size for _, st in files), limit or cache_limit())


def prune(cache_dir: Path | None = None, limit: int | None = None) -> Pruned:
    """Delete the least recently used clips (oldest mtime first) until the cache is within LIMIT bytes."""
    folder = cache_dir or default_cache_dir()
    budget = cache_limit() if limit is None else limit
    files = sorted(_files(folder), key=lambda f: f[1].st_mtime) if folder.is_dir() else []
    total = sum(st.st_size for _, st in files)
    removed = freed = 0
    for path, st in files:
        if total - freed <= budget:
            break
        path.unlink(missing_ok=True)
        removed += 1
        freed += st.st_size
    return Pruned(removed, freed, total - freed)


def clear(cache_dir: Path | None = None) -> Pruned:
    """Delete every cached clip (the folder itself goes too; speak() makes it again when needed)."""
    folder = cache_dir or default_cache_dir()
    if not folder.exists():
        return Pruned(0, 0, 0)
    if not folder.is_dir():
        raise OutputError(f"{folder}: the clip cache is not a folder", hint="Move that file out of the way.")
    files = _files(folder)
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot clear the clip cache ({exc.strerror})") from exc
    return Pruned(len(files), sum(st.st_size for _, st in files), 0)
