"""Round 37 of issue 11: readings of real web copy (tests/data/normalize/web31/, development pairs from 63
pages on 63 sites, weighted to English dates, times, years, ordinals, acronyms, symbols and addresses, and
German and Spanish; written by an annotator who did not read or run narrate and committed before these rules;
first score 85.8%), and what the round's rules leave alone.

"bps" after a number is basis points; a month and day in brackets after a weekday ("Saturday (3/12)"); Swiss
"m ü. M." "über Meer". Each pair is the annotator's, from the page named beside it, compared as eSpeak NG
says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://kaohooninternational.com/markets/544932
        ("at 50% for a 75 bps rate cut", "en", "at fifty percent for a seventy-five basis point rate cut"),
        # https://freshsociety.info/?p=1234512
        ("by another 50 bps by year-end", "en", "by another fifty basis points by year-end"),
        # http://kciiradio.com/2016/03/ester-hershberger/
        ("held at 3 p.m. Saturday (3/12) at the", "en", "held at three p m Saturday (March twelfth) at the"),
        # https://www.srf.ch/meteo/meteo-stories/prognose-fuers-wochenende-in-den-bergen-frisch
        ("fallen Flocken bis 2100 m ü.M.", "de", "fallen Flocken bis zweitausendeinhundert Meter über Meer."),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("Monday 3/31", "en", "Monday March thirty-first"),  # without brackets, as before
        ("the (3/12) ratio", "en", "the (three twelfths) ratio"),  # brackets after no weekday: a fraction
        ("auf 1200 m ü. M. liegt", "de", "auf tausendzweihundert Meter über Meer liegt"),  # round 46
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
