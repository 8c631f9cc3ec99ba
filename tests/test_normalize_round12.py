"""Round 12, English: a regnal numeral is one to thirty-nine and never a middle initial.

"John L. Lewis" was said "John the fiftieth. Lewis", "Malcolm X" "Malcolm the tenth": a first name that
kings have had, then a single letter that is also a numeral. The pairs are from real copy (sources beside
each), collected after a first name and an initial were seen read as a king in a hand check.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # http://rawblogxport.blogspot.com/2006/01/grim-reminder-that-coal-long-forgotten.html (AP)
        (
            "By the 1930s, John L. Lewis was one of the nation's most recognized figures",
            "By the nineteen thirties, John L. Lewis was one of the nation's most recognized figures",
        ),
        # https://content.time.com/time/magazine/article/0,9171,792095,00.html
        (
            "Two weeks before Pearl Harbor, John L. Lewis’ United Mine Workers ended a six-day strike.",
            "Two weeks before Pearl Harbor, John L. Lewis’ United Mine Workers ended a six-day strike.",
        ),
        # http://www.actionnewsnow.com/news/hundreds-to-mark-50th-year-since-malcolm-x-s-assassination/ (AP)
        (
            "are remembering civil rights leader Malcolm X with a ceremony",
            "are remembering civil rights leader Malcolm X with a ceremony",
        ),
    ],
)
def test_initials_and_names_are_not_kings(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Henry V was king", "Henry the fifth was king"),
        ("King Henry V. Then", "King Henry the fifth. Then"),  # a title makes it a king, point or not
        ("George VI. The", "George the sixth. The"),  # two letters are no initial
        ("Pope Leo XIV", "Pope Leo the fourteenth"),
    ],
)
def test_regnal_numerals_still_read(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # https://www.porh.psu.edu/five-things-supreme-court-roe-v-wade/
        (
            "The Supreme Court’s decision in Dobbs v. Jackson Health dramatically and rapidly alters",
            "The Supreme Court’s decision in Dobbs versus Jackson Health dramatically and rapidly alters",
        ),
        # https://www.usatoday.com/web-stories/supreme-court-overturn-roe-explained/
        (
            "the court then ruled 5-4 to overturn Roe v. Wade, with Chief Justice John Roberts",
            "the court then ruled five to four to overturn Roe versus Wade, with Chief Justice John Roberts",
        ),
    ],
)
def test_a_case_name_says_versus(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize("text", ["verse v. The", "a v. B"])
def test_a_lower_case_word_before_v_is_no_case(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # https://foxnews.com/sports/lakers-rally-past-thunder-119-112-in-ot-for-5th-win-in-a-row.amp
        (
            "Lakers rally past Thunder 119-112 in OT for 5th win in a row",
            "Lakers rally past Thunder one hundred nineteen to one hundred twelve in O T for fifth win in a "
            "row",
        ),
        # http://www.deccanherald.com/content/480119/federer-has-easy-halep-upset.html
        (
            "to advance to the third round with a 6-3, 6-7(7), 6-3, 6-3 win.",
            "to advance to the third round with a six three, six seven (seven), six three, six three win.",
        ),
        # https://mynewsblogs.blogspot.com/2015/10/shanghai-open-2015-roger-federer.html
        (
            "losing the match 7-6(4) 2-6 6-3.",
            "losing the match seven six (four) two six six three.",
        ),
        # https://www.business-standard.com/amp/article/news-ians/federer-wawrinka-berdych-enter-third-round-in-us-open-115090400453_1.html
        (
            "claiming the match 7-6 (7), 7-6 (7), 7-6 (8) in straight sets.",
            "claiming the match seven six (seven), seven six (seven), seven six (eight) in straight sets.",
        ),
        (  # the same page: a player retired in the fourth set, "2-1" is no set
            "who beat American Jack Sock 4-6, 4-6, 6-3, 2-1 (retired).",
            "who beat American Jack Sock four six, four six, six three, two to one (retired).",
        ),
        # https://nationalpost.com/pmn/sports-pmn/tsitsipas-goffin-win-in-2nd-round-at-new-york
        ("winning 7-6 (8-6), 6-4.", "winning seven six (eight six), six four."),
    ],
)
def test_scores(text: str, spoken: str) -> None:
    """A game's score after a team's name is no model number ("one nineteen"); tennis sets with their
    tie-breaks are sets, not ranges."""
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"), [("ages 6-8", "ages six to eight"), ("won 6-4", "won six to four")]
)
def test_one_set_without_a_tie_break_is_a_range_or_a_score(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


# https://msjmortgage.com/recipe-of-the-month-baked-apples/
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Bake at 350 degrees F for 30 minutes.",
            "Bake at three hundred fifty degrees Fahrenheit for thirty minutes.",
        ),
        (
            "Uncover and increase heat to 375 degrees F. Cook for 30-45 minutes",
            "Uncover and increase heat to three hundred seventy-five degrees Fahrenheit. Cook for thirty to "
            "forty-five minutes",
        ),
    ],
)
def test_the_scale_after_degrees(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # https://www.vicnews.com/news/monday-sees-sunny-skies/
        (
            "Monday is expected to be mainly cloudy with a high of 22 C and an overnight low of 12 C.",
            "Monday is expected to be mainly cloudy with a high of twenty-two degrees Celsius and an "
            "overnight low of twelve degrees Celsius.",
        ),
        # https://ottawacitizen.com/news/local-news/weather-sunny-warm-days-ahead
        (
            "Evenings are expected to be manageable, too, with lows of between 14-17 C for the period.",
            "Evenings are expected to be manageable, too, with lows of between fourteen and seventeen "
            "degrees Celsius for the period.",
        ),
        # https://ottawacitizen.com/news/local-news/a-sunny-monday-followed-by-a-risk-of-showers-tuesday
        (
            "a high of 26 C that will feel like 28.",
            "a high of twenty-six degrees Celsius that will feel like twenty-eight.",
        ),
        ("Fill in Form 22 C today.", "Fill in Form twenty-two C today."),  # no weather: a code
    ],
)
def test_a_spaced_temperature_in_a_forecast(text: str, spoken: str) -> None:
    """Canadian Press style writes "22 C" (a space, no degree sign)."""
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # web6 (an energy page's copy)
        (
            "Customers consume 800kWh - 2,000kWh per month.",
            "Customers consume eight hundred kilowatt hours to two thousand kilowatt hours per month.",
        ),
        ("between 5 km - 10 km", "between five kilometers and ten kilometers"),
        ("Results: 5 yes - 3 no", "Results: five yes - three no"),  # two units: no range
    ],
)
def test_a_spaced_dash_between_two_amounts_of_one_unit(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
