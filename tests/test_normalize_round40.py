"""Round 40 of issue 11: readings of real web copy (tests/data/normalize/web34/, development pairs from 44
pages on 44 sites, weighted to English abbreviations, serials, telephone numbers, web addresses and symbols,
and French and Spanish; written by an annotator who did not read or run narrate and committed before these
rules; first score 69.6%), and what the round's rules leave alone.

Two readings that had been wrong: "the U.S. District Court" ("U.South": the S of "U.S." read as a street's
direction) and "a great 4th of July weekend" ("a great the fourth": "the" put before a date that has its
determiner). And: a state's abbreviation in a dateline set in capitals ("SACRAMENTO, CALIF."); the New
Taiwan dollar ("NT$", "TWD"); "cf."; an at sign standing alone ("NB @ 420"); a house number before a numbered
road, and a farm-to-market road's number, in pairs ("3710 Route 9", "FM 2626"); Spanish "El 112" with a
capital; a case report's citation ("570 So.2d 675"); French plural ordinals ("17es") and a match's minute at
the head of a live report's line ("90' —").
Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://naag.org/case-issue/attorney-general-control-of-litigation
        ("according to the U.S. District Court for", "en", "according to the U S District Court for"),
        ("Ex parte Weaver, 570 So.2d 675 (Ala. 1990)", "en",
         "Ex parte Weaver, five seventy Southern Second six seventy-five (Alabama nineteen ninety)"),
        # https://www.orangeleader.com/2020/07/06/newton-county-sheriffs-report-7-6-2020/
        ("a great 4th of July weekend.", "en", "a great Fourth of July weekend."),
        ("stolen from off of FM 2626. Both were", "en",
         "stolen from off of F M twenty-six twenty-six. Both were"),
        # https://sfcityattorney.org/category/news/page/36/
        ("SACRAMENTO, CALIF. (March 18, 2010) — A", "en",
         "SACRAMENTO, CALIFORNIA (March eighteenth, twenty ten) — A"),
        # https://smm-everett.squarespace.com/christian-burial
        ("cf. Roman Missal, Preface", "en", "compare Roman Missal, Preface"),
        # https://archive.centraljersey.com/?p=21879
        ("located at 3710 Route 9 south in Freehold,", "en",
         "located at thirty-seven ten Route nine south in Freehold,"),
        # http://www.pisuerganoticias.net/texto-diario/mostrar/1600444/herido-conductor-camion-volcar-autovia-62
        ("El 112 da aviso de este", "es", "El uno uno dos da aviso de este"),
        # https://www.planetenimesolympique.fr/saison-2022-2023/matches-aller/nîmes-vs-guingamp/
        ("se retrouvent 17es et premiers relégables", "fr",
         "se retrouvent dix-septièmes et premiers relégables"),
        # https://www.coupdeprojo.fr/match/bourg-blanc-gas-2-vs-landerneau-fc-3-4505
        ("90' — Coup de sifflet final", "fr", "quatre-vingt-dixième minute — Coup de sifflet final"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("at 100 S. Main Street", "en", "at one hundred South Main Street"),  # a direction, as before
        ("on the 4th of July", "en", "on the fourth of July"),
        ("about this between 3 November", "en", "about this between the third of November"),
        ("Happy 4th of July", "en", "Happy fourth of July"),
        ("to NT$597.1 million", "en", "to five hundred ninety-seven point one million New Taiwan dollars"),
        ("the 2024 Route 66 festival", "en", "the twenty twenty-four Route sixty-six festival"),
        ("Route 9 at 5 p.m.", "en", "Route nine at five p m."),
        ("Lions @ Bears", "en", "Lions at Bears"),
        ("384 F. Supp. 2d 1261", "en", "three eighty-four Federal Supplement Second twelve sixty-one"),
        ("Roe v. Wade, 410 U.S. 113", "en", "Roe versus Wade, four ten U S one thirteen"),
        ("Gates 12 P. 34", "en", "Gates twelve P. thirty-four"),  # a one-letter report needs its series
        ("email @handle", "en", "email at handle"),  # a handle, as before
        ("les 2es", "fr", "les deuxièmes"),
        ("il mesure 6' de haut", "fr", "il mesure six' de haut"),  # not at a line's head: no minute
        ("but de Mbappé (74')", "fr", "but de Mbappé (soixante-quatorzième minute)"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
