"""Rounds 99 and on of issue 11.

Mends that no blind pair measures: a period after a price's slash written with a capital ("$70/Month" had
been "seventy dollars Month", the slash dropped and no "a" or "per" said); a word typed against a percent
sign ("10%of" had been "ten percentof", one word eSpeak NG could not say); development +1 -0. The corpora's
body paragraphs are unchanged.

Each pair is a window of the development page named beside it, compared as written.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web89: https://www.misscandicesdancecenter.com/tuition-policies
        ("1 Class per week: $70/Month", "en", "one Class per week: seventy dollars a month"),
        # web90: https://camdencommunityband.org.au/rehearsal-notes-for-3-11-2020/
        ("miss it and 10%of the ensemble is wrong!", "en",
         "miss it and ten percent of the ensemble is wrong!"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


def test_a_capital_unit_after_a_price_s_slash_is_not_a_period() -> None:
    """Only the periods take their capitals: "$5/M" (no period) is left to the other rules as before."""
    assert normalize("$3/Hr", "en") == "three dollars an hour"
    assert "month" not in normalize("$5/M", "en")
