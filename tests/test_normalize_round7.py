"""Issue 11, round 7: readings of real web copy (tests/data/normalize/unseen4/, scored once blind, then
development). Each written side below is that set's copy (a short window of a public web page); the spoken
side is the annotator's reading, compared as the normalisation pairs are (eSpeak NG's phonemes, stress, word
breaks and "and" aside)."""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from narrate.script.phonemes import comparable, phonemes


def said_as(written: str, spoken: str) -> bool:
    return comparable(phonemes(normalize(written))) == comparable(phonemes(spoken))


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a long word in capitals is a word (a dateline, a wire's name), as eSpeak NG reads it; it was spelled
        (
            "MCLEAN, Va., Jan. 02, 2025 (GLOBE NEWSWIRE)",
            "MCLEAN, Virginia, January second, twenty twenty-five (GLOBE NEWSWIRE)",
        ),
        ("WASHINGTON, Friday, September 08, 2006", "WASHINGTON, Friday, September eighth, two thousand six"),
        # hours with a.m. or p.m. written once, after both ("five-seven p m" before)
        ("Visitation will be 5-7 p.m. Friday", "Visitation will be five to seven p m Friday"),
        # a race time: hours, minutes and seconds
        (
            "a time of 1:07:40 and Terefi secured",
            "a time of one hour, seven minutes, forty seconds and Terefi secured",
        ),
    ],
)
def test_real_copy(written: str, spoken: str) -> None:
    assert said_as(written, spoken), normalize(written)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("The FBI and the NAACP", "F B I"),  # initialisms of up to five letters are still spelled
        ("at 12:30:15 local time", "12:30:15"),  # a clock with its seconds is not a race time
    ],
)
def test_what_stays(written: str, kept: str) -> None:
    assert kept in normalize(written)
