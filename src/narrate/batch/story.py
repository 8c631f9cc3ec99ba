"""A batch story's two steps, as run in a worker process (narrate.workers' pool names this module's handler).

  prepare_story: fetch -> extract -> script, and a content hash of everything that shapes the files;
  render_story:  speak (through the clip cache) -> assemble -> tag -> sidecars, written atomically.
Between them the batch's parent decides the story's file name and whether its files are up to date.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from narrate.batch.fingerprint import content_hash
from narrate.batch.records import Prepared, Rendered
from narrate.options import ArticleOptions
from narrate.pipeline import not_spoken, read_as_written, read_story, render, script_story
from narrate.speak import Engines, needs_engine, notes


def prepare_story(source: str, options: ArticleOptions) -> Prepared:
    """fetch -> extract -> script for one source, and its content hash."""
    story = read_story(source, options)
    voice, utterances = script_story(story, options)
    return Prepared(story, voice, utterances, content_hash(story, voice, utterances))


def render_story(
    prepared: Prepared,
    out: Path,
    *,
    cache_dir: Path | None,
    image: Path | None = None,
    one_core: bool = True,
    kept: list[Engines] | None = None,
) -> Rendered:
    """speak -> assemble -> tag -> sidecars into OUT and files beside it, each renamed in when whole. On one
    core (the batch runs a story per core), unless ONE_CORE is False: a story the batch renders alone.

    KEPT: the speech engines this worker process keeps from one story to the next (the one Engines in it is
    replaced when a story needs another voice; a story alone gets a second engine, kept too)."""
    with tempfile.TemporaryDirectory(prefix="narrate-") as work:
        engines = None
        if kept is not None and needs_engine(prepared.utterances, prepared.voice, cache_dir):
            size = 1 if one_core else 2
            if not kept or not kept[0].suits(prepared.voice):
                for old in kept:
                    old.close()
                kept[:] = [Engines(prepared.voice, Path(work), size=size, keep=True)]
            engines = kept[0]
            engines.grow(size)
        audio, sidecars, clips = render(
            prepared.story,
            prepared.voice,
            prepared.utterances,
            out,
            cache_dir=cache_dir,
            image=image,
            sidecars=True,
            one_core=one_core,
            workdir=Path(work),
            engines=engines,
        )
    reused = sum(1 for c in clips if c.reused)
    return Rendered(
        duration_ms=audio.duration_ms,
        bytes=out.stat().st_size,
        sidecars={kind: path.name for kind, path in sidecars.items()},
        clips_reused=reused,
        clips_synthesized=len(clips) - reused,
        warnings=(*read_as_written(prepared.utterances), *not_spoken(clips)),
        notes=notes(prepared.voice, clips),
    )


def story_task(task: tuple[str, tuple[Any, ...]], kept: list[Engines] | None = None) -> Prepared | Rendered:
    """One step of one story, as a worker runs it: ("prepare", (source, options)) or
    ("render", (prepared, out, cache_dir, image, one_core)); KEPT: see render_story."""
    name, args = task
    if name == "prepare":
        return prepare_story(*args)
    prepared, out, cache_dir, image, one_core = args
    return render_story(prepared, out, cache_dir=cache_dir, image=image, one_core=one_core, kept=kept)


def story_handler() -> Any:
    """The batch worker's handler (workers.Pool builds it once per worker, in the worker's main thread): it
    keeps its speech engines from one story to the next."""
    kept: list[Engines] = []

    def handle(task: tuple[str, tuple[Any, ...]]) -> Prepared | Rendered:
        return story_task(task, kept)

    return handle
