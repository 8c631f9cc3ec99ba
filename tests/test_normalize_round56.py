"""Round 56 of issue 11: readings of real web copy from the development sets, and what the round's rules
leave alone.

Per cent written "pc" after a number ("1.5pc", as British, Irish and Fijian papers write it). A Spanish law's
number with its year in two digits ("Decreto 196/92"), read with "barra" as the annotators of web9 and web23
read it (four pairs of four; with the year in four digits they say "de"). French copy: "1ere" without its
accent, "bac+5", a time written with a point ("18.00.", "14.15 ;"): French decimals take a comma, so on a
quarter hour at the end of a clause it is a clock time. A match's "v" without its point between two names
("Demons (97) v Brisbane Lions"). A club's "2nd XI" is its "Second Eleven". German "am Freitag der 12.11.":
after a weekday, "der" is the date's own article (the nominative). German "e.V." is "eingetragener Verein".
Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://cdn.juntadeandalucia.es/boja/1994/144/52
        ("del Decreto 196/92 de 24 de noviembre,", "es",
         "del Decreto ciento noventa y seis barra noventa y dos de veinticuatro de noviembre,"),
        ("Ley 30/84, de 2 de agosto, Real Decreto 896/91", "es",
         "Ley treinta barra ochenta y cuatro, de dos de agosto, Real Decreto ochocientos noventa y seis barra"
         " noventa y uno"),
        # https://sede.asturias.es/bopa-disposiciones (disposition 2021-05262)
        ("concordantes del R. D. 2568/86 por el que", "es",
         "concordantes del Real Decreto dos mil quinientos sesenta y ocho barra ochenta y seis por el que"),
        # http://www.fijitimes.com/story.aspx?id=398691
        ("1.5pc interest on education loan", "en", "one point five percent interest on education loan"),
        # https://lecechiquierlimousin.s2.yapla.com/fr/tournoi-interne-1
        ("1ere ronde 14.15 ; 2eme ronde 16.15", "fr",
         "première ronde quatorze heures quinze ; deuxième ronde seize heures quinze"),
        ("à bureaulecel@gmail.com avant vendredi 7 novembre 18.00.", "fr",
         "à bureaulecel arobase gmail point com avant vendredi sept novembre dix-huit heures."),
        # https://www.laverite.be/2018/11/gagne-t-on-plus-dargent-en-interim-quen-cdd/
        ("niveau d’études bac+5 est de 29 400 euros,", "fr",
         "niveau d’études bac + cinq est de vingt-neuf mille quatre cents euros,"),
        # https://doransport.com/2021/06/06/afl-round-12-review-season-2021/
        ("Melbourne Demons (97) v Brisbane Lions (75)", "en",
         "Melbourne Demons (ninety-seven) versus Brisbane Lions (seventy-five)"),
        # http://hwrcc.blogspot.com/2008/07/match-report-byfleet-2nd-xi-vs-hwrcc.html
        ("Byfleet 2nd XI vs. HWRCC 2nd XI", "en", "Byfleet Second Eleven versus H W R C C Second Eleven"),
        # http://schachclub-waldbronn.de/index.php?option=com_content&view=category&id=82&Itemid=101&limitstart=39
        ("am Freitag der 12.11.2010, 20:00 Uhr.", "de",
         "am Freitag der zwölfte November zweitausendzehn, zwanzig Uhr."),
        # http://schach-club-murrhardt.de/
        ("Schach-Club Murrhardt 1948 e.V. schreibt die", "de",
         "Schach-Club Murrhardt neunzehnhundertachtundvierzig eingetragener Verein schreibt die"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the year in four digits: "de"; a fraction or a score after another word: not a law's number
        ("la Ley 7/2022 de residuos", "es", "la Ley siete de dos mil veintidós de residuos"),
        ("El 5/7 en triples", "es", "El 5/7 en triples"),
        # a French time with a point: on a quarter hour at a clause's end; a decimal before a unit stays one
        ("(PDF, 4.15 MB) à 0.45 mg.", "fr",
         "(P D F, quatre virgule quinze mégaoctets) à zéro virgule quarante-cinq milligrammes."),
        ("la 1re fois, Canal+ 2", "fr", "la première fois, Canal+ deux"),  # the sign left: eSpeak NG says it
        # a match's "v" between names; not after a small word ("vitamin v C")
        ("Roe v Wade; vitamin v C", "en", "Roe versus Wade; vitamin v C"),
        # a club's team after an ordinal; a king's or a chapter's numeral stays a numeral
        ("the 1st XI, Louis XI, Chapter XI", "en", "the first Eleven, Louis the eleventh, Chapter eleven"),
        # "pc" glued to a number is per cent; "pcs" (pieces) and a separate "PC" are not
        ("a 3pc rise, 5pcs, a 5 PC lab", "en", "a three percent rise, 5pcs, a five P C lab"),
        # "der" after another noun is a genitive's
        ("im Stand der 3. Aktualisierung", "de", "im Stand der dritten Aktualisierung"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
