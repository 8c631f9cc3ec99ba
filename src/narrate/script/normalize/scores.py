"""Scores: tennis sets ("6-4, 7-6 (5)" "six four, seven six (five)"), a ratio or a score written "2-to-1",
and the same number twice ("50-50" "fifty-fifty"). They run before the range rules (narrate.script.normalize
.measures), which would say any "6-4" "six to four".
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules

RULES = Rules()
rule = RULES.rule

_SET = r"([0-7])-([0-7])(?:\s?\((\d{1,2})(?:-(\d{1,2}))?\))?"  # a tennis set, its tie-break in brackets
_SET_SHAPE = r"[0-7]-[0-7](?:\s?\(\d{1,2}(?:-\d{1,2})?\))?"  # the same without groups


@rule(rf"(?<![\w$.,/-]){_SET_SHAPE}(?:(?:,\s?|\s){_SET_SHAPE}){{0,4}}(?![\w(-]|[-–]\d)")
def _set_scores(m: re.Match[str]) -> str:
    """ "6-4, 6-0", "6-4 6-7 (5-7) 6-1", "7-6(1)": tennis sets (each won with six or seven games), said
    "six four, six love", a tie-break's points after it ("seven six (five)"); one set alone only with its
    tie-break ("7-6 (5)"), else it is a range or a score like any other. A set that is no set ("2-1" when a
    player retired) is left to the rules for ranges."""
    sets = list(re.finditer(_SET, m.group(0)))
    won = [s for s in sets if max(int(s.group(1)), int(s.group(2))) in {6, 7}]
    alone = len(won) == 1 and won[0].group(3) and {won[0].group(1), won[0].group(2)} == {"6", "7"}
    if len(won) < 2 and not alone:
        return m.group(0)

    def said(s: re.Match[str]) -> str:
        if s not in won:
            return s.group(0)
        games = " ".join("love" if n == "0" else nw.cardinal(int(n)) for n in s.group(1, 2))
        points = " ".join(nw.cardinal(int(n)) for n in s.group(3, 4) if n)
        return f"{games} ({points})" if points else games

    out, at = [], 0
    for s in sets:
        out += [m.group(0)[at : s.start()], said(s)]
        at = s.end()
    return "".join(out) + m.group(0)[at:]


@rule(r"(?<![\w$.,/-])(\d{1,3})-to-(\d{1,3})\b(?![-–]\d)")
def _ratio(m: re.Match[str]) -> str:
    """ "outspent 2-to-1": a ratio or a score, said "two to one"."""
    return f"{nw.cardinal(int(m.group(1)))} to {nw.cardinal(int(m.group(2)))}"


@rule(r"(?<![\w$.,/-])(\d{1,3})-(\d{1,3})\b(?![-–/]\d)")
def _even_split(m: re.Match[str]) -> str:
    """ "a 50-50 chance", "tied 10-10": the same number twice is said "fifty-fifty", not as a range."""
    if m.group(1) != m.group(2):
        return m.group(0)
    said = nw.cardinal(int(m.group(1)))
    return f"{said}-{said}"
