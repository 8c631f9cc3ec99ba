"""Round 69 of issue 11: a lone zero after the point.

A decimal whose only decimal is a zero ("15.0 feet", "6.0 innings", "a GPA of 4.0") is said "point zero",
as eSpeak NG itself says it; "point oh" is kept for a version's number, after a name ("Android 8.0", "CC
BY-SA 4.0", "Web 2.0"), after "version", "v", "release", "edition", "rev", "firmware" or "update", and for a
size joined to its unit by a hyphen ("a 2.0-liter engine"). It had been "oh" everywhere. On the pairs this
was scored on, "point zero" stood beside the spoken sides' "point oh" about two to one. Each real-copy pair is
from the development page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # web36: https://govonestop.com/alert/flood-warning-09192024-0059-north-carolina-areas
        ("At 18.0 feet, Moderate flooding begins.", "At eighteen point zero feet, Moderate flooding begins."),
        # web39: http://meacsports.com/news/2021/3/6/meac-baseball-recap-march-6.aspx
        ("while striking out six in 6.0 innings.", "while striking out six in six point zero innings."),
        # web41: https://bulletins.iu.edu/iupui/2012-2014/schools/univ-college/policies/deans.shtml
        ("GPA from 3.7 to 4.0 receive", "G P A from three point seven to four point zero receive"),
        # web: https://www.engadget.com/2018/02/26/sony-xperia-xz2-xz2-compact-hands-on/
        ("The XZ2 also runs Android 8.0 Oreo,", "The X Z two also runs Android eight point oh Oreo,"),
        # web12: https://autonxt.net/the-taming-of-the-turbo/?section=1
        ("from a 147-horsepower 2.0-liter naturally-aspirated four",
         "from a one hundred forty-seven-horsepower two point oh-liter naturally-aspirated four"),
    ],
)  # fmt: skip
def test_real_copy(text: str, spoken: str) -> None:
    assert heard_as(text, spoken, "en")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Web 2.0 and version 3.0, v2.0 and release 1.0",
         "Web two point oh and version three point oh, version two point oh and release one point oh"),
        # a capital that starts a sentence names nothing
        ("At 18.0 feet. The 4.0 mark", "At eighteen point zero feet. The four point zero mark"),
        # "1.07", "10.00": not a lone zero
        ("1.07 and 10.00", "one point zero seven and ten"),
    ],
)  # fmt: skip
def test_what_the_rule_says(text: str, said: str) -> None:
    assert normalize(text, "en") == said
