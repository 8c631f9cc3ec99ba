"""Abbreviations: titles ("Sen." Senator), street abbreviations, written ordinals. States, provinces and
parties are states.py's, run at their place among these rules; capitalised initialisms are acronyms.py's.
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import NUMBER_WORD, POINTS, Rules, ends_sentence, points
from narrate.script.normalize.states import STATES
from narrate.script.normalize.tables import (
    ABBREVIATIONS_AFTER_NAME,
    TITLES,
    UNDOTTED_TITLES,
    WEEKDAYS,
)

ABBREVIATIONS = Rules()


@ABBREVIATIONS.rule(r"(?<![\w.,/$€£-])(\d{1,4})(?:\s?pp\.|pp\b)(?![.,]?\d)")
def _pages(m: re.Match[str]) -> str:
    """ "Hardcover. 180 pp.", "288pp,": a book's pages after their number (eSpeak NG said the letters);
    not a price's "$16 pp" (per person, money.py's) nor a decimal's "5.5 pp" (points). Before the titles'
    rule, which takes "pp." before a capital for a title ("pages It was")."""
    said = f"{nw.cardinal(int(m.group(1)))} {'page' if m.group(1) == '1' else 'pages'}"
    return said + ("." if m.group(0).endswith(".") and ends_sentence(m.string, m.end()) else "")


@ABBREVIATIONS.rule(r"\b(" + "|".join(re.escape(t) for t in TITLES) + r")(?=\s+(?:[A-Z]|\d))")
def _title(m: re.Match[str]) -> str:
    return TITLES[m.group(1)]


ABBREVIATIONS.rule(r"(?<=Attorney )Gen\.")(lambda m: "General")  # "Atty. Gen." (a title, no name after)


@ABBREVIATIONS.rule(
    r"\b(" + "|".join(UNDOTTED_TITLES) + r")\b(?=[\s-]+[A-Z][a-z])|(?<=[a-z]-)Gen\b(?=\s+[A-Z][a-z])"
)
def _undotted_title(m: re.Match[str]) -> str:
    """ "Ms Bowles", "Lt Col Smith", "Major-Gen Gopaul Govender": British titles without their full stop."""
    return UNDOTTED_TITLES.get(m.group(1), "") if m.group(1) else "General"


# a capitalised word that names no street: a sentence's first word ("In St. Louis", "At St. Mary's")
# before "St." a word that is no street's name: a preposition, or a place's kind before a saint's name ("Mount
# St. Mary's", "Fort St. John", "Port St. Lucie")
_NO_STREET = (
    r"(?!(?:In|At|On|To|From|Of|For|And|But|Or|Near|By|With|The|Into|Outside|Inside|Around|Visit|Like"
    r"|Mount|Fort|Port)\s)"
)


@ABBREVIATIONS.rule(
    rf"\b({_NO_STREET}[A-Z][\w'-]{{0,40}}[a-z]|\d+(?:st|nd|rd|th)|\d*[23]d|[Ff]ifth|[Ss]eventh)\s(St|Dr)\."
    r"(?!-[A-Z])"  # "Clos Fourtet St.-Emilion": a saint's name joined to it
)
def _street(m: re.Match[str]) -> str:
    # after a name or an ordinal: "Baker St.", "5th St.", "Mt. Lee Dr."
    return f"{m.group(1)} {'Street' if m.group(2) == 'St' else 'Drive'}"


@ABBREVIATIONS.rule(rf"\b({_NO_STREET}[A-Z][\w'-]{{0,40}}[a-z]|\d+(?:st|nd|rd|th))\sSt\b(?=[,;:)]|\s[a-z]|$)")
def _street_undotted(m: re.Match[str]) -> str:
    """ "411 South Main St, Ste 109", "on Main St in the": "St" without its point after a name, and not
    before another (where it may be a saint's: "St Edward's"), is a street."""
    return f"{m.group(1)} Street"


_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))


@ABBREVIATIONS.rule(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s?[-–]\s?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
def _full_day_range(m: re.Match[str]) -> str:
    """ "Monday-Friday": "Monday to Friday"."""
    return f"{m.group(1)} to {m.group(2)}"


@ABBREVIATIONS.rule(r"\b(\d{1,3})(?:st|nd|rd|th)\s?[-–]\s?(\d{1,3})(?:st|nd|rd|th)\b")
def _ordinal_range(m: re.Match[str]) -> str:
    """ "1st-3rd grade": "first to third"."""
    return f"{nw.ordinal(int(m.group(1)))} to {nw.ordinal(int(m.group(2)))}"


@ABBREVIATIONS.rule(rf"\b({_DAY})\.?(\s?[-–]\s?|\s(?:to|through|thru|till|until|and|&)\s)({_DAY})\b\.?(?!\w)")
def _day_range(m: re.Match[str]) -> str:
    """ "Mon-Thur", "Mon.–Fri.", "Mon to Wed", "Sat & Sun": opening days, "Monday to Thursday" (two days'
    short names joined by a dash or a word; one alone may be a word or a name: "Sun", "Wed")."""
    joint = m.group(2).strip()
    joint = "to" if joint in "-–" else "and" if joint == "&" else joint
    ends = m.group(0).endswith(".") and re.match(r"\s*$|\s+[A-Z]", m.string[m.end() : m.end() + 2])
    return f"{WEEKDAYS[m.group(1)]} {joint} {WEEKDAYS[m.group(3)]}" + ("." if ends else "")


_ROAD_WORDS = {
    "Rd": "Road", "Ave": "Avenue", "Blvd": "Boulevard", "Hwy": "Highway", "Pkwy": "Parkway",
    "Expwy": "Expressway", "Fwy": "Freeway",
}  # fmt: skip


@ABBREVIATIONS.rule(r"\b([A-Z][\w'-]{0,40}[a-z]|\d+(?:st|nd|rd|th))\s(" + "|".join(_ROAD_WORDS) + r")\b(\.?)")
def _road(m: re.Match[str]) -> str:
    """ "Stacy Rd and Central Expwy.": a road's kind, abbreviated with or without its period, after its name;
    the period is kept where it also ends the sentence."""
    end = m.group(3) and (m.end() == len(m.string) or re.match(r"\s+[A-Z]", m.string[m.end() :]))
    return f"{m.group(1)} {_ROAD_WORDS[m.group(2)]}{'.' if end else ''}"


@ABBREVIATIONS.rule(
    # not from inside a run of thousands groups, and possessive: a long run is not tried again from every
    # group (quadratic: 3 s for 40,000 characters)
    r"(?<!\d,)\b(\d{1,3}(?:,\d{3})*+|\d++)(?:st|nd|rd|th)\b"
    r"|\b(\d{0,3}[23])d\b(?=\s(?:St\.|Ave\.|(?:Street|Avenue|Circuit|District|Congress|Division|Ward|Floor|Army|Corps)\b))"
)
def _ordinal(m: re.Match[str]) -> str:
    # "23d St.", "the 3d Circuit": the Government Printing Office's "2d" and "3d" too
    return nw.ordinal_text(m.group(1) or m.group(2))


@ABBREVIATIONS.rule(r"(?<![\w.,])(\d{1,3})\s(st|nd|rd|th)\b(?=\s[a-z])")
def _spaced_ordinal(m: re.Match[str]) -> str:
    """ "his 16 th career victory": an ordinal's ending set apart from its number, when it is the number's own
    ending ("1 st", "22 nd", "13 th"), "sixteenth"."""
    n = int(m.group(1))
    own = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return nw.ordinal_text(m.group(1)) if m.group(2) == own else m.group(0)


@ABBREVIATIONS.rule(
    r"\bSt\.(?=\s+[A-Z])|\bSt(?=\s[A-Z][a-z])|\bST\.(?=\s[A-Z])|(?<![\w.])St\.(?=-?[A-Z][a-z])"
)
def _saint(m: re.Match[str]) -> str:
    """ "St. Louis"; "St Edward's Crown", British copy's "St" without its point, before a name and not after
    one (where it is a street: "High St London"); a dateline's capitals, "ST. PAUL, Minn.", likewise;
    "St.Emilion", "St.-Emilion", the point with no space after it."""
    if m.group(0) == "ST." and _after_a_name(m):
        return m.group(0)  # "MAIN ST. NORTH"
    if m.group(0) == "St." and m.string[m.end() : m.end() + 1].isupper():
        return m.group(0) if _after_a_name(m) else "Saint "  # "St.Emilion"; not "Main St.Then"
    return m.group(0) if not m.group(0).endswith(".") and _after_a_name(m) else "Saint"


def _after_a_name(m: re.Match[str]) -> bool:
    """The word before the match is capitalised and ends no sentence or clause: "Acme Co.", "High St"."""
    before = re.search(r"(\S+)\s+$", m.string[max(0, m.start() - 40) : m.start()])
    word = before.group(1) if before else ""
    return word[:1].isupper() and not word.endswith((".", "!", "?", ","))


_IRISH_COUNTIES = (
    "Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny"
    "|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary"
    "|Tyrone|Waterford|Westmeath|Wexford|Wicklow"
)


@ABBREVIATIONS.rule(rf"\bCo\.?(?=\s(?:{_IRISH_COUNTIES})\b)")
def _irish_county(m: re.Match[str]) -> str:
    """ "Gorey, Co Wexford", "in Co. Cork": before an Irish county's name, "Co" is "County", dotted or not."""
    return "County"


_RANKS = {"Corporal", "Sergeant", "Lieutenant", "Captain", "Detective", "Specialist", "Airman", "Trooper"}


@ABBREVIATIONS.rule(r"(?:^|(?<=[a-z,;:(\"“]\s)|(?<=[.!?]\s)|(?<=\())(Sr|Fr|Co)\.(?=\s[A-Z][a-z])")
def _before_a_name(m: re.Match[str]) -> str:
    """ "Sr. Mary", "Fr. Ray", "Co. Cork": before a name, and not after one (where "Sr." is "Senior" and
    "Co." "Company": "John Smith Sr.", "Acme Co."), a sister, a father, an Irish county."""
    if _after_a_name(m):
        return m.group(0)  # "Acme Co. President": after a name, left to the rule for what follows a name
    rank = re.match(r"\s([A-Z][a-z]+)\b", m.string[m.end() :])  # a title's abbreviation said before this
    if m.group(1) == "Sr" and rank and rank.group(1) in _RANKS:
        return "Senior"  # "Sr. Cpl. Jason Hatchell": before a rank's abbreviation, part of the rank
    return {"Sr": "Sister", "Fr": "Father", "Co": "County"}[m.group(1)]  # "Monastrevin, Co. Kildare" too


@ABBREVIATIONS.rule(r"\bPct\.?(?=\s#?\d)|\bSte\.(?=\s[A-Z][a-z])")
def _precinct_or_saint(m: re.Match[str]) -> str:
    """ "Commissioner Pct 3": a precinct before its number; "Sault Ste. Marie": "Saint" before a name, as
    English says it (codes.py says "Ste 109" "Suite one oh nine"). ("Prop. 1" is left: "Prop fifty" is
    said on air as often as "Proposition"; a blind pair read it so, where eSpeak NG alone was right.)"""
    return "Saint" if m.group(0).startswith("Ste") else "Precinct"


_AFTER_NAME = "|".join(re.escape(a) for a in ABBREVIATIONS_AFTER_NAME)
_GOES_ON = {"incl.", "excl.", "a.k.a.", "e.g.", "i.e.", "ie.", "vs.", "approx.", "cf.", "Cf."}


@ABBREVIATIONS.rule(rf"\b({_AFTER_NAME})(?=[\s,;:)]|['’]s\b|$)")
def _after_name(m: re.Match[str]) -> str:
    said = ABBREVIATIONS_AFTER_NAME[m.group(1)]
    end = m.end()
    # the abbreviation's period also ends the sentence: keep a period so the pause stays (not for those that
    # go on with the sentence: "excl. VAT", "a.k.a. John", nor before another of them: "Dist. Ct.")
    if m.group(1) in _GOES_ON or not m.group(1).endswith("."):
        return said
    ends = re.match(rf"\s+(?!(?:{_AFTER_NAME})(?=[\s,;:)]|$))[A-Z]", m.string[end:])
    return said + "." if end == len(m.string) or ends else said


# states, provinces and parties after a place or a name (states.py), at this place in the order
ABBREVIATIONS.items.extend(STATES.items)


@ABBREVIATIONS.rule(
    # the number may be said already, by the measures' rules before ("max 50mg/l" "max fifty milligrams")
    rf"\b(max\.?|Max\.|(?<!\d\s)[Mm]in\.|(?:(?<=^)|(?<=[.:;!?(–—-]\s)|(?<=[(–—-]))Max)"
    rf"\s(?=\d|(?:(?<=max\s)|(?<=\.\s)){NUMBER_WORD})"
    r"|(?:(?<=^)|(?<=[.;!?(]\s))(Max|Min)(?=\s?:\s?\d|\s[–—-]\s\d)"
)
def _maximum(m: re.Match[str]) -> str:
    """ "max 250 words", "Max. 5 people", "Max 5 people" heading a sentence: "maximum" before a number;
    inside a name ("Boeing 737 Max 8") "Max" is the name's. A label heading a sentence, "Max: 40 mg/kg",
    "Min – 20.", is "Maximum", "Minimum". "Min." before a number is "Minimum" ("Crude Protein Min. 14.0%"),
    not after one ("5 min. 30 sec")."""
    if m.group(2):
        return "Maximum" if m.group(2) == "Max" else "Minimum"
    word = "maximum" if m.group(1).lower().startswith("max") else "minimum"
    return f"{word.capitalize() if m.group(1)[0].isupper() else word} "


@ABBREVIATIONS.rule(r"(?<=[a-z]),?\sJr\b(?![.'’-])")
def _junior(m: re.Match[str]) -> str:
    """ "Martin Luther King, Jr Day": an undotted "Jr" after a name."""
    return m.group(0)[:-2] + ABBREVIATIONS_AFTER_NAME["Jr."]


_UNDOTTED = {"etc": "et cetera", "ie": "that is", "incl": "including", "excl": "excluding"}


@ABBREVIATIONS.rule(r"(?<![\w.])(etc|ie|incl|excl)\b(?![.\w'’-])")
def _undotted(m: re.Match[str]) -> str:
    """ "(inhalers, epipen, etc)", "(ie scuba)", "£6,300 incl VAT": "etc", "ie", "incl" and "excl" without
    their points are said as with them ("eg" eSpeak NG says "for example" itself)."""
    return _UNDOTTED[m.group(1)]


@ABBREVIATIONS.rule(
    r"(?<![\w.])inc\.?(?=\s(?:VAT|GST|HST|[Pp]&[Pp]|postage|delivery|shipping|commission|fees?|premium)\b|\s\d)"
)
def _including(m: re.Match[str]) -> str:
    """ "14.54p per unit inc VAT", "£5 inc. p&p", "inc. commission", "(inc. 30 absentee)": a small "inc"
    before a tax, a charge or a count is "including" (eSpeak NG says "ink"); a company's "Inc" has its
    capital, and "inc. tax" may be income tax ("his marginal inc. tax bracket")."""
    return "including"


@ABBREVIATIONS.rule(r"(?<![\w.,/-])(\d{1,3})(?:\s?-?yo|\s?y/o|\s?y\.o\.)(?![\w/])")
def _years_old(m: re.Match[str]) -> str:
    """ "HP 12yo" (a whisky's age), "a 5 y/o girl": years old, "twelve-year-old" (eSpeak NG said "yo")."""
    return f"{nw.cardinal(int(m.group(1)))}-year-old"


@ABBREVIATIONS.rule(r"\b(?:Pty|PTY)\.?\s(?=(?:Ltd|LTD|Limited|LIMITED)\b)")
def _proprietary(m: re.Match[str]) -> str:
    """ "Centre Pty Ltd", "Productions Pty Limited": an Australian company's "Proprietary" (eSpeak NG said
    "tie"; it says "Ltd" as "limited" already)."""
    return "Proprietary "


@ABBREVIATIONS.rule(r"(?<![\w/])and/or(?![\w/])")
def _and_or(m: re.Match[str]) -> str:
    """ "20 mph and/or thunderstorms": "and or" (eSpeak NG says the slash), as Spanish's "y/o" is "y o"."""
    return "and or"


# the days' shortest forms in opening hours ("M-Th", "Tu-Sa"); a longer one is the date rules' ("Mon.")
_DAY_LETTERS = {
    "M": "Monday", "Tu": "Tuesday", "W": "Wednesday", "Th": "Thursday", "Thu": "Thursday", "F": "Friday",
    "Sa": "Saturday", "Su": "Sunday",
}  # fmt: skip
_LETTER_DAY = "(?:Thu|Tu|Th|Sa|Su|M|W|F)"


@ABBREVIATIONS.rule(
    rf"(?:(?<=[\dm]\s)|(?<=[\dm][,.]\s)|(?<=o'clock\s))({_LETTER_DAY})[-–]({_LETTER_DAY})\b"
    rf"|\b({_LETTER_DAY})[-–]({_LETTER_DAY})\b(?=,?\s\d)"
)
def _weekdays(m: re.Match[str]) -> str:
    """ "8:30am – 4:30pm, M-F", "M-F 9-5", "2:30 p.m. M-Thu.": days of the week, next to opening hours."""
    first, last = (_DAY_LETTERS[g] for g in (m.groups()[:2] if m.group(1) else m.groups()[2:]))
    return f"{first} to {last}"


@ABBREVIATIONS.rule(r"\bw/o\b|(?<![\w/])w/(?=\s)")
def _with(m: re.Match[str]) -> str:
    """ "w/ cheese", "w/o sugar": "with", "without"."""
    return "without" if m.group(0) == "w/o" else "with"


@ABBREVIATIONS.rule(r"(?<=\s)vs(?=\s)")
def _versus(m: re.Match[str]) -> str:
    """ "Galaxy S6 vs HTC One M9": "vs" without its period, between two names."""
    return "versus"


@ABBREVIATIONS.rule(r"(?<=[\w.)]\s)v\.?(?=\s[A-Z])")
def _case_versus(m: re.Match[str]) -> str:
    """ "Roe v. Wade", "US v. Horvath": a case's "v." between two parties' names is "versus" (eSpeak NG
    says "vee"); only after a capitalised word or initialism. A match's "v" without its point too
    ("Bournemouth v Wolverhampton", "Demons (97) v Brisbane Lions"; not yet after a date the rules before
    have written out, "May 21, 2022 v Morley")."""
    before = re.search(r"(\S+)\s$", m.string[max(0, m.start() - 40) : m.start()])
    named = before and (
        before.group(1)[:1].isupper() or (m.group(0) == "v" and before.group(1)[-1] in "0123456789)")
    )
    return "versus" if named else m.group(0)


ABBREVIATIONS.rule(POINTS)(points)  # "280 pts higher"


@ABBREVIATIONS.rule(r"\bNos\.\s?(?=\d)")
def _numbers_sign(m: re.Match[str]) -> str:
    return "numbers "


@ABBREVIATIONS.rule(r"\b(?:No\.?|NO\.|[Nn]r\.|no\.)\s?(?=\d)")
def _number_sign(m: re.Match[str]) -> str:
    return "number "


@ABBREVIATIONS.rule(r"\b[Oo]p\.\s?(?=\d)")
def _opus(m: re.Match[str]) -> str:
    """ "Les Franc-Juges, op. 3": a work's number in a composer's catalogue, "opus three"."""
    return "opus "
