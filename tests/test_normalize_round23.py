"""Round 23 of issue 11: readings of real web copy (tests/data/normalize/web17/, development pairs of codes,
measures and abbreviations in English and of Spanish copy, written by an annotator who did not read or run
narrate, committed and scored before these rules: 64.1%).

A state's postal code after a county or in a federal district's name ("Adams County, MS", "District of SC");
a dateline's "ST. PAUL"; "Atty" before a name; "l/s"; feet and inches with both marks ("11' 8\""); one inch
("1\""); a fraction of an inch ("3/16\""); "US$ 12,000"; "Max" inside a model's name ("Boeing 737 Max 8");
a number to call after "calling"; in Spanish, a day's leading zero before a capitalised month, a season
("temporada 1983-84", said as eSpeak NG alone said it), Mexican thousands ("2 mil 004"), "Km. 77". Each pair
is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://www.counton2.com/news/local-news/charleston-county-news/u-s-attorney-peter-mccoy-jr-to-host-press-conference-in-mount-pleasant/
        ("District of SC, Peter McCoy Jr., announced", "en",
         "District of South Carolina, Peter McCoy Junior, announced"),
        # https://kttc.com/2020/06/02/watch-live-walz-announces-next-steps-in-states-response-to-george-floyd-death-2-p-m/
        ("ST. PAUL, Minn. (KTTC) -- On Tuesday", "en", "Saint Paul, Minnesota (K T T C) -- On Tuesday"),
        # https://grandtournation.com/cars/horrible-truck-week-continues-another-truck-bridge-mishap/
        ("for Adams County, MS says he", "en", "for Adams County, Mississippi says he"),
        # http://portal.selwyn.govt.nz/wss/westmelton.php
        ("Green (0-40 l/s) - The system", "en", "Green (zero to forty litres per second) - The system"),
        # http://expeditersonline.com/forums/threads/they-seem-to-be-giving-out-cdls-to-anybody.67465
        ("at an 11' 8\" clearance bridge in", "en", "at an eleven foot eight clearance bridge in"),
        # https://600wmtradio.iheart.com/content/2018-05-03-weather-alert-severe-storms-this-afternoon/
        ('probably exceed 1" in many spots,', "en", "probably exceed one inch in many spots,"),
        # https://bessfm.com/man-arrested-cocaine-seized-during-operation-in-constant-spring/
        ("street value of US$ 12,000, the CCU", "en",
         "street value of twelve thousand U S dollars, the C C U"),
        # https://cirkorx.fastseoul.com/news/40e80999150.html
        ("BOISE, Idaho. (AP) — An Air Canada Boeing 737 Max 8", "en",
         "Boise, Idaho. (A P) — An Air Canada Boeing seven thirty-seven Max eight"),
        # https://www.newham.gov.uk/parking-permits/disputing-pcn-cloned-stolen-vehicle
        ("police by calling 101 to request a", "en", "police by calling one oh one to request a"),
        # https://eltelegrafo.com.ec/noticias/futbol-internacional/1/las-palmas-bajo-del-liderato-de-la-liga-al-real-madrid
        ("Ecuador, 03 de Octubre de 2024 Ecuador Continental: 12:34", "es",
         "Ecuador, tres de Octubre de dos mil veinticuatro Ecuador Continental: doce treinta y cuatro"),
        # http://theflagrants.com/blog/?p=43583
        ("LIGA ACB 2018-19: Jornada 21. La", "es",
         "Liga A C B dos mil dieciocho-diecinueve: Jornada veintiuno. La"),
        # https://www.nmas.com.mx/ciudad-de-mexico/policia-cdmx-detiene-a-38-durante-operativos-especiales-en-diciembre-2025/
        ("Se hicieron 2 mil 004 revisiones a motocicletas", "es",
         "Se hicieron dos mil cuatro revisiones a motocicletas"),
        # https://planetacb.com/la-serie-final-mas-repetida-real-madrid-barcelona-1-de-3/
        ("por la temporada 1983-84, con la", "es",
         "por la temporada mil novecientos ochenta y tres-ochenta y cuatro, con la"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the annotators' pairs also hold readings these rules leave ("Deft", "four point five zero
        # millimetres", "6 kms/3,5%"); the part these rules read:
        # http://subscribersupport.judici.com/5000/history
        ("present with Atty Darrow", "en", "present with Attorney Darrow"),
        # http://www.kingsville.ca/municipal/plumbing-leaks-waste-water-and-your-money!
        ('3/16" or', "en", "three sixteenths of an inch or"),
        # http://segocycling.blogspot.com/2012/08/vuelta-2012-las-21-etapas-al-detalle.html
        ("Km. 77 Alto de la Chapela", "es", "Kilómetro setenta y siete Alto de la Chapela"),
    ],
)  # fmt: skip
def test_the_part_these_rules_read(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("at 12 MAIN ST. NORTH", "en", "at twelve MAIN ST. NORTH"),  # a street, after a name
        ("Max 5 people per table.", "en", "Maximum five people per table."),  # heading a sentence
        ("calling 100 people", "en", "calling one hundred people"),  # a count, not a number to call
        ('a 3/16" bolt', "en", "a three sixteenths inch bolt"),  # an adjective
        ('12" of snow', "en", "twelve inches of snow"),
        ("el periodo 2015-17", "es", "el periodo dos mil quince a diecisiete"),  # not consecutive years
        ("entre 2018-2020", "es", "entre dos mil dieciocho y dos mil veinte"),  # "y" after "entre"
        ("zwischen 2018–2020", "de", "zwischen zweitausendachtzehn und zweitausendzwanzig"),
        ("el código 004", "es", "el código cero cero cuatro"),  # leading zeros said, but after "mil"
    ],
)
def test_what_the_rules_leave(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
