"""Round 18 of issue 11: readings of real web copy (tests/data/normalize/web12/, development pairs weighted to
the classes the blind sets read worst, and to Spanish; written by an annotator who did not read or run
narrate, committed and scored before these rules: 62.6%).

Telephone numbers ending in a word ("1-800-222-TIPS (8477)"), with a trunk zero and one long group
("08744 244888"), in space-parted groups after "at" or "call" ("131 444"), toll-free "0800" and "1800", and
long runs of digits; heights ("6'5\"" "six foot five"), a straight inch mark after a number, "a 1/4 cup",
the unit's plural after "three and three quarters", a year after a name's "of"; Spanish pesos written the
Latin American way ("$1.842,79", "$ 22,33", "U$S 1,20"), recipe fractions ("1/4 cucharadita", "1 ½ taza"),
"1" agreeing with its noun, "EEUU". Each pair is the annotator's, from the page named beside it, compared as
eSpeak NG says it (the test of tests/test_normalize.py: stress, word breaks and punctuation aside).
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://midlandcountymi.gov/sheriff-crimestoppers
        ("Crime Stoppers Hotline (1-800-422-JAIL) does not record", "en",
         "Crime Stoppers Hotline (one eight hundred four two two JAIL) does not record"),
        # https://www.wsfa.com/2019/11/06/crimestoppers-dallas-county-form-new-partnership/
        ("by calling 215-STOP.", "en", "by calling two one five STOP."),
        # http://www.peicrimestoppers.pe.ca/howitworks.html
        ("• Call 1-800-222-TIPS (8477) with your tip.", "en",
         "Call one eight hundred two two two TIPS (eight four seven seven) with your tip."),
        # https://www.srcity.org/907/Drug-Hotline
        ("The 707-543-DRUG (3784) Hotline was established", "en",
         "The seven oh seven five four three DRUG (three seven eight four) Hotline was established"),
        # http://wenvoe.org.uk/?m=202410&paged=3
        ("free telephone call (0800 555 111) or by", "en",
         "free telephone call (oh eight hundred five five five one one one) or by"),
        # https://aussiex.au/why-posting-on-your-community-social-media-page-isnt-effective-in-tackling-crime
        ("to Policelink at 131 444. Anyone", "en", "to Policelink at one three one four four four. Anyone"),
        # https://deejcallahans.jimsmaps.net/articles/random-hints-and-tips-for-cooking-novices
        ("To measure a 1/4 cup of butter,", "en", "To measure a quarter cup of butter,"),
        ("3 3/4 tsp baking powder 1 1/4 tsp salt", "en",
         "three and three quarters teaspoons baking powder one and a quarter teaspoons salt"),
        # http://rushthecourt.net/2012/10/17/whos-got-next-kentucky-adds-two-more-studs-selden-decides-for-kansas/amp
        ("Young is a 6’6″ shooting guard out", "en", "Young is a six foot six shooting guard out"),
        # https://publish-bleacher-report-gsp-cms.int.nonprod.wmsports.io/taxonomy/term/31193?page=3
        ("At 6'5\", Rice is a", "en", "At six foot five, Rice is a"),
        # https://phenomhoopreport.com/deajai-s-championship-sunday-standouts/
        ("6'7 2021 Carl Thorpe Jr (Team Swish)", "en",
         "six foot seven twenty twenty-one Carl Thorpe Junior (Team Swish)"),
        # http://cherthollowfarm.com/2010/06/serious-rain-2/
        ("So we received .44″ of rain through", "en",
         "So we received point four four inches of rain through"),
        # http://forums.sohc4.net/index.php/topic,24800.0.html
        ('side, dropped 5" of rain in 90 minutes', "en",
         "side, dropped five inches of rain in ninety minutes"),
        # https://www.indianola.k12.ia.us/departments/student-services/title-ix/title-ix-coordinator/
        ("Title IX of the Education Amendments of 1972 prohibits", "en",
         "Title nine of the Education Amendments of nineteen seventy-two prohibits"),
        # https://diariohoy.net/politica/la-nafta-en-diciembre-subio-casi-el-triple-que-la-inflacion-279530
        ("el litro promedió $1.668 en localidades del", "es",
         "el litro promedió mil seiscientos sesenta y ocho pesos en localidades del"),
        ("quedó fijado en $1.842,79, el bioetanol", "es",
         "quedó fijado en mil ochocientos cuarenta y dos pesos con setenta y nueve centavos, el bioetanol"),
        # https://www.lavozdelaprovincia.com.ar/luz-verde-aumento-naftas-partir-enero/
        ("quedaría cerca de U$S 1,20, dependiendo de", "es",
         "quedaría cerca de un dólar con veinte centavos, dependiendo de"),
        # https://lallimona.es/cuantos-gramos-hay-en-una-cucharada-de-azucar
        ("- 1/4 cucharadita de sal", "es", "- un cuarto de cucharadita de sal"),
        ("- 1/2 taza de mantequilla (aproximadamente 113 gramos)", "es",
         "- media taza de mantequilla (aproximadamente ciento trece gramos)"),
        # https://loredulce.blogspot.com/2012/03
        ("1 ½ taza de harina.", "es", "una y media taza de harina."),  # the list's bullets left out
        ("¾ taza de azúcar", "es", "tres cuartos de taza de azúcar"),
        # https://elsiglodetorreon.com.mx/noticia/2022/pesa-tus-alimentos-sin-ayuda-de-una-bascula.html
        ("diferente: 1/8 taza son 10 gramos, mientras que 7/8 de taza", "es",
         "diferente: un octavo de taza son diez gramos, mientras que siete octavos de taza"),
        # https://knowunity.co/knows/matemticas-sistema-casero-de-medida-f86a6093-7fe2-43c4-b7f8-6e723087df0c
        ("100 gotas = 1 cucharadita (5 ml),", "es", "cien gotas igual a una cucharadita (cinco mililitros),"),
        # https://www.wrtv.com/news/politics/what-bills-gov-holcomb-is-signing-into-law
        ("HB 1002 - Road funding plan:", "en", "H B ten oh two - Road funding plan:"),
        # https://governor.utah.gov/2013/05/28/governor-to-ceremonially-sign-thirteen-bills/
        ("Cunningham, Sponsor, H.B. 116 and H.B. 118", "en",
         "Cunningham, Sponsor, H B one sixteen and H B one eighteen"),
        # https://www.onenewspage.com/n/World/1zplp3zqtf/King-Charles-III-wears-St-Edward-Crown.htm
        ("King Charles III wears St Edward's Crown for", "en",
         "King Charles the Third wears Saint Edward's Crown for"),
        # https://www.larazon.es/espana/yolanda-diaz-amenaza-trump-ultimatum-espana-salir-muy-caro_2025101568ef886151264f432a7c2fdc.html
        ('de España con EEUU es deficitaria",', "es", 'de España con Estados Unidos es deficitaria",'),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        ("at 100 200 people", "en", "at one hundred two hundred people"),  # no number to dial: it counts
        ("it sold 120000000 copies", "en", "it sold one hundred twenty million copies"),
        ('the "Top 5" list', "en", 'the "Top five" list'),  # a quotation's end, no inch mark
        ("a 1/8 share", "en", "a one eighth share"),  # only a half and a quarter are said "a quarter"
        ("a total of 1972 votes", "en", "a total of one thousand nine hundred seventy-two votes"),
        (
            "cerca de los $25 por litro",
            "es",
            "cerca de los veinticinco pesos por litro",
        ),  # pesos: every development pair reads the sign so (round 48; it had been left to eSpeak NG)
        ("Cuesta $5 millones", "es", "Cuesta cinco millones de pesos"),
        ("24/7 horas", "es", "veinticuatro siete horas"),  # not a date; round 30 says it, not "barra"
        ("el 1 de abril", "es", "el uno de abril"),  # round 78: eSpeak NG's "uno", as most annotators
        ("1 litro de agua y 1 día", "es", "un litro de agua y un día"),
        ("sumar 1 más 1", "es", "sumar uno más uno"),
        ("el 112 ha enviado", "es", "el uno uno dos ha enviado"),  # "ha" before a participle is a verb
        ("una finca de 20 ha de olivos", "es", "una finca de veinte hectáreas de olivos"),
        ("In St. Louis", "en", "In Saint Louis"),  # a sentence's first word names no street
        ("In Dr. Smith's view", "en", "In Doctor Smith's view"),
        ("12 High St London", "en", "twelve High St London"),  # "St" after a name: a street, left
        # the type is said "max" (the pair's spoken "MAX" is spelled by eSpeak NG: it cannot score it)
        (
            "flights with Boeing 737-9 MAX aircraft",
            "en",
            "flights with Boeing seven thirty-seven nine Max aircraft",
        ),
    ],
)
def test_what_the_rules_leave(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken
