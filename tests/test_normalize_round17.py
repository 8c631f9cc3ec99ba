"""Round 17 of issue 11: readings of real web copy (tests/data/normalize/web11/, development pairs, French and
English local news, written by an annotator who did not read or run narrate, committed and scored before
these rules: 88.5%).

"3.0 per cent" (a rate's zero is "zero"), "1.6C" (a decimal is a temperature even with one digit before its
point), "Hwy. 401" (a highway's number as a code), French "-1 °C" (the minus before "un degré"), "1,2 M€",
and French telephone numbers in pairs. Each pair is the annotator's, from the page named beside it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://www.saultstar.com/news/prince-blesses-municipal-budget (eSpeak NG alone had it right)
        (
            "by providing 3.0 per cent wage increase.",
            "en",
            "by providing three point zero per cent wage increase.",
        ),
        # https://www.windrushweather.co.uk/station/two-cold-fronts-bring-much-needed-rain/
        (
            "a maximum of 22.3C, still 1.6C above average.",
            "en",
            "a maximum of twenty-two point three degrees Celsius, still one point six degrees Celsius above "
            "average.",
        ),
        # https://ottawa.ctvnews.ca/hwy-401-eastbound-reopens-in-maitland-ont-after-collision-1.6735578
        (
            "Hwy. 401 eastbound reopens in Maitland,",
            "en",
            "Highway four oh one eastbound reopens in Maitland,",
        ),
        # https://vnexplorer.net/harry-und-meghan-so-wenig-arbeiten-die-ex-royals-pro-woche-s1179213.html
        (
            "températures iront de -1 °C à Metz à 11 °C à Ajaccio,",
            "fr",
            "températures iront de moins un degré à Metz à onze degrés à Ajaccio,",
        ),
        # https://yvelines-infos.fr/longtemps-en-peril-leglise-de-longnes-a-ete-restauree-avec-laide-du-departement
        ("à plus de 1,2 M€ », a expliqué", "fr", "à plus de un virgule deux million d'euros », a expliqué"),
        # https://comitedequartier-nimes-ouest.blog4ever.com/articles
        (
            "Tel : 07/82/27/81/05 - Email",
            "fr",
            "Tel: zéro sept quatre-vingt-deux vingt-sept quatre-vingt-un zéro cinq - Email",
        ),
        # https://manualzilla.com/doc/6512632/gazette-n%C2%B060---foyers-ruraux-du-centre
        (
            "Tel : 02.48.70.93.31 / Fax",
            "fr",
            "Tel: zéro deux quarante-huit soixante-dix quatre-vingt-treize trente et un / Fax",
        ),
    ],
)
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        ("growth of 13.0% for", "en", "growth of thirteen point zero percent for"),
        ("Web 2.0 sites", "en", "Web two point oh sites"),  # a version keeps its "oh"
        ("the iPhone 5C", "en", "the iPhone five C"),  # one digit, no decimals: a model
        ("de 2 M€", "fr", "de deux millions d'euros"),
        ("le 12.05.2017 à", "fr", "le douze mai deux mille dix-sept à"),  # a date, not a telephone number
        ("von -1 Grad", "de", "von minus ein Grad"),
        ("a -1 °C", "es", "a menos un grado"),  # "grados": round 25, most annotators
    ],
)
def test_what_the_rules_leave(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken
