"""extract: Page -> Story.  trafilatura finds the body; the page's own markup (JSON-LD, <meta>, author and
copyright markup) gives the metadata, repaired: person names only in the byline, the publisher's name as the
station, the title without its " | Site" suffix, ISO 8601 dates, and no page chrome in the words spoken."""

from __future__ import annotations

import copy
import dataclasses
import logging
import re
from dataclasses import dataclass

from lxml import etree

from narrate.errors import NoArticleError
from narrate.extraction.body import drop_chrome, sections_from_element, sections_from_trafilatura, squash
from narrate.extraction.chrome import drop_page_chrome
from narrate.extraction.edges import drop_name_lines, drop_repeated_title, lost_lead, strip_byline_paragraph
from narrate.extraction.meta import PageMeta, bcp47, footer_copyright, iso_date, read_meta
from narrate.extraction.names import byline_names, join_names, publisher_credit
from narrate.extraction.parse import NO_ARTICLE_HINT, drop, parse_html
from narrate.extraction.profile import StationProfile, find_station_profile, select
from narrate.extraction.text import extract_text, first_sentence, strip_bios
from narrate.extraction.titles import page_title, station_name, strip_site
from narrate.language import detect_language
from narrate.models import Page, Paragraph, Section, Story
from narrate.sentences import paragraph_parts

__all__ = ["StationProfile", "extract", "find_station_profile", "strip_site"]

FAST_ABOVE_ELEMENTS = 20_000
HUGE_ELEMENTS = 60_000  # trafilatura itself takes over ten seconds beyond this: extract the body ourselves
# A longer paragraph is cut after its sentences: a page that is one block of text (81,000 characters, 77
# minutes) would otherwise be one utterance, spoken by one engine, encoded by one thread, its per-block
# loudness arrays growing with it (278 MB). 3,000 characters is about three and a half minutes of speech.
PARAGRAPH_CHARS = 3000


def extract(page: Page, profile: StationProfile | None = None) -> Story:
    """The story on PAGE: title, byline, station, date, language, summary and its sections of paragraphs.

    Raises NoArticleError when the page holds no article text.
    """
    if page.kind == "text":
        return _short_paragraphs(extract_text(page, profile))
    tree = parse_html(page.source, page.content)
    meta = read_meta(tree)
    copyright_name = footer_copyright(tree)
    links = _links(tree)
    headline = next((squash(h.text_content()) for h in tree.iter("h1") if squash(h.text_content())), None)
    marked_byline = _profile_byline(tree, profile)
    if profile:
        for selector in profile.never_speak:
            for el in select(tree, selector):
                drop(el)
    drop_page_chrome(tree)
    sections, doc = _body(page, tree, profile)
    if not (profile and profile.body_selector):
        sections = lost_lead(tree, sections)
    sections, bio_names = strip_bios(drop_chrome(sections, profile.never_speak_text if profile else ()))
    sections, lead_names = strip_byline_paragraph(sections)
    if not any(p.text for s in sections for p in s.paragraphs) or _link_list(sections, links):
        raise NoArticleError(f"{page.source}: no article text found", hint=NO_ARTICLE_HINT)
    url = page.url or meta.url
    station = (profile.station if profile else None) or station_name(
        meta, doc.sitename, copyright_name, url, headline
    )
    byline = _byline(
        meta, doc=doc, marked=marked_byline, found=lead_names + bio_names, station=station, profile=profile
    )
    sections = drop_name_lines(sections, byline)
    title = page_title(meta, headline, station, url)
    if title:
        sections = drop_repeated_title(sections, title)
    else:  # nothing names the story: its first sentence does, and stays in the body
        title = first_sentence(sections[0].paragraphs[0].text)[:150]
    text = " ".join(p.text for s in sections for p in s.paragraphs)
    language = (profile.language if profile else None) or _language(meta, text)
    # a date the page declares as its publication's (JSON-LD, <meta>, itemprop) before one it was created on
    date = next((d for d in map(iso_date, meta.dates + meta.created) if d), None) or doc.date
    summary = next(iter(meta.descriptions), None) or first_sentence(sections[0].paragraphs[0].text)
    return _short_paragraphs(Story(
        source=page.source, url=url, title=title, byline=byline, station=station, date=date,
        language=language, summary=summary, sections=sections,
    ))  # fmt: skip


def _short_paragraphs(story: Story) -> Story:
    """STORY with every paragraph longer than PARAGRAPH_CHARS cut into paragraphs of whole sentences."""
    if all(len(p.text) <= PARAGRAPH_CHARS for s in story.sections for p in s.paragraphs):
        return story

    def cut(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
        parts = ((p, part) for p in paragraphs for part in paragraph_parts(p.text, PARAGRAPH_CHARS))
        return tuple(Paragraph(part, quote=p.quote) for p, part in parts)

    sections = tuple(dataclasses.replace(s, paragraphs=cut(s.paragraphs)) for s in story.sections)
    return dataclasses.replace(story, sections=sections)


@dataclass(frozen=True)
class _Links:
    share: float  # how much of the page's visible text sits in links: near 1.0 on a front page
    texts: tuple[str, ...]  # the links' texts, longest first


def _links(tree: etree._Element) -> _Links:
    body = tree.find("body")
    if body is None:
        return _Links(0.0, ())
    skip = "[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
    total = sum(len(t.strip()) for t in body.xpath(f".//text(){skip}"))
    linked = sum(len(t.strip()) for t in body.xpath(f".//a//text(){skip}"))
    texts = {squash(a.text_content()) for a in body.iter("a")} - {""}
    return _Links(linked / total if total else 0.0, tuple(sorted(texts, key=len, reverse=True)))


def _link_list(sections: tuple[Section, ...], links: _Links) -> bool:
    """A front page or a list of stories: links fill the page, and what was found to speak is link text
    too.  (A page's share of link text alone misleads: a short story under a large menu, in a language whose
    words are a character or two, is 80% links by characters.)"""
    if links.share <= 0.8:
        return False
    spoken = unlinked = 0
    for para in (p for s in sections for p in s.paragraphs):
        rest = para.text
        for link in links.texts:
            if link in rest:  # as whole words: the link "News" leaves "Newsroom" alone
                rest = re.sub(rf"(?<!\w){re.escape(link)}(?!\w)", " ", rest)
        spoken += len("".join(para.text.split()))
        unlinked += len("".join(rest.split()))
    return unlinked < 0.5 * spoken


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
    """trafilatura's findings; its failures become "no article" (a bad page must not crash narrate).

    trafilatura is imported here, for HTML pages only: a text story does not pay its import (0.2 s of the
    0.43 s that the stages take to load)."""
    import trafilatura  # noqa: PLC0415
    from trafilatura.settings import Document  # noqa: PLC0415

    logging.getLogger("trafilatura").setLevel(
        logging.CRITICAL
    )  # its warnings are about the page, not for users
    try:
        if metadata_only:
            meta = trafilatura.extract_metadata(tree, default_url=page.url)
            return _Traf(None, meta.title, meta.author, meta.sitename, meta.date)
        # trafilatura's default balance, neither favor_precision nor favor_recall: favor_recall picked a
        # sidebar or a fragment over the story on pages from sites narrate was not tuned on (fundus write
        # part's body F1 0.950 with it, 0.962 without; score part 0.951 -> 0.956; readability's score part
        # 0.961 -> 0.947, still above raw trafilatura's 0.917); tables are kept.
        # On large pages trafilatura's second opinion (its readability port) grows quadratic:
        # measured 9 s of 29 s on a 60,000-paragraph page.  Skip it there.
        fast = sum(1 for _ in tree.iter()) > FAST_ABOVE_ELEMENTS
        doc = trafilatura.bare_extraction(
            tree,
            fast=fast, url=page.url, with_metadata=True, include_comments=False, include_tables=True,
            include_formatting=False, include_links=False, include_images=False, favor_precision=False,
            favor_recall=False, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )  # fmt: skip
    except Exception as exc:  # trafilatura raises anything from lxml, regex or its own asserts
        raise NoArticleError(f"{page.source}: no article text found ({exc})", hint=NO_ARTICLE_HINT) from exc
    if not isinstance(doc, Document):
        return _Traf()
    return _Traf(doc.body, doc.title, doc.author, doc.sitename, doc.date)


def _byline(
    meta: PageMeta,
    *,
    doc: _Traf,
    marked: str | None,
    found: list[str],
    station: str | None,
    profile: StationProfile | None,
) -> str | None:
    """The credits from the first source that has any: the profile, structured data (any script, any
    credit), byline markup, trafilatura, author links (people, agencies, staff desks), a "By" line or the
    author's bio in the body; the publisher itself only when its own author metadata names nobody else."""
    if profile and profile.byline:
        return profile.byline
    exclude = tuple(n for n in (station, *meta.sites) if n)
    structured = [marked, *meta.authors]
    sources = [*structured, *meta.author_markup, (doc.author or "").replace(";", ","), *meta.author_links]
    for i, raw in enumerate(sources):
        names = byline_names(raw, exclude=exclude, structured=i < len(structured)) if raw else []
        if names:
            return join_names(names)
    if found:  # a "By ..." line in the body, or the author's bio after the story
        return join_names(found)
    return next(filter(None, (publisher_credit(a, exclude) for a in meta.authors)), None)


def _language(meta: PageMeta, text: str) -> str | None:
    declared = next((t for t in map(bcp47, meta.languages) if t), None)
    return declared or detect_language(text)
