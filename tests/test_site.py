"""The listener pages: structure read back with lxml, then a real headless Chromium with axe-core."""

from __future__ import annotations

import itertools
import json
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
import pytest

from narrate.podcast.serve import make_server
from tests.media import probe
from tests.test_feed import (  # noqa: F401  (narrated, outdir: fixtures shared with the feed tests)
    FIRST_PARAGRAPHS,
    manifest_items,
    narrated,
    outdir,
    write,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "browser" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = os.environ.get("NARRATE_SCREENSHOTS")  # a folder to keep the screenshots in, for a person to look at


@pytest.fixture
def site(outdir: Path) -> Path:  # noqa: F811  (the fixture imported above)
    write(outdir, description="Our newsroom's stories, read aloud.")
    return outdir


def pages(site: Path) -> list[Path]:
    return [site / "index.html", *sorted((site / "stories").glob("*.html"))]


def test_a_page_per_story_and_an_index_newest_first(site: Path) -> None:
    items = manifest_items(site)
    pages = sorted(p.stem for p in (site / "stories").glob("*.html"))
    assert pages == sorted(Path(str(i["mp3"])).stem for i in items)
    index = lxml.html.parse(str(site / "index.html")).getroot()
    listed = [a.text_content() for a in index.xpath("//main//ol/li//h2/a")]
    assert sorted(listed) == sorted(str(i["title"]) for i in items)
    dates = [t.get("datetime") for t in index.xpath("//main//ol/li//time")]
    assert dates == sorted(dates, reverse=True)


def test_pages_are_structured_for_assistive_technology(site: Path) -> None:
    for path in pages(site):
        doc = lxml.html.parse(str(path)).getroot()
        assert doc.get("lang"), path
        for landmark in ("header", "nav", "main", "footer"):
            assert len(doc.findall(f".//{landmark}")) == 1, (path, landmark)
        levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and levels.count(1) == 1, path
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (path, levels)
        skip = doc.xpath("/html/body/a[@class='skip']")[0]
        assert doc.get_element_by_id(skip.get("href").lstrip("#")).tag == "main"
        feed = doc.xpath("//head/link[@rel='alternate'][@type='application/rss+xml']")[0]
        assert (path.parent / feed.get("href")).resolve() == (site / "feed.xml").resolve()


def test_story_page_has_player_captions_download_and_transcript(site: Path) -> None:
    for item in manifest_items(site):
        page = site / "stories" / f"{Path(str(item['mp3'])).stem}.html"
        doc = lxml.html.parse(str(page)).getroot()
        assert doc.findtext(".//h1") == item["title"]
        audio = doc.xpath("//audio[@controls]")[0]
        assert audio.get("preload") == "metadata"
        assert (page.parent / audio.get("src")).resolve() == (site / str(item["mp3"])).resolve()
        track = audio.findall("track")[0]
        assert track.get("kind") == "captions" and track.get("srclang") and track.get("default") is not None
        assert (page.parent / track.get("src")).is_file()
        download = doc.xpath("//a[@download]")[0]
        size_text = download.getparent().text_content()
        assert re.search(r"\d+(\.\d)? (kB|MB)", size_text) and re.search(r"\d+ (s|min)", size_text)
        transcript = " ".join(doc.get_element_by_id("transcript").getparent().text_content().split())
        assert FIRST_PARAGRAPHS[str(item["title"])] in transcript


def test_transcript_reads_along_from_the_timings_sidecar(site: Path) -> None:
    for item in manifest_items(site):
        timings = json.loads((site / str(item["sidecars"]["timings"])).read_text())  # type: ignore[index]
        page = site / "stories" / f"{Path(str(item['mp3'])).stem}.html"
        doc = lxml.html.parse(str(page)).getroot()
        section = doc.get_element_by_id("read-along")
        said = [
            s for u in timings["utterances"] if u["kind"] in ("paragraph", "quote") for s in u["sentences"]
        ]
        times = [f"{s['start_ms'] / 1000:.3f} {s['end_ms'] / 1000:.3f}" for s in said if s]
        shown = [e.get("data-t") for e in section.iter("span")]
        assert [t for t in shown if t in times] == times and times
        for p in section.xpath(".//p[@data-start]"):
            assert p.get("tabindex") == "0" and p.get("data-start") == p.find("span").get("data-t").split()[0]
        assert not section.xpath(".//*[@aria-live]") and section.get("aria-live") is None


def test_without_timings_the_transcript_is_still_shown(site: Path) -> None:
    manifest = json.loads((site / "manifest.json").read_text())
    for item in manifest["items"]:
        item["sidecars"].pop("timings", None)
    (site / "manifest.json").write_text(json.dumps(manifest))
    write(site)
    for item in manifest_items(site):
        page = site / "stories" / f"{Path(str(item['mp3'])).stem}.html"
        doc = lxml.html.parse(str(page)).getroot()
        assert not doc.xpath("//*[@id='read-along']")
        transcript = " ".join(doc.get_element_by_id("transcript").getparent().text_content().split())
        assert FIRST_PARAGRAPHS[str(item["title"])] in transcript


def test_every_relative_link_resolves(site: Path) -> None:
    for path in pages(site):
        doc = lxml.html.parse(str(path)).getroot()
        for element, _attr, link, _pos in doc.iterlinks():
            if re.match(r"^[a-z]+:", link) or link.startswith("#"):
                continue
            resolved = urlsplit(urljoin(path.relative_to(site).as_posix(), link)).path
            target = Path(unquote(resolved))
            assert (site / target).is_file(), (path.name, element.tag, link)


def test_a_story_that_left_the_manifest_loses_its_page(site: Path) -> None:
    (site / "stories" / "gone.html").write_text("old")
    write(site)
    assert not (site / "stories" / "gone.html").exists()


# ---------------------------------------------------------------------------------------------- in a browser


@pytest.fixture
def served(site: Path) -> Iterator[str]:
    server = make_server(site, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join(5)


AUDIO_DURATION = """() => new Promise((resolve) => {
  const audio = document.querySelector('audio');
  const done = () => resolve(audio.duration);
  if (audio.readyState >= 1) done(); else audio.addEventListener('loadedmetadata', done);
  audio.addEventListener('error', () => resolve('error ' + (audio.error && audio.error.code)));
  audio.load();
})"""

CAPTION_CUES = """() => new Promise((resolve) => {
  const element = document.querySelector('track');
  const track = element.track;
  track.mode = 'showing';
  const done = () => resolve(track.cues ? track.cues.length : -1);
  if (element.readyState === 2) done();
  else { element.addEventListener('load', done); element.addEventListener('error', () => resolve('error')); }
})"""

AXE_RUN = """() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(
  v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))"""


def serious(violations: list[dict[str, object]]) -> list[dict[str, object]]:
    return [v for v in violations if v["impact"] in ("serious", "critical")]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)")
def test_in_chromium_pages_play_show_captions_and_pass_axe(site: Path, served: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415  (only where chromium is)

    shots = Path(SHOTS) if SHOTS else tmp_path
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            for item in manifest_items(site):
                stem = Path(str(item["mp3"])).stem
                page.goto(f"{served}stories/{stem}.html")
                duration = page.evaluate(AUDIO_DURATION)
                assert isinstance(duration, float), duration
                assert abs(duration - probe(site / str(item["mp3"])).duration_s) < 0.2
                cues = page.evaluate(CAPTION_CUES)
                assert isinstance(cues, int) and cues > 0, cues
                check_axe(page)
                check_keyboard(page)
                check_chapter_links(page)
                check_read_along(page)
                check_axe(page)  # with a sentence highlighted
                page.screenshot(path=str(shots / f"{stem}.png"), full_page=True)
                page.emulate_media(color_scheme="dark")
                check_highlight_visible(page)
                check_axe(page)
                page.screenshot(path=str(shots / f"{stem}-dark.png"), full_page=True)
                page.emulate_media(color_scheme="light")
            page.goto(served)
            check_axe(page)
            page.screenshot(path=str(shots / "index.png"), full_page=True)
            page.emulate_media(color_scheme="dark")
            check_axe(page)
            page.screenshot(path=str(shots / "index-dark.png"), full_page=True)
        finally:
            browser.close()


def check_axe(page: Page) -> None:
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(AXE_RUN)
    assert serious(violations) == [], violations


def check_chapter_links(page: Page) -> None:
    """A chapter link, followed from the keyboard, moves the page's player to the chapter's start."""
    links = page.locator("a[data-start]")
    if links.count() < 2:
        return
    start = float(links.nth(1).get_attribute("data-start") or "nan")
    links.nth(1).focus()
    page.keyboard.press("Enter")
    position = page.evaluate("() => document.querySelector('audio').currentTime")
    assert start - 0.01 <= position < start + 2, (start, position)
    assert page.evaluate("() => document.activeElement.tagName") == "AUDIO"
    page.evaluate("() => document.querySelector('audio').pause()")


def check_keyboard(page: Page) -> None:
    """Tab reaches the skip link first, it shows, and Enter takes the focus to the main content."""
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
        " return [e.className, r.top >= 0 && r.bottom <= innerHeight && r.width > 0]; }"
    )
    assert focused == ["skip", True]
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.tagName") in ("A", "AUDIO")


SEEK = """(time) => new Promise((resolve) => {
  const audio = document.querySelector('audio');
  audio.addEventListener('seeked', () => setTimeout(resolve, 50), {once: true});
  audio.currentTime = time;
})"""
SPEAKING = "() => Array.from(document.querySelectorAll('.speaking')).map(e => e.dataset.t)"
SENTENCES = "() => Array.from(document.querySelectorAll('#read-along [data-t]')).map(e => e.dataset.t)"


def check_read_along(page: Page) -> None:
    """Seeking highlights the sentence at that time; playing moves it on; a paragraph's Enter or click plays
    from its first sentence without moving the focus; nothing in the transcript is a live region."""
    sentences = page.evaluate(SENTENCES)
    assert sentences, "no timed sentences in the transcript"
    spans = [tuple(map(float, t.split())) for t in sentences]
    assert all(a < b for a, b in spans) and all(b <= c for (_a, b), (c, _d) in itertools.pairwise(spans))
    for n in sorted({0, len(spans) // 2, len(spans) - 1}):
        start, end = spans[n]
        page.evaluate(SEEK, (start + end) / 2)
        assert page.evaluate(SPEAKING) == [sentences[n]], (n, sentences[n])
    assert page.locator("#read-along [aria-live], #read-along[aria-live]").count() == 0
    page.evaluate(SEEK, spans[0][0])
    page.evaluate("() => document.querySelector('audio').play()")
    page.wait_for_timeout(1500)
    now = page.evaluate("() => document.querySelector('audio').currentTime")
    assert now > spans[0][0] + 0.5, now
    shown = page.evaluate(SPEAKING)
    assert len(shown) == 1, shown
    n = sentences.index(shown[0])
    until = spans[n + 1][0] if n + 1 < len(spans) else spans[n][1]
    assert spans[n][0] - 0.3 <= now < max(until, spans[n][1]) + 0.3, (now, shown)
    page.evaluate("() => document.querySelector('audio').pause()")
    paragraphs = page.locator("#read-along p[data-start]")
    target = paragraphs.nth(min(1, paragraphs.count() - 1))
    start = float(target.get_attribute("data-start") or "nan")
    target.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(100)
    position = page.evaluate("() => document.querySelector('audio').currentTime")
    assert start - 0.01 <= position < start + 0.5, (start, position)
    first = target.locator("[data-t]").first.get_attribute("data-t")
    assert page.evaluate(SPEAKING) == [first]
    assert page.evaluate("() => document.activeElement.getAttribute('data-start')") == f"{start:.3f}"
    page.evaluate("() => document.querySelector('audio').pause()")
    last = paragraphs.nth(paragraphs.count() - 1)
    last.click()
    position = page.evaluate("() => document.querySelector('audio').currentTime")
    assert abs(position - float(last.get_attribute("data-start") or "nan")) < 0.5
    page.evaluate("() => document.querySelector('audio').pause()")


def check_highlight_visible(page: Page) -> None:
    """The highlighted sentence has its own background, unlike the page's, and is underlined."""
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.querySelector('.speaking'));"
        " const body = getComputedStyle(document.body).backgroundColor;"
        " return [s.backgroundColor, body, s.textDecorationLine]; }"
    )
    assert style[0] != style[1] and style[0] not in ("rgba(0, 0, 0, 0)", "transparent"), style
    assert "underline" in style[2], style
