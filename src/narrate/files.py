"""Atomic file writes: a reader never sees half a file."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def staged(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside OUT; rename it over OUT only if the block finishes."""
    tmp = out.with_name(f".{out.name}.part")
    try:
        yield tmp
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    with staged(path) as tmp:
        tmp.write_bytes(data)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
