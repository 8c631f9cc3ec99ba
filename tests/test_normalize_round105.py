"""Rounds 105 onward of issue 11.

Mends that no blind pair measures: a currency sign glued to the word before it ("from£7.80") is parted from
it.

Each pair is a window of the development page named beside it, compared as written.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web96: https://www.leamingtoncourier.co.uk/whats-on/getting-medieval-with-knights-at-castle-event-1-6851743
        ("Tickets are available from£7.80 and can be booked", "en",
         "Tickets are available from seven pounds eighty and can be booked"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("cents/$100 of value", "en", "cents per one hundred dollars of value"),  # the slash's own rule
        ("US$5 each", "en", "five U S dollars each"),  # letters of the currency stay with the sign
    ],
)  # fmt: skip
def test_left_alone(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
