"""Round 21 of issue 11: readings of real web copy (tests/data/normalize/web15/, development pairs of ordinary
and local news in English, French and Spanish, written by an annotator who did not read or run narrate,
committed and scored before these rules: 75.4%).

A weekday and a day of the month ("Sunday 3rd" "Sunday the third"), "RT 111" a route, a goal's minute in a
Spanish match report ("(20')"), a plus sign parted from its number in French, German and Spanish, and Spanish
"un" before "mil" and "millones" (num2words wrote "treinta y uno millones"). Each pair is the annotator's,
from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://cannockchaseweather.co.uk/weather-forecast-for-saturday-2nd-cloud-will-fragment-to-allow-a-few-bright-spells-during-the-morning-cloud-will-build-bringing-a-risk-of-a-shower-late-afternoon-becoming-breezy-12-c/
        ("forecast for Saturday 2nd March and the outlook for Sunday 3rd.", "en",
         "forecast for Saturday the second of March and the outlook for Sunday the third."),
        # https://www.monroecourier.com/52855/three-roads-closed-in-town/
        ("closed — northbound RT 111 at St Jude;", "en",
         "closed — northbound Route one eleven at Saint Jude;"),
        # https://ascensobolivia.blogspot.com/2016/05/nadie-puede-parar-real-america-en-la-a.html?m=1
        ("Eduard Vaca (20') y, Jefferson Virreira (78'), anotaron", "es",
         "Eduard Vaca (minuto veinte) y, Jefferson Virreira (minuto setenta y ocho), anotaron"),
        # https://saint-michel-de-lanes.fr/info-taxe-fonciere
        ("pas évolué (58.77%). L’augmentation (+ 7% en moyenne)", "fr",
         "pas évolué (cinquante-huit virgule soixante-dix-sept pour cent). L’augmentation (+ sept pour "
         "cent en moyenne)"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


def test_spanish_un_before_thousands_and_millions() -> None:
    # https://labrujulacalahorra.com/el-pleno-aprueba-el-presupuesto-municipal-2024-sin-novedades-sobre-el-borrador-del-pp/
    # (the annotator's pair also says "con ochenta y siete céntimos", a reading the rules leave to "coma")
    said = normalize("Son por tanto 31.686.694,87 euros los comprometidos", "es")
    assert said.startswith("Son por tanto treinta y un millones seiscientos ochenta y seis mil"), said
    assert normalize("unos 21.000 euros", "es") == "unos veintiún mil euros"


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        ("Saturday 2nd March", "en", "Saturday the second of March"),  # the date rule's, unchanged
        ("1 + 1 = 2", "fr", "un + un égale deux"),
    ],
)
def test_what_the_rules_leave(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken
