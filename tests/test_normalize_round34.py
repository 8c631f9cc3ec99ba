"""Round 34 of issue 11: readings of real web copy (tests/data/normalize/web28/, development pairs from 64
pages on 64 sites, weighted to obituaries, schools, health notices, consumer tech, travel, real estate,
listings, science, fuel prices and legal notices, written by an annotator who did not read or run narrate and
committed before these rules; first score 75.3%), and what the round's rules leave alone.

"WW II" and "WW2"; a point of the compass naming part of a place ("the SE corner"); how often ("2x weekly"
"twice weekly"); an amount of money before "monthly" and the like and its noun ("a $4.08 monthly increase");
"Trail", "Pike" and other street suffixes; a model's plural ("A320s"); the tax code's "501(c)(3)"; a digraph
not spelled at a web label's end ("hackmatack"); in German a match minute without brackets ("89' Tor"), "min"
after a number, a time with a point after a date, and round hundreds from 1,100 to 1,900 written with a
thousands point said in thousands ("1.500 Euro" "tausendfünfhundert", as the writer grouped them; "1200" is
still "zwölfhundert"). Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says
it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://simpleflying.com/notable-airline-routes-54/
        ("from Charleston (2x weekly), Hartford (2x weekly),", "en",
         "from Charleston (twice weekly), Hartford (twice weekly),"),
        ("from Hartford (1x daily, A320s), it's", "en", "from Hartford (once daily, A three twenties), it's"),
        # https://atheisthomesteader.wordpress.com/2011/07/26/420/
        ("area in the SE corner of the", "en", "area in the southeast corner of the"),
        # https://www.touristnewsonline.com/amusements/
        ("the Past, 114 Sokokis Trail (Rte. 5), East", "en",
         "the Past, one fourteen Sokokis Trail (Route five), East"),
        # https://outmavarin.blogspot.com/2015/08/
        ("dad was a WW II navigator,", "en", "dad was a World War Two navigator,"),
        # https://www.gtlakes.com/2018/05/17/rate-increase-takes-effect-in-june/
        ("equates to a $4.08 monthly increase for", "en",
         "equates to a four dollar and eight cent monthly increase for"),
        # https://news.de/amp/panorama/855793936/unwetter-warnung-vor-starkregen-gewitter-tornado-in-deutschland-unwetterwarnstufen-vom-dwd-im-ueberblick-mit-hinweis-zu-den-farben/1
        ("Anika Bube 21.11.2024 10.28 - Deutscher Wetterdienst", "de",
         "Anika Bube einundzwanzigster November zweitausendvierundzwanzig zehn Uhr achtundzwanzig - "
         "Deutscher Wetterdienst"),
        # https://zsz.ch/wird-dortmund-tatsaechlich-meister-und-wer-steigt-ab-263182817167/2
        ("89' Tor Bayern Die Bayern", "de", "neunundachtzigste Minute Tor Bayern Die Bayern"),
        # https://www.sueddeutsche.de/sport/bundesliga-fc-bayern-dreht-verruecktes-spitzenspiel-1.3504218
        ("Lesezeit: 3 min Sieg in", "de", "Lesezeit: drei Minuten Sieg in"),
        # https://die-nachrichten.at/deutschland/thueringen/wartburgkreis/unfallflucht-in-wuenschensuhl-zeugen-dringend-gesucht
        ("Sachschaden von etwa 1.500 Euro führte.", "de",
         "Sachschaden von etwa tausendfünfhundert Euro führte."),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # https://www.themainemag.com/all-events/page/2/?daydate=2018_03_08 (its pair also has "(MYRO)")
        ("is a 501(c)(3) organization that", "en", "is a five oh one (c)(three) organization that"),
        ("after WW2.", "en", "after World War Two."),
        ("two F-35s", "en", "two F thirty-fives"),
        ("an A320 and", "en", "an A three twenty and"),
        ("take 3x a day", "en", "take three times a day"),
        ("a 2x zoom", "en", "a 2x zoom"),  # no "how often" after it: left
        ("paid a $5 monthly.", "en", "paid a five dollars monthly."),  # no noun after "monthly"
        ("the SE conference", "en", "the S E conference"),  # no part of a place
        ("email boxoffice@hackmatack.org.", "en", "email boxoffice at hackmatack dot org."),
        ("nbcnews.com", "en", "nbc news dot com"),
        ("rund 1200 Israeli", "de", "rund tausendzweihundert Israeli"),  # a count, as a thousand (round 46)
        ("nach 1 min.", "de", "nach einer Minute."),
        ("tras 5 min de juego", "es", "tras cinco minutos de juego"),
        ("Köln (17.)", "de", "Köln (Siebzehnter)"),  # a place in a table, as before
        ("am 21.11.2024 15.00 begann", "de",
         "am einundzwanzigsten November zweitausendvierundzwanzig fünfzehn Uhr begann"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
