"""narrate batch --cluster: the tasks Run hands out, run on a Dask cluster instead of the local worker pool.

The client (this process) does everything it does with --jobs: it holds the folder lock, names and skips
stories, writes every file of OUTDIR and the manifest, and reports progress, all through the same Run. Only
the work moves: each task goes to the cluster with the client's inputs (inputs.collect_inputs) and comes back
as a value. A render's files come back as bytes, are written into the story's work folder in OUTDIR, and are
moved in as with --jobs. Workers need narrate[cluster] at the client's version and no shared file system.

A worker killed mid-story loses only its copy: Dask runs the task again on another worker, and the client
writes whichever answer arrives, once. Ctrl-C or SIGTERM cancels every submitted task; nothing partial is
left and a rerun resumes. Imported only for --cluster (narrate.batch names it), so Dask loads only then.
"""

from __future__ import annotations

import contextlib
import logging
import math
import queue
import re
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask.config
from distributed import Client, Future, LocalCluster

from narrate import folder
from narrate.batch.inputs import Inputs, RemoteTask, collect_inputs, identity
from narrate.batch.run import BatchEvent, Run, Task
from narrate.batch.signals import raise_if_interrupted, signals_ignored
from narrate.errors import ClusterError, NarrateError, UsageError
from narrate.fetch import PAGE_LIMIT_HINT, is_url
from narrate.files import read_regular, user_path, write_bytes
from narrate.workers import Reply, resolve, run_task

REMOTE_TASK = "narrate.batch.remote:remote_task"  # the worker side, named: the client never loads the stages
CONNECT_TIMEOUT_S = 10.0  # to reach the scheduler, and then for it to have a worker
NTHREADS_EVERY_S = 2.0  # how often the client asks how many worker threads the cluster has
HINT = "Start one with `dask scheduler` and `dask worker tcp://HOST:8786`, or try --cluster local:2."
_LOCAL = re.compile(r"local:(\d+)")
_ADDRESS = re.compile(r"([a-z][a-z0-9+.-]*://)?[^\s/:]+(:\d+)?")
# A local cluster's workers (README gives the same settings for `dask worker` on other machines, as a Dask
# config file). Measured on 8 stories, --cluster local:2 against --jobs 2 on 2 cores: 1.53x the time with
# Dask's defaults, 1.13x with these.
# - Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_=65536, which also fixes glibc's mmap threshold:
#   every large audio buffer is then mapped and unmapped again (190,000 page faults per render instead of a
#   few thousand; about 25% more CPU). None: not set.
# - A worker's statistical profiler (every 10 ms), its event loop's tick (20 ms), memory monitor (100 ms) and
#   system monitor (500 ms) wake it while the story's thread speaks and encodes; they are for the dashboard
#   and for spotting a blocked event loop, which a narrate worker does without.
LOCAL_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
LOGGERS = ("distributed", "tornado", "asyncio")  # whose records stay off stderr while the cluster is held
Drive = Callable[[Run], None]


def cluster_task(task: RemoteTask) -> Reply:
    """What a Dask worker runs: the worker side by name (it imports the stages there, not here)."""
    reply: Reply = resolve(REMOTE_TASK)(task)
    return reply


@contextlib.contextmanager
def cluster_driver(spec: str, jobs: int | None = None) -> Iterator[Drive]:
    """Connect to the cluster SPEC ("tcp://HOST:PORT", or "local:N" for N worker processes on this machine)
    and yield a function that drives a Run on it; the connection (and a local cluster) closes after.

    Raises UsageError for a SPEC that is neither, ClusterError when the scheduler cannot be reached or has no
    worker within CONNECT_TIMEOUT_S."""
    local = _LOCAL.fullmatch(spec.strip())
    if local is None and not _ADDRESS.fullmatch(spec.strip()):
        raise UsageError(
            f"--cluster {spec}: not a scheduler address or local:N",
            hint="Give tcp://HOST:8786 (a running `dask scheduler`) or local:N (N worker processes here).",
        )
    if local is not None and int(local.group(1)) < 1:
        raise UsageError(f"--cluster {spec}: local:N needs N of at least 1", hint="Try --cluster local:2.")
    with contextlib.ExitStack() as stack:
        stack.enter_context(_quiet_logs())  # entered first, left last: the closing is quiet too
        address = spec.strip()
        if local is not None:
            stack.enter_context(dask.config.set(LOCAL_CONFIG))
            cluster = LocalCluster(
                n_workers=int(local.group(1)),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                # no dashboard, and the scheduler's own HTTP routes on any free loopback port (not 8787)
                scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                # workers' own log records too: a heartbeat to a scheduler that is closing logs a traceback
                # at ERROR (logger.exception); failures reach narrate as task errors
                silence_logs=logging.CRITICAL,
            )
            stack.callback(cluster.close)
            address = cluster.scheduler_address
        client = _connect(address, spec)
        stack.callback(client.close)
        yield lambda run: _drive(run, client, jobs)


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    """Library code prints nothing: Dask's and tornado's log records (a connection closed while the run is
    cancelled, a worker restarted) are kept off stderr while narrate holds the cluster; failures reach the
    caller as errors and stories' results instead."""
    names = [n for n in logging.root.manager.loggerDict if n.partition(".")[0] in LOGGERS]
    loggers = [logging.getLogger(name) for name in {*LOGGERS, *names}]  # Dask sets levels on some children
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _connect(address: str, spec: str) -> Client:
    try:
        _reachable(address)
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ClusterError(
            f"--cluster {spec}: cannot reach the Dask scheduler ({reason})", hint=HINT
        ) from exc
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        client.close()
        raise ClusterError(
            f"--cluster {spec}: the Dask scheduler has no workers",
            hint="Start workers with `dask worker ADDRESS --nthreads 1` on each machine.",
        ) from exc
    return client


def _reachable(address: str) -> None:
    """For a TCP address (tcp://, tls:// or HOST:PORT), a plain connection first, retried until
    CONNECT_TIMEOUT_S: an address where nobody listens fails here, before Dask starts its threads (a Client
    that fails to connect leaves its event loop's thread running)."""
    scheme, _, rest = address.rpartition("://")
    host, _, port = rest.rpartition(":")
    if scheme not in {"", "tcp", "tls"} or not host or not port.isdigit():
        return  # another transport (ucx, inproc): Dask's own connect says what is wrong
    deadline = time.monotonic() + CONNECT_TIMEOUT_S
    while True:
        try:
            with socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT_S):
                return
        except OSError as exc:
            if time.monotonic() + 0.2 > deadline:
                raise OSError(f"nobody answers at {address}: {exc.strerror or exc}") from exc
            time.sleep(0.2)


@dataclass
class _InFlight:
    index: int
    step: str
    deadline: float
    timeout: float
    out: Path | None = None  # render: the story's MP3 in its work folder in OUTDIR


class _Driver:
    """Run's tasks as Dask futures: at most one per worker thread (plus one queued) in flight."""

    def __init__(self, run: Run, client: Client, jobs: int | None) -> None:
        self.run, self.client, self.jobs = run, client, jobs
        self.inputs: Inputs = collect_inputs(run.options.article)
        self.identity = identity()
        self.in_flight: dict[Future[Reply], _InFlight] = {}
        self.done: queue.Queue[Future[Reply]] = queue.Queue()
        self.threads, self.asked = 1, 0.0

    def slots(self) -> int:
        if time.monotonic() - self.asked > NTHREADS_EVERY_S:
            self.asked = time.monotonic()
            with contextlib.suppress(OSError, TimeoutError):
                self.threads = max(1, sum(self.client.nthreads().values()))
        return self.jobs or self.threads

    def submit(self, task: Task) -> None:
        index, (step, args), what, timeout = task
        remote, reply = self._remote(step, args)
        if reply is not None:  # failed here (an unreadable story file): no need for the cluster
            self.run.on_reply(index, reply)
            return
        assert remote is not None
        key = f"narrate-{step}-{index}-{uuid.uuid4().hex[:12]}"
        future = self.client.submit(cluster_task, remote, key=key, pure=False)
        queued = math.ceil(self.slots() / max(1, self.threads))  # the deadline allows for a wait in line
        out = args[1] if step == "render" else None
        self.in_flight[future] = _InFlight(index, step, time.monotonic() + timeout * queued, timeout, out)
        future.add_done_callback(self.done.put)
        self.run.listen(BatchEvent("working", self.run.total, self.run.stories[index].source, what))

    def _remote(self, step: str, args: tuple[Any, ...]) -> tuple[RemoteTask | None, Reply | None]:
        options = self.run.options
        if step == "prepare":
            source, _article = args
            data = None
            if not is_url(source):  # a local file: its bytes go with the task
                reply = run_task(self._read_story_file, source)
                if reply[0] == "error":
                    return None, reply
                data = reply[1]
            task = RemoteTask(
                "prepare", self.identity, self.inputs, options.article, source=source, data=data
            )
            return task, None
        prepared, out, cache_dir = args[:3]  # the image and the number of cores are the worker's own
        task = RemoteTask(
            "render",
            self.identity,
            self.inputs,
            options.article,
            prepared=prepared,
            mp3=out.name,
            use_cache=cache_dir is not None,
            cache_limit=options.cache_limit,
        )
        return task, None

    def _read_story_file(self, source: str) -> bytes:
        """A local story's bytes, read as fetch reads a file (the same caps and messages)."""
        limit = self.run.options.article.max_bytes
        return read_regular(user_path(source), limit, shown=source, limit_hint=PAGE_LIMIT_HINT)

    def wait(self, poll: float = 1.0) -> None:
        """Hand Run the replies of the tasks that finished within POLL seconds; give up on overdue ones."""
        try:
            future: Future[Reply] | None = self.done.get(timeout=poll)
        except queue.Empty:
            future = None
        while future is not None:
            if (entry := self.in_flight.pop(future, None)) is not None:
                self.run.on_reply(entry.index, self._reply(future, entry))
            try:
                future = self.done.get_nowait()
            except queue.Empty:
                future = None
        now = time.monotonic()
        for future, entry in list(self.in_flight.items()):
            if now > entry.deadline:
                del self.in_flight[future]
                future.cancel()
                message = f"gave up after {entry.timeout:.0f} s (the cluster did not answer)"
                self.run.on_reply(entry.index, ("error", message, None))

    def _reply(self, future: Future[Reply], entry: _InFlight) -> Reply:
        try:
            status, value, trace = future.result(timeout=CONNECT_TIMEOUT_S)
        except Exception as exc:  # the cluster lost the task (KilledWorker after retries, cancelled, ...)
            if self.client.status != "running":  # ... or the client lost the scheduler: not the story's fault
                raise self.lost() from exc
            reason = str(exc).splitlines()[0] if str(exc) else ""
            return "error", f"the cluster could not run it ({type(exc).__name__}: {reason})", None
        if status != "ok" or entry.step != "render":
            return status, value, trace
        assert entry.out is not None
        rendered, files = value
        names = {name for name, _ in files}
        if entry.out.name not in names or not all(folder.inside(name) for name in names):
            return "error", f"internal error: a worker returned the files {sorted(names)}", None
        for name, data in files:  # into the story's work folder in OUTDIR; Run moves them in
            write_bytes(entry.out.parent / name, data)
        return "ok", rendered, None

    def lost(self) -> ClusterError:
        return ClusterError(
            f"{self.run.outdir}: lost the connection to the Dask scheduler",
            hint="The finished stories are kept; run the same command again to do the rest.",
        )

    def cancel(self) -> None:
        with contextlib.suppress(Exception):  # the connection may be gone already
            self.client.cancel(list(self.in_flight), force=True)
        self.in_flight.clear()


def _drive(run: Run, client: Client, jobs: int | None) -> None:
    if run.done():  # every story unchanged: nothing to send
        run.listen(BatchEvent("started", run.total))
        return
    driver = _Driver(run, client, jobs)
    run.listen(BatchEvent("started", run.total))
    try:
        while not run.done():
            while len(driver.in_flight) < driver.slots() and (task := run.next_task()) is not None:
                driver.submit(task)
            if client.status not in {"running", "connecting"}:
                raise driver.lost()
            driver.wait()
            raise_if_interrupted()
    except KeyboardInterrupt:
        with signals_ignored():
            driver.cancel()
            folder.remove_partials(run.outdir)
        raise run.interrupted() from None
    except NarrateError:
        driver.cancel()
        raise
