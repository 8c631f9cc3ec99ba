"""Rounds 95 and on of issue 11.

A glued "m" on both sides of a size's "by" ("7m x 3m", "25m by 10m") is metres (a glued "m" alone stays what
it may be, a million or metres): blind +1 -0, development +1 -0. In French and Spanish a day and a month with
a slash and no year, after the article or preposition a date takes ("du 25/04 au 13/06", "del 25/04"), are a
date ("du vingt-cinq avril au treize juin"; eSpeak NG said the slash): blind +2 -0, development +3 -0. A Roman
numeral of two letters or more after a model's capitals is its number, as after a capitalised name ("Rainwise
MK III" "M K three"; eSpeak NG spelled "I I I"): blind +1 -0, development +1 -0. Spanish ordinals written with
their word's last letters ("3.er curso", "1ro", "2do", "5ta") are ordinals, only when the letters are the
ordinal's own: blind +5 -0, development +1 -0. Minutes glued to their number ("15min", "20mins") are minutes,
and an amount said after a glued measure is no noun that makes it an adjective ("20mins £14.00" "twenty
minutes fourteen pounds"): blind +1 -0, development +3 -0. French "2nd", "2nde", "2de" as "second", "seconde",
and "ième" written for "ème" ("3ième"): held back at blind +0, kept when round 98's unseen150, written after
it was fixed, gained (+1 -0). Mends that no blind pair measures: a coordinate's minutes and seconds typed with
curly quotes ("35°18’14.4″N" had been "degrees18’fourteen point four inchesN"; development +1 -0); a German
telephone number before a comma ("Tel. 06163 81183, ab" had been left as digits, "0821/323 1910," half a
number); a race time's "h" after its seconds ("10:59:03h" had been "Sekundenh"); development +2 -0. The
corpora's body paragraphs are unchanged.

Each pair is a window of the development page named beside it, with its annotator's reading, compared as
written (punctuation included; a hyphen is said as a space).
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web73: https://achindarrochtp.co.uk/terms-conditions
        ("maximum size of 7m x 3m (including extensions).", "en",
         "maximum size of seven meters by three meters (including extensions)."),
        # web59: https://campinglevieuxmoulin.fr/tarifs
        ("du 01/04 au 03/07 et du 29/08 au 30/09", "fr",
         "du premier avril au trois juillet et du vingt-neuf août au trente septembre"),
        # web75: https://www.libeo-brive.fr/vous-nous/bien-voyager
        ("Travaux du 17 au 19/07 - Parking des 3 Provinces", "fr",
         "Travaux du dix-sept au dix-neuf juillet - Parking des trois Provinces"),
        # web89: https://www.transientspike.com/tag/weather-underground/
        ("it’s a Rainwise MK III that provides", "en", "it’s a Rainwise M K three that provides"),
        # web89: https://lamartorellsalsera.com/?p=9680
        ("3.er curso | 75 € |", "es", "tercer curso | setenta y cinco euros |"),
        # web90: https://www.geschichtsverein-hoechst-odenwald.de/aktuelles
        ("Röttger, Tel. 06163 81183, ab 18.00 Uhr,", "de",
         "Röttger, Telefon null sechs eins sechs drei, acht eins eins acht drei, ab achtzehn Uhr,"),
        # web90: https://xc-run.de/?p=13171
        ("setzte sich Castanyer in 10:59:03h durch und", "de",
         "setzte sich Castanyer in zehn Stunden neunundfünfzig Minuten und drei Sekunden durch und"),
        # web90: https://www.lucypegler.co.uk/studio-invoices-and-agreements
        ("20mins £14.00 suitable for young children aged 4 - 5", "en",
         "twenty minutes fourteen pounds suitable for young children aged four to five"),
        ("a free 15min taster lesson", "en", "a free fifteen minute taster lesson"),
        # a stored page (search tool): https://lesclefsdelecole.com/College/3eme/Histoire/La-2nde-guerre-mondiale-une-guerre-d-aneantissement-39-45-en-3eme
        ("La 2nde guerre mondiale : une guerre", "fr", "La seconde guerre mondiale: une guerre"),
        ("ce 2nd conflit mondial est", "fr", "ce second conflit mondial est"),
        # web47: https://northernarizonagazette.com/category/city/flagstaff/page/12
        ("along Highway 89 (35°18’14.4″N 111°35’20.4″W) is at", "en",
         "along Highway eighty-nine (thirty-five degrees eighteen minutes fourteen point four seconds North"
         " one hundred eleven degrees thirty-five minutes twenty point four seconds West) is at"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


def test_a_day_and_month_needs_a_date_s_preposition() -> None:
    """Only after the article or preposition a date takes is "3/4" a day and a month: "le 3/4 des" stays a
    fraction, and a date with its year is the full date's rule's."""
    assert normalize("le 3/4 des", "fr") == "le trois quarts des"
    assert normalize("el 14/07 en Madrid", "es") == "el catorce de julio en Madrid"


@pytest.mark.parametrize(
    ("text", "said"),
    [("1ro de mayo", "primero de mayo"), ("su 2do lugar", "su segundo lugar"),
     ("la 5ta edición", "la quinta edición"), ("el 1.er premio", "el primer premio"), ("2to", "2to"),
     ("2er", "2er")],
)  # fmt: skip
def test_spanish_ordinal_letters_must_be_the_ordinal_s_own(text: str, said: str) -> None:
    """The letters name the ordinal only when they end its word ("2do" is "segundo"; "2to" and "2er" are no
    ordinal's letters and stay as written)."""
    assert normalize(text, "es") == said


def test_a_million_by_a_year_stays_a_million() -> None:
    """A deadline after a glued "m" makes it millions (round 112: any other glued "m" is metres but before a
    plural noun): "5m by 2020" is no size's side."""
    assert normalize("raise 5m by 2020", "en") == "raise five million by twenty twenty"
