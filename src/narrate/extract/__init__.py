"""extract: Page -> Story.  trafilatura finds the body; the page's own markup (JSON-LD, <meta>, author and
copyright markup) gives the metadata, repaired: person names only in the byline, the publisher's name as the
station, the title without its " | Site" suffix, ISO 8601 dates, and no page chrome in the words spoken."""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from narrate.errors import NoArticleError
from narrate.extract.body import (
    drop_chrome,
    is_chrome,
    sections_from_element,
    sections_from_trafilatura,
    squash,
)
from narrate.extract.meta import PageMeta, bcp47, footer_copyright, hostname, iso_date, read_meta
from narrate.extract.names import join_names, person_names
from narrate.extract.profile import StationProfile, find_station_profile, select
from narrate.extract.text import detect_language, extract_text, first_sentence, strip_bios
from narrate.models import Page, Paragraph, Section, Story

__all__ = ["StationProfile", "extract", "find_station_profile"]

FAST_ABOVE_ELEMENTS = 20_000
HUGE_ELEMENTS = 60_000  # trafilatura itself takes over ten seconds beyond this: extract the body ourselves
NO_ARTICLE_HINT = "Is this a front page or a list of stories? Give the story's own page."
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»|:)\s+")
_EXTRA = re.compile(
    r"\s+(?:\||-|–|—|::|·|»|:)\s+\S.*"
    r"|,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|S\.?A|plc|AG|Co)\.?$"
)


def extract(page: Page, profile: StationProfile | None = None) -> Story:
    """The story on PAGE: title, byline, station, date, language, summary and its sections of paragraphs.

    Raises NoArticleError when the page holds no article text.
    """
    if page.kind == "text":
        return extract_text(page, profile)
    tree = _parse(page)
    meta = read_meta(tree)
    copyright_name = footer_copyright(tree)
    link_share = _link_share(tree)
    headline = next((squash(h.text_content()) for h in tree.iter("h1") if squash(h.text_content())), None)
    marked_byline = _profile_byline(tree, profile)
    if profile:
        for selector in profile.never_speak:
            for el in select(tree, selector):
                _drop(el)
    sections, doc = _body(page, tree, profile)
    if not (profile and profile.body_selector):
        sections = _lost_lead(tree, sections)
    sections, bio_names = strip_bios(drop_chrome(sections, profile.never_speak_text if profile else ()))
    sections, lead_names = _strip_byline_paragraph(sections)
    if not any(_substantial(p.text) for s in sections for p in s.paragraphs) or link_share > 0.8:
        raise NoArticleError(f"{page.source}: no article text found", hint=NO_ARTICLE_HINT)
    url = page.url or meta.url
    station = (profile.station if profile else None) or _station(meta, doc, copyright_name, url, headline)
    byline = _byline(
        meta, doc=doc, marked=marked_byline, found=lead_names + bio_names, station=station, profile=profile
    )
    sections = _drop_name_lines(sections, byline)
    title = _title(meta, headline, station, url)
    if title:
        sections = _drop_repeated_title(sections, title)
    else:  # nothing names the story: its first sentence does, and stays in the body
        title = first_sentence(sections[0].paragraphs[0].text)[:150]
    text = " ".join(p.text for s in sections for p in s.paragraphs)
    language = (profile.language if profile else None) or _language(meta, text)
    date = next((d for d in map(iso_date, meta.dates) if d), None) or doc.date
    summary = next(iter(meta.descriptions), None) or first_sentence(sections[0].paragraphs[0].text)
    return Story(
        source=page.source, url=url, title=title, byline=byline, station=station, date=date,
        language=language, summary=summary, sections=sections,
    )  # fmt: skip


def _substantial(text: str) -> bool:
    """More than a label or a link: five words, or 25 characters of a language written without spaces."""
    return len(text.split()) >= 5 or (len(text) >= 25 and " " not in text.strip())


def _link_share(tree: etree._Element) -> float:
    """How much of the page's visible text sits in links: near 1.0 on a front page or a list of stories."""
    body = tree.find("body")
    if body is None:
        return 0.0
    skip = "[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
    total = sum(len(t.strip()) for t in body.xpath(f".//text(){skip}"))
    linked = sum(len(t.strip()) for t in body.xpath(f".//a//text(){skip}"))
    return linked / total if total else 0.0


def _parse(page: Page) -> etree._Element:
    content = re.sub(r"^\s*<\?xml[^>]*>", "", page.content)  # lxml refuses str with an encoding declaration
    try:
        tree = lxml.html.document_fromstring(content)
    except (etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"{page.source}: no article text found ({exc})", hint=NO_ARTICLE_HINT) from exc
    for el in tree.xpath("//comment() | //processing-instruction()"):
        _drop(el)
    return tree


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text (the words after it belong to its parent)."""
    parent = el.getparent()
    if parent is None:
        return
    prev = el.getprevious()
    if el.tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _profile_byline(tree: etree._Element, profile: StationProfile | None) -> str | None:
    if not profile or not profile.byline_selector:
        return None
    found = select(tree, profile.byline_selector)
    return squash(" , ".join(squash("".join(el.itertext())) for el in found)) if found else None


def _body(
    page: Page, tree: etree._Element, profile: StationProfile | None
) -> tuple[tuple[Section, ...], _Traf]:
    """The story's sections: from the profile's body element, from trafilatura, or (on a page too large for
    trafilatura to finish quickly) from the page's largest <article>/<main> container."""
    found = select(tree, profile.body_selector) if profile and profile.body_selector else []
    if not found and sum(1 for _ in tree.iter()) > HUGE_ELEMENTS:
        found = _largest_container(tree)
    if found:
        sections = tuple(s for el in found for s in sections_from_element(el))
        return sections, _traf(page, copy.deepcopy(tree), True)
    doc = _traf(page, tree, False)
    sections = sections_from_trafilatura(doc.body) if doc.body is not None else ()
    return sections, doc


@dataclass(frozen=True)
class _Traf:
    """What trafilatura found (None where it found nothing)."""

    body: etree._Element | None = None
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    date: str | None = None


def _largest_container(tree: etree._Element) -> list[etree._Element]:
    """The <article> (or <main>, or <body>) holding the most text."""
    for tag in ("article", "main", "body"):
        candidates = list(tree.iter(tag))
        if candidates:
            return [max(candidates, key=lambda el: len(el.text_content()))]
    return [tree]


def _traf(page: Page, tree: etree._Element, metadata_only: bool) -> _Traf:
    """trafilatura's findings; its failures become "no article" (a bad page must not crash narrate)."""
    logging.getLogger("trafilatura").setLevel(
        logging.CRITICAL
    )  # its warnings are about the page, not for users
    try:
        if metadata_only:
            meta = trafilatura.extract_metadata(tree, default_url=page.url)
            return _Traf(None, meta.title, meta.author, meta.sitename, meta.date)
        # favor_precision drops real paragraphs (real pages' F1 0.944 -> 0.930); favor_recall keeps tables,
        # step lists and whole stories its default pass cut short, and on one page picks the story over a
        # sidebar (real pages' F1 0.944 -> 0.950, micro precision 0.954 -> 0.962, recall 0.971 -> 0.973);
        # it also keeps "teaser" blocks, which often hold a story's lead (trafilatura #164); the chrome
        # rules in extract_body catch what it lets through.
        # On large pages trafilatura's second opinion (its readability port) grows quadratic:
        # measured 9 s of 29 s on a 60,000-paragraph page.  Skip it there.
        fast = sum(1 for _ in tree.iter()) > FAST_ABOVE_ELEMENTS
        doc = trafilatura.bare_extraction(
            tree,
            fast=fast, url=page.url, with_metadata=True, include_comments=False, include_tables=True,
            include_formatting=False, include_links=False, include_images=False, favor_precision=False,
            favor_recall=True, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )  # fmt: skip
    except Exception as exc:  # trafilatura raises anything from lxml, regex or its own asserts
        raise NoArticleError(f"{page.source}: no article text found ({exc})", hint=NO_ARTICLE_HINT) from exc
    if not isinstance(doc, Document):
        return _Traf()
    return _Traf(doc.body, doc.title, doc.author, doc.sitename, doc.date)


def _station(
    meta: PageMeta, doc: _Traf, copyright_name: str | None, url: str | None, headline: str | None = None
) -> str | None:
    """The publisher's name: og:site_name, JSON-LD publisher, application-name, then the copyright line,
    then the " | Site" part of the page's <title>; a bare hostname only when nothing names the site."""
    candidates = [*meta.sites, copyright_name, doc.sitename]
    clean = [squash(c) for c in candidates if c and squash(c) and len(c) < 80]
    named = [c for c in clean if not _hostlike(c, url)]
    if not named:
        in_title = _site_in_title(meta.titles, headline)
        return in_title or (clean[0] if clean else None)
    best = named[0]
    # "Aktuálně.cz - Víte, co se právě děje": a tagline after the name another source gives alone,
    # and "Spiceworks Inc" when another source says "Spiceworks"
    shorter = [
        c for c in named[1:] if len(c) < len(best) and best.startswith(c) and _EXTRA.match(best[len(c) :])
    ]
    return shorter[0] if shorter else best


def _site_in_title(titles: list[str], headline: str | None) -> str | None:
    """ "Headline | Site" (or "Site | Headline") where the headline is the page's <h1> or another title.

    >>> _site_in_title(["Council passes budget - Section - River News"], "Council passes budget")
    'River News'
    >>> _site_in_title(["River News | Council passes budget"], "Council passes budget")
    'River News'
    >>> _site_in_title(["Why - Not - This"], "Another headline")
    """
    heads = {_site_key(t) for t in [*titles, headline or ""] if t} - {""}
    for title in titles:
        parts = _SEPARATORS.split(title)
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        for site, rest in ((last, first), (first, last)):
            if _site_key(rest) in heads and 1 <= len(site.split()) <= 5 and not re.search(r"\d", site):
                return squash(site)
    return None


def _hostlike(name: str, url: str | None) -> bool:
    """A bare hostname ("apr.org", "www.example.com"), not a brand with its domain ("Libération.fr")."""
    name = name.strip()
    host = hostname(url)
    if host and name.lower().removeprefix("www.") == host:
        return True
    return bool(re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", name))


def _byline(
    meta: PageMeta,
    *,
    doc: _Traf,
    marked: str | None,
    found: list[str],
    station: str | None,
    profile: StationProfile | None,
) -> str | None:
    """Person names from the first source that has any: the profile, structured data, byline markup,
    trafilatura, the author's bio paragraph."""
    if profile and profile.byline:
        return profile.byline
    exclude = tuple(n for n in (station, *meta.sites) if n)
    structured = [marked, *meta.authors]
    sources = [*structured, *meta.author_markup, (doc.author or "").replace(";", ","), *meta.author_links]
    for i, raw in enumerate(sources):
        names = person_names(raw, exclude=exclude, cjk=i < len(structured)) if raw else []
        if names:
            return join_names(names)
    return join_names(found)  # a "By ..." line in the body, or the author's bio after the story


def _title(meta: PageMeta, headline: str | None, station: str | None, url: str | None) -> str:
    """The page's declared title (JSON-LD headline, og:title, <title>), else its <h1>, without a " | Site"
    suffix; "" when there is none."""
    sites = {_site_key(station)} if station else set()
    candidates = [
        squash(t) for t in [*meta.titles, headline or ""] if squash(t) and _site_key(t) not in sites
    ]
    title = next((t for t in candidates if not _truncated(t, candidates)), "")
    if headline and title != headline:
        # "Headline - Section - Site" or "Site | Headline" around the page's <h1>: the <h1> is the headline
        if title.startswith(headline) and _SEPARATORS.match(title[len(headline) :]):
            return headline
        before = title[: -len(headline)]
        if title.endswith(headline) and re.search(r"\s+(?:\||-|–|—|::|·|»|:)\s+$", before):
            return headline
    return title and strip_site(title, [n for n in (station, *meta.sites, hostname(url)) if n])


def _truncated(title: str, others: list[str]) -> bool:
    """A headline cut short ("Long headline about…", JSON-LD's 110-character habit) when another is whole."""
    if not title.endswith(("...", "…")):
        return False
    stem = title.rstrip(".… ").strip()
    return any(o != title and o.startswith(stem) for o in others)


def strip_site(title: str, sites: list[str]) -> str:
    """The title without a " | Site" suffix (or "Site | " prefix) naming the site.

    >>> strip_site("Amazon Halts Police Use | Alabama Public Radio", ["Alabama Public Radio"])
    'Amazon Halts Police Use'
    >>> strip_site("Review: The new phone - CNET", ["cnet.com"])
    'Review: The new phone'
    >>> strip_site("Crime: A Short History", ["Example News"])
    'Crime: A Short History'
    >>> strip_site("A Story [Example News]", ["Example News"])
    'A Story'
    """
    keys = {_site_key(s) for s in sites if s} - {""}
    bracketed = re.match(r"^(.*\S)\s*[\[(]([^\])]+)[\])]$", title)  # "Story [Site]", "Story (Site)"
    if bracketed and _site_key(bracketed.group(2)) in keys:
        title = bracketed.group(1)
    for _ in range(2):  # "Story | Section | Site"
        parts = _SEPARATORS.split(title)
        if len(parts) < 2:
            break
        head, tail = title[: title.rfind(parts[-1])], parts[-1]
        if _site_key(tail) in keys or any(k and (k in _site_key(tail) or _site_key(tail) in k) for k in keys):
            title = re.sub(r"\s*(?:\||-|–|—|::|·|»|:)\s*$", "", head).strip()
            continue
        first = parts[0]
        if _site_key(first) in keys:
            title = title[len(first) :].lstrip(" |-–—:·»").strip()
            continue
        break
    return title


def _site_key(name: str) -> str:
    name = name.lower().removeprefix("www.")
    name = re.sub(r"\.(?:com|org|net|co\.uk|co|fr|de|es|cz|news|io)$", "", name)
    return re.sub(r"[^\w]+", "", name)


def _strip_byline_paragraph(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], list[str]]:
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


def _lost_lead(tree: etree._Element, sections: tuple[Section, ...]) -> tuple[Section, ...]:
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
    at = next((i for i, p in enumerate(paras) if squash(p.text_content()) == first), None)
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
        text = squash(p.text_content())
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


def _drop_name_lines(sections: tuple[Section, ...], byline: str | None) -> tuple[Section, ...]:
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


def _drop_repeated_title(sections: tuple[Section, ...], title: str) -> tuple[Section, ...]:
    """Drop a first paragraph or section heading that only repeats the headline."""
    key = re.sub(r"\W+", "", title.lower())
    if not sections:
        return sections
    first = sections[0]
    if first.title and re.sub(r"\W+", "", first.title.lower()) == key:
        first = Section(None, first.paragraphs)
    paras = first.paragraphs
    if (
        paras
        and re.sub(r"\W+", "", paras[0].text.lower()) == key
        and len(paras) > 1
        and len(title.split()) < 30
    ):
        paras = paras[1:]
    return (Section(first.title, paras), *sections[1:])


def _language(meta: PageMeta, text: str) -> str | None:
    declared = next((t for t in map(bcp47, meta.languages) if t), None)
    return declared or detect_language(text)
