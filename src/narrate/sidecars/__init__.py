"""Chapters, captions and transcripts: what a listener who skips, reads along or cannot hear gets.

chapter_list and transcript_text feed the MP3's CHAP/CTOC and USLT frames (tag.py); write_sidecars writes
the files beside the MP3: OUT.chapters.json (Podcasting 2.0 JSON chapters 1.2.0), OUT.vtt and OUT.srt
(captions, see captions.py), OUT.html (the transcript page, see transcript.py) and OUT.timings.json (each
utterance's and sentence's place in the audio, see timings.py: talking books and read-along use it).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from narrate.errors import OutputError
from narrate.files import write_text
from narrate.models import Audio, Chapter, Section, Story, Utterance
from narrate.sentences import UNSPACED
from narrate.sidecars.captions import WEAK_ENDS, build_cues, to_srt, to_vtt
from narrate.sidecars.timings import StoryTimings, UtteranceTime, timings_json, utterance_time
from narrate.sidecars.transcript import transcript_html, transcript_text

__all__ = [
    "StoryTimings",
    "chapter_list",
    "chapters_json",
    "sidecar_paths",
    "story_timings",
    "transcript_text",
    "write_sidecars",
]

TITLE_WORDS = 6  # a section without a heading is named by its first words
UNSPACED_CHARS = 16  # ... or, in a script written without spaces, its first clause or characters
_UNSPACED = re.compile(f"[{UNSPACED}]")
MAX_TITLE = 100  # characters: players show a chapter title on one line (and mutagen #510: keep frames small)


def chapter_list(story: Story, audio: Audio) -> list[Chapter]:
    """One chapter per spoken section, contiguous from 0 to the end of the audio.

    A chapter starts where its section's first utterance starts; the first one starts at 0 (taking in the
    title and intro) and the last ends with the audio (taking in the outro). A section that has nothing in
    the audio gets no chapter.
    """
    if audio.duration_ms <= 0:
        return []
    starts: dict[int, int] = {}
    for timing in audio.timings:
        section = timing.utterance.section
        if section is not None and 0 <= section < len(story.sections):
            starts[section] = min(starts.get(section, timing.start_ms), timing.start_ms)
    if not starts:  # nothing but title and intro: one chapter named by the headline
        return [Chapter(shorten(story.title), 0, audio.duration_ms)]
    ordered = sorted(starts.items(), key=lambda item: (item[1], item[0]))
    chapters: list[Chapter] = []
    for number, (section, start) in enumerate(ordered):
        begin = 0 if number == 0 else min(start, audio.duration_ms)
        end = ordered[number + 1][1] if number + 1 < len(ordered) else audio.duration_ms
        end = min(end, audio.duration_ms)
        if end > begin:  # two sections starting together (or past the end) would make an empty chapter
            chapters.append(Chapter(section_title(story.sections[section], section), begin, end))
    return chapters


def section_title(section: Section, number: int) -> str:
    """The section's heading, or its first words and "…", or "Section N" when it has neither.

    >>> section_title(Section("What  comes next", ()), 0)
    'What comes next'
    >>> from narrate.models import Paragraph
    >>> section_title(Section(None, (Paragraph("Amazon announced on Wednesday a one-year moratorium."),)), 0)
    'Amazon announced on Wednesday a one-year…'
    >>> section_title(Section(None, (Paragraph("It said no."),)), 2)
    'It said no.'
    """
    if section.title and section.title.strip():
        return shorten(section.title)
    for paragraph in section.paragraphs:
        if paragraph.text.strip():
            return first_words(paragraph.text)
    return f"Section {number + 1}"


def first_words(text: str, count: int = TITLE_WORDS) -> str:
    """About COUNT words of TEXT and "…" (a few more rather than end on "a" or "of").

    >>> first_words("In a letter to the Congress of the United States, he said")
    'In a letter to the Congress…'
    >>> first_words("Researchers have long criticized the technology for producing results")
    'Researchers have long criticized the technology…'
    >>> first_words("韓国の尹錫悦大統領は３日夜、緊急談話を出し、野党が国政をまひさせているとして宣言した。")
    '韓国の尹錫悦大統領は３日夜…'
    """
    words = text.split()
    if words and _UNSPACED.match(words[0]) and len(words[0]) > UNSPACED_CHARS:
        # Chinese and Japanese put no spaces between words: the first clause, or the first characters
        clause = re.search(r"[、，。！？；：]", words[0][: UNSPACED_CHARS + 8])
        cut = clause.start() if clause and clause.start() >= 4 else UNSPACED_CHARS
        return shorten(words[0][:cut] + "…")
    if len(words) <= count:
        return shorten(" ".join(words))
    while count < len(words) and count < TITLE_WORDS + 3 and words[count - 1].lower() in WEAK_ENDS:
        count += 1
    head = " ".join(words[:count]).rstrip(",;:.—– ")
    return shorten(head + "…") if count < len(words) else shorten(head)


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """TEXT with whitespace collapsed, cut at a word boundary to at most LIMIT characters (with "…").

    >>> shorten("word " * 100, 22)
    'word word word word…'
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",;:.—– ") + "…"


def _seconds(ms: int) -> int | float:
    return ms // 1000 if ms % 1000 == 0 else round(ms / 1000, 3)


def chapters_json(story: Story, chapters: list[Chapter], mp3_name: str) -> str:
    """The Podcasting 2.0 JSON chapters document (version 1.2.0), times in seconds."""
    doc: dict[str, Any] = {"version": "1.2.0", "title": story.title}
    if story.byline:
        doc["author"] = story.byline
    doc["fileName"] = mp3_name
    doc["chapters"] = [
        {"startTime": _seconds(c.start_ms), "endTime": _seconds(c.end_ms), "title": c.title} for c in chapters
    ]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def story_timings(story: Story, audio: Audio, mp3_name: str) -> StoryTimings:
    """Where each utterance and sentence of STORY lies in AUDIO (Audio.timings), clipped to the audio and
    never overlapping, in order: what OUT.timings.json holds and talking books are made from."""
    utterances: list[UtteranceTime] = []
    floor = 0
    for timing in sorted(audio.timings, key=lambda t: (t.start_ms, t.utterance.index)):
        start, end = max(timing.start_ms, floor), min(timing.end_ms, audio.duration_ms)
        utterances.append(utterance_time(timing, start, end))
        floor = max(floor, end)
    return StoryTimings(
        mp3=mp3_name,
        duration_ms=audio.duration_ms,
        title=story.title,
        byline=story.byline,
        station=story.station,
        date=story.date,
        language=story.language,
        url=story.url,
        sections=tuple(section_title(s, n) for n, s in enumerate(story.sections)),
        utterances=tuple(utterances),
    )


def sidecar_paths(out_mp3: Path) -> dict[str, Path]:
    """Where the sidecars of OUT.mp3 go: OUT.chapters.json, OUT.vtt, OUT.srt, OUT.html, OUT.timings.json."""
    stem = out_mp3.stem
    return {
        "chapters": out_mp3.with_name(f"{stem}.chapters.json"),
        "vtt": out_mp3.with_name(f"{stem}.vtt"),
        "srt": out_mp3.with_name(f"{stem}.srt"),
        "html": out_mp3.with_name(f"{stem}.html"),
        "timings": out_mp3.with_name(f"{stem}.timings.json"),
    }


def write_sidecars(
    story: Story, utterances: tuple[Utterance, ...], audio: Audio, chapters: list[Chapter], out_mp3: Path
) -> dict[str, Path]:
    """Write the chapters, captions and transcript files beside OUT_MP3, each atomically.

    All four are built before any is written; if a write fails, those already written are removed.
    Returns {"chapters": path, "vtt": path, "srt": path, "html": path, "timings": path}.
    """
    paths = sidecar_paths(out_mp3)
    cues = build_cues(audio.timings, audio.duration_ms)
    names = {key: path.name for key, path in paths.items()}
    contents = {
        "chapters": chapters_json(story, chapters, out_mp3.name),
        "vtt": to_vtt(cues),
        "srt": to_srt(cues),
        "html": transcript_html(story, utterances, out_mp3.name, audio.duration_ms, files=names),
        "timings": timings_json(story_timings(story, audio, out_mp3.name)),
    }
    written: list[Path] = []
    for key, path in paths.items():
        try:
            write_text(path, contents[key])
        except OSError as exc:
            for done in written:
                done.unlink(missing_ok=True)
            raise OutputError(
                f"{path}: cannot write the {key} file ({exc.strerror or exc})",
                hint="Check that the output folder is writable and has free space.",
            ) from exc
        written.append(path)
    return paths
