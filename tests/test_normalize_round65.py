"""Round 65 of issue 11: readings of real web copy (tests/data/normalize/web59/, development pairs from 58
pages on 58 sites, weighted to council minutes, parking charges, zoo news, angling, bus routes, camping fees,
auctions, broadband, theatre, fight cards, enrolment, earthquake drills, coffee prices and cycle lanes, as its
brief asked; written by an annotator who did not read or run narrate and committed before these rules; first
score 82.2%), and what the round's rules leave alone.

Broadband speeds written "Mbit/s" and "Gbit/s". German "Std." ("Stunden", "Stunde" after one) and "BGM". After
"#", a year-like code with a hyphen ("#2023-06") is a numbered item's code, not a year span (it had been
"hashtag twenty twenty-three to six"). "K–12" with an en dash, as "K-12". Hours written "hr" glued to the
number ("24hr service"), as "hrs" was. Each pair is the annotator's, from the page named beside it, compared
as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://advanced-television.com/2019/12/20/ofcom-3m-uk-homes-can-access-full-fibre-broadband/
        ("speeds of at least 30 Mbit/s).", "en", "speeds of at least thirty megabits per second)."),
        # https://ratsinfo.amt-probstei.de/bi/to0050.php?__ktonr=42942
        ("grundsätzlich 2 Std. frei parken.", "de", "grundsätzlich zwei Stunden frei parken."),
        ("Herr BGM Wenzel weist", "de", "Herr Bürgermeister Wenzel weist"),
        # https://www.stmarynow.com/public-notices/public-notices-aug-9-2023
        ("on Ordinance #2023-06, amending the", "en",
         "on Ordinance number twenty twenty-three oh six, amending the"),
        # https://news.wfsu.org/all-npr-news/2020-10-09/enrollment-is-dropping-in-public-schools-around-the-country
        ("changes in K–12 enrollment as families", "en",
         "changes in K through twelve enrollment as families"),
        # https://www.yorkshireeveningpost.co.uk/news/traffic-and-travel/first-bus-leeds-full-list-of-renumbered-and-timed-services-this-month-including-headingley-and-otley-4807265
        ("a second 24hr service in the", "en", "a second twenty-four hour service in the"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # singular as an adjective before a noun
        ("a 1 Gbit/s line", "en", "a one gigabit per second line"),
        # after "1" the singular
        ("nach 1 Std. Fahrt", "de", "nach einer Stunde Fahrt"),
        # a year span without "#" is still one
        ("the 2023-24 season; #12-10", "en",
         "the twenty twenty-three to twenty-four season; number twelve ten"),
        ("took 3hr", "en", "took three hours"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
