"""US states, Canadian provinces and lawmakers' parties where copy abbreviates them: "Duluth, Minn.", "in
Austin, TX.", "Adams County, MS", "(D-Conn.)", "Randy Cunningham, R-Calif.,", a dateline's "NEW YORK, NY —".

Run inside the abbreviations' rules, at their place in that order (abbreviations.py).
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import AP_STATES, CP_PROVINCES, POSTAL_STATES, TITLES

STATES = Rules()

_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_STATE_NAMES = {**AP_STATES, **POSTAL_STATES}
_PLACE = "|".join(re.escape(s) for s in sorted(_STATE_NAMES, key=len, reverse=True))


@STATES.rule(rf"\(([DRI])\.?(?:,\s?|-)(?:({_PLACE})(?=[\s,;)])|(?=[A-Z][a-z]))")
def _party(m: re.Match[str]) -> str:
    """ "(D., Conn.)" "(Democrat, Connecticut)", "(R-Texas)", "(R-TX)" "(Republican of Texas)": a lawmaker's
    party and state (or city), as AP writes them (the hyphen said "of", as after a name: "R-Calif."); not an
    aircraft's registration, "(D-ABDQ)"."""
    state = m.group(2)
    joint = " of " if m.group(0)[2:3] == "-" else ", "
    return f"({_PARTIES[m.group(1)]}{joint}" + (_STATE_NAMES[state] if state else "")


@STATES.rule(
    rf"(?<=[A-Z][a-z])([a-z'’]*),\s([DRI])-({_PLACE}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})(?=[,;)]|$)"
)
def _party_after_name(m: re.Match[str]) -> str:
    """ "Randy Cunningham, R-Calif.,", "William Jefferson, D-New Orleans,": AP's party and state (or city)
    between commas after a lawmaker's name, said "Republican of California"."""
    return f"{m.group(1)}, {_PARTIES[m.group(2)]} of {_STATE_NAMES.get(m.group(3), m.group(3))}"


_STATES_AFTER_PLACE = {**AP_STATES, **CP_PROVINCES}


@STATES.rule(
    r"(?<=\()(" + "|".join(re.escape(s) for s in _STATES_AFTER_PLACE if s.endswith(".")) + r")(?=\))"
)
def _state_in_brackets(m: re.Match[str]) -> str:
    """ "No. 6 Buford (Ga.)", "St. Frances Academy (Md.)": a school's or a team's state in brackets."""
    return _STATES_AFTER_PLACE[m.group(1)]


@STATES.rule(r",\s(" + "|".join(re.escape(s) for s in _STATES_AFTER_PLACE) + r")(?=[\s,;:)–—]|$)")
def _state(m: re.Match[str]) -> str:
    """ "Minn.", "B.C.": a state's or a province's abbreviation after a place and a comma; its period may
    also end the sentence ("in Duluth, Minn. The city"), and then a period stays, for the pause."""
    said = f", {_STATES_AFTER_PLACE[m.group(1)]}"
    rest = m.string[m.end() :]
    return said + "." if not rest.strip() or re.match(r"\s+[A-Z][a-z]", rest) else said


# a dateline in capitals writes its state's abbreviation in capitals too ("SACRAMENTO, CALIF.")
_CAPITALS = {a.upper(): name for a, name in _STATES_AFTER_PLACE.items() if a.endswith(".")}


@STATES.rule(r"(?<=[A-Z]{2}),\s(" + "|".join(re.escape(s) for s in _CAPITALS) + r")(?=[\s,;:)]|$)")
def _state_in_capitals(m: re.Match[str]) -> str:
    """ "SACRAMENTO, CALIF. (March 18, 2010)": after a place in capitals, its state's abbreviation in
    capitals, said in capitals ("CALIFORNIA")."""
    return f", {_CAPITALS[m.group(1)].upper()}"


# the abbreviations that are no word, name or other abbreviation ("Ill.", "Mass.", "Miss.", "Wash.", "Ind.",
# "Ore.", "Del.", "Md." (Muhammad), "Ark.", "Pa.", "La.", "Mo.", "Man." are), read wherever they stand
_UNMISTAKABLE = {
    a: _STATES_AFTER_PLACE[a]
    for a in ("Ala.", "Ariz.", "Calif.", "Colo.", "Conn.", "Fla.", "Ga.", "Kan.", "Ky.", "Mich.", "Minn.",
              "Mont.", "Neb.", "Nev.", "Okla.", "Tenn.", "Vt.", "Va.", "W.Va.", "Wis.", "Wyo.", "Ont.",
              "Que.", "Alta.", "Sask.", "Nfld.")
}  # fmt: skip


_TITLE_WORDS = {w for title in TITLES.values() for w in title.split()}  # "Governor", said before this rule


@STATES.rule(r"(?<![\w.])(" + "|".join(re.escape(s) for s in _UNMISTAKABLE) + r")(?=[\s,;:)-]|$)")
def _state_alone(m: re.Match[str]) -> str:
    """ "Calif., on Monday", "the Leamington, Ont.-based company", "Va. A.G. Miyares": a state's or a
    province's abbreviation that can be nothing else, wherever it stands (a period that may end the sentence
    stays, as after a place, but not before a title's abbreviation: "Fla. Gov. Ron DeSantis")."""
    said = _UNMISTAKABLE[m.group(1)]
    rest = m.string[m.end() :]
    after = re.match(r"\s+([A-Z][a-z]+)\b(?!\.)", rest)
    return said + "." if not rest.strip() or (after and after.group(1) not in _TITLE_WORDS) else said


# two-letter state codes that are also words or said as letters anyway: left to the other rules
_NOT_POSTAL = {"OK", "HI", "ME", "IN", "OR", "OH", "DC"}
_POSTAL_AFTER_PLACE = "|".join(c for c in POSTAL_STATES if c not in _NOT_POSTAL)


@STATES.rule(
    rf"\b((?:in|from|near|of|at|to)\s(?:[A-Z][a-z]{{1,30}}\s){{0,3}}[A-Z][a-z]{{1,30}}),\s({_POSTAL_AFTER_PLACE})"
    r"(?=[,;.)]|$|\s\(|\s[a-z])"
)
def _postal_state(m: re.Match[str]) -> str:
    """ "in New York City, NY, set out", "from Austin, TX.": a state's postal code after a place (named
    after a preposition: "Katie Allen, MD" is a degree) and a comma."""
    return f"{m.group(1)}, {POSTAL_STATES[m.group(2)]}"


# after a place and a comma with no preposition before it, the codes that are no degree or title ("Katie
# Allen, MD", "Jane Doe, PA" or "MA" or "MS" or "ND"), nor a company's ("Acme, CO")
_PLACE_CODE = "|".join(
    c for c in POSTAL_STATES if c not in {*_NOT_POSTAL, "MD", "PA", "MA", "MS", "ND", "CO"}
)


# "Location: Barrington, NH", "5:33 PM - Rooks, KS.": said as after a named place
STATES.rule(
    rf"(?<![\w,]\s)(?:(?<=\s)|^)([A-Z][a-z]{{2,30}}(?:\s[A-Z][a-z]{{2,30}}){{0,2}}),\s({_PLACE_CODE})"
    r"(?=[,;.)]|$|\s\(|\s[a-z])"
)(_postal_state)


# codes that name nothing else, alone after "in" or "from" ("from PA" is the Press Association's reporting,
# "in LA" Los Angeles, "an MA in"...)
_ALONE = "|".join(
    c
    for c in POSTAL_STATES
    if c
    not in {
        *_NOT_POSTAL,
        "PA",
        "LA",
        "MA",
        "MD",
        "CO",
        "ID",
        "DE",
        "AL",
        "IA",
        "MS",
        "MT",
        "NE",
        "GA",
        "MO",
        "VA",
        "SC",
    }
)


@STATES.rule(
    rf"\b((?:in|from|near|of|at|to)\s(?:[A-Z][a-z]{{1,30}}\s){{0,3}}[A-Z][a-z]{{1,30}}\s)({_POSTAL_AFTER_PLACE})"
    rf"(?=[,;.)]|$)|\b((?:in|from)\s)({_ALONE})(?=[,;.)]|$)"
)
def _postal_state_plain(m: re.Match[str]) -> str:
    """ "in Ona WV)", "a team in FL.": the code after a place without a comma, or alone after "in" or
    "from" when it can name nothing else."""
    return f"{m.group(1) or m.group(3)}{POSTAL_STATES[m.group(2) or m.group(4)]}"


@STATES.rule(
    rf"(?<=\b[Cc]ounty,\s)({_POSTAL_AFTER_PLACE})\b(?![-'’]\w)|(?<=\bDistrict of\s)({_POSTAL_AFTER_PLACE})\b"
)
def _county_state(m: re.Match[str]) -> str:
    """ "Adams County, MS says", "the District of SC": a county's state, a federal court district's state."""
    return POSTAL_STATES[m.group(1) or m.group(2)]


# "HYDESVILLE, CA ・", "NEW YORK, NY —": a dateline's place in capitals, then its state's postal code and the
# dateline's dash, said as after a named place
STATES.rule(
    rf"^([A-Z]{{3,30}}(?:[\s-][A-Z]{{2,30}}){{0,2}}),\s({_POSTAL_AFTER_PLACE})(?=\s*(?:[-–—・(|]|$))"
)(_postal_state)
# "Chicago, IL – October 21, 2024 –": a press release's dateline, its place in capitals and small letters
# ("Katie Allen, MD -" is a name and a degree)
# ("Eugene, OR –": at a dateline's place the codes that are also words are codes)
_DATELINE_POSTAL = "|".join(c for c in POSTAL_STATES if c != "MD")
STATES.rule(rf"^([A-Z][a-z]{{2,30}}(?:\s[A-Z][a-z]{{2,30}}){{0,2}}),\s({_DATELINE_POSTAL})(?=\s*[-–—])")(
    _postal_state
)
