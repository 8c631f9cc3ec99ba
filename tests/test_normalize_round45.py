"""Round 45 of issue 11: readings of real web copy (tests/data/normalize/web39/, development pairs from 53
pages on 53 sites: English police and fire, utility and transit, inspections, property and sport, Spanish
and French regional news; written by an annotator who did not read or run narrate and committed before these
rules; first score 78.7%; and the misses of the older development sets), and what the round's rules leave
alone.

A won-lost record after the verbs that move or state one; shots made of shots taken ("7-11 shooting"); an
ordinal's ending set apart ("16 th"); "St." after a place's kind ("Mount St. Mary's"); Spanish centuries
("siglo XVI"); a direction's letter after a street's kind ("Ave. S,"); a fire alarm box's number; overtime
after a final score. Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says
it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://acuoptimist.com/2024/11/wildcats-top-texas-state-fall-to-kennesaw-state-in-second-conference-usa-matchup/
        ("on 7-11 shooting from the field and 6-8 from three.", "en",
         "on seven of eleven shooting from the field and six of eight from three."),
        # http://meacsports.com/news/2021/3/6/meac-baseball-recap-march-6.aspx
        ("Rea recorded his 16 th career victory,", "en", "Rea recorded his sixteenth career victory,"),
        ("Coppin State 15, Mount St. Mary's 5", "en", "Coppin State fifteen, Mount Saint Mary's five"),
        # https://turismosevilla.org/it/node/23095
        ("se remonta al siglo XVI en toda", "es", "se remonta al siglo dieciséis en toda"),
        # https://nuestrasfiestas.com/albacete/fiestas-en-albacete
        ("de los siglos XV y XVI ya", "es", "de los siglos quince y dieciséis ya"),
        # https://www.statesmanjournal.com/story/money/business/2016/11/08/restaurant-inspections-adams-rib-smokehouse/93455878/
        ("Details: 110 Hansen Ave. S, Salem", "en", "Details: one ten Hansen Avenue South, Salem"),
        # https://www.paxtangfire.com/41016-wsf-box-37-5/
        ("At 0929 hrs box 37-5 was struck", "en",
         "At oh nine twenty-nine hours box thirty-seven five was struck"),
        # https://rapidcityjournal.com/news/fridays-high-school-football-scores/article_9755fa52-be90-5e36-863f-113ab5926227.html
        ("Faulkton 58, Sully Buttes 50, 2OT", "en",
         "Faulkton fifty-eight, Sully Buttes fifty, double overtime"),
        # https://www.heraldmailmedia.com/sports/friday-night-roundup-spring-mills-suffers-1st-loss-in-ot/article_d73cb804-ff9d-11ea-b910-cbfdf5e250f2.html
        ("Frankfort 21, Spring Mills 20 (OT)", "en", "Frankfort twenty-one, Spring Mills twenty (overtime)"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # records after the verbs that move or state them; a three-part hockey record keeps its hyphens' rule
        ("the Lakers dropped to 11-16.", "en", "the Lakers dropped to eleven and sixteen."),
        ("is now 4-0 at home", "en", "is now four and oh at home"),
        ("shots: 4-of-12 shooting", "en", "shots: four of twelve shooting"),
        # an ordinal's ending only when it is the number's own
        ("the 2 st thing", "en", "the two st thing"),
        ("the 1 st place", "en", "the first place"),
        # a place's kind before a saint; a street stays a street
        ("in Port St. Lucie", "en", "in Port Saint Lucie"),
        ("on Baker St. near", "en", "on Baker Street near"),
        # Spanish: a century; "Siglo de Oro" is no numeral
        ("en el siglo XXI", "es", "en el siglo veintiuno"),
        ("el Siglo de Oro", "es", "el Siglo de Oro"),
        # a direction's letter only before a comma or at the end
        ("on Main St. S", "en", "on Main Street South"),
        ("Main St. E. Smith said", "en", "Main Street E. Smith said"),
        # a box's range that runs up stays a range
        ("Box 5-10 items", "en", "Box five to ten items"),
        # overtime only after a score; "(OT)" elsewhere, and ", OT" without its count, are left
        ("the patient (OT) said", "en", "the patient (O T) said"),
        ("Catholic 13, OT", "en", "Catholic thirteen, O T"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
