"""Round 41 of issue 11: readings of real web copy (tests/data/normalize/web35/, development pairs from 47
pages on 47 sites: English local news with every class, German and Spanish regional news; written by an
annotator who did not read or run narrate and committed before these rules; first score 89.0%), and what the
round's rules leave alone.

Spanish decimals and clock times typed with an apostrophe or an acute accent ("0’25", "14´30 horas") and
"Dir." before a name; German "-nr." compounds before a number ("Flurnr. 2846") and a size's "x" after a unit
("4m x 4m"); "hwy" in small letters. Each pair is the annotator's, from the page named beside it, compared as
eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://elpuerta.com/causa-danos-a-tres-coches-duplicando-la-tasa-de-alcohol/
        ("máximo permitido de 0’25 miligramos de alcohol", "es",
         "máximo permitido de cero coma veinticinco miligramos de alcohol"),
        # https://ratsinfo.erlangen.de/to0050.asp?__ktonr=5012549
        ("Grundstück Flurnr. 2846 in der Killingerstraße,", "de",
         "Grundstück Flurnummer zweitausendachthundertsechsundvierzig in der Killingerstraße,"),
        # https://www.feuerwehr-bassum.de/einsaetze/details/2024/5/22/f3-scheunenbrand/
        ("eine etwa 4m x 4m große Holzhütte", "de", "eine etwa vier Meter mal vier Meter große Holzhütte"),
        # http://wspa.com/2017/09/15/hwy-123-detours-on-sept-17-in-clemson/
        ("of US 123 between hwy 93 and Issaqueena", "en",
         "of U S one twenty-three between highway ninety-three and Issaqueena"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("a las 14´30 horas", "es", "a las catorce treinta horas"),
        ("Gómez, nuevo Dir. Deportivo", "es", "Gómez, nuevo director Deportivo"),
        ("30 cm x 20 cm", "de", "dreißig Zentimeter mal zwanzig Zentimeter"),
        ("2 x 3 Meter", "de", "zwei mal drei Meter"),  # as before
        ("Hwy. 401", "en", "Highway four oh one"),  # as before
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
