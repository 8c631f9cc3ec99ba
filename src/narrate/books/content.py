"""A story's text as a talking book shows it: blocks with ids, each paired with its span of the audio.

Both formats (EPUB 3 with Media Overlays, DAISY 2.02) are made from these parts, so that an id in a content
document and the clip that reads it come from one place. Body paragraphs carry one id per sentence (the
sentences of captions.sentence_spans); the headline, the credits line (read as the intro), headings and the
outro carry one id each.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from narrate.models import Story
from narrate.sidecars.timings import StoryTimings, UtteranceTime
from narrate.sidecars.transcript import meta_line


@dataclass(frozen=True)
class Piece:
    """A timed piece of text: the element id that shows it and its span of the story's audio."""

    id: str
    text: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Block:
    """One element of a content document: a headline, credits, heading, paragraph, quote or outro."""

    kind: str
    id: str
    text: str
    language: str | None = None
    pieces: tuple[Piece, ...] = ()  # empty when the block is not in the audio (not spoken)
    split: bool = False  # the pieces are sentences shown as <span>s inside the block


@dataclass(frozen=True)
class Part:
    """The blocks of one section (or of the story's head), with the id and name the navigation uses."""

    id: str
    name: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def pieces(self) -> list[Piece]:
        return [p for b in self.blocks for p in b.pieces]


@dataclass(frozen=True)
class BookStory:
    """A narrated story ready to bind: its timings and its MP3 on disk."""

    timings: StoryTimings
    mp3: Path

    @property
    def credits(self) -> str:
        """ "By A · Station · 10 June 2020", as the transcript shows it."""
        t = self.timings
        return meta_line(Story("", t.url, t.title, t.byline, t.station, t.date, t.language, None, ()))


def story_parts(story: BookStory) -> tuple[Part, list[Part]]:
    """The story's head (headline and credits) and its sections, in reading order; the outro ends the last
    section (or the head, for a story without one). A section with nothing in it is left out."""
    t = story.timings
    head = Part("head", t.title)
    sections: dict[int, Part] = {}
    last: Part = head
    for u in t.utterances:
        if u.kind in ("title", "intro"):
            head.blocks.append(_block(u, story.credits if u.kind == "intro" else u.text))
            continue
        if u.section is not None and u.kind != "outro":
            if u.section not in sections:
                name = t.sections[u.section] if u.section < len(t.sections) else f"Section {u.section + 1}"
                sections[u.section] = Part(f"sec-{u.section}", name)
            last = sections[u.section]
        last.blocks.append(_block(u, u.text))
    if not any(b.kind == "title" for b in head.blocks):
        head.blocks.insert(0, Block("title", "title", t.title))
    if not any(b.kind == "intro" for b in head.blocks) and story.credits:
        head.blocks.append(Block("intro", "credits", story.credits))
    return head, list(sections.values())


def _block(u: UtteranceTime, text: str) -> Block:
    ident = f"u{u.index}"
    spoken = not u.failed and u.end_ms > u.start_ms
    if u.kind in ("paragraph", "quote") and u.sentences:
        pieces = tuple(
            Piece(f"{ident}s{n}", s.text, s.start_ms, s.end_ms)
            for n, s in enumerate(u.sentences)
            if s.end_ms > s.start_ms
        )
        return Block(u.kind, ident, text, u.language, pieces if spoken else (), split=spoken)
    pieces = (Piece(ident, text, u.start_ms, u.end_ms),) if spoken else ()
    return Block(u.kind, ident, text, u.language, pieces)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def block_inner(block: Block) -> str:
    """The escaped content of BLOCK's element: its sentences as <span id>s, or its text."""
    if not block.split:
        return esc(block.text)
    return " ".join(f'<span id="{p.id}">{esc(p.text)}</span>' for p in block.pieces)


def lang_attrs(language: str | None) -> str:
    if not language:
        return ""
    code = esc(language.replace("_", "-"))
    return f' lang="{code}" xml:lang="{code}"'


def clock(ms: int, *, fraction: bool = True) -> str:
    """H:MM:SS.mmm (or H:MM:SS rounded), a SMIL clock value.

    >>> clock(3_723_456), clock(59_600, fraction=False)
    ('1:02:03.456', '0:01:00')
    """
    if not fraction:
        ms = round(ms / 1000) * 1000
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    text = f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{text}.{millis:03d}" if fraction else text


def seconds(ms: int) -> str:
    """Milliseconds as seconds with three decimals.

    >>> seconds(1500)
    '1.500'
    """
    return f"{ms / 1000:.3f}"
