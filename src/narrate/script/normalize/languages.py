"""Spanish, French and German: only what eSpeak NG's own rules say wrong, in words from num2words.

eSpeak NG reads plain numbers, decimals, percentages and thousands separators well in these languages, so
they are left to it. What it gets wrong, measured with the same IPA comparison as the English pairs:

- German years ("1993" is "neunzehnhundertdreiundneunzig", not "eintausendneunhundert...") where
  the text shows it is a year, decades ("1990er"), ordinal dates ("am 8. Mai" is "am achten Mai") and clock
  times with a point ("13.45 Uhr" is "dreizehn Uhr fünfundvierzig");
- French clock times ("9h05" is "neuf heures cinq") and written ordinals ("le 7e mois" is "septième");
- Spanish and French hours with a point ("19.00 horas").
"""

from __future__ import annotations

import re

from num2words import num2words

from narrate.script.normalize.rules import Rules, run

GERMAN = Rules()
FRENCH = Rules()
SPANISH = Rules()

_DE_MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_DE_YEAR_BEFORE = (
    r"(?:[Jj]ahr(?:e|es)?|[Jj]ahrgang|[Ss]eit|[Aa]b|[Bb]is|[Ii]m|[Vv]on|[Vv]or|[Nn]ach|Ende|Anfang|Mitte|Sommer"
    r"|Herbst|Winter|Frühjahr|Frühling|[Zz]wischen|und|" + _DE_MONTHS + r")"
)  # a preposition starting a sentence too ("Seit 2019 ...")


def words(n: int, language: str, to: str = "cardinal") -> str:
    """num2words in LANGUAGE ("de", "fr", "es")."""
    return str(num2words(n, lang=language, to=to))


@GERMAN.rule(rf"\b(?:(am|vom|zum|dem|den|bis zum|seit dem)\s)?([1-9]|[12]\d|3[01])\.\s({_DE_MONTHS})\b")
def _de_date(m: re.Match[str]) -> str:
    # "am 8. Mai": the ordinal takes the dative ending after a preposition or an article
    ordinal = words(int(m.group(2)), "de", "ordinal")
    lead = f"{m.group(1)} " if m.group(1) else ""
    return f"{lead}{ordinal}{'n' if m.group(1) else ''} {m.group(3)}"


@GERMAN.rule(
    rf"\b({_DE_YEAR_BEFORE}\s)(1[1-9]\d\d|20\d\d)\b(?![.,]\d)|\b(1[1-9]\d\d)(?=\s(?:geboren|gegründet))"
)
def _de_year(m: re.Match[str]) -> str:
    lead = m.group(1) or ""
    return lead + words(int(m.group(2) or m.group(3)), "de", "year")


@GERMAN.rule(r"(?<![\d.,])\b(1[1-9]\d|20\d)0er\b")
def _de_decade(m: re.Match[str]) -> str:
    return words(int(m.group(1) + "0"), "de", "year") + "er"


@GERMAN.rule(r"(?<![\d.,])\b([01]?\d|2[0-3])[.:]([0-5]\d)\s?Uhr\b")
def _de_time(m: re.Match[str]) -> str:
    minutes = int(m.group(2))
    tail = f" {words(minutes, 'de')}" if minutes else ""
    return f"{words(int(m.group(1)), 'de')} Uhr{tail}"


@FRENCH.rule(r"(?<![\d.,])\b([01]?\d|2[0-3])\s?h\s?([0-5]\d)?\b")
def _fr_time(m: re.Match[str]) -> str:
    hours = int(m.group(1))
    said = f"{words(hours, 'fr')} {'heure' if hours <= 1 else 'heures'}"
    return f"{said} {words(int(m.group(2)), 'fr')}" if m.group(2) and int(m.group(2)) else said


@FRENCH.rule(r"(?<![\d.,])\b(1)(er|re)\b|(?<![\d.,])\b(\d{1,3})(e|ème|eme)\b")
def _fr_ordinal(m: re.Match[str]) -> str:
    """ "le 1er novembre", "le 7e mois", "XXe": a written ordinal, "premier", "septième"."""
    if m.group(1):
        return "première" if m.group(2) == "re" else "premier"
    return words(int(m.group(3)), "fr", "ordinal")


def _hours(language: str, hour_word: str) -> Rules:
    rules = Rules()

    @rules.rule(rf"(?<![\d.,])\b([01]?\d|2[0-3])[.:]([0-5]\d)\s({hour_word})\b")
    def _time(m: re.Match[str]) -> str:
        minutes = int(m.group(2))
        tail = f" {words(minutes, language)}" if minutes else ""
        return f"{words(int(m.group(1)), language)}{tail} {m.group(3)}"

    return rules


_RULES = {
    "de": GERMAN.items,
    "fr": FRENCH.items + _hours("fr", "heures?").items,
    "es": _hours("es", "horas?").items,
}


def apply(text: str, language: str) -> str:
    """LANGUAGE's rules over TEXT (a language without rules is left to eSpeak NG)."""
    return run(_RULES.get(language, []), text)
