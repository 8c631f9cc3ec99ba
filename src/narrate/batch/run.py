"""The batch run: the parent's bookkeeping over the worker pool (order, names, skips, manifest, progress).

Stories are read in source order by the workers; the parent names and skips them in that same order (so
name collisions resolve the same way every run), renders the longest first, moves each story's files in and
rewrites the manifest together, atomically, so a stopped run loses at most the stories in hand.

Reading is quick beside speaking and encoding, so the workers read up to READ_AHEAD stories before they
render any of them: the longest of those is rendered first and the shortest last, and the workers finish
together instead of one waiting while another renders a long story that came last. A story rendered alone
(nothing else read, being read or rendered: a batch of one, or a rerun with one story changed) may use the
cores the batch was given (`cores`), as `narrate article` does; beside other renders it keeps to one core
(measured: the 8-story benchmark's last story on both cores took about 8% more CPU and time in all).
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from narrate import folder
from narrate.batch.fingerprint import input_fingerprint
from narrate.batch.records import Prepared, Rendered
from narrate.batch.signals import signals_deferred
from narrate.batch.sources import guid_for, is_url, source_key, story_guid
from narrate.errors import Interrupted, NarrateError, OutputError
from narrate.files import read_regular, slugify
from narrate.folder import Record
from narrate.options import ArticleOptions

Outcome = Literal["narrated", "unchanged", "duplicate", "failed"]
READ_AHEAD = 16  # stories read but not yet rendered, at most (their Prepared records wait in the parent)
Task = tuple[int, tuple[str, tuple[Any, ...]], str, float]


@dataclass(frozen=True)
class BatchOptions:
    """What the user chose for the whole batch."""

    article: ArticleOptions = field(default_factory=lambda: ArticleOptions(sidecars=True))
    jobs: int | None = None  # None: the number of cores this process may use
    cache_dir: Path | None = None  # None: cache.default_cache_dir()
    use_cache: bool = True
    cache_limit: int | None = None  # bytes; None: cache.cache_limit()
    cluster: str | None = None  # a Dask scheduler's address, or "local:N": the stories run there (cluster.py)


@dataclass(frozen=True)
class StoryResult:
    """One source's fate in this run, with its manifest record."""

    source: str
    outcome: Outcome
    item: Record
    seconds: float
    detail: str | None = None  # a traceback, for failures that are bugs rather than bad input


@dataclass(frozen=True)
class BatchEvent:
    """Progress: "started" (total known), "working" (a story entered a step: "reading", "waiting" to be
    narrated once read, "narrating N clips"), "finished" (with its result)."""

    kind: Literal["started", "working", "finished"]
    total: int
    source: str = ""
    what: str = ""
    result: StoryResult | None = None


Listener = Callable[[BatchEvent], None]


@dataclass
class _Story:
    index: int
    source: str  # as given
    key: str  # as the manifest names it (source_key)
    guid: str = ""  # decided when the story is read (Run._guid)
    started: float = 0.0
    prepared: Prepared | None = None
    error: tuple[str, str | None] | None = None  # (message, traceback)
    mp3: str | None = None
    input_hash: str | None = None  # a local file's bytes with everything else that shapes its story
    unchanged: Record | None = None  # its record, when input_hash matches it and its files are there
    twin: str = ""  # the guid another source in this run claimed first: this one is a duplicate of it


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def story_record(story: _Story, rendered: Rendered) -> Record:
    """The manifest record of a story just narrated."""
    assert story.prepared is not None and story.mp3 is not None
    s = story.prepared.story
    return Record(
        source=story.key,
        guid=story.guid,
        mp3=story.mp3,
        title=s.title,
        byline=s.byline,
        station=s.station,
        date=s.date,
        duration=round(rendered.duration_ms / 1000, 3),
        bytes=rendered.bytes,
        url=s.url,
        language=s.language,
        summary=s.summary,
        sidecars=rendered.sidecars,
        content_hash=story.prepared.content_hash,
        narrated_at=_now(),
        clips_reused=rendered.clips_reused,
        clips_synthesized=rendered.clips_synthesized,
        input_hash=story.input_hash,
        warnings=rendered.warnings,
        notes=rendered.notes,
    )


class Run:
    """Which story is where, names, the manifest, and progress events."""

    def __init__(self, outdir: Path, sources: Sequence[str], options: BatchOptions, listen: Listener) -> None:
        self.outdir, self.options, self.listen = outdir, options, listen
        self.stories = [_Story(i, s, source_key(s)) for i, s in enumerate(sources)]
        self.items: dict[str, Record] = {r.guid: r for r in folder.read_manifest(outdir)}
        self.old_order = list(self.items)
        self.guid_of_source = {source_key(r.source): g for g, r in self.items.items()}
        self.claimed: set[str] = set()  # guids of this run's stories
        self.to_prepare = list(reversed(self.stories))  # popped from the end: source order
        self.to_render: list[tuple[int, int]] = []  # heap of (-characters, index): longest story first
        self.ahead: set[int] = set()  # stories being read or read, not yet rendered nor finished
        self.cores = 1  # cores the batch may use (the driver's to set): a story rendered alone may use them
        self.in_render: set[int] = set()  # stories handed out to render, not finished
        self.next_to_name = 0
        self.results: list[StoryResult] = []
        self.rendering = False  # a render was handed out: the clip cache may have grown
        self._skip_unchanged_inputs()

    @functools.cached_property
    def cache_dir(self) -> Path | None:
        """The clip cache for renders (None with --no-cache), found when the first render needs it."""
        if not self.options.use_cache:
            return None
        if self.options.cache_dir is not None:
            return self.options.cache_dir
        from narrate.speak import cache  # noqa: PLC0415  (an unchanged rerun loads no speech code)

        return cache.default_cache_dir()

    def _skip_unchanged_inputs(self) -> None:
        """Stories from local files whose bytes and settings match the record need no reading at all: the
        pipeline is deterministic, so their spoken text is unchanged too. Anything else goes through the
        content hash after reading."""
        fingerprint = input_fingerprint(self.options.article)
        for story in self.stories:
            if is_url(story.key):
                continue
            try:  # the story's own cap: a file over it fails when read properly, with its message
                content = read_regular(Path(story.key), self.options.article.max_bytes)
            except (OSError, NarrateError):
                continue  # reading it properly will say what is wrong
            story.input_hash = hashlib.sha256(fingerprint.encode() + content).hexdigest()
            old = self.items.get(self.guid_of_source.get(story.key, ""))
            if old and old.input_hash == story.input_hash and folder.files_present(self.outdir, old):
                story.unchanged = old
                story.started = time.monotonic()
                self.to_prepare.remove(story)
        self._name_in_order()

    @property
    def total(self) -> int:
        return len(self.stories)

    @property
    def pending(self) -> int:
        """Stories not finished yet."""
        return self.total - len(self.results)

    def done(self) -> bool:
        return len(self.results) == self.total

    def interrupted(self) -> Interrupted:
        """The error for Ctrl-C or SIGTERM, once the stories in hand were dropped."""
        finished = sum(r.outcome != "failed" for r in self.results)
        return Interrupted(
            f"{self.outdir}: interrupted with {finished} of {self.total} stories finished",
            hint="The finished ones are kept; run the same command again to do the rest.",
        )

    def next_task(self) -> Task | None:
        """The next task for an idle worker, with its time limit: the next story to read while fewer than
        READ_AHEAD are read ahead, else the longest story ready to render (else a story to read). The limits
        are for hangs only: far above what the work takes on a slow machine."""
        if self.to_prepare and (len(self.ahead) < READ_AHEAD or not self.to_render):
            story = self.to_prepare.pop()
            story.started = time.monotonic()
            self.ahead.add(story.index)
            timeout = 120 + 2 * self.options.article.timeout
            return story.index, ("prepare", (story.source, self.options.article)), "reading", timeout
        if self.to_render:
            _, index = heapq.heappop(self.to_render)
            self.ahead.discard(index)
            story = self.stories[index]
            assert story.prepared is not None and story.mp3 is not None
            work = folder.work_folder(self.outdir, story.guid)
            alone = not (self.to_prepare or self.ahead or self.in_render)
            one_core = self.cores < 2 or not alone
            self.in_render.add(index)
            args = (story.prepared, work / story.mp3, self.cache_dir, self.options.article.image, one_core)
            timeout = 300 + 0.2 * story.prepared.words
            self.rendering = True
            return index, ("render", args), f"narrating {len(story.prepared.utterances)} clips", timeout
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
            self._finish(story, "narrated", story_record(story, value))
        self._name_in_order()

    def _name_in_order(self) -> None:
        """Decide names and skips in source order."""
        while self.next_to_name < self.total:
            story = self.stories[self.next_to_name]
            if story.prepared is None and story.error is None and story.unchanged is None:
                return
            self.next_to_name += 1
            story.guid = self._guid(story)
            old = self.items.get(story.guid)
            if story.unchanged is not None and story.guid:
                record = story.unchanged.replace(source=story.key, status="ok", error=None)
                self._finish(story, "unchanged", record)
            elif story.error is not None:
                story.guid = story.guid or story_guid(story.key)
                self._fail(story, *story.error)
            elif not story.guid or story.prepared is None:  # (prepared is None: unchanged, guid taken)
                self._duplicate(story)
            elif self._up_to_date(story.prepared, old):
                assert old is not None
                record = old.replace(source=story.key, status="ok", error=None, input_hash=story.input_hash)
                self._finish(story, "unchanged", record)
            else:
                story.mp3 = self._file_name(story, old)
                heapq.heappush(self.to_render, (-story.prepared.characters, story.index))
                self.listen(BatchEvent("working", self.total, source=story.source, what="waiting"))

    def _guid(self, story: _Story) -> str:
        """The story's guid: the one its source had in the manifest, else its URL's (guid_for); "" when
        another source in this run is the same story."""
        candidates = [self.guid_of_source.get(story.key), story_guid(story.key)]
        if story.unchanged is not None:
            candidates.insert(0, story.unchanged.guid)
        if story.prepared is not None:
            candidates.insert(1, guid_for(story.prepared.story, story.key))
        guid = next((g for g in candidates if g), "")
        if guid in self.claimed:
            story.twin = guid
            return ""
        self.claimed.add(guid)
        return guid

    def _duplicate(self, story: _Story) -> None:
        """Another source in this run is the same story (the same canonical URL, or the page a record
        already has): it is narrated once, under the first source; this one is reported, not failed, and
        has no record of its own."""
        twin = next(
            (s.source for s in self.stories if s.guid == story.twin and s is not story), "another source"
        )
        note = f"the same story as {twin}: narrated once, under that source"
        self._report(story, "duplicate", Record(source=story.key, guid=story.twin, notes=(note,)))

    def _fail(self, story: _Story, error: str, trace: str | None) -> None:
        """A failure keeps the story's last good files on record (they are still on disk, untouched)."""
        if not error.startswith(f"{story.source}:"):
            error = f"{story.source}: {error}"
        old = self.items.get(story.guid) or Record(source=story.key, guid=story.guid)
        record = old.replace(source=story.key, guid=story.guid, status="failed", error=error)
        self._finish(story, "failed", record, trace)

    def _up_to_date(self, prepared: Prepared, old: Record | None) -> bool:
        """Same content hash as the files on record, and those files still there."""
        if not old or old.content_hash != prepared.content_hash:
            return False
        return folder.files_present(self.outdir, old)

    def _file_name(self, story: _Story, old: Record | None) -> str:
        """The story's MP3 name: the one it had before, else a slug of its title not used by another story
        (made unique by the guid's first characters)."""
        if old and old.mp3:
            return old.mp3
        assert story.prepared is not None
        taken = {r.mp3 for g, r in self.items.items() if r.mp3 and g != story.guid}
        taken |= {s.mp3 for s in self.stories if s.mp3 and s is not story}
        base = slugify(story.prepared.story.title, source=story.source)
        for name in [base] + [f"{base}-{story.guid.replace('-', '')[:n]}" for n in (8, 12, 32)]:
            if f"{name}.mp3" not in taken and not (self.outdir / f"{name}.mp3").exists():
                return f"{name}.mp3"
        raise OutputError(f"{self.outdir}: no free file name for {story.source}")  # guids differ: unreachable

    def _finish(self, story: _Story, outcome: Outcome, record: Record, trace: str | None = None) -> None:
        """Record the story's fate: its files moved in and the manifest rewritten together (not rewritten
        when its record is the one already there, as for every story of an unchanged rerun)."""
        changed = outcome == "narrated" or self.items.get(story.guid) != record
        with signals_deferred():  # files and manifest change together, or not at all
            if outcome == "narrated":
                assert story.mp3 is not None
                folder.move_in(self.outdir, story.guid, story.mp3)
            self.items[story.guid] = record
            if changed:
                folder.write_manifest(self.outdir, self._ordered_items())
        self._report(story, outcome, record, trace)

    def _report(self, story: _Story, outcome: Outcome, record: Record, trace: str | None = None) -> None:
        """The story is done with: out of the worker's hands, in the results, and told to the listener."""
        self.ahead.discard(story.index)
        self.in_render.discard(story.index)
        result = StoryResult(story.source, outcome, record, time.monotonic() - story.started, trace)
        self.results.append(result)
        self.listen(BatchEvent("finished", self.total, source=story.source, what=outcome, result=result))

    def _ordered_items(self) -> list[Record]:
        """Earlier runs' records keep their places; new stories follow in source order."""
        order = {guid: n for n, guid in enumerate(self.old_order)}
        later = {s.guid: len(order) + s.index for s in self.stories}
        return sorted(self.items.values(), key=lambda r: order.get(r.guid, later.get(r.guid, 0)))
