"""DAISY 2.02 talking books: ncc.html, one SMIL 1.0 file per story head and section, content XHTML, MP3s.

The navigation control centre (ncc.html) holds the required dc: and ncc: metadata and one heading per story
(h1) and section (h2), each linking to the first text element of its SMIL file. A SMIL file's clips are
narrate's measured sentence spans; each clip also takes in the pause after it (up to the next clip, or the
end of the story's audio), so a DAISY player reads with the story's own pauses and the SMIL files add up to
the audio's whole length. narrate's MP3s are constant bit rate, as DAISY players need.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from narrate.books.content import BookStory, Part, block_inner, clock, esc, lang_attrs, seconds, story_parts
from narrate.books.meta import BookMeta

_XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
    ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
)
_SMIL = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN"'
    ' "http://www.w3.org/TR/REC-smil/SMIL10.dtd">\n'
)


@dataclass(frozen=True)
class Clip:
    id: str
    begin_ms: int
    end_ms: int


@dataclass(frozen=True)
class Unit:
    """One SMIL file: a story's head or one of its sections, with its clips and its ncc heading."""

    smil: str
    level: int  # 1: a story, 2: a section
    heading: str
    clips: list[Clip]

    @property
    def duration_ms(self) -> int:
        return sum(c.end_ms - c.begin_ms for c in self.clips)


def write_daisy(folder: Path, meta: BookMeta, stories: Sequence[BookStory]) -> None:
    """Write the book's files into FOLDER (an empty folder the caller renames in when whole)."""
    units: list[Unit] = []
    for number, story in enumerate(stories, start=1):
        name = f"s{number:03d}"
        head, sections = story_parts(story)
        (folder / f"{name}.html").write_text(content_document(story, head, sections), encoding="utf-8")
        shutil.copyfile(story.mp3, folder / f"{name}.mp3")
        units += story_units(name, story, head, sections)
    elapsed = 0
    for unit in units:
        (folder / unit.smil).write_text(smil(unit, meta, elapsed), encoding="utf-8")
        elapsed += unit.duration_ms
    files = sorted(p for p in folder.iterdir() if p.is_file())
    size = sum(p.stat().st_size for p in files)
    (folder / "ncc.html").write_text(ncc(meta, units, len(files) + 1, size), encoding="utf-8")


def story_units(name: str, story: BookStory, head: Part, sections: list[Part]) -> list[Unit]:
    """The story's SMIL files in order, clips made contiguous (each runs to the next one's start)."""
    parts = [(1, story.timings.title, head), *((2, p.name, p) for p in sections)]
    parts = [(level, text, part) for level, text, part in parts if part.pieces]
    if parts and parts[0][0] != 1:  # the headline was not spoken: the first section stands for the story
        parts[0] = (1, story.timings.title, parts[0][2])
    edges = [p.start_ms for _level, _text, part in parts for p in part.pieces][1:]
    edges.append(story.timings.duration_ms)
    units: list[Unit] = []
    at = 0
    for number, (level, text, part) in enumerate(parts):
        clips = []
        for piece in part.pieces:
            end = max(edges.pop(0), piece.end_ms, at + 1)
            clips.append(Clip(piece.id, at, end))
            at = end
        units.append(Unit(f"{name}_{number:02d}.smil", level, text, clips))
    return units


def smil(unit: Unit, meta: BookMeta, elapsed_ms: int) -> str:
    """A SMIL 1.0 file as DAISY 2.02 wants it: a seq of par (text + audio clip) elements."""
    audio = unit.smil.split("_")[0] + ".mp3"
    content = unit.smil.split("_")[0] + ".html"
    lines = [
        _SMIL + "<smil>\n<head>",
        '<meta name="dc:format" content="Daisy 2.02"/>',
        f'<meta name="dc:identifier" content="{esc(meta.identifier)}"/>',
        f'<meta name="dc:title" content="{esc(meta.title)}"/>',
        f'<meta name="ncc:generator" content="{esc(meta.generator)}"/>',
        f'<meta name="ncc:totalElapsedTime" content="{clock(elapsed_ms, fraction=False)}"/>',
        f'<meta name="ncc:timeInThisSmil" content="{clock(unit.duration_ms, fraction=False)}"/>',
        '<layout>\n<region id="txtView"/>\n</layout>\n</head>\n<body>',
        f'<seq dur="{seconds(unit.duration_ms)}s">',
    ]
    for clip in unit.clips:
        lines += [
            f'<par endsync="last" id="p_{clip.id}">',
            f'<text src="{content}#{clip.id}" id="t_{clip.id}"/>',
            f'<audio src="{audio}" clip-begin="npt={seconds(clip.begin_ms)}s"'
            f' clip-end="npt={seconds(clip.end_ms)}s" id="a_{clip.id}"/>',
            "</par>",
        ]
    lines.append("</seq>\n</body>\n</smil>")
    return "\n".join(lines) + "\n"


def ncc(meta: BookMeta, units: list[Unit], files: int, size: int) -> str:
    """The navigation control centre: metadata, then a heading per story and section."""
    total = sum(u.duration_ms for u in units)
    values = [
        ("dc:title", meta.title),
        *(("dc:creator", c) for c in meta.creators),
        ("dc:date", meta.date),
        ("dc:format", "Daisy 2.02"),
        ("dc:identifier", meta.identifier),
        ("dc:language", meta.language),
        ("dc:publisher", meta.publisher),
        ("ncc:charset", "utf-8"),
        ("ncc:depth", str(max((u.level for u in units), default=1))),
        ("ncc:files", str(files)),
        ("ncc:footnotes", "0"),
        ("ncc:generator", meta.generator),
        ("ncc:kByteSize", str(round(size / 1024))),
        ("ncc:maxPageNormal", "0"),
        ("ncc:multimediaType", "audioFullText"),
        ("ncc:narrator", meta.narrator),
        ("ncc:pageFront", "0"),
        ("ncc:pageNormal", "0"),
        ("ncc:pageSpecial", "0"),
        ("ncc:prodNotes", "0"),
        ("ncc:setInfo", "1 of 1"),
        ("ncc:sidebars", "0"),
        ("ncc:tocItems", str(len(units))),
        ("ncc:totalTime", clock(total, fraction=False)),
    ]
    lines = [
        _XHTML + f'<html xmlns="http://www.w3.org/1999/xhtml"{lang_attrs(meta.language)}>\n<head>',
        '<meta http-equiv="Content-type" content="text/html; charset=utf-8"/>',
        f"<title>{esc(meta.title)}</title>",
        *(f'<meta name="{name}" content="{esc(value)}"/>' for name, value in values),
        "</head>\n<body>",
    ]
    for number, unit in enumerate(units, start=1):
        title = ' class="title"' if number == 1 else ""
        link = f'<a href="{unit.smil}#t_{unit.clips[0].id}">{esc(unit.heading)}</a>'
        lines.append(f'<h{unit.level}{title} id="nav{number}">{link}</h{unit.level}>')
    lines.append("</body>\n</html>")
    return "\n".join(lines) + "\n"


def content_document(story: BookStory, head: Part, sections: list[Part]) -> str:
    """One story's text as XHTML 1.0: headline, credits, headings, paragraphs; ids the SMIL files name."""
    t = story.timings
    lines = [
        _XHTML + f'<html xmlns="http://www.w3.org/1999/xhtml"{lang_attrs(t.language or "en")}>\n<head>',
        '<meta http-equiv="Content-type" content="text/html; charset=utf-8"/>',
        f"<title>{esc(t.title)}</title>\n</head>\n<body>",
    ]
    for part in [head, *sections]:
        lines.append(f'<div class="section" id="{part.id}">')
        for block in part.blocks:
            tag = {"title": "h1", "heading": "h2"}.get(block.kind, "p")
            element = f'<{tag} id="{block.id}"{lang_attrs(block.language)}>{block_inner(block)}</{tag}>'
            lines.append(f"<blockquote>{element}</blockquote>" if block.kind == "quote" else element)
        lines.append("</div>")
    lines.append("</body>\n</html>")
    return "\n".join(lines) + "\n"
