"""Symbols between or around numbers and words: "#1" number one, "&" and, "6'2\"", "~5" about five, "5+",
"3 x 4" three by four, "©", "°", hashtags and handles.
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.english_units import UNITS
from narrate.script.normalize.rules import NUMBER_WORD, Rules, adjectival, determiner_before
from narrate.script.normalize.sums import multiplied
from narrate.script.normalize.tables import COMPASS_POINTS

RULES = Rules()
rule = RULES.rule


def _camel_words(text: str) -> str:
    return " ".join(re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", text))


@rule(r"(?<=[A-Z]{2})#(?=\s\d)")
def _glued_hash(m: re.Match[str]) -> str:
    """ "MLS# 11453532", "PID# 123": "#" glued after a label and before its number is "number"."""
    return " number"


@rule(r"#(\d+)|(?<=\S\s)#\s(\d+)")
def _hash_number(m: re.Match[str]) -> str:
    """ "#1", "Snow Day # 1" (not a Markdown heading's "# 1"): number one; on a telephone's keypad ("press
    # 1") the key is "pound"."""
    keypad = re.search(
        r"\b(?:[Pp]ress|[Dd]ial|[Ee]nter|[Hh]it)\s$", m.string[max(0, m.start() - 7) : m.start()]
    )
    digits = m.group(1) or m.group(2)
    glued = " " if m.start() and m.string[m.start() - 1].isalnum() else ""  # "US#2": "U S number two"
    zero_led = len(digits) > 1 and digits.startswith("0")  # "Series #05": its zero is said
    if keypad or (len(digits) < 3 and not zero_led):
        return f"{glued}{'pound' if keypad else 'number'} {nw.number(digits)}"
    # "Post #173", "#9115": an identifier of three or four digits said as a code; a longer one, or one with
    # a leading zero, digit by digit
    return f"{glued}number {nw.digits(digits) if zero_led or len(digits) > 4 else nw.code_number(digits)}"


@rule(r"(?<![\w&])#([A-Za-z]\w*)")
def _hashtag(m: re.Match[str]) -> str:
    """ "#CommunityPowered": "hashtag Community Powered"; after the word "hashtag", the words alone."""
    named = re.search(r"\bhashtags?\s$", m.string[max(0, m.start() - 10) : m.start()], re.IGNORECASE)
    return _camel_words(m.group(1)) if named else f"hashtag {_camel_words(m.group(1))}"


@rule(r"(?<=\w\s)@(?=\s\w)")
def _at(m: re.Match[str]) -> str:
    """ "I-95 NB @ 420", "Lions @ Bears": an at sign standing alone between words is the word "at" (eSpeak
    NG says "at" for the sign too, but as a symbol, without the words' linking: "dinner @ 7" had no linking
    r)."""
    return "at"


@rule(r"(?<![\w.])@(\w+)")
def _handle(m: re.Match[str]) -> str:
    # an underscore is not said: two development sets say it ("at D Robertson underscore Star"), two do not
    # ("at Uber Sydney"), and eSpeak NG alone says nothing for it
    return f"at {_camel_words(m.group(1))}"


@rule(r"(?<=[a-z])/\s+(?=[A-Z])")
def _line_break(m: re.Match[str]) -> str:
    """ "warm the benches/ We've been": a slash then a space marks a line of verse or a list: a pause."""
    return ", "


@rule(r"(?<![\w.,:])(\d{1,3}(?:,\d{3})+):(\d{1,3})(?![\w.,:])")
def _large_ratio(m: re.Match[str]) -> str:
    """ "Contrast ratio: 10,000,000:1": a number with thousands before a colon is a ratio, "to" (no clock or
    score has thousands)."""
    return f"{m.group(1)} to {m.group(2)}"


@rule(r"(?<![\w/.-])(?!N/A)([A-Z])/([A-Z])(?![\w/.-])")
def _letter_slash(m: re.Match[str]) -> str:
    """ "the P/E ratio", "A/C", "I/O": two capitals joined by a slash are an initialism, its letters said
    without the "slash" ("N/A" is "not applicable", below)."""
    return f"{m.group(1)} {m.group(2)}"


@rule(r"(?<=[^\s\d\[])(?:\[\d{1,3}\]){1,6}(?!\w)")
def _citation_marks(m: re.Match[str]) -> str:
    """ "coefficients,[1][2] which": footnote numbers in brackets right after a word are not said."""
    return ""


@rule(r"(?m)^\^\s")
def _backlink(m: re.Match[str]) -> str:
    """ "^ Physics 125 Course Notes": the caret that opens a reference list's entry is not said."""
    return ""


@rule(r"(?<=\w)\s?&\s?(?=\w)|\s&\s")
def _ampersand(m: re.Match[str]) -> str:
    return " and "


@rule(r"(\d)\s?\+\s?(\d)")
def _plus(m: re.Match[str]) -> str:
    return f"{m.group(1)} plus {m.group(2)}"


@rule(r"(\d)\+(?!\d)")
def _or_more(m: re.Match[str]) -> str:
    """ "ages 7+", "5+Under": a plus after a number, "plus", parted from a word glued after it."""
    glued = m.string[m.end() : m.end() + 1].isalpha()
    return f"{m.group(1)} plus" + (" " if glued else "")


@rule(r"(?<![\w.,])(\d+(?:\.\d+)?)×(?=\s+[A-Za-z])")
def _multiplier(m: re.Match[str]) -> str:
    """ "roughly 3× the monthly rent": the multiplication sign glued after a number and before a word is
    how many times ("three times the monthly rent", had been "three by"); between two numbers it is a size,
    below. A letter x is left to the rules after ("10x content" is jargon, "ten x")."""
    return f"{m.group(1)} times"


@rule(r"(\d)\s?[x×]\s?(\d)")
def _by(m: re.Match[str]) -> str:
    return f"{m.group(1)} {multiplied(m.string, m.end(1))} {m.group(2)}"


@rule(r"(?<=\w)\s?×\s?(?=\w)")
def _times_sign(m: re.Match[str]) -> str:
    """ "n × n matrices": the multiplication sign between any two terms is "by" ("times" in a sum)."""
    return f" {multiplied(m.string, m.end())} "


_NUMBER_ENDS = re.compile(rf"(?:\d|{NUMBER_WORD}|hundred\b|thousand\b)\s?$")  # a number just before


@rule(rf"(?:\b(about|around|roughly|some|approximately|nearly)\s)?([~≈])\s?(?=\d|[$€£¥]|{NUMBER_WORD})")
def _tilde(m: re.Match[str]) -> str:
    """ "~5", "~$5" (said "five dollars" by the money rules before this one), "(≈ 8.5 fl oz)": "about";
    between two numbers a tilde is a range, "to" ("drawn from 1 ~ 49", as East Asian copy writes it)."""
    before = m.string[max(0, m.start() - 20) : m.start()]
    space = "" if not before or before[-1].isspace() or before[-1] in "([" else " "  # "250 ml≈ 1 cup"
    if not m.group(1) and m.group(2) == "~" and _NUMBER_ENDS.search(before):
        return f"{space}to "
    return f"{m.group(1)} " if m.group(1) else f"{space}about "


@rule(r"(?<![\w*])([A-Z])\*(?![\w*])")
def _starred_letter(m: re.Match[str]) -> str:
    """ "an A or A* grade", "A*-C", "the A* algorithm": a capital letter alone with an asterisk is said with
    its star ("A star"), as exam grades and the search algorithm are; a footnote's mark follows a word."""
    return f"{m.group(1)} star"


@rule(r"(?<![\w*])\*+(?=[A-Za-z])|(?<=[A-Za-z.,;:)])\*+(?![\w*-])")
def _footnote_mark(m: re.Match[str]) -> str:
    """ "*All patients", "sales tax*", "**Election results**": a footnote's asterisk, or Markdown's for bold
    type, not read (eSpeak NG says "asterisk")."""
    return ""


@rule(r"(?<=[\w)])\s?=\s(?=[\w$€£¥(-])")
def _equals(m: re.Match[str]) -> str:
    """ "$1.00 = CNY8.277", "1 stick = 1/2 cup", "flour= 3/4 cup": an equals sign between two things, said."""
    return " equals "


@rule(r"(?<=\w)[®™℠]")
def _trademark(m: re.Match[str]) -> str:
    """ "Mortgage Market Survey®": a trademark's sign after a name is not read aloud (eSpeak NG says it)."""
    return ""


@rule(r"(?<![\w-])(N|S|E|W|NE|NW|SE|SW)-(N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW)\b(?!-)")
def _compass_between(m: re.Match[str]) -> str:
    """ "E-SE wind", "N-NE about 5-10 mph": two compass points joined, the direction between them."""
    return f"{COMPASS_POINTS[m.group(1)]}-{COMPASS_POINTS[m.group(2)]}"


@rule(r"(?<=[a-z]\s)(" + "|".join(sorted(COMPASS_POINTS, key=len, reverse=True)) + r")(?=\sof\s[A-Z])")
def _compass_point(m: re.Match[str]) -> str:
    """ "276 kilometers WNW of Bandon": a compass point between a distance and a place."""
    return COMPASS_POINTS[m.group(1)]


_EXTENSIONS = "pdf|docx?|xlsx?|pptx?|csv|txt|jpe?g|png|gif|mp3|mp4|zip|html?|exe"


@rule(rf"(?<![\w.])\.({_EXTENSIONS})\b(?![.\w])")
def _file_extension(m: re.Match[str]) -> str:
    """ "a .pdf file": a file's extension, "dot P D F" (said as letters, as people say them)."""
    ext = m.group(1).upper()
    return "dot " + ("JPEG" if ext in {"JPG", "JPEG"} else " ".join(ext))


@rule(rf"(?<![\w+])\+\s?(?=\d|{NUMBER_WORD}|point\b)")
def _plus_sign(m: re.Match[str]) -> str:
    """ "+1.86%": a plus sign before a number (said by now), "plus"."""
    return "plus "


@rule(r"\bN/A\b")
def _not_applicable(m: re.Match[str]) -> str:
    return "not applicable"


@rule(r"(?:\b([Cc]opyright|COPYRIGHT)\s?)?©\s?")
def _copyright(m: re.Match[str]) -> str:
    """ "© 2018", and "Copyright © 1999" said once."""
    return f"{m.group(1) or 'copyright'} "


@rule(r"\b([Dd]egrees?)\s([FCfc])\b(?:\.(?=\s*$|\s+[A-Z])|(?=\s|[,;:)]|$))")
def _degree_scale(m: re.Match[str]) -> str:
    """ "1,400 degrees F.", "Bake at 425 degrees F for 30 minutes": the scale's letter after "degrees" (its
    period kept where it ends a sentence), in either case ("roast at 325 degrees f")."""
    end = m.group(0).endswith(".")
    return f"{m.group(1)} {'Fahrenheit' if m.group(2) in 'Ff' else 'Celsius'}{'.' if end else ''}"


@rule(r"(\d)\s?°(?![FC])")
def _degrees(m: re.Match[str]) -> str:
    """ "45°" "45 degrees", "1°" "1 degree"; an adjective's is singular, "a 45° angle" "a 45 degree angle"."""
    one = m.group(1) == "1" and (m.start() == 0 or m.string[m.start() - 1] not in "0123456789.,")
    start = len(m.string[: m.start() + 1].rstrip("0123456789.,"))  # where the number starts
    one = one or adjectival(determiner_before(m.string, start), m.string, m.end())
    glued = " " if m.string[m.end() : m.end() + 1].isalpha() else ""  # "21 °dH": the hardness's letters
    return f"{m.group(1)} degree{'' if one else 's'}{glued}"


@rule(r"\b([a-z]{2,}s)\s?/\s?(day|week|month|year|hour|night)\b(?![/\w-])")
def _plural_per(m: re.Match[str]) -> str:
    """ "75 calls/day", "6+ hours/day", "2,570 vehicles/day": a count of things per a span of time, "calls a
    day" (eSpeak NG said the slash)."""
    return f"{m.group(1)} {'an' if m.group(2) == 'hour' else 'a'} {m.group(2)}"


# a unit after a slash: a symbol, never a letter alone ("m", "t": a size's sides)
_PER_UNIT = "|".join(
    sorted((re.escape(u) for u in UNITS if len(u) > 1 and u[0].isalpha()), key=len, reverse=True)
)


@rule(
    rf"(?<![\w.,/-])(?:([a-z]{{3,}})|({_PER_UNIT}))\s?/\s?({_PER_UNIT}|lit(?:re|er))(?:/({_PER_UNIT}))?"
    r"(?![\w/²³]|\.\w)"
)
def _word_per_unit(m: re.Match[str]) -> str:
    """ "4.2 cows/ha", "1.8 pence/litre", "Milk solids (kg/ha grazed)", "14 units/kg/hr": a noun or a unit
    with no number, per a unit after the slash, and per a second one ("cows per hectare", "kilograms per
    hectare", "units per kilogram per hour"; eSpeak NG said the slash and the letters)."""
    if m.group(1) in {"and", "per", "with"}:
        return m.group(0)
    before = m.group(1) or UNITS[m.group(2)][1]
    per = " ".join(f"per {UNITS[u][0] if u in UNITS else u}" for u in m.group(3, 4) if u)
    return f"{before} {per}"


@rule(
    r"\b(wide|deep|tall|high|long|thick|around|feet|foot|inches|meters|millimeters|centimeters)\s?[x×]\s?"
    r"(?=\d|(?:[a-z]+[\s-]){1,5}(?:inch|foot|feet|meter|millimeter|centimeter))"
)
def _by_after_side(m: re.Match[str]) -> str:
    """ "30” wide x 12” deep x 12” tall", '16″ long x 8-1/2″ high', "12 feet x 12 feet": a size's sign after a
    side's word or its unit, "by" (eSpeak NG said "x")."""
    return f"{m.group(1)} by "


@rule(r"\bpercent\s?/\s?(?=(?:[\w.]+[\s-]){0,5}percent\b)")
def _percent_slash(m: re.Match[str]) -> str:
    """ "passed 82%/18%": a share and the rest, "eighty-two percent to eighteen percent" (the slash had been
    said)."""
    return "percent to "
