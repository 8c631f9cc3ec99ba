"""Sums: whether a sign stands in a sentence with an equals sign ("$4K x 3 = $12K"), where "x" and "*" are
"times" and a spaced slash "divided by", not a size's "by" ("a 4 x 6 frame").

Shared by the measures', symbols' and English rules.
"""

from __future__ import annotations

import re

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
