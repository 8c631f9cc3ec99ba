"""Street addresses, post-office boxes and ZIP codes.

House numbers are read in pairs ("sixteen hundred Pennsylvania Avenue", "nine twenty Paul Bryant Drive"),
ZIP codes digit by digit, quadrants and directions in full.
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import COMPASS_POINTS, POSTAL_STATES, STATE_NAMES, STREET_SUFFIXES

RULES = Rules()
rule = RULES.rule

_STREET = r"(?:" + "|".join(re.escape(s) for s in STREET_SUFFIXES) + r")"
# in a street's name, capitalised: "North Washington", "Avenue Northwest"
_DIR = {p: COMPASS_POINTS[p].capitalize() for p in ("N", "S", "E", "W", "NW", "NE", "SW", "SE")}
_STREET_WORDS = {"Ave.": "Avenue", "St.": "Street", "Blvd.": "Boulevard"}


def house_number(text: str) -> str:
    """ "1600" -> "sixteen hundred", "920" -> "nine twenty", "12B" -> "twelve B"."""
    digits_, letter = text.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), text.lstrip("0123456789")
    # in pairs, but a round thousand as a number: "33000 Civic Center Drive" "thirty-three thousand"
    paired = len(digits_) >= 3 and not (len(digits_) >= 4 and digits_.endswith("000"))
    said = nw.code_number(digits_) if paired else nw.cardinal(int(digits_))
    return said + (f" {letter}" if letter else "")


@rule(
    rf"(?<!\bNo\s)(?<!\bNo\.\s)\b(\d{{1,5}}[A-Z]?)\s((?:(?:[NS]\.?[EW]|[NSEW])\.?\s)?(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'.-]*)\s){{1,4}}{_STREET})(?=[\s.,;]|$)"
)
def _address(m: re.Match[str]) -> str:
    street = re.sub(
        r"^([NS]\.?[EW]|[NSEW])\.?\s", lambda d: _DIR[d.group(1).replace(".", "")] + " ", m.group(2)
    )
    return f"{house_number(m.group(1))} {street}"


_ROAD = r"(?:Route|Rte\.|State\sRoute|Highway|Hwy\.?|County\sRoad|FM|RM|SH|SR|CR)"


@rule(rf"(?<![\w.,$#/-])(\d{{3,5}}[A-Z]?)\s(?={_ROAD}\s\d)")
def _house_on_road(m: re.Match[str]) -> str:
    """ "located at 3710 Route 9 south", "310 Route 36 east": a house number before a numbered road, in
    pairs ("thirty-seven ten")."""
    return house_number(m.group(1)) + " "


@rule(
    rf"(?<![A-Za-z]\.)\b([NS]\.?[EW]|[NSEW])\.?\s(?=(?:\d+(?:st|nd|rd|th)|[A-Z][\w'.-]{{0,30}})\s(?:[A-Z][\w'.-]{{0,30}}\s){{0,3}}{_STREET}(?:[\s.,;]|$))"
    r"|\b(\d{1,5})\s(?:([NSEW])\.|([NS]))\s(?=[A-Z][a-z]\w)"
)
def _direction(m: re.Match[str]) -> str:
    """ "S. Cedar Avenue", "E. 26th Street", "NW 95th Street", "N.W. Urbandale Drive": a direction before a
    street's name; "3141 N. Washington", "2805 N McKinley": and the house number before it, said in pairs (E
    and W need their period: "100 W" may be watts). Not the end of dotted initials ("the U.S. District
    Court")."""
    if m.group(1):
        return _DIR[m.group(1).replace(".", "")] + " "
    return f"{house_number(m.group(2))} {_DIR[m.group(3) or m.group(4)]} "


@rule(r"\b(\d{1,3}(?:st|nd|rd|th))\sFl\.?(?=[\s,;]|$)")
def _floor(m: re.Match[str]) -> str:
    """ "153 Halsey Street, 7th Fl.,": a floor after its ordinal."""
    return f"{m.group(1)} Floor"


_BOUND = {"NB": "northbound", "SB": "southbound", "EB": "eastbound", "WB": "westbound"}


@rule(r"\b((?:I|US|SR|Route|Rte\.?|Rt\.?|Hwy\.?|Highway|Interstate)[- ]?\d{1,3})\s(NB|SB|EB|WB)\b")
def _bound(m: re.Match[str]) -> str:
    """ "I-95 NB", "US 1 SB": the direction of travel after a road's number, "northbound"."""
    return f"{m.group(1)} {_BOUND[m.group(2)]}"


@rule(r"\b(NB|SB|EB|WB)\s(?=(?:I|US|SR|Route|Rte\.?|Hwy\.?|Highway|Interstate)[- ]?\d)")
def _bound_before(m: re.Match[str]) -> str:
    """ "NB I-35W", "SB US 1": the direction of travel before a road's number."""
    return f"{_BOUND[m.group(1)]} "


@rule(r"\b(I|US|SR|Hwy)[- ]?(\d{1,3})([NSEW])\b")
def _road_branch(m: re.Match[str]) -> str:
    """ "I-35W", "I-35E": an interstate's branch, its letter said as a letter (not "watts", not "east")."""
    return f"{m.group(1)} {nw.cardinal(int(m.group(2)))} {m.group(3)}"


@rule(r"\b(Ave\.|Avenues?|St\.|Streets?|Blvd\.|Boulevard)(,?)\s(NW|NE|SW|SE\b|[NSEW](?=[,;)]|\.?$))")
def _quadrant(m: re.Match[str]) -> str:
    # the abbreviation's period goes too: it would be read as the end of a sentence, a pause mid-address;
    # "1100 Michigan Avenue, NE": the city's quadrant after a comma too; "110 Hansen Ave. S, Salem": a
    # direction's letter alone before a comma or at the end
    return f"{_STREET_WORDS.get(m.group(1), m.group(1))}{m.group(2)} {_DIR[m.group(3)]}"


@rule(r"(?<![\w.,$])([1-9]\d)00(?=\s[Bb]lock\b)")
def _block(m: re.Match[str]) -> str:
    """ "the 2600 block of Southeast 145th Avenue": a block's number is said in hundreds ("twenty-six
    hundred", "four thousand"), as house numbers are read in pairs."""
    return nw.pairs(int(m.group(0)))


@rule(r"\bP\.?\s?O\.?\sBox\s(\d{1,10})\b")
def _po_box(m: re.Match[str]) -> str:
    return f"P O Box {nw.code_number(m.group(1))}"


@rule(r"\b(D\.C\.|DC)\s(\d{5})(?:-(\d{4}))?\b")
def _dc_zip(m: re.Match[str]) -> str:
    return f"D C {_zip(m.group(2), m.group(3))}"


def _zip(five: str, four: str | None) -> str:
    """A ZIP code, and its "+4" part after a pause: read digit by digit."""
    return nw.digits(five) + (f", {nw.digits(four)}" if four else "")


@rule(r"\b(" + "|".join(POSTAL_STATES) + r")\.?,?\s(\d{5})(?:-(\d{4}))?\b")
def _state_zip(m: re.Match[str]) -> str:
    """ "MI 48909", "CA, 92626": a state's code, then its ZIP code digit by digit."""
    return f"{POSTAL_STATES[m.group(1)]} {_zip(m.group(2), m.group(3))}"


@rule(rf"(?<=,\s)({STATE_NAMES}),?\s(\d{{5}})(?:-(\d{{4}}))?\b(?![.,]\d)")
def _named_state_zip(m: re.Match[str]) -> str:
    """ "Southlake, Texas 76092": after a place and a comma, a state's name and a ZIP code, said digit by
    digit."""
    return f"{m.group(1)} {_zip(m.group(2), m.group(3))}"


# run after the measures (english.RULES), so that the letters said are not read as units ("two L" litres)
POSTCODES = Rules()


# A British postcode's outward code ("SE1", "SW1A", "CV23") and its inward code: a digit and two of the
# letters Royal Mail uses there (never C, I, K, M, O, V)
@POSTCODES.rule(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s(\d)([ABD-HJLNP-UW-Z]{2})\b")
def _postcode(m: re.Match[str]) -> str:
    """ "London, SE1 4YR", "LEEDS LS11 0ES": the inward code is a digit and two letters, said one by one
    ("four Y R"; eSpeak NG read "4YR" as a number); the outward code is left to the initialisms' rules. A
    storage size ("P2 2TB") is not a postcode."""
    if m.group(3) in {"GB", "TB"}:
        return m.group(0)
    return f"{m.group(1)} {nw.digits(m.group(2))} {' '.join(m.group(3))}"
