"""Round 82 of issue 11.

In German, French and Spanish a range's hyphen with spaces either side ("(14 - 18 Jahre)" "vierzehn bis
achtzehn Jahre", "de 6 - 12 ans" "six à douze ans") is the range's word, as a hyphen without spaces and a
dash already were, and as English reads both; so is a hyphen between decimals written with the language's
comma ("1,50-1,75%" "un virgule cinquante à un virgule soixante-quinze pour cent"; it had been read
"cinquante-un", the hyphen joining the numbers). German still wants the second number the larger ("3 - 1" is
a score). Blind +6 -0 (all from the spaced hyphen; the decimals alone were +0), development +3 -1 (web15's
"Saint-Etienne 1 - 3 Guingamp", a score between two teams, wants no word); the corpora's body paragraphs
unchanged. unseen125, written after it (round 85), has one pair it loses: blind +6 -1 in all.

Round 83. Milligrams glued to their number are milligrams ("200mg" "two hundred milligrams"; "mg" had been
left to eSpeak NG when glued, among units that are likelier codes glued, such as "5yd"): blind +1 -0,
development +2 -0, corpora unchanged. One degree is "one degree", in a coordinate ("1°54′14″E" "one degree
fifty-four minutes fourteen seconds East", and "one minute", "one second") and before a word ("1° north"):
blind +2 -0, development +1 -0, corpora unchanged.
French Roman ordinals with the longer endings digits already had ("XIXème siècle", "IVème République",
"IIIème", "XVIIIeme"), "dix-neuvième": blind +2 -0, development +1 -0, corpora unchanged.

Round 84. A British postcode's inward code, a digit and two of the letters Royal Mail uses there, is said
digit and letters one by one ("MATLOCK DE4 3AG" "D E four three A G"; eSpeak NG read "3AG" as a number);
the outward code is left to the initialisms' rules, and the rule runs after the measures, so "2LL" is not
"two litres L". A storage size ("P2 2TB") is not a postcode. Blind +3 -0, development +1 -0 (web77's three
postcodes are in pairs with other misses); corpora unchanged.

In German, French and Spanish a run of ten digits or more without separators is a code, said digit by digit,
and from seven digits one that no word follows, as English has it ("Barcode: 4006574007199;" "vier null null
sechs ...", not "vier Billionen ..."): a count that large carries its thousands' points or spaces in edited
copy. Blind +2 -0, development +2 -0; corpora unchanged.

Round 86. British copy's point between hours and minutes after "at", "until", "by" or "from" and before a word
that names the day ("at 7.10 this evening", "until 9.30 on Friday") is a clock time, "seven ten", not a
decimal: blind +1 -0, development +1 -0 (web79); corpora unchanged. Without such a word it stays a number
("the 100m at 10.49").

Round 87. The German, French and Spanish range's hyphen also between thousands written with points ("Cota
1.800-2.200" "mil ochocientos a dos mil doscientos"): blind +1 -0, development +1 -0; corpora unchanged.

A mend found on web77's misses: a full stop after a month's full name is the sentence's ("on 11 February.
Over" had become "the eleventh of February Over", two sentences run together; the corpora's body paragraphs
had one, "on the 15th of May. Apparently"); after an abbreviation at a sentence's end the point is said back
("on 11 Feb. Over"). "May. 18, 2020" is still a date. No score changes (punctuation is not compared).

Each real-copy pair is from the development page named beside it, and compared as written (punctuation
included).
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web73: https://www.campingfreunde-rotamsee.de/preise
        ("| Jugendliche (14 - 18 Jahre) | 4,00 € |", "de",
         "| Jugendliche (vierzehn bis achtzehn Jahre) | vier Euro |"),
        # web72: http://appartement-huber.info/Preise
        ("+ pro Kind von 5 - 14 Jahre = € 5,00", "de",
         "+ pro Kind von fünf bis vierzehn Jahre gleich fünf Euro"),  # eSpeak NG says the "+"
        # web74: https://finance.orange.fr/bourse/point-de-seance/preouverture-paris-grandes-manoeuvres-dans-l-automobile-CNT000001kDoDn.html
        ("de point à 1,50-1,75% demain soir", "fr",
         "de point à un virgule cinquante à un virgule soixante-quinze pour cent demain soir"),
        # web76: https://ashline.net/ibuprofen-when-to-take-it-and-how-to-use-it/
        ("capsules contain 200mg, 400mg, or 600mg of ibuprofen.", "en",
         "capsules contain two hundred milligrams, four hundred milligrams, or six hundred milligrams"
         " of ibuprofen."),
        # web76: https://elispot.biz/about-all/how-often-take-600mg-of-ibuprofen-how-and-when-to-take-or-use-ibuprofen-2.html
        ("up to 600mg to take 4 times a day", "en", "up to six hundred milligrams to take four times a day"),
        # web76: https://en-academic.com/dic.nsf/enwiki/37292
        ("Somme 50°15′25″N 1°54′14″E", "en",
         "Somme fifty degrees fifteen minutes twenty-five seconds North"
         " one degree fifty-four minutes fourteen seconds East"),
        ("50°1′1″N", "en", "fifty degrees one minute one second North"),
        ("1° north, 21° south", "en", "one degree north, twenty-one degrees south"),
        # web76: https://nttoporando.fr/randonnees/giffre-chablais/2200487_haute-cime-des-dents-du-midi-3257m-depuis-les-hauteurs-de-samoens-et-le-col-des-ottans
        ("Au cours du XIXème siècle, ces montagnes", "fr", "Au cours du dix-neuvième siècle, ces montagnes"),
        ("la IVème République", "fr", "la quatrième République"),
        # web52: https://publicnoticeportal.uk/notice/traffic-and-roads/65d6d1a6765d142a4c0b61b5
        ("County Hall, MATLOCK DE4 3AG", "en", "County Hall, MATLOCK D E four three A G"),
        ("Strand London WC2A 2LL Before:", "en", "Strand London W C two A two L L Before:"),
        ("Crucial P2 2TB Firmware", "en", "Crucial P two two terabytes Firmware"),
        # web77: https://www.heidelberg24.de/verbraucher/rueckruf-liste-produkte-lebensmittel-gefahr-aktuell-warnung-schokolade-kaese-rueckrufaktion-92009962.html
        ("Barcode: 4006574007199; Grund:", "de",
         "Barcode: vier null null sechs fünf sieben vier null null sieben eins neun neun; Grund:"),
        # web77: https://chinavision1180am.com/riesgo-potencial-de-asfixia-una-cadena-de-tiendas-retira-un-juguete-infantil-en-espana-por-motivos-de-seguridad-foto
        ("serie es el 7494501. «Nuestra", "es",
         "serie es el siete cuatro nueve cuatro cinco cero uno. «Nuestra"),
        ("1234567 Einwohner", "de",
         "eine Million zweihundertvierunddreißigtausendfünfhundertsiebenundsechzig Einwohner"),  # a count
        # web79: http://hmcoastguard.blogspot.co.uk/2011_07_01_archive.html
        ("at 7.10 this evening Liverpool", "en", "at seven ten this evening Liverpool"),
        ("until 9.30 on Friday", "en", "until nine thirty on Friday"),
        ("records for the 100m at 10.49.", "en",
         "records for the one hundred meters at ten point four nine."),
        # web80: https://colectoresindustrialesgs.com/diario/1988/12/30/deportes/599439604_850215.html
        ("Formigal: Cota 1.800-2.200, 20-40", "es",
         "Formigal: Cota mil ochocientos a dos mil doscientos, veinte a cuarenta"),
        ("zwischen 12.500-15.000 Euro", "de", "zwischen zwölftausendfünfhundert und fünfzehntausend Euro"),
        # web77 (mend): https://www.peterboroughtoday.co.uk/news/transport/no-trains-to-run-between-peterborough-and-london-for-two-working-days-in-february-4482872
        ("Sunday 11 February. Over", "en", "Sunday the eleventh of February. Over"),
        # the corpora's readability page wikipedia-4
        ("on the 15th of May. Apparently, they", "en", "on the fifteenth of May. Apparently, they"),
        ("on 11 February. Over", "en", "on the eleventh of February. Over"),
        ("on 11 Feb. Over", "en", "on the eleventh of February. Over"),
        ("on 11 Feb. we", "en", "on the eleventh of February we"),
        ("Published: May. 18, 2020 at", "en", "Published: May eighteenth, twenty twenty at"),
        # what the rules do and leave alone
        ("niños de 6 - 12 años", "es", "niños de seis a doce años"),
        ("entre 1,5-2%", "es", "entre uno coma cinco y dos por ciento"),
        ("Bayern gewann 3 - 1", "de", "Bayern gewann drei - eins"),  # German: a score, not a range
        ("Tel. 030 - 1234", "de", "Telefon null drei null, eins zwei drei vier"),  # a phone number: no "bis"
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
