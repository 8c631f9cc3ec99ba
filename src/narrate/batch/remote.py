"""The worker side of narrate batch --cluster: one step of one story on a Dask worker, on its local disk.

A task (inputs.RemoteTask) carries everything that decides the story's files: the client's config files and
chosen profiles (laid out in a temporary folder for the task), a local story file's bytes, and the client's
narrate and engine versions, which must be this worker's. A render writes into the temporary folder and
returns the files' bytes; the client alone writes OUTDIR. The reply is the pool's: ("ok", value, None) or
("error", message, traceback), so a story's failure is a value, never a lost worker.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from narrate.batch.inputs import RemoteTask, identity, materialised
from narrate.batch.records import Prepared, Rendered
from narrate.batch.story import prepare_story, render_story
from narrate.speak import cache
from narrate.workers import Reply, run_task

# One narrate task at a time in a worker process: a task points this process's environment at its own config
# folder, and a story is one core's work anyway (start workers with --nthreads 1).
_ONE_AT_A_TIME = threading.Lock()
PRUNE_EVERY_S = 60.0
_last_prune = [0.0]


def _may_start_processes() -> None:
    """Let this (Dask worker) process start the speech engine's processes. Dask starts its workers as
    daemonic processes, which multiprocessing forbids children; narrate's engine processes die with their
    parent anyway (workers.py: Linux's parent-death signal), which is what that rule protects."""
    process = multiprocessing.current_process()
    settings = getattr(process, "_config", None)
    if isinstance(settings, dict) and settings.get("daemon"):
        settings["daemon"] = False


def remote_task(task: RemoteTask) -> Reply:
    """Run TASK here; the reply, with a render's files as (name, bytes) pairs beside its Rendered."""
    with _ONE_AT_A_TIME, tempfile.TemporaryDirectory(prefix="narrate-cluster-") as tmp:
        if (mismatch := _mismatch(task)) is not None:
            return "error", mismatch, None
        _may_start_processes()
        folder = Path(tmp)
        (folder / "in").mkdir()
        with materialised(task.inputs, task.options, folder / "in") as options:
            if task.step == "prepare":
                return _prepare(task, options, folder)
            return _render(task, options, folder)


def _mismatch(task: RemoteTask) -> str | None:
    """Why this worker cannot do TASK as the client would: another narrate or eSpeak NG (the Piper engine's
    versions too, for a story in a Piper voice); None when it can."""
    mine, theirs = identity(), tuple(task.identity)
    piper = task.prepared is not None and task.prepared.voice.engine == "piper"
    if mine[:2] == theirs[:2] and (not piper or mine == theirs):
        return None
    return f"this worker runs {'; '.join(mine)}, the client {'; '.join(theirs)} (install the same on both)"


def _prepare(task: RemoteTask, options: Any, folder: Path) -> Reply:
    if task.data is None:  # a URL: fetched here
        return run_task(lambda source: prepare_story(source, options), task.source)
    here = folder / "story" / (Path(task.source).name or "story")
    here.parent.mkdir()
    here.write_bytes(task.data)
    status, value, trace = run_task(lambda source: prepare_story(source, options), str(here))
    if isinstance(value, Prepared):  # the story is the client's file, not this copy
        value = dataclasses.replace(value, story=dataclasses.replace(value.story, source=task.source))
    elif isinstance(value, str):
        value = value.replace(str(here), task.source)
    return status, value, trace


def _render(task: RemoteTask, options: Any, folder: Path) -> Reply:
    assert task.prepared is not None
    out = folder / "out"
    out.mkdir()
    cache_dir = cache.default_cache_dir() if task.use_cache else None

    def render(prepared: Prepared) -> tuple[Rendered, tuple[tuple[str, bytes], ...]]:
        rendered = render_story(prepared, out / task.mp3, cache_dir=cache_dir, image=options.image)
        files = tuple((p.name, p.read_bytes()) for p in sorted(out.iterdir()) if p.is_file())
        return rendered, files

    reply = run_task(render, task.prepared)
    if cache_dir is not None and time.monotonic() - _last_prune[0] > PRUNE_EVERY_S:
        _last_prune[0] = time.monotonic()
        cache.prune(cache_dir, task.cache_limit)
    return reply
