"""German: what eSpeak NG's de voice says wrong, in words from num2words.

Numbers these rules leave as digits are written out afterwards by `spelled.py` ("38 664", "42,195", "49,9%").
What eSpeak NG says wrong before that, and the rules:

- years: "1993" is "neunzehnhundertdreiundneunzig", not "eintausendneunhundert...", after a word that shows
  it is a year ("seit", "im Jahr", a month), and from 1100 to 1999 wherever nothing shows it is a count
  (a noun or a unit after it, "rund" or "mehr als" before it); decades ("1990er");
- ordinals, which eSpeak NG reads as cardinals, with the case ending the words before them ask for:
  "am 8. Mai" "am achten Mai", "Donnerstag, 18. 7." "achtzehnter siebter", "der 10. Juli" "der zehnte Juli",
  numeric dates ("bis zum 31.10.2022"), two days sharing a month ("Am 25. und 26. Mai"), and a number with a
  point after an article before a noun ("beim 50. Berlin-Marathon" "beim fünfzigsten", "im 19. Jahrhundert");
- clock times with a point ("13.45 Uhr" "dreizehn Uhr fünfundvierzig", "1.10 Uhr" "ein Uhr zehn"), and race
  times, which it reads as clock times ("2:03:17 Stunden" "zwei Stunden drei Minuten und siebzehn Sekunden");
- clock times without "Uhr" ("06:00" "sechs Uhr"; it says the minutes digit by digit), Swiss thousands
  ("50'000"), "qm" ("28 l/qm" "Liter pro Quadratmeter");
- abbreviations it spells ("z. B." "zum Beispiel", "bzw.", "Nr.", "Mio."); "1 Million" ("eine", not "eins").
"""

from __future__ import annotations

import re

from narrate.script.normalize.german_abbreviations import ABBREVIATIONS, ENDS_A_LIST, SINGULAR
from narrate.script.normalize.german_cases import ONE_BEFORE_NOUN, ending_after, ordinal
from narrate.script.normalize.german_scores import SCORE_BEFORE, SCORES
from narrate.script.normalize.rules import Rules, ends_sentence, words
from narrate.script.normalize.spelled import cardinal, digits, number, range_word

GERMAN = Rules()
BEFORE_UNITS = Rules()  # run before units.py names the unit symbols


@BEFORE_UNITS.rule(r"(?:(?<=\d)|(?<=\d\s)|(?<=\d\s[a-zA-Z]/)|(?<=\d[a-zA-Z]/))q(m|mm)\b(?![²/])")
def _square_metre(m: re.Match[str]) -> str:
    """ "80 qm", "28 l/qm", "2,5qmm": "qm" is the typewriter's "m²" (eSpeak NG spells it), "qmm" its "mm²",
    named by units.py."""
    return f"{m.group(1)}²"


MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_YEAR_BEFORE = (
    r"(?:[Jj]ahr(?:e|es)?|[Jj]ahrgang|[Ss]eit|[Aa]b|[Bb]is|[Ii]m|[Vv]on|[Vv]or|[Nn]ach|Ende|Anfang|Mitte|Sommer"
    r"|Herbst|Winter|Frühjahr|Frühling|[Zz]wischen|und|" + MONTHS + r")"
)  # a preposition starting a sentence too ("Seit 2019 ...")

# after a number: a unit or a currency, which makes it an amount, not a year
_UNIT_AFTER = r"(?:%|€|\$|£|°|(?:m|km|cm|mm|kg|g|t|l|ha|kW|MW|PS|h|qm|m²|km²)\b)"

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"


@GERMAN.rule(
    rf"(?<![\d.,/])\b((?:{_DAY}\.(?:,\s?|\s?/\s?))+)"
    rf"({_DAY})\.(?:\s?(und|bis(?:\szum)?|oder|[-–])\s?({_DAY})\.)?\s?({MONTHS})\b"
)
def _day_list(m: re.Match[str]) -> str:
    """ "am 16., 25. und 28. Januar", "8./9./10. März": the days listed before a date's are ordinals in its
    case too ("am sechzehnten, fünfundzwanzigsten und achtundzwanzigsten"; eSpeak NG said "sechzehn.")."""
    ending = ending_after(m.string[max(0, m.start() - 40) : m.start()])
    listed = "".join(f"{ordinal(int(day), ending)}, " for day in re.findall(r"\d+", m.group(1)))
    return f"{listed}{_days(m, m.group(4) and m.group(2), m.group(3), m.group(4) or m.group(2))} {m.group(5)}"


@GERMAN.rule(
    rf"(?<![\d.,])\b(?:({_DAY})\.\s?({MONTHS})\s?[-–]\s?({_DAY})\.\s?({MONTHS})\b"
    rf"|({_DAY})\.(0?[1-9]|1[0-2])\.\s?(?:[-–]|bis)\s?({_DAY})\.(0?[1-9]|1[0-2])\.(?![\d.,]))"
)
def _date_span(m: re.Match[str]) -> str:
    """ "15.Juni-31.August", "vom 15. Juni - 31. August", "(01.05. - 15.09.)": a span of dates, "bis" between
    them, both days in the case the first is asked for (as "3.-5. Juni" has them; german_days.py has made
    the numeric span's dash "bis")."""
    ending = ending_after(m.string[max(0, m.start() - 40) : m.start()])
    day, month, day2, month2 = (m.group(i) or m.group(i + 4) for i in (1, 2, 3, 4))
    if month.isdigit():
        month, month2 = _MONTH_NAMES[int(month) - 1], _MONTH_NAMES[int(month2) - 1]
    return f"{ordinal(int(day), ending)} {month} bis {ordinal(int(day2), ending)} {month2}"


@GERMAN.rule(rf"(?<![\d.,])\b({_DAY})\.(?:\s?(und|bis(?:\szum)?|oder|[-–])\s?({_DAY})\.)?\s?({MONTHS})\b")
def _date(m: re.Match[str]) -> str:
    """ "am 8. Mai", "Am 25. und 26. Mai", "vom 3. bis (zum) 5. Juni": each day an ordinal in the case asked
    for."""
    return f"{_days(m, m.group(3) and m.group(1), m.group(2), m.group(3) or m.group(1))} {m.group(4)}"


def _days(m: re.Match[str], first: str | None, joint: str | None, day: str) -> str:
    """A date's day, and the first day of a span before it ("25. und 26.", "3.-5."), as ordinals."""
    ending = ending_after(m.string[max(0, m.start() - 40) : m.start()])
    said = ordinal(int(day), ending)
    return (
        f"{ordinal(int(first), ending)} {'bis' if joint in ('-', '–') else joint} {said}" if first else said
    )


@GERMAN.rule(r"(?<![\d.,/-])\b(0[1-9]|[12]\d|3[01])([-/])(0[1-9]|1[0-2])\2(\d{4})\b(?![-/\d]|[.,]\d)")
def _dashed_date(m: re.Match[str]) -> str:
    """ "am 12-01-2016", "12/01/2016": a date with hyphens or slashes, day and month of two digits, is
    written with points for the date rule below ("am zwölften Januar zweitausendsechzehn")."""
    return f"{m.group(1)}.{m.group(3)}.{m.group(4)}"


_SPAN = rf"(?:({_DAY})\.\s?(und|bis|[-–])\s?)?"  # "27. und 28.11.2025": a first day before the date


@GERMAN.rule(
    rf"(?<![\d.,])(?<!\bum )\b{_SPAN}({_DAY})\.\s?(0?[1-9]|1[0-2])\.(?:\s?(\d{{4}}|\d{{2}}))?(?!\d|[.,]\d)"
)
def _numeric_date(m: re.Match[str]) -> str:
    """ "zum 01.01.2024" "zum ersten Januar zweitausendvierundzwanzig", "am 26.6." "am sechsundzwanzigsten
    Juni": the days are ordinals, the month named (web9, web13: three pairs of two annotators); after
    "Abschnitt", "Kapitel" and the like, "6.1." is a section's number (eSpeak NG says "sechs Punkt eins")."""
    if not m.group(5) and _SECTION_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group(0)
    said = f"{_days(m, m.group(1), m.group(2), m.group(3))} {_MONTH_NAMES[int(m.group(4)) - 1]}"
    if not (year := m.group(5)):
        return said
    full = int(year) if len(year) == 4 else int(year) + (2000 if int(year) < 50 else 1900)  # "1.1.22"
    return f"{said} {words(full, 'de', 'year')}"


_MONTH_NAMES = [name for name in MONTHS.split("|") if name != "Jänner"]
_SECTION_BEFORE = re.compile(
    r"\b(?:Abschnitts?|Kapitel|Ziffer|Tabelle|Abbildung|Abb\.|Anlage|Punkt|Kap\.)\s$"
)


@GERMAN.rule(r"(?<![\d.,:/-])\b(1[1-9]\d\d|20\d\d)\s?([-–/])\s?(\d\d|1[1-9]\d\d|20\d\d)\b(?![.,:/-]?\d)")
def _year_span(m: re.Match[str]) -> str:
    """ "von 2024–26" "zweitausendvierundzwanzig bis sechsundzwanzig", "2015/16" (a season) without "bis",
    "2020-2024" "zweitausendzwanzig bis zweitausendvierundzwanzig" (eSpeak NG runs the years together)."""
    joint = " " if m.group(2) == "/" else f" {range_word('de', m.string, m.start())} "
    last = m.group(3)
    if len(last) == 2:
        return words(int(m.group(1)), "de", "year") + joint + cardinal(int(last), "de")
    if int(last) <= int(m.group(1)):
        return m.group(0)
    return words(int(m.group(1)), "de", "year") + joint + words(int(last), "de", "year")


@GERMAN.rule(
    rf"\b({_YEAR_BEFORE}\s)(1[1-9]\d\d|20\d\d)\b(?![.,]\d|\s?{_UNIT_AFTER})"
    r"|\b(1[1-9]\d\d)(?=\s(?:geboren|gegründet))"
)
def _year(m: re.Match[str]) -> str:
    """ "seit 2019", "von 1990" (not "von 1500€", "bis 1200 m": an amount)."""
    lead = m.group(1) or ""
    return lead + words(int(m.group(2) or m.group(3)), "de", "year")


# before a number: words that make it a count or a label, not a year ("rund 1500", "Nummer 1234")
_COUNT_BEFORE = (
    r"(?:rund|etwa|ca\.|circa|über|mehr als|weniger als|knapp|fast|mindestens|höchstens|bis zu|insgesamt|nur"
    r"|gut|genau|exakt|je|pro|Nr\.|Nummer|Seite|Platz|Rang|Zimmer|Linie|Tel\.|Telefon)\s$"
)


@GERMAN.rule(rf"(?<![\d.,:/€$£-])\b(1[1-9]\d\d)\b(?![.,:/-]\d|-|\s?{_UNIT_AFTER}|\s+[A-ZÄÖÜ])")
def _bare_year(m: re.Match[str]) -> str:
    """ "seiner Gründung 1973 als", "Die Militäroperation 1944 war": a year where nothing shows a count.

    A number from 1100 to 1999 before a noun is a count ("mit gezählten 1922 Aktivitäten"), as it is after
    "rund", "mehr als" and the like, or before a unit; otherwise a year. Read as a year, a count is still
    understood ("fünfzehnhundert" is a way to say 1500); read as a count, a year is not how anyone says it.
    """
    if re.search(_COUNT_BEFORE, m.string[max(0, m.start() - 20) : m.start()], re.IGNORECASE):
        return m.group(0)
    return words(int(m.group(1)), "de", "year")


@GERMAN.rule(r"(?<![\d.,])\b(1[1-9]\d|20\d)0-?er(n?)\b")
def _decade(m: re.Match[str]) -> str:
    return words(int(m.group(1) + "0"), "de", "year") + "er" + m.group(2)  # "in den 1890ern"


@GERMAN.rule(r"(?<![\d.,])\b([2-9]0)-?er(n?)\b")
def _short_decade(m: re.Match[str]) -> str:
    """ "in den 90er Jahren" "neunziger", "in den 90ern"."""
    return cardinal(int(m.group(1)), "de") + "er" + m.group(2)


# "33-Jährige", "25-jährigen", "3-fach", "10-mal": a number joined to a word is one word in speech
_JOINED = (
    r"(?:[Jj]ährig|fach|mal|malig|prozentig|stündig|tägig|wöchig|monatig|minütig"
    r"|köpfig|stellig|teilig|seitig)"
)


@GERMAN.rule(rf"(?<![\d.,])\b(\d{{1,3}})-?({_JOINED}\w*)")
def _joined(m: re.Match[str]) -> str:
    """ "der 33-Jährige" "der Dreiunddreißigjährige", "der erst 29-jährige" "neunundzwanzigjährige", "der
    78jährige" (no hyphen) too."""
    said = re.sub(r"eins$", "ein", cardinal(int(m.group(1)), "de")) + m.group(2).lower()  # "einmonatig"
    return said[0].upper() + said[1:] if m.group(2)[0].isupper() else said


GERMAN.items += SCORES.items  # "0:2", "22:25 (9:12)", "28:28": scores, before the clock times below


def _amount(n: int, unit: str) -> str:
    """ "eine Stunde", "drei Minuten": a duration's part."""
    return f"eine {unit}" if n == 1 else f"{words(n, 'de')} {unit}n"


@GERMAN.rule(
    r"(?<![\d.,:])\b(\d{1,3}):([0-5]\d)(?::([0-5]\d)(?:h\b)?)?(?![\d:])(\s?(?:Stunden|Minuten)\b)?(?!\s?Uhr)"
)
def _duration(m: re.Match[str]) -> str:
    """ "2:03:17 Stunden" "zwei Stunden drei Minuten und siebzehn Sekunden"; "2:05 Stunden", "(2:04:59)" too,
    and "10:59:03h" (the hours' letter after the seconds, not said again).

    A time with seconds is a race time; one with only minutes is a duration only before "Stunden" (the rest,
    "23:51", is left to the clock-time rule or to eSpeak NG).
    """
    if m.group(3) is None and not m.group(4):
        return m.group(0)
    if m.group(3) is None and "Minuten" in m.group(4):  # "in 72:53 Minuten"
        parts = [(int(m.group(1)), "Minute"), (int(m.group(2)), "Sekunde")]
    elif len(m.group(1)) > 2:
        return m.group(0)
    else:
        parts = [(int(m.group(1)), "Stunde"), (int(m.group(2)), "Minute"), (int(m.group(3) or 0), "Sekunde")]
    said = [_amount(n, unit) for n, unit in parts if n]
    return " und ".join([" ".join(said[:-1]), said[-1]]) if len(said) > 1 else " ".join(said)


def _hour(h: int) -> str:
    return "ein" if h == 1 else words(h, "de")  # "ein Uhr", not "eins Uhr"


@GERMAN.rule(
    r"(?<![\d.,:])\b([01]?\d|2[0-4])(?:[.:]([0-5]\d))?(?![.:]\d)(?:\s?Uhr\b"
    r"|(?<=\d[.:]\d\d)(?:\s?(-|–)|(?=\s(?:und|bis)))(?=(?:\s(?:und|bis))?\s?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s?Uhr\b))"
)
def _time(m: re.Match[str]) -> str:
    """ "13.45 Uhr" "dreizehn Uhr fünfundvierzig", "1 Uhr" "ein Uhr"; "17 Uhr" is left to eSpeak NG; the
    first time of a span that writes "Uhr" once ("zwischen 19.30 und 07.00 Uhr", "19.30 - 20.00 Uhr": "bis",
    "von 21.30 bis 23 Uhr") is a time too, and a full hour there is said as the page writes it, without its
    "Uhr" ("von 10.00 bis 17.00 Uhr" "von zehn bis siebzehn Uhr")."""
    hour = int(m.group(1))
    if m.group(2) is None and hour != 1:
        return m.group(0)
    minutes = int(m.group(2) or 0)
    joint = (" bis" + ("" if m.string[m.end() : m.end() + 1].isspace() else " ")) if m.group(3) else ""
    if not minutes and not m.group(0).endswith("Uhr"):
        return f"{words(hour, 'de')}{joint}"
    tail = f" {words(minutes, 'de')}" if minutes else ""
    return f"{_hour(hour)} Uhr{tail}{joint}"


@GERMAN.rule(r"(?<![\d.,:])\b([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d|\s?Uhr\b)")
def _clock(m: re.Match[str]) -> str:
    """ "Stand: 06:00" "sechs Uhr", "um 6:05" "sechs Uhr fünf": a clock time without "Uhr" (eSpeak NG reads
    one as a time already, but says its minutes digit by digit: "sechs Uhr null null", "null fünf"). After
    an article ("zum 22:22", "Nach dem 17:17") or beside another score ("28:28 (16:17)") it is a score."""
    if SCORE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return f"{cardinal(int(m.group(1)), 'de')} zu {cardinal(int(m.group(2)), 'de')}"
    minutes = int(m.group(2))
    return f"{_hour(int(m.group(1)))} Uhr" + (f" {words(minutes, 'de')}" if minutes else "")


@GERMAN.rule(r"(?<![\d.,'’])\b(\d{1,3}(?:['’]\d{3}){1,4})(?:\.(\d{1,2}))?(?![\d'’]|[.,]\d)")
def _swiss_thousands(m: re.Match[str]) -> str:
    """ "rund 50'000 Euro" "fünfzigtausend", "1'234.50 Franken": Swiss copy groups thousands with an
    apostrophe, and its decimal sign is a point (eSpeak NG reads the groups as separate numbers, "fünfzig
    null null null")."""
    money = bool(_MONEY_AFTER.match(m.string, m.end()))
    return number(re.sub(r"\D", "", m.group(1)), m.group(2), "de", money=money)


_MONEY_AFTER = re.compile(r"\s?(?:€|CHF\b|Fr\.|Franken\b|Euro\b|Dollar\b|Rappen\b)")


@GERMAN.rule(
    r"\b((?i:der|die|das|den|dem|des|beim|im|am|zum|zur|vom|ins))\s(\d{1,3})\.(?=\s+[A-ZÄÖÜ]|\s*$|\s*[,;:)])"
)
def _ordinal(m: re.Match[str]) -> str:
    """ "beim 50. Berlin-Marathon", "der 50. Berlin-Marathon", "auf den 15.": an ordinal after an article."""
    n = int(m.group(2))
    if n == 0:
        return m.group(0)
    return f"{m.group(1)} {ordinal(n, ending_after(m.string[max(0, m.start(2) - 40) : m.start(2)]))}"


# nouns a number with a point counts ("2. Spieltag"), with the ending their gender gives an ordinal with no
# article before it ("zweiter Spieltag", "zweite Runde", "zweites Mal"; `ordinal` adds it to "zweite")
_COUNTED = {
    "Spieltag": "r", "Platz": "r", "Rang": "r", "Durchgang": "r", "Lauf": "r", "Weltkrieg": "r",
    "Jahrestag": "r", "Geburtstag": "r", "Advent": "r", "Stock": "r", "Versuch": "r",
    "Runde": "", "Liga": "", "Bundesliga": "", "Halbzeit": "", "Etappe": "", "Klasse": "",
    "Auflage": "", "Sitzung": "", "Staffel": "", "Folge": "", "Amtszeit": "", "Etage": "",
    "Mal": "s", "Jahrhundert": "s", "Jahrtausend": "s", "Quartal": "s", "Halbjahr": "s", "Semester": "s",
    "Lebensjahr": "s", "Kapitel": "s", "Minute": "", "Woche": "", "Saison": "", "Tag": "r", "Monat": "r",
    "FC": "r", "FSV": "r", "SC": "r", "FFC": "r",
}  # fmt: skip


@GERMAN.rule(rf"(?<![\w.,])([1-9]\d{{0,2}})\.(?=\s({'|'.join(_COUNTED)})\b)")
def _counted(m: re.Match[str]) -> str:
    """ "Bundesliga 2. Spieltag" "zweiter Spieltag": before a noun that counts (after an article, `_ordinal`
    has said it), an ordinal; with no article before it, its ending is the noun's gender's."""
    ending = ending_after(m.string[max(0, m.start() - 40) : m.start()])
    return ordinal(int(m.group(1)), _COUNTED[m.group(2)] if ending == "r" else ending)


@GERMAN.rule(r"(?<=\d)(\s?)EUR\b|\bEUR(?=\s?\d)")
def _eur(m: re.Match[str]) -> str:
    """ "10.000 EUR" "zehntausend Euro" (eSpeak NG spells the code)."""
    return " Euro" if m.group(1) is not None else "Euro"


def _abbreviation_pattern(written: str) -> str:
    # "z. B." is also written "z.B." (and with a thin space, which _tidy has made a space)
    return r"\s?".join(re.escape(part) for part in written.split(" "))


@GERMAN.rule(r"(?<=[A-Za-zäöü€])\s?/\s?(?=Std\.)")
def _per_hour(m: re.Match[str]) -> str:
    """ "28,00 € / Std.", "km/Std.": a slash before the hour's abbreviation is "pro" (then "Stunde")."""
    return " pro "


@GERMAN.rule(
    r"(?<![\w.])(" + "|".join(_abbreviation_pattern(a) for a in ABBREVIATIONS) + r")"
    r"(?=\s*$|[\s,;:.)\"“”«»]|-[A-ZÄÖÜ])"  # or the first part of a compound: "Dr.-Friedrich-Straße"
)
def _abbreviation(m: re.Match[str]) -> str:
    """ "wie z. B. der", "Deutschland bzw. die EU", "usw." at a sentence's end keeps the sentence's point."""
    written = re.sub(r"\.(?=[^\s-])", ". ", m.group(1))
    said = ABBREVIATIONS[written]
    before = m.string[max(0, m.start() - 20) : m.start()]
    if written in SINGULAR and re.search(r"(?<![\d.,])1\s$|(?:\bpro|\bje|/)\s?$", before):
        said = SINGULAR[written]  # "1 Mio." eine Million; "pro Std.", "€/Std.": per one hour
    if not written.endswith("."):  # "StGB", "Hbf": no point of the sentence's own to keep
        return said
    if ends_sentence(m.string, m.end()) and (written in ENDS_A_LIST or not m.string[m.end() :].strip()):
        said += "."
    return said


@GERMAN.rule(r"(?<![\d.,])\b1\s(Million|Milliarde|Billion)\b")
def _one_million(m: re.Match[str]) -> str:
    return f"eine {m.group(1)}"  # eSpeak NG says "eins Million"


GERMAN.items.extend(ONE_BEFORE_NOUN.items)  # "1 Gepäckstück" "ein Gepäckstück" (german_cases.py)


# before a number, a legal citation's parts ("Art. 2 Abs. 2 S. 1 GG"); "S." is "Satz" after "Abs.", or "Seite"
_CITATION = {"Art.": "Artikel", "Abs.": "Absatz", "Ziff.": "Ziffer", "Kap.": "Kapitel", "Bd.": "Band"}


@GERMAN.rule(r"(?<![\w.])(Art\.|Abs\.|Ziff\.|Kap\.|Bd\.|S\.)(?=\s?\d)")
def _citation(m: re.Match[str]) -> str:
    glued = " " if m.string[m.end() : m.end() + 1].isdigit() else ""  # "S.13": "Seite dreizehn"
    if m.group(1) != "S.":
        return _CITATION[m.group(1)] + glued
    after_paragraph = re.search(r"Abs(?:\.|atz)\s?\d+\s$", m.string[max(0, m.start() - 20) : m.start()])
    return ("Satz" if after_paragraph else "Seite") + glued


@GERMAN.rule(r"(?:\b(Nummer|Nr\.)\s?|(?<![\w.,/:-])(?<!\d\s))([1-9]\d{0,5})/(\d{1,4})(?![\w/]|[.,]\d)")
def _numbered(m: re.Match[str]) -> str:
    """ "Gesetz Nr. 7021/22" "Nummer siebentausendeinundzwanzig Strich zweiundzwanzig", "26 Ns 3/17",
    "Flst.Nrn. 686/1", "1 Ss 310/09": a file's or a plot's number, its slash "Strich" (eSpeak NG drops it and
    runs the two numbers together; a zero first is "null": "null neun"). Telephone numbers begin with a
    zero, and fractions, seasons and "24/7" are said by earlier rules."""
    second = m.group(3)
    said = digits(second, "de") if second.startswith("0") and len(second) > 1 else cardinal(int(second), "de")
    lead = "Nummer " if m.group(1) else ""
    return f"{lead}{cardinal(int(m.group(2)), 'de')} Strich {said}"


@GERMAN.rule(r"(?<![\w-])([A-ZÄÖÜ])([a-zäöü]{1,2})([A-ZÄÖÜ])(?!\w)")
def _mixed_initials(m: re.Match[str]) -> str:
    """ "AfD-Mann" "A F D Mann": capitals around a small letter are an initialism, said letter by letter
    (eSpeak NG says "Af D"), as "VfB" and "KfW" are."""
    return " ".join(m.group(1) + m.group(2).upper() + m.group(3))


@GERMAN.rule(r"(?<!\d\s)(?<![\w.])St\.(?=\s[A-ZÄÖÜ])")
def _saint(m: re.Match[str]) -> str:
    """ "St. Pauli", "St. Georg": "Sankt" before a name (after a number, "5 St." is "Stück", left alone)."""
    return "Sankt"
