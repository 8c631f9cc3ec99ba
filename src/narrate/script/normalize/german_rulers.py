"""German rulers' numbers, "Heden II." "Heden der Zweite": run after german.py's rules, as they were."""

from __future__ import annotations

import re

from narrate.script.normalize.european import numbered_roman
from narrate.script.normalize.numbers import roman_value
from narrate.script.normalize.rules import Rules, ends_sentence, words
from narrate.script.normalize.tables import REGNAL_NAMES

RULERS = Rules()

_RULER_NAMES = frozenset(REGNAL_NAMES.split("|")) | {"Ludwig", "Heinrich", "Konrad", "Johann", "Georg"}
_RULER_TITLE = re.compile(
    r"\b(?:König|Königin|Kaiser|Kaiserin|Papst|Herzog|Herzogin|Fürst|Fürstin|Graf|Gräfin|Zar|Zarin|Prinz"
    r"|Prinzessin|Markgraf|Landgraf|Kurfürst|Pharao|Sultan|Kalif)\s$"
)
_NUMBERED_NOUNS = (
    r"Teil|Band|Buch|Akt|Kapitel|Abschnitt|Liga|Klasse|Stufe|Phase|Folge|Staffel|Gruppe|Division"
)


@RULERS.rule(
    rf"(?<![\w.])(?!(?:{_NUMBERED_NOUNS})\s)([A-ZÄÖÜ][a-zäöüß]{{1,20}})\s(I{{1,3}}|IV|VI{{0,3}}|IX|XI{{0,3}}|XIV|XVI{{0,3}})\."
    r"(?![\w.])"
)
def _regnal(m: re.Match[str]) -> str:
    """ "dem Herzog Heden II. dem Abt" "Heden der Zweite": a Roman numeral with a point after a name is a
    ruler's ordinal (eSpeak NG says "zwei"); its point ends the sentence too before a capital or at the end.
    Said in the nominative, as a name is cited ("Heden der Zweite"); only after a ruler's name or a ruler's
    title and a name (German capitalises every noun: "Tag X." is no ruler); "Teil II." is left a number."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    if m.group(1) not in _RULER_NAMES and not _RULER_TITLE.search(before):
        return m.group(0)  # "Tag X.", "Apollo XI.": a numeral after a noun that is no ruler's name
    said = words(roman_value(m.group(2)), "de", "ordinal")  # "zweite"
    ends = ends_sentence(m.string, m.end())
    return f"{m.group(1)} der {said[0].upper()}{said[1:]}" + ("." if ends else "")


numbered_roman(RULERS, _NUMBERED_NOUNS, "de")  # "Teil I", "Band IV"


@RULERS.rule(r"(?<![\w.])([A-ZÄÖÜ][\w/-]{1,30})\s(II|III|IV)(?![\w.-]|\.\w)")
def _second_team(m: re.Match[str]) -> str:
    """ "MT Melsungen II beim 39:28", "gegen Huckarde BW II.": a club's second or third team, a Roman numeral
    without an ordinal's point after a name, is its number, "zwei" (eSpeak NG says "römisch zwei"); after a
    ruler's name or title it is left to eSpeak NG ("Ludwig II", "Papst Johannes Paul II")."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    if m.group(1) in _RULER_NAMES or _RULER_TITLE.search(before + m.group(1) + " "):
        return m.group(0)
    return f"{m.group(1)} {words(roman_value(m.group(2)), 'de')}"
