"""The podcast's channel settings: CLI options over OUTDIR/podcast.toml over defaults, checked."""

from __future__ import annotations

import dataclasses
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from narrate import config
from narrate.errors import UsageError
from narrate.files import write_text, xml_text
from narrate.folder import FEED_NAME, SETTINGS_NAME
from narrate.url import split_url

PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")  # Podcasting 2.0 <podcast:guid>


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
    parts = split_url(base_url) or urlsplit("")  # "https://[example.org" cannot be split: not absolute
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


def apple_category(value: str | None) -> tuple[str, str | None]:
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


def resolve_settings(outdir: Path, options: FeedSettings) -> FeedSettings:
    """CLI options over OUTDIR/podcast.toml; base_url and title checked; every text as XML 1.0 allows it
    (feed.xml and the listener pages are written from these)."""
    settings = _xml_safe(options.merged(load_settings(outdir)))
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


def _xml_safe(settings: FeedSettings) -> FeedSettings:
    texts: dict[str, Any] = {
        f.name: xml_text(value).strip()
        for f in dataclasses.fields(settings)
        if isinstance(value := getattr(settings, f.name), str)
    }
    return dataclasses.replace(settings, **texts)


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
