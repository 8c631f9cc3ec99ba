"""Reading narrate's own sidecar files back, for the listener pages and talking books: the transcript's
blocks from the HTML page, caption cues from WebVTT, chapters from the JSON, timings from their JSON. The
formats' writer (this package) is their reader too, so a change to one is made beside the other. Unreadable
files give nothing rather than an error: a listener page without its transcript is still a page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
from lxml import etree

from narrate.errors import NarrateError
from narrate.files import read_regular
from narrate.sidecars.timings import StoryTimings, parse_timings

TIMINGS_MAX_BYTES = 50_000_000  # some 100,000 utterances


def transcript_blocks_in(path: Path, title: str) -> list[tuple[str, str]]:
    """(tag, text) of the sidecar's headings, paragraphs and quotes; headings become h3 under "Transcript"."""
    if not path.is_file():
        return []
    try:
        doc = lxml.html.fromstring(path.read_text(encoding="utf-8"))  # narrate writes UTF-8
    except (etree.ParserError, ValueError, UnicodeDecodeError):
        return []
    main = doc.find(".//main")
    scope = main if main is not None else doc
    blocks: list[tuple[str, str]] = []
    for node in scope.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote"):
        if node.tag == "p" and any(a.tag == "blockquote" for a in node.iterancestors()):
            continue  # said as part of its quote
        if "listen" in (node.get("class") or "").split():
            continue  # the sidecar's own link to the MP3: this page has the player
        text = " ".join(node.text_content().split())
        if not text:
            continue
        if node.tag.startswith("h"):
            if text == title and not blocks:
                continue  # the page's own h1 already says it
            blocks.append(("h3", text))
        else:
            blocks.append((node.tag, text))
    return blocks


_CUE_TIME = re.compile(r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})\s+-->\s+(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})")


def vtt_cues(path: Path) -> list[tuple[float, float, str]]:
    """(start s, end s, text) of each cue of a WebVTT file."""
    cues: list[tuple[float, float, str]] = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return cues
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = block.strip().split("\n")
        for i, line in enumerate(lines):
            match = _CUE_TIME.search(line)
            if match:
                g = [int(x or 0) for x in match.groups()]
                start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
                end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
                words = re.sub(r"<[^>]+>", "", " ".join(lines[i + 1 :])).strip()
                if words:
                    cues.append((start, end, words))
                break
    return cues


def vtt_paragraphs(path: Path, gap: float = 0.4) -> list[str]:
    """The captions' text, a new paragraph wherever the speech pauses for longer than GAP seconds."""
    paragraphs: list[list[str]] = []
    last_end = None
    for start, end, words in vtt_cues(path):
        if last_end is None or start - last_end > gap:
            paragraphs.append([])
        paragraphs[-1].append(words)
        last_end = end
    return [" ".join(p) for p in paragraphs]


def chapters_of(path: Path) -> list[tuple[float, str]]:
    """(start s, title) from a Podcasting 2.0 JSON chapters file; [] when unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [(float(c["startTime"]), str(c.get("title", ""))) for c in data.get("chapters", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def timings_in(path: Path) -> StoryTimings | None:
    """The story timings of an OUT.timings.json file; None when it is missing or not one."""
    try:
        data = read_regular(path, TIMINGS_MAX_BYTES, what="timings file")
        return parse_timings(data.decode("utf-8"))
    except (NarrateError, UnicodeDecodeError):
        return None
