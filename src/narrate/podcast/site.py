"""Listener pages for a batch folder: OUTDIR/index.html and OUTDIR/stories/<slug>.html.

Plain, accessible HTML that works without JavaScript: landmarks, headings in order, a skip link, the page's
language, a native audio player with a captions track, the transcript on the page, a download link, and the
feed linked for podcast apps. With JavaScript, the transcript reads along: the sentence being spoken is
highlighted (from the story's timings sidecar, embedded in the page), and a click or Enter on a paragraph
plays from there. All links are relative, so the folder works from any host or `narrate serve`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from narrate.display import clock, format_duration, format_size
from narrate.files import write_text
from narrate.folder import FEED_NAME
from narrate.podcast.entries import Entry, page_name, read_entries
from narrate.podcast.settings import FeedSettings
from narrate.sidecars.read import chapters_of, timings_in, transcript_blocks_in, vtt_paragraphs
from narrate.sidecars.timings import StoryTimings

STORIES_DIR = "stories"

# Contrast (WCAG AA needs 4.5:1): text #1b1b1b on #ffffff is 17:1, muted #4d4d4d 8.4:1, links #0a58ca 6.3:1;
# dark scheme: #ececec on #141414 15.6:1, muted #c2c2c2 10.7:1, links #9cc3ff 10:1. The sentence being read
# (.speaking) is text on --mark: #1b1b1b on #fff0a8 15.5:1, #ececec on #5c4b00 7.4:1, and underlined.
CSS = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #4d4d4d; --link: #0a58ca;
  --rule: #d0d0d0; --focus: #b3400a; --card: #f5f6f8; --mark: #fff0a8; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #141414; --fg: #ececec; --muted: #c2c2c2; --link: #9cc3ff; --rule: #444444;
    --focus: #ffb37a; --card: #1f1f1f; --mark: #5c4b00; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 1.125rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; border-radius: 2px; }
.skip { position: absolute; left: 0.5rem; top: 0.5rem; transform: translateY(-200%); padding: 0.5rem 1rem;
  background: var(--bg); color: var(--link); border: 2px solid var(--focus); z-index: 10; }
.skip:focus { transform: none; }
header, main, footer { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline;
  justify-content: space-between; padding-top: 1rem; padding-bottom: 0.75rem;
  border-bottom: 1px solid var(--rule); }
.site { font-weight: 700; margin: 0; }
.site a { color: var(--fg); text-decoration: none; }
nav ul { list-style: none; display: flex; gap: 1.25rem; margin: 0; padding: 0; }
main { padding-top: 1rem; padding-bottom: 2rem; }
main:focus { outline: none; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.25rem; }
.meta { color: var(--muted); margin: 0.25rem 0 1rem; }
.summary { font-size: 1.2rem; }
audio { width: 100%; margin: 0.5rem 0; }
.stories { list-style: none; padding: 0; margin: 0; }
.stories li { background: var(--card); border: 1px solid var(--rule); border-radius: 6px;
  padding: 0.25rem 1rem; margin: 1rem 0; }
.stories h2 { margin-top: 0.75rem; }
.files { padding-left: 1.25rem; }
.chapters a { font-variant-numeric: tabular-nums; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--rule); }
.feed-url { word-break: break-all; }
[data-start] { cursor: pointer; }
.speaking { background: var(--mark); color: var(--fg); box-shadow: 0 0 0 2px var(--mark);
  text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 0.2em; }
footer { border-top: 1px solid var(--rule); padding-top: 0.75rem; padding-bottom: 2rem; color: var(--muted);
  font-size: 1rem; }
"""


def write_site(outdir: Path, settings: FeedSettings) -> Path:
    """Write OUTDIR/index.html and one page per narrated story under OUTDIR/stories/; return index.html."""
    entries = read_entries(outdir)
    stories = outdir / STORIES_DIR
    stories.mkdir(exist_ok=True)
    language = settings.language or (entries[0].language if entries else None) or "en"
    title = settings.title or "Narrated stories"
    keep = set()
    for entry in entries:
        path = outdir / page_name(entry)
        write_text(path, story_page(outdir, entry, title, language))
        keep.add(path.name)
    for stale in stories.glob("*.html"):
        if stale.name not in keep:  # a story that left the manifest
            stale.unlink()
    index = outdir / "index.html"
    write_text(index, index_page(outdir, entries, settings, title, language))
    return index


# ---------------------------------------------------------------------------------------------- pages


def index_page(outdir: Path, entries: list[Entry], settings: FeedSettings, title: str, language: str) -> str:
    """The list of stories, newest first."""
    html, main = _skeleton(title, title, language, prefix="", current="index")
    _el(main, "h1", text=title)
    if settings.description:
        _el(main, "p", {"class": "summary"}, settings.description)
    subscribe = _el(main, "p")
    subscribe.text = "Listen here, or subscribe in a podcast app with the feed: "
    feed_href = f"{settings.base_url}/{FEED_NAME}" if settings.base_url else FEED_NAME
    _el(subscribe, "a", {"href": FEED_NAME, "class": "feed-url"}, feed_href)
    if not entries:
        _el(main, "p", text="No stories yet.")
    listing = _el(main, "ol", {"class": "stories", "aria-label": "Stories, newest first"})
    for entry in entries:
        item = _el(listing, "li")
        article = _el(item, "article", _lang(entry, language))
        heading = _el(article, "h2")
        _el(heading, "a", {"href": page_name(entry)}, entry.title)
        _meta(article, entry, with_duration=True)
        if entry.summary:
            _el(article, "p", text=entry.summary)
    return _serialize(html)


def story_page(outdir: Path, entry: Entry, site_title: str, language: str) -> str:
    """One story: headline, credits, player with captions, download, transcript, files."""
    html, main = _skeleton(
        f"{entry.title} – {site_title}", site_title, entry.language or language, prefix="../", current="story"
    )
    article = _el(main, "article")
    _el(article, "h1", text=entry.title)
    _meta(article, entry, with_duration=False)
    blocks = transcript_blocks(outdir, entry)
    if entry.summary and (not blocks or blocks[0][1] != entry.summary):  # not the first paragraph twice
        _el(article, "p", {"class": "summary"}, entry.summary)
    _player(article, outdir, entry)
    _download(article, outdir, entry)
    if entry.url:
        original = _el(article, "p", text="Original story: ")
        _el(original, "a", {"href": entry.url}, entry.url)
    _chapters(article, outdir, entry)
    section = _el(article, "section", {"aria-labelledby": "transcript"})
    _el(section, "h2", {"id": "transcript"}, "Transcript")
    timings = _timings(outdir, entry)
    if timings is not None:
        _read_along(section, timings, entry.language)
    else:
        for tag, text in blocks or [("p", "No transcript was written for this story.")]:
            _el(section, tag, text=text)
    _files(article, outdir, entry)
    return _serialize(html)


def _skeleton(
    title: str, site_title: str, language: str, *, prefix: str, current: str
) -> tuple[ET.Element, ET.Element]:
    """<html> with head, skip link, header with nav, an empty <main>, and the footer; returns (html, main)."""
    html = ET.Element("html", {"lang": language})
    head = _el(html, "head")
    _el(head, "meta", {"charset": "utf-8"})
    _el(head, "meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"})
    _el(head, "title", text=title)
    _el(
        head,
        "link",
        {
            "rel": "alternate",
            "type": "application/rss+xml",
            "title": "Podcast feed",
            "href": prefix + FEED_NAME,
        },
    )
    _el(head, "style", text=CSS)
    body = _el(html, "body")
    _el(body, "a", {"class": "skip", "href": "#main"}, "Skip to content")
    header = _el(body, "header")
    site = _el(header, "p", {"class": "site"})
    _el(site, "a", {"href": prefix + "index.html"}, site_title)
    nav = _el(header, "nav", {"aria-label": "Site"})
    links = _el(nav, "ul")
    home = _el(_el(links, "li"), "a", {"href": prefix + "index.html"}, "All stories")
    if current == "index":
        home.set("aria-current", "page")
    _el(_el(links, "li"), "a", {"href": prefix + FEED_NAME}, "Podcast feed (RSS)")
    main = _el(body, "main", {"id": "main", "tabindex": "-1"})
    footer = _el(body, "footer")
    _el(
        footer,
        "p",
        text="Read aloud by a synthetic voice (eSpeak NG), made with narrate. "
        "The text belongs to its authors and stations.",
    )
    return html, main


def _meta(parent: ET.Element, entry: Entry, *, with_duration: bool) -> None:
    meta = _el(parent, "p", {"class": "meta"})
    parts: list[str] = []
    if entry.byline:
        parts.append(f"By {entry.byline}")
    if entry.station:
        parts.append(entry.station)
    meta.text = " · ".join(parts) + (" · " if parts else "")
    when = _el(meta, "time", {"datetime": entry.date.isoformat()}, entry.date.date().isoformat())
    if with_duration:
        when.tail = f" · {format_duration(entry.duration)}"


def _player(parent: ET.Element, outdir: Path, entry: Entry) -> None:
    audio = _el(
        parent,
        "audio",
        {
            "controls": "",
            "preload": "metadata",
            "src": "../" + entry.mp3,
            "aria-label": f"Listen: {entry.title}",
        },
    )
    vtt = entry.sidecars.get("vtt")
    if vtt and (outdir / vtt).is_file():
        _el(
            audio,
            "track",
            {
                "kind": "captions",
                "src": "../" + vtt,
                "srclang": entry.language or "en",
                "label": "Captions",
                "default": "",
            },
        )
    fallback = _el(audio, "a", {"href": "../" + entry.mp3}, "Download the audio")
    fallback.tail = " (your browser cannot play it here)."


def _download(parent: ET.Element, outdir: Path, entry: Entry) -> None:
    size = (outdir / entry.mp3).stat().st_size
    para = _el(parent, "p")
    _el(para, "a", {"href": "../" + entry.mp3, "download": entry.mp3}, "Download the MP3")
    _el(para, "span", text=f" ({format_size(size)}, {format_duration(entry.duration)})")


# With JavaScript a chapter link moves the page's player; without, it opens the MP3 at that time (#t=).
SEEK_SCRIPT = """
document.querySelectorAll("a[data-start]").forEach(function (link) {
  link.addEventListener("click", function (event) {
    var audio = document.querySelector("audio");
    if (!audio) return;
    event.preventDefault();
    audio.currentTime = parseFloat(link.dataset.start);
    audio.play();
    audio.focus();
  });
});
"""


def _chapters(parent: ET.Element, outdir: Path, entry: Entry) -> None:
    name = entry.sidecars.get("chapters")
    chapters = chapters_of(outdir / name) if name else []
    if len(chapters) < 2:
        return  # one chapter is the story itself
    section = _el(parent, "section", {"aria-labelledby": "chapters"})
    _el(section, "h2", {"id": "chapters"}, "Chapters")
    listing = _el(section, "ol", {"class": "chapters"})
    for start, title in chapters:
        href = f"../{entry.mp3}#t={start:g}"
        _el(_el(listing, "li"), "a", {"href": href, "data-start": f"{start:g}"}, f"{clock(start)} {title}")
    _el(section, "script", text=SEEK_SCRIPT)


def _files(parent: ET.Element, outdir: Path, entry: Entry) -> None:
    labels = {
        "vtt": "Captions (WebVTT)",
        "srt": "Captions (SubRip)",
        "html": "Transcript (HTML)",
        "chapters": "Chapters (JSON)",
    }
    present = [(k, v) for k, v in entry.sidecars.items() if k in labels and (outdir / v).is_file()]
    if not present:
        return
    section = _el(parent, "section", {"aria-labelledby": "files"})
    _el(section, "h2", {"id": "files"}, "Files")
    listing = _el(section, "ul", {"class": "files"})
    for kind, name in present:
        _el(_el(listing, "li"), "a", {"href": "../" + name}, labels[kind])


# ---------------------------------------------------------------------------------------------- transcript


def transcript_blocks(outdir: Path, entry: Entry) -> list[tuple[str, str]]:
    """(tag, text) of the transcript: from the HTML sidecar, else from the captions; [] when neither."""
    html = entry.sidecars.get("html")
    blocks = transcript_blocks_in(outdir / html, entry.title) if html else []
    if not blocks and "vtt" in entry.sidecars:
        blocks = [("p", text) for text in vtt_paragraphs(outdir / entry.sidecars["vtt"])]
    return blocks


# ---------------------------------------------------------------------------------------------- read along

# The sentence being spoken is highlighted (class "speaking": no focus moves, nothing announced); a click, or
# Enter on a focused paragraph, plays from that paragraph. Times come from the data-t="start end" (seconds)
# of each sentence; a sentence stays highlighted through the pause after it.
READ_ALONG_SCRIPT = """
(function () {
  var audio = document.querySelector("audio");
  var spans = Array.prototype.slice.call(document.querySelectorAll("#read-along [data-t]"));
  if (!audio || !spans.length) return;
  var times = spans.map(function (s) { return s.getAttribute("data-t").split(" ").map(parseFloat); });
  var current = null;
  function spoken(time) {
    var lo = 0, hi = times.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (times[mid][0] <= time) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (found < 0) return null;
    var until = found + 1 < times.length ? Math.max(times[found][1], times[found + 1][0]) : times[found][1];
    return time < until ? spans[found] : null;
  }
  function update() {
    var span = spoken(audio.currentTime);
    if (span === current) return;
    if (current) current.classList.remove("speaking");
    if (span) span.classList.add("speaking");
    current = span;
  }
  ["timeupdate", "seeked", "seeking", "play", "ended"].forEach(function (name) {
    audio.addEventListener(name, update);
  });
  document.querySelectorAll("#read-along [data-start]").forEach(function (block) {
    function seek() {
      audio.currentTime = parseFloat(block.getAttribute("data-start"));
      update();
      if (audio.paused) { var playing = audio.play(); if (playing) playing.catch(function () {}); }
    }
    block.addEventListener("click", seek);
    block.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); seek(); }
    });
  });
  update();
})();
"""


def _timings(outdir: Path, entry: Entry) -> StoryTimings | None:
    name = entry.sidecars.get("timings")
    timings = timings_in(outdir / name) if name else None
    if timings is None or not any(u.kind in ("paragraph", "quote") for u in timings.utterances):
        return None
    return timings


def _read_along(section: ET.Element, timings: StoryTimings, page_language: str | None) -> None:
    """The transcript, a span per sentence with its time, paragraphs that play from their start."""
    section.set("id", "read-along")
    _el(section, "p", {"class": "meta"}, "Select a paragraph (click, or Enter) to listen from there.")
    for u in timings.utterances:
        if u.kind not in ("heading", "paragraph", "quote") or not u.text.strip():
            continue
        attrs = {"lang": u.language, "dir": "auto"} if u.language and u.language != page_language else {}
        if u.kind == "heading":
            parent = _el(section, "h3", attrs)
        else:
            holder = _el(section, "blockquote") if u.kind == "quote" else section
            parent = _el(holder, "p", attrs)
            if u.sentences:
                parent.set("data-start", f"{u.sentences[0].start_ms / 1000:.3f}")
                parent.set("tabindex", "0")
        if not u.sentences:
            parent.text = u.text
            continue
        for n, sentence in enumerate(u.sentences):
            times = f"{sentence.start_ms / 1000:.3f} {sentence.end_ms / 1000:.3f}"
            span = _el(parent, "span", {"data-t": times}, sentence.text)
            span.tail = " " if n + 1 < len(u.sentences) else None
    _el(section, "script", text=READ_ALONG_SCRIPT)


# ---------------------------------------------------------------------------------------------- helpers


def _lang(entry: Entry, page_language: str) -> dict[str, str]:
    return {"lang": entry.language} if entry.language and entry.language != page_language else {}


def _el(
    parent: ET.Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None
) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs or {})
    if text is not None:
        element.text = text
    return element


def _serialize(html: ET.Element) -> str:
    return "<!DOCTYPE html>\n" + ET.tostring(html, encoding="unicode", method="html") + "\n"
