"""Round 178 and on of issue 11 (pairs cut by helper annotators from real web copy; the comment before each
pair names its set and page; rounds 173 to 177 are in test_normalize_round173.py).

Round 178: a tonne's "t" after a number's scale word is tonnes ("12 bis 14 Mio. t" "Millionen Tonnen";
eSpeak NG said the letter), in German, French and Spanish. Other one-letter symbols after a scale word stay as
they are. Blind +8 -0, development +1 -0. A telephone's extension written out, "extension 2235", is said
digit by digit as "ext. 2235" is (it had been counted: "two thousand two hundred thirty-five"), not a year
after the word. Blind +0 -0, development +1 -0: a mend. So is a German area code in brackets without its
0 after a word that names a telephone number ("Tel. (3641) 350 330"; it had been "dreitausendsechshundert
...").
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


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # web238: http://www.greatlakes-seaway.com/en/recreational/lockage_schedule.html
        (
            "at 450-672-4110 extension 2235.",
            "at four five oh, six seven two, four one one oh extension two two three five.",
        ),
        # development: the extension written short, as before
        (
            "Call (415) 555-2671, ext. 204.",
            "Call four one five, five five five, two six seven one, extension two oh four.",
        ),
    ],
)  # fmt: skip
def test_a_telephone_extension_written_out_is_said_digit_by_digit(text: str, said: str) -> None:
    assert normalize(text, "en") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # web89: http://kinderstudio-jena.de/vorschultanz/index.html
        ("oder Tel. (3641) 350 330", "oder Telefon drei sechs vier eins, drei fünf null drei drei null"),
    ],
)  # fmt: skip
def test_a_german_area_code_in_brackets_without_its_zero(text: str, said: str) -> None:
    assert normalize(text, "de") == said
