"""Round 63 of issue 11: readings of real web copy (tests/data/normalize/web57/, development pairs from 59
pages on 59 sites, weighted to utility outages, fisheries, festivals, club meetings, lotteries, border
crossings, vaccination schedules, weather, witness appeals, waste collection, student housing, releases,
golf and tennis and car reviews, as its brief asked; written by an annotator who did not read or run narrate
and committed before these rules; first score 80.6%), and what the round's rules leave alone.

A second day joined to a month's day before a preposition ("October 26 and 27 on the") is a date too. French
"7J/7" and "24H/24" in capitals, as "7j/7" is. A tilde between two numbers is a range ("drawn from 1 ~ 49"),
as East Asian copy writes it. German "am 11." without its month before a small word ("am 11. bei
Niederschlägen") is the day, "elften". Each pair is the annotator's, from the page named beside it, compared
as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # http://www.assamtribune.com/scripts/detailsnew.asp?id=oct2617/city053
        ("roads on October 26 and 27 on the", "en",
         "roads on October twenty-sixth and twenty-seventh on the"),
        # http://letrevoux.bzh/tempete-ciaran-enedis/
        ("concerné). 24h/24 et 7J/7,", "fr",
         "concerné). Vingt-quatre heures sur vingt-quatre et sept jours sur sept,"),
        # http://lottostrategies.com/script/showpage/1161007/c/odds_howto.html
        ("drawn from 1 ~ 49 and last", "en", "drawn from one to forty-nine and last"),
        # https://www.donwetter.de/artikel/533-mai-2020?tmpl=component&print=1&layout=default
        ("wir am 11. bei Niederschlägen zwischen 8 Uhr und 23 Uhr.", "de",
         "wir am elften bei Niederschlägen zwischen acht Uhr und dreiundzwanzig Uhr."),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # before a noun the second number counts
        ("May 6 and 7 people", "en", "May sixth and seven people"),
        # before a number alone it is still "about"
        ("10~20 people, about ~50 people, costs ~$5", "en",
         "ten to twenty people, about fifty people, costs about five dollars"),
        # after "am", "vom", "zum" only; "um 5." and "im 5." are left
        ("vom 3. an; zum 15. des Monats; um 5. die", "de",
         "vom dritten an; zum fünfzehnten des Monats; um 5. die"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
