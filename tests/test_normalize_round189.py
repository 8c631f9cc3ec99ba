"""Round 189 and on of issue 11 (pairs cut by helper annotators from real web copy; the comment before each
pair names its set and page; rounds 183 to 188 are in test_normalize_round183.py).

Round 189: German "ca." and "circa" are said "zirka", Duden's other spelling of the same word. eSpeak NG's
German voice reads "circa" /kɪɾka/, as Latin; German says /tsɪrka/, and eSpeak reads "zirka" so. The pairs'
spoken sides had spelled it "circa", so the measure heard both sides alike and hid the misreading: 522 German
spoken sides now spell "zirka" (a measure mend; on the old code blind -293, development -152). With the
rule: blind +299 -0, development +157 -0 against that; +6 -0 and +5 -0 against the old measure (written
"circa" now said right where a pair had spelled "zirka").
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from narrate.script.phonemes import phonemes
from tests.spoken import heard_as


def test_espeak_reads_circa_as_latin_and_zirka_as_german() -> None:
    assert phonemes("circa", "de").startswith("k")
    assert phonemes("zirka", "de").startswith("ts")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # web120: https://magazin.adeba.de/kindergeld-ab-1-juli-2019-erhoeht/
        ("circa 3,3 Milliarden Euro kosten wird.", "zirka drei Komma drei Milliarden Euro kosten wird."),
        # web235: http://blog.arthistoricum.net/beitrag/2013/09/24/muenchner-auktionen-herbst-2013-teil-2/
        (
            "große, circa 200 Lots umfassende Altmeister-Auktion",
            "große, zirka zweihundert Lots umfassende Altmeister-Auktion",
        ),
    ],
)
def test_german_circa_is_said_zirka(text: str, said: str) -> None:
    assert heard_as(text, said, "de")
    assert "irca" not in normalize(text, "de")
