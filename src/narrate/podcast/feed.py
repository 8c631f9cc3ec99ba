"""A batch folder's podcast feed: OUTDIR/manifest.json -> OUTDIR/feed.xml (RSS 2.0, iTunes, Podcasting 2.0).

Apple's rules hold by construction: one unique absolute enclosure URL per episode with an ASCII file name,
the exact byte length of the file on disk, the manifest's stable guid, RFC 2822 dates, and cover art that is
checked (square RGB JPEG or PNG, 1400-3000 px), copied into OUTDIR and embedded in every MP3.
"""

from __future__ import annotations

import email.utils
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from narrate import __version__, folder
from narrate.errors import PublishError
from narrate.files import write_text, xml_text
from narrate.folder import FEED_NAME
from narrate.podcast.cover import embed_cover, install_cover
from narrate.podcast.entries import Entry, asset_url, byline_names, page_name, read_entries
from narrate.podcast.settings import FeedSettings, apple_category, feed_url, podcast_guid, resolve_settings

NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)
TRANSCRIPT_TYPES = {"vtt": "text/vtt", "srt": "application/x-subrip", "html": "text/html"}


def write_feed(outdir: Path, options: FeedSettings) -> Path:
    """Write OUTDIR/feed.xml from OUTDIR/manifest.json (and install and embed the cover); return its path."""
    check_outdir(outdir)
    settings = resolve_settings(outdir, options)
    entries = read_entries(outdir)
    if not entries:
        raise PublishError(
            f"{outdir}: no narrated stories to publish",
            hint="Apple rejects a feed without episodes; run `narrate batch` first.",
        )
    base = settings.base_url or ""
    _check_enclosures(entries, base)
    cover = install_cover(outdir, settings.image)
    embed_cover(outdir, entries, cover)
    folder.record_sizes(outdir)
    root = build_feed(outdir, settings, entries, cover)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    path = outdir / FEED_NAME
    write_text(path, '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n")
    return path


def check_outdir(outdir: Path) -> None:
    folder.check_folder(outdir, PublishError)


def _check_enclosures(entries: list[Entry], base: str) -> None:
    seen: dict[str, str] = {}
    for entry in entries:
        if not entry.mp3.isascii() or "/" in entry.mp3 or "\\" in entry.mp3:
            raise PublishError(
                f"{entry.mp3}: Apple requires plain ASCII file names in the folder",
                hint="Rename the MP3 (narrate batch names files with ASCII slugs).",
            )
        url = asset_url(base, entry.mp3)
        if url in seen or entry.guid in seen.values():
            raise PublishError(
                f"{entry.mp3}: two episodes share a file or a guid",
                hint="Each episode needs its own MP3 and guid; run `narrate batch` again.",
            )
        seen[url] = entry.guid


def build_feed(outdir: Path, settings: FeedSettings, entries: list[Entry], cover: Path) -> ET.Element:
    """The RSS document as an element tree."""
    base = settings.base_url or ""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    language = settings.language or _most_common([e.language for e in entries]) or "en"
    author = settings.author or _most_common([e.station for e in entries]) or settings.title or ""
    description = settings.description or f"{settings.title}: news stories, narrated."
    _sub(channel, "title", settings.title)
    _sub(channel, "link", f"{base}/index.html")
    _sub(channel, "description", description)
    _sub(channel, "language", language)
    _sub(channel, "generator", f"narrate {__version__}")
    _sub(channel, "lastBuildDate", email.utils.format_datetime(max(e.date for e in entries)))
    ET.SubElement(
        channel, _q("atom", "link"), {"href": feed_url(base), "rel": "self", "type": "application/rss+xml"}
    )
    image = ET.SubElement(channel, "image")
    _sub(image, "url", asset_url(base, cover.name))
    _sub(image, "title", settings.title)
    _sub(image, "link", f"{base}/index.html")
    ET.SubElement(channel, _q("itunes", "image"), {"href": asset_url(base, cover.name)})
    top, sub = apple_category(settings.category)
    category = ET.SubElement(channel, _q("itunes", "category"), {"text": top})
    if sub:
        ET.SubElement(category, _q("itunes", "category"), {"text": sub})
    _sub(channel, _q("itunes", "explicit"), "false")
    _sub(channel, _q("itunes", "author"), author)
    _sub(channel, _q("itunes", "type"), "episodic")
    owner = ET.SubElement(channel, _q("itunes", "owner"))
    _sub(owner, _q("itunes", "name"), author)
    if settings.email:
        _sub(owner, _q("itunes", "email"), settings.email)
    _sub(channel, _q("podcast", "guid"), settings.guid or podcast_guid(feed_url(base)))
    for entry in entries:
        channel.append(build_item(outdir, base, entry, language))
    return rss


def build_item(outdir: Path, base: str, entry: Entry, channel_language: str) -> ET.Element:
    """One <item>: the episode, its enclosure, transcripts, chapters and people."""
    item = ET.Element("item")
    _sub(item, "title", entry.title)
    _sub(item, "link", asset_url(base, page_name(entry)))
    _sub(item, "description", _show_notes(base, entry, full=False))
    _sub(item, _q("content", "encoded"), _show_notes(base, entry, full=True))
    _sub(item, "pubDate", email.utils.format_datetime(entry.date))
    guid = _sub(item, "guid", entry.guid)
    guid.set("isPermaLink", "false")
    size = (outdir / entry.mp3).stat().st_size  # after the cover went in: the exact length served
    ET.SubElement(
        item, "enclosure", {"url": asset_url(base, entry.mp3), "length": str(size), "type": "audio/mpeg"}
    )
    _sub(item, _q("itunes", "duration"), str(round(entry.duration)))
    _sub(item, _q("itunes", "episodeType"), "full")
    _sub(item, _q("itunes", "explicit"), "false")
    if entry.byline:
        _sub(item, _q("itunes", "author"), entry.byline)
    if entry.summary:
        _sub(item, _q("itunes", "summary"), entry.summary)
    language = entry.language or channel_language
    for kind, mime in TRANSCRIPT_TYPES.items():
        name = entry.sidecars.get(kind)
        if name and (outdir / name).is_file():
            attrs = {"url": asset_url(base, name), "type": mime, "language": language}
            if kind in ("vtt", "srt"):
                attrs["rel"] = "captions"  # time-coded: apps may show them in sync with the audio
            ET.SubElement(item, _q("podcast", "transcript"), attrs)
    chapters = entry.sidecars.get("chapters")
    if chapters and (outdir / chapters).is_file():
        ET.SubElement(
            item,
            _q("podcast", "chapters"),
            {"url": asset_url(base, chapters), "type": "application/json+chapters"},
        )
    for name in byline_names(entry.byline):
        # The Podcast Taxonomy's "Author" (group Writing): wrote the text now read verbatim on air.
        person = _sub(item, _q("podcast", "person"), name[:128])
        person.set("role", "author")
        person.set("group", "writing")
    return item


def _show_notes(base: str, entry: Entry, *, full: bool) -> str:
    """HTML show notes: the summary, then links to the transcript, the listener page and the original."""
    notes = ET.Element("div")
    if entry.summary:
        _sub(notes, "p", entry.summary)
    if full:
        credit = " · ".join(x for x in (entry.byline, entry.station) if x)
        if credit:
            _sub(notes, "p", credit)
    links = ET.SubElement(notes, "p")
    transcript = entry.sidecars.get("html")
    _link(
        links,
        asset_url(base, transcript) if transcript else asset_url(base, page_name(entry)),
        "Read the transcript",
    )
    if full:
        ET.SubElement(links, "br")
        _link(links, asset_url(base, page_name(entry)), "Listen on the web")
    if entry.url:
        ET.SubElement(links, "br")
        _link(links, entry.url, "The original story")
    return "".join(ET.tostring(child, encoding="unicode", method="html") for child in notes)


def _link(parent: ET.Element, href: str, text: str) -> None:
    a = ET.SubElement(parent, "a", {"href": xml_text(href)})
    a.text = text


def _sub(parent: ET.Element, tag: str, text: str | None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = xml_text(text or "")  # the manifest and settings are cleaned already; this holds anyway
    return element


def _q(prefix: str, tag: str) -> str:
    return f"{{{NS[prefix]}}}{tag}"


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
