"""Round 60 of issue 11: readings of real web copy (tests/data/normalize/web54/, development pairs from 59
pages on 59 sites, weighted to tender and funeral notices, speed cameras, council budgets, box scores,
commodity prices, rankings, recipes, strikes, property listings, court reports, weather records and rugby,
as its brief asked; written by an annotator who did not read or run narrate and committed before these
rules; first score 82.9%), and what the round's rules leave alone.

A German recipe's spoons after a number ("2 TL", "6 EL"). Spanish amounts with ",00" say no cents ("231.000,00
euros"), as German and French ones did. Barbados' "BDS$" and Kenya's "Kshs." before an amount. A scale word in
capitals after an amount ("$2.85 MILLION"). Spanish "cms" and "cc" after a number. Each pair is the
annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://www.urania-barnim.de/magazin-wildkraeuterkuchen/
        ("2 TL Backpulver,", "de", "zwei Teelöffel Backpulver,"),
        # https://de.paperblog.com/doughnut-muffins-975074
        ("6 EL geschmolzener Butter", "de", "sechs Esslöffel geschmolzener Butter"),
        # https://lawinsider.com/es/contracts/bzMgjfVK31O
        ("cuantía de 231.000,00 euros, más 48.510,00 euros", "es",
         "cuantía de doscientos treinta y un mil euros, más cuarenta y ocho mil quinientos diez euros"),
        # https://www.globalestateagency.net/buyers-guide/
        ("price range of BDS$200,000 to BDS$1.4 Million and below.", "en",
         "price range of two hundred thousand Barbados dollars to one point four Million Barbados dollars"
         " and below."),
        # https://greyombrehair.com/real-estate/house-hunting-in-barbados-alfresco-living-in-the-eastern-caribbean/8123
        ("of Barbados $2.85 MILLION This six-bedroom", "en",
         "of Barbados two point eight five MILLION DOLLARS This six-bedroom"),
        # https://www.elartedeamasar.com/2020/04/budin-de-limon-y-semilla-de-amapolas/
        ("redonda de 25 cms de diámetro", "es", "redonda de veinticinco centímetros de diámetro"),
        # https://lacocinaneurotica.blogspot.com/2016/05/magdalenas-de-limon.html
        ("60 cc leche", "es", "sesenta centímetros cúbicos leche"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # only after a number
        ("1 EL Öl, die EL-Bahn", "de", "ein Esslöffel Öl, die EL-Bahn"),
        # other cents are still said
        ("0,00 €; 12,95 euros", "es", "cero euros; doce coma noventa y cinco euros"),
        ("security of Kshs. 1,000,000, in form of", "en",
         "security of one million Kenyan shillings, in form of"),
        ("A $2 MILLION GRANT", "en", "A two million dollar GRANT"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
