"""English rules: the written forms of news copy (AP style) into what a newsreader says.

Each rule is a regular expression and a function from its match to words. Rules run in order, most specific
first (web addresses before abbreviations, phone numbers before ranges, dates before years); once a rule has
turned digits into words no later number rule can see them again. Plain numbers, decimals and words that
eSpeak NG already reads right are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.tables import (
    ABBREVIATIONS_AFTER_NAME,
    AP_STATES,
    CURRENCIES,
    MONTHS,
    POSTAL_STATES,
    REGNAL_NAMES,
    SHOUTED,
    SPELLED,
    STREET_SUFFIXES,
    TIME_ZONES,
    TITLES,
    UNITS,
    WORD_ACRONYMS,
)

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]
RULES: list[Rule] = []


def rule(
    pattern: str, flags: int = 0
) -> Callable[[Callable[[re.Match[str]], str]], Callable[[re.Match[str]], str]]:
    """Register FUNC as the replacement for PATTERN, in definition order."""

    def register(func: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
        RULES.append((re.compile(pattern, flags), func))
        return func

    return register


def apply(text: str) -> str:
    """Run every English rule over TEXT."""
    for pattern, func in RULES:
        text = pattern.sub(func, text)
    return text


NUM = r"\d{1,3}(?:,\d{3})+|\d+"  # 1,234,567 or 1234
DEC = rf"(?:{NUM})(?:\.\d+)?|\.\d+"
# words after "a $15 ..." / "a 5 km ..." that show the amount is not an adjective
_NOT_NOUN = {
    "a", "an", "the", "of", "to", "in", "per", "for", "and", "or", "from", "at", "on", "by", "each", "more",
    "less", "than", "away", "north", "south", "east", "west", "long", "tall", "wide", "high", "deep", "old",
    "apiece", "total", "with", "was", "is", "are", "were", "will", "last", "ago",
}  # fmt: skip


def _adjectival(article: str | None, text: str, end: int) -> bool:
    """ "a $15 minimum wage", "a 5 km run": the amount is an adjective, so its unit stays singular."""
    if not article:
        return False
    nxt = re.match(r"\s+([a-z]+)\b", text[end:])
    return bool(nxt) and nxt is not None and nxt.group(1) not in _NOT_NOUN


# --- e-mail and web addresses -------------------------------------------------------------------

_TLDS = r"com|org|net|gov|edu|mil|int|io|co|uk|us|ca|de|fr|es|it|info|news|tv|ly|me|ai|app|dev|fm"
_COMMON_LABELS = {"com", "org", "net", "gov", "edu", "mil", "co", "io", "tv", "fm", "bit", "app", "dev", "me"}


def _label(label: str) -> str:
    """One part of a domain name: short ones without a vowel pattern spelled ("npr" -> "N P R")."""
    if label.lower() in _COMMON_LABELS:
        return label.lower()
    upper = label.upper()
    if upper in SPELLED or (len(label) <= 3 and upper not in WORD_ACRONYMS):
        return " ".join(upper)
    return label


def _domain(domain: str) -> str:
    labels = [p for p in domain.split(".") if p]
    if labels and labels[0].lower() == "www":
        labels = labels[1:]
    return " dot ".join(_label(p) for p in labels)


@rule(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
def _email(m: re.Match[str]) -> str:
    local = " dot ".join(p for p in re.split(r"[.]", m.group(1)) if p)
    return f"{local} at {_domain(m.group(2))}"


@rule(
    rf"\b(?:https?://)?((?:[\w-]+\.)+(?:{_TLDS}))\b((?:/[\w%~+-]*)*(?:\.\w+)?)/?(?=[\s,;:)!?]|\.(?:\s|$)|$)"
)
def _url(m: re.Match[str]) -> str:
    said = _domain(m.group(1))
    segments = [s for s in m.group(2).split("/") if s]
    # said briefly: a short path is read ("npr.org/news"), a long one (dates, slugs, ids) left out
    if segments and len(segments) <= 2 and all(re.fullmatch(r"[A-Za-z]{1,20}", s) for s in segments):
        said += "".join(f" slash {s}" for s in segments)
    return said


# --- telephone numbers ----------------------------------------------------------------------------


def _phone_group(group: str) -> str:
    return "eight hundred" if group == "800" else nw.digits(group)


@rule(r"(?<![\w$.-])(?:(\+\d{1,3})\s)((?:\d{2,4}[\s.-]){1,3}\d{3,4})\b")
def _phone_intl(m: re.Match[str]) -> str:
    country = "plus " + nw.digits(m.group(1))
    return ", ".join([country, *(nw.digits(g) for g in re.split(r"[\s.-]", m.group(2)))])


@rule(r"(?<![\w$.-])(?:(1)[-.\s])?(?:\((\d{3})\)\s?|(\d{3})[-.])(\d{3})[-.](\d{4})\b")
def _phone(m: re.Match[str]) -> str:
    groups = [g for g in (m.group(2) or m.group(3), m.group(4), m.group(5)) if g]
    said = [_phone_group(g) for g in groups]
    return ", ".join((["one"] if m.group(1) else []) + said)


@rule(r"(?:(?<=^)|(?<=[\s(]))(?<!\d\s)[-−](?=\d)")
def _minus(m: re.Match[str]) -> str:
    return "minus "


@rule(r"(?<![\w$.,/-])(\d{1,5}(?:-\d{1,7}){2,})\b(?![-/]\d)")
def _digit_groups(m: re.Match[str]) -> str:
    # 978-0-19-515461-5, 0-19-515461-5: codes read digit by digit, group by group
    groups = m.group(1).split("-")
    if len(groups) == 3 and len(groups[0]) == 4 and all(len(g) <= 2 for g in groups[1:]):
        return m.group(0)  # 2021-06-12 is a date (the date rules read it)
    return ", ".join(nw.digits(g) for g in groups)


@rule(r"(?<![\w$.,-])(\d{3})-(\d{4})\b(?!-)")
def _phone_local(m: re.Match[str]) -> str:
    return f"{nw.digits(m.group(1))}, {nw.digits(m.group(2))}"


@rule(r"\b([2-9]11|988)\b(?![\d,.]*\s*(?:%|percent))")
def _service_number(m: re.Match[str]) -> str:
    # 911, 411, 311, 988: always said digit by digit
    return nw.digits(m.group(1))


@rule(r"\bext\.\s*(\d+)")
def _extension(m: re.Match[str]) -> str:
    return f"extension {nw.digits(m.group(1))}"


# --- money ----------------------------------------------------------------------------------------

_SCALE_WORDS = {
    "k": "thousand", "K": "thousand", "m": "million", "M": "million", "bn": "billion", "b": "billion",
    "million": "million", "billion": "billion", "trillion": "trillion", "thousand": "thousand",
}  # fmt: skip
_SCALE = r"(?:[\s-]?(million|billion|trillion|thousand)\b|(k|K|m|M|bn|b)\b)"


def _amount(number: str, scale: str | None, unit: tuple[str, str, str | None], singular: bool) -> str:
    """ "1.5", "million", dollar -> "one point five million dollars"; cents when there is no scale."""
    one, many, cent = unit
    value = number.replace(",", "")
    if scale:
        return f"{nw.decimal(value)} {scale} {one if singular else many}"
    whole, _, frac = value.partition(".")
    if frac and cent and len(frac) == 2:
        cents = int(frac)
        units = int(whole or "0")
        cents_said = f"{nw.cardinal(cents)} {cent if cents == 1 else cent + 's'}"
        if units == 0:
            return cents_said
        head = f"{nw.cardinal(units)} {one if units == 1 or singular else many}"
        return f"{head} and {cents_said}" if cents else head
    amount = nw.decimal(value)
    return f"{amount} {one if value in {'1', '1.0'} or singular else many}"


_CUR = "[" + "".join(re.escape(c) for c in CURRENCIES) + "]"


@rule(rf"(?:\b(a|an)\s+)?({_CUR})({DEC})\s?[-–]\s?(?:{_CUR})?({DEC}){_SCALE}?")
def _money_range(m: re.Match[str]) -> str:
    unit = CURRENCIES[m.group(2)]
    scale = _SCALE_WORDS.get(m.group(5) or m.group(6) or "")
    first = nw.decimal(m.group(3).replace(",", ""))
    article = f"{m.group(1)} " if m.group(1) else ""
    return article + f"{first} to " + _amount(m.group(4), scale, unit, False)


@rule(rf"(?:\b(a|an|[Tt]he)\s+)?({_CUR})({DEC}){_SCALE}?")
def _money(m: re.Match[str]) -> str:
    unit = CURRENCIES[m.group(2)]
    scale = _SCALE_WORDS.get(m.group(4) or m.group(5) or "")
    singular = _adjectival(m.group(1), m.string, m.end())
    article = f"{m.group(1)} " if m.group(1) else ""
    return article + _amount(m.group(3), scale, unit, singular)


@rule(r"(?<![\w.,])(\d+\.\d+)(m|bn|k)\b|(?<![\w.,])(\d+)(bn)\b")
def _scaled(m: re.Match[str]) -> str:
    """ "1.2m people", "3bn": a scale on a bare number (a whole number with "m" may be metres: left)."""
    number, suffix = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{nw.decimal(number)} {_SCALE_WORDS[suffix]}"


# --- dates ----------------------------------------------------------------------------------------

_MONTH = r"(Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|January|February|March|April|May|June|July|August|September|October|November|December)"  # noqa: E501


def _month(word: str) -> str:
    return MONTHS[word.rstrip(".")[:3].lower()]


@rule(rf"\b{_MONTH}\s(\d{{1,2}})(?:st|nd|rd|th)?\s?[-–]\s?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(\d{{4}})\b)?")
def _month_days(m: re.Match[str]) -> str:
    # June 12-14: "June twelfth to fourteenth"
    first, last = int(m.group(2)), int(m.group(3))
    if not 1 <= first < last <= 31:
        return m.group(0)
    year = f", {nw.pairs(int(m.group(4)))}" if m.group(4) else ""
    return f"{_month(m.group(1))} {nw.ordinal(first)} to {nw.ordinal(last)}{year}"


@rule(rf"(?:\b([Tt]he)\s)?\b(\d{{1,2}})(?:st|nd|rd|th)?\s{_MONTH}\b(?:,?\s(\d{{4}})\b)?")
def _day_month(m: re.Match[str]) -> str:
    # 12 June 2021 (British and wire style): "the twelfth of June, twenty twenty-one"
    day = int(m.group(2))
    if not 1 <= day <= 31:
        return m.group(0)
    year = f", {nw.pairs(int(m.group(4)))}" if m.group(4) else ""
    return f"{m.group(1) or 'the'} {nw.ordinal(day)} of {_month(m.group(3))}{year}"


@rule(rf"\b{_MONTH}\s(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(\d{{4}})\b)?")
def _month_day(m: re.Match[str]) -> str:
    day = int(m.group(2))
    if not 1 <= day <= 31:
        return m.group(0)
    year = f", {nw.pairs(int(m.group(3)))}" if m.group(3) else ""
    return f"{_month(m.group(1))} {nw.ordinal(day)}{year}"


@rule(r"(?<=[a-z])\s?[-–]\s?(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?:the\s)?\w)")
def _date_range(m: re.Match[str]) -> str:
    # "January thirty-first-February second": a dash between two dates is "to"
    return " to "


@rule(rf"\b{_MONTH}(?=\s\d{{4}}\b)")
def _month_year(m: re.Match[str]) -> str:
    return _month(m.group(1))


@rule(r"\b(\d{4})-(\d{2})-(\d{2})\b")
def _iso_date(m: re.Match[str]) -> str:
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f"{list(MONTHS.values())[month - 1]} {nw.ordinal(day)}, {nw.pairs(year)}"


@rule(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
def _us_date(m: re.Match[str]) -> str:
    month, day, year = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f"{list(MONTHS.values())[month - 1]} {nw.ordinal(day)}, {nw.pairs(year)}"


@rule(r"\b9/11\b")
def _nine_eleven(m: re.Match[str]) -> str:
    return "nine eleven"


# --- times ----------------------------------------------------------------------------------------

_AMPM = r"([ap])\.?\s?m\b\.?"
_ZONE = r"(?:\s(" + "|".join(TIME_ZONES) + r")\b)?"


def _clock(hour: int, minute: str | None, *, ampm: bool) -> str:
    said = nw.cardinal(hour)
    if minute is None or minute == "00":
        return said if ampm or minute is None else f"{said} o'clock"
    m = int(minute)
    return f"{said} oh {nw.cardinal(m)}" if m < 10 else f"{said} {nw.cardinal(m)}"


def _zone(code: str | None) -> str:
    return f" {TIME_ZONES[code]}" if code else ""


@rule(
    rf"\b(\d{{1,2}})(?::(\d{{2}}))?\s?{_AMPM}(?:\s?[-–]\s?(\d{{1,2}})(?::(\d{{2}}))?\s?{_AMPM})?{_ZONE}",
    re.IGNORECASE,
)
def _time_ampm(m: re.Match[str]) -> str:
    said = f"{_clock(int(m.group(1)), m.group(2), ampm=True)} {m.group(3).lower()} m"
    if m.group(4):
        said += f" to {_clock(int(m.group(4)), m.group(5), ampm=True)} {m.group(6).lower()} m"
    return said + _zone(m.group(7))


@rule(rf"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:){_ZONE}")
def _time(m: re.Match[str]) -> str:
    return _clock(int(m.group(1)), m.group(2), ampm=False) + _zone(m.group(3))


# --- addresses ------------------------------------------------------------------------------------

_STREET = r"(?:" + "|".join(re.escape(s) for s in STREET_SUFFIXES) + r")"
_DIR = {"N": "North", "S": "South", "E": "East", "W": "West"}
_QUADRANTS = {"NW": "Northwest", "NE": "Northeast", "SW": "Southwest", "SE": "Southeast"}


def house_number(text: str) -> str:
    digits_, letter = re.fullmatch(r"(\d+)([A-Z]?)", text).groups()  # type: ignore[union-attr]
    said = nw.code_number(digits_) if len(digits_) >= 3 else nw.cardinal(int(digits_))
    return said + (f" {letter}" if letter else "")


@rule(
    rf"\b(\d{{1,5}}[A-Z]?)\s((?:[NSEW]\.?\s)?(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'.-]*)\s){{1,4}}{_STREET})(?=[\s.,;]|$)"
)
def _address(m: re.Match[str]) -> str:
    street = re.sub(r"^([NSEW])\.?\s", lambda d: _DIR[d.group(1)] + " ", m.group(2))
    return f"{house_number(m.group(1))} {street}"


_STREET_WORDS = {"Ave.": "Avenue", "St.": "Street", "Blvd.": "Boulevard"}


@rule(r"\b(Ave\.|Avenue|St\.|Street|Blvd\.|Boulevard)\s(NW|NE|SW|SE)\b")
def _quadrant(m: re.Match[str]) -> str:
    # the abbreviation's period goes too: it would be read as the end of a sentence, a pause mid-address
    return f"{_STREET_WORDS.get(m.group(1), m.group(1))} {_QUADRANTS[m.group(2)]}"


@rule(r"\bP\.?\s?O\.?\sBox\s(\d+)\b")
def _po_box(m: re.Match[str]) -> str:
    return f"P O Box {nw.code_number(m.group(1))}"


@rule(r"\b(D\.C\.|DC)\s(\d{5})(?:-(\d{4}))?\b")
def _dc_zip(m: re.Match[str]) -> str:
    plus4 = f", {nw.digits(m.group(3))}" if m.group(3) else ""
    return f"D C {nw.digits(m.group(2))}{plus4}"  # ZIP codes are read digit by digit


@rule(r"\b(" + "|".join(POSTAL_STATES) + r")\s(\d{5})(?:-(\d{4}))?\b")
def _state_zip(m: re.Match[str]) -> str:
    plus4 = f", {nw.digits(m.group(3))}" if m.group(3) else ""
    return f"{POSTAL_STATES[m.group(1)]} {nw.digits(m.group(2))}{plus4}"


# --- ranges, fractions, measures, percentages -----------------------------------------------------


def _year_like(text: str) -> bool:
    return len(text) == 4 and 1000 <= int(text) <= 2099


@rule(r"(?<![\w$.,/-])(\d{4})\s?[-–]\s?(\d{2}|\d{4})\b(?![-–]\d)")
def _year_range(m: re.Match[str]) -> str:
    start, end = m.group(1), m.group(2)
    if not _year_like(start) or (len(end) == 4 and not _year_like(end)):
        return m.group(0)
    said_end = nw.pairs(int(end)) if len(end) == 4 else nw.cardinal(int(end))
    return f"{nw.pairs(int(start))} to {said_end}"


@rule(r"(?<![\w$.,/-])(\d{1,3})-(\d{1,3})\b(?![-–]\d)")
def _even_split(m: re.Match[str]) -> str:
    """ "a 50-50 chance", "tied 10-10": the same number twice is said "fifty-fifty", not as a range."""
    if m.group(1) != m.group(2):
        return m.group(0)
    said = nw.cardinal(int(m.group(1)))
    return f"{said}-{said}"


@rule(r"\b([1-8])['’′]\s?(\d{1,2})(?:[\"”″]|'')(?!\w)")
def _feet_inches(m: re.Match[str]) -> str:
    """6'2" -> "six feet two inches" (a height)."""
    feet, inches = int(m.group(1)), int(m.group(2))
    foot_word = "foot" if feet == 1 else "feet"
    inch_word = "inch" if inches == 1 else "inches"
    return f"{nw.cardinal(feet)} {foot_word} {nw.cardinal(inches)} {inch_word}"


@rule(rf"(?<![\w$.,/-])({DEC})\s?[-–]\s?({DEC})(?=\s?%|\s|[.,;:)]|$)(?![-–]\d)")
def _range(m: re.Match[str]) -> str:
    return f"{m.group(1)} to {m.group(2)}"


_UNICODE_FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
                      "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}  # fmt: skip


def _fraction(num: int, den: int) -> str:
    if num == 1:
        return "one half" if den == 2 else f"one {nw.ordinal(den) if den != 4 else 'quarter'}"
    return f"{nw.cardinal(num)} {nw.plural_ordinal(den)}"


def _mixed(whole: int, num: int, den: int) -> str:
    if num == 1 and den in {2, 4}:
        return f"{nw.cardinal(whole)} and a {'half' if den == 2 else 'quarter'}"
    return f"{nw.cardinal(whole)} and {_fraction(num, den)}"


@rule(r"(?<![\w/])(?:(\d+)\s)?(\d{1,2})/(\d{1,2})(?![\w/])")
def _slash_numbers(m: re.Match[str]) -> str:
    num, den = int(m.group(2)), int(m.group(3))
    if 0 < num < den <= 16:
        return _mixed(int(m.group(1)), num, den) if m.group(1) else _fraction(num, den)
    # 24/7, 50/50: two numbers said one after the other
    lead = f"{m.group(1)} " if m.group(1) else ""
    return f"{lead}{nw.cardinal(num)} {nw.cardinal(den)}"


@rule(r"(?:(\d+)\s?)?([½⅓⅔¼¾⅕⅛⅜⅝⅞])")
def _unicode_fraction(m: re.Match[str]) -> str:
    num, den = _UNICODE_FRACTIONS[m.group(2)]
    return _mixed(int(m.group(1)), num, den) if m.group(1) else _fraction(num, den)


_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))


@rule(rf"(?:\b(a|an|[Tt]he)\s+)?(?<![\w.])({DEC}|[a-z]+)\s?({_UNIT})(?![\w/])")
def _measure(m: re.Match[str]) -> str:
    number, unit = m.group(2), m.group(3)
    if number.isalpha() and number not in _NUMBER_WORDS:
        return m.group(0)
    glued = not re.search(rf"{re.escape(number)}\s", m.group(0))
    if glued and (unit in _SPACED_ONLY or (unit == "m" and not m.group(1))):
        return m.group(0)  # "5yd" is likelier a code than five yards; "5m people" is five million
    one, many = UNITS[unit]
    singular = number in {"1", "one"} or _adjectival(m.group(1), m.string, m.end())
    said = nw.decimal(number) if not number.isalpha() else number
    article = f"{m.group(1)} " if m.group(1) else ""
    return f"{article}{said} {one if singular else many}"


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_SPACED_ONLY = {"yd", "mg", "sec", "min", "hr", "mi", "L", "t", "kn", "ha", "ms", "cc", "in."}


@rule(rf"({DEC})\s?%\s?[-–]\s?({DEC})\s?%")
def _percent_range(m: re.Match[str]) -> str:
    """ "52%-48%" (a vote, a split) -> "52 percent to 48 percent"."""
    return f"{m.group(1)} percent to {m.group(2)} percent"


@rule(r"(\d)\s?%")
def _percent(m: re.Match[str]) -> str:
    return f"{m.group(1)} percent"


# --- years, decades, ordinals ---------------------------------------------------------------------


@rule(r"(?<![\w$.,'’])(\d{2,4})0s\b")
def _decade(m: re.Match[str]) -> str:
    head = m.group(1)
    n = int(head + "0")
    said = nw.pairs(n) if len(head) == 3 else nw.cardinal(n)
    return nw.plural_words(said)


@rule(r"['’](\d)0s\b")
def _short_decade(m: re.Match[str]) -> str:
    return nw.plural_words(nw.cardinal(int(m.group(1)) * 10))


@rule(r"(?<![\w$.,:/#-])(1\d\d\d|20\d\d)(?![\w.,:/%]\d|\d|%|\s?percent)")
def _year(m: re.Match[str]) -> str:
    return nw.pairs(int(m.group(1)))


# --- codes and Roman numerals ---------------------------------------------------------------------

_CODE_WORDS = r"Boeing|Airbus|Section|Flight|Route|Highway|Interstate|Gate|Room|Channel|Form|Model|Suite|Bus"


@rule(rf"\b({_CODE_WORDS})\s(\d{{3,4}})\b")
def _code_after_word(m: re.Match[str]) -> str:
    return f"{m.group(1)} {nw.code_number(m.group(2))}"


@rule(r"\b([A-Z]{1,3})-?(\d{5,})\b")
def _long_serial(m: re.Match[str]) -> str:
    """ "KB4012212": a long serial is read letter by letter and digit by digit."""
    return f"{' '.join(m.group(1))} {nw.digits(m.group(2))}"


@rule(r"\b([A-Z]{1,3})-?(\d{1,4})\b(?!\.\d)")
def _letters_number(m: re.Match[str]) -> str:
    letters, number = m.group(1), m.group(2)
    said = letters if letters in WORD_ACRONYMS else " ".join(letters)
    return f"{said} {nw.code_number(number)}"


@rule(r"\b(?=[A-Z0-9]*\d[A-Z])(?=[A-Z0-9]*[A-Z]\d)([A-Z0-9]{3,8})\b")
def _mixed_code(m: re.Match[str]) -> str:
    # H1N1, 4K2B: letters and digits alternate, each said on its own
    return " ".join(
        nw.cardinal(int(p)) if p.isdigit() else " ".join(p) for p in re.findall(r"\d+|[A-Z]+", m.group(1))
    )


@rule(r"\b(\d{1,2})([A-Z])\b")
def _number_letter(m: re.Match[str]) -> str:
    # 5G, 4K
    return f"{nw.cardinal(int(m.group(1)))} {m.group(2)}"


@rule(r"\b(COVID)-(\d+)\b", re.IGNORECASE)
def _covid(m: re.Match[str]) -> str:
    return f"covid {nw.cardinal(int(m.group(2)))}"


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN = r"(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVXLC])"
_CARDINAL_BEFORE = (
    r"War|Chapter|Title|Article|Part|Phase|Episode|Category|Bowl|Vatican|Act|Book|Volume|Vol\."
    r"|Class|Stage|Level|Grade|Type|Apollo|Rocky|Schedule|Amendment|Section|Round"
)


def roman_value(text: str) -> int:
    """
    >>> roman_value("XIV"), roman_value("LIV")
    (14, 54)
    """
    total = 0
    for here, nxt in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[here]
        total += -value if nxt and _ROMAN_VALUES[nxt] > value else value
    return total


@rule(r"\bWW(II|I)\b")
def _world_war(m: re.Match[str]) -> str:
    return "World War " + ("Two" if m.group(1) == "II" else "One")


@rule(rf"\b({_CARDINAL_BEFORE})\s({_ROMAN})\b(?!['’]\w)")
def _roman_cardinal(m: re.Match[str]) -> str:
    return f"{m.group(1)} {nw.cardinal(roman_value(m.group(2)))}"


@rule(
    rf"\b({REGNAL_NAMES})\s((?=[IVXL]+\b)(?:XC|XL|L?X{{0,3}})(?:IX|IV|V?I{{0,3}})(?<=[IVXLC]))\b(?!\.\w|['’](?!s\b))(?!(?<=\sI)\s[a-z])"
)
def _regnal(m: re.Match[str]) -> str:
    # Henry VIII, Elizabeth II, Louis XIV, John Paul II: "the Eighth"
    return f"{m.group(1)} the {nw.ordinal(roman_value(m.group(2)))}"


@rule(
    r"\b([A-Z][a-z]+)\s((?=[IVXL]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVXLC]))\b(?!\.\w|['’](?!s\b))"
)
def _roman_after_name(m: re.Match[str]) -> str:
    # Rocky II, Final Fantasy VII: a sequel or a part, said as a cardinal
    return f"{m.group(1)} {nw.cardinal(roman_value(m.group(2)))}"


# --- abbreviations --------------------------------------------------------------------------------


@rule(r"\b(" + "|".join(re.escape(t) for t in TITLES) + r")(?=\s+(?:[A-Z]|\d))")
def _title(m: re.Match[str]) -> str:
    return TITLES[m.group(1)]


@rule(r"\b([A-Z][\w'-]*[a-z]|\d+(?:st|nd|rd|th)|[Ff]ifth|[Ss]eventh)\s(St|Dr)\.")
def _street(m: re.Match[str]) -> str:
    # after a name or an ordinal: "Baker St.", "5th St.", "Mt. Lee Dr."
    return f"{m.group(1)} {'Street' if m.group(2) == 'St' else 'Drive'}"


@rule(r"\b(\d{1,3}(?:,\d{3})*|\d+)(st|nd|rd|th)\b")
def _ordinal(m: re.Match[str]) -> str:
    return nw.ordinal(int(m.group(1).replace(",", "")))


@rule(r"\bSt\.(?=\s+[A-Z])")
def _saint(m: re.Match[str]) -> str:
    return "Saint"


@rule(r"\b(" + "|".join(re.escape(a) for a in ABBREVIATIONS_AFTER_NAME) + r")(?=[\s,;:)]|$)")
def _after_name(m: re.Match[str]) -> str:
    said = ABBREVIATIONS_AFTER_NAME[m.group(1)]
    end = m.end()
    # the abbreviation's period also ends the sentence: keep a period so the pause stays
    return said + "." if end == len(m.string) or re.match(r"\s+[A-Z]", m.string[end:]) else said


@rule(r",\s(" + "|".join(re.escape(s) for s in AP_STATES) + r")(?=[\s,;:)]|$)")
def _state(m: re.Match[str]) -> str:
    return f", {AP_STATES[m.group(1)]}"


@rule(r"\bNo\.\s?(?=\d)")
def _number_sign(m: re.Match[str]) -> str:
    return "number "


# --- symbols --------------------------------------------------------------------------------------


def _camel_words(text: str) -> str:
    return " ".join(re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", text))


@rule(r"#(\d+)")
def _hash_number(m: re.Match[str]) -> str:
    return f"number {m.group(1)}"


@rule(r"(?<![\w&])#([A-Za-z]\w*)")
def _hashtag(m: re.Match[str]) -> str:
    return f"hashtag {_camel_words(m.group(1))}"


@rule(r"(?<![\w.])@(\w+)")
def _handle(m: re.Match[str]) -> str:
    return f"at {_camel_words(m.group(1))}"


@rule(r"(?<=\w)\s?&\s?(?=\w)|\s&\s")
def _ampersand(m: re.Match[str]) -> str:
    return " and "


@rule(r"(\d)\s?\+\s?(\d)")
def _plus(m: re.Match[str]) -> str:
    return f"{m.group(1)} plus {m.group(2)}"


@rule(r"(\d)\+(?!\d)")
def _or_more(m: re.Match[str]) -> str:
    return f"{m.group(1)} plus"


@rule(r"(\d)\s?[x×]\s?(\d)")
def _by(m: re.Match[str]) -> str:
    return f"{m.group(1)} by {m.group(2)}"


@rule(r"(?:\b(about|around|roughly|some|approximately|nearly)\s)?~\s?(?=\d)")
def _tilde(m: re.Match[str]) -> str:
    return f"{m.group(1)} " if m.group(1) else "about "


@rule(r"©\s?")
def _copyright(m: re.Match[str]) -> str:
    return "copyright "


@rule(r"(\d)\s?°(?![FC])")
def _degrees(m: re.Match[str]) -> str:
    return f"{m.group(1)} degrees"


# --- acronyms -------------------------------------------------------------------------------------

_VOWELS = set("AEIOU")


def pronounceable(word: str) -> bool:
    """Whether an all-capitals word can be said as a word (NASA, NATO) rather than spelled (FBI, NPR).

    >>> pronounceable("NASA"), pronounceable("FBI"), pronounceable("ESPN"), pronounceable("UNESCO")
    (True, False, False, True)
    """
    if len(word) <= 3:
        return False
    if not (_VOWELS & set(word)):
        return False
    if re.search(r"[^AEIOUY]{3}", word) or re.search(r"[AEIOU]{3}", word):
        return False
    onset = re.match(r"[^AEIOU]*", word).group(0)  # type: ignore[union-attr]
    return len(onset) <= 1 or onset in _ONSETS


_ONSETS = {
    "BL", "BR", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PL", "PR", "SC", "SK", "SL", "SM", "SN", "SP",
    "ST", "SW", "TR", "TW", "CH", "SH", "TH", "WH",
}  # fmt: skip


def say_acronym(word: str) -> str:
    """
    >>> say_acronym("FBI"), say_acronym("NASA"), say_acronym("CEOs"), say_acronym("ACLU")
    ('F B I', 'NASA', "C E O's", 'A C L U')
    """
    stem, plural = (word[:-1], "'s") if word.endswith("s") else (word, "")
    if word in SHOUTED or stem in WORD_ACRONYMS or (stem not in SPELLED and pronounceable(stem)):
        return word
    return " ".join(stem) + plural


@rule(r"(?<![\w.'’-])([A-Z]{2,})(s?)(['’]s)?(?![\w'’-]*[a-z])(?!\.\w)")
def _acronym(m: re.Match[str]) -> str:
    if _shouting(m.string):
        return m.group(0)
    return say_acronym(m.group(1) + m.group(2)) + (m.group(3) or "")


def _shouting(text: str) -> bool:
    """A headline or a line set in capitals: its words are words, not acronyms."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    caps = sum(w.isupper() for w in words)
    return len(words) >= 3 and caps / len(words) > 0.6


@rule(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?(?=\s[a-z]|[,;:)]|$)")
def _dotted_initials(m: re.Match[str]) -> str:
    # U.S. / U.K. mid-sentence: eSpeak says them; spaced letters keep a following lower-case word apart
    return " ".join(g for g in m.groups() if g)


# --- whatever numbers are left --------------------------------------------------------------------


@rule(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?![\w,]\d|\w)")
def _plain_number(m: re.Match[str]) -> str:
    # eSpeak reads numerals well, but its numbers and its words differ slightly in vowels ("11" vs "eleven");
    # words keep one pronunciation for the same thing
    if not m.group(0):
        return ""
    return nw.decimal(m.group(0))
