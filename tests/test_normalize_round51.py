"""Round 51 of issue 11: readings of real web copy (tests/data/normalize/web45/, development pairs from 48
pages on 48 sites: English local news from New Hampshire, Oklahoma, Iowa, Nevada, Utah, Arkansas, Maine and
the US Virgin Islands, Saskatchewan, Irish and New Zealand copy, Bavarian and Tyrolean copy, French from
Normandy, Alsace, Wallonia, Romandy, Morocco and Tunisia; written by an annotator who did not read or run
narrate and committed before these rules; first score 87.2%), earlier development sets' pairs the rules
also mend, and what the round's rules leave alone.

Capitals glued to a number (a road, a model) in German, French and Spanish; the Maghreb's currencies after an
amount in French; a state's postal code after a place and a comma with no preposition before it. Each pair is
the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://www.mein-osttirol.rocks/aktuelle-polizei-presseaussendungen-lpd-tirol.html
        ("Landesstraße (L236) in Richtung", "de", "Landesstraße (L zweihundertsechsunddreißig) in Richtung"),
        # https://dz-news.suedkurier.de/region/hochrhein/kreis-waldshut/blaulichtreport-lastwagen-bleibt-mit-dem-kran-an-der-bruecke-haengen-und-kippt-auf-ein-auto;art372586,12126029
        ("22.25 Uhr, auf der L134 bei Kandern", "de",
         "zweiundzwanzig Uhr fünfundzwanzig, auf der L hundertvierunddreißig bei Kandern"),
        # https://france3-regions.francetvinfo.fr/nouvelle-aquitaine/lot-et-garonne/agen/un-mort-et-deux-blesses-tres-graves-dans-deux-accidents-en-lot-et-garonne-2902784.html
        ("sur la RD931 sur la commune", "fr", "sur la R D neuf cent trente et un sur la commune"),
        # https://www.rcalaradio.com/normandie-un-gendarme-rennais-meurt-dans-un-accident-sur-l-a13
        ("de l'autoroute A13 dans l'Eure.", "fr", "de l'autoroute A treize dans l'Eure."),
        # https://news.tunesienexplorer.de/p/i/?a=reader&rid=68acbb75ca20e&search=author%3A%22La+Presse%22
        ("Prêts de rééchelonnement : 280 MDT", "fr",
         "Prêts de rééchelonnement : deux cent quatre-vingts millions de dinars"),
        # http://africanmanager.com/mots-cles/dettes/
        ("chiffre d’affaires de 80 219 DT,", "fr",
         "chiffre d’affaires de quatre-vingt mille deux cent dix-neuf dinars,"),
        ("passant de 15,9 MDT à 12,6 MDT", "fr",
         "passant de quinze virgule neuf millions de dinars à douze virgule six millions de dinars"),
        # https://concordsentinel.com/2025/03/28/spring-5ks-in-new-hampshire-7-races-to-run-this-season/
        ("Location: Barrington, NH", "en", "Location: Barrington, New Hampshire"),
        # http://nebraska.tv/archive/tornadoes-damaging-hail-record-rains-fall-across-nebraska (web44)
        ("5:33 PM - Rooks, KS. Multiple reports", "en",
         "five thirty-three P M - Rooks, Kansas. Multiple reports"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("ein Audi A5 und ein BMW X1, dann", "de", "ein Audi A fünf und ein BMW X eins, dann"),
        # in a compound the letters and the digits stay together
        ("CO2-Ausstoß", "de", "CO2-Ausstoß"),
        ("la marque Suzuki SX4 venant", "fr", "la marque Suzuki S X quatre venant"),
        ("soit 500 DH par mois", "fr", "soit cinq cents dirhams par mois"),
        # a degree after a name is no state
        ("Katie Allen, MD, said", "en", "Katie Allen, M D, said"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
