"""Round 64 of issue 11: readings of real web copy (tests/data/normalize/web58/, development pairs from 51
pages on 51 sites, weighted to ambulance response times, gardening, regattas, opening notices, wages, history
talks, pool and coach timetables, school fees, energy tariffs, hiking guides and river levels, as its brief
asked; written by an annotator who did not read or run narrate and committed before these rules; first score
77.9%), and what the round's rules leave alone.

A German hiking guide's "Hm" (Höhenmeter) and a capitalised "Km" after a number. German "MwSt." is
"Mehrwertsteuer". Knots written "kts" ("12kts") and Kenya's "Ksh." before an amount ("Ksh.25 million"). Pence
per day ("46p/day"), as "$12/month" was (the slash had been dropped, "forty-six pence day"). Britain's 999,
101 and 111 before "call", "service" and the like are said digit by digit, as 911 is. A British number with
its area code in brackets ("(01262) 606715", "(020) 7946 0958"), as without them. Each pair is the
annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://gipfelglueck.org/category/uncategorized/page/11
        ("Aufstieg: 120 Hm Abstieg: 120 Hm", "de",
         "Aufstieg: hundertzwanzig Höhenmeter Abstieg: hundertzwanzig Höhenmeter"),
        # https://findpenguins.com/phiphi2001/trip/hiking-summer
        ("der 16 Km langen Tour.", "de", "der sechzehn Kilometer langen Tour."),
        # https://stadtwerke-bsa.de/stadtwerke/strom-vertrieb/preisuebersicht-aktuell-2022
        ("brutto (inkl. 19 % MwSt.)", "de", "brutto (inklusive neunzehn Prozent Mehrwertsteuer)"),
        # https://livinglaudatosi.com/2022/08/26/further-fuel-price-rises/
        ("charges are 46p/day for electricity (was 45p/day) and", "en",
         "charges are forty-six pence a day for electricity (was forty-five pence a day) and"),
        # https://www.nuffieldtrust.org.uk/resource/ambulance-response-times
        ("receiving a 999 call to a", "en", "receiving a nine nine nine call to a"),
        # http://www.eastridingleisure.co.uk/bridlington/swimming/pool-timetable/
        ("contact us on (01262) 606715. Download swimming timetable", "en",
         "contact us on (oh one two six two) six oh six seven one five. Download swimming timetable"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # only after a number
        ("die Hm-Angabe, 1 Km", "de", "die Hm-Angabe, ein Kilometer"),
        # knots written "kts"; Kenya's "Ksh." glued to the amount (it had been read as a decimal, ".25")
        ("around 11 to 12kts; Ksh.25 million", "en",
         "around eleven to twelve knots; twenty-five million Kenyan shillings"),
        # before "call", "service" and the like only
        ("999 people; the 111 service", "en", "nine hundred ninety-nine people; the one one one service"),
        ("Tel: (020) 7946 0958", "en", "Tel: (oh two oh) seven nine four six, oh nine five eight"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
