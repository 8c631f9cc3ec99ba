"""narrate_article: the stages in order, and the atomic hand-over of the finished files."""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

from narrate import profile
from narrate.audio.assemble import assemble
from narrate.audio.tag import tag
from narrate.errors import EngineError, NoArticleError, OutputError, UsageError
from narrate.extraction import extract, find_station_profile
from narrate.fetch import fetch, is_url, redact
from narrate.files import (
    check_writable_name,
    slugify,
    staged,
    user_path,
    xml_text,
)
from narrate.models import Audio, Clip, Episode, Story, Utterance, VoiceSettings
from narrate.options import ArticleOptions, check_options
from narrate.script import script_notes, write_script
from narrate.sidecars import chapter_list, sidecar_paths, transcript_text, write_sidecars
from narrate.speak import Engines, notes, speak_iter
from narrate.speak.engines import engines_ahead
from narrate.speak.voices import load_voice

# ArticleOptions and slugify are used through this module by callers of narrate_article
__all__ = [
    "ArticleOptions",
    "check_options",
    "narrate_article",
    "not_spoken",
    "read_as_written",
    "read_story",
    "render",
    "script_story",
    "slugify",
]

Progress = Callable[[str], None]


def read_story(source: str, options: ArticleOptions) -> Story:
    """fetch + extract, with the user's overrides applied."""
    page = fetch(
        source,
        url=options.url,
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        allow_private=options.allow_private,
    )
    story = extract(page, find_station_profile(page, options.station_profile))
    return dataclasses.replace(  # the user's overrides, cleaned as the page's text was (fetch.xml_text)
        story,
        title=_clean(options.title) or story.title,
        byline=_clean(options.byline) or story.byline,
        station=_clean(options.station) or story.station,
        url=_clean(options.url) or story.url,
        date=_clean(options.date) or story.date,
    )


def _clean(value: str | None) -> str | None:
    return xml_text(value).strip() or None if value is not None else None


def narrate_article(
    source: str,
    out: Path | None,
    options: ArticleOptions,
    progress: Progress | None = None,
    *,
    started: Engines | None = None,
) -> Episode:
    """Narrate one story to an MP3 (and its sidecars); nothing is left behind if any stage fails.

    started: speech engines the caller started (speak.engines.engines_ahead) and stops; by default they
    are started here, before the story is read."""
    say = progress or (lambda _msg: None)
    check_options(options)
    if out is not None:
        check_output(out, source, sidecars=options.sidecars)  # before any fetching: fail fast on a bad -o
    with (
        tempfile.TemporaryDirectory(prefix="narrate-") as work,
        contextlib.nullcontext(started) if started is not None else _engines_ahead(options) as engines,
    ):
        say(f"reading {redact(source)}")
        with profile.stage("read (fetch, extract)"):
            story = read_story(source, options)
        if out is None:
            out = Path(slugify(story.title, source=source) + ".mp3")
            check_output(out, source, sidecars=options.sidecars)
        with profile.stage("script (normalise, lexicon)"):
            voice, utterances = script_story(story, options)
        say(f"speaking and encoding {len(utterances)} clips")
        audio, sidecars, clips = render(
            story,
            voice,
            utterances,
            out,
            cache_dir=options.cache_dir,
            image=options.image,
            sidecars=options.sidecars,
            strict=options.strict,
            workdir=Path(work),
            engines=engines,
        )
    return Episode(
        story=story,
        utterances=utterances,
        audio=audio,
        sidecars=sidecars,
        warnings=(*read_as_written(utterances), *not_spoken(clips)),
        notes=notes(voice, clips),
    )


def _engines_ahead(options: ArticleOptions) -> contextlib.AbstractContextManager[Engines | None]:
    """The speech engines for the voice the options ask for, started now so that they are ready when
    the story has been read (speak_iter stops them if the story's language asks for another voice)."""
    if options.cache_dir is not None:  # clips may all come from the cache: no engine may be needed
        return contextlib.nullcontext()
    return engines_ahead(options.voice, rate=options.rate, bitrate=options.bitrate)


def script_story(story: Story, options: ArticleOptions) -> tuple[VoiceSettings, tuple[Utterance, ...]]:
    """The voice for STORY (its language picks one unless the options name it) and what it will say."""
    voice = load_voice(options.voice, language=story.language, rate=options.rate, bitrate=options.bitrate)
    utterances = speakable_only(write_script(story, voice, intro=options.intro))
    if not utterances:
        raise NoArticleError(
            f"{story.source}: has nothing that can be spoken (no letters or digits)",
            hint="Give a story with words in it.",
        )
    if extra := script_notes(utterances, voice, story):
        voice = dataclasses.replace(voice, notes=(*voice.notes, *extra))
    return voice, utterances


def speakable(text: str) -> bool:
    """True when TEXT has a letter or a digit: punctuation alone ("-", "..") is silence, not speech.

    >>> speakable("Hi."), speakable(" .. - "), speakable("42")
    (True, False, True)
    """
    return any(ch.isalnum() for ch in text)


def speakable_only(utterances: tuple[Utterance, ...]) -> tuple[Utterance, ...]:
    """UTTERANCES without those that have nothing to speak (the engine fails on them), numbered again."""
    kept = (u for u in utterances if speakable(u.spoken))
    return tuple(dataclasses.replace(u, index=n) for n, u in enumerate(kept))


def render(
    story: Story,
    voice: VoiceSettings,
    utterances: tuple[Utterance, ...],
    out: Path,
    *,
    cache_dir: Path | None,
    image: Path | None,
    sidecars: bool,
    one_core: bool = False,
    strict: bool = False,
    workdir: Path | None = None,
    engines: Engines | None = None,
) -> tuple[Audio, dict[str, Path], list[Clip]]:
    """speak -> assemble -> tag (-> sidecars) into OUT, renamed in only when whole; also the clips spoken.

    one_core: for a batch, which runs a story per core: one engine and no second encoder thread. Either way
    the story's thread levels and encodes the early clips while the engine still speaks the later ones.
    workdir: where the clips go (default: a temporary folder); engines: workers started ahead (Engines).
    """
    spoken: list[Clip] = []
    with contextlib.ExitStack() as stack:
        work = workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="narrate-")))
        workers = 1 if one_core else None
        speech = speak_iter(utterances, voice, work, cache_dir=cache_dir, workers=workers, engines=engines)
        clips = _recorded(speech, spoken)
        with staged(out) as tmp_mp3:
            audio = assemble(clips, tmp_mp3, voice, threaded=not one_core)
            if strict and (warnings := not_spoken(spoken)):
                raise EngineError(f"{story.source}: {warnings[0]}", hint="Without --strict it is left out.")
            audio, utterances = _mark_unspoken(audio, utterances)
            with profile.stage("tag (ID3, chapters, transcript)"):
                chapters = chapter_list(story, audio)
                transcript = transcript_text(story, utterances)
                tag(tmp_mp3, story, audio, chapters, transcript=transcript, image=image)
            with profile.stage("sidecars (captions, transcript)"):
                written = write_sidecars(story, utterances, audio, chapters, out) if sidecars else {}
    return dataclasses.replace(audio, path=out), written, spoken


def read_as_written(utterances: tuple[Utterance, ...]) -> tuple[str, ...]:
    """One warning for each utterance whose normalisation failed (a rule's bug): it was read as written."""
    return tuple(
        f"{u.kind} {_preview(u.text)} read as written (clip {u.index + 1}; normalising it failed: "
        f"{u.read_as_written})"
        for u in utterances
        if u.read_as_written
    )


def not_spoken(clips: list[Clip]) -> tuple[str, ...]:
    """One warning for each utterance the engine could not speak (left out of the audio)."""
    return tuple(
        f"{u.kind} {_preview(u.text)} not spoken (clip {u.index + 1}): {c.failed}"
        for c in clips
        if c.failed
        for u in (c.utterance,)
    )


def _mark_unspoken(audio: Audio, utterances: tuple[Utterance, ...]) -> tuple[Audio, tuple[Utterance, ...]]:
    """Utterances left out of the audio show as "[not spoken: TEXT]" in the transcript and captions."""
    failed = {t.utterance.index for t in audio.timings if t.failed}
    if not failed:
        return audio, utterances

    def mark(u: Utterance) -> Utterance:
        return dataclasses.replace(u, text=f"[not spoken: {u.text}]") if u.index in failed else u

    timings = tuple(dataclasses.replace(t, utterance=mark(t.utterance)) for t in audio.timings)
    return dataclasses.replace(audio, timings=timings), tuple(mark(u) for u in utterances)


def _preview(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _recorded(clips: Iterator[Clip], into: list[Clip]) -> Generator[Clip, None, None]:
    """CLIPS, each also appended to INTO; closing this closes CLIPS (which stops the engine workers)."""
    try:
        for clip in clips:
            into.append(clip)
            yield clip
    finally:
        close = getattr(clips, "close", None)
        if close is not None:
            close()


# names that promise another audio format: an MP3 under one would mislead players and people alike
OTHER_AUDIO = {
    ".wav",
    ".wave",
    ".flac",
    ".ogg",
    ".oga",
    ".opus",
    ".m4a",
    ".m4b",
    ".aac",
    ".aif",
    ".aiff",
    ".wma",
}


def check_output(out: Path, source: str, *, sidecars: bool) -> None:
    """OUT (and its sidecars) can be written, and none of them is SOURCE: fail before any work."""
    check_output_dir(out)
    targets = [out, *(sidecar_paths(out).values() if sidecars else ())]
    if source == "-" or is_url(source):
        return
    for target in targets:
        check_writable_name(target)
        if _same_file(target, source):
            raise UsageError(
                f"{target}: is the source {source}; narrating would overwrite the story",
                hint="Give another -o (the MP3 and its sidecars must not be the source).",
            )


def _same_file(target: Path, source: str) -> bool:
    try:
        return target.resolve() == user_path(source).resolve() or target.samefile(user_path(source))
    except (OSError, RuntimeError, ValueError):  # either is missing: they are not one file
        return False


def check_output_dir(out: Path) -> None:
    """Fail early, and clearly, when OUT names another audio format, or its folder is missing or cannot
    take a new file."""
    if out.suffix.lower() in OTHER_AUDIO:
        raise UsageError(
            f"{out}: narrate writes MP3, not {out.suffix.lstrip('.').upper()}",
            hint="Give a name ending in .mp3 (convert the MP3 afterwards if you need another format).",
        )
    folder = out.parent
    check_writable_name(out)
    try:
        if out.is_dir():
            raise OutputError(
                f"{out}: is a folder, not an MP3 file name", hint="Give a file name such as story.mp3."
            )
        if not folder.is_dir():
            raise OutputError(
                f"{folder}: output folder does not exist", hint="Create it first, or pick another -o."
            )
    except OSError as exc:
        raise OutputError(f"{out}: cannot be written ({exc.strerror})", hint="Pick another -o.") from exc
    try:  # a real write, since os.access says yes to root even on read-only or virtual file systems
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".narrate-check-"):
            pass
    except OSError as exc:
        raise OutputError(
            f"{folder}: output folder is not writable ({exc.strerror})",
            hint="Pick a folder you can write to.",
        ) from exc
