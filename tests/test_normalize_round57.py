"""Round 57 of issue 11: readings of real web copy (tests/data/normalize/web51/, development pairs from 38
pages on 38 sites, weighted to hospital notices, timetables, planning, charity appeals, nature reserves, ski
reports, boxing and darts, prices and small-town police reports, as its brief asked; written by an annotator
who did not read or run narrate and committed before these rules; first score 80.6%), and what the round's
rules leave alone.

"Twp." is "Township". Each pair is the annotator's, from the page named beside it, compared as eSpeak NG
says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://www.rosslynfarmspa.gov/police-activity-reports/april-police-activity-report/
        ("The Scott Twp. detective is investigating.", "en",
         "The Scott Township detective is investigating."),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the abbreviation ends a sentence too
        ("in Hamilton Twp.", "en", "in Hamilton Township."),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
