"""Round 43 of issue 11: readings of real web copy (tests/data/normalize/web37/, development pairs from 47
pages on 47 sites: English sport, schools, property, research and listings, Spanish and German regional news;
written by an annotator who did not read or run narrate and committed before these rules; first score 77.1%),
and what the round's rules leave alone.

A team's won-lost record in brackets ("Galena (4-0)" "four and oh"); a shutout ("a 9-0 run" "nine to
nothing"), where a vote's tally stays "to zero"; a school class's district ("District 24-6A"); a numbered
item's number that runs down ("#12-10"); "#" glued after a label ("MLS# 11453532"); a season's second year
with its zero ("2005-06"); a distance before a race ("500m Dash"); German scores after an article or "mit",
a club's second team ("Melsungen II"); Spanish seasons with a slash ("2018/2019"). Each pair is the
annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://www.galvnews.com/sports/high_school/free/article_0f5a878d-fdd2-55b3-9b72-33f48f033819.html
        ("road 7 p.m. Friday at Clear Lake (6-4).", "en",
         "road seven p m Friday at Clear Lake (six and four)."),
        ("Dickinson (10-0 in District 24-6A) looks", "en",
         "Dickinson (ten and oh in District twenty-four six A) looks"),
        # https://www.joplinglobe.com/sports/local_sports/galena-holds-off-college-heights-at-4-states-shootout/article_bad55b40-6071-11ec-9206-dff4328ca4a9.html
        ("Galena (4-0) opened the game with a 9-0 run", "en",
         "Galena (four and oh) opened the game with a nine to nothing run"),
        # https://www.wvgazettemail.com/sports/prep_sports/football/prep-football-roundup-late-field-goal-lifts-moorefield-past-hoover/article_243f2c9c-6730-50d7-a36b-abb5d78d1e8b.html
        ("The Huskies (2-2), playing their", "en", "The Huskies (two and two), playing their"),
        # https://qctimes.com/prep-report-clinton-routs-wahlert/article_34fa7fe1-68bc-508e-982c-95463f26bc27.html
        ("a 57-yard touchdown that made it 14-0.", "en",
         "a fifty-seven-yard touchdown that made it fourteen to nothing."),
        # https://paparksandforests.org/hb-2013-the-rules-committee-passed-33-0/
        ("HB 2013: The Rules Committee Passed 33-0", "en",
         "H B twenty thirteen: The Rules Committee Passed thirty-three to zero"),
        # https://www.mrenergy.com/legislative-regulatory/south-dakota/south-dakota-2021-senate-bill-introductions
        ("Deferred to the 41st Legislative Day (7-6) 3/1/21.", "en",
         "Deferred to the forty-first Legislative Day (seven to six) March first, twenty twenty-one."),
        # https://cmsarchive.civicplus.com/Plaistow%20NH/PlaistowNH_ZBAMinutes/2012%20Minutes/Wccc4eb1e3a1d.htm
        ("decision. #12-10: A request from", "en", "decision. Number twelve-ten: A request from"),
        # http://www.spiderfarmer.com/2010/08/16/house-hunting-more-70s/
        ("MLS# 11453532", "en", "M L S number one one four five three five three two"),
        # http://peabodykansas.com/olddirect/preliminary_number_shows_enrollment_decrease+p1004enroll+5072656c696d696e617279206e756d6265722073686f777320656e726f6c6c6d656e74206465637265617365
        ("some from the 2005-06 school year when", "en",
         "some from the two thousand five to oh six school year when"),
        # https://hpshplaidline.org/2018/05/02/track-and-field-2/
        ("100m Dash HP-(G) 13.81 (B) 11.40", "en",
         "one hundred meter Dash H P-(G) thirteen point eight one (B) eleven point four zero"),
        # https://www.sport.de/diashow/sl9929/die-besten-bilder-vom-super-bowl-58
        ("führten die Niners knapp mit 19:16", "de", "führten die Niners knapp mit neunzehn zu sechzehn"),
        # https://www.hanauer.de/sport/sport-mix/oberligameisterschaft-entscheidet-sich-letzten-spieltag-13290724.html
        ("die MT Melsungen II beim 39:28 nach", "de",
         "die M T Melsungen zwei beim neununddreißig zu achtundzwanzig nach"),
        ("nicht über ein 26:26 gegen Dutenhofen/Münchholzhausen II hinaus.", "de",
         "nicht über ein sechsundzwanzig zu sechsundzwanzig gegen Dutenhofen/Münchholzhausen zwei hinaus."),
        # https://www.eldeportedejaen.com/2019/02/los-mejores-tercera-division/
        ("Tercera División 2018/2019. Divididos en 18 grupos,", "es",
         "Tercera División dos mil dieciocho-dos mil diecinueve. Divididos en dieciocho grupos,"),
        # https://logrono.es/normativa-municipal?delta=10&start=2
        ("Vacacionales de Navidades 2022/2023", "es",
         "Vacacionales de Navidades dos mil veintidós-dos mil veintitrés"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # records: several, a pitcher's earned-run average after one, the rest of the bracket
        ("The Cougars (29-2, 16-2) knocked off", "en",
         "The Cougars (twenty-nine and two, sixteen and two) knocked off"),
        ("Veteran Jaime Garcia (15-11, 2.76) gets", "en",
         "Veteran Jaime Garcia (fifteen and eleven, two point seven six) gets"),
        ("The Raccoons (7-1 in 7-5A, 9-1 overall)", "en",
         "The Raccoons (seven and one in seven five A, nine and one overall)"),
        # not a record: an age group, a range with its unit, a tally before a date, a price after
        ("Ages (6-12) are welcome", "en", "Ages (six to twelve) are welcome"),
        ("Kids (6-12 years) $20", "en", "Kids (six to twelve years) twenty dollars"),
        ("Young Adult (18-35): $130", "en",
         "Young Adult (eighteen to thirty-five): one hundred thirty dollars"),
        # a shutout, and a vote's tally
        ("beat Cubs 6-0", "en", "beat Cubs six to nothing"),
        ("approved the plan 5-0 on Tuesday", "en", "approved the plan five to zero on Tuesday"),
        ("in a 7-0 vote", "en", "in a seven to zero vote"),
        # a numbered item running up is a range; several items are a range
        ("No. 5-7 seeds", "en", "number five to seven seeds"),
        ("Nos. 3-5", "en", "numbers three to five"),
        # "#" after one capital is a name ("C#"), left to the other rules
        ("call C# 3 times", "en", "call C# three times"),
        # a span of years that is no season keeps its number
        ("from 2001-05 the", "en", "from two thousand one to five the"),
        ("the 2008/09 season", "en", "the two thousand eight to oh nine season"),
        # a glued "m" before a word that is no race stays millions
        ("a $500m Deal", "en", "a five hundred million dollar Deal"),
        ("won the 200m freestyle", "en", "won the two hundred meter freestyle"),
        # German: a ruler keeps eSpeak NG's reading; a ruler's ordinal is the ruler rule's
        ("König Ludwig II ließ", "de", "König Ludwig II ließ"),
        ("dem Herzog Heden II. dem Abt", "de", "dem Herzog Heden der Zweite dem Abt"),
        ("um 19:16 Uhr", "de", "um neunzehn Uhr sechzehn"),
        # Spanish: years that do not follow each other are a file's number
        ("Expte. 2031/2018. APROBACIÓN", "es", "Expte. 2031/2018. APROBACIÓN"),
        ("la campaña 2023/24 como", "es", "la campaña dos mil veintitrés veinticuatro como"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
