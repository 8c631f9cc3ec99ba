"""Round 42 of issue 11: readings of real web copy (tests/data/normalize/web36/, development pairs from 41
pages on 41 sites: English business, health, transport, weather, court and council copy, French and German
regional news; written by an annotator who did not read or run narrate and committed before these rules; first
score 85.3%), and what the round's rules leave alone.

A rate per an amount ("cents/$100"); a sentence's point after a number whose next space was lost
("4837.Please"); French "24h/24" and "7j/7". Each pair is the annotator's, from the page named beside it,
compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://chathamnc.legistar.com/LegislationDetail.aspx?GUID=8699305F-FF7B-472D-BCEC-427D23746371&ID=6255980
        ("(from 66.5 cents/$100 to 68.5 cents/$100) and", "en",
         "(from sixty-six point five cents per one hundred dollars to sixty-eight point five cents per one "
         "hundred dollars) and"),
        # http://whiteplainscnr.com/2019/04/12/boykin-announces-measles-vaccination-clinics/
        ("NYS Measles Hotline at 1-888-364-4837.Please forward", "en",
         "N Y S Measles Hotline at one, eight eight eight, three six four, four eight three seven. "
         "Please forward"),
        # https://departements.fr/les-departements-en-route-pour-lhiver/
        ("accessible 24h/24. Du 12", "fr", "accessible vingt-quatre heures sur vingt-quatre. Du douze"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("in 2024.The city", "en", "in twenty twenty-four. The city"),
        ("pi is 3.14159", "en", "pi is three point one four one five nine"),  # a decimal, as before
        ("ouvert 7j/7", "fr", "ouvert sept jours sur sept"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
