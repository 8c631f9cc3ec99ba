"""Round 46 of issue 11: readings of real web copy (tests/data/normalize/web40/, development pairs from 39
pages on 39 sites: English weather, health, earnings, courts and transport, German and French regional news;
written by an annotator who did not read or run narrate and committed before these rules; first score 91.9%),
and what the round's rules leave alone.

A weather bulletin's time without its colon before a time zone ("346 PM CDT"); a German count's whole hundreds
said as thousands ("1200 Zuschauer" "tausendzweihundert"), a year's hundreds left to the year rules. Each pair
is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # http://mtoactive.blogspot.com/2013/05/tornado-warning.html
        ("346 PM CDT Mon may 20 2013", "en",
         "three forty-six p m Central Daylight Time Monday May twentieth twenty thirteen"),
        # https://die-nachrichten.at/deutschland/hessen/fulda/regionalliga-update-barockstadt-und-kickers-im-fokus
        ("So waren beispielsweise 1200 Zuschauer beim Spiel", "de",
         "So waren beispielsweise tausendzweihundert Zuschauer beim Spiel"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # a bulletin time before a time zone, or after a word that places it
        ("1015 AM EST", "en", "ten fifteen A M Eastern Standard Time"),
        ("from 1000 AM until 400 PM", "en", "from ten A M until four P M"),
        # German years keep their hundreds; counts are thousands
        ("im Jahr 1700", "de", "im Jahr siebzehnhundert"),
        ("seit 1900 gibt es", "de", "seit neunzehnhundert gibt es"),
        ("rund 1100 Anhänger", "de", "rund tausendeinhundert Anhänger"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
