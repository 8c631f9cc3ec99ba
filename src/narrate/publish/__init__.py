"""A batch folder's podcast feed: OUTDIR/manifest.json -> OUTDIR/feed.xml (RSS 2.0, iTunes, Podcasting 2.0).

Apple's rules hold by construction: one unique absolute enclosure URL per episode with an ASCII file name,
the exact byte length of the file on disk, the manifest's stable guid, RFC 2822 dates, and cover art that is
checked (square RGB JPEG or PNG, 1400-3000 px), copied into OUTDIR and embedded in every MP3.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.utils
import json
import re
import shutil
import struct
import uuid
import xml.etree.ElementTree as ET
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from narrate import __version__, config
from narrate.audio.tag import set_cover
from narrate.errors import PublishError, UsageError
from narrate.files import staged, write_bytes, write_text

FEED_NAME = "feed.xml"
SETTINGS_NAME = "podcast.toml"
MANIFEST_NAME = "manifest.json"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")  # Podcasting 2.0 <podcast:guid>
IMAGE_MIN_PX = 1400
IMAGE_MAX_PX = 3000

NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

# Apple Podcasts' categories and subcategories (the only values Apple accepts in <itunes:category>).
# fmt: off
CATEGORIES: dict[str, tuple[str, ...]] = {
    "Arts": ("Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"),
    "Business": ("Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"),
    "Comedy": ("Comedy Interviews", "Improv", "Stand-Up"),
    "Education": ("Courses", "How To", "Language Learning", "Self-Improvement"),
    "Fiction": ("Comedy Fiction", "Drama", "Science Fiction"),
    "Government": (),
    "History": (),
    "Health & Fitness": ("Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition",
                         "Sexuality"),
    "Kids & Family": ("Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"),
    "Leisure": ("Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies", "Home & Garden",
                "Video Games"),
    "Music": ("Music Commentary", "Music History", "Music Interviews"),
    "News": ("Business News", "Daily News", "Entertainment News", "News Commentary", "Politics",
             "Sports News", "Tech News"),
    "Religion & Spirituality": ("Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion",
                                "Spirituality"),
    "Science": ("Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics",
                "Natural Sciences", "Nature", "Physics", "Social Sciences"),
    "Society & Culture": ("Documentary", "Personal Journals", "Philosophy", "Places & Travel",
                          "Relationships"),
    "Sports": ("Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey", "Rugby",
               "Running", "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling"),
    "Technology": (),
    "True Crime": (),
    "TV & Film": ("After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"),
}
# fmt: on

TRANSCRIPT_TYPES = {"vtt": "text/vtt", "srt": "application/x-subrip", "html": "text/html"}


@dataclass(frozen=True)
class FeedSettings:
    """The podcast's channel settings: CLI options over OUTDIR/podcast.toml over defaults (None: not set)."""

    title: str | None = None
    base_url: str | None = None  # where OUTDIR is published, e.g. https://example.org/podcast
    author: str | None = None  # default: the stations of the stories
    email: str | None = None  # itunes:owner email (Apple writes to it to verify ownership)
    image: Path | None = None  # cover art; default: a cover already in OUTDIR, else a generated one
    category: str | None = None  # an Apple category, "News" or "News/Daily News"; default "News"
    language: str | None = None  # default: the stories' most common language, else "en"
    description: str | None = None
    guid: str | None = None  # keep a podcast:guid given once (the spec: it follows the show when it moves)

    def merged(self, under: FeedSettings) -> FeedSettings:
        """These settings, with the unset ones taken from UNDER."""
        return FeedSettings(
            **{
                f.name: getattr(self, f.name) if getattr(self, f.name) is not None else getattr(under, f.name)
                for f in dataclasses.fields(self)
            }
        )


@dataclass(frozen=True)
class Entry:
    """One narrated story of the manifest, as the feed and the listener pages need it."""

    mp3: str  # file name relative to OUTDIR
    title: str
    byline: str | None
    station: str | None
    date: datetime  # publication date (the story's date, else when it was narrated), aware
    duration: float  # seconds
    guid: str
    url: str | None  # the original story's URL
    language: str | None
    summary: str | None
    sidecars: dict[str, str]  # "vtt", "srt", "chapters", "html" -> file name relative to OUTDIR

    @property
    def stem(self) -> str:
        return Path(self.mp3).stem


@dataclass(frozen=True)
class ImageInfo:
    format: str  # "png" or "jpeg"
    width: int
    height: int
    mode: str  # "RGB", "RGBA", "L", "LA", "P", "CMYK", ...


# ---------------------------------------------------------------------------------------------- settings


def load_settings(outdir: Path) -> FeedSettings:
    """OUTDIR/podcast.toml as FeedSettings (all unset when there is no such file)."""
    path = outdir / SETTINGS_NAME
    known = {f.name for f in dataclasses.fields(FeedSettings)}
    data = config.read_toml(
        path,
        "podcast settings",
        known=known,
        error=UsageError,
        hint='Fix the file; it is TOML, e.g. title = "Morning News"',
        missing_ok=True,
    )
    values: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(value, str):
            raise UsageError(f"{path}: {key} must be a string", hint=f'Write it in quotes: {key} = "..."')
        values[key] = (outdir / value) if key == "image" else value
    return FeedSettings(**values)


def save_settings(outdir: Path, settings: FeedSettings) -> Path:
    """Write the settings given to OUTDIR/podcast.toml (then `narrate batch` keeps the feed current)."""
    lines = []
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if value is None:
            continue
        if isinstance(value, Path):
            value = _relative_to(value, outdir)
        lines.append(f"{f.name} = {json.dumps(str(value), ensure_ascii=False)}")  # a JSON string is TOML
    path = outdir / SETTINGS_NAME
    write_text(path, "\n".join(lines) + "\n")
    return path


def _relative_to(path: Path, folder: Path) -> str:
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())


def feed_url(base_url: str) -> str:
    return f"{base_url.rstrip('/')}/{FEED_NAME}"


def podcast_guid(url: str) -> str:
    """The Podcasting 2.0 podcast:guid of a feed URL: UUIDv5 of the URL without scheme and trailing slashes.

    >>> podcast_guid("https://podnews.net/rss")
    '9b024349-ccf0-5f69-a609-6b82873eab3c'
    >>> podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/")
    '917393e3-1b1e-5cef-ace4-edaa54e1f810'
    """
    bare = url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def _check_base_url(base_url: str | None) -> str:
    if not base_url:
        raise UsageError(
            "no --base-url given",
            hint="Say where OUTDIR will be published, e.g. --base-url https://example.org/podcast "
            "(or base_url in podcast.toml).",
        )
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise UsageError(
            f"{base_url}: not an absolute http(s) URL",
            hint="Give the folder's public address, e.g. https://example.org/podcast",
        )
    if not base_url.isascii():
        raise UsageError(
            f"{base_url}: the base URL must be ASCII", hint="Percent-encode it, or use the IDNA host name."
        )
    return base_url.rstrip("/")


def _category(value: str | None) -> tuple[str, str | None]:
    """("News", "Daily News") from "News/Daily News"; Apple's list only."""
    text = value or "News"
    top, _, sub = (part.strip() for part in text.partition("/"))
    lookup = {name.lower(): name for name in CATEGORIES}
    if top.lower() not in lookup:
        raise UsageError(
            f"{text}: not an Apple Podcasts category",
            hint=f"Pick one of: {', '.join(CATEGORIES)} (optionally /Subcategory).",
        )
    top = lookup[top.lower()]
    if not sub:
        return top, None
    subs = {name.lower(): name for name in CATEGORIES[top]}
    if sub.lower() not in subs:
        choices = ", ".join(CATEGORIES[top]) or "none"
        raise UsageError(f"{text}: not a subcategory of {top}", hint=f"Subcategories of {top}: {choices}.")
    return top, subs[sub.lower()]


# ---------------------------------------------------------------------------------------------- manifest


def read_entries(outdir: Path) -> list[Entry]:
    """The manifest's narrated stories whose MP3 exists, newest first."""
    path = outdir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PublishError(f"{path}: no manifest", hint="Run `narrate batch ... -d OUTDIR` first.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PublishError(
            f"{path}: cannot read the manifest: {exc}", hint="Run `narrate batch` again."
        ) from exc
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise PublishError(f'{path}: no "items" list in the manifest', hint="Run `narrate batch` again.")
    entries = [_entry(item, path) for item in items if isinstance(item, dict) and item.get("status") == "ok"]
    entries = [e for e in entries if (outdir / e.mp3).is_file()]
    entries.sort(key=lambda e: (e.date, e.title), reverse=True)
    return entries


def _entry(item: dict[str, Any], manifest: Path) -> Entry:
    try:
        mp3, title, guid = str(item["mp3"]), str(item["title"]), str(item["guid"])
    except KeyError as exc:
        raise PublishError(
            f"{manifest}: an item has no {exc.args[0]}", hint="Run `narrate batch` again."
        ) from exc
    date = (
        parse_date(item.get("date"))
        or parse_date(item.get("narrated_at"))
        or datetime(1970, 1, 1, tzinfo=UTC)
    )
    sidecars = item.get("sidecars") or {}
    return Entry(
        mp3=mp3,
        title=title,
        byline=item.get("byline") or None,
        station=item.get("station") or None,
        date=date,
        duration=float(item.get("duration") or 0.0),
        guid=guid,
        url=item.get("url") or None,
        language=item.get("language") or None,
        summary=item.get("summary") or None,
        sidecars={str(k): str(v) for k, v in sidecars.items() if v},
    )


def parse_date(value: object) -> datetime | None:
    """An aware datetime from ISO 8601 (a bare date is midnight UTC); None when absent or unreadable.

    >>> parse_date("2026-11-26")
    datetime.datetime(2026, 11, 26, 0, 0, tzinfo=datetime.timezone.utc)
    >>> parse_date("2026-11-26T09:30:00+01:00").isoformat()
    '2026-11-26T09:30:00+01:00'
    >>> parse_date("yesterday") is None
    True
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def byline_names(byline: str | None) -> list[str]:
    """The people of a byline ("A, B and C").

    >>> byline_names("Ann Lee, Bo Park and Cy Young")
    ['Ann Lee', 'Bo Park', 'Cy Young']
    >>> byline_names("Ann Lee & Bo Park")
    ['Ann Lee', 'Bo Park']
    >>> byline_names(None)
    []
    """
    if not byline:
        return []
    text = byline.replace(" & ", ", ").replace(" and ", ", ")
    return [name.strip() for name in text.split(",") if name.strip()]


# ---------------------------------------------------------------------------------------------- cover art


def image_info(path: Path) -> ImageInfo:
    """Format, size and colour mode read from a PNG or JPEG header (no image library needed)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2_000_000)
    except OSError as exc:
        raise PublishError(
            f"{path}: cannot read the image: {exc.strerror}", hint="Check the --image path."
        ) from exc
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        width, height, _depth, colour = struct.unpack(">IIBB", head[16:26])
        mode = {0: "L", 2: "RGB", 3: "P", 4: "LA", 6: "RGBA"}.get(colour, f"PNG colour type {colour}")
        if mode == "P" and _png_has_chunk(head, b"tRNS"):
            mode = "PA"  # a palette with transparency
        return ImageInfo("png", width, height, mode)
    if head.startswith(b"\xff\xd8"):
        return _jpeg_info(path, head)
    raise PublishError(f"{path}: not a PNG or JPEG image", hint="Apple accepts only JPEG or PNG cover art.")


def _png_has_chunk(data: bytes, name: bytes) -> bool:
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == name:
            return True
        if kind == b"IDAT":  # tRNS must come before the image data
            return False
        pos += 12 + length
    return False


_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_info(path: Path, data: bytes) -> ImageInfo:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            break
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _SOF_MARKERS and pos + 10 <= len(data):
            height, width, components = struct.unpack(">HHB", data[pos + 5 : pos + 10])
            mode = {1: "L", 3: "RGB", 4: "CMYK"}.get(components, f"{components} components")
            return ImageInfo("jpeg", width, height, mode)
        pos += 2 + length
    raise PublishError(
        f"{path}: a JPEG without a readable frame header", hint="Save the image again as JPEG or PNG."
    )


def check_image(path: Path) -> ImageInfo:
    """Apple's artwork rules: JPEG or PNG, RGB without transparency, square, 1400 to 3000 pixels a side."""
    info = image_info(path)
    size = f"{info.width}x{info.height}"
    if info.mode not in ("RGB", "P"):
        why = {
            "RGBA": "has an alpha channel",
            "LA": "has an alpha channel",
            "PA": "has transparency",
            "L": "is greyscale",
            "CMYK": "is CMYK",
        }.get(info.mode, f"is {info.mode}")
        raise PublishError(
            f"{path}: cover art {why}; Apple requires RGB without transparency",
            hint="Save it as an RGB JPEG, or a PNG without alpha.",
        )
    if info.width != info.height:
        raise PublishError(
            f"{path}: cover art is {size}; it must be square",
            hint=f"Crop it to a square of {IMAGE_MIN_PX} to {IMAGE_MAX_PX} pixels.",
        )
    if not IMAGE_MIN_PX <= info.width <= IMAGE_MAX_PX:
        raise PublishError(
            f"{path}: cover art is {size}; Apple requires {IMAGE_MIN_PX} to {IMAGE_MAX_PX} pixels",
            hint="Scale it to 3000x3000 (best) or at least 1400x1400.",
        )
    return info


def default_cover(size: int = IMAGE_MIN_PX) -> bytes:
    """A plain cover (PNG, RGB): a sound-wave mark on dark blue, for a feed that was given no image."""
    background, ink = b"\x12\x2a\x4a", b"\xf2\xf5\xf8"
    bars = [0.18, 0.34, 0.56, 0.80, 0.56, 0.34, 0.18]  # bar heights, as a fraction of the side
    bar_w = size // 22
    gap = bar_w
    left = (size - len(bars) * bar_w - (len(bars) - 1) * gap) // 2
    rows = []
    for y in range(size):
        row = bytearray(background * size)
        for i, height in enumerate(bars):
            half = int(size * height / 2)
            if abs(y - size // 2) < half:
                x = left + i * (bar_w + gap)
                row[3 * x : 3 * (x + bar_w)] = ink * bar_w
        rows.append(b"\x00" + bytes(row))  # filter type 0 per scanline
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def install_cover(outdir: Path, image: Path | None) -> Path:
    """The checked cover art in OUTDIR (cover.jpg or cover.png): copied from IMAGE, kept, or generated."""
    if image is None:
        for existing in (outdir / "cover.jpg", outdir / "cover.png"):
            if existing.is_file():
                check_image(existing)
                return existing
        target = outdir / "cover.png"
        write_bytes(target, default_cover())
        return target
    info = check_image(image)
    target = outdir / ("cover.jpg" if info.format == "jpeg" else "cover.png")
    if image.resolve() != target.resolve():
        write_bytes(target, image.read_bytes())
    for stale in (outdir / "cover.jpg", outdir / "cover.png"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target


def embed_cover(outdir: Path, entries: list[Entry], cover: Path) -> None:
    """The cover as APIC front cover in every episode's MP3, each MP3 replaced whole (never half-tagged)."""
    art = cover.read_bytes()
    for entry in entries:
        mp3 = outdir / entry.mp3
        if art in mp3.read_bytes():
            continue  # embedded already (set_cover keeps one APIC): leave the file, and its downloads, alone
        with staged(mp3) as tmp:
            shutil.copyfile(mp3, tmp)
            set_cover(tmp, cover)


def record_sizes(outdir: Path) -> None:
    """Put the MP3s' sizes after the cover went in back into the manifest's "bytes" (batch checks them)."""
    path = outdir / MANIFEST_NAME
    doc = json.loads(path.read_text(encoding="utf-8"))
    changed = False
    for item in doc.get("items", []):
        mp3 = outdir / str(item.get("mp3") or "")
        if item.get("status") == "ok" and item.get("mp3") and mp3.is_file():
            size = mp3.stat().st_size
            changed = changed or item.get("bytes") != size
            item["bytes"] = size
    if changed:
        write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------- the feed


def resolve_settings(outdir: Path, options: FeedSettings) -> FeedSettings:
    """CLI options over OUTDIR/podcast.toml; base_url and title checked."""
    settings = options.merged(load_settings(outdir))
    base = _check_base_url(settings.base_url)
    if not settings.title or not settings.title.strip():
        raise UsageError(
            "no --title given", hint='Name the podcast: --title "Morning News" (or title in podcast.toml).'
        )
    if settings.email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", settings.email):
        raise UsageError(f"{settings.email}: not an email address", hint="e.g. --email podcast@example.org")
    if settings.guid is not None and not _is_uuid(settings.guid):
        raise UsageError(f"{settings.guid}: podcast:guid must be a UUID", hint="Remove it from podcast.toml")
    return dataclasses.replace(settings, base_url=base, title=settings.title.strip())


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def settings_to_keep(outdir: Path, settings: FeedSettings) -> FeedSettings:
    """The resolved settings as `--save` writes them: the installed cover, and the podcast:guid fixed now, so
    it stays when the feed moves to another address (as the Podcasting 2.0 namespace asks)."""
    cover = next((p for p in (outdir / "cover.jpg", outdir / "cover.png") if p.is_file()), None)
    guid = settings.guid or podcast_guid(feed_url(settings.base_url or ""))
    return dataclasses.replace(settings, image=cover, guid=guid)


def write_feed(outdir: Path, options: FeedSettings) -> Path:
    """Write OUTDIR/feed.xml from OUTDIR/manifest.json (and install and embed the cover); return its path."""
    _check_outdir(outdir)
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
    record_sizes(outdir)
    root = build_feed(outdir, settings, entries, cover)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    path = outdir / FEED_NAME
    write_text(path, '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n")
    return path


def _check_outdir(outdir: Path) -> None:
    if not outdir.is_dir():
        raise PublishError(f"{outdir}: no such folder", hint="Give the folder that `narrate batch -d` wrote.")


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


def asset_url(base: str, name: str) -> str:
    """The absolute URL of a file in OUTDIR.

    >>> asset_url("https://example.org/pod", "a b.mp3")
    'https://example.org/pod/a%20b.mp3'
    """
    return f"{base}/{quote(name)}"


def page_name(entry: Entry) -> str:
    """The listener page of a story, relative to OUTDIR (stories/ keeps it clear of the sidecars)."""
    return f"stories/{entry.stem}.html"


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
    top, sub = _category(settings.category)
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
    a = ET.SubElement(parent, "a", {"href": href})
    a.text = text


def _sub(parent: ET.Element, tag: str, text: str | None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text or ""
    return element


def _q(prefix: str, tag: str) -> str:
    return f"{{{NS[prefix]}}}{tag}"


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


# ---------------------------------------------------------------------------------------------- all of it


def publish(outdir: Path, options: FeedSettings, *, locked: bool = False) -> Path:
    """feed.xml, the cover, and the listener pages (index.html, stories/); return the feed's path.

    Holds the batch folder lock, so a feed is never made from a folder a `narrate batch` is changing;
    LOCKED=True when the caller (a batch run) holds it already.
    """
    from narrate.batch import folder_lock  # noqa: PLC0415  (batch imports this module to update the feed)
    from narrate.publish.site import write_site  # noqa: PLC0415  (site imports this module)

    _check_outdir(outdir)
    with contextlib.nullcontext() if locked else folder_lock(outdir):
        path = write_feed(outdir, options)
        write_site(outdir, resolve_settings(outdir, options))
    return path


def update_if_configured(outdir: Path) -> Path | None:
    """For `narrate batch`, holding the folder lock, after its run: rewrite the feed and the pages when
    OUTDIR/podcast.toml exists and at least one story is narrated; else do nothing and return None."""
    if not (outdir / SETTINGS_NAME).is_file() or not read_entries(outdir):
        return None
    return publish(outdir, FeedSettings(), locked=True)
