"""narrate batch: many stories into one folder, in parallel, safe to stop and to run again.

Sources (sources.py) -> each story read and scripted, then rendered, in worker processes (story.py, on the
one pool of narrate.workers) -> files moved into OUTDIR and manifest.json rewritten after each story
(run.py, through narrate.folder). After a run that changed a story, the podcast feed and listener pages are
rewritten when OUTDIR/podcast.toml asks for them (narrate.podcast).

A rerun with nothing changed does only what it must: it hashes the story files and the settings, finds every
record up to date, and returns. It starts no worker, rewrites no file, loads neither the stages nor the
podcast code, and leaves the clip cache alone (the cache grows only when a story is rendered).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrate import folder
from narrate.batch.fingerprint import content_hash, input_fingerprint
from narrate.batch.records import Prepared, Rendered
from narrate.batch.run import BatchEvent, BatchOptions, Listener, Outcome, Run, StoryResult
from narrate.batch.signals import raise_if_interrupted, signals_ignored, sigterm_interrupts
from narrate.batch.sources import (
    feed_links,
    gather_sources,
    guid_for,
    read_list,
    source_key,
    story_guid,
    unique_stories,
)
from narrate.errors import NarrateError, OutputError, UsageError

if TYPE_CHECKING:
    from narrate.workers import Pool

# The worker side, named rather than imported: the parent loads the stages only when a story needs work,
# so an unchanged rerun never imports them (nor, below, the worker pool, the clip cache or the podcast code).
STORY_HANDLER = "narrate.batch.story:story_handler"
STORY_TASK = "narrate.batch.story:story_task"
# --cluster: named too, so that Dask loads only when it is asked for
CLUSTER_DRIVER = "narrate.batch.cluster:cluster_driver"
CLUSTER_HINT = "Install the cluster extra: pip install 'narrate[cluster]'."

__all__ = [
    "BatchEvent",
    "BatchOptions",
    "BatchResult",
    "Prepared",
    "Rendered",
    "StoryResult",
    "content_hash",
    "default_jobs",
    "feed_links",
    "gather_sources",
    "guid_for",
    "input_fingerprint",
    "read_list",
    "run_batch",
    "source_key",
    "story_guid",
    "unique_stories",
]


@dataclass(frozen=True)
class BatchResult:
    outdir: Path
    manifest: Path
    results: tuple[StoryResult, ...]
    seconds: float
    feed: Path | None = None  # OUTDIR/feed.xml when the run rewrote it (OUTDIR/podcast.toml exists)
    feed_error: NarrateError | None = None  # why the feed could not be rewritten (the stories are fine)

    def count(self, outcome: Outcome) -> int:
        return sum(r.outcome == outcome for r in self.results)

    @property
    def clips_reused(self) -> int:
        return sum(r.item.clips_reused for r in self.results if r.outcome == "narrated")

    @property
    def clips_synthesized(self) -> int:
        return sum(r.item.clips_synthesized for r in self.results if r.outcome == "narrated")


def run_batch(
    sources: Sequence[str], outdir: Path, options: BatchOptions | None = None, listen: Listener | None = None
) -> BatchResult:
    """Narrate SOURCES into OUTDIR (created if missing), skipping stories whose files are up to date.

    Raises OutputError when OUTDIR cannot be written, BusyError when another run holds it, Interrupted on
    Ctrl-C or SIGTERM (finished stories are kept and recorded; the next run does the rest). Failed stories
    do not raise: they are in the result and the manifest.
    """
    options = options or BatchOptions()
    if not sources:
        raise UsageError("nothing to narrate: no sources", hint="Give URLs, files, --list or --from-feed.")
    started = time.monotonic()
    with _executor(options) as drive:  # --cluster: connected before anything is written
        return _run(unique_stories(sources), outdir, options, listen, drive=drive, started=started)


def _run(
    sources: list[str],
    outdir: Path,
    options: BatchOptions,
    listen: Listener | None,
    *,
    drive: Callable[[Run], None] | None,
    started: float,
) -> BatchResult:
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot create the output folder ({exc.strerror})") from exc
    with folder.folder_lock(outdir), sigterm_interrupts():
        run = Run(outdir, sources, options, listen or (lambda _e: None))
        folder.remove_partials(outdir)
        try:
            if drive is None:
                _drive(run, options.jobs)
            else:
                drive(run)
            feed, feed_error = _update_feed(outdir, run.results)
        finally:
            folder.remove_partials(outdir)
            if run.rendering and run.cache_dir is not None:  # only a render adds clips
                from narrate.speak import cache  # noqa: PLC0415  (see STORY_HANDLER)

                cache.prune(run.cache_dir, options.cache_limit)
    order = {source: n for n, source in enumerate(sources)}
    results = tuple(sorted(run.results, key=lambda r: order[r.source]))
    seconds = time.monotonic() - started
    return BatchResult(outdir, outdir / folder.MANIFEST_NAME, results, seconds, feed, feed_error)


@contextlib.contextmanager
def _executor(options: BatchOptions) -> Iterator[Callable[[Run], None] | None]:
    """None for the local worker pool; with --cluster, a driver of Run on the cluster (cluster.py), connected
    for the block. Without Dask installed, a UsageError that says what to install."""
    if options.cluster is None:
        yield None
        return
    from narrate.workers import resolve  # noqa: PLC0415  (see STORY_HANDLER)

    try:
        driver = resolve(CLUSTER_DRIVER)
    except ImportError as exc:
        if (exc.name or "").partition(".")[0] not in {"dask", "distributed"}:
            raise
        raise UsageError(f"--cluster {options.cluster}: Dask is not installed", hint=CLUSTER_HINT) from exc
    with driver(options.cluster, options.jobs) as drive:
        yield drive


def _update_feed(outdir: Path, results: Sequence[StoryResult]) -> tuple[Path | None, NarrateError | None]:
    """Rewrite the podcast feed and listener pages when OUTDIR/podcast.toml asks for them and this run
    changed a story (or there is no feed yet); the caller holds the folder lock."""
    if not any(r.outcome == "narrated" for r in results) and (outdir / folder.FEED_NAME).exists():
        return None, None
    if not (outdir / folder.SETTINGS_NAME).is_file():  # update_if_configured's own test, before loading it
        return None, None
    from narrate.podcast import update_if_configured  # noqa: PLC0415  (see STORY_HANDLER)

    try:
        return update_if_configured(outdir), None
    except NarrateError as exc:
        return None, exc


def default_jobs() -> int:
    """The number of cores this process may use: --jobs when not given."""
    from narrate import workers  # noqa: PLC0415  (see STORY_HANDLER)

    return workers.default_jobs()


def _prepare_here(run: Run) -> None:
    """Read the first story in this process, before the workers are forked: they inherit what it loaded
    once (the language model, the lexicon, eSpeak's dictionary) instead of each loading it again."""
    from narrate.workers import resolve, run_task  # noqa: PLC0415  (see STORY_HANDLER)

    task = run.next_task()
    if task is not None:
        index, payload, _what, _timeout = task
        run.on_reply(index, run_task(resolve(STORY_TASK), payload))


def _drive(run: Run, jobs: int | None) -> None:
    """Run the stories still to do on a pool of JOBS workers (default: the cores), no more workers than
    stories, none when every story is unchanged."""
    if run.done():  # every story unchanged: no workers to start
        run.listen(BatchEvent("started", run.total))
        return
    from narrate import workers  # noqa: PLC0415  (see STORY_HANDLER)

    pool: workers.Pool | None = None
    try:
        if workers.forking_is_safe():
            _prepare_here(run)
        if not run.done():
            run.cores = jobs or workers.default_jobs()
            size = min(run.cores, run.pending)
            pool = workers.Pool(
                size, STORY_HANDLER, preload=["narrate.batch.story"], name="narrate-batch-worker"
            )
        run.listen(BatchEvent("started", run.total))  # after the workers exist: a listener may start threads
        while pool is not None and not run.done():
            _hand_out(run, pool)
            rendered = []
            for index, reply in pool.wait():
                if run.stories[index].prepared is None:  # a story read: named now, perhaps ready to render
                    run.on_reply(index, reply)
                else:
                    rendered.append((index, reply))
            if rendered:  # the workers that rendered get their next task before their files are moved in
                _hand_out(run, pool)
            for index, reply in rendered:
                run.on_reply(index, reply)
            raise_if_interrupted()
    except KeyboardInterrupt:
        with signals_ignored():
            if pool is not None:
                pool.terminate()
            folder.remove_partials(run.outdir)
        raise run.interrupted() from None
    if pool is not None:
        pool.close()


def _hand_out(run: Run, pool: Pool) -> None:
    """A task for each idle worker, while there are tasks."""
    for worker in pool.idle():
        task = run.next_task()
        if task is None:
            return
        index, payload, what, timeout = task
        pool.send(worker, index, payload, timeout)
        run.listen(BatchEvent("working", run.total, run.stories[index].source, what))
