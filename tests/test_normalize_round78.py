"""Round 78 of issue 11, and mends found on the way.

A German abbreviation written without a point ("StGB", "Hbf") at the end of a text is expanded without one:
only an abbreviation whose own point may also end the sentence ("usw.", "z. B.") keeps a point after its
expansion ("nach § 263a StGB" had become "... Strafgesetzbuch." with a stray point). Each real-copy pair is
from the development page named beside it, and compared as written (punctuation included).
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web38: https://de.openlegaldata.io/case/lg-magdeburg-2017-08-09-26-ns-317-26-ns-45
        (
            "§ 130 Abs. 1 Nr. 1, 47 Abs. 2 StGB",
            "de",
            "Paragraf hundertdreißig Absatz eins Nummer eins, siebenundvierzig Absatz zwei Strafgesetzbuch",
        ),
        # the point that ends the sentence stays, after either kind of abbreviation
        ("Er wurde nach dem StGB.", "de", "Er wurde nach dem Strafgesetzbuch."),
        ("Bücher, Hefte usw.", "de", "Bücher, Hefte und so weiter."),
    ],
)
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
