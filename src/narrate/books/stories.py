"""The stories of a book: narrated here from their sources, or read from a batch folder with their timings."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from narrate.books.content import BookStory
from narrate.errors import PublishError
from narrate.fetch import is_url, redact
from narrate.files import user_path
from narrate.folder import MANIFEST_NAME, read_manifest
from narrate.options import ArticleOptions
from narrate.pipeline import narrate_article
from narrate.sidecars import story_timings
from narrate.sidecars.read import timings_in

RERUN = (
    "Run `narrate batch` on it again: narrate now narrates again every story made before timings were kept"
)


def gather(
    sources: Sequence[str], work: Path, options: ArticleOptions, say: Callable[[str], None]
) -> list[BookStory]:
    """The book's stories in order: a batch folder gives its narrated stories in manifest order."""
    stories: list[BookStory] = []
    for source in sources:
        if not is_url(source) and source != "-" and _is_dir(source):
            stories += folder_stories(user_path(source))
        else:
            say(f"narrating {redact(source)}")
            stories.append(narrated(source, work / f"{len(stories) + 1:03d}.mp3", options))
    return stories


def _is_dir(source: str) -> bool:
    try:
        return user_path(source).is_dir()
    except OSError:
        return False


def narrated(source: str, out: Path, options: ArticleOptions) -> BookStory:
    """Narrate SOURCE to OUT; its timings are the ones measured while assembling the audio."""
    episode = narrate_article(source, out, dataclasses.replace(options, sidecars=False))
    return BookStory(story_timings(episode.story, episode.audio, out.name), out)


def folder_stories(outdir: Path) -> list[BookStory]:
    """The narrated stories of the batch folder OUTDIR, in manifest order, each with its timings file."""
    if not (outdir / MANIFEST_NAME).is_file():
        raise PublishError(
            f"{outdir}: no {MANIFEST_NAME} here", hint="Give a folder `narrate batch -d` wrote."
        )
    stories: list[BookStory] = []
    for record in read_manifest(outdir):
        if record.status != "ok" or not record.mp3 or not (outdir / record.mp3).is_file():
            continue
        name = record.sidecars.get("timings")
        timings = timings_in(outdir / name) if name else None
        if timings is None:
            what = "has no timings file" if not name else f"has an unreadable timings file ({name})"
            raise PublishError(f"{outdir}: the story {record.title or record.source!r} {what}", hint=RERUN)
        stories.append(BookStory(timings, outdir / record.mp3))
    if not stories:
        raise PublishError(f"{outdir}: no narrated stories", hint="Run `narrate batch ... -d OUTDIR` first.")
    return stories
