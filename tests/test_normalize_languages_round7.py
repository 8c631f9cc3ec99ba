"""Round 7: German, French and Spanish rules from the unseen4 pairs (real copy), each from its copy."""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a clock time without "Uhr": eSpeak NG says its minutes digit by digit ("sechs Uhr null null")
        ("Stand: 06:00", "Stand: sechs Uhr"),
        ("um 6:05 und um 1:30", "um sechs Uhr fünf und um ein Uhr dreißig"),
        # Swiss thousands, grouped with an apostrophe (and a decimal point)
        ("wird auf rund 50'000 Euro geschätzt.", "wird auf rund fünfzigtausend Euro geschätzt."),
        ("1'234.50 Franken", "tausendzweihundertvierunddreißig Komma fünfzig Franken"),
        # "s. u.", "s. o."
        (
            "wichtigsten Fakten (s.u.) des umfassenden Zahlenwerkes.",
            "wichtigsten Fakten (siehe unten) des umfassenden Zahlenwerkes.",
        ),
        # "qm" is "m²", after a number or in a unit's "per"
        (
            "Platzregen, der 28 l/qm in einer Stunde",
            "Platzregen, der achtundzwanzig Liter pro Quadratmeter in einer Stunde",
        ),
        ("80 qm Wohnfläche", "achtzig Quadratmeter Wohnfläche"),
    ],
)
def test_german(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    "text",
    [
        "2:03:17 Stunden",  # a race time, not a clock
        "seit dem 0:2",  # a score
        "die qm Preise",  # "qm" not after a number
    ],
)
def test_german_left_to_other_rules(text: str) -> None:
    said = normalize(text, "de")
    assert "Uhr" not in said and "Quadratmeter" not in said
