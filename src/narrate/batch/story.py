"""A batch story's two steps, as run in a worker process (narrate.workers' pool names this module's handler).

  prepare_story: fetch -> extract -> script, and a content hash of everything that shapes the files;
  render_story:  speak (through the clip cache) -> assemble -> tag -> sidecars, written atomically.
Between them the batch's parent decides the story's file name and whether its files are up to date.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from narrate.batch.fingerprint import content_hash
from narrate.batch.records import Prepared, Rendered
from narrate.options import ArticleOptions
from narrate.pipeline import not_spoken, read_story, render, script_story
from narrate.speak import notes


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
) -> Rendered:
    """speak -> assemble -> tag -> sidecars into OUT and files beside it, each renamed in when whole. On one
    core (the batch runs a story per core), unless ONE_CORE is False: a story the batch renders alone."""
    audio, sidecars, clips = render(
        prepared.story,
        prepared.voice,
        prepared.utterances,
        out,
        cache_dir=cache_dir,
        image=image,
        sidecars=True,
        one_core=one_core,
    )
    reused = sum(1 for c in clips if c.reused)
    return Rendered(
        duration_ms=audio.duration_ms,
        bytes=out.stat().st_size,
        sidecars={kind: path.name for kind, path in sidecars.items()},
        clips_reused=reused,
        clips_synthesized=len(clips) - reused,
        warnings=not_spoken(clips),
        notes=notes(prepared.voice, clips),
    )


def story_task(task: tuple[str, tuple[Any, ...]]) -> Prepared | Rendered:
    """One step of one story, as a worker runs it: ("prepare", (source, options)) or
    ("render", (prepared, out, cache_dir, image, one_core))."""
    name, args = task
    if name == "prepare":
        return prepare_story(*args)
    prepared, out, cache_dir, image, one_core = args
    return render_story(prepared, out, cache_dir=cache_dir, image=image, one_core=one_core)


def story_handler() -> Any:
    """The batch worker's handler (workers.Pool builds it once per worker)."""
    return story_task
