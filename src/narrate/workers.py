"""The one worker pool: processes that each do one task at a time, with a time limit, replaced when they die.

Speech (one eSpeak NG engine per process) and batch (one story per process) both run on it. A worker is a
process in its own process group that starts a handler once (`make_handler(*args)`, e.g. loading the
engine; it may be named as "module:function", so the parent need not import the worker's code) and then
answers tasks over its own pipe. A task's reply is ``("ok", value, None)`` or ``("error",
message, traceback_or_None)``. A worker that dies gives an error reply and is replaced; one that passes its
task's deadline is killed with everything it started (SIGTERM to its group, SIGKILL after a grace period).
Workers ask the kernel to kill them when their parent dies, so `kill -9` of narrate leaves none behind.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import importlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
import traceback
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, Literal

from narrate.errors import NarrateError

Reply = tuple[str, Any, str | None]
Handler = Callable[[Any], Any]
StartMethod = Literal["fork-if-safe", "spawn"]
_PR_SET_PDEATHSIG = 1
GRACE_S = 10.0  # after SIGTERM, before SIGKILL


def _die_with_parent() -> None:
    """Linux: SIGKILL this process when the parent that started it dies (a no-op elsewhere)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


_STOPS = {signal.SIGINT, signal.SIGTERM}
_LAUNCH = threading.Lock()  # held while a worker process is being started, in whichever thread
_LEAVING: list[bool] = []  # set once this process holds _LAUNCH for good (a worker's stop, then atexit)


def hold_launches(timeout: float = 5.0) -> None:
    """Let a worker being started finish starting, and start no more: this process is going away. (A spawned
    worker whose parent leaves before handing over its start-up data reads a closed pipe, and its EOFError
    traceback reaches the user's stderr; the speech engines are started by a thread of their own.)"""
    if not _LEAVING:
        _LEAVING.append(_LAUNCH.acquire(timeout=timeout))  # never released: nothing is started after it


def _fresh_launch_lock() -> None:
    """A forked child gets a lock of its own: the copy it inherits is held (the parent was starting it)."""
    global _LAUNCH  # noqa: PLW0603 - the one lock of this process, renewed in a forked child
    _LAUNCH = threading.Lock()
    _LEAVING.clear()


atexit.register(hold_launches)
os.register_at_fork(after_in_child=_fresh_launch_lock)


@contextlib.contextmanager
def _stops_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back while a worker starts: a stop between the spawn and the hand-over of the
    worker's start-up data left the new interpreter reading a closed pipe, and its EOFError traceback reached
    the user's stderr. The signal is taken right after; a forked worker inherits the mask and lifts it (a
    spawned one's interpreter starts without it)."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def resolve(target: Callable[..., Any] | str) -> Callable[..., Any]:
    """TARGET itself, or the function a "package.module:function" name points to (imported now)."""
    if callable(target):
        return target
    module, _, name = target.partition(":")
    found: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return found


def run_task(handler: Handler, task: Any) -> Reply:
    """HANDLER(TASK) as a reply: a NarrateError is a message, any other exception a bug with its traceback."""
    try:
        return "ok", handler(task), None
    except NarrateError as exc:
        return "error", f"{exc} ({exc.hint})" if exc.hint else str(exc), None
    except Exception as exc:  # a bug in one task: the pool goes on, the traceback is kept
        return "error", f"internal error: {type(exc).__name__}: {exc}", traceback.format_exc()


def _worker_main(
    conn: multiprocessing.connection.Connection,
    siblings: list[multiprocessing.connection.Connection],
    make_handler: Callable[..., Handler] | str,
    args: tuple[Any, ...],
) -> None:
    """A worker: build the handler, then answer tasks until told to stop (None) or the pipe closes."""
    for other in siblings:  # a forked worker's copies of the parent's pipes to the other workers
        other.close()
    os.setpgrp()  # Ctrl-C reaches only the parent, which decides for every worker in one place
    _die_with_parent()
    signal.signal(signal.SIGTERM, _raise_interrupt)
    signal.signal(signal.SIGINT, _raise_interrupt)
    try:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)  # held while the parent started it
        try:
            handler = resolve(make_handler)(*args)
        except Exception as exc:  # reported on the first task; the pool starts a fresh worker
            failure: Reply = ("error", f"the worker did not start: {type(exc).__name__}: {exc}", None)
            if conn.recv() is not None:
                conn.send(failure)
            return
        while (task := conn.recv()) is not None:
            conn.send(run_task(handler, task))
    except (KeyboardInterrupt, EOFError, BrokenPipeError):
        hold_launches()
        kill_children()


def kill_children() -> None:
    """Kill what this process started and has not reaped (helpers in their own sessions included)."""
    me = str(os.getpid())
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == me:  # fields after "(comm)": state, ppid, ...
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(int(stat.parent.name), signal.SIGKILL)


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    task: Any = None  # the caller's key for the task in hand (None: idle)
    deadline: float = 0.0  # time.monotonic() by which the task must be done
    timeout: float = 0.0
    busy: bool = False
    last: Any = None  # the key of the last task it answered


class Pool:
    """SIZE workers, each running MAKE_HANDLER(*ARGS) once and then one task at a time."""

    def __init__(
        self,
        size: int,
        make_handler: Callable[..., Handler] | str,
        args: tuple[Any, ...] = (),
        *,
        start: StartMethod = "fork-if-safe",
        preload: Sequence[str] = (),
        name: str = "narrate-worker",
        grace: float = GRACE_S,
    ) -> None:
        self.make_handler, self.args, self.name, self.grace = make_handler, args, name, grace
        self.context = _context(start, preload)
        self.workers: list[Worker | None] = [self._start() for _ in range(max(1, size))]

    def _start(self) -> Worker:
        parent, child = self.context.Pipe()
        fork = self.context.get_start_method() == "fork"
        others = getattr(self, "workers", [])
        siblings = [w.conn for w in others if w is not None] if fork else []
        process = self.context.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child, siblings, self.make_handler, self.args), name=self.name
        )
        with _main_script_hidden(self.context), _stops_held(), _LAUNCH:
            process.start()
        child.close()
        return Worker(process, parent)

    def grow(self, size: int) -> None:
        """At least SIZE workers, the new ones started now (in the calling thread, which they die with)."""
        self.workers += [self._start() for _ in range(size - len(self.workers))]

    def idle(self) -> list[Worker]:
        """The workers free for a task; a slot whose worker was retired gets a fresh one now."""
        for n, worker in enumerate(self.workers):
            if worker is None:
                self.workers[n] = self._start()
        return [w for w in self.workers if w is not None and not w.busy]

    def busy(self) -> list[Worker]:
        return [w for w in self.workers if w is not None and w.busy]

    def send(self, worker: Worker, key: Any, task: Any, timeout: float) -> None:
        """Hand TASK (known to the caller as KEY) to WORKER, to be done within TIMEOUT seconds."""
        try:
            worker.conn.send(task)
        except OSError:  # it died while idle: a fresh one takes the task
            self._retire(worker)
            worker = self.idle()[0]
            worker.conn.send(task)
        worker.task, worker.busy, worker.timeout = key, True, timeout
        worker.deadline = time.monotonic() + timeout

    def wait(self, poll: float = 1.0) -> list[tuple[Any, Reply]]:
        """Replies of the workers that finished within POLL seconds; a worker that died or passed its
        deadline gives an error reply and is replaced."""
        busy = self.busy()
        if busy:  # wake up at the first deadline, not later
            poll = max(0.0, min(poll, min(w.deadline for w in busy) - time.monotonic()))
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = multiprocessing.connection.wait(handles, timeout=poll) if handles else []
        replies = []
        for worker in busy:
            key = worker.task
            if worker.conn in ready or worker.conn.poll():
                with contextlib.suppress(EOFError, OSError):
                    replies.append((key, worker.conn.recv()))
                    worker.task, worker.busy, worker.last = None, False, key
                    continue
            if worker.process.sentinel in ready or not worker.process.is_alive():
                worker.process.join(1)
                code = worker.process.exitcode
                replies.append((key, ("error", f"the worker process died (exit code {code})", None)))
                self._retire(worker)
            elif time.monotonic() > worker.deadline:
                stop([worker], self.grace)
                message = f"gave up after {worker.timeout:.0f} s (the worker stopped answering)"
                replies.append((key, ("error", message, None)))
                self._retire(worker)
        return replies

    def _retire(self, worker: Worker) -> None:
        """Stop WORKER (if it still runs); its slot gets a fresh worker when one is next needed."""
        if worker.process.is_alive():
            stop([worker], self.grace)
        else:
            worker.process.join(0.1)
            worker.conn.close()
        self.workers[self.workers.index(worker)] = None

    def retire_worker_of(self, key: Any) -> None:
        """Retire the worker that last answered task KEY (its answer was no good), if it is still here."""
        for worker in self.workers:
            if worker is not None and not worker.busy and worker.last == key:
                self._retire(worker)
                return

    def close(self) -> None:
        """Let the workers finish and exit, then make sure they have."""
        live = [w for w in self.workers if w is not None]
        for worker in live:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in live:
            worker.process.join(30)
        self.terminate()

    def terminate(self) -> None:
        """Stop every worker and what it started."""
        stop([w for w in self.workers if w is not None], self.grace)


def stop(workers: Sequence[Worker], grace: float = GRACE_S) -> None:
    """SIGTERM to each worker's process group (it unwinds, removing its staged files), SIGKILL after a
    grace period."""
    alive = [w for w in workers if w.process.is_alive()]
    for worker in alive:
        _signal_group(worker.process.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for worker in alive:
        worker.process.join(max(0.1, deadline - time.monotonic()))
    for worker in alive:
        if worker.process.is_alive():
            _signal_group(worker.process.pid, signal.SIGKILL)
            worker.process.join(1)
    for worker in workers:
        with contextlib.suppress(OSError):
            worker.conn.close()


def _signal_group(pid: int | None, sig: signal.Signals) -> None:
    if pid is None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def _context(start: StartMethod, preload: Sequence[str]) -> BaseContext:
    """How to start a worker. Forking costs nothing (narrate is imported already) but is safe only while this
    process runs a single thread; otherwise workers come from a fork server that has imported PRELOAD once.
    "spawn" gives each worker a fresh interpreter (a speech engine must own its process from the start)."""
    methods = multiprocessing.get_all_start_methods()
    if start == "spawn":
        return multiprocessing.get_context("spawn")
    if forking_is_safe():
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(list(preload))
    return ctx


@contextlib.contextmanager
def _main_script_hidden(context: BaseContext) -> Iterator[None]:
    """Keep a spawned worker from running the parent's main script again before its first task.

    multiprocessing does that so that functions defined in the script can be unpickled; for the `narrate`
    command the script is the whole CLI (Typer, rich: about 0.2 s of CPU per worker, paid by every speech
    engine). Workers run narrate's own functions, found by module name, so the script is hidden while the
    child is prepared. `python -m narrate` (a module spec) is already skipped by multiprocessing.
    """
    main = sys.modules.get("__main__")
    if context.get_start_method() != "spawn" or main is None or getattr(main, "__spec__", None) is not None:
        yield
        return
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def forking_is_safe() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
