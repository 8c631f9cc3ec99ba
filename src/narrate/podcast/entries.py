"""The narrated stories of a batch folder as the feed and the listener pages need them (from the manifest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from narrate import folder
from narrate.errors import PublishError
from narrate.folder import MANIFEST_NAME, Record


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


def read_entries(outdir: Path) -> list[Entry]:
    """The manifest's narrated stories whose MP3 exists, newest first."""
    if not (outdir / MANIFEST_NAME).is_file():
        raise PublishError(
            f"{outdir / MANIFEST_NAME}: no manifest", hint="Run `narrate batch ... -d OUTDIR` first."
        )
    records = folder.read_manifest(outdir)
    entries = [entry_of(r) for r in records if r.status == "ok" and r.mp3 and r.title]
    entries = [e for e in entries if (outdir / e.mp3).is_file()]
    entries.sort(key=lambda e: (e.date, e.title), reverse=True)
    return entries


def entry_of(record: Record) -> Entry:
    """The feed's view of a narrated story's record."""
    assert record.mp3 is not None and record.title is not None
    date = parse_date(record.date) or parse_date(record.narrated_at) or datetime(1970, 1, 1, tzinfo=UTC)
    return Entry(
        mp3=record.mp3,
        title=record.title,
        byline=record.byline or None,
        station=record.station or None,
        date=date,
        duration=record.duration or 0.0,
        guid=record.guid,
        url=record.url or None,
        language=record.language or None,
        summary=record.summary or None,
        sidecars=dict(record.sidecars),
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


def asset_url(base: str, name: str) -> str:
    """The absolute URL of a file in OUTDIR.

    >>> asset_url("https://example.org/pod", "a b.mp3")
    'https://example.org/pod/a%20b.mp3'
    """
    return f"{base}/{quote(name)}"


def page_name(entry: Entry) -> str:
    """The listener page of a story, relative to OUTDIR (stories/ keeps it clear of the sidecars)."""
    return f"stories/{entry.stem}.html"
