"""The story's edges, where trafilatura's body and the story part ways: a lead it passed over is put back;
a "By ..." line, a line naming only the authors and a first line repeating the headline are not spoken."""

from __future__ import annotations

import re

from lxml import etree

from narrate.extraction.body import is_chrome, visible_text
from narrate.extraction.names import person_names
from narrate.models import Paragraph, Section


def strip_byline_paragraph(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], list[str]]:
    """A "By Jane Doe" line among the first paragraphs is the byline, not story: drop it, keep the names."""
    if not sections:
        return sections, []
    first = sections[0]
    for i, para in enumerate(first.paragraphs[:3]):
        if re.match(r"^(?:by|par|por|von)\s", para.text, re.IGNORECASE) and len(para.text.split()) <= 15:
            names = person_names(para.text)
            if names and len(first.paragraphs) > 1:
                rest = first.paragraphs[:i] + first.paragraphs[i + 1 :]
                return (Section(first.title, rest), *sections[1:]), names
    return sections, []


_NOT_LEAD = re.compile(
    r"caption|credit|dek|standfirst|summary|subtitle|subhead|promo|related|byline|meta|signature|author|date"
    r"|time|info",
    re.IGNORECASE,
)


def lost_lead(tree: etree._Element, sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The story's first paragraphs where trafilatura passed them over: a lead the page sets in its own block
    ("teaser-content", trafilatura issue #164) before the container holding the rest.  Taken: up to three
    whole paragraphs straight before the first one kept, inside the same <article>/<main>, after the <h1>."""
    if not sections or not sections[0].paragraphs:
        return sections
    first = sections[0].paragraphs[0].text
    paras = [
        p
        for p in tree.iter("p")
        if not p.xpath(
            "ancestor::figure|ancestor::aside|ancestor::nav"
            "|ancestor::header|ancestor::footer|ancestor::blockquote"
        )
    ]
    at = next((i for i, p in enumerate(paras) if visible_text(p) == first), None)
    if not at:
        return sections
    container = next(iter(paras[at].xpath("ancestor::article[1]|ancestor::main[1]")), None)
    if container is None:
        return sections
    h1 = next(container.iter("h1"), None)
    inside = set(container.iter("p"))
    order = {el: i for i, el in enumerate(container.iter())}
    spoken = {p.text for s in sections for p in s.paragraphs}
    lead: list[str] = []
    for p in reversed(paras[:at]):
        text = visible_text(p)
        linked = sum(len(a.text_content()) for a in p.iter("a"))
        if (
            p not in inside
            or (h1 is not None and order[p] < order[h1])
            or _NOT_LEAD.search(f"{p.get('class', '')} {p.getparent().get('class', '')}")
            or len(text.split()) < 12
            or linked > len(text) / 2
            or is_chrome(text)
            or text in spoken
            or text.count(" | ") >= 2  # "Site | date | By ...": a dateline, not a lead
        ):
            break
        lead.insert(0, text)
        if len(lead) == 3:
            break
    if not lead:
        return sections
    head = sections[0]
    return (Section(head.title, tuple(Paragraph(t) for t in lead) + head.paragraphs), *sections[1:])


def drop_name_lines(sections: tuple[Section, ...], byline: str | None) -> tuple[Section, ...]:
    """Drop a short paragraph among the first or last three that only names the byline's authors."""
    if not byline or not sections:
        return sections
    authors = {n.casefold() for n in person_names(byline)}
    paras = [p for s in sections for p in s.paragraphs]
    edge = {id(p) for p in paras[:3] + paras[-3:]}

    def name_line(p: Paragraph) -> bool:
        sentence = re.search(r"\b(?:is|was|has|writes|covers|reports)\b", p.text)  # a bio, not a name line
        names = person_names(p.text) if len(p.text.split()) <= 8 and not sentence else []
        return id(p) in edge and bool(names) and {n.casefold() for n in names} <= authors

    kept = (Section(s.title, tuple(p for p in s.paragraphs if not name_line(p))) for s in sections)
    out = tuple(s for s in kept if s.paragraphs)
    return out if out else sections


def drop_repeated_title(sections: tuple[Section, ...], title: str) -> tuple[Section, ...]:
    """Drop a first paragraph or section heading that only repeats the headline; a first heading that holds
    it with its kicker or standfirst run in is no heading (the standfirst stays, as the first paragraph)."""
    if not sections:
        return sections
    key = _key(title)
    # the first heading, when nothing but labels ("World") comes before it
    at = next((n for n, s in enumerate(sections) if s.title), None)
    if at is not None and all(len(p.text.split()) < 5 for s in sections[:at] for p in s.paragraphs):
        sections = (*sections[:at], _unheaded(sections[at], title, key), *sections[at + 1 :])
    first = sections[0]
    paras = first.paragraphs
    if paras and _key(paras[0].text) == key and len(paras) > 1 and len(title.split()) < 30:
        paras = paras[1:]
    return (Section(first.title, paras), *sections[1:])


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _unheaded(section: Section, title: str, key: str) -> Section:
    """SECTION without its heading when that repeats the headline, alone or with its kicker or standfirst
    run into it ("Angebliche "Dekolonisierung" :Warum Putin ...", "What's next for Gaza ...? The appointment
    came days after ..."); a standfirst after the headline becomes the section's first paragraph."""
    heading = section.title or ""
    if _key(heading) == key:
        return Section(None, section.paragraphs)
    if len(key) < 15 or key not in _key(heading):
        return section
    found = re.search(r"\W*".join(map(re.escape, re.findall(r"\w+", title))), heading, re.IGNORECASE)
    rest = heading[found.end() :].strip(" .:;,!?—–-") if found else ""
    return Section(None, ((Paragraph(rest),) if len(rest.split()) >= 5 else ()) + section.paragraphs)
