"""Text pages: a story written as .txt/.md, or a page copied as text (with its chrome and glued words)."""

from __future__ import annotations

import re
from datetime import date

from narrate.errors import NoArticleError
from narrate.extraction.body import Builder, is_chrome, is_pitch, squash
from narrate.extraction.meta import copyright_holder
from narrate.extraction.names import bio_name, join_names, person_names
from narrate.extraction.profile import StationProfile
from narrate.language import detect_language
from narrate.models import Page, Paragraph, Section, Story
from narrate.words import WordRanks, word_ranks

NO_TEXT_HINT = "Give a file with the story's text: a title line, then paragraphs separated by blank lines."
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$|[.!?]\s*["'”’]$""")
_SYNDICATION = re.compile(r"\bto see more,? visit\b|\bused with permission\b|\breprinted\b", re.IGNORECASE)
_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b", re.IGNORECASE)
_BYLINE_LINE = re.compile(r"^(?:by|par|por|von)\s+\S", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?:updated|published|posted)(?: on)?\b.{0,60}$|^\w+ \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}.*)?$",
    re.IGNORECASE,
)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def extract_text(page: Page, profile: StationProfile | None) -> Story:
    """A Story from text: a copied page when it carries page chrome, else a story written as text."""
    text = page.content.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    if not blocks:
        raise NoArticleError(f"{page.source}: no article text found", hint=NO_TEXT_HINT)
    if looks_copied(text):
        return _copied(page, blocks, profile)
    return _written(page, blocks, profile)


def looks_copied(text: str) -> bool:
    """Signs of a web page copied as text: player clocks, copyright and phone lines, station chrome."""
    lines = [squash(line) for line in text.splitlines() if line.strip()]
    kinds = set()
    for line in lines:
        if re.fullmatch(r"\d{1,2}:\d{2}(?: \d{1,2}:\d{2})*", line):
            kinds.add("clock")
        elif _COPYRIGHT_LINE.match(line):
            kinds.add("copyright")
        elif re.fullmatch(r"\(?\d{3}\)?[ .-]\d{3}-\d{4}", line):
            kinds.add("phone")
        elif _SYNDICATION.search(line):
            kinds.add("syndication")
        elif len(line) < 60 and is_chrome(line) and not _DATELINE.match(line):
            kinds.add("chrome")  # a dateline ("Updated on June 12") belongs to stories written as text too
    # one kind alone (a story that quotes a phone number or ends on a copyright line) is not a copied page;
    # page chrome ("Play Live Radio", "Share") or player clocks with anything else, or three kinds, are
    strong = kinds & {"chrome", "clock"}
    return len(kinds) >= 3 or (bool(strong) and len(kinds) >= 2)


_DATELINE = re.compile(r"(?:Updated|Published|Posted)\b", re.IGNORECASE)
_HEADING = re.compile(r"#{1,6}\s+\S")  # Markdown's ATX heading; "#BlackLivesMatter" is a hashtag

# --- stories written as text ----------------------------------------------------------------------


def _written(page: Page, blocks: list[str], profile: StationProfile | None) -> Story:
    """First paragraph: title; a "By ..." paragraph: byline; "#" lines: section headings; other blocks: one
    paragraph each (their lines joined)."""
    title = _markdown_inline(blocks[0].lstrip("#").strip().replace("\n", " "))
    out = Builder()
    byline = None
    for block in blocks[1:]:
        lines = [line.strip() for line in block.split("\n")]
        while lines and _HEADING.match(lines[0]):
            out.head(_markdown_inline(lines.pop(0).lstrip("#").strip()))
        if not lines:
            continue
        joined = _markdown_inline(" ".join(lines))
        if byline is None and _BYLINE_LINE.match(joined) and len(joined.split()) <= 12:
            byline = join_names(person_names(joined)) or None
            if byline:
                continue
        quote = all(line.startswith(">") for line in lines)
        if quote:
            joined = _markdown_inline(" ".join(line.lstrip("> ").strip() for line in lines))
        out.para(joined, quote)
    sections = out.done()
    if not sections:
        if not title:
            raise NoArticleError(f"{page.source}: no article text found", hint=NO_TEXT_HINT)
        sections = (Section(None, (Paragraph(title),)),)
    return _story(page, profile, sections, title=title, byline=byline)


def _markdown_inline(text: str) -> str:
    """Markdown's inline marks off: [text](url) -> text, **b**/_i_ -> b/i, `code` -> code."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|`)(\S(?:.*?\S)?)\1", r"\2", text)
    text = re.sub(r"(?<!\w)_(\S(?:.*?\S)?)_(?!\w)", r"\1", text)
    return squash(text)


# --- pages copied as text -------------------------------------------------------------------------


def _units(blocks: list[str]) -> list[str]:
    """Lines of the copied page: a line that is wrapped prose (long, no sentence end) joins the next one."""
    units: list[str] = []
    for block in blocks:
        pending = ""
        for raw in block.split("\n"):
            line = squash(raw)
            if not line:
                continue
            pending = f"{pending} {line}" if pending else line
            if len(line) < 50 or _TERMINAL.search(line):
                units.append(pending)
                pending = ""
        if pending:
            units.append(pending)
    return units


def _is_prose(unit: str) -> bool:
    return len(unit.split()) >= 10 and bool(_TERMINAL.search(unit)) and not is_chrome(unit)


def _copied(page: Page, blocks: list[str], profile: StationProfile | None) -> Story:
    units = _units(blocks)
    start = next(
        (i for i, u in enumerate(units) if _is_prose(u) and any(_is_prose(v) for v in units[i + 1 : i + 3])),
        next((i for i, u in enumerate(units) if _is_prose(u)), None),
    )
    if start is None:
        raise NoArticleError(f"{page.source}: no article text found", hint=NO_TEXT_HINT)
    title, byline, dated = _above_story(units[:start])
    out, bios, end = Builder(), [], len(units)
    for i in range(start, len(units)):
        unit = units[i]
        if _COPYRIGHT_LINE.match(unit) or _SYNDICATION.search(unit) or is_pitch(unit):
            end = i
            break
        if is_chrome(unit) or _DATELINE.match(unit):
            continue
        if not _is_prose(unit) and len(unit.split()) <= 12 and not _TERMINAL.search(unit):
            out.head(unit)
        else:
            out.para(repair_glue(unit), quote=False)
    for unit in units[end:]:
        name = bio_name(unit)
        if name:
            bios.append(name)
    sections = out.done()
    if not sections:
        raise NoArticleError(f"{page.source}: no article text found", hint=NO_TEXT_HINT)
    station = _copied_station(units[:start] + units[end:])
    byline = byline or join_names(bios)
    title = repair_glue(title or units[start])
    return _story(page, profile, sections, title=title, byline=byline, station=station, dated=dated)


def _above_story(units: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, byline and date from the lines above the story: dateline, byline, then the headline."""
    title, byline, dated = None, None, None
    for unit in reversed(units):
        if _DATELINE.match(unit):
            dated = dated or _dateline_date(unit)
        elif _BYLINE_LINE.match(unit) and person_names(unit):
            byline = byline or join_names(person_names(unit))
        elif not is_chrome(unit) and 2 <= len(unit.split()) <= 30:
            title = unit
            break
    return title, byline, dated


def _copied_station(chrome: list[str]) -> str | None:
    """The station named by a copyright line around the story (a wire's "To see more, visit" line is the
    syndicating newsroom, not the station), else by a "News from <Station> is ..." line."""
    for unit in chrome:
        if _COPYRIGHT_LINE.match(unit) and not _SYNDICATION.search(unit):
            holder = copyright_holder(unit)
            if holder:
                return holder
    for unit in chrome:
        match = re.match(r"^(?:News|Journalism|Reporting) from ((?:[A-Z][\w&'’.-]*\s?){1,6}) is\b", unit)
        if match:
            return match.group(1).strip()
    return None


def _dateline_date(line: str) -> str | None:
    match = re.search(r"\b(" + "|".join(_MONTHS) + r")\.? (\d{1,2}),? (\d{4})\b", line, re.IGNORECASE)
    if not match:
        return None
    try:
        return date(
            int(match.group(3)), _MONTHS.index(match.group(1).lower()) + 1, int(match.group(2))
        ).isoformat()
    except ValueError:
        return None


# --- shared ---------------------------------------------------------------------------------------


def _story(
    page: Page,
    profile: StationProfile | None,
    sections: tuple[Section, ...],
    *,
    title: str,
    byline: str | None = None,
    station: str | None = None,
    dated: str | None = None,
) -> Story:
    text = " ".join(p.text for s in sections for p in s.paragraphs)
    return Story(
        source=page.source,
        url=page.url,
        title=title,
        byline=(profile.byline if profile and profile.byline else None) or byline,
        station=(profile.station if profile and profile.station else None) or station,
        date=dated,
        language=(profile.language if profile else None) or detect_language(text),
        summary=first_sentence(sections[0].paragraphs[0].text),
        sections=sections,
    )


def strip_bios(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], list[str]]:
    """Drop author-bio paragraphs at the story's end ("X is a reporter at ..."); return their names."""
    if not sections:
        return sections, []
    last = sections[-1]
    paras, names = list(last.paragraphs), list[str]()
    for _ in range(3):
        name = bio_name(paras[-1].text) if paras else None
        if not name:
            break
        names.insert(0, name)
        paras.pop()
    kept = (*sections[:-1], Section(last.title, tuple(paras))) if paras else sections[:-1]
    return tuple(kept), names


def first_sentence(text: str) -> str:
    """The first sentence (up to 300 characters).

    >>> first_sentence("Dr. Smith said the plan was sound. Then he left.")
    'Dr. Smith said the plan was sound.'
    """
    match = re.search(r"^.{20,300}?[.!?](?=\s+[\"“A-Z0-9]|$)", text.strip())
    return match.group(0) if match else text.strip()[:300]


# --- glued words ----------------------------------------------------------------------------------

_FUNCTION = set(
    [
        "a",
        "an",
        "the",
        "on",
        "in",
        "of",
        "to",
        "at",
        "by",
        "for",
        "with",
        "from",
        "and",
        "or",
        "but",
        "as",
        "is",
        "was",
        "are",
        "were",
        "be",
        "that",
        "this",
        "its",
        "it",
        "his",
        "her",
        "their",
        "our",
        "said",
        "says",
        "told",
        "into",
        "over",
        "after",
        "before",
        "about",
        "than",
        "then",
        "when",
        "while",
    ]
)


def repair_glue(text: str) -> str:
    """Put back the spaces a copy from a page loses at link edges.

    >>> repair_glue("Amazon announcedon Wednesday, Smith toldThe Washington Post during a livestream.")
    'Amazon announced on Wednesday, Smith told The Washington Post during a livestream.'
    >>> repair_glue("Her iPhone runs macOS and YouTube.")
    'Her iPhone runs macOS and YouTube.'
    """
    ranks = word_ranks()
    if not ranks:
        return text

    def case_join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        known = ranks.get(left, 10**9) < 60_000 and ranks.get(right.lower(), 10**9) < 60_000
        return f"{left} {right}" if known else m.group(0)

    text = re.sub(r"\b([a-z]{2,})([A-Z][a-z]+)\b", case_join, text)
    return re.sub(r"\b[a-z]{5,}\b", lambda m: _split_lower(m.group(0), ranks), text)


def _split_lower(word: str, ranks: WordRanks) -> str:
    """A lowercase word missing from the dictionary that is a known word plus a function word."""
    if word in ranks:
        return word
    best: tuple[int, str] | None = None
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if not (left in _FUNCTION or right in _FUNCTION):
            continue
        cost = ranks.get(left, 10**9) + ranks.get(right, 10**9)
        if len(left) > 1 and len(right) > 1 and cost < 60_000 and (best is None or cost < best[0]):
            best = (cost, f"{left} {right}")
    return best[1] if best else word
