"""Round 55 of issue 11: readings of real web copy (tests/data/normalize/web49/, development pairs from 51
pages on 51 sites, weighted to English local news from Massachusetts, Illinois, California's Central
Valley, Hawaii, Alaska and Mississippi, Canadian prairie, Irish, Nepalese, Sri Lankan and Rwandan copy,
German from the Ruhr, the Münsterland, the Palatinate, the Black Forest, Lower Austria and Graubünden,
French from Hauts-de-France, Centre-Val de Loire, Valais, Mauritius, Niger, Mali and Guinea, as its brief
asked; written by an annotator who did not read or run narrate and committed before these rules; first
score 77.2%), and what the round's rules leave alone.

The Rwandan franc's letters, and a German day of the month in brackets after a weekday. Each pair is the
annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://newtimes.co.rw/article/62640/National/kigali-to-construct-70m-sewage-system
        ("cost US$70 million (approx. Rwf42 billion), upon", "en",
         "cost seventy million U S dollars (approximately forty-two billion Rwandan francs), upon"),
        # https://www.wp.de/region/rhein-und-ruhr/unfallflucht-in-bochum-unbekannter-hat-fuenf-autos-demoliert-id229299052.html
        ("zum Freitag (12.) von einem", "de", "zum Freitag (zwölften) von einem"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # a weekday without an article before it: the nominative; no weekday: a table's place
        ("Freitag (12.) ab 10 Uhr", "de", "Freitag (zwölfter) ab zehn Uhr"),
        ("Köln (17.) verliert", "de", "Köln (Siebzehnter) verliert"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
