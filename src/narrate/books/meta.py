"""A book's metadata, from its stories: title, creators, publisher, languages, date and identifier."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from narrate import __version__
from narrate.books.content import BookStory

NAMESPACE = uuid.UUID("5d1c3a4e-7f0b-4c8e-9a51-2b6f0d9e8a17")  # narrate's talking books


@dataclass(frozen=True)
class BookMeta:
    title: str
    creators: tuple[str, ...]
    publisher: str
    languages: tuple[str, ...]  # BCP 47, the first is the book's own
    date: str  # YYYY-MM-DD: the day the book was made
    identifier: str  # urn:uuid, the same for the same stories
    narrator: str
    generator: str

    @property
    def language(self) -> str:
        return self.languages[0]


def book_meta(stories: Sequence[BookStory], title: str | None) -> BookMeta:
    """The metadata of a book of STORIES (TITLE, else the story's title, else the stations' and a count)."""
    timings = [s.timings for s in stories]
    stations = _distinct(t.station for t in timings)
    if not title:
        if len(timings) == 1:
            title = timings[0].title
        else:
            title = f"{', '.join(stations) or 'Narrated stories'}: {len(timings)} stories"
    languages = _distinct((t.language or "en").replace("_", "-") for t in timings)
    key = "\n".join(f"{t.title}\t{t.url or ''}\t{t.date or ''}" for t in timings)
    return BookMeta(
        title=title,
        creators=_distinct(t.byline for t in timings) or stations or ("narrate",),
        publisher=", ".join(stations) or "narrate",
        languages=languages or ("en",),
        date=datetime.now(UTC).date().isoformat(),
        identifier=f"urn:uuid:{uuid.uuid5(NAMESPACE, title + chr(10) + key)}",
        narrator="narrate (synthetic speech)",
        generator=f"narrate {__version__}",
    )


def _distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.strip():
            seen.setdefault(value.strip(), None)
    return tuple(seen)
