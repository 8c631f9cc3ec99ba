"""The article body: trafilatura's XML (or a profile's selected element) -> sections of paragraphs,
with the page chrome that still slips through (donation pitches, copyright lines, share prompts) dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from narrate.models import Paragraph, Section

# Paragraphs never spoken: each pattern is matched against a whole (short) paragraph.
_CHROME = [
    r"copyright\s+(?:©\s*)?\d{4}\b.*\bto see more,? visit\b.*",
    r"(?:©|copyright)\s*\d{4}\b[^.]{0,80}\.?(?:\s*all rights reserved\.?)?",
    # "Copyright © 1998 - 2016 Tencent. All Rights Reserved", "Copyright © 2015, Eklektix, Inc. Comments ..."
    r"(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}\s*[-–]\s*)?\d{4}\b.{0,250}",
    r"\W{0,2}|\w",  # a lone "X" or "×": a close button
    r"(?!.*[.!?]$).{0,60}?(?:\s(?:>|›|»)\s.{1,40}?){2,}",  # a breadcrumb trail: "Tech > News > Story"
    r"(?!.*«)[^.!?]{0,40}(?:>>|»)",  # "More »", "Read more >>": a link arrow (not a French « quote »)
    r"\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\S.{0,40})?",  # "2017-03-10 09:58 Source: ..."
    r"分享到?.{0,20}|分享|打印|返回顶部",  # "share to", "print", "back to top"
    r"all rights reserved\.?",
    r"play live radio|next up:?|available on air stations|listen live|on air now|now playing",
    r"\d{1,2}:\d{2}(?:\s+\d{1,2}:\d{2})*",
    r"(?:share|tweet|email|print|save|copy link)(?:\s*(?:this|on|via)\b.*)?",
    r"(?:share|follow us) on (?:facebook|twitter|x|instagram|linkedin)\b.*",
    r"(?:sign up|subscribe)\b.{0,120}\b(?:newsletter|inbox|email|updates)\b.*",
    r"(?:related|read more|more from|see also|recommended|most popular|trending|watch|listen)"
    r"\s*[:|-].{0,150}",
    r"(?:related|read more|more stories|recommended for you|most popular|trending now|you may also like)",
    r"(?!.*[.!?]$)(?:you might also like|related (?:videos|stories|articles|links|content|coverage)"
    r"|today on|other [\w ]{0,20}columns|more (?:videos|galleries)|tags|topics|filed under|categories)"
    r"\s*:.{0,200}",
    r"(?:[^.!?]{0,40}[,|-]?\s+)?powered by\s+\S.{0,40}",
    # an embedded social post: "... pic.twitter.com/AbC", "— Jane Doe (@jane) June 1, 2020"
    r".*\bpic\.twitter\.com/\w+.*|.*\(@\w{1,15}\)\s+[a-z]{3,9}\.? \d{1,2},? \d{4}",
    # a media player's and a gallery's own labels
    r"close|fullscreen|full screen|thanks!?|please wait\.*|chapters|captions|subtitles|descriptions"
    r"|(?:captions|subtitles|descriptions|default|captions and subtitles)(?: off)?, selected"
    r"|this is a modal window\..{0,200}|(?:beginning|end) of dialog window\..{0,200}"
    r"|this (?:feature|content|video) is (?:temporarily |currently )?unavailable\b.{0,80}"
    r"|\d{1,3}\s*(?:of|/)\s*\d{1,3}|previous|next|prev(?:ious)?\s*next\b.{0,400}",
    r"\d[\d,]*\s+comments?|(?:view|show|read|load) (?:all |more )?comments.{0,20}|from the section\b.{0,40}",
    # a bare date line: "24 July 2015", "July 24, 2015", "Mon 24 Jul 2015 09.30 BST"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"\s+\d{4}(?:,?\s+\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?",
    r"advertisement|sponsored(?: content)?|skip (?:to|ad).*|scroll to continue.*",
    r"(?:click|tap) here\b.{0,120}",
    r"this (?:article|story) (?:was|has been) (?:updated|corrected)\b.{0,40}",
    r"(?:updated|published|posted)(?: on)?\s*:?\s+(?:\w+\.? \d{1,2}|\d{1,2} \w+|\d{4}-\d{2}-\d{2})"
    r"(?:,? \d{4})?(?:,? (?:at )?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?\.?",
    r"(?:photo|image|video|credit|source)s?\s*:.{0,120}",
    r"loading\.*|please enable javascript.*|your browser does not support.*",
    # prompts that newsrooms set inside or after the story
    r"(?:get|want)\b.{0,60}\b(?:delivered to|in|straight to) your inbox\b.{0,80}",
    r"(?:.{0,60}[?!.]\s+)?(?:sign up|subscribe|get our|get the latest)\b.{0,60}\bnewsletters?\b.{0,80}",
    r"(?:also read|read also|don.t miss|must read|more coverage|related coverage)\s*[:|-].{0,150}",
    r"(?:story|article|content|text) continues (?:below|after)\b.{0,40}|continue reading\b.{0,30}",
    r"advertisement(?:\s*[-–|:].{0,40})?|recommended(?: stories| for you| reading| articles)?",
    r"(?:©|copyright)\s*(?:©\s*)?\d{4}\b.{0,100}\ball rights reserved\b.{0,200}",
    r"follow\b.{0,40}\bon (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok"
    r"|youtube)\b.{0,60}|follow @\w+.{0,40}",
    r"(?:have a (?:news )?tip|got a (?:news )?tip|send us (?:a|your) (?:news )?tip|contact (?:the )?"
    r"(?:reporter|author|writer))\b.{0,120}|write to .{0,60}\S+@\S+\.\w+\.?",
    r"download our .{0,20}app\b.{0,60}|listen to this (?:article|story)\b.{0,30}"
    r"|audio is not supported\b.{0,60}",
    r"already a (?:subscriber|member)\?.{0,60}|enjoy unlimited access\b.{0,80}"
    r"|subscribe (?:now|today)\b.{0,80}",
    r"this (?:article|story) (?:originally )?(?:appeared|was (?:originally )?published)"
    r" (?:on|in|at)\b.{0,120}",
    r"(?:additional )?(?:reporting|writing) by [^.]{0,80};\s*editing by .{0,80}|our standards:.{0,80}",
    r"sign up(?: here| now| today)?\.?|send us a tip\.?|comments?|leave a (?:comment|reply)|post a comment"
    r"|join the conversation\b.{0,60}",
    r"(?:reading time:?\s*)?\d+\s*min(?:ute)?s?(?: read)?|reading time:?.{0,20}",
    r"(?:updated|published|posted)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago",
    r"\((?:ap|afp|reuters|getty)?\s*(?:photo|image)s?\b.{0,60}\)",
    # an editor's note on the story's state, not the story: "This is a breaking news story - more to follow"
    r"this (?:is a |story is )?(?:breaking|developing) (?:news )?(?:new |news )?story(?:[.!]?|\W+(?:(?:and|it"
    r"|this|which|that)\s+)?(?:will|is being|may|more|check|please|updates?|refresh)\b.{0,60})",
    r".{0,80}\b(?:is |are )?licensed under (?:a |the )?creative commons\b.{0,150}",
    # an editor's or agency's sign-off, a paragraph of its own: "(dmk)", "(dpa/jk)"
    r"\(\s*[^\W\d_]{2,5}(?:\s*[/,]\s*[^\W\d_]{2,5}){0,3}\s*\)",
]
_CHROME_RE = re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in _CHROME) + r")$", re.IGNORECASE | re.DOTALL)
_PITCH = re.compile(
    r"\b(?:donat(?:e|ion|ions)|support(?:ing)? (?:the|our|us|local|public|independent|this)"
    r"|become a (?:member|"
    r"sustain\w*|subscriber)|make a (?:gift|contribution)|contribution|your (?:help|support|gift)|"
    r"we depend on|we rely on|listener[- ]supported|member[- ]supported|public service|keep (?:our|this) "
    r"(?:programming|journalism|reporting)|thank you\.?$|subscribe)\b",
    re.IGNORECASE,
)


def is_chrome(text: str) -> bool:
    """True for a paragraph that is page furniture, not story.

    >>> is_chrome("Copyright 2021 NPR. To see more, visit https://www.npr.org.")
    True
    >>> is_chrome("Please consider supporting the news you rely on with a donation today. Thank you.")
    True
    >>> is_chrome("Amazon announced on Wednesday a one-year moratorium on police use of its technology.")
    False
    """
    text = text.strip()
    if len(text) < 400 and _CHROME_RE.match(text):
        return True
    return is_pitch(text)


def is_pitch(text: str) -> bool:
    """A donation or membership pitch: several pitch phrases in a short paragraph."""
    words = len(text.split())
    hits = len(_PITCH.findall(text))
    return (hits >= 2 and words < 120) or (hits >= 1 and words < 12 and "donat" in text.lower())


@dataclass
class Builder:
    """Collects paragraphs into sections as headings arrive."""

    title: str | None = None
    sections: list[Section] | None = None
    current: list[Paragraph] | None = None
    heading: str | None = None
    headings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sections, self.current = [], []

    def head(self, text: str) -> None:
        assert self.sections is not None and self.current is not None
        self.headings.append(text)
        if self.heading and not self.current:
            # a heading straight after another ("Project Updates", then "Add-ons"): one title, both spoken
            sep = " " if self.heading.endswith((".", "!", "?", ":")) else ": "
            self.heading = f"{self.heading}{sep}{text}"
            return
        if self.current:
            self.sections.append(Section(self.heading, tuple(self.current)))
        self.current, self.heading = [], text

    def para(self, text: str, quote: bool = False) -> None:
        assert self.current is not None
        last = self.current[-1] if self.current else None
        if last is not None and last.quote == quote and (glue := _glue(last.text, text)) is not None:
            self.current[-1] = Paragraph(last.text + glue + text, quote)  # one paragraph cut in pieces
        else:
            self.current.append(Paragraph(text, quote))

    def done(self) -> tuple[Section, ...]:
        """The sections; on a page of nothing but headings, the headings as paragraphs."""
        assert self.sections is not None and self.current is not None
        if self.current:
            self.sections.append(Section(self.heading, tuple(self.current)))
        sections = tuple(s for s in self.sections if s.paragraphs)
        if not sections and self.headings:
            return (Section(None, tuple(Paragraph(h) for h in self.headings)),)
        return sections


# text that cannot begin a paragraph: it goes on the one before ("Pakistan" / "'s whole-of-system ...")
_GOES_ON = re.compile(r"(?:['’]s\b|[,;.!?)\]’”]|[a-z])")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]*\s?(?:\([^)]{1,30}\)\s?)?[:—–-]")


def _glue(before: str, after: str) -> str | None:
    """What joins AFTER to BEFORE when they are one paragraph that the page's markup (an inline link, a
    dateline in its own element) cut in two, else None: nothing before "'s" or punctuation, a space before
    a word in lower case when BEFORE ends no sentence (and is no short item of a list), a space after an AP
    dateline ("NEW DELHI:").

    >>> _glue("NEW DELHI:", "Pakistan"), _glue("Pakistan", "'s army"), _glue("said that the deal", "was cut")
    (' ', '', ' ')
    >>> _glue("It ended.", "iPhone sales"), _glue("Read this:", "it matters"), _glue("Maschinen", "chemie")
    (None, None, None)
    """
    if _DATELINE.fullmatch(before):
        return " "
    if _SENTENCE_END.search(before) or not _GOES_ON.match(after):
        return None
    if after[0].isalpha() and not before.endswith(",") and len(before.split()) < 4:
        return (
            None  # a list's or a chart's items ("Maschinen", "pharmazeutische Erzeugnisse"), not a sentence
        )
    return "" if not after[0].isalpha() else " "


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "").replace("\u200b", "")).strip()


_VISIBLE = (
    "descendant-or-self::text()"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def visible_text(el: etree._Element) -> str:
    """EL's text as a reader sees it: text_content() without what <script>, <style>, <noscript> and <template>
    hold (a share button's inline script inside a paragraph on a page whose markup never closed it)."""
    return squash("".join(str(t) for t in el.xpath(_VISIBLE)))


def sections_from_trafilatura(body: etree._Element) -> tuple[Section, ...]:
    """trafilatura's output XML (<head>, <p>, <quote>, <list>/<item>, <table>) as sections."""
    out = Builder()
    loose = squash(body.text or "")
    if loose:
        out.para(loose)
    for el in body:
        _block(out, el)
        tail = squash(el.tail or "")  # text trafilatura left loose between blocks is a paragraph too
        if tail:
            out.para(tail)
    return out.done()


# trafilatura's fallback extractors give HTML, not its own XML: the same blocks by their HTML names
_HTML_BLOCKS = {"h1": "head", "h2": "head", "h3": "head", "h4": "head", "h5": "head", "h6": "head",
                "blockquote": "quote", "ul": "list", "ol": "list", "li": "p", "pre": "code"}  # fmt: skip
_CONTAINERS = {"div", "section", "article", "main", "body", "span", "figure", "header", "footer", "aside"}


def _block(out: Builder, el: etree._Element) -> None:
    """One block of trafilatura's output into the builder: a heading, a quote, or paragraphs; a container
    (<div> from its fallback extractors) block by block."""
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = _HTML_BLOCKS.get(tag, tag)
    if tag in _CONTAINERS and len(el):
        loose = squash(el.text or "")
        if loose:
            out.para(loose)
        for child in el:
            _block(out, child)
            if squash(child.tail or ""):
                out.para(squash(child.tail or ""))
    elif tag == "head":
        text = squash(_inline_text(el))
        if text and len(text.split()) <= 25:
            out.head(text.rstrip(":"))
        elif text:
            out.para(text)
    elif tag == "quote":
        for text in _quote_paragraphs(el):
            out.para(text, quote=True)
    else:
        for text in _block_texts(el, tag):
            out.para(text)


def _block_texts(el: etree._Element, tag: str) -> list[str]:
    """A list's items, a table's rows (cells joined by commas), or a paragraph, as texts to speak."""
    if tag == "list":
        items = [c for c in el if c.tag in ("item", "li")]
        texts = [squash(_inline_text(item)) for item in items]  # nested lists ride along
    elif tag == "table":
        rows = ([squash(_inline_text(c)) for c in row.iter("cell")] for row in el.iter("row"))
        texts = [", ".join(c for c in cells if c) for cells in rows]
    elif tag in ("p", "code"):
        texts = [squash(_inline_text(el))]
    else:
        texts = []
    return [t for t in texts if t]


def _inline_text(el: etree._Element) -> str:
    """The element's text; <lb/> is a line break, so it becomes a space rather than gluing words."""
    parts = [el.text or ""]
    for child in el:
        parts.append(" " if child.tag == "lb" else "")
        parts.append(_inline_text(child) if child.tag != "lb" else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _quote_paragraphs(el: etree._Element) -> list[str]:
    inner = [c for c in el if c.tag in ("p", "list", "head")]
    if not inner:
        text = squash(_inline_text(el))
        return [text] if text else []
    texts = [squash(_inline_text(c)) for c in inner]
    lead = squash(el.text or "")
    return [t for t in ([lead] if lead else []) + texts if t]


_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "dd", "dt", "figcaption", "td"}


def sections_from_element(root: etree._Element) -> tuple[Section, ...]:
    """A profile's body element as sections: its block elements in order (headings open sections)."""
    out = Builder()
    for el in root.iter(*_BLOCKS):
        if el.tag == "figcaption" or any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue  # an inner block is spoken with its outer one
        text = visible_text(el)
        if not text:
            continue
        if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            out.head(text)
        elif el.tag == "blockquote":
            inner = [squash("".join(p.itertext())) for p in el.iter("p")]
            for part in [t for t in inner if t] or [text]:
                out.para(part, quote=True)
        else:
            out.para(text)
    return out.done()


# A section under such a heading is a box of links to other stories, and so are the one-paragraph
# teaser sections straight after it ("Other Opinion Columns", then a headline and its first lines, ...).
_RELATED_HEAD = re.compile(
    r"^(?:related(?: (?:stories|articles|videos|links|content|coverage|news|posts|reading))?"
    r"|more (?:from|on|about|in) \S+(?: \S+){0,3}|more (?:stories|news|videos|articles)"
    r"|other [\w'’ ]{0,30}(?:columns|stories|news)|most (?:popular|read|viewed|shared)(?: [\w ]{0,20})?"
    r"|recommended(?: (?:stories|for you|reading|articles|videos))?|you (?:may|might) (?:also )?like"
    r"|comments?|trending(?: now| stories| news)?|latest (?:news|stories|headlines)|top stories"
    r"|editor.?s picks|popular (?:stories|articles|now|posts)|sponsored(?: content| stories| links)?"
    r"|around the web|promoted(?: stories| content)?|also read|don.t miss|what to read next|up next"
    r"|read next)"
    r"(?:\s*[:(|].*)?$",  # the label alone, or "Label: ..." / "Comments (5)"
    re.IGNORECASE,
)


def _drop_link_boxes(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Sections without "Related"/"Most read"/"Comments" boxes and the teasers that follow one."""
    kept: list[Section] = []
    teasers = False
    for section in sections:
        if section.title and _RELATED_HEAD.match(section.title):
            teasers = True
        elif not (teasers and section.title and len(section.paragraphs) <= 1):
            teasers = False
            kept.append(section)
    return tuple(kept)


_COUNTER = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})\s")


def _gallery(sections: tuple[Section, ...]) -> set[str]:
    """Paragraphs of a photo gallery's captions: three or more start "k/N " with the same N ("1/50 ...")."""
    by_total: dict[str, set[str]] = {}
    for para in (p for s in sections for p in s.paragraphs):
        match = _COUNTER.match(para.text)
        if match and int(match.group(1)) <= int(match.group(2)):
            by_total.setdefault(match.group(2), set()).add(para.text)
    return {text for texts in by_total.values() if len(texts) >= 3 for text in texts}


def drop_chrome(sections: tuple[Section, ...], extra: tuple[str, ...] = ()) -> tuple[Section, ...]:
    """Sections without chrome paragraphs (and without any matching a profile's never_speak_text)."""
    patterns = [re.compile(p, re.IGNORECASE) for p in extra]
    gallery = _gallery(sections)
    kept = []
    for section in sections:
        paras = tuple(
            p
            for p in section.paragraphs
            if not is_chrome(p.text) and not any(r.search(p.text) for r in patterns) and p.text not in gallery
        )
        if paras:
            kept.append(Section(section.title, paras))
    return tuple(
        Section(None, s.paragraphs) if s.title and is_chrome(s.title) else s  # a heading "Thanks!"
        for s in _drop_link_boxes(tuple(kept))
    )
