"""Dates, years and decades as a newsreader says them.

Months are found in any case, written out or abbreviated, with or without a period ("Sept. 15", "SEPT 15",
"jan. 15", "25 jul 2012"). Month before day is said "June thirtieth"; day before month "the thirtieth of
June". Numeric dates are read only by a stated rule: year first (2016-07-03, 2016/07/03) is ISO;
day.month.year with dots (15.01.2020) is European; with slashes or dashes the American month/day/year
(11/17/05), unless the first number cannot be a month (25/12/2020 is the twenty-fifth of December). A two-
digit year is 20yy below 50, else 19yy. A date's year is said in pairs ("nineteen ninety", "twenty
twenty-one"); years and decades standing alone are years.py's.
"""

from __future__ import annotations

import functools
import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.english_units import UNITS
from narrate.script.normalize.rules import Rules, ends_sentence
from narrate.script.normalize.tables import FULL_WEEKDAYS, MONTHS, WEEKDAYS

DATES = Rules()

# a month's name, or its abbreviation with or without its point (a point after a full name ends the sentence:
# "on 11 February. Over" keeps it)
MONTH = (
    r"((?i:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])"
    r"|(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])\.?|(?i:may)\.(?=\s?\d))"  # "May. 18, 2020"
)
_TH = r"(?i:st|nd|rd|th)?"
_YEAR = r"(?:,?\s(\d{4})\b(?![.,]\d|\s?%))"
_WORDS = {"may", "march"}  # lower-case, these are words first: "the 5 may have", "a 20 march"


def month_name(word: str) -> str:
    """ "Sept." / "sep" / "SEPTEMBER" -> "September"."""
    return MONTHS[word.rstrip(".")[:3].lower()]


def _day(text: str) -> int | None:
    day = int(text)
    return day if 1 <= day <= 31 else None


def _year_words(text: str | None) -> str:
    return f", {nw.pairs(int(text))}" if text else ""


_MONTH_NAMES = list(dict.fromkeys(MONTHS.values()))  # January .. December


@DATES.rule(
    rf"\b((?:{FULL_WEEKDAYS}),?\s)(\d{{1,2}})({_TH}(?:\s(?:of\s)?{MONTH})?)\s?[-–]\s?"
    rf"(?=(?:{FULL_WEEKDAYS}),?\s\d{{1,2}}{_TH}\b)"
)
def _weekday_span(m: re.Match[str]) -> str:
    """ "Monday 17th – Friday 21st February", "Monday 28th October - Friday 1st November 2024", "Monday 15 -
    Friday 19 July": a dash between two dates that each begin with their day of the week is "to" (it had
    been a pause); a bare day there is the day of the month, "Monday the fifteenth"."""
    if not m.group(3):
        day = _day(m.group(2))
        return f"{m.group(1)}the {nw.ordinal(day)} to " if day else m.group(0)
    return f"{m.group(1)}{m.group(2)}{m.group(3)} to "


@DATES.rule(
    rf"\b{MONTH}\s(\d{{1,2}}){_TH}((?:,\s\d{{1,2}}{_TH})+,?\s(?:and|&|or)\s\d{{1,2}}{_TH})\b"
    r"(?![\d.,:/-]\d|\s?(?:%|percent)|\s(?!(?:at|in|on|from|to|until|through|and|or|for|with)\b)[a-z])"
)
def _days_of_month(m: re.Match[str]) -> str:
    """ "On April 3, 10 and 17", "May 5, 12, 19 and 26": days of one month listed after it are each a day,
    said as ordinals ("April third, tenth and seventeenth"); not a count after it ("May 5, 10 and 15
    people")."""
    if m.group(1).rstrip(".").lower() in _WORDS and m.group(1)[0].islower():
        return m.group(0)
    days = [int(d) for d in re.findall(r"\d+", m.group(0)[len(m.group(1)) :])]
    if not all(1 <= d <= 31 for d in days):
        return m.group(0)
    joints = re.findall(r",?\s(?:and|&|or)\s|,\s", m.group(3))
    said = month_name(m.group(1)) + " " + nw.ordinal(days[0])
    for joint, day in zip(joints, days[1:], strict=True):
        said += joint + nw.ordinal(day)
    return said


@DATES.rule(rf"\b(?:Est\.|EST\.)(?=\s(?:1\d\d\d|20\d\d)\b|\s{MONTH}\.?\s\d)")
def _established(m: re.Match[str]) -> str:
    """ "Spokane, Washington Est. May 19, 1883", "Est. 1998": established, before the date it names (a time
    zone is after a time, and never before a year)."""
    return "Established"


@DATES.rule(
    rf"\b({'|'.join(WEEKDAYS)})\.?(,?)(?=\s{MONTH}\s\d|\s\d{{1,2}}(?:st|nd|rd|th)?\s{MONTH}|\s\d\d?/\d\d?/\d|\s\d{{4}}-\d\d-\d\d)"
)
def _weekday_before_date(m: re.Match[str]) -> str:
    """ "Sun Mar 17, 2002", "Tue 5 Mar 2024", "Wed, 09/28/2022": a day's short name before a date, the day."""
    return WEEKDAYS[m.group(1)] + m.group(2)


_SHORT_MONTH = r"(Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"  # not "Mar", "May": words too


@DATES.rule(rf"(?<=\bmid-){_SHORT_MONTH}(?!\w)|\b{_SHORT_MONTH}(?=\s(?:to|through|until|[-–])\s{MONTH})")
def _month_alone(m: re.Match[str]) -> str:
    """ "mid-Sep", "Nov to Feb 29": a month's short name with no day, its name."""
    return month_name(m.group(1) or m.group(2))


_LISTED = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"


@DATES.rule(rf"\b{_LISTED}\.?(?:(?:,\s?|\s(?:and|or|&)\s|,\s(?:and|or)\s){_LISTED}\b\.?)+(?![\w-])")
def _month_list(m: re.Match[str]) -> str:
    """ "in Oct, Nov, Dec, Jan", "€665 in Oct and Nov", "Bloom Season: Jul, Aug": months' short names listed
    with no day are months (eSpeak NG said "oct", "nov"); a point after the last ends the sentence where one
    does."""
    said = re.sub(rf"\b({_LISTED})\b\.?", lambda w: month_name(w.group(1)), m.group(0))
    return said + ("." if m.group(0).endswith(".") and ends_sentence(m.string, m.end()) else "")


@DATES.rule(rf"(?<![\w./-])(\d{{1,2}})-{MONTH}-((?:19|20)?\d\d)\b(?![-/.]\d)")
def _day_month_year(m: re.Match[str]) -> str:
    """ "(14-Jun-2014)", "03-MAR-21": day, the month's short name and the year between hyphens (logs, forms,
    aviation reports), "the fourteenth of June, twenty fourteen"."""
    month = _MONTH_NAMES.index(month_name(m.group(2))) + 1
    said = said_date(_full_year(m.group(3)), month, int(m.group(1)), day_first=True)
    return said or m.group(0)


@DATES.rule(rf"\b{MONTH}\s?[-–]\s?{MONTH}(?![\w-])")
def _month_span(m: re.Match[str]) -> str:
    """ "in Jan-March quarter", "the Oct.-Dec. period": from one month to another."""
    if not (m.group(1)[0].isupper() and m.group(2)[0].isupper()):
        return m.group(0)
    return f"{month_name(m.group(1))} to {month_name(m.group(2))}"


@DATES.rule(
    rf"\b{MONTH}\s(\d{{1,2}}){_TH}\s?[-–]\s?(\d{{1,2}}){_TH}\b"
    rf"(?:\s(&|and)\s(\d{{1,2}}){_TH}\s?[-–]\s?(\d{{1,2}}){_TH}\b(?![.,:]\d))?{_YEAR}?"
)
def _month_days(m: re.Match[str]) -> str:
    """ "June 12-14": "June twelfth to fourteenth"; "May 3-5 & 10-13": a second span of the month after it
    ("and tenth to thirteenth")."""
    first, last = int(m.group(2)), int(m.group(3))
    if not 1 <= first < last <= 31:
        return m.group(0)
    said = f"{month_name(m.group(1))} {nw.ordinal(first)} to {nw.ordinal(last)}"
    if m.group(4):
        start, end = int(m.group(5)), int(m.group(6))
        if not last < start < end <= 31:
            return said + m.group(0)[m.end(3) - m.start() :]
        said += f" and {nw.ordinal(start)} to {nw.ordinal(end)}"
    return said + _year_words(m.group(7))


@DATES.rule(
    rf"(?:\b([Tt]he)\s)?\b((?:\d{{1,2}}{_TH},\s)*\d{{1,2}}){_TH}"
    rf"(\s?[-–]\s?|,?\s(?:and|&)\s|\s(?:to|until|through)\s(?:(?:{FULL_WEEKDAYS}),?\s)?)(\d{{1,2}}){_TH}"
    rf"\s(?:of\s)?{MONTH}(?!\w){_YEAR}?"
)
def _days_month(m: re.Match[str]) -> str:
    """ "3-5 March 2024", "1-2 OCTOBER 2005": days from one to the other, day first ("the third to the fifth
    of March"; it had been "three-the fifth of March"); "on 14, 15, 21 and 22 September", "3 & 4 May": each
    day an ordinal ("the fourteenth, fifteenth, twenty-first and twenty-second of September")."""
    written = [*re.findall(r"\d+", m.group(2)), m.group(4)]
    days = [d for d in map(_day, written) if d is not None]
    spans = m.group(3).strip() not in {"and", "&", ", and", ", &"}
    ascending = len(days) == len(written) and days == sorted(set(days))
    if not ascending or (spans and len(days) > 2) or (m.group(5) in _WORDS and not m.group(6)):
        return m.group(0)
    ordinals = [nw.ordinal(d) for d in days]
    joined = m.group(3).strip() if spans and m.group(3).strip() not in "-–" else "to"  # "to Sunday"
    said = f" {joined} the {ordinals[-1]}" if spans else f" and {ordinals[-1]}"
    said = f"{m.group(1) or 'the'} {', '.join(ordinals[:-1])}{said}"
    said = f"{said} of {month_name(m.group(5))}{_year_words(m.group(6))}"
    return said + ("" if m.group(6) else _stop(m.group(5), m.string, m.end()))


# before a date a word that makes "the" wrong: "a great 4th of July weekend", "Happy 4th of July"
_DETERMINED = re.compile(
    r"\b(?:[Aa]n?|[Tt]his|[Tt]hat|[Ee]very|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Ii]ts|[Hh]appy)\s"
    r"(?:(?!(?:between|from|on|of|in|to|by|until|since|before|after|and|or)\s)[a-z]+\s)?$"
)


_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s$")


@DATES.rule(rf"(?:\b([Tt]he)\s)?\b(\d{{1,2}}){_TH}\s(?:of\s)?{MONTH}(?!\w){_YEAR}?")
def _day_month(m: re.Match[str]) -> str:
    # 12 June 2021 (British and wire style): "the twelfth of June, twenty twenty-one"
    day = _day(m.group(2))
    if day is None or (m.group(3) in _WORDS and not m.group(4)):
        return m.group(0)
    if not m.group(1) and _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group(0)  # "June 18 July 27": the day is June's (month first), its dash left out
    the = m.group(1) or ("" if _DETERMINED.search(m.string, max(0, m.start() - 40), m.start()) else "the")
    said = f"{the} {nw.ordinal(day)} of {month_name(m.group(3))}{_year_words(m.group(4))}".lstrip()
    return said + ("" if m.group(4) else _stop(m.group(3), m.string, m.end()))


def _stop(month: str, text: str, end: int) -> str:
    """The full stop an abbreviated month at a sentence's end shares with it ("on 11 Feb. Over")."""
    return "." if month.endswith(".") and re.match(r"\s*$|\s+[A-Z]", text[end : end + 2]) else ""


@DATES.rule(rf"\b{MONTH}\s(\d{{1,2}}),((?:19|20)\d\d)\b(?![.,]\d)")
def _month_day_unspaced(m: re.Match[str]) -> str:
    """ "June 13,2006": a date whose comma has lost its space (a four-digit year after it, not "13,000")."""
    day = _day(m.group(2))
    if day is None or m.group(1) in _WORDS:
        return m.group(0)
    return f"{month_name(m.group(1))} {nw.ordinal(day)}, {nw.pairs(int(m.group(3)))}"


@DATES.rule(
    rf"\b{MONTH}\s(\d{{1,2}}){_TH}((?:,\s?\d{{1,2}}{_TH}){{1,6}})(?:,?\s(and|&)\s(\d{{1,2}}){_TH})?\b(?![:.,]\d)"
    r"(?=\s*[,.;:!?)(”\"’@]|\s+[A-Z]|\s*$|\s(?:on|in|at|from|for|during|when|while)\b)"
)
def _month_days_listed(m: re.Match[str]) -> str:
    """ "September 27, 28, 29 (m)", "February 2,3 and 4": more days of the month in a list after the first,
    each an ordinal ("twenty-seventh, twenty-eighth, twenty-ninth"); only days that rise, up to the 31st."""
    written = [m.group(2), *re.findall(r"\d+", m.group(3)), *([m.group(5)] if m.group(5) else [])]
    days = [int(d) for d in written]
    if m.group(1) in _WORDS or days != sorted(set(days)) or days[-1] > 31 or days[0] < 1:
        return m.group(0)
    ordinals = [nw.ordinal(d) for d in days]
    listed = ", ".join(ordinals[:-1] if m.group(5) else ordinals)
    last = f" {'and' if m.group(4) == '&' else m.group(4)} {ordinals[-1]}" if m.group(5) else ""
    return f"{month_name(m.group(1))} {listed}{last}"


@DATES.rule(
    rf"\b{MONTH}\s(?:the\s)?(\d{{1,2}}){_TH}\b(?![:.,]\d|\s?%)"
    rf"(?:\s(and|or|&|to|through|until)\s(\d{{1,2}}){_TH}\b(?=\s*[,.;:!?)”\"’@]|\s+[A-Z]|,?\s\d{{4}}\b|\s*$"
    r"|\s(?:on|in|at|from|for|during|when|while|will|would|are|were|is|was|has|have|had|can|could)\b))?"
    + _YEAR
    + "?"
)
def _month_day(m: re.Match[str]) -> str:
    # "July 9 and 10,", "May 6 to 22,", "Sept. 15 and 16 will": a second day joined to the first is a date too
    day = _day(m.group(2))
    if day is None:
        return m.group(0)
    second = _day(m.group(4)) if m.group(4) else None
    if m.group(4) and (second is None or second <= day):
        return f"{month_name(m.group(1))} {nw.ordinal(day)}" + m.group(0)[m.end(2) - m.start() :]
    also = f" {m.group(3)} {nw.ordinal(second)}" if second else ""
    the = "the " if m.string[m.start(2) - 4 : m.start(2)] == "the " else ""  # "November the 4th", as written
    return f"{month_name(m.group(1))} {the}{nw.ordinal(day)}{also}{_year_words(m.group(5))}"


DATES.rule(  # after an ordinal in words: "mid-August and" is no range (it had been "mid to August and")
    r"(?<=st|nd|rd|th)\s?[-–]\s?(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?:the\s)?\w)"
)(
    lambda m: " to "  # "January thirty-first-February second": a dash between two dates is "to"
)


@DATES.rule(rf"\b{MONTH}(?=,?\s\d{{4}}\b)")
def _month_year(m: re.Match[str]) -> str:
    return m.group(0) if m.group(1) in _WORDS else month_name(m.group(1))


def said_date(year: int, month: int, day: int, *, day_first: bool = False) -> str | None:
    """The words for a numeric date, or None when it is no date (month 13, day 0, or a year that is not
    one the year rules read, 1000 to 2099: "MCA Code 7-14-2101" is a code's number)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2099):
        return None
    name = list(MONTHS.values())[month - 1]
    if day_first:
        return f"the {nw.ordinal(day)} of {name}, {nw.pairs(year)}"
    return f"{name} {nw.ordinal(day)}, {nw.pairs(year)}"


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 50 else 1900 + year
    return year


# units, written short or in full ("3/8 in.", "3/8-inch", "7/16 inches"), longest first
_MEASURES = [
    re.escape(unit)
    for unit in sorted(
        {*UNITS, *(name for names in UNITS.values() for name in names[:2])}, key=len, reverse=True
    )
]
_ANY_WEEKDAY = "|".join(sorted({*WEEKDAYS, *WEEKDAYS.values()}, key=len, reverse=True))


@DATES.rule(
    r"\b((?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Ee]ffective|[Dd]ue)\s"
    rf"|(?:{_ANY_WEEKDAY})\.?,?\s\(?)"
    r"(?!9/11\b)(0?[1-9]|1[0-2])/(3[01]|[12]\d|0?[1-9])\b(?![/.-]?\d|[″”])"
    rf"(?!\s?-?(?:{'|'.join(_MEASURES)})(?![\w/]))"  # "from 3/8 inch to 1 1/2 inch": a size, no date
)
def _numeric_month_day(m: re.Match[str]) -> str:
    """ "on 3/15", "by 12/25", "Monday 3/31", "Fri., 4/12", "Saturday (3/12)": a month and a day after a word
    that places a date or a day of the week ("on March fifteenth"; it had been read as a fraction, "three
    fifteenths"). "9/11" is the attacks' name, "nine eleven"."""
    lead = re.sub(r"^(\w+)\.?", lambda w: WEEKDAYS.get(w.group(1), w.group(0)), m.group(1))
    return f"{lead}{_MONTH_NAMES[int(m.group(2)) - 1]} {nw.ordinal(int(m.group(3)))}"


@DATES.rule(r"(?<![\w./:-])(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b(?![/.-]\d)")
def _numeric_month_year(m: re.Match[str]) -> str:
    """ "Last reviewed 01/2018": a month and a year ("January twenty eighteen")."""
    return f"{_MONTH_NAMES[int(m.group(1)) - 1]} {nw.pairs(int(m.group(2)))}"


@DATES.rule(r"(?<![\w./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b(?![-/.]\d)")
def _iso_date(m: re.Match[str]) -> str:
    said = said_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    return said or m.group(0)


@DATES.rule(r"(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b(?![-/.]\d)")
def _numeric_date(m: re.Match[str]) -> str:
    first, sep, second = int(m.group(1)), m.group(2), int(m.group(3))
    year = _full_year(m.group(4))
    if sep == "-" and len(m.group(4)) == 2:
        said = None  # 5-10-15 is likelier a list or a score than a date
    elif sep == "." and len(m.group(4)) == 4:
        said = said_date(year, second, first, day_first=True)  # 15.01.2020: European
        if said is None and first <= 12 < second:
            said = said_date(year, first, second)  # "09.13.2024": a month first, where no day-first date is
    elif first > 12 or _days_first(m.string, sep):
        # 25/12/2020 cannot be a month first; nor can 03/02/2025 beside 30/01/2025 (one writer, one order)
        said = said_date(year, second, first, day_first=True)
    elif sep == "." and second > 12:
        said = said_date(year, first, second)  # "Board Meeting 1.21.22": a day after a month, American
    elif sep == ".":
        said = None  # 1.2.10 is likelier a version number
    else:
        said = said_date(year, first, second)  # 11/17/05: American month/day/year
    return said or m.group(0)


# a date whose first number can only be a day ("30/01/2025"): its text writes the day first
_DAY_FIRST = re.compile(
    r"(?<![\w./-])(?:1[3-9]|2\d|3[01])([/-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d\d)\b(?![-/.]\d)"
)


@functools.lru_cache(maxsize=4)
def _days_first(text: str, sep: str) -> bool:
    """Whether TEXT has a numeric date with SEP that can only be read day first (once per text and separator,
    not once per date in it: a page of dates stays linear)."""
    return any(found.group(1) == sep for found in _DAY_FIRST.finditer(text))


DATES.rule(r"\b9/11\b")(lambda m: "nine eleven")


@DATES.rule(rf"\b({FULL_WEEKDAYS})(,?)\s([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s(?:of\s)?{MONTH})")
def _weekday_day(m: re.Match[str]) -> str:
    """ "the outlook for Sunday 3rd": a day of the week and a day of the month, "Sunday the third" (British
    copy's "Saturday 2nd March" is the date rule's, "Saturday the second of March")."""
    return f"{m.group(1)}{m.group(2)} the {nw.ordinal(int(m.group(3)))}"


@DATES.rule(r"(?<![\w.&-])(Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s|$)")
def _month_abbreviated(m: re.Match[str]) -> str:
    """ "Sept. TBA", "the Jan. meeting", "Aug. and Sept. figures": a month's AP abbreviation with its period
    and no day after it (the date rules above take those) is the month (eSpeak NG says "sept", "jan"); the
    period stays where a sentence may end after it (a capital, then a small letter)."""
    ends = re.match(r"\s+[A-Z][a-z]|\s*$", m.string[m.end() :])
    return month_name(m.group(1)) + ("." if ends else "")
