"""Which rules cannot match a text: a pattern every match of which takes a digit is skipped on text without
one (most paragraphs have no digit and about two rules in three are about numbers; on the development
corpora's English paragraphs this halves the time normalisation takes, with the same output).

Whether a pattern needs a digit is read from its parsed form (the standard library's own regular-expression
parser, the one re.compile runs), once per pattern and only when a text without a digit meets it. Anything
the reading does not recognise counts as "may match without a digit", so the answer errs towards running
the rule.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import re
from typing import Any

_c: Any = None
_p: Any = None
# the parser re.compile uses; private, so a Python without it runs every rule (only slower); 3.11-3.14 have it
with contextlib.suppress(ImportError):
    _c, _p = importlib.import_module("re._constants"), importlib.import_module("re._parser")

DIGIT = re.compile(r"\d")  # what \d matches: every class of digits a rule may use is part of it
_ASCII_DIGITS = range(ord("0"), ord("9") + 1)


def has_digit(text: str) -> bool:
    return DIGIT.search(text) is not None


@functools.cache
def needs_digit(pattern: re.Pattern[str]) -> bool:
    """True when every match of PATTERN (its lookaheads and lookbehinds included) contains a digit.

    >>> needs_digit(re.compile(r"(?<!\\w)(\\d+|[0-9]+th)\\b")), needs_digit(re.compile(r"\\d*x"))
    (True, False)
    >>> needs_digit(re.compile(r"(?=\\d)\\w+|#[0-9]")), needs_digit(re.compile(r"a|\\d"))
    (True, False)
    """
    if _p is None:  # pragma: no cover
        return False
    try:
        return _sequence(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # a pattern the reading cannot follow is simply always run
        return False


def _sequence(items: Any) -> bool:
    return any(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> bool:  # noqa: PLR0911 - one answer per kind of node
    if op is _c.LITERAL:
        return av in _ASCII_DIGITS
    if op is _c.IN:
        return _digit_class(av)
    if op is _c.SUBPATTERN:  # (group, add flags, del flags, sequence)
        return _sequence(av[-1])
    if op is _c.BRANCH:  # (None, [sequence, ...]): every branch must need one
        return all(_sequence(branch) for branch in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):  # (min, max, sequence)
        return av[0] >= 1 and _sequence(av[2])
    if op is _c.ASSERT:  # a lookahead or lookbehind that must hold: the text has what it asks for
        return _sequence(av[1])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    return False


def _digit_class(members: Any) -> bool:
    """A character class that only digits are in: [0-9], [13579], \\d."""
    for op, av in members:
        if op is _c.LITERAL:
            if av not in _ASCII_DIGITS:
                return False
        elif op is _c.RANGE:
            if not (av[0] in _ASCII_DIGITS and av[1] in _ASCII_DIGITS):
                return False
        elif not (op is _c.CATEGORY and av is _c.CATEGORY_DIGIT):  # NEGATE, other categories, ...
            return False
    return True
