"""Rounds 144 and on of issue 11 (pairs cut by helper annotators from real web copy; the comment before each
pair names its set and page; rounds 120 to 143 are in test_normalize_round120.py).

Round 144: "LTD" in capitals is "Limited", as eSpeak NG itself says it (the capitals had made it an
initialism, "L T D"); an ISO code after an amount with a sign of the same money, spaced or joined, names the
money once ("$20AUD" "twenty Australian dollars", "$75 USD" "seventy-five U S dollars", "£54GBP" "fifty-four
pounds"; the dollar sign is the peso's too); a clock time before "hrs" is the 24-hour clock's ("15:00 hrs"
"fifteen hundred hours"), and before "o'clock" its hour alone ("18:00 o'clock" "eighteen o'clock"; had been
"fifteen hundred hrs" and "eighteen hundred o'clock").
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # web161: https://www.standbanner.co.uk/terms-and-conditions
        ("with STAND BANNER LTD you agree", "with STAND BANNER Limited you agree"),
        # web73: https://trevornick.co.uk/terms-and-conditions/
        ("Trevornick Holiday Park LTD –Terms", "Trevornick Holiday Park Limited –Terms"),
    ],
)  # fmt: skip
def test_ltd_in_capitals_is_limited(text: str, said: str) -> None:
    assert normalize(text, "en") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # web171: https://paulstravelnotes.com/a-guide-to-hostels-in-europe
        ("between $20AUD and $60AUD.", "between twenty Australian dollars and sixty Australian dollars."),
        ("$100AUD is equal to $75USD and £54GBP.",
         "one hundred Australian dollars is equal to seventy-five U S dollars and fifty-four pounds."),
        # web147: https://hypebeast.com/2020/11/apple-event-date-details-one-more-thing-arm-mac-silicon-november-10
        ("at $75 USD, about one-fourth of", "at seventy-five U S dollars, about one-fourth of"),
        ("$250 MXN", "two hundred fifty Mexican pesos"),
        # another money's code is left to be spelled
        ("$5 EUR", "five E U R"),
        ("$5EUR", "five E U R"),
    ],
)  # fmt: skip
def test_a_code_after_an_amount_names_its_money(text: str, said: str) -> None:
    assert normalize(text, "en") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # web171: https://quintagalindo.com/en/regulation/
        ("rooms is from 15:00 hrs.", "rooms is from fifteen hundred hours."),
        # web171: https://laplazahostal.es/politicas-generales/
        ("until 18:00 o’clock on the arrival", "until eighteen o’clock on the arrival"),
        # web171: https://mijnmaurik.nl/de/camping
        ("Check-in starts at 14:00 o’clock", "Check-in starts at fourteen o’clock"),
        # web80: https://zhcnt4.ilovetranslation.com/boqyRmtooEu=d (a leading zero is said only where the text
        # has hours past twelve)
        ("dock between 06:30 and 07:30 hours, by", "dock between six thirty and seven thirty hours, by"),
        ("from 09:00 hrs to 17:00 hrs", "from oh nine hundred hours to seventeen hundred hours"),
        # minutes before "o'clock" are left to the clock rule
        ("at 10:30 o'clock", "at ten thirty o'clock"),
    ],
)  # fmt: skip
def test_a_clock_time_before_hrs_or_oclock(text: str, said: str) -> None:
    assert normalize(text, "en") == said
