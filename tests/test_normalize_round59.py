"""Round 59 of issue 11: readings of real web copy (tests/data/normalize/web53/, development pairs from 62
pages on 62 sites, weighted to agricultural shows, veterans' notices, election results, licence fees,
closures, athletics, medical studies, mortgage rates, storm warnings, fares, openings and game releases, as
its brief asked; written by an annotator who did not read or run narrate and committed before these rules;
first score 86.4%), and what the round's rules leave alone.

An aircraft's model after letters and a hyphen ("F-35C", "F/A-18F") is no temperature. A range or a score
before an exclamation or a question mark ("38-35!") is one, as before a full stop. "200m out" is a distance,
as "200m away" was. German "vom 10. bis zum 13. Juli": both days ordinals, as in "vom 3. bis 5. Juni". Seconds
after a number in German, Spanish and French ("45,90 Sek", "9,58 s"). German captions' "v.l.", "v. l. n. r.",
"v.r." ("von links nach rechts"). Each pair is the annotator's, from the page named beside it, compared as
eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://thebeatdfw.com/playlist/all-the-hype-from-super-bowl-lvii/
        ("and one F-35C Lightning II.", "en", "and one F thirty-five C Lightning Two."),
        ("the Philadelphia Eagles 38-35! The game", "en",
         "the Philadelphia Eagles thirty-eight to thirty-five! The game"),
        # https://www.iaaf.org/news/news/kenyan-championships-final-day
        ("his attack from 200m out.", "en", "his attack from two hundred meters out."),
        # https://www.kreiszeitung.de/lokales/rotenburg/tarmstedt-ort120597/tarmstedter-ausstellung-erwartet-100000-gaeste-ziel-ganze-familie-5170063.html
        ("Ausstellung vom 10. bis zum 13. Juli.", "de", "Ausstellung vom zehnten bis zum dreizehnten Juli."),
        # https://tuspo-borken.de/index.php/berichte/leichtathletik?start=196
        ("kam in 45,90 Sek auf den 2. Platz.", "de",
         "kam in fünfundvierzig Komma neun null Sekunden auf den zweiten Platz."),
        # https://talk.dob.jp/eswiki/w/index.php?printable=yes&title=100_metros
        ("a 44,46 km/h con un tiempo de 9,58 s,", "es",
         "a cuarenta y cuatro coma cuarenta y seis kilómetros por hora con un tiempo de nueve coma cincuenta"
         " y ocho segundos,"),
        ("Rosenbrock (v.l.), Johann Gerdes", "de", "Rosenbrock (von links), Johann Gerdes"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # a temperature still, after a space or a word
        ("F/A-18F, F-16C jets; it was 35C; lows of -5C.", "en",
         "F/A-eighteen F, F-sixteen C jets; it was thirty-five degrees Celsius; lows of minus five degrees"
         " Celsius."),
        ("won 3-2? Is it 10-12?", "en", "won three to two? Is it ten to twelve?"),
        # "out of" after millions is no distance
        ("£5m out of the budget", "en", "five million pounds out of the budget"),
        ("en 1 s; les 100 m en 9,58 s", "fr",
         "en une seconde; les cent mètres en neuf virgule cinquante-huit secondes"),
        ("Das Foto zeigt (v. l. n. r.) Hans; v.r.: Anna", "de",
         "Das Foto zeigt (von links nach rechts) Hans; von rechts: Anna"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
