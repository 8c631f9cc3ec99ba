"""Fractions and the slash between two numbers: "2 1/2" "two and a half", "1/4th" "one quarter", "½",
"3/4-inch plywood", a rating ("9/10", "8.9/10"), odds ("a 20/1 shot"), recipe shorthand ("1 1/2 c"), inch
marks ("7/16″").

Its rules run inside the measures' (measures.py includes them after the ranges, before the units), in this
order.
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.english_units import UNIT_SYMBOLS, UNITS
from narrate.script.normalize.rules import NOT_NOUN, Rules, ends_sentence, quotation_open

RULES = Rules()
rule = RULES.rule


_UNICODE_FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
                      "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}  # fmt: skip


def fraction(num: int, den: int) -> str:
    """3, 4 -> "three quarters"; 1, 2 -> "one half"."""
    if num == 1:
        return "one half" if den == 2 else f"one {nw.ordinal(den) if den != 4 else 'quarter'}"
    return f"{nw.cardinal(num)} {nw.plural_ordinal(den)}"


def _mixed(whole: str, num: int, den: int) -> str:
    return f"{nw.number(whole)} {_and_part(num, den)}"


def _and_part(num: int, den: int) -> str:
    """The part after a whole: "and a half", "and a quarter", "and a third", "and an eighth", "and three
    quarters"."""
    if num == 1 and 1 < den <= 100:
        part = "half" if den == 2 else "quarter" if den == 4 else nw.ordinal(den)
        return f"and {'an' if part[0] in 'aeio' else 'a'} {part}"
    return f"and {fraction(num, den)}"


_RATING_END = re.compile(r"\s*(?:[,;:!?)]|\.(?!\d)|$)")
_RATED = re.compile(r"\b(?:[Rr]ated|[Rr]ating|[Ss]cored|[Ss]core)\s(?:of\s)?$")


_COOK = {"c": ("cup", "cups"), "t": UNITS["tsp"], "T": UNITS["tbsp"]}
# a recipe's words, near a whole number and "c" before it is read as cups ("grade 5 c students" is not)
_KITCHEN = re.compile(
    r"\b(?:tsp|tbsp|cups?|teaspoons?|tablespoons?|oz|bake|baking|flour|sugar|salt|butter|milk|eggs?|oil"
    r"|cornmeal|shortening|vanilla|recipe|ingredients|minced|chopped|diced|sifted|melted)\b",
    re.IGNORECASE,
)


@rule(
    r"(?<![\w/.])(?:(\d{1,2}(?:\s\d{1,2}/\d{1,2}|\s?[½¼¾⅓⅔⅛])?)|(\d{1,2}/\d{1,2}|[½¼¾⅓⅔⅛]))"
    r"\s?([ctT])(?:\.?(?=\s[a-z]{3,}|\s\()|\.(?=,))"
)
def _cook_shorthand(m: re.Match[str]) -> str:
    """A recipe's shorthand after an amount: "1 c yellow cornmeal", "2/3c popcorn", "1/4 c. shortening",
    "3/4 t baking powder", "1 c., more or less" (cup, teaspoon; "T" tablespoon). After a whole number only
    "c", and only among a recipe's words: "5 t" may be tonnes, "grade 5 c" a class."""
    whole, part, unit = m.group(1), m.group(2), m.group(3)
    counted = whole and not re.search(r"[/½¼¾⅓⅔⅛]", whole)
    around = m.string[max(0, m.start() - 120) : m.end() + 120]
    if counted and (unit != "c" or not _KITCHEN.search(around)):
        return m.group(0)
    one, many = _COOK[unit]
    return f"{whole or part} {many if whole and whole != '1' else one}"


@rule(r"(?<![\w/.])(\d{1,3}\.\d{1,2})/(5|10|20|100)(?![\w/]|\.\d)")
def _decimal_rating(m: re.Match[str]) -> str:
    """ "an 8.9/10 rating", "17.7/20", "a very decent 82.24/100." (a sentence's point after it): a decimal
    over 5, 10, 20 or 100 is a score, "eight point nine out of ten"."""
    return f"{nw.decimal(m.group(1))} out of {nw.cardinal(int(m.group(2)))}"


@rule(r"(?<![\w/.,-])(\d{1,3})/(20|100)(\+?)(?![\w/+]|[.,]\d)")
def _score(m: re.Match[str]) -> str:
    """ "18/20", "92/100": a whole number over 20 or 100 is a score, "eighty-two out of one hundred" (a
    wine's, an exam's); neither is a date (no month 20 or 100). Not over 20 up to 12 ("12/20" may be a
    date), not "20/20" (vision), not before a unit ("90/100 km/h", a range), not one part ("1/100")."""
    num, den = int(m.group(1)), int(m.group(2))
    if not is_score(num, den, whole=True) or (num, den) == (20, 20) or _UNIT.match(m.string, m.end()):
        return m.group(0)  # a unit after it: a range ("90/100 km/h")
    return f"{nw.cardinal(num)} out of {nw.cardinal(den)}" + (" plus" if m.group(3) else "")


def is_score(num: float, den: int, *, whole: bool) -> bool:
    """Whether NUM over DEN (20 or 100) is read as a score, in every language: more than one part and no more
    than the whole, and over 20 no whole number up to 12 (a month and a day, maybe)."""
    return 1 < num <= den and not (den == 20 and whole and num <= 12)


_SIZE = r"\d{1,2}/\d{1,2}|\d{0,3}[½¼¾⅛⅜⅝⅞]|\d{0,3}\.\d{1,3}|\d{1,3}"
# words after a size that are no noun it describes: "2″ across", "2¾” in diameter", "1″ of rain", "8-9" down
# from", "1-2" too big", "7" larger than", '6-8" inches' (rules.NOT_NOUN's, and a size's own); nor is a
# pronoun, an article or a verb's helper ("the last 3-5\" we've had")
_NOT_NOUN = "|".join(
    sorted(
        NOT_NOUN | {"diameter", "overall", "minus", "thru", "x", "can", "inch", "inches", "larger", "smaller",
                    "bigger", "shorter", "lower", "narrower"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
# what follows a size that describes a noun: a lower-case word that is none of those ("12″ plywood"), an
# initialism ("a 33” TV", "2.5” SSD"), or the size's other side, itself before such a word ("6” x 4” prints")
_NOUN = rf"\s(?!(?:{_NOT_NOUN})\b)[a-z]|\s[A-Z]{{2,5}}\b"
_DESCRIBES = rf"(?=({_NOUN}|\s?(?:by|x|×)\s?(?:{_SIZE})(?:″|”|\")(?:{_NOUN}))?)"


@rule(
    rf"(?<![\w/.])({_SIZE})(?:(?:″|(?<=[\d½¼¾⅛⅜⅝⅞])”)(?:\s?[-–]\s?({_SIZE})(?:″|”))?|\s?[-–]\s?({_SIZE})″)"
    + _DESCRIBES
)
def _inch_mark(m: re.Match[str]) -> str:
    """ "7/16″ plywood", "12″", "1″-2″", "1-3″ of snow", "2¾” in diameter": a double prime (or, straight after
    a number, a closing quotation mark with no opening one before it) after a size is inches; singular as an
    adjective before a noun."""
    if m.group(0).endswith("”") and "“" in m.string[max(0, m.start() - 80) : m.start()].rsplit("”", 1)[-1]:
        return m.group(0)  # “model #210”: a quotation's end
    first, last = m.group(1), m.group(2) or m.group(3)
    if m.group(3) and _hyphen_mixed(m, first, m.group(3)):
        return _inches(f"{first} {m.group(3)}", None, adjective=bool(m.group(4)), whole=True)
    return _inches(first, last, adjective=bool(m.group(4)), whole=_after_whole(m))


def _hyphen_mixed(m: re.Match[str], first: str, second: str) -> bool:
    """Whether "1-1/4″" is a whole number and a fraction joined by a hyphen, as hardware sizes are written."""
    return m.group(0).startswith(f"{first}-") and first.isdigit() and _proper(second)


def _proper(size: str) -> bool:
    """Whether SIZE is a fraction less than one, "1/4"."""
    part = re.fullmatch(r"(\d{1,2})/(\d{1,2})", size)
    return part is not None and 0 < int(part.group(1)) < int(part.group(2))


def _after_whole(m: re.Match[str]) -> bool:
    """Whether a whole number and a space stand before the match ("92 5/8″"): a mixed number's fraction."""
    return bool(re.search(r"(?<![\d.,])\d{1,3}\s$", m.string[max(0, m.start() - 5) : m.start()]))


def _inches(size: str, last: str | None, adjective: bool, whole: bool = False) -> str:
    """ "3 to 5 inches", "12 inch" before the noun it describes, "1 inch", "3/16 of an inch" (the numbers
    are the later rules'); after a WHOLE number ("92 5/8″") a fraction is a mixed number's, "inches"."""
    if last:
        return f"{size} to {last}" + (" inch" if adjective else " inches")
    if _proper(size) and not adjective and not whole:
        return f"{size} of an inch"
    return size + (" inch" if adjective or size == "1" else " inches")


@rule(rf'(?<![\w/.])({_SIZE})(?:\s?[-–]\s?({_SIZE}))?(?:"|\s"(?=\s(?:of|in)\b))' + _DESCRIBES)
def _straight_inch_mark(m: re.Match[str]) -> str:
    """'5" of rain', '3-5" of snow', '6.5 " of snow': a straight double quote right after a number, where no
    quotation is open (an even number of them before it, not counting the inch marks after other numbers:
    'Length 48", Width 40"'), is an inch mark: no quotation opens on a digit."""
    if quotation_open(m.string, m.start()):
        return m.group(0)  # 'the "Top 5" list': a quotation's end
    if m.group(2) and _hyphen_mixed(m, m.group(1), m.group(2)):
        return _inches(f"{m.group(1)} {m.group(2)}", None, adjective=bool(m.group(3)), whole=True)
    return _inches(m.group(1), m.group(2), adjective=bool(m.group(3)), whole=_after_whole(m))


@rule(rf"(?<![\w/.])({_SIZE})(?:\s?(?:[-–]|to)\s?({_SIZE}))?in\b(?![\w'’-]|\.\w)" + _DESCRIBES)
def _glued_inches(m: re.Match[str]) -> str:
    """ "13in", "3/4in pipe", "(0.8-1.2in)": "in" written on to a size is inches (spaced, it is the word)."""
    return _inches(m.group(1), m.group(2), adjective=bool(m.group(3)), whole=_after_whole(m))


@rule(r"(?<![\w/.])((?:\d{1,3}[\s-])?\d{1,2}/\d{1,2})\sin\.(?=\s|$|[)\]”\",;])" + _DESCRIBES)
def _inches_abbreviated(m: re.Match[str]) -> str:
    """ "2 3/8 x 8 3/4 in.", "1-1/4 in.", "a 3/4 in. pipe": "in." after a fraction is inches, as after a whole
    number; its point may end the sentence too."""
    size = m.group(1).replace("-", " ")
    said = _inches(size, None, adjective=bool(m.group(2)), whole=" " in size)
    return said + ("." if ends_sentence(m.string, m.end()) else "")


@rule(r"\b(ft|feet|foot)\s(\d{1,2})\s?in\b(?![\w'’.-])")
def _inches_after_feet(m: re.Match[str]) -> str:
    """ "(8 ft 8 in)", "6 ft 2 in tall": "in" after the feet's number and a number is inches, not the word."""
    return f"{m.group(1)} {m.group(2)} {'inch' if m.group(2) == '1' else 'inches'}"


@rule(r"(?<![\w/-])(?<!\d\s)(\d{1,2})/(\d{2})(?=\s?[A-Za-z])")
def _slash_range(m: re.Match[str]) -> str:
    """ "sizes: 72/86 cm (28/34 ins)": two numbers of two digits and a slash before a unit, the second the
    larger, are a range ("seventy-two to eighty-six centimeters"); not an inch's sixteenths and the like
    ("11/16 in")."""
    num, den = int(m.group(1)), int(m.group(2))
    if 10 <= num < den and den not in {16, 32, 64} and _UNIT.match(m.string, m.end()):
        return f"{num} to {den}"  # the unit after it is named by the rules of units, which need its digits
    return m.group(0)


@rule(r"(?<![\w/.,-])1/(1(?:0{2,3}|,000)(?:,000)?)(?:(?i:th)\b|(?=\s(?:of|an?)\s))")
def _one_part_in(m: re.Match[str]) -> str:
    """ "1/1000th of an inch", "1/1,000 of a share": one hundredth, thousandth or millionth, "one
    one-thousandth" (eSpeak NG said "one slash one thousand")."""
    return "one one-" + nw.ordinal(int(m.group(1).replace(",", ""))).removeprefix("one ")


# not before "mm Hg": "90/60 mm Hg" is a blood pressure, measures.py's
@rule(
    r"(?<![\w/-])(?:(\d{1,6})(?:\s|-(?=\d/\d)))?(\d{1,2})/(\d{1,2})((?i:st|nd|rd|th)s?)?(?![\w/]|\s?mm\s?Hg\b)"
)
def _slash_numbers(m: re.Match[str]) -> str:
    num, den = int(m.group(2)), int(m.group(3))
    if not m.group(1) and 1 < num < den <= 16 and re.match(r"-[a-z]", m.string[m.end() :]):
        # "3/4-inch plywood": a fraction in a compound adjective keeps its part singular ("three-quarter")
        return f"{nw.cardinal(num)}-{'quarter' if den == 4 else 'half' if den == 2 else nw.ordinal(den)}"
    if not m.group(1) and not m.group(4) and num and den and _betting(m):
        return f"{nw.cardinal(num)} to {nw.cardinal(den)}"  # odds: "priced at 5/4", "odds of 1/2"
    rated = _RATING_END.match(m.string, m.end()) or _RATED.search(
        m.string[max(0, m.start() - 12) : m.start()]
    )
    if den in {5, 10, 100} and num <= den and not m.group(1) and rated:
        return f"{nw.cardinal(num)} out of {nw.cardinal(den)}"  # "overall, 9/10": a score, not a fraction
    if (
        0 < num < den <= 16
        or (num % 2 and num < den in {32, 64})
        or (m.group(4) and num > 0 and 1 < den <= 100)
        or (not m.group(1) and 0 < num < den <= 100 and _OF.match(m.string, m.end()))  # "1/60 of a second"
    ):
        return (
            _mixed(m.group(1), num, den) if m.group(1) else _after_article(m, num, den) or fraction(num, den)
        )
    if not m.group(1) and not m.group(4) and num and den == 1:
        return f"{nw.cardinal(num)} to one"  # "a 20/1 shot": N/1 is no fraction
    # 24/7, 50/50: two numbers said one after the other
    lead = f"{m.group(1)} " if m.group(1) else ""
    return f"{lead}{nw.cardinal(num)} {nw.cardinal(den)}"


_OF = re.compile(r"\s+of\s")
# a unit after two numbers and a slash ("72/86 cm"): they are a range
_UNIT = re.compile(rf"\s?(?:{UNIT_SYMBOLS})(?![\w/])")


def _after_article(m: re.Match[str], num: int, den: int) -> str:
    """ "a 1/4 cup", "a ¼ mile": "a quarter cup", "a 1/2 cup" "a half cup", never "a one quarter"; a half
    before a determiner or a half marathon is "half" ("1/2 the volume", "the 1/2 marathon"); "" otherwise."""
    if (num, den) in {(1, 2), (1, 4)} and re.search(
        r"\b[Aa]\s$", m.string[max(0, m.start() - 3) : m.start()]
    ):
        return "half" if den == 2 else "quarter"
    if (num, den) == (1, 2) and _HALF_BEFORE.match(m.string, m.end()):
        return "half"
    return ""


# after "1/2": a determiner ("half the volume", "half his salary") or the race ("half marathon")
_HALF_BEFORE = re.compile(r"\s(?:the|this|that|these|those|his|her|its|their|our|your|my|marathons?)\b")


_BETTING = re.compile(
    r"\b(?:odds|bets?|betting|bookmakers?|bookies|punters?|priced|shot|favou?rite|each[- ]way|e/w|outsiders?"
    r"|stakes?|wagers?)\b|@\s?$",
    re.IGNORECASE,
)


def _betting(m: re.Match[str]) -> bool:
    """Whether the words around a slash pair speak of a bet: then it is the odds, "five to four"."""
    return bool(_BETTING.search(m.string[max(0, m.start() - 60) : m.start()])) or bool(
        _BETTING.search(m.string[m.end() : m.end() + 40])
    )


@rule(r"(?<!\d)(?:(\d{1,6})\s?)?([½⅓⅔¼¾⅕⅛⅜⅝⅞])")
def _unicode_fraction(m: re.Match[str]) -> str:
    num, den = _UNICODE_FRACTIONS[m.group(2)]
    if not m.group(1) and re.search(r"\d(?:st|nd|rd|th)\s$", m.string[max(0, m.start() - 8) : m.start()]):
        return _and_part(num, den)  # "the 27th ½ alley": "twenty-seventh and a half", as eSpeak NG says
    glued = " " if m.start() and m.string[m.start() - 1].isalpha() else ""  # "3rd½": not "3rdone half"
    return glued + (
        _mixed(m.group(1), num, den) if m.group(1) else _after_article(m, num, den) or fraction(num, den)
    )
