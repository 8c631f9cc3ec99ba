"""Timings: where each utterance, and each sentence in it, lies in the audio, as data (OUT.timings.json).

Talking books (narrate.books) and the listener pages' read-along are made from these. The utterance spans
are exact (measured from the clips). Inside an utterance the sentences are placed on the same edges as the
caption cues (captions.sentence_spans): the engine's own sentence marks where it gave them (Piper), else
the span shared by characters and pauses (eSpeak NG).

The file is written by write_sidecars for every story narrated with sidecars, and read back by
read.timings_in; this module holds both directions of its JSON, so a change to one is made beside the other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from narrate.models import Timing
from narrate.sidecars.captions import sentence_spans

FORMAT = 1  # the timings file's own version


@dataclass(frozen=True)
class SentenceTime:
    text: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class UtteranceTime:
    """One utterance as written, its span in the audio and its sentences' spans (none when not spoken)."""

    index: int
    kind: str  # title, intro, heading, paragraph, quote, outro
    section: int | None
    text: str
    start_ms: int
    end_ms: int
    language: str | None = None
    failed: str | None = None
    sentences: tuple[SentenceTime, ...] = ()


@dataclass(frozen=True)
class StoryTimings:
    """A narrated story as a talking book or a read-along page needs it: credits, sections, timings."""

    mp3: str  # the audio's file name
    duration_ms: int
    title: str
    byline: str | None
    station: str | None
    date: str | None
    language: str | None
    url: str | None
    sections: tuple[str, ...]  # each section's name: its heading, else its first words (as chapters say)
    utterances: tuple[UtteranceTime, ...]


def utterance_time(timing: Timing, start: int, end: int) -> UtteranceTime:
    u = timing.utterance
    spoken = not timing.failed and end > start
    marks = [(timing.start_ms + a, timing.start_ms + b) for a, b in u.marks]
    spans = sentence_spans(u.text, start, end, marks) if spoken else []
    return UtteranceTime(
        index=u.index,
        kind=u.kind,
        section=u.section,
        text=u.text,
        start_ms=start,
        end_ms=max(start, end),
        language=u.language,
        failed=timing.failed,
        sentences=tuple(SentenceTime(text, a, b) for text, a, b in spans),
    )


def timings_json(timings: StoryTimings) -> str:
    """The OUT.timings.json document."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "mp3": timings.mp3,
        "duration_ms": timings.duration_ms,
        "story": {
            "title": timings.title,
            "byline": timings.byline,
            "station": timings.station,
            "date": timings.date,
            "language": timings.language,
            "url": timings.url,
            "sections": list(timings.sections),
        },
        "utterances": [
            {
                "index": u.index,
                "kind": u.kind,
                "section": u.section,
                "text": u.text,
                "start_ms": u.start_ms,
                "end_ms": u.end_ms,
                "language": u.language,
                "failed": u.failed,
                "sentences": [
                    {"text": s.text, "start_ms": s.start_ms, "end_ms": s.end_ms} for s in u.sentences
                ],
            }
            for u in timings.utterances
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def parse_timings(text: str) -> StoryTimings | None:
    """A StoryTimings from the JSON timings_json wrote; None when it is not one."""
    try:
        doc = json.loads(text)
        if doc.get("format") != FORMAT:
            return None
        story = doc["story"]
        return StoryTimings(
            mp3=str(doc["mp3"]),
            duration_ms=int(doc["duration_ms"]),
            title=str(story["title"]),
            byline=_text(story.get("byline")),
            station=_text(story.get("station")),
            date=_text(story.get("date")),
            language=_text(story.get("language")),
            url=_text(story.get("url")),
            sections=tuple(str(s) for s in story.get("sections", [])),
            utterances=tuple(_utterance(u) for u in doc["utterances"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _utterance(u: dict[str, Any]) -> UtteranceTime:
    section = u.get("section")
    return UtteranceTime(
        index=int(u["index"]),
        kind=str(u["kind"]),
        section=int(section) if section is not None else None,
        text=str(u["text"]),
        start_ms=int(u["start_ms"]),
        end_ms=int(u["end_ms"]),
        language=_text(u.get("language")),
        failed=_text(u.get("failed")),
        sentences=tuple(
            SentenceTime(str(s["text"]), int(s["start_ms"]), int(s["end_ms"])) for s in u.get("sentences", [])
        ),
    )


def _text(value: object) -> str | None:
    return str(value) if value is not None else None
