"""Rounds 95 and on of issue 11.

A glued "m" on both sides of a size's "by" ("7m x 3m", "25m by 10m") is metres (a glued "m" alone stays
what it may be, a million or metres): blind +1 -0, development +1 -0. Mends that no blind pair measures: a
coordinate's minutes and seconds typed with curly quotes ("35°18’14.4″N" had been "degrees18’fourteen point
four inchesN"; development +1 -0). The corpora's body paragraphs are unchanged.

Each pair is a window of the development page named beside it, with its annotator's reading, compared as
written (punctuation included; a hyphen is said as a space).
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web73: https://achindarrochtp.co.uk/terms-conditions
        ("maximum size of 7m x 3m (including extensions).", "en",
         "maximum size of seven meters by three meters (including extensions)."),
        # web47: https://northernarizonagazette.com/category/city/flagstaff/page/12
        ("along Highway 89 (35°18’14.4″N 111°35’20.4″W) is at", "en",
         "along Highway eighty-nine (thirty-five degrees eighteen minutes fourteen point four seconds North"
         " one hundred eleven degrees thirty-five minutes twenty point four seconds West) is at"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


def test_a_million_by_a_year_stays_a_million() -> None:
    """Only a size's other side makes a glued "m" metres: "5m by 2020" is left as it was."""
    assert normalize("raise 5m by 2020", "en") == "raise 5m by twenty twenty"
