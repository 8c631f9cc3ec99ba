"""Codes, model numbers, serials and Roman numerals.

A number in a name is read in pairs ("Boeing seven thirty-seven", "F thirty-five"), a long serial digit by
digit; Roman numerals are ordinals after a monarch or a pope ("Henry the Eighth") and cardinals elsewhere
("World War Two", "Title nine", "Rocky two").
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import REGNAL_NAMES, WORD_ACRONYMS

RULES = Rules()
rule = RULES.rule

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


@rule(r"\b(COVID)-(\d{1,4})\b", re.IGNORECASE)
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


@rule(r"\b([A-Z][a-z]+)\s((?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?<=[IVX]))\b(?!\.\w|['’](?!s\b))")
def _roman_after_name(m: re.Match[str]) -> str:
    # Rocky II, Final Fantasy VII: a sequel or a part, said as a cardinal; below forty, as sequels are
    # ("Keystone XL" is extra large; Super Bowl XL has its own rule)
    return f"{m.group(1)} {nw.cardinal(roman_value(m.group(2)))}"
