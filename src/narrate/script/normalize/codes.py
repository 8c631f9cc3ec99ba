"""Codes, model numbers, serials and Roman numerals.

A number in a name is read in pairs ("Boeing seven thirty-seven", "F thirty-five"), a long serial digit by
digit; Roman numerals are ordinals after a monarch or a pope ("Henry the Eighth") and cardinals elsewhere
("World War Two", "Title nine", "Rocky two").
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import CURRENCIES, REGNAL_NAMES, WORD_ACRONYMS

RULES = Rules()
rule = RULES.rule
BEFORE_YEARS = Rules()  # codes whose numbers the year rules would otherwise take ("18 USC 1001")

_NAMED = ("Boeing", "Airbus", "Section", "Flight", "Route", "Highway", "Interstate", "Gate", "Room",
          "Channel", "Form", "Model", "Suite", "Bus", "Hwy", "Ste")  # fmt: skip
_SHORT = {"hwy": "Highway", "ste": "Suite"}  # "Hwy. 401", "Ste 109"
_NOT_NAMES = {*CURRENCIES, "NSW", "QLD", "VIC", "TAS", "ACT", "SA", "WA", "NT"}  # "UGX 2500", "QLD 4002"
_CODE_WORDS = "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in _NAMED) + "|Box"  # "Box #959"; "a box 250"


@rule(r"\b(?:hwy|HWY)\.?(?=\s\d)")
def _highway(m: re.Match[str]) -> str:
    """ "between hwy 93 and", "HWY 61": a highway's abbreviation in small letters or capitals before its
    number ("Hwy." is the rule below's and the roads')."""
    said = _SHORT["hwy"]
    return said.lower() if m.group(0)[0] == "h" else said.upper()


@rule(rf"\b({_CODE_WORDS})(\.?)\s(#\s?)?(\d{{3,4}})\b(?![.,]\d)")
def _code_after_word(m: re.Match[str]) -> str:
    """ "Room 204", "Suite #101", "model #210", "Hwy. 401", "Ste 109": a number after the noun it names."""
    word = _SHORT.get(m.group(1).lower()) or m.group(1) + m.group(2)
    return f"{word} {'number ' if m.group(3) else ''}{nw.code_number(m.group(4))}"


@rule(
    r"\b((?i:model|serial|lot|item|part|catalog|style|batch|product|sku)(?:\s(?i:number|no\.)|\s?#)?:?\s?#?)"
    r"(\d{5,12})\b(?![.,]\d)"
)
def _identifier(m: re.Match[str]) -> str:
    """ "Model Number: 10486", "Lot 210344", "item #40012": a product's identifier of five digits or more,
    digit by digit ("one oh four eight six"): it names a thing, it does not count."""
    return f"{m.group(1).replace('#', 'number ')}{nw.digits(m.group(2))}"


@rule(
    r"(?<=[a-z,] )([A-Z][a-z]{2,20}|[A-Z]{2,5})\s([1-9]\d{2,3})([A-Z]?)\b"
    r"(?![.,:/–-]\d|\s?[%–-]|['’]|\s+(?:[A-Za-z]+s\b|[\d$€£]|to\s\d))"
)
def _number_in_name(m: re.Match[str]) -> str:
    """ "the Kirin 970 processor", "the Snapdragon 778G": a number right after a capitalised word in a
    sentence names, said in pairs; not before a plural ("Amazon 350 jobs"), a number ("Nancy Navarro 3557
    44.53%") or a range's end ("Celtics 111-110"). After an initialism ("RTX 3080") four digits from 2100
    (years say the rest), not round thousands, a currency's amount ("UGX 2500") or a postcode ("NSW 2230")."""
    number = m.group(2)
    if m.group(1).isupper() and (int(number) < 2100 or number[1:] == "000" or m.group(1) in _NOT_NAMES):
        return m.group(0)
    return f"{m.group(1)} {nw.code_number(number)}{' ' + m.group(3) if m.group(3) else ''}"


_SIDES = {"L": "left", "R": "right", "C": "center"}


@BEFORE_YEARS.rule(r"\b([Rr]unways?:?\s)([0-3]?\d)([LRC])?\b(?![.,:/-]\d)")
def _runway(m: re.Match[str]) -> str:
    """ "runway 27R" "runway two seven right", "the runway: 9L" "nine left": a runway's number (its
    heading in tens of degrees) digit by digit, as pilots and controllers say it, and its side."""
    side = f" {_SIDES[m.group(3)]}" if m.group(3) else ""
    return f"{m.group(1)}{nw.digits(m.group(2).lstrip('0') or '0')}{side}"


_ROADS = {"CR": "County Road", "RT": "Route", "Rte": "Route", "FM": "F M", "RM": "R M", "SR": "S R",
          "SH": "S H"}  # fmt: skip


@BEFORE_YEARS.rule(r"\b(CR|RT|Rte|FM|RM|SR|SH)\s([1-9]\d{0,3})\b(?![.,:]\d)")
def _county_road(m: re.Match[str]) -> str:
    """ "CR 1170" "County Road eleven seventy", "RT 111" "Route one eleven", "FM 2626" (Texas's farm-to-market
    roads) "F M twenty-six twenty-six": a road's number, in pairs."""
    return f"{_ROADS[m.group(1)]} {nw.code_number(m.group(2))}"


@BEFORE_YEARS.rule(r"\b(No\.?|NO\.?|[Nn]r\.|Number|NUMBER)\s?(\d{4})\b(?![.,:/-]?\d)")
def _numbered(m: re.Match[str]) -> str:
    """ "Senate Bill No. 1133" "number eleven thirty-three", "(SI 1992 No 2633": a numbered item's number of
    four digits is a label, in pairs, not a count ("two thousand six hundred thirty-three") and not a year
    ("No. 1453" had been "No. fourteen fifty-three", its "No." then read as the word). Longer numbers are left
    to the other rules: readers split on them (a count, or digit by digit)."""
    word = m.group(1) if m.group(1).lower() == "number" else "number"
    return f"{word} {nw.code_number(m.group(2))}"


@BEFORE_YEARS.rule(
    r"(?<![\w.])(U\.S\.|US)([\s-])([1-9]\d{2})\b(?![.,:/-]?\d|\s?%|\s(?:percent|[a-z]{3,}s)\b)"
)
def _us_route(m: re.Match[str]) -> str:
    """ "U.S. 101" "U S one oh one", "US 441", "US-287": a US highway's number, in pairs as a road's is (and a
    US Reports page, "556 U.S. 662"); not before a plural ("US 500 companies") or a percentage."""
    return f"{m.group(1)} {nw.code_number(m.group(3))}"


@BEFORE_YEARS.rule(
    r"\bE?F-?([0-5])\b(?=\s(?:tornado|twister|rating|damage)|\s(?:or|to)\sE?F-?\d)|\bEF-?([0-5])\b"
)
def _fujita(m: re.Match[str]) -> str:
    """ "An EF-0 tornado", "an EF0": a tornado's rating on the (Enhanced) Fujita scale, "E F zero" (a
    code's "oh" is not how the scale is said); "F2" only before "tornado" and the like."""
    letters = " ".join(m.group(0).split("-")[0].rstrip("012345"))
    return f"{letters} {nw.cardinal(int(m.group(1) or m.group(2)))}"


@rule(r"(?<![\w$£€.,'’-])([1-9]\d\d)['’]?s\b")
def _plural_code(m: re.Match[str]) -> str:
    """ "404s", "747s": a three-digit number made plural is a code or a model, said in pairs ("four oh
    fours", "seven forty-sevens"); round ones ("500s") are decades and hundreds, read with the years."""
    return nw.plural_words(nw.short_pairs(int(m.group(1))))


@rule(r"\b([1-9])xx\b")
def _status_class(m: re.Match[str]) -> str:
    """ "the 2xx range", "5xx errors": a class of status codes, "two x x"."""
    return f"{nw.cardinal(int(m.group(1)))} x x"


@rule(r"\b(NYSE|NASDAQ|Nasdaq|TSXV?|ASX|LSE|AMEX|OTC[A-Z]{0,2}|JSE|NSE|BSE)(\s?:\s?)([A-Z]{1,5})\b(?![.-]\w)")
def _ticker(m: re.Match[str]) -> str:
    """ "(NASDAQ: AAPL)", "(NYSE: IBM)": a ticker symbol after its exchange is said letter by letter."""
    exchange = "Nasdaq" if m.group(1) == "NASDAQ" else m.group(1)
    return f"{exchange}{m.group(2)}{' '.join(m.group(3))}"


@rule(r"(?<![\w-])K[-–](?!9\b)(\d{1,2})\b(?![-.]\d)")
def _school_grades(m: re.Match[str]) -> str:
    """ "K-12", "K-8": school grades from kindergarten, "K through twelve". "K-9" is a word, the police
    dog (canine), as eSpeak NG reads it ("K-9 teams" had been "K through nine teams")."""
    return f"K through {nw.cardinal(int(m.group(1)))}"


@rule(r"(?<![-–])\b([QH][1-4])\s?[-–]\s?([QH][1-4])\b(?![-–])")
def _quarters(m: re.Match[str]) -> str:
    """ "Q1–Q4", "H1-H2": a span of a year's quarters or halves, "Q one to Q four"."""
    return f"{m.group(1)} to {m.group(2)}"


# words that start a sentence or an amount: "The 101 Dalmatians", "About 101 people" are numbers
_NOT_SUBJECT = (
    r"The|This|That|These|Those|About|Around|Over|Under|Some|Nearly|Almost|All|Only|Just|With|From|After"
    r"|Between"
)


@rule(rf"\b(?!(?:{_NOT_SUBJECT})\b)([A-Z][a-z]{{2,20}}) 101\b(?![.,]\d|\s?%|\s?[-–]\s?\d)")
def _introductory(m: re.Match[str]) -> str:
    """ "Marketing 101", "Physics 101": an introductory course, said "one oh one" (not "Between 101-160")."""
    return f"{m.group(1)} one oh one"


@rule(r"\bNo(s?)\.\s?(?=[A-Z]{1,4}-?\d)")
def _number_before_code(m: re.Match[str]) -> str:
    """ "Cause No. CR-92577", "No. A113633", "Cause Nos. F19-00690-Q": "number" before a code of letters and
    digits (the number sign before digits is the abbreviations' rule)."""
    return "numbers " if m.group(1) else "number "


@rule(r"\b([A-Z]{1,4})-?(\d{5,})([A-Z]{0,3})\b")
def _long_serial(m: re.Match[str]) -> str:
    """ "KB4012212", "SLG46620V": a long serial is read letter by letter and digit by digit."""
    tail = f" {' '.join(m.group(3))}" if m.group(3) else ""
    return f"{' '.join(m.group(1))} {nw.digits(m.group(2))}{tail}"


@rule(r"\b((?=[A-Za-z]*[a-z])[A-Za-z]{2,})(\d{3,})\b")
def _name_digits(m: re.Match[str]) -> str:
    """ "elmo666", "Ice911": a name or handle with digits after it, the digits one by one."""
    return f"{m.group(1)} {nw.digits(m.group(2))}"


@rule(r"\b([A-Z]{2,6})/(\d{1,2}(?:\.\d{1,2})?)\b(?!\.\d|/)")
def _protocol_version(m: re.Match[str]) -> str:
    """ "HTTP/1.1", "HTTP/2": a protocol and its version, said one after the other."""
    return f"{m.group(1)} {nw.decimal(m.group(2))}"


@rule(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})\b(?!\.\d)")
def _ip_address(m: re.Match[str]) -> str:
    """ "192.168.1.1": an IP address, each group digit by digit, joined by "dot"."""
    return " dot ".join(nw.digits(group) for group in m.group(1).split("."))


@rule(r"(?<![\w.])(?:v(\d{1,3}(?:\.\d{1,3}){0,2})|V(\d{1,3}(?:\.\d{1,3}){1,2}))\b(?!\.\d)")
def _version_v(m: re.Match[str]) -> str:
    """ "v2", "v1.6", "V1.6": a version, said "version two"; a capital V before a whole number is a name's
    ("a V8 engine", "the Volvo V60"), left to the voice, "V eight"."""
    return f"version {_dotted(m.group(1) or m.group(2))}"


def _dotted(text: str) -> str:
    """ "1.6.0" -> "one point six point oh": each part of a version a number, zero said "oh"."""
    return " point ".join("oh" if part == "0" else nw.cardinal(int(part)) for part in text.split("."))


@rule(r"(?<![\w.])(\d{1,2}\.\d{1,3}\.\d{1,3})\b(?!\.\d)")
def _version_number(m: re.Match[str]) -> str:
    """ "version 1.6.0": three numbers joined by dots are a version (a date has a two- or four-digit year)."""
    day, month, year = m.group(1).split(".")
    before = m.string[max(0, m.start() - 60) : m.start()]
    beside = re.search(
        r"\b(?:[Vv]ersions?|(?:\d+\.\d+\.(?:\d|\d{3})|point \w+ point [\w-]+),?\s(?:and|or|to))\s*$", before
    )
    if len(year) in {2, 4} and int(month) <= 12 and 1 <= int(day) <= 31 and not beside:
        return m.group(0)  # 14.10.15 may be a date: left to the date rules, unless after "version" or
        # beside a version no date could be ("between 4.4.7 and 4.4.13")
    return _dotted(m.group(1))


@rule(r"(?<![\w$.,-])([1-9]\d)ers\b")
def _team_ers(m: re.Match[str]) -> str:
    """ "the 49ers", "the 76ers": a number made a team's name, "forty-niners", "seventy-sixers"."""
    said = nw.cardinal(int(m.group(1)))
    return said + ("rs" if said.endswith("e") else "ers")


@rule(r"\b([KW][A-Z]{2,3})-(AM|FM|TV|LP|DT)\b")
def _call_sign(m: re.Match[str]) -> str:
    """ "WBEN-AM", "KQED-FM": a North American station's call letters and band, letter by letter."""
    return f"{' '.join(m.group(1))} {' '.join(m.group(2))}"


@rule(r"(?<![\w.,])(10[0-8])\.(\d)(?=\s?(?:FM|[Ff]m)\b)")
def _fm_frequency(m: re.Match[str]) -> str:
    """ "102.1 FM": a station's frequency from 100 MHz up, as stations say it, "one oh two point one"."""
    return f"{nw.digits(m.group(1))} point {nw.digits(m.group(2))}"


@rule(r"\b(401|403|457)\s?\(?([kb])\)?(?![\w-])")
def _retirement_plan(m: re.Match[str]) -> str:
    """ "401k", "403(b)": the tax code's sections that name American retirement plans, "four oh one k"."""
    return f"{nw.short_pairs(int(m.group(1)))} {m.group(2)}"


@rule(r"\b(501|527)\s?\(c\)\s?\((\d{1,2})\)")
def _exempt_organization(m: re.Match[str]) -> str:
    """ "501(c)(3)": the tax code's section that names a tax-exempt organisation, "five oh one (c)(three)"."""
    return f"{nw.short_pairs(int(m.group(1)))} (c)({nw.cardinal(int(m.group(2)))})"


@rule(r"\bT-(\d{1,3})(?=\s(?:seconds?|minutes?|hours?|days?)\b)")
def _countdown(m: re.Match[str]) -> str:
    """ "T-40 seconds": a launch's countdown, "T minus forty"."""
    return f"T minus {nw.cardinal(int(m.group(1)))}"


@rule(r"\b([A-Z]{1,3})-?(\d{1,4})(s?)\b(?!\.\d)")
def _letters_number(m: re.Match[str]) -> str:
    """ "F-35", "A320": a model's letters and number, its last word plural in "A320s" ("A three twenties")."""
    letters, number = m.group(1), m.group(2)
    said = letters if letters in WORD_ACRONYMS else " ".join(letters)
    code = nw.code_number(number)
    return f"{said} {nw.plural_words(code) if m.group(3) else code}"


@rule(r"\b(?=[A-Z0-9]*\d[A-Z])(?=[A-Z0-9]*[A-Z]\d)([A-Z0-9]{3,8})\b")
def _mixed_code(m: re.Match[str]) -> str:
    """ "H1N1", "4K2B": letters and digits alternate, each said on its own; a run of three digits or more
    digit by digit ("N7768G" "N seven seven six eight G", "6E897": registrations and flights) unless it is
    whole hundreds ("GFX100S" "G F X one hundred S", a model's name)."""
    return " ".join(
        (nw.cardinal(int(p)) if len(p) < 3 or re.fullmatch(r"[1-9]00", p) else nw.digits(p))
        if p.isdigit()
        else " ".join(p)
        for p in re.findall(r"\d+|[A-Z]+", m.group(1))
    )


@rule(r"\b(\d{1,2})([A-Z])\b")
def _number_letter(m: re.Match[str]) -> str:
    # 5G, 4K
    return f"{nw.cardinal(int(m.group(1)))} {m.group(2)}"


@rule(r"\b(COVID)-(\d{1,4})\b", re.IGNORECASE)
def _covid(m: re.Match[str]) -> str:
    return f"covid {nw.cardinal(int(m.group(2)))}"


_ROMAN = r"(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVXLC])"
_CARDINAL_BEFORE = (
    r"War|Chapter|Title|Article|Part|Phase|Episode|Category|Bowl|Vatican|Act|Book|Volume|Vol\.|Division"
    r"|Class|Stage|Level|Grade|Type|Apollo|Rocky|Schedule|Amendment|Section|Round|Rule|Clause|Appendix|Annex"
)


@rule(rf"\b({_ROMAN})\s(?=(?:Airborne\s|Armored\s|Marine\s|Army\s)?Corps\b)")
def _corps(m: re.Match[str]) -> str:
    """ "XVIII Airborne Corps", "III Corps": an army corps's numeral is an ordinal ("Eighteenth")."""
    said = nw.ordinal(nw.roman_value(m.group(1)))
    return said[0].upper() + said[1:] + " "


@rule(r"(?<![\w(])\((i{1,3}|iv|vi{0,3}|ix|x)\)(?=\s)")
def _list_marker(m: re.Match[str]) -> str:
    """ "includes (i) publication ..., (ii) 1 copy": an item's numeral in a list, said as a number."""
    return f"({nw.cardinal(nw.roman_value(m.group(1).upper()))})"


@BEFORE_YEARS.rule(r"(?<![\w.,])(\d{0,2}[23])d\b(?!\s(?:St|Dr|Ave|Street|Avenue)\b)(?=(\s[A-Z])?)")
def _gpo_ordinal(m: re.Match[str]) -> str:
    """ "the 23d of the month", "2d Session", "33d Congress": the Government Printing Office's ordinals
    (and the courts'), "twenty-third"; "2d" and "3d" alone only before a capital (a "3d printer" is not); a
    street's ("23d St.") is the street rules'."""
    n = int(m.group(1))
    if n % 100 in (12, 13) or (n < 10 and not m.group(2)):
        return m.group(0)
    return nw.ordinal(n)


@BEFORE_YEARS.rule(r"\bWW\s?(II|I|2|1)\b")
def _world_war(m: re.Match[str]) -> str:
    """ "WWII", "WW II", "WW2": the world war's number."""
    return "World War " + ("Two" if m.group(1) in ("II", "2") else "One")


@rule(rf"\b((?i:{_CARDINAL_BEFORE}))\s({_ROMAN})\b(?!['’]\w)")
def _roman_cardinal(m: re.Match[str]) -> str:
    if m.group(2) in {"C", "L"}:
        return m.group(
            0
        )  # "a Class C felony", "Type L": a letter; a single I, V or X is a numeral ("Stage IV")
    return f"{m.group(1)} {nw.cardinal(nw.roman_value(m.group(2)))}"


@rule(rf"(?:^|(?<=\n))(\s*)((?=[IVX]{{2}})({_ROMAN}))\.(?=\s[A-Z])")
def _outline_numeral(m: re.Match[str]) -> str:
    """ "III. Approval of Minutes", "IV. Public Comment": a Roman numeral of two letters or more with a point,
    at the start of a line, before a capitalised word, numbers an agenda's or an outline's item: a cardinal
    ("three."; it had been spelled "I I I"). One letter ("I. Smith", "V. Putin") is an initial."""
    return f"{m.group(1)}{nw.cardinal(nw.roman_value(m.group(3)))}."


_SOVEREIGN = r"King|Queen|Pope|Emperor|Empress|Tsar|Czar|Tsarina|Pharaoh|Sultan|Shah|Kaiser|Antipope|Caliph"


# A regnal numeral: one to thirty-nine (no sovereign has had a fiftieth); after a first name alone, not a
# single letter that is a middle initial ("James L. Brooks", "John V. Smith": a point, a capitalised name)
_REGNAL_NUMERAL = r"(?=[IVX]+\b)X{0,3}(?:IX|IV|V?I{0,3})(?<=[IVX])"
_NOT_INITIAL = r"(?!\.\w|['’](?!s\b))(?!(?<=\s[IVX])\.\s+[A-Z])"
_AFTER_FIRST = r"(?:and|or|at|of|in|on|to|from|with|for|by|who|whose|which)\b"  # no pronoun "I"'s next word


@rule(rf"\b((?:{_SOVEREIGN})\s[A-Z][a-z]{{2,20}})\s({_REGNAL_NUMERAL})\b(?!\.\w|['’](?!s\b))")
def _sovereign(m: re.Match[str]) -> str:
    """ "Pope Callistus III", "King Nebuchadnezzar II": a sovereign's title and name make a numeral regnal."""
    return f"{m.group(1)} the {nw.ordinal(nw.roman_value(m.group(2)))}"


@rule(rf"\b({REGNAL_NAMES})\s({_REGNAL_NUMERAL})\b{_NOT_INITIAL}(?!(?<=\sI)\s(?!{_AFTER_FIRST})[a-z])")
def _regnal(m: re.Match[str]) -> str:
    # Henry VIII, Elizabeth II, Louis XIV, John Paul II: "the Eighth"; "Malcolm X" is the activist's name. "I"
    # before a lower-case word is the pronoun ("October I went"), unless the word never follows the pronoun
    # ("Charles I at Bolsover", "Mary I and Elizabeth I", "John Paul I who died")
    if m.group(0) == "Malcolm X":
        return m.group(0)
    return f"{m.group(1)} the {nw.ordinal(nw.roman_value(m.group(2)))}"


_REGNAL_CAPITALS = "|".join(name.upper() for name in REGNAL_NAMES.split("|"))


@rule(rf"\b({_REGNAL_CAPITALS})\s((?=[IVX]{{2}}){_REGNAL_NUMERAL})\b(?!\.\w|['’](?!S\b))")
def _regnal_capitals(m: re.Match[str]) -> str:
    """ "HENRY VIII:", "ELIZABETH II DIES": a headline's capitals; a numeral of two letters or more, since a
    single one may be an initial ("JOHN V SMITH")."""
    return f"{m.group(1)} the {nw.ordinal(nw.roman_value(m.group(2)))}"


@rule(r"\b([A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]{1,20}),\s(II|III|IV)(?=[\s,;)]|\.?$)")
def _generation(m: re.Match[str]) -> str:
    """ "Mr. John T. Smith, III of Petersburg": after a person's name and a comma, "II", "III" and "IV" are
    the generation, as "Jr." is ("the Third"); without the comma, "Rocky II" is a sequel (below)."""
    return f"{m.group(1)}, the {nw.ordinal(nw.roman_value(m.group(2)))}"


@rule(r"\b([A-Z][a-z]+|[A-Z]{2,4})\s((?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?<=[IVX]))\b(?!\.\w|['’](?!s\b))")
def _roman_after_name(m: re.Match[str]) -> str:
    # Rocky II, Final Fantasy VII: a sequel or a part, said as a cardinal; below forty, as sequels are; after
    # a model's capitals too ("Rainwise MK III", "IS II USM"; eSpeak NG spelled "I I I")
    # ("Keystone XL" is extra large; Super Bowl XL has its own rule)
    return f"{m.group(1)} {nw.cardinal(nw.roman_value(m.group(2)))}"


@rule(r"\b(?:(\d{1,2}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth))\s|([1-5])(?=XI\b))XI\b")
def _eleven(m: re.Match[str]) -> str:
    """ "Byfleet 2nd XI", "the First XI", "2XI": a cricket or football club's team is its "Eleven"."""
    return f"{m.group(1)} Eleven" if m.group(1) else f"{nw.ordinal(int(m.group(2)))} Eleven"
