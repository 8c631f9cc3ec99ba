"""Issue 11, round 7: readings of real web copy (tests/data/normalize/unseen4/, scored once blind, then
development). Each written side below is that set's copy (a short window of a public web page); the spoken
side is the annotator's reading, compared as the normalisation pairs are (eSpeak NG's phonemes, stress, word
breaks and "and" aside)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrate.script.normalize import normalize
from narrate.words import segment
from tests.test_normalize import said_as


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a long word in capitals is a word (a dateline, a wire's name), as eSpeak NG reads it; it was spelled
        (
            "MCLEAN, Va., Jan. 02, 2025 (GLOBE NEWSWIRE)",
            "MCLEAN, Virginia, January second, twenty twenty-five (GLOBE NEWSWIRE)",
        ),
        ("WASHINGTON, Friday, September 08, 2006", "WASHINGTON, Friday, September eighth, two thousand six"),
        # hours with a.m. or p.m. written once, after both ("five-seven p m" before)
        ("Visitation will be 5-7 p.m. Friday", "Visitation will be five to seven p m Friday"),
        # a race time: hours, minutes and seconds
        (
            "a time of 1:07:40 and Terefi secured",
            "a time of one hour, seven minutes, forty seconds and Terefi secured",
        ),
        # a direction before a street's name, and the house number before it
        (
            "intersection of S. Cedar Avenue and E. 26th Street in Minneapolis",
            "intersection of South Cedar Avenue and East Twenty-sixth Street in Minneapolis",
        ),
        (
            "Heritage Funeral Home, 3141 N. Washington, Chillicothe, MO 64601.",
            "Heritage Funeral Home, thirty-one forty-one North Washington, Chillicothe, Missouri"
            " six four six oh one.",
        ),
        # AP's party and state between commas after a lawmaker's name
        (
            'former Reps. William Jefferson, D-New Orleans, and Randy "Duke" Cunningham, R-Calif.',
            'former Representatives William Jefferson, Democrat of New Orleans, and Randy "Duke" Cunningham,'
            " Republican of California",
        ),
        # a list's roman numerals, a footnote's asterisk, "vs" without its period, a degree typed as "º"
        (
            "registration includes (i) publication of 1 paper of maximum 5 pages",
            "registration includes (one) publication of one paper of maximum five pages",
        ),
        ("*All patients who received", "All patients who received"),
        (
            "Galaxy S6 vs HTC One M9 vs LG G4 vs Huawei P8",
            "Galaxy S six versus H T C One M nine versus L G G four versus Huawei P eight",
        ),
        ("baking at 400º for 40-50 minutes", "baking at four hundred degrees for forty to fifty minutes"),
        # units news and recipes write: a battery's charge, a blood test, spoons, a peak in metres
        ("only has a 4000mAh battery", "only has a four thousand milliamp-hour battery"),
        # round 114 leaves a slash between words to eSpeak NG, but round 144 says "and/or" "and or"
        (
            "than 100 mg/dL and/or 2 hour glucose",
            "than one hundred milligrams per deciliter and or two hour glucose",
        ),
        (
            "1 tbs. soft butter, 3 tbs. brown sugar, and ¼ cup",
            "one tablespoon soft butter, three tablespoons brown sugar, and one quarter cup",
        ),
        (
            "summited Everest at 8,850m (29,035ft)!!",
            "summited Everest at eight thousand eight hundred fifty meters"
            " (twenty-nine thousand thirty-five feet)!!",
        ),
        ('shallow sided tray (10"x6")', "shallow sided tray (ten inches by six inches)"),
        # a currency's ISO code before the amount, and an equals sign between two amounts
        ("a rate of $1.00 = CNY8.277", "a rate of one dollar equals eight point two seven seven yuan"),
        # a number that starts with a zero is a code, read digit by digit; it ends no range
        (
            "Appellate Court Order No. 12-0529 dated March 14, 2012",
            "Appellate Court Order Number twelve oh five two nine dated March fourteenth, twenty twelve",
        ),
        # initials with their periods, four of them; a fiscal year written short with a slash
        ("Dearie, E.D.N.Y., Brooklyn, N.Y.", "Dearie, E D N Y, Brooklyn, New York"),
        (
            "tax levy of $10.30 for the FY 2025/26 budget.",
            "tax levy of ten dollars and thirty cents for the F Y twenty twenty-five to twenty-six budget.",
        ),
        # a road's kind without its period, a trademark's sign, a compass point between a distance and a place
        ("at Stacy Rd and Central Expwy.", "at Stacy Road and Central Expressway."),
        ("Mortgage Market Survey® (PMMS)", "Mortgage Market Survey (P M M S)"),
        (
            "USGS reports a 6.4 magnitude quake 276 kilometers WNW of Bandon",
            "U S G S reports a six point four magnitude quake two hundred seventy-six kilometers"
            " west-northwest of Bandon",
        ),
        # web/ (round 7 development pairs from web copy)
        # round 78 joins an identifier's parts without "dash", as most development pairs say them (+8 -2)
        pytest.param(
            "against Ordinance 2024-40, adopting an operating",
            "against Ordinance twenty twenty-four dash forty, adopting an operating",
            marks=pytest.mark.xfail(strict=True, reason="round 78 says no 'dash'"),
        ),
        (
            "Council meeting packet. (Ord. 2972, 5/25/21)",
            "Council meeting packet. (Ordinance twenty-nine seventy-two, May twenty-fifth,"
            " twenty twenty-one)",
        ),
        (
            "generally costs between $10-$20 per sheet.",
            "generally costs between ten and twenty dollars per sheet.",
        ),
        ("Mon-Thur, 8:30 a.m.-4:00 p.m.", "Monday to Thursday, eight thirty a m to four p m"),
        (
            "day - 17:00 BST compared to the usual 23:00.",
            "day - seventeen hundred British Summer Time compared to the usual twenty-three hundred.",
        ),
        ("as high as 1.2Gbps.", "as high as one point two gigabits per second."),
        (
            "approved building 780-km 'green' National Highway",
            "approved building seven hundred eighty-kilometer 'green' National Highway",
        ),
        (
            "sheets of 7/16″ plywood in mid-2020 went",
            "sheets of seven-sixteenths-inch plywood in mid-twenty twenty went",
        ),
        (
            "perfect 4×8 sheet of 3/4-inch plywood for",
            "perfect four by eight sheet of three-quarter-inch plywood for",
        ),
        (
            "Huawei P20 Pro an 8.9/10 rating in",
            "Huawei P twenty Pro an eight point nine out of ten rating in",
        ),
        ("will open a .pdf file that", "will open a dot P D F file that"),
        ("At around T-40 seconds of the launch", "At around T minus forty seconds of the launch"),
        (
            "**Election results before 1990 available upon request**",
            "Election results before nineteen ninety available upon request",
        ),
        ("clause 2(a) of rule IX, add the following", "clause two(a) of rule nine, add the following"),
        (
            "entrance on 23d St. between C and D Streets NW.",
            "entrance on Twenty-third Street between C and D Streets Northwest.",
        ),
        ("in Oklahoma City, 2805 N McKinley.", "in Oklahoma City, twenty-eight oh five North McKinley."),
        (
            "Govt approves Rs 7,660 cr green highway project",
            "Government approves seven thousand six hundred sixty crore rupees green highway project",
        ),
        (
            "Last Updated : Feb 27 2024 | 7:12 PM IST",
            "Last Updated: February twenty-seventh, twenty twenty-four | seven twelve p m"
            " Indian Standard Time",
        ),
        # web2/ (round 8): doses and lab values, arithmetic, dates, eras, sovereigns, stations, lenses
        (
            "reduce dose to 12-20 mg/kg/day.",
            "reduce dose to twelve to twenty milligrams per kilogram per day.",
        ),
        ("Maintenance dose usually 1-2g/day.", "Maintenance dose usually one to two grams per day."),
        ("dialysis [>50 ml/min]: No change.", "dialysis [over fifty milliliters per minute]: No change."),
        (
            "$150 × 12 months = $1,800 per year",
            "one hundred fifty dollars times twelve months equals one thousand eight hundred dollars"
            " per year",
        ),
        ("Last reviewed 01/2018", "Last reviewed January twenty eighteen"),
        ("Sun Mar 17, 2002 5:25 am", "Sunday March seventeenth, two thousand two five twenty-five a m"),
        ("this day in 313 AD: Constantine", "this day in three thirteen A D: Constantine"),
        (
            "Birth of Thomas Aquinas (d.1274), Italian monk,",
            "Birth of Thomas Aquinas (died twelve seventy-four), Italian monk,",
        ),
        ("Borgia is elected Pope Callistus III.", "Borgia is elected Pope Callistus the Third."),
        (
            "WBEN-AM (930), WBFO-FM (88.7)",
            "W B E N A M (nine hundred thirty), W B F O F M (eighty-eight point seven)",
        ),
        ("16MP resolution and f/1.7 aperture", "sixteen megapixel resolution and f one point seven aperture"),
        (
            "- 401k matching: 6% of salary, so $3,420 per year",
            "- four oh one k matching: six percent of salary, so three thousand four hundred twenty"
            " dollars per year",
        ),
        (
            "a 20 minute delay because we were nr.9 in sequence",
            "a twenty minute delay because we were number nine in sequence",
        ),
        (
            "reaches a searing 1,400 degrees F.",
            "reaches a searing one thousand four hundred degrees Fahrenheit.",
        ),
        (
            "As of 1230am, closing doors for departure.",
            "As of twelve thirty a m, closing doors for departure.",
        ),
        ("still in drive on W 19th Avenue.", "still in drive on West Nineteenth Avenue."),
        (
            "low of 71° and E-SE wind around 5 mph",
            "low of seventy-one degrees and east-southeast wind around five miles per hour",
        ),
        ("Assembly Bill 480 mandates that all", "Assembly Bill four eighty mandates that all"),
        # web3/ (round 9)
        (
            "Early Registration (Nov to Feb 29): $95",
            "Early Registration (November to February twenty-ninth): ninety-five dollars",
        ),
        (
            "collected in mid-July, mid-Sep, mid-Feb, and mid-Apr.",
            "collected in mid-July, mid-September, mid-February, and mid-April.",
        ),
        (
            "REGULAR: 06/03/2024 - 07/14/2024",
            "REGULAR: June third, twenty twenty-four to July fourteenth, twenty twenty-four",
        ),
        ("1/3 Cup 2 Tbsp + 2 Tsp", "one third Cup two tablespoons plus two teaspoons"),
        (
            "charging up to $25/hour after 10 hours for public",
            "charging up to twenty-five dollars an hour after ten hours for public",
        ),
        ("| Oct 02, 2012 | +1.86% |", "| October second, twenty twelve | plus one point eight six percent |"),
        ("was a Boeing 737-700.", "was a Boeing seven thirty-seven seven hundred."),
        ("Attachments: N/A", "Attachments: not applicable"),
        # an amount as an adjective keeps its cents singular too
        ("The $2.40 priority mail stamp", "The two dollar and forty cent priority mail stamp"),
        # a web address's label of words written together, said as words; four letters no word starts with
        ("be found at http://themusicvenue.org.", "be found at the music venue dot org."),
        ("be left at www.heritage-becausewecare.com.", "be left at heritage dash because we care dot com."),
        ("Body Dementia Association (www.lbda.org).", "Body Dementia Association (L B D A dot org)."),
    ],
)
def test_real_copy(written: str, spoken: str) -> None:
    assert said_as(written, spoken), normalize(written)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("The FBI and the NAACP", "F B I"),  # initialisms of up to five letters are still spelled
        ("at 12:30:15 local time", "12:30:15"),  # a clock with its seconds is not a race time
        ("In 2005 North Korea said", "two thousand five"),  # a year before a direction is no house number
        ("a vote, R-Squared, said", "R-Squared"),  # a party tag follows a name
        ("f*ck off", "f*ck"),  # an asterisk inside a word is no footnote
        ("the USD index", "U S D"),  # a currency's code without an amount
        ("in 2021/15 and 2024/2025", "2021/15"),  # a slash between years that do not follow is no span
        ("the Rd to", "Rd"),  # a road's kind follows its name
        ("from 5-10 people", "five to ten"),  # "and" only after "between"
        ("Bill 21 passed", "Bill twenty-one"),  # a short number after a document's noun is a number
        ("a Class C felony", "Class C"),  # a single C or L after "Class" is a letter, not a hundred
        ("Category V hurricane", "Category five"),
        ("3d printing", "3d"),  # "3d" is an ordinal only before a street, a circuit, a district ...
        ("100 W Bulbs", "W Bulbs"),  # an undotted E or W after a number may be a unit
        ("at 8:00 and at 00:00", "eight and at midnight"),
        ("email him at lnolan@breitbart.com", "breitbart dot com"),  # a name is no glued words
        ("visit tagesschau.de", "tagesschau dot D E"),
        ("3 g-force", "g-force"),  # a hyphen after "g" makes a word
        ("a 4x8 sheet", "four by eight"),  # a size, with no equals sign after it
        ("S-E-W", "S-E-W"),  # compass points only in a pair
        ("C++ code", "C++"),  # a plus sign after a letter is no sign of a number
        ("Sun Mar", "Sun Mar"),  # a day's short name only before a date
    ],
)
def test_what_stays(written: str, kept: str) -> None:
    assert kept in normalize(written)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=40))
@settings(max_examples=300, derandomize=True, deadline=None)
def test_segment_gives_the_run_back_in_words(run: str) -> None:
    words = segment(run)
    if words is not None:
        assert "".join(words) == run and len(words) >= 2


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Ranges whose halves other rules said apart ("three-the fifth of March", "one-one half cups",
        # "ten o'clock-eleven thirty", "the nineteen sixties-seventies"): shapes probed after the blind sets
        # showed ranges as the weakest class (constructed, not copy: no write-part page has them)
        ("3-5 March 2024", "the third to the fifth of March, twenty twenty-four"),
        ("1-1/2 cups", "one and a half cups"),
        ("from 10:00-11:30", "from ten to eleven thirty"),
        ("the 1960s-70s", "the nineteen sixties to seventies"),
        ("Monday-Friday", "Monday to Friday"),
        ("1st-3rd grade", "first to third grade"),
        ("Nos. 3-5", "numbers three to five"),
        # dates probed the same way: a month and a day after "on" (was "three fifteenths"), a day's short
        # name before a day-first date, "c." before a year
        ("on 3/15 and after 9/11", "on March fifteenth and after nine eleven"),
        ("Tue 5 Mar 2024", "Tuesday the fifth of March, twenty twenty-four"),
        ("built c. 1850", "built circa eighteen fifty"),
        # abbreviations probed the same way: before a name a sister, a father, a county ("Senior. Mary" and
        # "Company. Cork" before); after one still Senior and Company
        ("said Sr. Mary in Co. Cork", "said Sister Mary in County Cork"),
        ("John Smith Sr. said", "John Smith Senior said"),
        ("pizza w/ cheese, excl. VAT", "pizza with cheese, excluding V A T"),
        ("the 49ers and the 76ers", "the forty-niners and the seventy-sixers"),
        ("Brig. Gen. Ray", "Brigadier General Ray"),
    ],
)
def test_probed_shapes(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
