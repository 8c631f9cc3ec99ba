"""Sums: whether a sign stands in a sentence with an equals sign ("$4K x 3 = $12K"), where "x" and "*" are
"times" and a spaced slash "divided by", not a size's "by" ("a 4 x 6 frame").

Shared by the measures', symbols' and English rules; `arithmetic` gives rules of every language: a dash in a
subtraction, and a power of ten.
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules, words
from narrate.script.normalize.spelled import SIGNS

_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n")
_EQUALS = re.compile(r"(?<=[\w)])\s?=(?:\s|(?=\d))")  # "= $12K", "4x4x1.5=24"
SUM_REACH = 200  # characters either side of a sign looked at for its sentence's equals sign


def in_sum(text: str, at: int) -> bool:
    """Whether the sentence around AT (within SUM_REACH characters) has an equals sign: a sum, where "x" and
    "*" are "times" and a spaced slash "divided by" ("$4K x 3 per episode = $12K x 52 weeks / 3 hosts")."""
    low = max(0, at - SUM_REACH)
    start = max((b.end() for b in _SENTENCE_END.finditer(text, low, at)), default=low)
    end = _SENTENCE_END.search(text, at, at + SUM_REACH)
    return bool(_EQUALS.search(text, start, end.start() if end else min(len(text), at + SUM_REACH)))


def multiplied(text: str, end: int) -> str:
    """ "times" in a sum (an equals sign in the same sentence), else "by" (a size)."""
    return "times" if in_sum(text, end) else "by"


_NUMBER = {  # a written number: English's point and thousands' commas, or the other languages' comma
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+",
    "eu": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
}


def _value(number: str, language: str) -> float:
    if language == "en":
        return float(number.replace(",", ""))
    return float(number.replace(".", "").replace(",", "."))


_MINUS = {"en": "minus", **{language: said["-"] for language, said in SIGNS.items()}}
TIMES = {"en": "times", "de": "mal", "es": "por", "fr": "fois"}  # a product's sign, said
_PLUS_MINUS = {"en": "plus or minus", "de": "plus oder minus", "es": "más o menos", "fr": "plus ou moins"}
_TEN_TO = {"de": "zehn hoch", "es": "diez elevado a", "fr": "dix puissance"}
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _power_of_ten(exponent: int, language: str) -> str:
    """ "ten to the twenty-third", "ten to the minus nine", "zehn hoch dreiundzwanzig", "dix puissance moins
    neuf"."""
    if language == "en":
        return (
            f"ten to the minus {nw.cardinal(-exponent)}"
            if exponent < 0
            else f"ten to the {nw.ordinal(exponent)}"
        )
    said = words(abs(exponent), language)
    return f"{_TEN_TO[language]} {_MINUS[language] + ' ' if exponent < 0 else ''}{said}"


def arithmetic(language: str) -> Rules:
    """LANGUAGE's rules for a subtraction's dash, a power of ten and "+/-", run before any other rule says the
    numbers around them."""
    number = _NUMBER["en" if language == "en" else "eu"]
    amount = rf"[$€£]?\s?({number})(?:\s?(?:[A-Za-zµ%€$£]{{1,5}}\.?))?"
    found = Rules()

    @found.rule(rf"(?<![\w.,/-]){amount}(\s?[–−-]\s?){amount}(\s?=\s?){amount}(?![\d.,]\d)")
    def _minus(m: re.Match[str]) -> str:
        """ "$880.00 – $176 = $704", "(41g – 27g = 14g)", "8,0 mm – 1,25 mm = 6,75 mm": a dash between two
        amounts whose difference the equals sign gives is "minus" (it had been a range's "to"); checked by the
        arithmetic, so "40 - 50 Packungen = 1 Karton", a range, stays one."""
        a, b, c = (_value(m.group(i), language) for i in (1, 3, 5))
        if abs(a - b - c) > 1e-9 * max(1.0, abs(c)):
            return m.group(0)
        start, end = m.start(2) - m.start(), m.end(2) - m.start()
        return f"{m.group(0)[:start]} {_MINUS[language]} {m.group(0)[end:]}"

    @found.rule(
        r"(?:(?<![\w.,])(\d+(?:[.,]\d+)?)\s?[x×·*]\s?)?(?<![\w.,])10(?:\s?\^\s?([-−]?\d{1,3})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
    )
    def _power(m: re.Match[str]) -> str:
        """ "6.02 x 10 ^ 23", "3.00×10⁸ m/s", "10⁻⁹ meters": a power of ten, with the number it multiplies
        ("six point zero two times ten to the twenty-third"; eSpeak NG said "ten caret" or read "10²³" as
        "ten two three")."""
        exponent = int((m.group(2) or m.group(3)).translate(_SUPERSCRIPT).replace("−", "-"))
        times = f"{m.group(1)} {TIMES[language]} " if m.group(1) else ""
        return times + _power_of_ten(exponent, language)

    @found.rule(r"\s?(?:\+/[-−–]|±)\s?(?=[.,]?\d)")
    def _plus_minus(m: re.Match[str]) -> str:
        """ "a sampling error of +/-5.7%", "45+/-2℃", "(±0,5 %)": "plus or minus", before the rules after
        say the amount (a glued "+/-" had left "45" unsaid, a spaced one after "2 °C" was left)."""
        before = m.string[m.start() - 1 : m.start()] if m.start() else ""
        return f"{'' if not before or before in '([' else ' '}{_PLUS_MINUS[language]} "

    return found
