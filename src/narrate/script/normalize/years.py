"""Years and decades as a newsreader says them: in pairs ("nineteen ninety", "twenty twenty-one"), decades
in the plural ("the 1980s"), fiscal years ("2016/17"), eras ("41 A.D."), and a number from 1000 to 2099 that
counts something ("1087 new projects", "1212 cattle") as a number. These rules run after ranges and measures
have taken the numbers that are theirs (english.py's order).
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import MONTHS

YEARS = Rules()


def _decade_words(head: str) -> str:
    """ "198" -> "nineteen eighties", "8" -> "eighties"."""
    n = int(head + "0")
    return nw.plural_words(nw.pairs(n) if len(head) == 3 else nw.cardinal(n))


@YEARS.rule(r"(?<![\w$.,'’])([1-9]\d{0,3})0\s?['’]?s\s?[-–]\s?['’]?([1-9]\d{0,3})0\s?['’]?s\b")
def _decades(m: re.Match[str]) -> str:
    """ "the 1960s-70s": one decade to another ("the nineteen sixties to seventies")."""
    return f"{_decade_words(m.group(1))} to {_decade_words(m.group(2))}"


@YEARS.rule(r"(?<![\w$.,'’])([1-9]\d{0,3})0\s?['’]?s\b")
def _decade(m: re.Match[str]) -> str:
    # 1980s, 1980's, 1980 s, 80s, 1800s
    return _decade_words(m.group(1))


@YEARS.rule(r"['’‘](\d)0\s?s\b")
def _short_decade(m: re.Match[str]) -> str:
    return nw.plural_words(nw.cardinal(int(m.group(1)) * 10))


@YEARS.rule(r"(?<![\w'’‘])['’‘](\d\d)\s?[-–]\s?(?=['’‘]\d\d\b(?![’'‘]?s\b|[.,:]\d|\s?%))")
def _short_year_span(m: re.Match[str]) -> str:
    """ "(’81-’84)": a dash between two years cut to two digits is "to" (the second is the next rule's)."""
    return f"{_short_year(m)} to "


@YEARS.rule(r"(?<![\w'’‘])['’‘](\d\d)\b(?![’'‘]?s\b|[.,:]\d|\s?%)")
def _short_year(m: re.Match[str]) -> str:
    """ "summer ’80", "the class of ’05": a year cut to two digits, "eighty", "oh five"."""
    n = int(m.group(1))
    return f"oh {nw.cardinal(n)}" if n < 10 else nw.cardinal(n)


@YEARS.rule(r"(?<![\w-])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(3[2-9]|[4-9]\d|00)\b(?![-/.]\d)")
def _month_short_year(m: re.Match[str]) -> str:
    """ "Mar-90", "Mar-00" (a table's month): a month and a year cut to two digits that no day can be ("March
    nineteen ninety", "March two thousand"); "Oct-12" may be a day and is left to the dates."""
    year = int(m.group(2))
    return f"{MONTHS[m.group(1).lower()]} {nw.pairs(2000 if year == 0 else 1900 + year)}"


# a unit of length, weight, area or volume after the number, in words, or as a symbol written on to it
_MEASURED = re.compile(
    r"\s(?:(?:kilo|centi|milli)?(?:metres?|meters?)|miles?|feet|foot|yards?|inches|(?:kilo)?grams?|tonnes?"
    r"|tons?|pounds?|ounces?|(?:kilo)?litres?|(?:kilo)?liters?|gallons?|acres?|hectares?|square|cubic)\b"
    r"|(?:km|m|cm|mm|kg|ft|mi|yd|lbs?|oz|ha)\b"
)
_TIME_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter)\s$"
)


@YEARS.rule(r"(?<![\w$.,:/#-])(1\d\d\d|20\d\d)/(\d\d|\d{4})\b(?![/.]\d)")
def _fiscal_year(m: re.Match[str]) -> str:
    """ "2016/17", "2025/2026": one fiscal year or season, named by the years it spans; written short, with
    "to" between them, as "2019-20" is ("FY 2025/26", round 7's web copy); written whole, without (the
    development pairs read "2024/2025" both ways)."""
    start, end = m.group(1), m.group(2)
    if int(end[-2:]) != (int(start) + 1) % 100:
        return m.group(0)
    if len(end) == 4:
        return f"{nw.pairs(int(start))} {nw.pairs(int(end))}"
    return f"{nw.pairs(int(start))} to {nw.season_end(start, end)}"


@YEARS.rule(r"(?<![\w-])((?i:mid|pre|post|early|late))-(1\d\d\d|20\d\d)(?![\w.,:/%]\d|\d|%|\s?percent)")
def _prefixed_year(m: re.Match[str]) -> str:
    """ "mid-2024", "pre-2020": a year (it had been "mid-two thousand twenty-four")."""
    return f"{m.group(1)}-{nw.pairs(int(m.group(2)))}"


@YEARS.rule(r"(?<![\w$.,:/#-])(\d{1,4})\s?(A\.D\.|B\.C\.|AD|BC|BCE|CE|B\.C\.E\.|C\.E\.)(?![\w.]\w)")
def _era(m: re.Match[str]) -> str:
    """ "313 AD", "122AD", "597 BC", "41 A.D.": a year with its era, said as a year ("three thirteen A D")."""
    era = " ".join(m.group(2).replace(".", ""))
    return f"{nw.pairs(int(m.group(1)))} {era}"


@YEARS.rule(r"\(\s?([bd])\.\s?(c\.\s?)?(\d{3,4})\b")
def _born_died(m: re.Match[str]) -> str:
    """ "(d.1274)", "(b. c.1540)": born or died, circa, and the year."""
    circa = "circa " if m.group(2) else ""
    return f"({'born' if m.group(1) == 'b' else 'died'} {circa}{nw.pairs(int(m.group(3)))}"


@YEARS.rule(r"\b(?:c|[Cc]a|circa)\.\s?(?=\d{3,4}\b)|(?<![\w.-])c(?=1\d{3}\b)")
def _circa(m: re.Match[str]) -> str:
    """ "c. 1850", "ca. 1900", "Ca. 1900", an auction's "c1890" (a year before 2000 only): about that year."""
    return f"{m.group(0)[0]}irca "


# words after a number that end in "s" without being a plural noun the number counts
_NOT_COUNTED = (
    r"(?:this|thus|plus|less|unless|across|versus|was|has|does|is|its|his|hers|ours|yours|theirs|always"
    r"|perhaps|sometimes|afterwards|towards|besides|nevertheless|series|news|means|status|bus|gas|as|us)"
)
# a plural noun after it, perhaps after an adjective ("1087 new projects", "1212 cattle"): it counts them
_PLURAL = rf"(?!{_NOT_COUNTED}\b)[a-z]{{2,}}[^s'’\W]s|people|children|men|women|cattle|sheep|staff"
_COUNTED = re.compile(rf"\s(?:new\s|more\s|other\s)?(?:{_PLURAL})\b")
# what before a number makes it a year whatever follows: a word in capitals ("Vision 2040", "September
# 2013"), a name's "of" ("the Education Amendments of 1972 prohibits"), a preposition or an article ("in
# 1999 new rules were", "the 1850 census"), another year it is coordinated with ("the 2017 and 2018
# elections": both years)
_YEAR_BEFORE = re.compile(
    r"(?:\b[A-Z]\w*(?:\s+of)?|\b(?:in|since|by|until|till|from|during|before|after|around|the|a|an|to|for)"
    r"|(?<![\w$.,])(?:1\d\d\d|20\d\d),?\s(?:and|or))\s$"
)


# not before a small letter written on to it ("1500m", a measure or an amount, is another rule's or eSpeak
# NG's) or a code's capitals ("1337ABCD"); "2015A trademark", a paragraph run on, is still a year
@YEARS.rule(r"(?<![\w$.,:/#-])(1\d\d\d|20\d\d)(?![\w.,:/%]\d|\d|%|\s?percent|[a-rt-z]|[A-Z][A-Z\d])")
def _year(m: re.Match[str]) -> str:
    """A number from 1000 to 2099 read as a year, in pairs; but before a plural noun it counts, with no word
    before it that makes it a year, it is a number ("1087 new projects", eSpeak NG's own reading)."""
    n = int(m.group(1))
    before = m.string[max(0, m.start() - 20) : m.start()]
    if n % 100 and _COUNTED.match(m.string, m.end()) and not _YEAR_BEFORE.search(before):
        return nw.cardinal(n)
    # "the 2040 metres Country Trainers Plate": no year has a unit; but "since 2008 tons of" may be one
    if _MEASURED.match(m.string, m.end()) and not _TIME_BEFORE.search(before):
        return nw.cardinal(n)
    return nw.pairs(n)
