"""How narrate shows things to people: clock times, durations, sizes, dates, and the page's own words.

One owner for each: the listener pages, captions, transcripts, the script's intro and outro, and the CLI
all format through here, so a size or a date reads the same everywhere. Sizes are decimal (kB, MB, GB), as
download sizes are; dates are in the story's language where narrate knows it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def clock(seconds: float) -> str:
    """A player's time: "m:ss" or "h:mm:ss".

    >>> clock(5.2), clock(754), clock(3725)
    ('0:05', '12:34', '1:02:05')
    """
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def timestamp(ms: int, separator: str = ".") -> str:
    """A caption timestamp, "hh:mm:ss.mmm" (WebVTT) or with "," (SRT).

    >>> timestamp(3_725_042), timestamp(5, ",")
    ('01:02:05.042', '00:00:00,005')
    """
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def format_duration(seconds: float) -> str:
    """A spoken-style duration.

    >>> format_duration(245.4)
    '4 min 5 s'
    >>> format_duration(3725)
    '1 h 2 min'
    >>> format_duration(42)
    '42 s'
    """
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {secs} s"
    return f"{secs} s"


def format_size(size: int) -> str:
    """Bytes in decimal units.

    >>> format_size(2_345_678)
    '2.3 MB'
    >>> format_size(900), format_size(2 * 1024**3)
    ('1 kB', '2.1 GB')
    """
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.1f} GB"
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} kB"


@dataclass(frozen=True)
class Words:
    """The page's own words (not the article's) in one language."""

    by: str
    months: tuple[str, ...]
    date: str  # format with {day}, {month}, {year}
    transcript: str
    skip: str
    listen: str
    also: str
    captions: str
    chapters: str
    original: str
    narrated: str


def _months(names: str) -> tuple[str, ...]:
    return tuple(names.split())


WORDS = {
    "en": Words(
        by="By",
        months=_months(
            "January February March April May June July August September October November December"
        ),
        date="{month} {day}, {year}",
        transcript="transcript",
        skip="Skip to the transcript",
        listen="Listen to this story",
        also="Also available",
        captions="captions",
        chapters="chapters",
        original="Original article",
        narrated="Narrated with narrate, a text-to-speech reader: the audio is synthetic speech.",
    ),
    "es": Words(
        by="Por",
        months=_months(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
        ),
        date="{day} de {month} de {year}",
        transcript="transcripción",
        skip="Ir a la transcripción",
        listen="Escuchar esta noticia",
        also="También disponible",
        captions="subtítulos",
        chapters="capítulos",
        original="Artículo original",
        narrated="Narrado con narrate, un lector de texto a voz: el audio es voz sintética.",
    ),
    "fr": Words(
        by="Par",
        months=_months(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        date="{day} {month} {year}",
        transcript="transcription",
        skip="Aller à la transcription",
        listen="Écouter cet article",
        also="Également disponible",
        captions="sous-titres",
        chapters="chapitres",
        original="Article original",
        narrated="Lu par narrate, un lecteur de synthèse vocale : la voix est synthétique.",
    ),
    "de": Words(
        by="Von",
        months=_months("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
        date="{day}. {month} {year}",
        transcript="Transkript",
        skip="Zum Transkript springen",
        listen="Diesen Beitrag anhören",
        also="Außerdem verfügbar",
        captions="Untertitel",
        chapters="Kapitel",
        original="Originalartikel",
        narrated="Vorgelesen von narrate, einem Text-to-Speech-Programm: die Stimme ist synthetisch.",
    ),
}
# "By" in a few more languages, for the byline; the page's other words fall back to English there
BY_WORDS = {"it": "Di", "pt": "Por", "nl": "Door"}


def primary_language(language: str | None) -> str:
    """A language tag's primary subtag, lower case ("en_US" -> "en"); "en" when there is none."""
    return (language or "en").strip().lower().replace("_", "-").split("-")[0] or "en"


def words_for(language: str | None) -> tuple[Words, str | None]:
    """The page's words for LANGUAGE, and "en" when they are English on a page in another language (so
    that those elements can say so with their own lang attribute).

    >>> words_for("es-MX")[0].listen, words_for("ja") [1]
    ('Escuchar esta noticia', 'en')
    """
    primary = primary_language(language)
    if primary in WORDS:
        return WORDS[primary], None
    return WORDS["en"], "en"


def calendar_day(date: str | None) -> dt.date | None:
    """The calendar day an ISO 8601 date or date-time names, or None."""
    try:
        return dt.date.fromisoformat(date[:10]) if date else None
    except ValueError:
        return None


def display_date(date: str | None, language: str | None) -> str | None:
    """A story date for people, in the story's language where narrate knows it, else as YYYY-MM-DD.

    >>> display_date("2020-06-10T12:55:00-04:00", "en-US"), display_date("2020-06-10", "es")
    ('June 10, 2020', '10 de junio de 2020')
    >>> display_date("2020-06-01", "fr"), display_date("2020-03-05", "de"), display_date("2020-06-10", "ja")
    ('1er juin 2020', '5. März 2020', '2020-06-10')
    >>> display_date("last Tuesday", "en")
    'last Tuesday'
    """
    day = calendar_day(date)
    if day is None:
        return date or None
    primary = primary_language(language)
    if primary not in WORDS:
        return day.isoformat()
    words = WORDS[primary]
    number = "1er" if primary == "fr" and day.day == 1 else str(day.day)
    return words.date.format(day=number, month=words.months[day.month - 1], year=day.year)


_AND = {"en": "and", "es": "y", "fr": "et", "de": "und", "it": "e", "pt": "e", "nl": "en"}


def said_names(byline: str, language: str | None) -> str:
    """A byline of several people ("A, B, C", as pages list them) as it is said: "A, B and C".

    Only when every part looks like a person's name (two words or more), so an agency and a place ("AFP,
    MANILA") stay as written.

    >>> said_names("Ana Ruiz, Ben Cole, Chen Li", "en"), said_names("Ana Ruiz, Ben Cole", "es-ES")
    ('Ana Ruiz, Ben Cole and Chen Li', 'Ana Ruiz y Ben Cole')
    >>> said_names("AFP, MANILA", "en"), said_names("Bobby Allyn", "en")
    ('AFP, MANILA', 'Bobby Allyn')
    """
    parts = [p.strip() for p in byline.split(",")]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return byline
    word = _AND.get(primary_language(language), "and")
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"
