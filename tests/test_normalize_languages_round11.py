"""Round 11: German, French and Spanish rules from the web5 pairs (real copy), each from its copy."""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a unit per a unit and a year, "mg", "ml", French "j" for "jour"
        (
            "moyenne de 242 kWh/m²/an (DPE E).",
            # "DPE" spelled since round 52 (eSpeak NG said "dpə")
            "moyenne de deux cent quarante-deux kilowattheures par mètre carré par an (D P E E).",
        ),
        (
            "besoin, sans dépasser 1 200 mg/j.",
            "besoin, sans dépasser mille deux cents milligrammes par jour.",
        ),
        (
            "1 g toutes les 8 heures (soit 3 g/j au maximum).",
            "un gramme toutes les huit heures (soit trois grammes par jour au maximum).",
        ),
        # a count ending in one before a feminine noun is "une"
        (
            "Adulte: 1 cuillère à soupe (15 ml), 3 fois par jour.",
            "Adulte: une cuillère à soupe (quinze millilitres), trois fois par jour.",
        ),
        (
            "- 2541 fois sur des accidents matériels",
            "- deux mille cinq cent quarante et une fois sur des accidents matériels",
        ),
        # a dose's "x" before "par" is "fois"
        (
            "plus de 12 ans: 15-20 gouttes, 3-4 x par jour",
            "plus de douze ans: quinze à vingt gouttes, trois à quatre fois par jour",
        ),
        # a currency per a unit and a year
        (
            "Neuilly-sur-Seine (46€/m²/an) à la première",
            "Neuilly-sur-Seine (quarante-six euros par mètre carré par an) à la première",
        ),
        # the first of a month, whatever the month's case; a dash between two dates
        (
            "Mort 1 Septembre 1715 (01/09/1715)",
            "Mort premier Septembre mille sept cent quinze (premier septembre mille sept cent quinze)",
        ),
        (
            "Années de vie: 5 septembre 1638 - 1er septembre 1715",
            "Années de vie: cinq septembre mille six cent trente-huit au premier septembre"
            " mille sept cent quinze",
        ),
        # an exchange rate's four decimals, as a number (eSpeak NG's own reading)
        ("séance autour de 1,1135 dollar.", "séance autour de un virgule mille cent trente-cinq dollar."),
    ],
)
def test_french(text: str, spoken: str) -> None:
    assert normalize(text, "fr") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("11 personnes", "onze personnes"),  # "onze" has no "un" to make feminine
        ("81 000 personnes", "quatre-vingt-un mille personnes"),  # "mille" is the noun's count
        ("21 ans", "vingt et un ans"),  # a masculine noun
        ("3 x 4 cm", "trois par quatre centimètres"),  # a dimension, not a dose ("par" since round 78)
        ("21 mai", "vingt et un mai"),  # only the first is "premier"
        ("4 800 €/m² en", "quatre mille huit cents euros le mètre carré en"),  # one unit: a price "le"
        ("à 12,48 points", "à douze virgule quarante-huit points"),
        ("1,12345 dollar", "un virgule un deux trois quatre cinq dollar"),  # five decimals: digit by digit
    ],
)
def test_french_nearby_readings_kept(text: str, spoken: str) -> None:
    assert normalize(text, "fr") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Hasta las elecciones del 1° de marzo de 2015 El Salvador",
            "Hasta las elecciones del primero de marzo de dos mil quince El Salvador",
        ),
        ("ha habido, desde las 18:00 de la tarde, el", "ha habido, desde las seis de la tarde, el"),
        (
            "(DL) No. 326, el 7 de marzo de 2013,",
            "(DL) número trescientos veintiséis, el siete de marzo de dos mil trece,",
        ),
        (
            "fin de semana, FP1, FP2 y FP3. Las dos",
            "fin de semana, efe P uno, efe P dos y efe P tres. Las dos",
        ),
    ],
)
def test_spanish(text: str, spoken: str) -> None:
    assert normalize(text, "es") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("a las 18:00 horas", "a las dieciocho horas"),  # no part of the day: the 24-hour clock
        ("a las 10:00 de la mañana", "a las diez de la mañana"),
        ("el virus H1N1", "el virus H1N1"),  # letters after the number: a code left to eSpeak NG
        ("el CNMV", "el C ene eme V"),  # round 35: capitals without a vowel are letters, said one by one
    ],
)
def test_spanish_nearby_readings_kept(text: str, spoken: str) -> None:
    assert normalize(text, "es") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "diese Disziplin im 19.Jahrhundert im 100 Yards-Lauf.",
            "diese Disziplin im neunzehnten Jahrhundert im hundert Yards-Lauf.",
        ),
        (
            "Bereits in den 1890ern wurde die Distanz",
            "Bereits in den achtzehnhundertneunzigern wurde die Distanz",
        ),
        ("während der 1-monatigen öffentlichen Auslegung", "während der einmonatigen öffentlichen Auslegung"),
        ("0,5 ml", "null Komma fünf Milliliter"),
    ],
)
def test_german(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("in den 1890er Jahren", "in den achtzehnhundertneunziger Jahren"),
        ("der 21-jährige", "der einundzwanzigjährige"),
        ("im 19. Jahrhundert", "im neunzehnten Jahrhundert"),
    ],
)
def test_german_nearby_readings_kept(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken
