"""Round 53 of issue 11: readings of real web copy (tests/data/normalize/web47/, development pairs from 51
pages on 51 sites: English local news from Missouri, Tennessee, Georgia, Minnesota, Michigan, Colorado,
Arizona and Washington, Kenyan, Nigerian, Ghanaian, Indian, Pakistani and Jamaican copy, German from
Sachsen-Anhalt, Brandenburg, Mecklenburg, Schleswig-Holstein, Saarland, Vorarlberg and Upper Austria, French
from Burgundy, Champagne, Picardy, Corsica, Madagascar and Benin; written by an annotator who did not read or
run narrate and committed before these rules; first score 84.7%), and what the round's rules leave alone.

"DOB", "kb", Nigerian copy's naira sign ("N37bn"), the shilling's sign in small letters ("sh146m"), French
"M le Préfet", a French month and year ("11/1994"). Each pair is the annotator's, from the page named beside
it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # http://jimyoungreporter.blogspot.com/2017/
        ("Richard Dale Bain (DOB 06/04/1982) and charged", "en",
         "Richard Dale Bain (date of birth June fourth, nineteen eighty-two) and charged"),
        # https://rbi.org.in/scripts/BS_CircularIndexDisplay.aspx?Id=3638
        ("PDF document (392 kb)", "en", "P D F document (three hundred ninety-two kilobytes)"),
        # https://ebizeehrepublick.blogspot.com/2019/12/angry-youths-set-ablaze-akure-church.html
        ("Buhari aware of NASS N37bn renovation project", "en",
         "Buhari aware of NASS thirty-seven billion naira renovation project"),
        # http://drivhot.blogspot.com/2013/03/
        ("earn $55,000 (sh146m) winner’s prize", "en",
         "earn fifty-five thousand dollars (one hundred forty-six million shillings) winner’s prize"),
        # https://laurentsomon.fr/author/matthieu/page/18
        ("en présence de M le Préfet de la Somme,", "fr", "en présence de Monsieur le Préfet de la Somme,"),
        # http://dl-reims.fr/infos/justice-securite/pompiers/vis_cas_marchandeau.htm
        ("Visites 11/1994 - 11/2002 - 12/2011", "fr",
         "Visites novembre mille neuf cent quatre-vingt-quatorze - novembre deux mille deux - décembre deux "
         "mille onze"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # a mask, not an amount; naira before thousands without a scale
        ("an N95 mask", "en", "an N ninety-five mask"),
        ("N2,000 per litre", "en", "two thousand naira per litre"),
        # "M" is "monsieur" only before an office
        ("la lettre M le montre", "fr", "la lettre M le montre"),
        # in Spanish a number and a year with a slash is a law's ("Ley 7/1985"), as the Spanish rules say it
        ("Ley 7/1985", "es", "Ley siete de mil novecientos ochenta y cinco"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
