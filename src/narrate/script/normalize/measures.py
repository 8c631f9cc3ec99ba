"""Ranges, measures and percentages (fractions are fractions.py's, run among these rules).

"10-12" is "ten to twelve", "50-50" "fifty-fifty", "2 1/2" "two and a half", "1/4th" "one quarter", "5 km"
"five kilometers" (singular as an adjective: "a 5 km run"), "7%" "seven percent".
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.english_units import UNIT_SYMBOLS, UNITS
from narrate.script.normalize.fractions import RULES as FRACTIONS
from narrate.script.normalize.rules import (
    DEC,
    DETERMINER,
    MILLIONS_AFTER,
    NUMBER_WORD,
    Rules,
    adjectival,
    determiner_before,
    ends_sentence,
    joint,
    size_span,
)
from narrate.script.normalize.sums import in_sum, multiplied

RULES = Rules()
rule = RULES.rule
_UNIT = UNIT_SYMBOLS


def _year_like(text: str) -> bool:
    return len(text) == 4 and 1000 <= int(text) <= 2099


@rule(r"(?:\b(Boeing|Airbus)\s([A-Z]?)(\d{3})|(?<![\w$.,/#-])(7[0-8]7))-(\d{1,3})(s?)\b(?![-–.]\d)")
def _aircraft_variant(m: re.Match[str]) -> str:
    """ "Boeing 737-700", "Airbus A321-200", a bare "787-8", "737-800s": a model and its variant, in pairs."""
    maker = "".join(f"{g} " for g in (m[1], m[2]) if g)  # "Airbus A "
    return maker + " ".join(nw.short_pairs(int(g)) for g in (m[3] or m[4], m[5])) + m[6]


@rule(rf"(?<![\w$.,/#-])(\d{{4}})\s?[-–]\s?(\d{{2}}|\d{{4}})\b(?![-–]\d|\s?(?:{UNIT_SYMBOLS})(?![\w/]))")
def _year_range(m: re.Match[str]) -> str:
    """ "2019-20", "2010–2015", "2005-06" "two thousand five to oh six" (a slash between years is
    dates._fiscal_year's); not before a unit ("1200-1260°C", a measure's range)."""
    start, end = m.group(1), m.group(2)
    if not _year_like(start) or (len(end) == 4 and not _year_like(end)):
        return m.group(0)
    said_end = nw.pairs(int(end)) if len(end) == 4 else nw.season_end(start, end)
    return f"{nw.pairs(int(start))} to {said_end}"


@rule(
    r"(?<![\w.,'’])(?:([4-7])|([1-9]\d?)(?=['’′]\s?(?:\d|1[01])(?:[\"”″]|'')))['’′]\s?(\d|1[01])"
    r"(?:[\"”″]|''|(?=\s\d|[\s,;:)]\D|[.!?]?$))(?![\w'’])"
)
def _feet_inches(m: re.Match[str]) -> str:
    """6'2", 6’6″, "6'7" (the inch mark left out): a person's height, said "six foot two" (as three annotators
    wrote it); other lengths in feet and inches when both marks are written ("an 11' 8\" clearance")."""
    return f"{nw.cardinal(int(m.group(1) or m.group(2)))} foot {nw.cardinal(int(m.group(3)))}"


@rule(r"(?:(?<=[x×])|(?<![\w.,'’‘]))(\d{1,3}(?:\.\d)?|\d{1,2},\d{3}|(?!1[5-9]\d\d|20\d\d)\d{4})['’′]"
      r"(?!(?![x×]\d)[\w'’″\"”]|\s?\d|\s?[-–]\s?\d)")  # fmt: skip
def _feet_mark(m: re.Match[str]) -> str:
    """ "6’ long", "a 17' x 13' carport", "4100' elevation gain": a number (not a year's) and a prime, or the
    apostrophe for one, is feet ("6 ft" for the measure rules); not a quotation's closing mark when one opens
    before it in the sentence ("the '1471' facility"), nor a match's minute after a name ("Smith 45'")."""
    sentence = re.split(r"[.!?]\s", m.string[max(0, m.start() - 300) : m.start()])[-1]  # not the whole text
    opened = len(re.findall(r"(?:^|[\s(\[“\"])['‘]", sentence))
    closed = len(re.findall(r"(?<=[^\d\s])['’](?!\w)", sentence))
    if opened > closed:
        return m.group(0)
    if re.search(r"\b[A-Z][a-z]+\s$", sentence):
        return m.group(0)
    return f"{m.group(1)} ft"


@rule(
    rf"(?<=\d)(\s?[^\W\d_]{{1,5}}|°[CF])\s[-–]\s(?=\d[\d.,]*\1(?![\w°]))|(?<=\d)({UNIT_SYMBOLS})[-–](?=\d[\d.,]*\2\b)"
)
def _spaced_range(m: re.Match[str]) -> str:
    """ "800kWh - 2,000kWh", "5 km – 10 km", "4.5mm-5.5mm": a spaced dash between two amounts of one unit, or
    one glued between two of a unit symbol, is a range: "to" ("and" after "between"; a dash is not said)."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    number = re.search(r"[\d.,]+$", before)
    start = m.start() - len(before) + number.start() if number else m.start()
    return f"{m.group(1) or m.group(2)} {joint(m.string, start)} "


@rule(r"(#|\bN[Oo]\.|\b[Bb]ox)\s?([1-9]\d{0,3})-(\d{1,4})\b(?![-–.,/]\d)")
def _numbered_code(m: re.Match[str]) -> str:
    """ "#12-10: A request", "No. 21-10", "box 37-5 was struck": a numbered item's number (a fire alarm box's
    too) whose parts run down is a code, "number twelve ten", not a range (which runs up: "No. 5-7 seeds")."""
    if int(m.group(2)) < int(m.group(3)):
        return m.group(0)
    lead = m.group(1) if m.group(1).lower() == "box" else "number"
    return f"{lead} {nw.code_number(m.group(2))} {nw.code_number(m.group(3))}"


@rule(
    rf"(?<![\w$.,-])(?<!\d/)({DEC})\s?[-–]\s?({DEC})"
    r"(?=\s?[%°]|\s|[.,;:)!?]|$|(?!(?:st|nd|rd|th)\b)(?:[a-zA-Z]{1,3}|"
    rf"{_UNIT})(?:/|\s|[.,;:)]|$))(?![-–]\d)"
)
def _range(m: re.Match[str]) -> str:
    if re.match(r"0\d", m.group(2)):
        return m.group(0)  # "No. 12-0529": a number that starts with a zero ends no range; a code
    return f"{m.group(1)} {joint(m.string, m.start())} {m.group(2)}"


@rule(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)(?:\"|″|”)\s?[x×]\s?(\d{1,3}(?:\.\d+)?)(?:\"|″|”)")
def _inches_by(m: re.Match[str]) -> str:
    """ "a tray (10"x6")": a size in inches, each side with its inch mark, said "by"."""
    return f"{m.group(1)} inches by {m.group(2)} inches"


# the fraction rules (fractions.py) run here: after the ranges and inch sizes, before the units
RULES.items.extend(FRACTIONS.items)


@rule(
    rf"(?<=\d)(\s?(?:°\s?[CF]|{_UNIT}))\s?/\s?(?=\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*|\sto\s\d[\d.,]*)?\s?(?:°\s?[CF]|{_UNIT})(?![\w/]))"
)
def _same_measure(m: re.Match[str]) -> str:
    """ "350°F/180°C", "114-118°C /238-245°F", "10 km/6 mi": one measure, then the same in other units: a
    pause between them, not "slash". A round 1, 10, 100 or 1,000 after the slash is what the first is per:
    "5 g/100 mL" "five grams per one hundred milliliters", "6.5 l/100 km"."""
    after = re.match(r"[\d.,]+\s?([a-zA-Zµ]+)", m.string[m.end() :])
    if re.match(r"(?:1|10|100|1,?000)(?![\d.,])", m.string[m.end() :]) or (
        # a mass per a volume is a strength, never the same measure: "120 mg/5 ml" (a medicine's)
        after and m.group(1).strip() in _MASSES and after.group(1) in _VOLUMES
    ):
        return f"{m.group(1)} per "
    return f"{m.group(1)}, "


_MASSES, _VOLUMES = {"mg", "g", "mcg", "µg", "kg"}, {"ml", "mL", "l", "L", "dl", "cl"}


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
# a fraction's last word, as the fraction glyphs are said before the unit's rule sees them ("2½ tsp", "¾ km")
_FRACTION_WORDS = {"half", "halves", "third", "thirds", "quarter", "quarters", "eighth", "eighths", "fifth"}
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}
_SPACED_ONLY = {"yd", "mi", "L", "t", "kn", "ha", "ms", "cc", "in.", "SF"}
_GLUED_ONLY = {"W", "w", "V"}  # "230V", "300w"; "5 W" may be a direction, "5 V" a letter ("220 V" is volts)
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
# identifiers written like a temperature: "seat 12C", "Apartment 10F"
_ID_WORDS = {
    "seat", "row", "room", "gate", "flat", "apartment", "apt", "unit", "suite", "bay", "platform", "terminal",
    "block", "box", "form", "grade", "type", "class", "model", "level", "section", "table", "figure",
    "chapter", "article", "part", "item", "appendix", "paragraph", "clause", "schedule", "rule", "version",
}  # fmt: skip


@rule(
    r"(?:\b(?!minus\b)([A-Za-z]+)\s)?(?<![\w.,])(?<![A-Za-z]-)((?:minus\s|\+)?)(\d{1,3}(?:\.\d)?)([CF])\b(?![\w'’-])"
)
def _temperature(m: re.Match[str]) -> str:
    """ "30C", "-5C", "+1C", "86F" (British and wire style, no degree sign): degrees Celsius or Fahrenheit.

    A single digit without a sign or decimals ("5C") is left: it is likelier a code or a model ("iPhone 5C");
    "1.6C" is a temperature; after letters and a hyphen it is a model's ("F-35C", "F/A-18F").
    """
    before, sign, number, scale = m.group(1), m.group(2), m.group(3), m.group(4)
    lead = f"{before} " if before else ""
    if (before and before.lower() in _ID_WORDS) or (not sign and "." not in number and len(number) < 2):
        return m.group(0)
    quoted = m.string[m.start(2) - 1 : m.start(2)] in _QUOTES and m.string[m.end() : m.end() + 1] in _QUOTES
    if quoted:  # 'a "77F" date code': a label in quotation marks
        return m.group(0)
    article = before if before in {"a", "an", "A", "An"} else None
    one = (number == "1" and sign in {"", "+"}) or adjectival(article, m.string, m.end())
    degrees = "degree" if one else "degrees"
    sign = "plus " if sign == "+" else sign
    return f"{lead}{sign}{nw.decimal(number)} {degrees} {'Celsius' if scale == 'C' else 'Fahrenheit'}"


# words earlier in its sentence that make "22 C" a temperature (Canadian Press style): weather, an oven
_WEATHER = re.compile(
    r"\b(?:high|highs|low|lows|temperatures?|degrees|forecast|feels?\s+like|wind\s+chill|humidex|mercury|warm"
    r"|warmer|cool|cooler|cold|colder|heat|overnight|frost|oven|bake|baking|roast|roasting|preheat)\b[^.!?]*$",
    re.IGNORECASE,
)


@rule(r"(?<![\w.,])((?:minus\s)?)(\d{1,3}(?:\.\d)?)(\s[CF])(?![\w'’-]|\.\w)")
def _spaced_temperature(m: re.Match[str]) -> str:
    """ "a high of 22 C", "internal temperature of 180 F.": a number, a space and C or F is a temperature when
    its sentence speaks of the weather or an oven before it; elsewhere a code ("Form 22 C"). With a decimal, a
    reading ("fever over 100.4 F", "1.5 C of warming"). A glued small "c" is left: "75c" is cents."""
    if "." not in m.group(2) and not _WEATHER.search(m.string, max(0, m.start() - 120), m.start()):
        return m.group(0)
    before = re.search(r"([A-Za-z]+)\s$", m.string[max(0, m.start() - 20) : m.start()])
    if before and before.group(1).lower() in _ID_WORDS:  # "section 4.2 C", "Grade 5.5 F": a code
        return m.group(0)
    degrees = "degree" if m.group(2) == "1" and not m.group(1) else "degrees"
    scale = "Celsius" if m.group(3).strip() == "C" else "Fahrenheit"
    return f"{m.group(1)}{nw.decimal(m.group(2))} {degrees} {scale}"


@rule(rf"(?<![\w.,])([1-9]\d{{2,3}})\s?[x×]\s?([1-9]\d{{2,3}})(?![\w.,]\d|\d|\s?(?:{_UNIT})\b)")
def _resolution(m: re.Match[str]) -> str:
    """ "2560×1440", "2400 x 1080": three or four digits a side with no unit after them, a screen's size in
    pixels, said in pairs ("twenty-five sixty by fourteen forty"); in a sum, left to _dimensions ("times")."""
    if in_sum(m.string, m.start()):
        return m.group(0)
    return f"{nw.code_number(m.group(1))} by {nw.code_number(m.group(2))}"


@rule(r"(?<![\w.,])(\d{1,2})\s?[xX×]\s?(\d{1,2})s\b")
def _lumber(m: re.Match[str]) -> str:
    """ "2x4s", "4x4s": boards (or trucks) by their size, made plural ("two by fours")."""
    return f"{nw.cardinal(int(m.group(1)))} by {nw.plural_words(nw.cardinal(int(m.group(2))))}"


@rule(rf"(?<=\d)(\s?(?:{_UNIT}))?(?:\s?[x×]\s?|\sX\s|(?<=\b\d)X(?=\d\b))(?=\d)")
def _dimensions(m: re.Match[str]) -> str:
    """ "62cm x 146cm", "70x74x132.5cm", "24 X 7", "4X4": sizes are said "by"; in a sum that an equals sign
    ends, "times" ("$3,420 x 4 = $13,680")."""
    return f"{m.group(1) or ''} {multiplied(m.string, m.end())} "


# a race over a distance, which makes it an adjective: "Boys 500m Dash", "the 200m freestyle"
_RACE_WORDS = (
    r"(?i:dash|relays?|runs?|sprints?|hurdles|steeplechase"
    r"|freestyle|backstroke|breaststroke|butterfly|medley)\b"
)
_RACE = re.compile(rf"\s+{_RACE_WORDS}")
# what follows a distance: "400m from the bus stand", "12m of drying space", "a 30m high wall", "200m out"
# (not "5m out of the budget"), a race
_METRES_AFTER = re.compile(
    r"\s+(?:of\s+(?!the\b|them\b|those\b|these\b|its\b|their\b|which\b|whom\b|people\b)[a-z]|from\b|away\b"
    r"|high\b|long\b|wide\b|tall\b|deep\b|above\b|below\b|underground\b|across\b|along\b|apart\b|out\b(?!\s+of\b)"
    rf"|in\s(?:length|height|diameter|depth|width)\b|{_RACE_WORDS})"
)


_COUNT_AFTER = re.compile(rf"\s+{NUMBER_WORD}")  # an amount said before this rule: no noun


@rule(r"\bsq\.?\s(?=(?:miles?|feet|foot|yards?|meters?|metres?|kilomet(?:er|re)s?|inches)\b)")
def _square(m: re.Match[str]) -> str:
    """ "4.69 sq miles": "square" before a unit written out ("sq ft", "sq km" are units of their own)."""
    return "square "


@rule(
    rf"(?:(?<![\w.,$€£-])|(?<=-by-))({DEC})-({_UNIT})(\.(?=\s[a-z]))?"
    rf"(?=\s[\w'‘\"“(]|-[a-z])(?![\w/])"
)
def _hyphenated_measure(m: re.Match[str]) -> str:
    """ "780-km 'green' highway", "a 10-mg dose", "the 80-ft-wide deck", "a 3-by-24-ft. banner": a number and
    its unit joined as an adjective, singular."""
    if m.group(2) in _GLUED_ONLY or m.group(2) in {"in.", "t", "m"}:
        return m.group(0)
    return f"{nw.decimal(m.group(1))}-{UNITS[m.group(2)][0]}"


# what a unit may be per, after a slash: another unit ("mg/kg"), a span of time ("mg/kg/day") or a litre,
# whose small "l" is no unit alone ("5 l" may be a letter) but is one after a unit and a slash ("50mg/l")
_PER_TIME = {"day": "day", "d": "day", "week": "week", "wk": "week", "month": "month", "year": "year",
             "yr": "year", "hour": "hour", "h": "hour", "min": "minute", "s": "second",
             "l": "liter", "liter": "liter", "litre": "litre"}  # fmt: skip
_PER = "|".join(sorted([*(re.escape(u) for u in UNITS), *_PER_TIME], key=len, reverse=True))


@rule(r"(?<![\w.,])(\d{1,3})\s?(?:min|mins|minutes?)\s(?=read\b)")
def _reading_time(m: re.Match[str]) -> str:
    """ "2 min read", "9 minutes read": a page's reading time, "a two minute read" (the unit an adjective)."""
    return f"{nw.cardinal(int(m.group(1)))} minute "


_ARTICLE_BEFORE = re.compile(rf"\b{DETERMINER}\s$")


@rule(r"(?<![\w.,])(\d{1,2})st\s?(\d{1,2})\s?lbs?\b(\.(?=\s+[a-z]))?")
def _stone(m: re.Match[str]) -> str:
    """ "9st 0lb", "8st 9lb": a weight in stones and pounds (a jockey's, a person's), not an ordinal; "the 1st
    5lb" is the first ("st" its own ending, after an article)."""
    stones = int(m.group(1))
    own = stones % 10 == 1 and stones != 11
    if own and _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 7), m.start()):
        return m.group(0)
    pounds = int(m.group(2))
    return f"{nw.cardinal(stones)} stone {nw.cardinal(pounds)} pound{'' if pounds == 1 else 's'}"


@rule(
    rf"(?:\b({DETERMINER})\s+)?(?:(?<![\w.])|(?<=\sby\s))({DEC}|[a-z]+)(\+|-plus)?\s?({_UNIT})((?:\s?/\s?(?:{_PER})){{0,2}})"
    # an abbreviation's period before a small letter is no sentence's end: "a 70 lb. radio backpack"
    r"(?![\w]|/(?!\s?\d|(?<=°[CF]/)))(\.(?=\s+[a-z]))?"  # a temperature is per nothing: "350°F/Gas 4"
)
def _measure(m: re.Match[str]) -> str:
    number, unit = m.group(2), m.group(4)
    if number.isalpha() and number not in _NUMBER_WORDS:
        return _after_word(m, number, unit)
    # "35+ mph", "30-plus mph": more than an amount of the unit, which is spaced from it
    glued = not m.group(3) and not re.search(rf"{re.escape(number)}\s", m.group(0))
    if unit == "g" and m.string.startswith("-", m.end()):
        return m.group(0)  # "3 g-force"
    if glued and unit in _SPACED_ONLY and not re.search(r"\d[.,]\d", number):
        return m.group(0)  # "5yd" is likelier a code than five yards; "13.3mi", "22.76ha" are measures
    if (
        glued
        and unit == "m"
        and not m.group(1)
        and "," not in number
        and not _METRES_AFTER.match(m.string, m.end())
        and MILLIONS_AFTER.match(m.string, m.end())
    ):
        return f"{nw.number(number)} million"
    if not glued and unit in _GLUED_ONLY and not (unit == "V" and re.fullmatch(r"\d+[.,]\d+|\d{2,}", number)):
        return m.group(0)
    one, many = UNITS[unit]
    # a size's sides are one adjective, from its first number to its last unit: "a 3m by 3m space"
    start, end = size_span(m.string, m.start(), m.end())
    # a unit glued to its number and followed by a word is an adjective too: "for 200W dryers"
    article = (
        m.group(1)
        or determiner_before(m.string, start)
        or (
            "a"
            if glued and re.match(r"\s+[a-z]", m.string[end:]) and not _COUNT_AFTER.match(m.string, end)
            else None
        )
    )
    singular = (  # "a 29cm-tall vase": a unit joined to an adjective is one too
        number in {"1", "one"}
        or adjectival(article, m.string, end)
        or (glued and bool(_RACE.match(m.string, m.end())))  # "500m Dash"; "a total of 5 km run" stays
        or bool(re.match(r"-[a-z]", m.string[m.end() : m.end() + 2]))
    )
    said = (nw.decimal(number) if not number.isalpha() else number) + (m.group(3) or "").replace("+", " plus")
    article = f"{m.group(1)} " if m.group(1) else ""
    # "mg/kg", "mg / kg body weight": per the unit after the slash, spaced or not
    per = "".join(f" per {_PER_TIME.get(p) or UNITS[p][0]}" for p in re.split(r"\s?/\s?", m.group(5))[1:])
    stop = "." if unit.endswith(".") and not per and ends_sentence(m.string, m.end()) else ""  # "5 lbs. It"
    return f"{article}{said} {one if singular else many}{per}{stop}"


def _after_word(m: re.Match[str], word: str, unit: str) -> str:
    """A unit after a fraction (_after_fraction) or a scale word: many ("25.9 billion km", "2 million t")."""
    if word in _FRACTION_WORDS:
        return _after_fraction(m)
    if word in _SCALE_WORDS and (len(unit) > 1 or unit in "tg"):
        return f"{word} {UNITS[unit][1]}"
    return m.group(0)


def _after_fraction(m: re.Match[str]) -> str:
    """A unit after a fraction said in words: "two and a half teaspoons" (a mixed number), "one half
    teaspoon", "three quarters teaspoon"; not "m", "t", "in." or "L", which may be other things."""
    number, unit = m.group(2), m.group(4)
    if unit in _GLUED_ONLY or unit in {"m", "t", "in.", "L"}:
        return m.group(0)
    # "and a half", "and three quarters": a whole number before the fraction ("three and three quarters")
    mixed = re.search(r"\band\s+[a-z]+\s*$", m.string[max(0, m.start() - 16) : m.start(2)])
    lead = f"{m.group(1)} " if m.group(1) else ""
    return f"{lead}{number} {UNITS[unit][1 if mixed else 0]}"


@rule(rf"\b([Pp]er)\s({_UNIT})(?![\w/])")
def _per_unit(m: re.Match[str]) -> str:
    """ "per kg", "30p per kWh": the unit after "per" is one of it."""
    if m.group(2) in _GLUED_ONLY or m.group(2) == "in.":
        return m.group(0)
    return f"{m.group(1)} {UNITS[m.group(2)][0]}"


@rule(rf"(?<![\d.,])({DEC})\s?%\s?[-–]\s?({DEC})\s?%")
def _percent_range(m: re.Match[str]) -> str:
    """ "52%-48%" (a vote, a split) -> "52 percent to 48 percent"."""
    return f"{m.group(1)} percent to {m.group(2)} percent"


@rule(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*|\d+)\.0(?:\s?(%)|(?=\s?(?:per\s?cent|percent)\b))")
def _point_zero_percent(m: re.Match[str]) -> str:
    """ "13.0%", "3.0 per cent": a rate's zero is "zero" ("Web 2.0" keeps its "oh")."""
    return f"{nw.number(m.group(1).replace(',', ''))} point zero" + (" percent" if m.group(2) else "")


@rule(r"(?:(?<![\w.,])(\d{1,3}),(\d{1,2})|(\d))(?:\s?%|pc\b|\s[Pp]ct\b(?!\.?\s#?\d))")
def _percent(m: re.Match[str]) -> str:
    """ "7%", and "1.5pc" as British and Irish papers write it, "6.4 Pct" as wire headlines do (not a
    precinct's "Pct. 3"); a word typed against the sign keeps its own ("10%of" "ten percent of"). A comma
    before one or two digits is a decimal one, no thousands' ("5,2%" "five point two percent")."""
    glued = m.end() < len(m.string) and m.string[m.end()].isalpha()
    number = f"{m.group(1)}.{m.group(2)}" if m.group(1) else m.group(3)
    return f"{number} percent" + (" " if glued else "")


@rule(r"(?<![\w.,/])(\d{2,3})/(\d{2,3})\s?(?:mmHg|mm Hg)\b")
def _blood_pressure(m: re.Match[str]) -> str:
    """ "130/85 mmHg": millimetres of mercury after two numbers are a blood pressure, the systolic "over"
    the diastolic ("one hundred thirty over eighty-five millimeters of mercury")."""
    return f"{nw.cardinal(int(m.group(1)))} over {nw.cardinal(int(m.group(2)))} {UNITS['mmHg'][1]}"
