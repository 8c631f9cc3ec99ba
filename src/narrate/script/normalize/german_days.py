"""German days of the week and months written short, said in full before the date, clock and money rules.

- "Mo.-Fr.", "MO - FR", "Di-Sa": opening hours' days, "Montag bis Freitag" ("Fr." had been taken for
  Franken, "Mo.-neun Franken-siebzehn Uhr");
- "Sa 9. Apr", "So., 3.10.": a day before a date, its name ("Samstag");
- "9. Apr", "12. Okt. 2023": a month after a day's number, its name ("neunter April" then, as the date
  rules say it; eSpeak NG spells "Apr");
- "12.00 – 14.00", "16.00-18.00": a span of two times with points and no "Uhr", its "Uhr" (said then as
  "zwölf bis vierzehn Uhr"; eSpeak NG said "zwölf Punkt null null").
"""

from __future__ import annotations

import re

from narrate.script.normalize.german import MONTHS
from narrate.script.normalize.rules import Rules, ends_sentence

DAYS = Rules()

_DAY_NAMES = {
    "mo": "Montag", "di": "Dienstag", "mi": "Mittwoch", "do": "Donnerstag", "fr": "Freitag", "sa": "Samstag",
    "so": "Sonntag",
}  # fmt: skip
_MONTH_NAMES = {
    "jan": "Januar", "feb": "Februar", "mär": "März", "mrz": "März", "apr": "April", "jun": "Juni",
    "jul": "Juli", "aug": "August", "sep": "September", "sept": "September", "okt": "Oktober",
    "nov": "November", "dez": "Dezember",
}  # fmt: skip
_DAY = r"(?:Mo|Di|Mi|Do|Fr|Sa|So|MO|DI|MI|DO|FR|SA|SO)"
_MONTH = r"(?:Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)"


@DAYS.rule(rf"(?<![\w.,:/-])(0?[1-9]|[12]\d|3[01])\s(?=(?:{_MONTH}|Mai)\.?\s(?:19|20)\d\d\b)")
def _day_without_point(m: re.Match[str]) -> str:
    """ "(Sa, 07 Sep 2024)": a day's number before a month and a year, written without its point (as English
    copy writes it), is the date's day ("7. Sep 2024", which the rules after read "siebter September")."""
    return f"{int(m.group(1))}. "


@DAYS.rule(rf"(?<![\w.-])({_DAY})\.?(\s?[-–]\s?|\s(?:bis|und|u\.|&)\s|/)({_DAY})\b\.?(?=[\s,:;)]|$)")
def _day_range(m: re.Match[str]) -> str:
    """ "Mo.-Fr.", "Mo bis Fr", "Sa und So", "Sa/So": two days' short names joined by a dash, a slash or a
    word."""
    joint = m.group(2).strip()
    joint = "bis" if joint in "-–" else "und" if joint in ("u.", "&", "/") else joint
    return f"{_DAY_NAMES[m.group(1).lower()]} {joint} {_DAY_NAMES[m.group(3).lower()]}"


@DAYS.rule(
    rf"(?<![\w.-])({_DAY})\b\.?(,?\s)(?=\d{{1,2}}\.\s?(?:\d{{1,2}}\.|{_MONTH}\b|[A-ZÄÖÜ][a-zä]{{2,8}}\b))"
)
def _day_before_date(m: re.Match[str]) -> str:
    return _DAY_NAMES[m.group(1).lower()] + m.group(2)


@DAYS.rule(rf"(?:(?<=\d\.\s)|(?<=(?<![\d.])\d\.)|(?<=(?<![\d.])\d\d\.))({_MONTH})\b(\.?)(?=\s|[,;:)]|$)")
def _month(m: re.Match[str]) -> str:
    """ "12. Okt. 2023", "am 24.Okt. 2014": a month's short name after a day's number and its point (spaced
    or not), its name."""
    name = _MONTH_NAMES[m.group(1).lower()]
    # the abbreviation's point ends the sentence too when a capital or the end follows
    ends = m.group(2) and ends_sentence(m.string, m.end())
    glued = m.string[m.start() - 1] == "."
    return (" " if glued else "") + name + ("." if ends else "")


_DOTTED = r"(?:[01]?\d|2[0-4])\.(?:00|1[3-9]|[2-5]\d)"  # minutes no month can be: 00, 13 to 59


@DAYS.rule(rf"(?<![\w.,/:–-])({_DOTTED}\s?(?:[-–]|bis)\s?{_DOTTED})(?![\w/–-]|[.,:]\d|\s?(?:Uhr|h)\b)")
def _dotted_span(m: re.Match[str]) -> str:
    """ "Ruhezeiten: 12.00 – 14.00, 20.00 – 7.00 Uhr", "16.00-18.00 und": a span of two times with points,
    their minutes no month's (so no "1.10-3.10"), is a span of hours written without its "Uhr"."""
    return f"{m.group(1)} Uhr"


_WEEKDAY = rf"(?:{'|'.join(_DAY_NAMES.values())}|{_DAY})\.?"
_MONTH_WORD = f"(?:{MONTHS})"
_DATE = r"\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4}|\d\d)?"  # "01.10.", "16.06.2013", "4.3."
_SPAN_END = rf"(?:{_DATE}|\b{_WEEKDAY}|\b{_MONTH_WORD}(?:\s\d{{4}})?)"


@DAYS.rule(rf"(?<![\w.])({_SPAN_END})\s[-–]\s(?=(?:{_WEEKDAY}\s)?{_SPAN_END}(?![\w]))")
def _span_of_days(m: re.Match[str]) -> str:
    """ "01.10. – 30.04.", "16.06.2013 - 20.06.2013", "Montag - Freitag", "April – Oktober 2014": a dash with
    spaces between two dates, days or months is "bis" (eSpeak NG says nothing for it)."""
    return f"{m.group(1)} bis "
