"""Round 149 and on of issue 11 (pairs cut by helper annotators from real web copy; the comment before each
pair names its set and page; rounds 144 to 148 are in test_normalize_round144.py).

Round 149: a clock time with its seconds before a.m., p.m. or a time zone is said as a clock ("16:22:13 UTC"
"sixteen twenty-two and thirteen seconds U T C", "3:24:56 p.m. EST"; the digits had been left to eSpeak NG, or
read as a race's hours, minutes and seconds when the hour was under ten; blind +7 -1). A time under ten hours
with no zone after it is still a race's ("finished in 3:51:19").
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # web181: http://sonnysredwoods.org/library/manonmoon.cfm
        ("Injection burn at 16:22:13 UTC. About",
         "Injection burn at sixteen twenty-two and thirteen seconds U T C. About"),
        ("On July 19 at 17:21:50 UTC, Apollo 11",
         "On July nineteenth at seventeen twenty-one and fifty seconds U T C, Apollo eleven"),
        # web34: http://absoluteastronomy.com/topics/US_Airways_Flight_1549
        ("at 3:24:56 p.m. EST (20:24:56 UTC). The",
         "at three twenty-four and fifty-six seconds p m Eastern Standard Time"
         " (twenty twenty-four and fifty-six seconds U T C). The"),
        # web15: https://vote-2012.proboards.com/thread/11080/local-council-elections-3-2018?page=5
        ("on May 4, 2018 15:22:18 GMT With all",
         "on May fourth, twenty eighteen fifteen twenty-two and eighteen seconds G M T With all"),
        # no seconds said for ":00"; a race's time with no zone after it is as before
        ("at 13:32:00 UTC (9:32:00 a.m. EDT",
         "at thirteen thirty-two U T C (nine thirty-two a m Eastern Daylight Time"),
        ("finished in 3:51:19 and", "finished in three hours, fifty-one minutes, nineteen seconds and"),
    ],
)  # fmt: skip
def test_a_clock_time_with_its_seconds(text: str, said: str) -> None:
    assert normalize(text, "en") == said
