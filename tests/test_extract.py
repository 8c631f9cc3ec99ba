"""extract(): golden files for the examples and the seed, the levels reached on the corpus pages copied
into tests/data, and the rules behind them (names, stations, titles, text pages, chrome, profiles, pages
that must not crash)."""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import narrate.extraction as extract_module
from narrate.errors import NoArticleError, VoiceError
from narrate.extraction import body as extract_body
from narrate.extraction import edges as extract_edges
from narrate.extraction import extract, find_station_profile, strip_site
from narrate.extraction import meta as extract_meta
from narrate.extraction import names as extract_names
from narrate.extraction import parse as extract_parse
from narrate.extraction import profile as extract_profile
from narrate.extraction import text as extract_text
from narrate.extraction import titles as extract_titles
from narrate.fetch import fetch
from narrate.models import Page, Paragraph, Section, Story
from narrate.speak.voices import load_voice

from .conftest import CORPUS, EXAMPLES, ROOT, SEED

GOLDEN = ROOT / "tests" / "data" / "extract"


def _source(name: str) -> Path:
    if name == "seed":
        return SEED
    return next(p for p in EXAMPLES.iterdir() if p.stem == name and p.suffix in (".html", ".txt"))


def _as_json(story: Story) -> dict[str, object]:
    data: dict[str, object] = {
        k: getattr(story, k) for k in ("title", "byline", "station", "date", "language", "summary")
    }
    data["sections"] = [
        {
            "title": s.title,
            "paragraphs": [p.text for p in s.paragraphs],
            "quotes": [i for i, p in enumerate(s.paragraphs) if p.quote],
        }
        for s in story.sections
    ]
    return data


def html_page(body: str, head: str = "", lang: str = "") -> Page:
    attr = f' lang="{lang}"' if lang else ""
    content = f"<!doctype html><html{attr}><head>{head}</head><body>{body}</body></html>"
    return Page(source="test.html", url=None, content=content, kind="html")


STORY = "".join(
    f"<p>This is sentence number {i} of a story about the town council and its long budget debate.</p>"
    for i in range(8)
)


# --- golden files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name.removesuffix(".expected.json") for p in GOLDEN.glob("*.json")))
def test_golden(name: str) -> None:
    want = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert _as_json(extract(fetch(str(_source(name))))) == want


def _seed_story_paragraphs() -> list[str]:
    """The seed's story paragraphs as a person would mark them, with the two glued links repaired."""
    text = SEED.read_text(encoding="utf-8")
    story = text[text.index("Amazon announcedon") : text.index("Copyright 2021 NPR")]
    paras = [p.strip() for p in story.split("\n\n") if p.strip()]
    return [p.replace("announcedon", "announced on").replace("toldThe", "told The") for p in paras]


def test_seed_copied_text() -> None:
    story = extract(fetch(str(SEED)))
    assert story.title == "Amazon Halts Police Use Of Its Facial Recognition Technology"
    assert story.byline == "Bobby Allyn"
    assert story.station == "Alabama Public Radio"
    assert [p.text for p in story.paragraphs] == _seed_story_paragraphs()
    assert story.paragraphs[-1].text.endswith('"The first step is to press pause."')


def test_example_page_is_the_seed_story_only() -> None:
    story = extract(fetch(str(EXAMPLES / "amazon-facial-recognition.html")))
    assert (story.title, story.byline, story.station) == (
        "Amazon Halts Police Use Of Its Facial Recognition Technology",
        "Bobby Allyn",
        "Alabama Public Radio",
    )
    assert story.date == "2020-06-10T16:13:00-05:00"
    assert story.language == "en"
    assert [p.text for p in story.paragraphs] == _seed_story_paragraphs()
    spoken = " ".join(p.text for p in story.paragraphs)
    for chrome in ("Donate", "Play Live Radio", "0:00", "Copyright", "is a business reporter", "Sign up",
                   "Related", "Photo:", "Tuscaloosa", "Facebook", "More Stories"):  # fmt: skip
        assert chrome not in spoken


def test_example_page_with_its_station_profile_gives_the_same_story() -> None:
    page = fetch(str(EXAMPLES / "amazon-facial-recognition.html"))
    profile = find_station_profile(page)
    assert profile is not None and profile.name == "apr"
    with_profile, without = extract(page, profile), extract(page, None)
    assert with_profile.paragraphs == without.paragraphs
    assert (with_profile.byline, with_profile.station) == ("Bobby Allyn", "Alabama Public Radio")


# --- levels on the corpus pages copied into tests/data ---------------------------------------------


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_score", ROOT / "benchmarks" / "extract_score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_score"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_real_pages_never_worse_than_trafilatura() -> None:
    """On the few real pages copied into tests/data/corpus, every field is at least as good as raw
    trafilatura's (benchmarks/extract_score.py measures the whole development corpus, split by site)."""
    bench = _bench()
    ours, theirs, details = bench.Tally(), bench.Tally(), []
    pages = sorted(CORPUS.glob("*.html"))
    for path in pages:
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        html = path.read_text(encoding="utf-8", errors="replace")
        bench.score(truth, bench.run_narrate(str(path), html), ours, details, path.stem)
        bench.score(truth, bench.run_trafilatura(html), theirs, [], path.stem)
    assert len(ours.body) == len(pages) >= 9
    assert sum(ours.title) >= sum(theirs.title), details
    assert sum(ours.byline) >= sum(theirs.byline), details
    assert sum(ours.station) >= sum(theirs.station), details
    assert sum(ours.body) / len(ours.body) >= sum(theirs.body) / len(theirs.body) - 0.005, details


# --- bylines, stations, titles --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By JANE DOE and John Smith", ["Jane Doe", "John Smith"]),
        ("Stella Kim, Jennifer Jett", ["Stella Kim", "Jennifer Jett"]),
        ("By Nathan Willis March 25, 2015", ["Nathan Willis"]),
        ("Written by Rob Ewaschuk Edited by Betsy Beyer", ["Rob Ewaschuk", "Betsy Beyer"]),
        ("By Ana Ruiz | Photos by Pat Lee", ["Ana Ruiz"]),
        ("Jane Doe, Special to The Post", ["Jane Doe"]),
        ("By Jane Doe, The Associated Press", ["Jane Doe"]),
        ("Jong, Michiel de", ["Michiel de Jong"]),
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ["Bradley M. Kuhn"]),
        ("Par Sébastien Farcis", ["Sébastien Farcis"]),
        ("Laura June Topolsky", ["Laura June Topolsky"]),
        ("Staff", []),
        ("Games Editor", []),
        ("Username", []),
        ("Updated June 3, 2024", []),
        ("S Sky", []),
        ("Associated Press", []),
        ("By Jane Doe, John Smith and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
        ("Jane Doe | Staff Writer", ["Jane Doe"]),
        ("Jane Doe Senior Correspondent", ["Jane Doe"]),
        ("Senior Correspondent Jane Doe", ["Jane Doe"]),
        ("By Jane Doe Updated 5:30 PM EST, Mon June 1, 2020", ["Jane Doe"]),
        ("Jane Doe; John Smith", ["Jane Doe", "John Smith"]),
        ("Los Angeles Times Staff", []),
        ("By Our Foreign Staff", []),
        ("New York Times", []),
        ("Richard (R.J.) Eskow", ["Richard R.J. Eskow"]),
        ("By J.R.R. Tolkien", ["J.R.R. Tolkien"]),
        ("JEAN-LUC O'BRIEN", ["Jean-Luc O'Brien"]),
    ],
)
def test_person_names(raw: str, names: list[str]) -> None:
    assert extract_names.person_names(raw) == names


def test_cjk_names_only_from_structured_data() -> None:
    assert extract_names.person_names("肖春芳") == ["肖春芳"]
    assert extract_names.person_names("人氣", cjk=False) == []


def test_byline_from_json_ld_people_only_joined() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council passes budget",
        "author": [
            {"@type": "Person", "name": "Ana Ruiz"},
            {"@type": "Person", "name": "Ben Cole"},
            {"@type": "Person", "name": "Chen Li"},
            {"@type": "Organization", "name": "Metro Desk"},
        ],
        "publisher": {"@type": "Organization", "name": "The Metro Times"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    story = extract(html_page(f"<article><h1>Council passes budget</h1>{STORY}</article>", head))
    assert story.byline == "Ana Ruiz, Ben Cole, Chen Li"
    assert story.station == "The Metro Times"
    assert story.title == "Council passes budget"


def test_byline_and_publisher_from_json_ld_graph_references() -> None:
    graph = [
        {"@type": "NewsArticle", "headline": "Council passes budget",
         "author": [{"@id": "#p1"}, {"@id": "#p2"}],
         "publisher": {"@id": "#org"}},
        {"@type": "Person", "@id": "#p1", "name": "Ana Ruiz"},
        {"@type": "Person", "@id": "#p2", "name": "Ben Cole"},
        {"@type": "Organization", "@id": "#org", "name": "The Metro Times"},
    ]  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps({"@graph": graph})}</script>'
    story = extract(html_page(f"<article>{STORY}</article>", head))
    assert (story.byline, story.station) == ("Ana Ruiz, Ben Cole", "The Metro Times")


def test_lead_paragraphs_in_a_teaser_block_are_spoken() -> None:
    """trafilatura issue #164: the first paragraphs sit in their own "teaser" block before the body's."""
    lead = (
        '<div class="teaser-content"><p>The court ruled on Wednesday that the county must reopen the bridge, '
        "ending a dispute that has lasted two years.</p></div>"
    )
    body = f'<div class="article-body">{STORY}</div>'
    story = extract(html_page(f"<article><h1>Court rules</h1>{lead}{body}</article>"))
    assert story.paragraphs[0].text.startswith("The court ruled on Wednesday")
    assert len(story.paragraphs) == 9


def test_a_script_inside_a_paragraph_before_the_lead_is_never_spoken() -> None:
    """Frankfurter Rundschau (fundus corpus, 2024): the share bar before the lead is a <p> holding buttons
    and an inline script whose JSON repeats the teaser; its code was spoken as the story's first paragraph."""
    script = (
        '<script>(function(a,b){if(a.navigator.canShare){var d={"title":"Court rules","text":"The court '
        'ruled on Wednesday that the county must reopen the bridge."};}})(window,document);</script>'
    )
    bar = f"<p><button>Kommentare</button><button>Drucken</button><button>Teilen</button>{script}</p>"
    lead = (
        f'<div class="teaser-content">{bar}<p>The court ruled on Wednesday that the county must reopen the '
        "bridge, ending a dispute that has lasted two years.</p></div>"
    )
    story = extract(
        html_page(f'<article><h1>Court rules</h1>{lead}<div class="article-body">{STORY}</div></article>')
    )
    spoken = " ".join(p.text for p in story.paragraphs)
    assert "function" not in spoken and "navigator" not in spoken
    assert story.paragraphs[0].text.startswith("The court ruled on Wednesday")


def test_a_body_element_speaks_no_script_or_style() -> None:
    """The profile's (or a huge page's largest) container is read block by block: what <script>, <style>,
    <noscript> and <template> hold inside a block is not the block's text."""
    root = lxml.html.fromstring(
        "<div><p>The council met on Monday.<script>var x = 1;</script><style>p { color: red }</style>"
        "<noscript>Enable JavaScript</noscript></p><h2>Budget<template>slot</template></h2>"
        "<p>It rose.</p></div>"
    )
    sections = extract_body.sections_from_element(root)
    assert [(s.title, [p.text for p in s.paragraphs]) for s in sections] == [
        (None, ["The council met on Monday."]),
        ("Budget", ["It rose."]),
    ]


def test_the_site_builders_author_tag_is_no_byline() -> None:
    """Media Indonesia (fundus corpus, 2026): its only author tag credits the site's developer ("By
    Mediaindonesia Com Developer" had been the byline); with no byline the station is the artist."""
    head = (
        '<meta name="author" content="mediaindonesia.com developer">'
        '<meta property="og:site_name" content="Media Indonesia">'
    )
    story = extract(html_page(f"<article>{STORY}</article>", head))
    assert (story.byline, story.station) == (None, "Media Indonesia")


def test_a_line_naming_only_the_author_is_not_spoken() -> None:
    head = '<meta name="author" content="Dana Whitfield">'
    story = extract(html_page(f"<article><p>Dana Whitfield</p>{STORY}</article>", head))
    assert story.byline == "Dana Whitfield"
    assert len(story.paragraphs) == 8


def test_all_caps_byline_with_and() -> None:
    story = extract(html_page(f'<article><p class="byline">BY ANA RUIZ AND BEN COLE</p>{STORY}</article>'))
    assert story.byline == "Ana Ruiz, Ben Cole"


def test_site_name_is_a_byline_only_when_its_author_metadata_credits_nobody_else() -> None:
    """The publisher credited as author ("DER SPIEGEL", "Euronews") is the byline the page gives; beside
    a wire agency, or when only byline markup names the site, it is not."""
    site = '<meta property="og:site_name" content="River News">'
    story = extract(
        html_page(f"<article>{STORY}</article>", site + '<meta name="author" content="River News">')
    )
    assert (story.byline, story.station) == ("River News", "River News")
    authors = site + '<meta name="author" content="River News"><meta name="dc.creator" content="dpa">'
    assert extract(html_page(f"<article>{STORY}</article>", authors)).byline == "dpa"
    markup = f'<article><p class="byline">River News</p>{STORY}</article>'
    assert extract(html_page(markup, site)).byline is None


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        ('<meta name="author" content="The Associated Press">', "The Associated Press"),
        ('<meta name="author" content="Guardian staff reporter">', "Guardian staff reporter"),
        ('<meta name="author" content="Our Foreign Staff">', "Our Foreign Staff"),  # not "Our Foreign"
        ('<meta name="author" content="読売新聞 政治部">', "読売新聞 政治部"),
        ('<meta name="author" content="Иван Петров">', "Иван Петров"),
        ('<meta name="author" content="Jan Sellner">', "Jan Sellner"),
        ('<meta name="author" content="Staff Writer">', None),
    ],
)
def test_agency_staff_and_any_script_bylines_from_author_metadata(head: str, byline: str | None) -> None:
    assert extract(html_page(f"<article>{STORY}</article>", head)).byline == byline


def test_byline_markup_listing_each_author_in_its_own_element() -> None:
    names = "".join(
        f'<span class="simple">{n}</span>' for n in ("Birgit Baumann", "Anna Giulia Fink", "Jan Berg")
    )
    story = extract(
        html_page(f'<article><div class="article-byline"><div>{names}</div></div>{STORY}</article>')
    )
    assert story.byline == "Birgit Baumann, Anna Giulia Fink, Jan Berg"


def test_byline_markup_classes() -> None:
    byline = '<div class="article-byline">By <a rel="author">Tomás Ortega</a>, Staff Writer</div>'
    body = f"<article>{byline}{STORY}</article>"
    assert extract(html_page(body)).byline == "Tomás Ortega"


def test_byline_from_author_page_link() -> None:
    body = f"<article>{STORY}<p class='credit'>Story: <a href='/author/jane-doe'>Jane Doe</a></p></article>"
    assert extract(html_page(body)).byline == "Jane Doe"


def test_truncated_json_ld_headline_loses_to_whole_og_title() -> None:
    ld = {"@type": "NewsArticle", "headline": "A very long headline about the council..."}
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta property="og:title" content="A very long headline about the council and its budget">'
    )
    assert extract(html_page(f"<article>{STORY}</article>", head)).title == (
        "A very long headline about the council and its budget"
    )


@pytest.mark.parametrize(
    ("headline", "name", "social", "tab"),
    [
        # rp.pl: JSON-LD name is the page's SEO <title>; headline, og:title and <h1> are the story's headline
        (
            "Niemcy. Stałe zamknięcie granic jedynie kwestią czasu",
            "Niemcy zamykają granice? To już jedynie kwestia czasu - rp.pl",
            "Niemcy. Stałe zamknięcie granic jedynie kwestią czasu",
            "Niemcy zamykają granice? To już jedynie kwestia czasu - rp.pl",
        ),
        # Business Insider: the other way round, the SEO title is the headline and the <title>
        (
            "Woman who lost 130lb: seven unexpected changes of weight loss",
            "A woman who lost 130 pounds shares 7 changes she wasn't expecting",
            "A woman who lost 130 pounds shares 7 changes she wasn't expecting",
            "Woman Who Lost 130lb: Seven Unexpected Changes of Weight Loss - Business Insider",
        ),
    ],
    ids=["rp.pl", "business-insider"],
)
def test_json_ld_headline_or_name_whichever_og_title_repeats(
    headline: str, name: str, social: str, tab: str
) -> None:
    ld = {"@type": "NewsArticle", "headline": headline, "name": name}
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        f'<meta property="og:title" content="{social}"><title>{tab}</title>'
    )
    body = f"<article><h1>{social}</h1>{STORY}</article>"
    assert extract(html_page(body, head)).title == social


def test_json_ld_name_first_when_only_the_title_tag_repeats_it() -> None:
    ld = {"@type": "NewsArticle", "headline": "Stałe zamknięcie granic", "name": "Niemcy zamykają granice?"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head += "<title>Niemcy zamykają granice? - rp.pl</title>"
    assert extract(html_page(f"<article>{STORY}</article>", head)).title == "Niemcy zamykają granice?"


def test_h1_is_the_headline_inside_a_longer_title() -> None:
    head = "<title>Ferry Service Returns - Local News - The Island Courier</title>"
    body = f"<article><h1>Ferry Service Returns</h1>{STORY}</article>"
    assert extract(html_page(body, head)).title == "Ferry Service Returns"


def test_title_keeps_a_kicker_and_parts_that_name_no_site() -> None:
    head = (
        "<title>Bridge reopens - Drivers relieved</title>"
        '<meta name="apple-mobile-web-app-title" content="Bridge reopens - Drivers relieved">'
        '<meta property="og:site_name" content="Harbor Weekly">'
    )
    story = extract(html_page(f"<article>{STORY}</article>", head))
    assert story.title == "Bridge reopens - Drivers relieved"
    head = "<title>Repairs: Bridge reopens | Harbor Weekly</title>"
    head += '<meta property="og:site_name" content="Harbor Weekly">'
    body = f"<article><h1>Bridge reopens</h1>{STORY}</article>"
    assert extract(html_page(body, head)).title == "Repairs: Bridge reopens"


def test_station_from_copyright_line_not_hostname() -> None:
    page = html_page(
        f"<article>{STORY}</article>"
        "<footer><p>© 2022 Lakeside Public Media. All rights reserved.</p></footer>"
    )
    page = Page(page.source, "https://www.lakeside.example/news/1", page.content, "html")
    assert extract(page).station == "Lakeside Public Media"


def test_station_from_application_name() -> None:
    head = '<meta name="application-name" content="Harbor Weekly">'
    assert extract(html_page(f"<article>{STORY}</article>", head)).station == "Harbor Weekly"


def test_station_from_title_suffix_when_nothing_else_names_the_site() -> None:
    head = "<title>Council passes budget - Local - Harbor Weekly</title>"
    story = extract(html_page(f"<article><h1>Council passes budget</h1>{STORY}</article>", head))
    assert (story.station, story.title) == ("Harbor Weekly", "Council passes budget")


@pytest.mark.parametrize(
    ("title", "sites", "want"),
    [
        ("Budget Passes | Alabama Public Radio", ["Alabama Public Radio"], "Budget Passes"),
        ("Budget Passes - The Metro Times", ["The Metro Times"], "Budget Passes"),
        ("Metro Times | Budget Passes", ["Metro Times"], "Budget Passes"),
        ("Budget Passes - Politics - CNET", ["cnet.com"], "Budget Passes - Politics"),
        ("Review: a quiet film - and a loud one", ["Film Blog"], "Review: a quiet film - and a loud one"),
    ],
)
def test_strip_site(title: str, sites: list[str], want: str) -> None:
    assert strip_site(title, sites) == want


def test_title_suffix_dropped_and_dates_iso() -> None:
    head = (
        "<title>Ferry Service Returns | Island Radio</title>"
        '<meta property="og:site_name" content="Island Radio">'
        '<meta property="article:published_time" content="2021-04-05T09:30:00Z">'
    )
    story = extract(html_page(f"<article>{STORY}</article>", head))
    assert story.title == "Ferry Service Returns"
    assert story.date == "2021-04-05T09:30:00+00:00"


def test_the_date_published_before_the_date_created() -> None:
    """readability/telegraph declares JSON-LD dateCreated 2017-11-17T10:41 and itemprop datePublished
    2017-11-16T14:15: the story was published on the 16th (the created date had been taken first)."""
    path = CORPUS / "readability-telegraph.html"
    story = extract(Page(str(path), None, path.read_text(encoding="utf-8"), "html"))
    assert story.date == "2017-11-16T14:15:00+00:00"


# --- body -----------------------------------------------------------------------------------------


def test_the_headline_with_its_standfirst_run_in_is_no_heading() -> None:
    """CBC's page repeats its headline as the first section heading with the standfirst run in ("What's next
    for Gaza ...? The appointment came days after ..."): the title was said twice, the second time as a
    chapter. The heading goes; the standfirst is the section's first paragraph."""
    path = CORPUS / "fundus-ca-CBCNews-2024_08_08.html"
    story = extract(Page(str(path), None, path.read_text(encoding="utf-8"), "html"))
    assert story.title.startswith("What's next for Gaza")
    assert not any(s.title and "What's next for Gaza" in s.title for s in story.sections)
    texts = [p.text for p in story.paragraphs]
    assert "The appointment came days after Ismail Haniyeh was assassinated in Tehran" in texts


def test_a_paragraph_cut_around_a_link_is_one_paragraph() -> None:
    """trafilatura gives the Times of India's lead as three paragraphs, cut around an inline link and after
    the dateline: "NEW DELHI:", "Pakistan", "'s "whole-of-system approach" ..." (three clips, and a
    paragraph's pause inside "Pakistan's"). Text that cannot begin a paragraph goes on the one before."""
    path = CORPUS / "fundus-ind-TimesOfIndia-2024_09_02.html"
    story = extract(Page(str(path), None, path.read_text(encoding="utf-8"), "html"))
    first = story.paragraphs[0].text
    assert first.startswith('NEW DELHI: Pakistan\'s "whole-of-system approach" to countering'), first
    assert all(not p.text.startswith(("'s", "’s")) and p.text != "Pakistan" for p in story.paragraphs)


def test_spaces_around_inline_links_kept() -> None:
    body = (
        "<article><p>Amazon <a href='/a'>announced</a> on Wednesday that it would pause the program, and "
        "Brad Smith told <a href='/b'>The Washington Post</a> during a livestream that it would wait.</p>"
        f"{STORY}</article>"
    )
    text = extract(html_page(body)).paragraphs[0].text
    assert "announced on Wednesday" in text
    assert "told The Washington Post during" in text


def test_headings_start_sections_and_blockquotes_are_quotes() -> None:
    story = extract(fetch(str(EXAMPLES / "sections-page.html")))
    assert [s.title for s in story.sections] == [
        None,
        "The first weeks",
        "New levees, new rules",
        "What comes next",
    ]
    quotes = [p.text for p in story.paragraphs if p.quote]
    assert quotes == ["We did not wait for anyone to tell us what to do. We just started carrying things."]
    assert "Sign up" not in " ".join(p.text for p in story.paragraphs)


@pytest.mark.parametrize(
    "chrome",
    [
        "Copyright 2021 NPR. To see more, visit https://www.npr.org.",
        "News from Lakeside Radio is a public service. We depend on your help to keep our programming on the "
        "air. Please consider a donation today. Thank you.",
        "Sign up for our newsletter to get the news in your inbox.",
        "Share on Facebook",
        "Related: Council votes on the new budget",
        "0:00 0:00",
        "Play Live Radio",
        "Copyright © 1998 - 2016 Example Media. All Rights Reserved",
        "News > Local > Council",
        "More stories »",
        "You Might Also Like: Featured Slide Shows",
        "Topics: council, budget, schools",
        "This is a modal window. This modal can be closed by pressing the Escape key.",
        "1 of 5",
        "2017-03-10 09:58 Source: Example Wire",
        "Story continues below advertisement",
        "Copyright 2023 The Associated Press. All rights reserved. This material may not be published.",
        "Follow Jane Doe on Twitter: @janedoe",
        "Have a news tip? Email us at tips@example.com",
        "Listen to this article",
        "Want more stories like this? Sign up for our newsletter.",
        "Reporting by Jane Doe; Editing by John Smith",
        "5 min read",
        "(AP Photo/Jane Doe)",
        "This is a breaking new story - more to follow",  # fundus/uk-TheIndependent-2024_11_22 (an audit)
    ],
)
def test_chrome_paragraphs_never_spoken(chrome: str) -> None:
    story = extract(html_page(f"<article>{STORY}<p>{chrome}</p></article>"))
    assert chrome not in [p.text for p in story.paragraphs]
    assert len(story.paragraphs) == 8


def test_story_sentences_are_not_chrome() -> None:
    for text in [
        "The ratio was 5 > 3 > 1 in the study, the authors wrote.",
        "Topics: the council discussed three matters on Monday and voted on none of them.",
        "Close to 300 people came.",
        "Comments from residents were mostly positive, the council said.",
        "Advertisement revenue fell 20 percent.",
        "Write to your representative, the group urged.",
        "5 minutes later the police arrived.",
        "The mayor said residents could get the city newsletter by mail.",
        "Il a dit « non »",
        "Download the app from the store, police advised.",
        "This is a breaking news story about a mayor caught on tape who resigned after weeks of calls.",
    ]:
        assert not extract_body.is_chrome(text), text


def test_a_heading_right_after_another_joins_it() -> None:
    body = etree.fromstring(
        '<body><p>Lead.</p><head rend="h2">Project updates</head><head rend="h3">Add-ons</head>'
        "<p>Text.</p></body>"
    )
    sections = extract_body.sections_from_trafilatura(body)
    assert [s.title for s in sections] == [None, "Project updates: Add-ons"]


def test_related_box_and_its_teasers_are_not_spoken() -> None:
    teasers = "".join(
        f"<h3>Teaser {i}</h3><p>The first lines of another story, number {i}, that sits in a box.</p>"
        for i in range(3)
    )
    page = f"<article>{STORY}<h2>Other Opinion Columns</h2>{teasers}</article>"
    story = extract(html_page(page))
    assert len(story.paragraphs) == 8
    assert "Teaser" not in " ".join(str(s.title) for s in story.sections)


def test_sections_whose_heading_only_starts_like_a_link_box_are_spoken() -> None:
    sections = tuple(
        Section(title, (Paragraph(f"Paragraph under {title} tells what the council did on Monday."),))
        for title in ["Popular uprising spreads", "Related charges filed", "Comments by the mayor"]
    )
    assert extract_body.drop_chrome(sections) == sections


def test_gallery_captions_are_not_spoken() -> None:
    caption = "<p>{}/12 Caption number {} tells of a picture in the gallery here.</p>"
    gallery = "".join(caption.format(i, i) for i in (1, 2, 3))
    story = extract(html_page(f"<article>{STORY}{gallery}</article>"))
    assert len(story.paragraphs) == 8


def test_loose_text_between_trafilatura_blocks_is_kept() -> None:
    body = etree.fromstring(
        '<body>Lead text.<head rend="h2">Part two</head>Loose paragraph after a heading.<p>A paragraph.</p>'
        "<list><item>One <list><item>nested</item></list></item><item>Two</item></list></body>"
    )
    sections = extract_body.sections_from_trafilatura(body)
    assert [s.title for s in sections] == [None, "Part two"]
    assert [p.text for p in sections[1].paragraphs] == [
        "Loose paragraph after a heading.", "A paragraph.", "One nested", "Two",
    ]  # fmt: skip
    assert sections[0].paragraphs[0].text == "Lead text."


def test_author_bio_after_story_names_the_author() -> None:
    bio = "<p>Dana Whitfield is a political correspondent at the Herald, covering the statehouse.</p>"
    story = extract(html_page(f"<article>{STORY}{bio}</article>"))
    assert story.byline == "Dana Whitfield"
    assert "correspondent" not in " ".join(p.text for p in story.paragraphs)


def test_language_declared_or_detected() -> None:
    assert extract(html_page(f"<article>{STORY}</article>", lang="en_GB")).language == "en-GB"
    spanish = "".join(
        f"<p>El ayuntamiento aprobó ayer el presupuesto número {i} para las escuelas y los parques.</p>"
        for i in range(6)
    )
    assert extract(html_page(f"<article>{spanish}</article>")).language == "es"


def test_summary_from_description_or_first_sentence() -> None:
    head = '<meta name="description" content="The council passed the budget.">'
    assert extract(html_page(f"<article>{STORY}</article>", head)).summary == "The council passed the budget."
    assert extract(html_page(f"<article>{STORY}</article>")).summary == (
        "This is sentence number 0 of a story about the town council and its long budget debate."
    )


# --- pages that must fail cleanly, and never crash or hang ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "",
        "<nav><a href='/'>Home</a><a href='/news'>News</a></nav>",
        "<ul>" + "".join(f"<li><a href='/s{i}'>Story {i}</a></li>" for i in range(30)) + "</ul>",
        "<script>var x = 1;</script><style>p {}</style>",
    ],
)
def test_no_article(body: str) -> None:
    with pytest.raises(NoArticleError, match=r"^test\.html: no article text found") as err:
        extract(html_page(body))
    assert err.value.hint


def test_a_short_page_is_spoken_as_trafilatura_finds_it() -> None:
    """No article only when nothing is found or the page is a list of links: a page of two headings, or of
    one short line, is what it is (raw trafilatura speaks it too)."""
    story = extract(html_page("<article><h2>Test Case 1</h2><img src='a.png'><h2>Test Case 2</h2></article>"))
    assert [p.text for p in story.paragraphs] == ["Test Case 1", "Test Case 2"]
    assert [p.text for p in extract(html_page("Council meets today")).paragraphs] == ["Council meets today"]


@pytest.mark.parametrize(
    "content",
    [
        "<div>" * 3000 + "deep" + "</div>" * 3000,
        "<html><body><p>" + "word " * 200 + "</p>" * 500,
        "\x00\x01<html>\ufffd\ufffd<p>broken &#xffffff; entity &bogus; <b><i>text</b></i>" * 50,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>'
        + "An XML declared page. " * 20
        + "</p></body></html>",
        "<table>" + "<tr><td>cell</td></tr>" * 2000 + "</table>",
    ],
)
def test_odd_pages_do_not_crash(content: str) -> None:
    page = Page(source="odd.html", url=None, content=content, kind="html")
    try:
        story = extract(page)
    except NoArticleError:
        return
    assert story.title


REAL_PAGE = CORPUS / "fundus-uk-BBC-2024_08_01.html"


def _real(content: str) -> Story:
    return extract(Page(source="real.html", url=None, content=content, kind="html"))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<head>", "<head>&#x01;"),  # in the head, as a character reference
        ("</p>", "&#x01;</p>"),  # inside the story's first paragraph
        ("</p>", "\x01</p>"),  # the raw character
        ("<body", "&#1;&#x1F;\x0b\x00<body"),  # several, before the body
        ("</body>", "&#x01;</body>"),
    ],
)
def test_a_control_character_anywhere_keeps_the_article(old: str, new: str) -> None:
    """lxml keeps "&#x01;" as a character that XML (so trafilatura) refuses: it used to lose the article."""
    html = REAL_PAGE.read_text(encoding="utf-8")
    clean = _real(html)
    assert old in html
    hostile = _real(html.replace(old, new, 1))
    assert (hostile.title, hostile.paragraphs) == (clean.title, clean.paragraphs)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<body>", "<body>" + "<div>" * 300),  # never closed: the parser used to stop at 256 levels
        ("<body>", "<body>" + "<div><span>" * 1500),  # past even the huge-tree limit of 2048
        (r"(<p class=.*?</p>)", "<div>" * 400 + r"\1" + "</div>" * 400),  # the lead, deep down
    ],
)
def test_deep_nesting_keeps_the_article(old: str, new: str) -> None:
    html = REAL_PAGE.read_text(encoding="utf-8")
    clean = _real(html)
    hostile = _real(re.sub(old, new, html, count=1))
    assert hostile.title == clean.title
    got = " ".join(p.text for p in hostile.paragraphs)
    assert _bench().f1(got, " ".join(p.text for p in clean.paragraphs)) > 0.98


_TAGS = ["p", "div", "span", "article", "h1", "h2", "a", "li", "ul", "script", "table", "td", "b", "title"]
_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Z", "Cc", "So"]), max_size=40
)


@st.composite
def _html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(_TAGS))
        kind = draw(st.sampled_from(["open", "close", "text", "entity", "element", "address", "comment"]))
        if kind == "comment":  # removed in parsing, its tail text kept
            parts.append(f"<!--{draw(_WORDS)}-->")
        elif (
            kind == "address"
        ):  # the page's own address, names and date, any text (broken URLs: "http://[::1")
            name = draw(
                st.sampled_from(["canonical", "og:url", "og:site_name", "author", "article:published_time"])
            )
            value = draw(
                st.one_of(_WORDS, st.sampled_from(["http://[::1", "https://[x/", "https://a:99999/"]))
            )
            quoted = value.replace("&", "&amp;").replace('"', "&quot;")
            if name == "canonical":
                parts.append(f'<link rel="canonical" href="{quoted}">')
            else:
                parts.append(f'<meta property="{name}" content="{quoted}">')
        elif kind == "open":
            parts.append(f"<{tag}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "entity":
            code = draw(
                st.one_of(st.integers(0, 0x10FFFF), st.sampled_from([1, 0xB, 0xD800, 0xFFFE, 0xFFFF]))
            )
            parts.append(f"&#x{code:x};" if draw(st.booleans()) else f"&#{code}")
        elif kind == "element":
            parts.append(f"<{tag}>{draw(_WORDS)}</{tag}>")
        else:
            parts.append(draw(_WORDS))
    return "".join(parts)


@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.one_of(_html(), st.text(max_size=300)), kind=st.sampled_from(["html", "text"]))
def test_any_input_gives_a_story_or_no_article(content: str, kind: str) -> None:
    page = Page(source="any", url=None, content=content, kind=kind)
    try:
        story = extract(page)
    except NoArticleError:
        return
    assert story.paragraphs


# --- text pages -----------------------------------------------------------------------------------


def text_page(content: str) -> Page:
    return Page(source="story.txt", url=None, content=content, kind="text")


def test_written_text_story() -> None:
    story = extract(fetch(str(EXAMPLES / "plain-story.txt")))
    assert story.title == "Library Extends Weekend Hours for Exam Season"
    assert story.byline == "Maria Okafor"
    assert [s.title for s in story.sections] == [None, "What changes for visitors"]
    assert len(story.paragraphs) == 5


def test_text_paragraphs_are_blank_line_blocks() -> None:
    story = extract(text_page("The Headline\n\nFirst paragraph\nwrapped here.\n\nSecond one.\n\n\nThird."))
    assert story.title == "The Headline"
    assert [p.text for p in story.paragraphs] == ["First paragraph wrapped here.", "Second one.", "Third."]


def test_markdown_story() -> None:
    story = extract(
        text_page("# A Title\n\nSome **bold** and [a link](http://x.org) here.\n\n## Part two\n\n> quoted\n")
    )
    assert story.title == "A Title"
    assert story.sections[0].paragraphs[0].text == "Some bold and a link here."
    assert story.sections[1].title == "Part two"
    assert story.sections[1].paragraphs[0].quote


def test_copied_page_rules_generalise() -> None:
    copied = "\n".join(
        [
            "Main Street Studios", "100 Main Street", "Springfield, IL 62701", "(217) 555-0100", "",
            "© 2023 Prairie Public Media", "Listen Live", "0:00", "0:00 0:00", "",
            "Bridge Reopens After Two-Year Repair", "",
            "The Lincoln Street bridge reopened on Monday after two years of work, officials saidon Friday.",
            "",
            "Drivers had used a detour through the north side, which added twenty minutes to many commutes.",
            "", "Mayor Ellen Park toldThe Gazette that the work came in under budget.", "",
            "Copyright 2023 Gazette. To see more, visit https://gazette.example.", "",
            "Sam Ortiz is a transportation reporter at the Gazette. He covers roads and transit.",
            "Prairie Public Media is listener supported. Please consider a donation today. Thank you.",
        ]
    )  # fmt: skip
    story = extract(text_page(copied))
    assert story.title == "Bridge Reopens After Two-Year Repair"
    assert story.byline == "Sam Ortiz"
    assert story.station == "Prairie Public Media"
    assert [p.text for p in story.paragraphs] == [
        "The Lincoln Street bridge reopened on Monday after two years of work, officials said on Friday.",
        "Drivers had used a detour through the north side, which added twenty minutes to many commutes.",
        "Mayor Ellen Park told The Gazette that the work came in under budget.",
    ]


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("Amazon announcedon Wednesday", "Amazon announced on Wednesday"),
        ("Smith toldThe Washington Post", "Smith told The Washington Post"),
        ("during a livestream on Thursday", "during a livestream on Thursday"),
        ("her iPhone and macOS", "her iPhone and macOS"),
        ("McDonald's and YouTube", "McDonald's and YouTube"),
        ("another smartphone lawmaker", "another smartphone lawmaker"),
    ],
)
def test_repair_glue(glued: str, fixed: str) -> None:
    assert extract_text.repair_glue(glued) == fixed


# --- station profiles -----------------------------------------------------------------------------


def _write_profile(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


PROFILE_PAGE = (
    "<header><p>Bay Radio</p></header><div id='story'><h2>Part one</h2>"
    "<p>First story paragraph is right here.</p><div class='promo'><p>Buy a tote bag now!</p></div>"
    "<p>Second story paragraph. Support us today.</p></div>"
    "<aside><p>Unrelated sidebar text that is long enough to be spoken by mistake if taken.</p></aside>"
)


def test_profile_by_path_sets_body_station_byline_and_never_speak(tmp_path: Path) -> None:
    path = _write_profile(
        tmp_path,
        "bay",
        'station = "Bay Radio"\nbyline = "Morgan Lee"\nbody = "div#story"\nnever_speak = [".promo"]\n'
        'never_speak_text = ["support us today"]\n',
    )
    profile = find_station_profile(html_page(PROFILE_PAGE), str(path))
    assert profile is not None
    story = extract(html_page(PROFILE_PAGE), profile)
    assert (story.station, story.byline) == ("Bay Radio", "Morgan Lee")
    assert story.sections[0].title == "Part one"
    assert [p.text for p in story.paragraphs] == ["First story paragraph is right here."]


def test_profile_found_by_name_in_user_folder_and_auto_matched(tmp_path: Path) -> None:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "narrate" / "stations"
    _write_profile(folder, "bay", 'station = "Bay Radio"\n[match]\nhosts = ["bayradio.example"]\n')
    page = Page("p.html", "https://news.bayradio.example/story", f"<article>{STORY}</article>", "html")
    named = find_station_profile(page, "bay")
    assert named is not None and named.station == "Bay Radio"
    matched = find_station_profile(page)
    assert matched is not None and matched.name == "bay"
    assert extract(page, matched).station == "Bay Radio"
    assert find_station_profile(Page("q.html", "https://elsewhere.example/", "<p>x</p>", "html")) is None


def test_profile_folder(tmp_path: Path) -> None:
    _write_profile(tmp_path, "one", '[match]\ntext = ["Marker One"]\nstation = "One FM"\n')
    _write_profile(tmp_path, "two", 'station = "Two FM"\n[match]\ntext = ["Marker Two"]\n')
    page = html_page(f"<article>{STORY}</article><footer>Marker Two</footer>")
    found = find_station_profile(page, str(tmp_path))
    assert found is not None and found.station == "Two FM"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("station = [unclosed", "station profile is not valid TOML"),
        ('body = "div:nth-child(2)"', "bad station profile"),
        ('never_speak_text = ["(unclosed"]', "bad station profile"),
    ],
)
def test_bad_profiles(tmp_path: Path, text: str, message: str) -> None:
    path = _write_profile(tmp_path, "bad", text)
    with pytest.raises(VoiceError, match=message):
        find_station_profile(html_page(STORY), str(path))


def test_unknown_profile_name() -> None:
    with pytest.raises(VoiceError, match="nowhere: unknown station profile") as err:
        find_station_profile(html_page(STORY), "nowhere")
    assert err.value.hint and "apr" in err.value.hint


def test_shipped_profiles_load() -> None:
    names = [p.name for p in extract_profile.all_profiles((extract_profile.SHIPPED,))]
    assert "apr" in names


@pytest.mark.parametrize(
    ("css", "xpath_hit"),
    [
        ("div#story p", 3),
        ("#story > p", 2),
        (".promo", 1),
        ("div[class=promo] p", 1),
        ("header, aside", 2),
        ("p[class]", 0),
    ],
)
def test_css_subset(css: str, xpath_hit: int) -> None:
    tree = lxml.html.document_fromstring(PROFILE_PAGE)
    assert len(extract_profile.select(tree, css)) == xpath_hit


# --- doctests of the helpers ----------------------------------------------------------------------


EXTRACT_MODULE = importlib.import_module("narrate.extraction")  # the module, not its extract() function


@pytest.mark.parametrize(
    "module",
    [
        EXTRACT_MODULE, extract_body, extract_edges, extract_meta, extract_names, extract_parse,
        extract_profile, extract_text, extract_titles,
    ],
)  # fmt: skip
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0 or not re.search(r">>> ", Path(str(module.__file__)).read_text())


def test_a_text_story_does_not_load_trafilatura() -> None:
    """trafilatura (0.2 s to import) is loaded for HTML pages only; a text story is read without it."""
    probe = (
        "import sys\nfrom narrate.pipeline import ArticleOptions, read_story\n"
        "story = read_story(sys.argv[1], ArticleOptions())\n"
        "print(bool(story.sections), 'trafilatura' in sys.modules)\n"
    )
    for source, loaded in ((SEED, "False"), (EXAMPLES / "amazon-facial-recognition.html", "True")):
        out = subprocess.run(
            [sys.executable, "-c", probe, str(source)], capture_output=True, text=True, check=True
        )
        assert out.stdout.split() == ["True", loaded], out.stderr


def test_a_page_in_one_block_is_cut_into_paragraphs_after_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readability's clean-links page is Bartleby, the Scrivener in one block of 81,000 characters: it is
    read as paragraphs of whole sentences of at most PARAGRAPH_CHARS, and no word is lost or moved."""
    path = CORPUS / "readability-clean-links.html"
    page = Page(source=str(path), url=None, content=path.read_text(encoding="utf-8"), kind="html")
    story = extract(page)
    texts = [p.text for p in story.paragraphs]
    limit = extract_module.PARAGRAPH_CHARS
    assert len(texts) > 25 and all(0 < len(t) <= limit for t in texts)
    assert all(re.search(r"[.!?…][\"'”’)\]]*$", t) for t in texts[:-1]), "a cut inside a sentence"
    monkeypatch.setattr(extract_module, "PARAGRAPH_CHARS", 10**9)  # the page's own paragraphs
    whole = [p.text for p in extract(page).paragraphs]
    assert max(len(t) for t in whole) > 80_000
    assert " ".join(texts).split() == " ".join(whole).split()


@pytest.mark.parametrize("declared", ["deu", "ger", "de"])
def test_a_three_letter_language_code_is_the_two_letter_one(declared: str) -> None:
    """A page that declares its language in ISO 639-2 ("deu", "ger") is German, read by the German voice
    (it had been read by the English one: eSpeak NG's voices know "de")."""
    path = CORPUS / "fundus-de-SZ-2024_09_30.html"
    html = path.read_text(encoding="utf-8").replace(
        '<html class="no-js" lang="de">', f'<html lang="{declared}">'
    )
    assert f'lang="{declared}"' in html
    story = extract(Page(source=str(path), url=None, content=html, kind="html"))
    assert story.language == "de"
    assert load_voice(None, language=story.language).voice == "gmw/de"
