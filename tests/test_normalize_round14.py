"""Round 14 of issue 11: readings of real web copy (tests/data/normalize/web8/, development pairs written by
an annotator who did not read or run narrate, committed and scored before these rules: 71.5%).

Roads ("NB I-35W"), mixed numbers ("1 1/3 innings" "one and a third"), ratings ("rated 7/10"), a unit's
period before a small letter, forecast shorthand ("a SE wind", "N 10-15 G25 MPH", "from 1000 AM until 400
PM"), a date whose comma lost its space, lower-case "hz"; German law citations ("§§", "§ 263a", "StGB",
"BauGB", "rd.", "70,- €", "u.", "v." before a date), Spanish "R.D.", French "kms". Each pair is the
annotator's, from the page named beside it, unless marked otherwise.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # https://content.govdelivery.com/accounts/MNDOT/bulletins/2a23992
        (
            "Paving on NB I-35W between Lake Dr. and Sunset Ave. will",
            "Paving on northbound I thirty-five W between Lake Drive and Sunset Avenue will",
        ),
        # https://www.hometownsource.com/sun_thisweek/free/i-35w-northbound-weekend-closure-north-of-burnsville-begins-may-19/article_01221d02-f0ec-11ed-bdad-036b90bfe6a3.html
        # (eSpeak NG alone had it right; narrate said "thirty-five watts")
        (
            "northbound I-35W between I-35E in Burnsville",
            "northbound I thirty-five W between I thirty-five E in Burnsville",
        ),
        # http://conor-soxrox.blogspot.com/2011/09/september-blues-continue-for-weiland.html
        ("A shutout 1 1/3 innings by Felix", "A shutout one and a third innings by Felix"),
        # https://www.eaglerevision.com/2024/04/20/which-macbook-should-you-buy/
        (
            "MacBook Air, rated 7/10 and recommended",
            "MacBook Air, rated seven out of ten and recommended",
        ),
        # http://limelicker.blogspot.com/2009/09/full-honors.html
        ("a 70 lb. radio backpack for", "a seventy pound radio backpack for"),
        # http://www.lampasasradio.com/blog/2018/9/29/the-weather
        (
            "high near 82° and a SE wind at 5-10 mph.",
            "high near eighty-two degrees and a southeast wind at five to ten miles per hour.",
        ),
        # https://www.bigcountryhomepage.com/weather/monday-march-1-2021-cloudy-chilly-and-breezy-today-with-a-slight-chance-for-rain-showers/
        (
            "High Temperature: 45° Winds: N 10-15 G25 MPH",
            "High Temperature: forty-five degrees Winds: north ten to fifteen gusting to twenty-five "
            "miles per hour",
        ),
        # https://wvigthelegend.com/2024/01/12/wind-advisory-cold-weather-for-wabash-valley
        ("in effect from 1000 AM until 400 PM.", "in effect from ten A M until four P M."),
        # http://publicrecords.tigard-or.gov/Public/DocView.aspx?dbid=0&id=492967&repo=CityOfTigard
        ("Date: June 13,2006 Time:", "Date: June thirteenth, two thousand six Time:"),
        # https://booksbyjosh.com/blog/2023/11/4/november-4th-2023-my-take-on-the-new-m3-computers ("4k" left)
        ("support 4k at 240hz or 8k resolution", "support 4k at two hundred forty hertz or 8k resolution"),
    ],
)
def test_english_from_real_copy(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("in 7 1/8 inches", "in seven and an eighth inches"),
        ("2 1/2 cups", "two and a half cups"),
        ("3 3/4 miles", "three and three quarters miles"),
        ("weighs 70 lb. The", "weighs seventy pounds. The"),  # the period ends the sentence: it stays
        ("on WBBM 780 AM radio", "on W B B M seven hundred eighty A M radio"),  # a frequency, not a time
        ("until 1145 PM CDT", "until eleven forty-five P M Central Daylight Time"),
        ("March 13,000 people", "March thirteen thousand people"),
        ("a 35W bulb", "a thirty-five watt bulb"),
    ],
)
def test_what_the_english_rules_leave(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://session.pfinztal.de/bi/to0050.asp?__ktonr=1016328 (eSpeak NG says "§" "Paragraf" itself)
        ("nach § 3 Abs. 2 BauGB für die", "de", "nach Paragraf drei Absatz zwei Baugesetzbuch für die"),
        # https://nrwe.justiz.nrw.de/lgs/hagen/lg_hagen/j2024/41_KLs_10_23_Urteil_20240506.html
        (
            "Angewandte Vorschriften: §§ 133 Abs. 1, Abs. 3,",
            "de",
            "Angewandte Vorschriften: Paragrafen hundertdreiunddreißig Absatz eins, Absatz drei,",
        ),
        # https://www.strafrechtsblogger.de/category/rechtsgebiete-strafrecht/strafrecht-bt/betrug-263-stgb/computerbetrg/
        (
            "ist in § 263a Abs. 1 StGB geregelt",
            "de",
            "ist in Paragraf zweihundertdreiundsechzig a Absatz eins Strafgesetzbuch geregelt",
        ),
        # https://www.justiz.sachsen.de/lggr/content/2650.htm
        (
            "Cristal in 109 Fällen rd. 79.000,- € erlöst",
            "de",
            "Cristal in hundertneun Fällen rund neunundsiebzigtausend Euro erlöst",
        ),
        # https://www.gesetze-bayern.de/Content/Document/Y-300-Z-BECKRS-B-2025-N-26578?hl=true
        ("Raten von 70,- €, jeweils", "de", "Raten von siebzig Euro, jeweils"),
        (
            "LG Nürnberg-Fürth, Urteil v. 25.03.2025",
            "de",
            "LG Nürnberg-Fürth, Urteil vom fünfundzwanzigsten März zweitausendfünfundzwanzig",
        ),
        # https://buergerverein-burgkunstadt.de/index.php?direction=next&oldid=17470&title=Stadtratssitzung-2015-05-12
        ("Mainroth (Schlehenhang 2 u. 4)", "de", "Mainroth (Schlehenhang zwei und vier)"),
        # http://runisp.es/ayuntamiento/plenos/2006/25abr2006.htm (its "barra" is another reading of "/")
        (
            "Locales (R.D. 2568/1986, de 28 de noviembre),",
            "es",
            "Locales (Real Decreto dos mil quinientos sesenta y ocho de mil novecientos ochenta y seis, de "
            "veintiocho de noviembre),",
        ),
        # https://france3-regions.francetvinfo.fr/auvergne-rhone-alpes/drome/departs-vacances-ca-coince-a7-entre-rhone-drome-1233883.html
        ("ont ainsi engendré 5 kms de bouchon,", "fr", "ont ainsi engendré cinq kilomètres de bouchon,"),
        # not from the pairs: what the German rules leave
        ("laut Paragraph 34 der StVO", "de", "laut Paragraph vierunddreißig der StVO"),
        ("z. B. der", "de", "zum Beispiel der"),
    ],
)
def test_other_languages(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken
