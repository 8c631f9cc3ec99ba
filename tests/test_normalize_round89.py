"""Rounds 89 to 94 of issue 11.

German days listed before a date's day ("16., 25. und 28. Januar", "8./9./10. März") are ordinals in the
date's case, each of them (the first had been "sechzehn.", or in another case than the rest): blind +1 -0,
development +2 -0. French "1/2" before a noun is "demi" with the noun's article, its gender from the noun's
ending ("1/2 cuillère" "une demi-cuillère", "ce 1/2 litre" "ce demi-litre"; it had been "un demi" before any
noun): blind +1 -0, development +3 -0. "yds" and "ins", the plurals copy writes for yards and inches: blind +1
-0, development +2 -0. "#" glued after a word and before its number is "number" as a word of its own ("US#2"
had been "USnumber two"): blind +1 -0. Two numbers of two digits and a slash before a unit, the second the
larger, are an English range ("72/86 cm" "seventy-two to eighty-six centimeters"): blind +1 -0, development +1
-0. "op." before a number is "opus": blind +1 -0, development +1 -0. Degrees Fahrenheit in German, Spanish and
French, and a unit symbol's capitals as copy writes them ("22Kg", "20cL"): blind +2 -0, development +1 -0
(both held back at first, at blind +0, and kept when round 91's blind sets, written after them, gained).
German: a currency sign right after a number is that amount's, not the next one's ("3 Nächte 165 € 4 Nächte"):
blind +2 -0, development +1 -0. An amount with its sign followed by the currency's own word says the currency
once ("around $100 dollars" had been "one hundred dollars dollars"): blind +4 -0, development +2 -0. French
"24 h" is twenty-four hours ("vingt-quatre h" before): blind +2 -0, development +1 -0. Mends that no scored
set measures: a degree sign's scale letter in lower case ("180°c" had been "degreesc"); an English amount's
sign after it ("44.85 £"); French "un euros" after one and its cents before "/" and a noun; a German decade
with a hyphen ("80-er Jahre" had been "achtzig-er"); "1" split from a code's capitals said as a label's one
("Bungalow T1" had been "T un"). The corpora's body paragraphs are unchanged by all of them.

Each pair is a window of the development page named beside it, with its annotator's reading, compared as
written (punctuation included; a hyphen is said as a space).
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web81: https://curt.de/inhalt/artikel/8965/43
        ("und 30. Dezember; 16., 25. und 28. Januar im Opernhaus.", "de",
         "und dreißigster Dezember; sechzehnter, fünfundzwanzigster und achtundzwanzigster Januar"
         " im Opernhaus."),
        # web81: https://www.diedramatischebuehne.de/aktuelles/herbst-winter2018-19/
        ("Februar 2019 8./9./10. März 2019.", "de",
         "Februar zweitausendneunzehn achter, neunter, zehnter März zweitausendneunzehn."),
        # web29: https://fr.delic-recipes.com/gateau-au-yaourt-une-douceur-simplissime-en-8-cuilleres-a-soupe
        ("• 1/2 cuillère à soupe de levure chimique", "fr", "une demi cuillère à soupe de levure chimique"),
        # web32: http://www.tarabiscotta.fr/2010/12/16/millas/
        ("de ce 1/2 litre de lait noté", "fr", "de ce demi litre de lait noté"),
        # web83: https://globalformbook.com/Home/RaceResultDetail/rac_11108994
        ("kept on final 110yds", "en", "kept on final one hundred ten yards"),
        # web83: https://gb.readly.com/magazines/the-knitter/2023-11-01/653ce9c306231a690a7f3add
        ("Actual size: 94 cm (37 ins), 103 (40½),", "en",
         "Actual size: ninety-four centimeters (thirty-seven inches), one hundred three (forty and a half),"),
        ("To fit sizes: 72/86 cm (28/34 ins),", "en",
         "To fit sizes: seventy-two to eighty-six centimeters (twenty-eight to thirty-four inches),"),
        # web83: https://knotions.com/step-spring-socks-mary-e-rose/ (the window's first word)
        ("US#2", "en", "U S number two"),
        # web81: https://shepherdexpress.com/events/milwaukee%E2%80%99s-festival-city-symphony-presents/
        ("Les Franc-Juges, op. 3 Antonin Dvorak’s", "en", "Les Franc-Juges, opus three Antonin Dvorak’s"),
        # web82: https://recetas.passwords-generator.net/bizcocho-humedo-la-receta-casera-que-siempre-sale-bien
        # (the window's end: its annotator reads "°C" "grados Celsius", the project's Spanish "grados")
        ("(350 °F).", "es", "(trescientos cincuenta grados Fahrenheit)."),
        # web82: http://amatable.com/2018/11/01/recette-molly-cake
        ("(cela fait environ 20cL)", "fr", "(cela fait environ vingt centilitres)"),
        # web84: https://www.ferienwohnung-rinno.de/preise.html
        ("3 Nächte 165 € 4 Nächte 220 €", "de",
         "drei Nächte hundertfünfundsechzig Euro vier Nächte zweihundertzwanzig Euro"),
        # web87: https://www.adamgo.com/tag/from/
        ("cost around $14,000 dollars. It’s a", "en", "cost around fourteen thousand dollars. It’s a"),
        # web86: https://www.rhetos.de/html/lex/fahrrad.htm
        ("(Stahlrahmen, 80-er Jahre), z. B.: 11,5 kg", "de",
         "(Stahlrahmen, achtziger Jahre), zum Beispiel: elf Komma fünf Kilogramm"),
        # web82: https://newsletters.naavi.com/i/ZMxBGDN/2020-special-edition/page/16
        ("Preheat oven to 180°c. Grease and", "en",
         "Preheat oven to one hundred eighty degrees Celsius. Grease and"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


def test_the_case_asked_reaches_every_listed_day() -> None:
    said = normalize("am 16., 25. und 28. Januar", "de")
    assert said == "am sechzehnten, fünfundzwanzigsten und achtundzwanzigsten Januar"


def test_a_fraction_stays_a_fraction() -> None:
    """A half of one thing is no range; an inch's sixteenths are a fraction, not "eleven to sixteen"."""
    assert normalize("1/2 heure", "fr") == "une demi heure"
    assert " to " not in normalize("a 11/16 in wrench", "en")


def test_mends_that_no_scored_pair_measures() -> None:
    """A sign after an English amount names its currency, and is not the next amount's (web84's "44.85 £";
    its annotator reads "and eighty-five pence", the project's pounds "pounds eighty-five"); the currency
    before "/" and a noun is singular after one and its cents (web84's "1,05 € / nuit")."""
    # web84: http://www.tritoo.co.uk/marshalls-home-fruit+trees+%2526+bushes-12.html
    assert (
        normalize("44.85 £ Hydrangeas Thrive In", "en")
        == "forty-four pounds eighty-five Hydrangeas Thrive In"
    )
    assert (
        normalize("3 nights 165 € 4 nights", "en") == "three nights one hundred sixty-five euros four nights"
    )
    # web84: http://lesbasseslandes.fr/tarifs.htm
    assert normalize("1,05 € / nuit", "fr") == "un euro cinq par nuit"
    # web86: https://parquecerdeira.com/es/precios_bungalows/ (the window's start)
    assert normalize("Bungalow T1", "es") == "Bungalow T uno"
    assert normalize("la A1 cerrada", "es").startswith("la A uno")
