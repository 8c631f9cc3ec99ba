"""Round 52 of issue 11: readings of real web copy (tests/data/normalize/web46/, development pairs from 46
pages on 46 sites: English local news from Louisiana, Alabama, South Carolina, Kentucky, Indiana, Wisconsin,
Oregon and Connecticut, Welsh, Scottish, South African and Philippine copy, Hessian, Rhineland, Carinthian and
Lucerne copy, French from Occitanie, Provence and Haiti; written by an annotator who did not read or run
narrate and committed before these rules; first score 86.5%), earlier development sets' pairs the rules
must keep or also mend, and what the round's rules leave alone.

Philippine copy's peso sign ("P850,000"), Austria's and Switzerland's emergency numbers after "Notruf", a
dateline's state ("Eugene, OR –", "GREENVILLE, S.C.–"), French capitals no French word could begin or end so
("SDIS", "VIH"), French and Spanish dates with a two-digit year. Each pair is the annotator's, from the page
named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://tribune.net.ph/2025/08/16/qc-contractual-worker-nabbed-for-extortion
        ("extorting nearly P850,000 from a businesswoman,", "en",
         "extorting nearly eight hundred fifty thousand pesos from a businesswoman,"),
        ("while collecting around P4 million.", "en", "while collecting around four million pesos."),
        # https://www.feuerwehrobjektiv.at/category/einsaetze/page/296
        ("Um 19:27 Uhr erfolgten dann über Notruf 122 die", "de",
         "Um neunzehn Uhr siebenundzwanzig erfolgten dann über Notruf eins zwei zwei die"),
        # https://eugenedailypost.com/the-governors-office-has-identified-seven-projects-where-more-information-is-needed-to-confirm-a-direct-nexus-to-specific-housing-development-sites-or-projects-in-order-for-the-projects-to-be
        ("Eugene, OR – According to the", "en", "Eugene, Oregon – According to the"),
        # https://heregreenville.com/penny-sales-tax-greenville-county-ballots/amp
        ("GREENVILLE, S.C.– For the first", "en", "GREENVILLE, South Carolina– For the first"),
        # https://actu112.fr/tag/sdis-34
        ("les sapeurs-pompiers du SDIS 34 affichent", "fr",
         "les sapeurs-pompiers du S D I S trente-quatre affichent"),
        # http://www.hpnhaiti.com/nouvelles/index.php/societe
        ("dépistage du VIH et du diabète.", "fr", "dépistage du V I H et du diabète."),
        # https://www.fdesouche.com/2025/11/03/vitrolles-13-pronostic-vital-engage-pour-un-homme-de-32-ans-lynche-devant-son-domicile-il-etait-sorti-de-chez-lui-pour-dissuader-des-jeunes-de-jeter-des-pierres-et-pommes-de-pin-sur-les-volets-de
        ("03/11/25 Un militaire du bataillon", "fr",
         "trois novembre deux mille vingt-cinq Un militaire du bataillon"),
        # https://www.elidealgallego.com/articulo/coruna/colision-frontal-vehiculos-salda-heridos-leves-perro-muerto/20170729234227343681.html
        ("sábado 5/12/20", "es", "sábado cinco de diciembre de dos mil veinte"),
        # the spelling rule's exceptions, from the development pairs its first version lost:
        # https://synonyme-du-mot.com/les-articles/qui-etait-roi-de-france-en-1650 (a Roman numeral)
        ("Le règne de Louis XVI reste marqué", "fr", "Le règne de Louis seize reste marqué"),
        # https://www.dhnet.be/regions/namur/2022/10/14/tracteur-contre-camionnette-a-beuzet-un-blesse-serieux-YC3F22HY6RASTFY45B4YAG4E4I/
        ("Le SMUR du CHR de Namur a", "fr", "Le Smur du C H R de Namur a"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # a race position is no amount
        ("he finished P3 in qualifying", "en", "he finished P three in qualifying"),
        # after "Nummer" only the German numbers are a telephone's
        ("die Nummer 144 wählen", "de", "die Nummer hundertvierundvierzig wählen"),
        # "OR" as a word after a comma
        ("He said Eugene, OR Salem", "en", "He said Eugene, OR Salem"),
        # learned words' onsets, vowel-less capitals (eSpeak NG spells them itself), a headline in capitals
        ("la CNIL et la SNCF", "fr", "la CNIL et la S N C F"),  # round 78 spells vowel-less capitals
        ("la DGSI et la DGSE", "fr", "la D G S I et la D G S E"),
        ("LE SDIS EN ALERTE", "fr", "LE SDIS EN ALERTE"),
        # names in capitals begun as names French copy writes are (added after round 55; no set moved)
        ("Mohamed KHALID a déclaré", "fr", "Mohamed KHALID a déclaré"),
        ("au TCHAD et à DJIBOUTI", "fr", "au TCHAD et à DJIBOUTI"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
