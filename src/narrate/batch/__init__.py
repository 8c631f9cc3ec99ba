"""narrate batch: many stories into one folder, in parallel, safe to stop and to run again.

Each story goes through two steps in a worker process:
  prepare_story: fetch -> extract -> script, and a content hash of everything that shapes the files;
  render_story:  speak (through the clip cache) -> assemble -> tag -> sidecars, written atomically.
Between them the parent decides, in source order, the story's file name and whether its files are already
up to date (same hash, files present). OUTDIR/manifest.json records every source and is rewritten
atomically after each story, so a stopped run loses at most the stories in hand.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import heapq
import json
import multiprocessing
import multiprocessing.connection
import os
import shutil
import signal
import threading
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from narrate import __version__, config
from narrate.errors import (
    BusyError,
    FetchError,
    Interrupted,
    NarrateError,
    OutputError,
    SourceNotFoundError,
    TooLargeError,
    UsageError,
)
from narrate.fetch import HTML_SUFFIXES, TEXT_SUFFIXES, USER_AGENT, is_url
from narrate.files import write_text
from narrate.models import Story, Utterance, VoiceSettings
from narrate.pipeline import ArticleOptions, read_story, render, script_story, slugify
from narrate.speak import cache, engine_id

FORMAT_VERSION = 1  # bump when a change in narrate makes old files wrong: every story is then narrated again
MANIFEST_NAME = "manifest.json"
LOCK_NAME = ".narrate.lock"
WORK_NAME = ".narrate-work"  # stories are rendered here, then moved into OUTDIR by the parent
STORY_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES
Outcome = Literal["narrated", "unchanged", "failed"]
Item = dict[str, Any]


@dataclass(frozen=True)
class BatchOptions:
    """What the user chose for the whole batch."""

    article: ArticleOptions = field(default_factory=lambda: ArticleOptions(sidecars=True))
    jobs: int | None = None  # None: the number of cores this process may use
    cache_dir: Path | None = None  # None: cache.default_cache_dir()
    use_cache: bool = True
    cache_limit: int | None = None  # bytes; None: cache.cache_limit()


@dataclass(frozen=True)
class Prepared:
    """A story read and scripted, not yet spoken."""

    story: Story
    voice: VoiceSettings
    utterances: tuple[Utterance, ...]
    content_hash: str

    @property
    def words(self) -> int:
        return sum(len(u.spoken.split()) for u in self.utterances)


@dataclass(frozen=True)
class Rendered:
    """What render_story wrote and measured."""

    duration_ms: int
    bytes: int
    sidecars: dict[str, str]  # kind -> file name beside the MP3
    clips_reused: int
    clips_synthesized: int


@dataclass(frozen=True)
class StoryResult:
    """One source's fate in this run, with its manifest item."""

    source: str
    outcome: Outcome
    item: Item
    seconds: float
    detail: str | None = None  # a traceback, for failures that are bugs rather than bad input


@dataclass(frozen=True)
class BatchEvent:
    """Progress: "started" (total known), "working" (a story entered a step), "finished" (with its result)."""

    kind: Literal["started", "working", "finished"]
    total: int
    source: str = ""
    what: str = ""
    result: StoryResult | None = None


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
        return sum(r.item.get("clips_reused") or 0 for r in self.results if r.outcome == "narrated")

    @property
    def clips_synthesized(self) -> int:
        return sum(r.item.get("clips_synthesized") or 0 for r in self.results if r.outcome == "narrated")


Listener = Callable[[BatchEvent], None]


# --- sources ---------------------------------------------------------------------------------------------


def source_key(source: str) -> str:
    """How the manifest names a source: a URL as given, a file by its absolute path."""
    return source if is_url(source) else str(Path(source).expanduser().resolve())


def story_guid(source: str) -> str:
    """UUIDv5 of a URL, or of a file's absolute path (as a file: URI).

    >>> story_guid("https://example.org/news/1")
    '9b22a03d-51f2-5c8b-83ee-99b2a7be848a'
    """
    name = source if is_url(source) else Path(source).expanduser().resolve().as_uri()
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def gather_sources(
    args: Sequence[str], list_file: Path | None = None, feed: str | None = None, *, timeout: float = 20.0
) -> list[str]:
    """The batch's sources in order: ARGS (a folder gives its story files), then LIST_FILE's, then FEED's
    item links; each story once."""
    found: list[str] = []
    for arg in args:
        found.extend(_expand(arg))
    if list_file is not None:
        found.extend(s for line in read_list(list_file) for s in _expand(line))
    if feed is not None:
        found.extend(feed_links(feed, timeout=timeout))
    return unique_stories(found)


def unique_stories(sources: Sequence[str]) -> list[str]:
    """SOURCES with each one once (the same file by two paths is one source), where it first appears."""
    first: dict[str, str] = {}
    for source in sources:
        first.setdefault(source_key(source), source)
    return list(first.values())


def guid_for(story: Story, source: str) -> str:
    """A new story's guid: from the story's own URL (a saved page's canonical address counts, so a page
    saved again elsewhere is the same story), else from its source's URL or file path.

    >>> page = Story("a.html", "https://example.org/news/1", "T", None, None, None, None, None, ())
    >>> guid_for(page, "a.html") == story_guid("https://example.org/news/1")
    True
    """
    return story_guid(story.url) if story.url and is_url(story.url) else story_guid(source)


def _expand(source: str) -> list[str]:
    """A folder becomes its .html/.txt/.md files (sorted); file:// URLs become paths."""
    if source.lower().startswith("file://"):
        source = urllib.request.url2pathname(urllib.parse.urlsplit(source).path)
    path = Path(source).expanduser()
    if not is_url(source) and path.is_dir():
        return sorted(str(p) for p in path.iterdir() if p.suffix.lower() in STORY_SUFFIXES and p.is_file())
    return [source]


def read_list(path: Path) -> list[str]:
    """Sources from a list file: one per line; blank lines and lines starting with # are ignored.

    Relative paths in the list are taken relative to the list file's folder.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise SourceNotFoundError(f"{path}: no such list file", hint="Check the --list path.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the list file ({exc})", hint="Give UTF-8 text.") from exc
    sources = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        relative = not is_url(line) and "://" not in line and not Path(line).expanduser().is_absolute()
        sources.append(str(path.parent / line) if relative else line)
    return sources


def feed_links(feed: str, *, timeout: float = 20.0, max_bytes: int = 10_000_000) -> list[str]:
    """The story links of an RSS or Atom feed (URL or file), in the feed's order, made absolute."""
    import feedparser  # noqa: PLC0415  (only --from-feed needs it; it is slow to import)

    data = _read_feed(feed, timeout, max_bytes)
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise FetchError(f"{feed}: not an RSS or Atom feed", hint="Give the feed's own URL or file.")
    base = feed if is_url(feed) else Path(feed).expanduser().resolve().as_uri()
    links = []
    for entry in parsed.entries:
        hrefs = [x.get("href") for x in entry.get("links", []) if x.get("href")]
        link = entry.get("link") or (hrefs[0] if hrefs else None)
        if link:
            links.extend(_expand(urllib.parse.urljoin(base, link.strip())))
    return links


def _read_feed(feed: str, timeout: float, max_bytes: int) -> bytes:
    if not is_url(feed):
        path = Path(feed).expanduser()
        if not path.is_file():
            raise SourceNotFoundError(f"{feed}: no such feed file", hint="Check the --from-feed path or URL.")
        return path.read_bytes()[: max_bytes + 1]
    request = urllib.request.Request(feed, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(max_bytes + 1)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise FetchError(f"{feed}: cannot fetch the feed ({exc})", hint="Check the address.") from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"{feed}: feed is over {max_bytes} bytes")
    return data


# --- the two steps of a story ----------------------------------------------------------------------------


# Voice settings whose whole effect shows in the script's spoken text: left out of the hash, so that a lexicon
# or template change re-narrates only the stories whose spoken text it changed (issue 7).
_SCRIPT_ONLY = ("profile", "lexicon", "intro", "outro", "announce_quotes")


def content_hash(story: Story, voice: VoiceSettings, utterances: Sequence[Utterance]) -> str:
    """A hash of everything that shapes a story's files: the script (as spoken and as shown), the sound of
    the voice (eSpeak voice, rate, pitch, volume, pauses, bit rate), the tag metadata and FORMAT_VERSION."""
    sound = {k: v for k, v in dataclasses.asdict(voice).items() if k not in _SCRIPT_ONLY}
    doc = {
        "format": FORMAT_VERSION,
        "voice": sound,
        "utterances": [[u.kind, u.section, u.text, u.spoken, u.pause_after_ms] for u in utterances],
        "story": [
            story.title,
            story.byline,
            story.station,
            story.date,
            story.language,
            story.summary,
            story.url,
        ],
        "sections": [s.title for s in story.sections],
    }
    blob = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def input_fingerprint(options: ArticleOptions) -> str:
    """Everything besides a story file's bytes that decides its files: narrate's and its engine's versions,
    the options, and the contents of every voice profile, lexicon, station profile and cover image narrate
    may read (a change anywhere means "read the story again"). Contents, not paths or times: the same
    narrate installed elsewhere, or a file touched but unchanged, fingerprints the same."""
    roots = [*config.SHIPPED_ROOTS, config.config_dir()]
    chosen = [os.environ.get(config.LEXICON_ENV), options.voice, options.station_profile, options.image]
    roots += [Path(c).expanduser() for c in chosen if c]
    digest = hashlib.sha256()
    head = [__version__, FORMAT_VERSION, engine_id(), dataclasses.asdict(options)]
    digest.update(json.dumps(head, sort_keys=True, default=str).encode())
    for n, root in enumerate(roots):
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            with contextlib.suppress(OSError):
                content = path.read_bytes()
                name = path.relative_to(root) if path != root else ""
                digest.update(f"{n}\0{name}\0{len(content)}\0".encode() + content)
    return digest.hexdigest()


def prepare_story(source: str, options: ArticleOptions) -> Prepared:
    """fetch -> extract -> script for one source, and its content hash."""
    story = read_story(source, options)
    voice, utterances = script_story(story, options)
    return Prepared(story, voice, utterances, content_hash(story, voice, utterances))


def render_story(
    prepared: Prepared, out: Path, *, cache_dir: Path | None, image: Path | None = None
) -> Rendered:
    """speak -> assemble -> tag -> sidecars into OUT and files beside it (on one core: the batch runs a story
    per core), each renamed in when whole."""
    audio, sidecars, clips = render(
        prepared.story,
        prepared.voice,
        prepared.utterances,
        out,
        cache_dir=cache_dir,
        image=image,
        sidecars=True,
        one_core=True,
    )
    reused = sum(1 for c in clips if c.reused)
    return Rendered(
        duration_ms=audio.duration_ms,
        bytes=out.stat().st_size,
        sidecars={kind: path.name for kind, path in sidecars.items()},
        clips_reused=reused,
        clips_synthesized=len(clips) - reused,
    )


# --- worker processes ------------------------------------------------------------------------------------


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _run_task(task: tuple[str, tuple[Any, ...]]) -> tuple[str, Any, str | None]:
    """("ok", value, None) or ("error", message, traceback-or-None)."""
    name, args = task
    try:
        if name == "prepare":
            return "ok", prepare_story(*args), None
        return "ok", render_story(*args[:2], cache_dir=args[2], image=args[3]), None
    except NarrateError as exc:
        return "error", f"{exc} ({exc.hint})" if exc.hint else str(exc), None
    except Exception as exc:  # a bug: this story fails, the batch goes on, the traceback is kept
        return "error", f"internal error: {type(exc).__name__}: {exc}", traceback.format_exc()


def _worker_main(
    conn: multiprocessing.connection.Connection, siblings: list[multiprocessing.connection.Connection]
) -> None:
    """A story worker: run tasks from the parent until told to stop; SIGTERM unwinds like Ctrl-C so that
    staged files and temporary folders are removed."""
    for other in siblings:  # a forked worker's copies of the parent's pipes to the other workers: without
        other.close()  # this, a worker would never see end-of-file if the parent died
    # Own process group: a terminal's Ctrl-C reaches only the parent, which then stops the workers (and
    # anything they started) itself, so the decision to stop is taken in one place.
    os.setpgrp()
    signal.signal(signal.SIGTERM, _raise_interrupt)
    signal.signal(signal.SIGINT, _raise_interrupt)
    try:
        while (task := conn.recv()) is not None:
            conn.send(_run_task(task))
    except (KeyboardInterrupt, EOFError, BrokenPipeError):
        _kill_children()


def _kill_children() -> None:
    """Kill what this worker started and has not yet reaped: speech engines run in their own sessions, so
    no signal to this worker's group reaches one that was still starting when the story was stopped."""
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
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    task: int | None = None  # index of the story in hand
    deadline: float = 0.0  # time.monotonic() by which the task must be done
    timeout: float = 0.0


class _Pool:
    """A fixed set of story workers, each given one task at a time over its own pipe."""

    def __init__(self, size: int) -> None:
        self.workers: list[_Worker] = []
        for _ in range(size):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        ctx = _context()
        parent, child = ctx.Pipe()
        siblings = [w.conn for w in self.workers] if ctx.get_start_method() == "fork" else []
        process = ctx.Process(target=_worker_main, args=(child, siblings), name="narrate-batch-worker")
        process.start()
        child.close()
        return _Worker(process, parent)

    def idle(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is None]

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def send(self, worker: _Worker, index: int, task: tuple[str, tuple[Any, ...]], timeout: float) -> None:
        """Hand TASK to WORKER (to be done within TIMEOUT seconds); one that died while idle is replaced."""
        try:
            worker.conn.send(task)
        except OSError:
            worker.process.join(1)
            fresh = self._start()
            self.workers[self.workers.index(worker)] = fresh
            worker = fresh
            worker.conn.send(task)
        worker.task = index
        worker.timeout = timeout
        worker.deadline = time.monotonic() + timeout

    def wait(self) -> list[tuple[int, tuple[str, Any, str | None]]]:
        """Replies of the workers that finished (a worker that died gives an error and is replaced)."""
        busy = self.busy()
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = multiprocessing.connection.wait(handles, timeout=1.0)
        replies = []
        for worker in busy:
            index = worker.task
            assert index is not None
            if worker.conn in ready or worker.conn.poll():
                try:
                    replies.append((index, worker.conn.recv()))
                    worker.task = None
                    continue
                except (EOFError, OSError):
                    pass
            if worker.process.sentinel in ready or not worker.process.is_alive():
                worker.process.join(1)
                code = worker.process.exitcode
                replies.append((index, ("error", f"worker process died (exit code {code})", None)))
                self.workers[self.workers.index(worker)] = self._start()
            elif time.monotonic() > worker.deadline:
                _stop([worker])
                message = f"gave up after {worker.timeout:.0f} s (the story's worker stopped answering)"
                replies.append((index, ("error", message, None)))
                self.workers[self.workers.index(worker)] = self._start()
        return replies

    def close(self) -> None:
        """Let idle workers exit after their current task, then wait for them."""
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(30)
        self.terminate()

    def terminate(self) -> None:
        """Stop every worker and what it started."""
        _stop(self.workers)


def _stop(workers: Sequence[_Worker]) -> None:
    """SIGTERM to each worker's process group (it unwinds, removing its staged files), SIGKILL after 10 s."""
    alive = [w for w in workers if w.process.is_alive()]
    for worker in alive:
        _signal_group(worker.process.pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    for worker in alive:
        worker.process.join(max(0.1, deadline - time.monotonic()))
    for worker in alive:
        if worker.process.is_alive():
            _signal_group(worker.process.pid, signal.SIGKILL)
            worker.process.join(1)
    for worker in workers:
        worker.conn.close()


def _signal_group(pid: int | None, sig: signal.Signals) -> None:
    if pid is None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def _context() -> (
    multiprocessing.context.ForkContext
    | multiprocessing.context.ForkServerContext
    | multiprocessing.context.SpawnContext
):
    """How to start a worker. Forking this process costs nothing (narrate is imported already, which takes
    a second a process), but is safe only while it runs a single thread: otherwise (a progress bar's
    refresh thread, a caller's threads) workers come from a fork server that has imported narrate once."""
    if _forking_is_safe():
        return multiprocessing.get_context("fork")
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["narrate.batch"])
    return ctx


def _forking_is_safe() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _prepare_here(run: _Run) -> None:
    """Read the first story in this process, before the workers are forked: they inherit what it loaded
    once (the language model, the lexicon, eSpeak's dictionary) instead of each loading it again."""
    task = run.next_task()
    if task is not None:
        index, payload, _what, _timeout = task
        run.on_reply(index, _run_task(payload))


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- the output folder: lock and manifest ----------------------------------------------------------------


@contextlib.contextmanager
def folder_lock(outdir: Path) -> Iterator[None]:
    """Hold OUTDIR/.narrate.lock (flock) for the block; if another run holds it, raise BusyError."""
    path = outdir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot write to the output folder ({exc.strerror})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BusyError(
                f"{outdir}: folder is busy (another narrate batch is running)",
                hint="Wait for it to finish, or give another -d folder.",
            ) from exc
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays (removing it would race with a waiting run)


def read_manifest(outdir: Path) -> list[Item]:
    """The items of OUTDIR/manifest.json ([] when there is none)."""
    path = outdir / MANIFEST_NAME
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise OutputError(
            f"{path}: not a readable manifest ({exc})",
            hint="Move it out of the way; the next run narrates every story again.",
        ) from exc
    items = doc.get("items") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise OutputError(f"{path}: manifest has no items list", hint="Move it out of the way.")
    return [i for i in items if isinstance(i, dict)]


def write_manifest(outdir: Path, items: Sequence[Item]) -> Path:
    path = outdir / MANIFEST_NAME
    doc = {"format": FORMAT_VERSION, "items": list(items)}
    write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    return path


def _remove_partials(outdir: Path) -> None:
    """What a stopped or killed run left unfinished: staged files (.NAME.part) and the stories that were
    rendered but not yet moved in (WORK_NAME). Never a finished file."""
    for part in outdir.glob(".*.part"):
        part.unlink(missing_ok=True)
    shutil.rmtree(outdir / WORK_NAME, ignore_errors=True)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back until the block is done (they are delivered right after it)."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):  # no pthread_sigmask here: no deferral
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def _files_present(outdir: Path, item: Item) -> bool:
    mp3 = item.get("mp3")
    if not mp3 or not (outdir / mp3).is_file() or (outdir / mp3).stat().st_size != item.get("bytes"):
        return False
    return all((outdir / name).is_file() for name in (item.get("sidecars") or {}).values())


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _story_item(source: str, guid: str, prepared: Prepared, mp3: str, rendered: Rendered) -> Item:
    story = prepared.story
    return {
        "source": source,
        "status": "ok",
        "error": None,
        "mp3": mp3,
        "title": story.title,
        "byline": story.byline,
        "station": story.station,
        "date": story.date,
        "duration": round(rendered.duration_ms / 1000, 3),
        "bytes": rendered.bytes,
        "guid": guid,
        "url": story.url,
        "language": story.language,
        "summary": story.summary,
        "sidecars": rendered.sidecars,
        "content_hash": prepared.content_hash,
        "narrated_at": _now(),
        "clips_reused": rendered.clips_reused,
        "clips_synthesized": rendered.clips_synthesized,
    }


ITEM_KEYS = (
    "source",
    "status",
    "error",
    "mp3",
    "title",
    "byline",
    "station",
    "date",
    "duration",
    "bytes",
    "guid",
    "url",
    "language",
    "summary",
    "sidecars",
    "content_hash",
    "narrated_at",
    "clips_reused",
    "clips_synthesized",
)


def _failed_item(source: str, guid: str, error: str, previous: Item | None) -> Item:
    """A failure keeps the story's last good files on record (they are still on disk, untouched)."""
    failure = {"source": source, "guid": guid, "status": "failed", "error": error}
    merged = {**(previous or {}), **failure}
    return {key: merged.get(key) for key in ITEM_KEYS}


# --- the run ---------------------------------------------------------------------------------------------


@dataclass
class _Story:
    index: int
    source: str  # as given
    key: str  # as the manifest names it (source_key)
    guid: str = ""  # decided when the story is read (_Run._guid)
    started: float = 0.0
    prepared: Prepared | None = None
    error: tuple[str, str | None] | None = None  # (message, traceback)
    mp3: str | None = None
    input_hash: str | None = None  # a local file's bytes with everything else that shapes its story
    unchanged: Item | None = None  # its record, when input_hash matches it and its files are there


class _Run:
    """The parent's bookkeeping: which story is where, names, the manifest, and progress events."""

    def __init__(self, outdir: Path, sources: Sequence[str], options: BatchOptions, listen: Listener) -> None:
        self.outdir = outdir
        self.options = options
        self.listen = listen
        self.stories = [_Story(i, s, source_key(s)) for i, s in enumerate(sources)]
        self.items: dict[str, Item] = {i["guid"]: i for i in read_manifest(outdir) if i.get("guid")}
        self.old_order = list(self.items)
        self.guid_of_source = {
            source_key(str(i["source"])): g for g, i in self.items.items() if i.get("source")
        }
        self.claimed: set[str] = set()  # guids of this run's stories
        self.to_prepare = list(reversed(self.stories))  # popped from the end: source order
        self.to_render: list[tuple[int, int]] = []  # heap of (-words, index): longest story first
        self.next_to_name = 0
        self.results: list[StoryResult] = []
        self.cache_dir = (options.cache_dir or cache.default_cache_dir()) if options.use_cache else None
        self._skip_unchanged_inputs()

    def _skip_unchanged_inputs(self) -> None:
        """Stories from local files whose bytes and settings match the record need no reading at all: the
        pipeline is deterministic, so their spoken text is unchanged too (a rerun then costs milliseconds a
        story instead of an extraction). Anything else goes through the content hash after reading."""
        fingerprint = input_fingerprint(self.options.article)
        for story in self.stories:
            path = Path(story.key)
            if is_url(story.key) or not path.is_file():
                continue
            try:
                story.input_hash = hashlib.sha256(fingerprint.encode() + path.read_bytes()).hexdigest()
            except OSError:
                continue  # reading it properly will say what is wrong
            old = self.items.get(self.guid_of_source.get(story.key, ""))
            if old and old.get("input_hash") == story.input_hash and _files_present(self.outdir, old):
                story.unchanged = old
                story.started = time.monotonic()
                self.to_prepare.remove(story)
        self._name_in_order()

    @property
    def total(self) -> int:
        return len(self.stories)

    def done(self) -> bool:
        return len(self.results) == self.total

    def next_task(self) -> tuple[int, tuple[str, tuple[Any, ...]], str, float] | None:
        """The next task for an idle worker, with its time limit: a render if one is ready, else the next
        story to read. The limits are for hangs only: far above what the work takes on a slow machine."""
        if self.to_render:
            _, index = heapq.heappop(self.to_render)
            story = self.stories[index]
            assert story.prepared is not None and story.mp3 is not None
            work = self.outdir / WORK_NAME / story.guid
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            args = (story.prepared, work / story.mp3, self.cache_dir, self.options.article.image)
            timeout = 300 + 0.2 * story.prepared.words
            return index, ("render", args), f"narrating {len(story.prepared.utterances)} clips", timeout
        if self.to_prepare:
            story = self.to_prepare.pop()
            story.started = time.monotonic()
            timeout = 120 + 2 * self.options.article.timeout
            return story.index, ("prepare", (story.source, self.options.article)), "reading", timeout
        return None

    def on_reply(self, index: int, reply: tuple[str, Any, str | None]) -> None:
        story = self.stories[index]
        status, value, trace = reply
        if status == "error":
            if story.prepared is None:
                story.error = (value, trace)  # named in source order, with the others
            else:
                self._fail(story, value, trace)
        elif isinstance(value, Prepared):
            story.prepared = value
        else:
            assert story.prepared is not None and story.mp3 is not None
            item = _story_item(story.key, story.guid, story.prepared, story.mp3, value)
            item["input_hash"] = story.input_hash
            self._finish(story, "narrated", item)
        self._name_in_order()

    def _old(self, story: _Story) -> Item | None:
        return self.items.get(story.guid)

    def _name_in_order(self) -> None:
        """Decide names and skips in source order, so that name collisions resolve the same way every run."""
        while self.next_to_name < self.total:
            story = self.stories[self.next_to_name]
            if story.prepared is None and story.error is None and story.unchanged is None:
                return
            self.next_to_name += 1
            story.guid = self._guid(story)
            old = self._old(story)
            if story.unchanged is not None and story.guid:
                item = {**story.unchanged, "source": story.key, "status": "ok", "error": None}
                self._finish(story, "unchanged", item)
            elif story.prepared is None or not story.guid:
                message, trace = story.error or (f"the same story as {self._twin(story)}", None)
                story.guid = story.guid or story_guid(story.key)
                self._fail(story, message, trace)
            elif self._up_to_date(story.prepared, old):
                item = {**(old or {}), "source": story.key, "status": "ok", "error": None}
                item["input_hash"] = story.input_hash
                self._finish(story, "unchanged", item)
            else:
                story.mp3 = self._file_name(story, old)
                heapq.heappush(self.to_render, (-story.prepared.words, story.index))

    def _guid(self, story: _Story) -> str:
        """The story's guid: the one its source had in the manifest, else its URL's (guid_for); "" when
        another source in this run is the same story."""
        candidates = [self.guid_of_source.get(story.key), story_guid(story.key)]
        if story.unchanged is not None:
            candidates.insert(0, str(story.unchanged.get("guid") or ""))
        if story.prepared is not None:
            candidates.insert(1, guid_for(story.prepared.story, story.key))
        guid = next((g for g in candidates if g), "")
        if guid in self.claimed:
            return ""
        self.claimed.add(guid)
        return guid

    def _twin(self, story: _Story) -> str:
        assert story.prepared is not None
        guid = guid_for(story.prepared.story, story.key)
        return next((s.source for s in self.stories if s.guid == guid and s is not story), "another source")

    def _fail(self, story: _Story, error: str, trace: str | None) -> None:
        if not error.startswith(f"{story.source}:"):
            error = f"{story.source}: {error}"
        self._finish(story, "failed", _failed_item(story.key, story.guid, error, self._old(story)), trace)

    def _up_to_date(self, prepared: Prepared, old: Item | None) -> bool:
        """Same content hash as the files on record, and those files still there."""
        if not old or old.get("content_hash") != prepared.content_hash:
            return False
        return _files_present(self.outdir, old)

    def _file_name(self, story: _Story, old: Item | None) -> str:
        """The story's MP3 name: the one it had before, else a slug of its title not used by another story
        (made unique by the guid's first characters)."""
        if old and old.get("mp3"):
            return str(old["mp3"])
        assert story.prepared is not None
        taken = {str(i["mp3"]) for g, i in self.items.items() if i.get("mp3") and g != story.guid}
        taken |= {s.mp3 for s in self.stories if s.mp3 and s is not story}
        base = slugify(story.prepared.story.title)
        for name in [base] + [f"{base}-{story.guid.replace('-', '')[:n]}" for n in (8, 12, 32)]:
            if f"{name}.mp3" not in taken and not (self.outdir / f"{name}.mp3").exists():
                return f"{name}.mp3"
        raise OutputError(f"{self.outdir}: no free file name for {story.source}")  # guids differ: unreachable

    def _finish(self, story: _Story, outcome: Outcome, item: Item, trace: str | None = None) -> None:
        with _signals_deferred():  # files and manifest change together, or not at all
            if outcome == "narrated":
                self._move_in(story)
            self.items[story.guid] = item
            write_manifest(self.outdir, self._ordered_items())
        result = StoryResult(story.source, outcome, item, time.monotonic() - story.started, trace)
        self.results.append(result)
        self.listen(BatchEvent("finished", self.total, source=story.source, what=outcome, result=result))

    def _move_in(self, story: _Story) -> None:
        """Move a rendered story's files from its work folder into OUTDIR, sidecars first, the MP3 last."""
        assert story.mp3 is not None
        work = self.outdir / WORK_NAME / story.guid
        for path in sorted(work.iterdir(), key=lambda p: p.name == story.mp3):
            path.replace(self.outdir / path.name)
        work.rmdir()

    def _ordered_items(self) -> list[Item]:
        """Earlier runs' items keep their places; new stories follow in source order."""
        order = {guid: n for n, guid in enumerate(self.old_order)}
        later = {s.guid: len(order) + s.index for s in self.stories}
        return sorted(self.items.values(), key=lambda i: order.get(i["guid"], later.get(i["guid"], 0)))


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
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot create the output folder ({exc.strerror})") from exc
    sources = unique_stories(sources)
    started = time.monotonic()
    with folder_lock(outdir), _sigterm_interrupts():
        run = _Run(outdir, sources, options, listen or (lambda _e: None))
        _remove_partials(outdir)
        try:
            _drive(run, min(options.jobs or default_jobs(), run.total))
            feed, feed_error = _update_feed(outdir, run.results)
        finally:
            _remove_partials(outdir)
            if run.cache_dir is not None:
                cache.prune(run.cache_dir, options.cache_limit)
    order = {source: n for n, source in enumerate(sources)}
    results = tuple(sorted(run.results, key=lambda r: order[r.source]))
    seconds = time.monotonic() - started
    return BatchResult(outdir, outdir / MANIFEST_NAME, results, seconds, feed, feed_error)


def _update_feed(outdir: Path, results: Sequence[StoryResult]) -> tuple[Path | None, NarrateError | None]:
    """Rewrite the podcast feed and listener pages (issue 6) when OUTDIR/podcast.toml asks for them and this
    run changed a story (or there is no feed yet); the caller holds the folder lock."""
    if not any(r.outcome == "narrated" for r in results) and (outdir / "feed.xml").exists():
        return None, None
    from narrate.publish import update_if_configured  # noqa: PLC0415  (publish imports this module)

    try:
        return update_if_configured(outdir), None
    except NarrateError as exc:
        return None, exc


def _drive(run: _Run, jobs: int) -> None:
    pool: _Pool | None = None
    if run.done():  # every story unchanged: no workers to start
        run.listen(BatchEvent("started", run.total))
        return
    try:
        if _forking_is_safe():
            _prepare_here(run)
        pool = _Pool(max(1, jobs))
        run.listen(BatchEvent("started", run.total))  # after the workers exist: a listener may start threads
        while not run.done():
            for worker in pool.idle():
                task = run.next_task()
                if task is None:
                    break
                index, payload, what, timeout = task
                pool.send(worker, index, payload, timeout)
                run.listen(BatchEvent("working", run.total, run.stories[index].source, what))
            for index, reply in pool.wait():
                run.on_reply(index, reply)
    except KeyboardInterrupt:
        with _signals_ignored():
            if pool is not None:
                pool.terminate()
            _remove_partials(run.outdir)
        finished = sum(r.outcome != "failed" for r in run.results)
        raise Interrupted(
            f"{run.outdir}: interrupted with {finished} of {run.total} stories finished",
            hint="The finished ones are kept; run the same command again to do the rest.",
        ) from None
    pool.close()


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops a batch the way Ctrl-C does (also when called as a library, not only from the CLI)."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    except ValueError:  # not the main thread: signals are the caller's business
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _signals_ignored() -> Iterator[None]:
    """A second Ctrl-C must not cut the clean-up short."""
    try:
        previous = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
