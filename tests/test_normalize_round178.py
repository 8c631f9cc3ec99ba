"""Round 178 and on of issue 11 (pairs cut by helper annotators from real web copy; the comment before each
pair names its set and page; rounds 173 to 177 are in test_normalize_round173.py).

Round 178: a tonne's "t" after a number's scale word is tonnes ("12 bis 14 Mio. t" "Millionen Tonnen";
eSpeak NG said the letter), in German, French and Spanish. Other one-letter symbols after a scale word stay as
they are. Blind +8 -0, development +1 -0.
"""

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "said", "language"),
    [
        # web238: https://soderstorf-online.de/schiffshebewerk-scharnebeck/
        ("Betrieb: | 12 bis 14 Mio. t |", "Betrieb: | zwölf bis vierzehn Millionen Tonnen |", "de"),
    ],
)  # fmt: skip
def test_a_tonnes_t_after_a_scale_word(text: str, said: str, language: str) -> None:
    assert normalize(text, language) == said
