"""Round 56 of issue 11: readings of real web copy from the development sets, and what the round's rules
leave alone.

Per cent written "pc" after a number ("1.5pc", as British, Irish and Fijian papers write it). A Spanish law's
number with its year in two digits ("Decreto 196/92"), read with "barra" as the annotators of web9 and web23
read it (four pairs of four; with the year in four digits they say "de"). Each pair is the annotator's, from
the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://cdn.juntadeandalucia.es/boja/1994/144/52
        ("del Decreto 196/92 de 24 de noviembre,", "es",
         "del Decreto ciento noventa y seis barra noventa y dos de veinticuatro de noviembre,"),
        ("Ley 30/84, de 2 de agosto, Real Decreto 896/91", "es",
         "Ley treinta barra ochenta y cuatro, de dos de agosto, Real Decreto ochocientos noventa y seis barra"
         " noventa y uno"),
        # https://sede.asturias.es/bopa-disposiciones (disposition 2021-05262)
        ("concordantes del R. D. 2568/86 por el que", "es",
         "concordantes del Real Decreto dos mil quinientos sesenta y ocho barra ochenta y seis por el que"),
        # http://www.fijitimes.com/story.aspx?id=398691
        ("1.5pc interest on education loan", "en", "one point five percent interest on education loan"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the year in four digits: "de"; a fraction or a score after another word: not a law's number
        ("la Ley 7/2022 de residuos", "es", "la Ley siete de dos mil veintidós de residuos"),
        ("El 5/7 en triples", "es", "El 5/7 en triples"),
        # "pc" glued to a number is per cent; "pcs" (pieces) and a separate "PC" are not
        ("a 3pc rise, 5pcs, a 5 PC lab", "en", "a three percent rise, 5pcs, a five P C lab"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
