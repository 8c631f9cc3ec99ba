"""Issue 11, round 11: readings of real web copy (development pairs of tests/data/normalize/web*/, scored
before these rules). Each written side is that set's copy (a short window of a public web page); the spoken
side is the annotator's reading, compared as the normalisation pairs are (eSpeak NG's phonemes, stress, word
breaks and "and" aside)."""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.test_normalize import said_as


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a number straight after a capitalised word within a sentence names a thing: said in pairs
        ("chipset like the Snapdragon 778G or", "chipset like the Snapdragon seven seventy-eight G or"),
        (
            "new Snapdragon 845 on certain country SKUs;",
            "new Snapdragon eight forty-five on certain country S K U's;",
        ),
        # ... but a count in a table's row (another number follows) stays a count (eSpeak NG alone was right)
        (
            "Nancy Navarro 3557 44.53%",
            "Nancy Navarro three thousand five hundred fifty-seven forty-four point five three percent",
        ),
        # units of engines, volumes and areas from the units table ("hp", "lb-ft", a superscript power)
        (
            "still makes 245 hp and 260 lb-ft of torque,",
            "still makes two hundred forty-five horsepower and two hundred sixty pound-feet of torque,",
        ),
        (
            "85.95 cm³ (cubic centimeters) 5.22 in³",
            "eighty-five point nine five cubic centimeters (cubic centimeters) five point two two cubic"
            " inches",
        ),
        # a price per unit of measure: "per ounce" since round 71 (a window of "Gold up 1.5% to $1,340.08/oz;
        # £/$ – 1.3223")
        (
            "to $1,340.08/oz;",
            "to one thousand three hundred forty dollars and eight cents per ounce;",
        ),
        # share prices in pence, of any size
        (
            "Randgold Resources fell 6 per cent or 242p to 3,779p,",
            "Randgold Resources fell six per cent or two hundred forty-two pence to three thousand seven"
            " hundred seventy-nine pence,",
        ),
        (
            "miner Fresnillo lost 32.5p to 716.5p and Anglo",
            "miner Fresnillo lost thirty-two point five pence to seven hundred sixteen point five pence and"
            " Anglo",
        ),
        # ... but a standard video mode is its lines and its letter
        (
            "sporting a huge 6.1-inch, 1080p display which",
            "sporting a huge six point one-inch, ten eighty p display which",
        ),
        # a clock time with "p" glued after it
        (
            "is delayed to 5:45p, but that realistically",
            "is delayed to five forty-five p m, but that realistically",
        ),
        # in a sum (an equals sign in the sentence) "*" and "x" are times, a spaced slash divided by
        ("ERA = 9*ER / IP where", "E R A equals nine times E R divided by I P where"),
        (
            "Australia scored 474 / 122.66 = 3.86 runs per over",
            "Australia scored four hundred seventy-four divided by one hundred twenty-two point six six"
            " equals three point eight six runs per over",
        ),
        (
            "$4K x 3 per episode = $12K x 52 weeks / 3 hosts",
            "four thousand dollars times three per episode equals twelve thousand dollars times fifty-two"
            " weeks divided by three hosts",
        ),
        # a dash between two written dates is "to"
        (
            "John Anthony 14 February 1941 – 25 December 2011 My life",
            "John Anthony the fourteenth of February, nineteen forty-one to the twenty-fifth of December,"
            " twenty eleven My life",
        ),
        # a screen's size in pixels, three or four digits a side, in pairs
        (
            "extra sharp image, 2560×1440 is quickly becoming",
            "extra sharp image, twenty-five sixty by fourteen forty is quickly becoming",
        ),
        (
            "standards, at least) 2400 x 1080 pixel count.",
            "standards, at least) twenty-four hundred by ten eighty pixel count.",
        ),
        # a compass point of two letters before a street's name; the direction of travel after a road's number
        (
            "Crash on I-95 near NW 95th Street cause",
            "Crash on I ninety-five near Northwest Ninety-Fifth Street cause",
        ),
        ("I-95 NB near", "I ninety-five northbound near"),
        # a section of the US Code in pairs
        ("statement charge under 18 USC 1001? The", "statement charge under eighteen U S C ten oh one? The"),
    ],
)
def test_round11_readings(written: str, spoken: str) -> None:
    assert said_as(written, spoken), normalize(written)


def test_a_size_is_no_sum() -> None:
    # without an equals sign in its sentence "x" is a size ("by"), even when the next sentence has one
    said = normalize("screen resolution of 1440 x 2960 and it will. Then 2 x 4 = 8.")
    assert "fourteen forty by" in said and "two times four" in said, said
