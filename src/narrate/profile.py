"""NARRATE_PROFILE=1: where one story's time goes, stage by stage, for the next person who makes it faster.

Stages time themselves with `stage(name)` (wall seconds, and CPU seconds of the thread that runs them);
a stage inside another is subtracted from it, so the rows add up to the total. Work on other threads and
processes (LAME's encoder threads, the speech engines) adds its CPU time with `add_cpu`. Library code only
records; the CLI prints `report()` on stderr. When the variable is not set, `stage` does nothing.
"""

from __future__ import annotations

import contextlib
import os
import resource
import threading
import time
from collections.abc import Iterator

ENV = "NARRATE_PROFILE"

_lock = threading.Lock()
_rows: dict[str, list[float]] = {}  # name -> [wall, cpu, calls]
_other: dict[str, float] = {}  # CPU seconds spent on other threads or processes
_stack = threading.local()


def enabled() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


@contextlib.contextmanager
def stage(name: str) -> Iterator[None]:
    """Time the block as NAME (wall, and this thread's CPU), minus any stage timed inside it."""
    if not enabled():
        yield
        return
    frames: list[list[float]] = _stack.__dict__.setdefault("frames", [])
    frame = [0.0, 0.0]  # wall and CPU of stages inside this one
    frames.append(frame)
    wall, cpu = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        frames.pop()
        if frames:
            frames[-1][0] += wall
            frames[-1][1] += cpu
        _add(name, wall - frame[0], cpu - frame[1])


def _add(name: str, wall: float, cpu: float) -> None:
    with _lock:
        row = _rows.setdefault(name, [0.0, 0.0, 0.0])
        row[0] += wall
        row[1] += cpu
        row[2] += 1


def add_cpu(name: str, seconds: float) -> None:
    """CPU seconds spent for NAME on another thread or process (they overlap the stages' wall time)."""
    if enabled():
        with _lock:
            _other[name] = _other.get(name, 0.0) + seconds


def startup() -> None:
    """Record the time from the process's start to now as "start-up" (interpreter and imports)."""
    if not enabled():
        return
    _add("start-up (interpreter, imports)", _since_start(), time.process_time())


def _since_start() -> float:
    """Seconds since this process started (Linux: /proc; elsewhere 0)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:  # noqa: PTH123
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as uptime:  # noqa: PTH123
            return max(0.0, float(uptime.read().split()[0]) - started)
    except (OSError, ValueError, IndexError):
        return 0.0


def report() -> list[str]:
    """The profile as lines of text: one per stage, in the order they first ran, then the other CPU."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    with _lock:
        rows, other = dict(_rows), dict(_other)
    if children.ru_utime + children.ru_stime:
        other["speech engines (worker processes)"] = children.ru_utime + children.ru_stime
    total = sum(r[0] for r in rows.values()) or 1.0
    lines = [f"{'stage':<44} {'wall s':>7} {'share':>6} {'CPU s':>7} {'calls':>6}"]
    lines += [
        f"{name:<44} {wall:7.3f} {wall / total:6.1%} {cpu:7.3f} {int(calls):6d}"
        for name, (wall, cpu, calls) in rows.items()
    ]
    lines.append(f"{'total (this thread)':<44} {total:7.3f} {1:6.1%}")
    lines += [f"{'  + CPU on ' + name:<44} {'':7} {'':6} {cpu:7.3f}" for name, cpu in other.items()]
    return lines


def reset() -> None:
    with _lock:
        _rows.clear()
        _other.clear()
