"""Round 47 of issue 11: readings of real web copy (tests/data/normalize/web41/, development pairs from 56
pages on 56 sites: English schools, business, farm, arts and obituaries, Spanish and German regional news;
written by an annotator who did not read or run narrate and committed before these rules; first score
83.2%), and what the round's rules leave alone.

A second span or day of a month after "&" ("May 3-5 & 10-13"); a German goal's minute after a score already
said; two German written ordinals joined before a noun ("des 1. bis 4. Schuljahrganges"); a Spanish season
with a hyphen between whole years ("el curso 2018-2019"). Each pair is the annotator's, from the page named
beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # http://www.texrep.org/current-season/
        ("May 3-5 & 10-13", "en", "May third to fifth and tenth to thirteenth"),
        # https://www.mainpost.de/sport/lokalsport/art2466,688809
        ("zum umjubelten 1:1 (45.).", "de", "zum umjubelten eins zu eins (fünfundvierzigste)."),
        # https://www.sg-hankensbuettel.de/buergerservice/dienstleistungen/grundschule-900000068-0.html?myMedium=1&auswahl=0
        ("Schüler des 1. bis 4. Schuljahrganges unterrichtet.", "de",
         "Schüler des ersten bis vierten Schuljahrganges unterrichtet."),
        # https://surdecordoba.com/node/30167
        ("desde el curso 2018-2019. No obstante,", "es",
         "desde el curso dos mil dieciocho-dos mil diecinueve. No obstante,"),
        # http://corazontxuriurdin.blogspot.com/2016/11/
        ("la temporada 2013-2014? Primera prueba", "es",
         "la temporada dos mil trece-dos mil catorce? Primera prueba"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # a second day before "@" (a listing's time); a second span that does not follow the first is left
        ("MARCH 13 & 14 @ 7PM", "en", "March thirteenth and fourteenth at seven p m"),
        ("May 3-5 & 1-2 people", "en", "May third to fifth and one to two people"),
        # a place in a table stays a place where no score was said
        ("Köln (17.) spielt", "de", "Köln (Siebzehnter) spielt"),
        # a results list's line: the place, with the noun's ending (round 112)
        ("2. Florian Schieder", "de", "Zweiter Florian Schieder"),
        # years that do not follow each other are a span
        ("entre 2015-2020 hubo", "es", "entre dos mil quince y dos mil veinte hubo"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
