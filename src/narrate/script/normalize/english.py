"""English rules: the written forms of news copy (AP style) into what a newsreader says.

The rules live in one module per kind of text; this module runs them in a fixed order, most specific first
(web addresses before abbreviations, phone numbers before ranges, dates before years): once a rule has
turned digits into words no later rule sees them. Numbers left at the end are said as numbers."""

from __future__ import annotations

import html
import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.abbreviations import ABBREVIATIONS
from narrate.script.normalize.acronyms import ACRONYMS
from narrate.script.normalize.addresses import POSTCODES
from narrate.script.normalize.addresses import RULES as ADDRESSES
from narrate.script.normalize.codes import BEFORE_YEARS as CODES_BEFORE_YEARS
from narrate.script.normalize.codes import RULES as CODES
from narrate.script.normalize.dates import DATES, MONTH
from narrate.script.normalize.electronic import RULES as ELECTRONIC
from narrate.script.normalize.legal import CITATIONS, DOCUMENTS, SECTIONS
from narrate.script.normalize.measures import RULES as MEASURES
from narrate.script.normalize.money import RULES as MONEY
from narrate.script.normalize.rules import Rule, Rules, code_length, run
from narrate.script.normalize.scores import RULES as SCORES
from narrate.script.normalize.sums import arithmetic, in_sum, multiplied
from narrate.script.normalize.symbols import RULES as SYMBOLS
from narrate.script.normalize.tables import COMPASS_POINTS, FULL_WEEKDAYS, HOW_OFTEN
from narrate.script.normalize.times import DAY_PART
from narrate.script.normalize.times import RULES as TIMES
from narrate.script.normalize.years import YEARS

_FIRST, _LEFT = Rules(), Rules()
_RATIO = "scale|ratio|slope|gradient|incline"  # words that make "1:12" a ratio, not a clock's time


@_FIRST.rule(r"(?<=\d)\.(?=[A-Z][a-z]{2,}\b)")
def _lost_space(m: re.Match[str]) -> str:
    """ "call 1-888-364-4837.Please forward": a sentence's point after a number with the next sentence's
    space lost (a web page's line break); the number is read whole and the point is a pause."""
    return ". "


@_FIRST.rule(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
def _entity(m: re.Match[str]) -> str:
    """An HTML character reference left in the copy ("400&percnt;"): the character it names (a space for a
    space of any kind, nothing for a control or an invalid code point)."""
    char = html.unescape(m.group(0))
    if char.isspace():
        return " "
    return "" if char == "\ufffd" or not char.isprintable() else char


@_FIRST.rule(r"(?<=\w)\s\+\s(?=\d)")
def _plus_between(m: re.Match[str]) -> str:
    """ "2 Tbsp + 2 Tsp": a plus sign between two quantities, "plus"."""
    return " plus "


_RUPEES_BEFORE = re.compile(r"(?:\bRs\.?|₹|\bINR|\bPKR|\bNPR|\bLKR)\s?[\d,]+(?:\.\d\d)?$")


@_FIRST.rule(r"(?<=\d)/-(?![\d-])(\s?)")
def _amount_only(m: re.Match[str]) -> str:
    """ "Rs.350/- whichever is higher": South Asian copy's mark after an amount in rupees (nothing follows
    it) is not said (eSpeak NG said "slash"); East African copy's "10,000/-" is shillings (money.py)."""
    return " " if _RUPEES_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) else m.group(0)


@_FIRST.rule(r"(?<![\w&])#(?=[A-Za-z]{1,4}\d+-\d|\d{1,4}[A-Z]{1,2}\b)")
def _code_number_sign(m: re.Match[str]) -> str:
    """ "Rezone Request #R96-006", "#1C Poplar": before a code with a hyphen or a grade, "#" is "number"."""
    return "number "


@_FIRST.rule(r"(?<![\d/])(\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\s[-–]\s(?=\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b)")
def _date_span(m: re.Match[str]) -> str:
    """ "06/03/2024 - 07/14/2024": a dash with spaces between two dates, "to"."""
    return f"{m.group(1)} to "


_MONTH = "(?:" + MONTH[1:]  # the same, not captured
# a date written out: "14 February 1941", "25 Dec.", "June 3, 2010", "July 5"
_WRITTEN_DATE = (
    rf"(?:\d{{1,2}}(?i:st|nd|rd|th)?\s(?:of\s)?{_MONTH}(?:,?\s\d{{4}})?"
    rf"|{_MONTH}\s\d{{1,2}}(?i:st|nd|rd|th)?(?:,\s\d{{4}})?)"
)


@_FIRST.rule(rf"(?<![\w,])({_WRITTEN_DATE})\s[-–—]\s(?={_WRITTEN_DATE}(?![\w]))")
def _written_date_span(m: re.Match[str]) -> str:
    """ "14 February 1941 – 25 December 2011", "June 3, 2010 - July 5, 2011": a dash with spaces between
    two dates, "to" (a life, a term, a season)."""
    return f"{m.group(1)} to "


@_FIRST.rule(rf"(?<=\d)((?i:st|nd|rd|th)?)[-–—](?=(?:{FULL_WEEKDAYS}),?\s{_MONTH})")
def _weekday_date_span(m: re.Match[str]) -> str:
    """ "Monday, March 21-Friday, March 25": a dash before a weekday and a date ends a span of dates, "to"."""
    return f"{m.group(1)} to "


@_FIRST.rule(
    r"(?<![\d.,])(?<!\d\s)\b([1-9]\d{0,2})((?:[ \u202f\u00a0]\d{3})*[ \u202f\u00a0]000|(?:\.\d{3}){2})\b"
    r"(?![.,]\d|\s\d)"
)
def _spaced_thousands(m: re.Match[str]) -> str:
    """ "may reach 35 000.", "GBP 60 000", "39 000 kilometers": thousands grouped by spaces (the SI's way,
    and Europe's copy in English) are one number when its last group is round; as commas for the number rules
    (the groups had been read apart, "thirty-five oh oh oh"). Telephone numbers, whose groups seldom end in
    "000" after a group of one to three digits, are left to their rules. Two groups after points are millions
    ("21.000.000": no decimal has two points; a version's number seldom has two groups of three)."""
    return m.group(1) + re.sub(r"[ \u202f\u00a0.]", ",", m.group(2))


_DOTTED = r"([01]?\d|2[0-3])\.([0-5]\d)"


@_FIRST.rule(
    rf"(?<![\w.,$€£¥/-]){_DOTTED}(\s?[-–]\s?|\s(?:to|and|until|till)\s){_DOTTED}(?![\w,:/%-]|\.\d|\s?%|\s(?:per|percent)\b)"
)
def _dotted_clock_span(m: re.Match[str]) -> str:
    """ "09.00 - 17.30", "11.00-14.30", "14.38-15.01", "between 7.30 and 9.30 in the morning": British
    copy's points between hours and minutes, in a span of two times, are a clock's colons (they had been
    decimals: "seventeen point three zero"). A span of two decimals is told apart by what a time has: a
    two-digit hour at one end (and round minutes, if a word joins them), or the morning, afternoon or evening
    after it ("1.08–1.33", "1.07 and 10.00" stay)."""
    first_hour, first_minutes, joint, last_hour, last_minutes = m.groups()
    if not _DAY_PART.match(m.string, m.end()):
        if len(first_hour) < 2 and len(last_hour) < 2:
            return m.group(0)
        if joint.strip() not in "-–" and (int(first_minutes) % 5 or int(last_minutes) % 5):
            return m.group(0)  # joined by a word, a clock's minutes are round: "1.07 and 10.00" are decimals
    return f"{first_hour}:{first_minutes}{joint}{last_hour}:{last_minutes}"


_DAY_PART = re.compile(rf"\s{DAY_PART}\b")


@_FIRST.rule(r"(?<=[\w)])(?:\s?\*\s?|\s/\s)(?=[\w$€£(])")
def _operator(m: re.Match[str]) -> str:
    """ "ERA = 9*ER / IP", "474 / 122.66 = 3.86": in a sum (an equals sign in the sentence) an asterisk
    is "times" and a slash with spaces around it "divided by"; elsewhere they are left alone."""
    if not in_sum(m.string, m.start()):
        return m.group(0)
    return " divided by " if "/" in m.group(0) else " times "


@_FIRST.rule(r"(?<![\w.,€£$])(\d{1,6})€(\d\d)(?![\w%€]|[.,]\d)")
def _euro_sign_for_point(m: re.Match[str]) -> str:
    """ "1€50": the euro sign in the decimal point's place, as Europe writes it; "€1.50" to money rules."""
    return f"€{m.group(1)}.{m.group(2)}"


@_FIRST.rule(r"(?<=\d)\s?[º˚](?=\s?[CF]\b|[^\w]|$)")
def _degree_sign(m: re.Match[str]) -> str:
    """ "400º", "30˚C": the ordinal indicator or the ring above typed for a degree sign, after a number."""
    return "°"


_HEMISPHERES = {"N": "North", "S": "South", "E": "East", "W": "West"}


@_FIRST.rule(
    r"(?<![\w.])(\d{1,3}(?:\.\d{1,6})?)\s?°\s?(?:(\d{1,2})\s?(?:[′'](?![′'])|’(?!’))\s?"
    r"(?:(\d{1,2}(?:\.\d{1,3})?)\s?(?:″|''|\"|”|’’|′′)\s?)?)?([NSEW])\b"
)
def _coordinate(m: re.Match[str]) -> str:
    """ "40°46′10″N", "35°18’14.4″N", "30°N", "51.5° N": a latitude or a longitude in degrees (minutes and
    seconds) and its hemisphere ("1°" is "one degree"); copy types the curly quotes for the primes."""
    said = _counted(m.group(1), "degree") + (f" {_counted(m.group(2), 'minute')}" if m.group(2) else "")
    seconds = f" {_counted(m.group(3), 'second')}" if m.group(3) else ""
    return f"{said}{seconds} {_HEMISPHERES[m.group(4)]}"


def _counted(number: str, unit: str) -> str:
    return f"{nw.decimal(number)} {unit}{'' if number == '1' else 's'}"


@_FIRST.rule(
    rf"\b((?i:{_RATIO})\s(?:of\s)?)?(\d{{1,3}}):(\d{{1,6}}(?:\.\d)?)\b(?![:.,]\d)(?(1)|(?=\s?(?i:{_RATIO})\b))"
)
def _ratio(m: re.Match[str]) -> str:
    """ "a 1:24 scale", "a ratio of 3:1", "a slope of 1:12": a ratio, "one to twenty-four", no clock's."""
    return f"{m.group(1) or ''}{nw.cardinal(int(m.group(2)))} to {nw.decimal(m.group(3))}"


@_FIRST.rule(r"(?<![\w:.,])(?:(\d{1,3})((?::\d)+)|(1):([6-9]\d|\d{3,5})(s?))(?![\w:]|[.,]\d)")
def _bare_ratio(m: re.Match[str]) -> str:
    """ "1:1 tuition", "a 3:1 majority", "1:2:4 concrete", "1:64 diecast": no clock's (its minutes have two
    digits, under 60): a ratio, "one to one"; not a chapter and verse after a book's name ("Luke 1:64")."""
    if m.group(1):
        return " to ".join(nw.cardinal(int(part)) for part in [m.group(1), *m.group(2)[1:].split(":")])
    second = nw.cardinal(int(m.group(4)))
    book = re.search(r"\b[A-Z][a-z]+\.?\s$", m.string[max(0, m.start() - 16) : m.start()])
    return m.group(0) if book else f"one to {nw.plural_words(second) if m.group(5) else second}"


_COMPARED = {
    ">": "over",
    "<": "under",
    "≥": "at least",
    "≤": "at most",
    "⩾": "at least",
    "⩽": "at most",
    ">=": "greater than or equal to",  # typed, as specifications and forms write the sign
    "<=": "less than or equal to",
}


@_FIRST.rule(r"(?<![\w<>=-])([<>]=|[<>≥≤⩾⩽])\s?(?=\d)")
def _compared(m: re.Match[str]) -> str:
    """ ">50 ml/min", "≥18 yr": a bound before a number ("over fifty", "at least eighteen"); before a
    reading that says "over" itself (">130/85 mm Hg", a blood pressure) "greater than", "less than"."""
    if m.group(1) in ("<", ">") and re.match(r"\d{2,3}/\d{2,3}\s?(?:mmHg|mm Hg)\b", m.string[m.end() :]):
        return {">": "greater than ", "<": "less than "}[m.group(1)]
    return _COMPARED[m.group(1)] + " "


@_FIRST.rule(
    r"(?<=\d[″”\"′'])\s?[x×]\s?(?=[#.]?\d)|(?<=\d)\s?[x×]\s?(?=[\d.][\d./-]{0,6}[″”\"′']|[\d\s/]{1,9}\sin\.)"
)
def _by(m: re.Match[str]) -> str:
    """ "4″ x 4″ x 12′", "#10 x 5/8” screws", "9 3/8 x 9 3/8 in.": "x" by a size in inches or feet is "by"."""
    return " by "


@_FIRST.rule(r"(?:(?<=\d)|(?<=\d[kKmMbB]))\s?[xX×]\s?(?=[$€£]?\d)|(?<=[A-Za-z)'’′])\s[xX×]\s(?=[$€£(]?\d|\()")
def _times_in_sum(m: re.Match[str]) -> str:
    """ "$3,420 x 4 = $13,680", "$4K x 3", "6 bowlers x 3 games = 18", "(Style Price) x (Square Feet) =": a
    multiplication in a sum (an equals sign in the sentence), before the amounts become words; a size
    ("4x8") is left to the measures."""
    return " times " if multiplied(m.string, m.end()) == "times" else m.group(0)


@_FIRST.rule(
    r"(?<![\w-])(" + "|".join(sorted(COMPASS_POINTS, key=len, reverse=True)) + r")(?=\s(?:at\s)?"
    r"\d{1,3}(?:\s?(?:-|–|to)\s?\d{1,3})?(?:\s?G\d{2,3})?\s?(?:mph|MPH|km/h|kph|knots|kts?)\b|\swinds?\b)"
)
def _wind_from(m: re.Match[str]) -> str:
    """ "Winds: NW 20-30 mph", "SE 5 MPH", "a SE wind": where the wind is from, before its speed or "wind"."""
    return COMPASS_POINTS[m.group(1)]


@_FIRST.rule(r"\b((?:to|from|toward|towards) the )(NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|NW|SE|SW)\b(?![\w-])")
def _heading(m: re.Match[str]) -> str:
    """ "winds shift to the NW", "from the SSE": a point of the compass after "to the" or "from the"."""
    return m.group(1) + COMPASS_POINTS[m.group(2)]


@_FIRST.rule(r"(?<=\d)''(?!')")
def _two_primes(m: re.Match[str]) -> str:
    """ "the 5.5'' screen": two single quotes after a number, typed for the double prime, are inches."""
    return "″"


@_FIRST.rule(r"(?<![\w/.,])24/7/365(?![\w/]|[.,]\d)")
def _all_year(m: re.Match[str]) -> str:
    """ "24/7/365": round the clock, all year, its numbers said one after the other."""
    return "twenty-four seven three sixty-five"


_APERTURE = r"\d{1,2}(?:\.\d)?"


@_FIRST.rule(
    rf"(?<![\w/])(?:([fF])/\s?({_APERTURE})|([fF])(\d{{1,2}}\.\d))(?:\s?[-–]\s?({_APERTURE}))?"
    r"([A-Z]{1,2})?(?![\w/]|\.\d)"
)
def _f_number(m: re.Match[str]) -> str:
    """ "an f/1.7 aperture", "F/1.8", "F2.8" (a decimal: "F1" is a race), "f/3.5-5.6", "f/2.8L": a lens's
    f-number (or its range), "f one point seven", the letters of the lens's name after it said as letters
    ("f two point eight-L"; the "L" had been litres)."""
    said = f"{m.group(1) or m.group(3)} {nw.decimal(m.group(2) or m.group(4))}"
    if m.group(5):
        said += f" to {nw.decimal(m.group(5))}"
    return said + (f"-{m.group(6)}" if m.group(6) else "")  # joined: "eight L" would be litres


@_FIRST.rule(r"(?<![\w$£€¥₹.,/])(?!40[13]k|457k)(\d{3})[kK](?![\w'’/-])")
def _hundreds_of_thousands(m: re.Match[str]) -> str:
    """ "278K per month", "recalls 174K dolls", "+209K": hundreds of thousands ("two hundred seventy-eight
    thousand"; eSpeak NG says "K"). Under a hundred "K" stays a letter: a race ("5K", "60K"), a screen
    ("4K"); "401k", "403k", "457k" are retirement plans (codes.py)."""
    return f"{m.group(1)} thousand"


_TIMES = {"1": "once", "2": "twice"}


@_FIRST.rule(
    rf"(?<![\w.,])(\d{{1,2}})x(?=\s(?:{'|'.join(HOW_OFTEN)}"
    r"|a\s(?:day|week|month|year)|per\s(?:day|week|month|year))\b)"
)
def _how_often(m: re.Match[str]) -> str:
    """ "(2x weekly)", "1x daily": how often, "twice weekly", "once daily", "three times a day"."""
    return _TIMES.get(m.group(1)) or f"{nw.cardinal(int(m.group(1)))} times"


# "in the SE corner of the lot", "the NW side": the part of a place a compass point names, as after "to the"
_FIRST.rule(
    r"\b([Tt]he )(NE|NW|SE|SW)(?=\s(?:corner|side|part|quadrant|quarter|end|edge|portion|section)s?\b)"
)(_heading)


@_FIRST.rule(r"(?<![\w-])J(?=\d{1,2}[A-Za-z]?\b)")
def _junction(m: re.Match[str]) -> str:
    """ "M1 southbound J14 to J11A": a motorway's junction by its number, "junction fourteen", where a
    motorway ("M1", "A1(M)") is named just before."""
    before = m.string[max(0, m.start() - 50) : m.start()]
    return "junction " if re.search(r"\b[MA]\d{1,3}\b(?:\(M\))?[^.;]*$", before) else m.group(0)


@_FIRST.rule(r"(?<![\w.,])([5-9]th|1\dth|2(?:0th|1st))\s?(?:C\b\.?|c\.|c\b)(?!\s?[-–\d])")
def _century(m: re.Match[str]) -> str:
    """ "the 20th C", "18thc", "the 5th c.": a century (from the fifth: "the 3rd C" may be a company)."""
    end = m.group(0).endswith(".") and re.match(r"\s*(?:$|[A-Z])", m.string[m.end() :])
    return f"{m.group(1)} century{'.' if end else ''}"


@_FIRST.rule(r"(?<=[\w$€£%])\s?/\s?(?=per\s[a-z])")
def _slash_per(m: re.Match[str]) -> str:
    """ "Admin Fee $300/per unit", "$0-75/per applicant": a slash before "per" says it twice; "per" alone."""
    return " "


@_FIRST.rule(r"(?<=\d)\s?G(\d{2,3})(?=\s?(?:mph|MPH|km/h|kph|knots|kts?)\b)")
def _gusts(m: re.Match[str]) -> str:
    """ "N 10-15 G25 MPH": the wind's speed, then its gusts ("G"), in a forecast's shorthand."""
    return f" gusting to {m.group(1)}"


@_LEFT.rule(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?![\w,]\d|\w)")
def _plain_number(m: re.Match[str]) -> str:
    # eSpeak reads numerals well, but its numbers and its words differ slightly in vowels ("11" vs "eleven");
    # words keep one pronunciation for the same thing
    if not m.group(0):
        return ""
    if m.group(0).isdigit() and (
        code_length(m.group(0), m.string[m.end() : m.end() + 2]) or re.match(r"0\d", m.group(0))
    ):
        # "ISBN 9780521839402", "PMID: 23018282": a long run of digits without commas is a code; so is
        # "0529" (no amount starts with a zero)
        return nw.digits(m.group(0))
    return nw.decimal(m.group(0), version=_version(m))


# a name's last word before its version's number ("Android 8.0", "CC BY-SA 4.0", "Silk Road 2.0"); not a small
# word with a capital because it starts a sentence ("At 18.0 feet")
_NAMED = re.compile(
    r"\b(?!(?:A|An|The|At|In|On|To|Of|By|For|From|With|About|Over|Under|And|But|Or|If|When|While|After|Before"
    r"|Since|Until|Up|Down|Only|Just|Nearly|Almost|Around|Some|This|That|Its|Their|His|Her|Our)\s)[A-Z][\w-]*\s$"
)


_VERSION_WORD = re.compile(r"\b(?i:version|v\.?|release|edition|rev\.?|firmware|update)\s?$")
_HYPHEN_WORD = re.compile(r"-[a-z]")  # "2.0-liter": a size joined to its unit


def _version(m: re.Match[str]) -> bool:
    """Whether the number M is a version's ("Android 8.0", "version 3.0") or a size before a hyphen ("a
    2.0-liter engine"): its lone zero after the point is then "oh" (elsewhere "zero")."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    named = _NAMED.search(before) or _VERSION_WORD.search(before)
    return bool(named or _HYPHEN_WORD.match(m.string, m.end()))


@_LEFT.rule(rf"\d{{{nw.LONG + 1},}}")
def _long_digits(m: re.Match[str]) -> str:
    """A run of digits no rule could say as a number (inside a word or a code): digit by digit."""
    return f" {nw.decimal_digits(m.group(0))} "


RULES: list[Rule] = [
    *arithmetic("en").items,
    *_FIRST.items,
    *CITATIONS.items,
    *ELECTRONIC.items,
    *MONEY.items,
    *DATES.items,
    *TIMES.items,
    *ADDRESSES.items,
    *SCORES.items,
    *DOCUMENTS.items,
    *MEASURES.items,
    *POSTCODES.items,
    *SECTIONS.items,
    *CODES_BEFORE_YEARS.items,
    *YEARS.items,
    *CODES.items,
    *ABBREVIATIONS.items,
    *SYMBOLS.items,
    *ACRONYMS.items,
    *_LEFT.items,
]


def apply(text: str) -> str:
    """Run every English rule over TEXT."""
    return run(RULES, text)
