"""Round 54 of issue 11: readings of real web copy (tests/data/normalize/web48/, development pairs from 47
pages on 47 sites: English local news from Texas border towns, Ohio, Pennsylvania, Virginia, the Florida
panhandle, New Jersey and Maryland, Victorian, Malaysian, Ugandan, Zambian, Jamaican and Montserrat copy,
German from Bremen, Berlin, the Allgäu, Salzburg, St. Gallen and Hamburg, French from the Pays de la Loire,
Martinique, Gabon, Congo and Togo; written by an annotator who did not read or run narrate and committed
before these rules; first score 92.7%), and what the round's rules leave alone.

Caribbean dollars' signs ("J$"), a weekday's short name before a numeric date. Each pair is the annotator's,
from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://www.themontserratreporter.com/category/news/
        ("vehicle valued at J$7.6 million (One", "en",
         "vehicle valued at seven point six million Jamaican dollars (One"),
        ("cost of J$418 million and would", "en",
         "cost of four hundred eighteen million Jamaican dollars and would"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # "Wed" before anything but a date is left (it is a word too)
        ("we Wed, 12 of us", "en", "we Wed, twelve of us"),
        ("EC$250 fee", "en", "two hundred fifty East Caribbean dollar fee"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
