"""narrate batch and narrate cache: thin commands over narrate.batch and narrate.speak.cache."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import (
        TaskID,
    )

    from narrate.batch import BatchEvent, BatchOptions, BatchResult, StoryResult

from narrate.cli._app import Stderr, app, err, report
from narrate.display import format_size
from narrate.errors import BatchFailed, CacheError, OutputError

SOURCES_HELP = "Story URLs, .html/.txt/.md files, or folders of them."
_Sources = Annotated[list[str] | None, typer.Argument(help=SOURCES_HELP, show_default=False)]
_Outdir = Annotated[
    Path, typer.Option("-d", "--outdir", help="Folder for the MP3s, sidecars and manifest.json.")
]
_ListFile = Annotated[Path | None, typer.Option("--list", help="A file of sources, one a line (# comments).")]
_Feed = Annotated[
    str | None, typer.Option("--from-feed", help="An RSS/Atom feed (URL or file): each item's link.")
]
_Jobs = Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Stories at once [default: cores].")]
_Cluster = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help="Run the stories on a Dask cluster: tcp://HOST:8786, or local:N for N worker processes here"
        " (pip install 'narrate[cluster]').",
        show_default=False,
    ),
]
_Voice = Annotated[
    str | None, typer.Option("--voice", help="Voice profile name or .toml, or an eSpeak NG voice.")
]
_Rate = Annotated[int | None, typer.Option("--rate", help="Speaking rate in words per minute.")]
_Bitrate = Annotated[int | None, typer.Option("--bitrate", help="MP3 bit rate in kb/s (constant).")]
_Intro = Annotated[
    bool, typer.Option("--intro/--no-intro", help="Speak the intro (byline, station) and outro.")
]
_Profile = Annotated[
    str | None, typer.Option("--profile", help="A station profile name, .toml file or folder.")
]
_Timeout = Annotated[float, typer.Option("--timeout", min=0.001, help="Seconds to wait for each URL.")]
_AllowPrivate = Annotated[
    bool,
    typer.Option("--allow-private", help="Let URLs reach loopback and private addresses. Off: refused."),
]
_CacheLimit = Annotated[
    str | None,
    typer.Option("--cache-limit", help="Clip cache limit, e.g. 500M [env NARRATE_CACHE_LIMIT; 2G]."),
]
_NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Synthesise every clip; leave the clip cache alone.")
]
_Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures.")]


@app.command(
    epilog="Example: narrate batch --from-feed https://station.example/news/rss.xml -d episodes/ --jobs 2",
)
def batch(
    *,
    sources: _Sources = None,
    outdir: _Outdir,
    list_file: _ListFile = None,
    feed: _Feed = None,
    jobs: _Jobs = None,
    cluster: _Cluster = None,
    voice: _Voice = None,
    rate: _Rate = None,
    bitrate: _Bitrate = None,
    intro: _Intro = True,
    profile: _Profile = None,
    timeout: _Timeout = 20.0,
    allow_private: _AllowPrivate = False,
    cache_limit: _CacheLimit = None,
    no_cache: _NoCache = False,
    quiet: _Quiet = False,
) -> None:
    """Narrate many stories into one folder, in parallel; a rerun redoes only what changed.

    Writes OUTDIR/<slug>.mp3, its .vtt, .srt, .chapters.json and .html beside it, and OUTDIR/manifest.json.
    Exit status: 0 when every story is narrated or unchanged, 1 when any failed (each named with its reason),
    16 when OUTDIR is busy with another run, 22 when the --cluster scheduler cannot be reached, 130 when
    interrupted (finished stories are kept).
    """
    from narrate.batch import BatchOptions, gather_sources, run_batch
    from narrate.options import ArticleOptions, check_options

    check_options(ArticleOptions(voice=voice, station_profile=profile))  # before any file is read
    found = gather_sources(sources or [], list_file, feed, timeout=timeout, allow_private=allow_private)
    options = BatchOptions(
        article=ArticleOptions(
            voice=voice,
            rate=rate,
            bitrate=bitrate,
            station_profile=profile,
            sidecars=True,
            intro=intro,
            timeout=timeout,
            allow_private=allow_private,
        ),
        jobs=jobs,
        cluster=cluster,
        use_cache=not no_cache,
        cache_limit=_cache_limit(cache_limit),
    )
    if not quiet and err.console.is_terminal:
        result = _run_with_bar(found, outdir, options, err.console)
        _summary_table(result, err.console)
    else:  # rich is loaded only if a line is printed
        result = run_batch(found, outdir, options, _LinePrinter(quiet, err))
    if not quiet:
        typer.echo(_totals(result))
        if result.feed:
            typer.echo(f"{result.feed}: feed and listener pages updated")
    if result.feed_error and result.count("failed"):
        report(result.feed_error)  # the stories' failures decide the exit status
    elif result.feed_error:
        raise result.feed_error
    failed = result.count("failed")
    if failed:
        total = len(result.results)
        raise BatchFailed(f"{outdir}: {failed} of {total} stories failed", hint="See each reason above.")


CACHE_LIMIT_ENV = "NARRATE_CACHE_LIMIT"  # speak.cache.LIMIT_ENV


def _cache_limit(option: str | None) -> int | None:
    """--cache-limit or $NARRATE_CACHE_LIMIT in bytes, checked now (a bad size stops the batch before it
    starts); None when neither is set: the default, without loading the speech code for it."""
    if not option and not os.environ.get(CACHE_LIMIT_ENV):
        return None
    from narrate.speak import cache  # an unchanged rerun loads no speech code

    return cache.cache_limit(option)


class _LinePrinter:
    """Not a terminal: a plain line per finished story on stderr (only failures with --quiet)."""

    def __init__(self, quiet: bool, console: Stderr) -> None:
        self.quiet = quiet
        self.console = console
        self.done = 0

    def __call__(self, event: BatchEvent) -> None:
        if event.kind != "finished" or event.result is None:
            return
        result = event.result
        self.done += 1
        if self.quiet and result.outcome != "failed":
            return
        line = f"narrate: [{self.done}/{event.total}] {_story_line(result)}"
        self.console.print(line, markup=False, soft_wrap=True)
        if result.detail and not self.quiet:
            self.console.print(result.detail, markup=False, soft_wrap=True)


def _story_line(result: StoryResult) -> str:
    item = result.item
    if result.outcome == "failed":
        return f"FAILED {item.error}"
    if result.outcome == "duplicate":
        return "\n".join(
            ["duplicate, not narrated again", *(f"NOTE: {result.source}: {n}" for n in item.notes)]
        )
    clips = ""
    if result.outcome == "narrated":
        clips = f", {item.clips_synthesized} clips synthesized, {item.clips_reused} reused"
    line = f"{result.outcome} {item.mp3} ({item.duration or 0:.1f} s{clips}) {item.title}"
    notes = [f"NOTE: {result.source}: {n}" for n in item.notes]
    return "\n".join([line, *notes, *(f"WARNING: {result.source}: {w}" for w in item.warnings)])


def _run_with_bar(found: list[str], outdir: Path, options: BatchOptions, console: Console) -> BatchResult:
    """On a terminal: a progress bar (stories done of total, the stories in hand, time left)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from narrate.batch import run_batch

    columns = (
        TextColumn("[bold]narrate[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", markup=False),
        TimeRemainingColumn(),
        TextColumn("left"),
    )
    in_hand: dict[str, str] = {}
    bar = Progress(*columns, console=console, transient=False)
    task: TaskID = bar.add_task("", total=len(found))

    def listen(event: BatchEvent) -> None:
        if event.kind == "started":
            bar.start()  # only now: the batch starts its workers first, and a running bar is a thread
        elif event.kind == "working" and event.what == "waiting":  # read, not in hand until narrated
            in_hand.pop(event.source, None)
        elif event.kind == "working":
            in_hand[event.source] = f"{Path(event.source).name or event.source}: {event.what}"
        elif event.kind == "finished" and event.result is not None:
            in_hand.pop(event.source, None)
            bar.advance(task)
            if event.result.outcome == "failed":
                bar.console.print(f"FAILED {event.result.item.error}", markup=False)
            done = event.result.outcome in ("narrated", "duplicate")
            for note in event.result.item.notes if done else ():
                bar.console.print(f"NOTE: {event.source}: {note}", markup=False)
            for warning in event.result.item.warnings if done else ():
                bar.console.print(f"WARNING: {event.source}: {warning}", markup=False)
        bar.update(task, description=_shorten("; ".join(in_hand.values()), 60))

    try:
        return run_batch(found, outdir, options, listen)
    finally:
        bar.stop()


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary_table(result: BatchResult, console: Console) -> None:
    from rich.table import Table

    table = Table(title=f"{result.outdir}", title_justify="left")
    table.add_column("Story")
    table.add_column("Result")
    table.add_column("Length", justify="right")
    table.add_column("Clips new/reused", justify="right")
    for r in result.results:
        item = r.item
        title = item.title or r.source
        length = f"{item.duration:.0f} s" if r.outcome != "failed" and item.duration else ""
        clips = f"{item.clips_synthesized}/{item.clips_reused}" if r.outcome == "narrated" else ""
        outcome = f"FAILED: {item.error}" if r.outcome == "failed" else r.outcome
        table.add_row(_shorten(str(title), 50), outcome, length, clips)
    console.print(table)


def _duplicates(count: int) -> str:
    return f"{count} duplicate" + ("s" if count > 1 else "")


def _totals(result: BatchResult) -> str:
    return (
        f"{len(result.results)} stories: {result.count('narrated')} narrated,"
        f" {result.count('unchanged')} unchanged,"
        + (f" {_duplicates(result.count('duplicate'))}," if result.count("duplicate") else "")
        + f" {result.count('failed')} failed;"
        f" {result.clips_reused} clips reused, {result.clips_synthesized}"
        f" synthesized; {result.seconds:.1f} s; {result.manifest}"
    )


cache_app = typer.Typer(help="The clip cache that makes reruns of edited stories fast.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear", epilog="Example: narrate cache clear")
def cache_clear() -> None:
    """Delete every cached clip (the next batch synthesises its clips again)."""
    from narrate.speak import cache

    try:
        pruned = cache.clear()
    except CacheError:
        raise
    except OutputError as exc:  # files appeared while clearing: a batch is writing clips
        raise CacheError(
            str(exc), hint="Another narrate run is using the cache; run this again when it has finished."
        ) from exc
    typer.echo(f"{cache.default_cache_dir()}: removed {pruned.removed} clips, {format_size(pruned.freed)}")


@cache_app.command("info", epilog="Example: narrate cache info")
def cache_info() -> None:
    """Show where the clip cache is, its size and its limit."""
    from narrate.speak import cache

    found = cache.info()
    typer.echo(f"{found.path}: {found.files} clips, {format_size(found.bytes)} of {format_size(found.limit)}")
