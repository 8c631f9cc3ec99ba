"""A batch story's two steps, as run in a worker process.

  prepare_story: fetch -> extract -> script, and a content hash of everything that shapes the files;
  render_story:  speak (through the clip cache) -> assemble -> tag -> sidecars, written atomically.
Between them the batch's parent decides the story's file name and whether its files are up to date.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narrate import __version__, config
from narrate.folder import FORMAT_VERSION
from narrate.models import Story, Utterance, VoiceSettings
from narrate.pipeline import ArticleOptions, not_spoken, read_story, render, script_story
from narrate.speak import engine_id


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
    warnings: tuple[str, ...] = ()


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
        warnings=not_spoken(clips),
    )


def story_task(task: tuple[str, tuple[Any, ...]]) -> Prepared | Rendered:
    """One step of one story, as a worker runs it: ("prepare", (source, options)) or
    ("render", (prepared, out, cache_dir, image))."""
    name, args = task
    if name == "prepare":
        return prepare_story(*args)
    prepared, out, cache_dir, image = args
    return render_story(prepared, out, cache_dir=cache_dir, image=image)


def story_handler() -> Any:
    """The batch worker's handler (workers.Pool builds it once per worker)."""
    return story_task
