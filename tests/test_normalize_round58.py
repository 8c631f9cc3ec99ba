"""Round 58 of issue 11: readings of real web copy (tests/data/normalize/web52/, development pairs from 50
pages on 50 sites, weighted to cattle markets, customs revenue, space launches, drug prices, concert
listings, handball and hockey, airport statistics, road closures, anniversaries and energy bills, as its
brief asked; written by an annotator who did not read or run narrate and committed before these rules; first
score 81.7%), and what the round's rules leave alone.

Cents written "c" after the number in Australian market reports ("from 188c to 286c", "20c/kg"). A number from
1100 to 1999 before a plural without its "s" ("1212 cattle", "1850 people") counts them, as before a plural
with one. "Pct" after a number is per cent, as wire headlines write it. Days listed before a month, day first
("on 14, 15, 21 and 22 September", "3 and 4 September"), each an ordinal (it had been "three and the fourth of
September"). Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://forbeslivestock.com.au/market-report/forbes-cattle-sale-market-report-11-11-2024/
        ("firm, 2 and 3 scores sold from 188c to 286c,", "en",
         "firm, two and three scores sold from one hundred eighty-eight cents to two hundred eighty-six"
         " cents,"),
        ("last week with 1212 cattle yarded.", "en",
         "last week with one thousand two hundred twelve cattle yarded."),
        # http://news.airwise.com/story/global-passenger-numbers-rise-in-2015
        ("Global Passenger Numbers Up 6.4 Pct In 2015", "en",
         "Global Passenger Numbers Up six point four Percent In twenty fifteen"),
        # https://pant.today/heritage-open-days-celebrates-25th-anniversary/
        ("on 14, 15, 21 and 22 September, 1.00 – 4.30pm.", "en",
         "on the fourteenth, fifteenth, twenty-first and twenty-second of September, one to four thirty"
         " p m."),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # only before a slash or in a span of two: a form's or a stamp's "10c" stays, a recipe's "c" is a cup
        ("Form 10c, a 3c stamp, 2/3c popcorn", "en", "Form 10c, a 3c stamp, two thirds cup popcorn"),
        ("eased 8c/kg.", "en", "eased eight cents per kilogram."),
        # a plural without its "s" counts too; after "in" or "the" the number is still a year
        ("about 1850 people; in 1850 people; the 1850 people", "en",
         "about one thousand eight hundred fifty people; in eighteen fifty people; the eighteen fifty"
         " people"),
        # a precinct's "Pct." before a number is not a percentage
        ("up 5 pct. Ward 2 Pct. 3 voters", "en", "up five percent. Ward two Precinct three voters"),
        # two days with "and": both ordinals; days out of order are no list of days
        ("on 3 and 4 September; 5 and 4 May", "en",
         "on the third and fourth of September; five and the fourth of May"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
