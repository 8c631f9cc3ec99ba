"""French and Spanish numeric dates and spans of years, which eSpeak NG reads as numbers and slashes."""

from __future__ import annotations

import re

from narrate.display import WORDS
from narrate.script.normalize import units
from narrate.script.normalize.rules import Rules, bare_too
from narrate.script.normalize.spelled import cardinal, range_word

_ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


_WEEKDAYS = {
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
}


def rules(language: str) -> Rules:
    """French and Spanish numeric dates and spans of years, which eSpeak NG reads as numbers and slashes:
    "le 03/10/2024" "le trois octobre deux mille vingt-quatre", "el 1/5/2024" "el uno de mayo de dos mil
    veinticuatro"; a day and a month with no year after a date's article or preposition ("du 25/04 au 13/06"
    "du vingt-cinq avril au treize juin"); "2020-2024" "deux mille vingt à deux mille vingt-quatre" ("dos mil
    veinte a ...")."""
    found = Rules()
    months = WORDS[language].months

    @found.rule(r"(?<![\d/.,-])\b(0?[1-9]|[12]\d|3[01])([/.-])(0?[1-9]|1[0-2])\2(\d{4})(?![/\d-]|[.,]\d)")
    def _date(m: re.Match[str]) -> str:
        """ "le 03/10/2024", also with points ("Le 12.10.2017"), the year's four digits (with points, the
        month's two: "version 1.2.2024" is no date); with hyphens ("mise à jour: 12-01-2016"), the day's and
        the month's two."""
        if m.group(2) == "." and len(m.group(3)) < 2:
            return m.group(0)
        if m.group(2) == "-" and (len(m.group(1)) < 2 or len(m.group(3)) < 2):
            return m.group(0)
        return _said(int(m.group(1)), int(m.group(3)), int(m.group(4)))

    @found.rule(r"(?<![\w/.,:-])(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(\d\d)(?![/\w-]|[.,:]\d)")
    def _short_year(m: re.Match[str]) -> str:
        """ "03/11/25 Un militaire" "trois novembre deux mille vingt-cinq", "sábado 5/12/20": a date with
        slashes and the year's last two digits (up to 49 this century's, as a form's date is)."""
        short = int(m.group(3))
        return _said(int(m.group(1)), int(m.group(2)), (2000 if short <= 49 else 1900) + short)

    if language == "fr":  # in Spanish copy "Ley 7/1985" is a law's number and its year

        @found.rule(r"(?<![\w/.,:-])(0?[1-9]|1[0-2])/((?:1[89]|20)\d\d)(?![/\w-]|[.,:]\d)")
        def _month_year(m: re.Match[str]) -> str:
            """ "Visites 11/1994" "novembre mille neuf cent quatre-vingt-quatorze": a month and its year."""
            return f"{months[int(m.group(1)) - 1]} {cardinal(int(m.group(2)), 'fr')}"

    def _day_and_month(day: int, month_number: int) -> str:
        month = months[month_number - 1]
        if language == "fr":
            return f"{'premier' if day == 1 else cardinal(day, 'fr')} {month}"
        return f"{cardinal(day, 'es')} de {month}"

    def _said(day: int, month_number: int, year_number: int) -> str:
        joint = " " if language == "fr" else " de "
        return f"{_day_and_month(day, month_number)}{joint}{cardinal(year_number, language)}"

    lead = r"\b(?:du|au|le|Le|Du)\s" if language == "fr" else r"\b(?:del|al|el|El|Del)\s"

    @found.rule(rf"({lead})(0?[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])(?![/\w]|[.,]\d)")
    def _day_month(m: re.Match[str]) -> str:
        """ "du 25/04 au 13/06", "del 25/04 al 13/06": a day and a month with no year, after the article or
        the preposition a date takes, "vingt-cinq avril", "veinticinco de abril" (eSpeak NG said the
        slash)."""
        return m.group(1) + _day_and_month(int(m.group(2)), int(m.group(3)))

    weekday = _WEEKDAYS[language]

    @found.rule(rf"\b((?i:{weekday}),?\s)(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?![/\w]|[.,]\d)")
    def _weekday_day_month(m: re.Match[str]) -> str:
        """ "El domingo 8/09", "samedi 12/03": a day and a month after the day of the week's name are a date,
        "ocho de septiembre", "douze mars" (eSpeak NG said the slash)."""
        return m.group(1) + _day_and_month(int(m.group(2)), int(m.group(3)))

    @found.rule(r"(?<![\w/.,-])(0?[1-9]|[12]\d|3[01])/(I{1,3}|IV|VI{0,3}|IX|XI{0,2})/(\d{4})(?![/\w]|[.,]\d)")
    def _roman_month(m: re.Match[str]) -> str:
        """ "17/XII/1897" "diecisiete de diciembre de mil ochocientos noventa y siete": a Roman month."""
        return _said(int(m.group(1)), _ROMAN_MONTHS.index(m.group(2)) + 1, int(m.group(3)))

    @found.rule(
        rf"(?<![\w.,:/-])0([1-9])(?=\s(?i:(?:au|et|à|al|y|a)\s0?\d{{1,2}}\s)?(?i:de\s)?(?i:{bare_too(months)})\b)"
    )
    def _zero_day(m: re.Match[str]) -> str:
        """ "08 janvier" "huit janvier", "01 janvier" "premier", "Du 03 au 07 juillet": a day's leading zero
        is not said (the first day of a span's too)."""
        return "premier" if language == "fr" and m.group(1) == "1" else cardinal(int(m.group(1)), language)

    @found.rule(
        rf"(?:^|(?<=[\s(]))[-−–](?=(?:0?[1-9]|[12]\d|3[01])(?:er)?\s(?:de\s)?(?i:{bare_too(months)})\b)"
    )
    def _dash_before_day(m: re.Match[str]) -> str:
        """ "-13 de enero, Día del Ángel", "2025 -2 de mayo": a dash before a day of a month is a list's
        bullet or a separator, not a minus sign (no day is negative); it is not said."""
        return ""

    @found.rule(rf"\b((?i:{bare_too(months)}))\s0([1-9])\b(?![.,:/]?\d)")
    def _zero_day_after(m: re.Match[str]) -> str:
        """ "marzo 07 de 2014" (the month first, as Colombian copy writes it): no "cero" either."""
        return f"{m.group(1)} {cardinal(int(m.group(2)), language)}"

    @found.rule(r"(?<![\d.,:/-])\b(1[1-9]\d\d|20\d\d)\s?[-–]\s?(1[1-9]\d\d|20\d\d)\b(?![.,:/-]?\d)")
    def _span(m: re.Match[str]) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        if last <= first or _UNIT_AFTER[language].match(m.string, m.end()):
            return m.group(0)  # "dès 1500-1600 m." is a range of heights, left to the units and ranges
        joint = range_word(language, m.string, m.start())
        return f"{cardinal(first, language)} {joint} {cardinal(last, language)}"

    return found


# a unit symbol after a number (no letter, "²" or "/" after it, nor an elision: "2023 l'usine")
_UNIT_AFTER = {
    language: re.compile(
        rf"\s?(?:{'|'.join(re.escape(s) for s in sorted(units.UNITS[language], key=len, reverse=True))})"
        r"(?![\w²³/]|['’]\w)"
    )
    for language in ("fr", "es")
}
