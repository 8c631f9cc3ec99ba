"""Round 82 of issue 11.

In German, French and Spanish a range's hyphen with spaces either side ("(14 - 18 Jahre)" "vierzehn bis
achtzehn Jahre", "de 6 - 12 ans" "six à douze ans") is the range's word, as a hyphen without spaces and a
dash already were, and as English reads both; so is a hyphen between decimals written with the language's
comma ("1,50-1,75%" "un virgule cinquante à un virgule soixante-quinze pour cent"; it had been read
"cinquante-un", the hyphen joining the numbers). German still wants the second number the larger ("3 - 1" is
a score). Blind +6 -0 (all from the spaced hyphen; the decimals alone were +0), development +3 -1 (web15's
"Saint-Etienne 1 - 3 Guingamp", a score between two teams, wants no word); the corpora's body paragraphs
unchanged.

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
        # what the rule does and leaves alone
        ("niños de 6 - 12 años", "es", "niños de seis a doce años"),
        ("entre 1,5-2%", "es", "entre uno coma cinco y dos por ciento"),
        ("Bayern gewann 3 - 1", "de", "Bayern gewann drei - eins"),  # German: a score, not a range
        ("Tel. 030 - 1234", "de", "Telefon null drei null, eins zwei drei vier"),  # a phone number: no "bis"
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
