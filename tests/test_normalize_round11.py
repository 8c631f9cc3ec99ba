"""Issue 11, round 11: readings of real web copy (development pairs of tests/data/normalize/web*/, scored
before these rules). Each written side is that set's copy (a short window of a public web page); the spoken
side is the annotator's reading, compared as the normalisation pairs are (eSpeak NG's phonemes, stress, word
breaks and "and" aside)."""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.test_normalize import same


def said_as(written: str, spoken: str) -> bool:
    return same(normalize(written), spoken)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a number straight after a capitalised word within a sentence names a thing: said in pairs
        ("chipset like the Snapdragon 778G or", "chipset like the Snapdragon seven seventy-eight G or"),
        (
            "new Snapdragon 845 on certain country SKUs;",
            "new Snapdragon eight forty-five on certain country S K U's;",
        ),
        # ... but a count in a table's row (another number follows) stays a count (eSpeak NG alone was right)
        (
            "Nancy Navarro 3557 44.53%",
            "Nancy Navarro three thousand five hundred fifty-seven forty-four point five three percent",
        ),
    ],
)
def test_round11_readings(written: str, spoken: str) -> None:
    assert said_as(written, spoken), normalize(written)
