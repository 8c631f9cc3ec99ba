"""Money: "$1.5 million" is "one point five million dollars", "$9.99" "nine dollars and ninety-nine cents".

A currency sign before an amount, a scale word or letter after it ("million", "m", "bn", "k"). An amount
used as an adjective keeps its unit singular ("a $15 minimum wage", "a $5-billion takeover").
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.english_units import UNITS
from narrate.script.normalize.rules import (
    DEC,
    DETERMINER,
    MILLIONS_AFTER,
    Rules,
    adjectival,
    determiner_before,
    joint,
)
from narrate.script.normalize.tables import CURRENCIES, ISO_CODES

RULES = Rules()
rule = RULES.rule

_SCALE_WORDS = {
    "k": "thousand", "K": "thousand", "m": "million", "M": "million", "bn": "billion", "b": "billion",
    "million": "million", "billion": "billion", "trillion": "trillion", "thousand": "thousand",
    "Million": "million", "Billion": "billion", "Trillion": "trillion", "mn": "million", "tn": "trillion",
    "T": "trillion", "MILLION": "million", "BILLION": "billion", "TRILLION": "trillion",
    "crore": "crore", "lakh": "lakh", "crores": "crore", "lakhs": "lakh", "cr": "crore", "Cr": "crore",
    "B": "billion", "Bn": "billion", "BN": "billion", "lakh crore": "lakh crore", "lakh crores": "lakh crore",
}  # fmt: skip
_SCALE = (
    r"(?:([\s-]?)([Mm]illion|[Bb]illion|[Tt]rillion|MILLION|BILLION|TRILLION|thousand|lakh crores?|crores?"
    r"|lakhs?|[Cc]r|bn)\b"
    r"|(k|K|m|M|bn|Bn|BN|b|B|mn|tn|T)\b)"
)
# a sign ("$", "₦"), or letters before the amount ("US$", "Rs.", "KSh") that are not the end of a word
_SIGNS = sorted(CURRENCIES, key=len, reverse=True)
_CUR = (
    "(?:"
    + "|".join(("(?<![A-Za-z])" if c[0].isalpha() else "") + re.escape(c) for c in _SIGNS)
    + r"|(?<![A-Za-z])US\s\$"  # "US $1,200", "US $ 1,200": "US$" with a space
    # "Rs. 50", "US$ 12,000": letters, then a space; a price list's "$ 75.00"
    + r")(?:(?:(?<=[A-Za-z.])|(?<=[A-Z]\$)|(?<=[$€£¥]))\s)?"
)
_HUNDREDTHS = {"paisa": "paise", "kobo": "kobo", "sen": "sen", "penny": "pence"}  # plurals not in "-s"


def _cents(whole: str, frac: str, unit: tuple[str, str, str | None], singular: bool) -> str:
    """ "9", "99" -> "nine dollars and ninety-nine cents"; pounds are said "four pounds ninety-eight"."""
    one, many, cent = unit
    cents = int(frac)
    units_said = nw.number(whole or "0")
    # an adjective keeps both units singular: "the $2.40 stamp" is "two dollar and forty cent"
    plural = _HUNDREDTHS.get(cent or "", f"{cent}s")
    cents_said = f"{nw.cardinal(cents)} {cent if cents == 1 or singular else plural}"
    if whole.strip("0") == "" and cents:
        return cents_said  # "£0.50" "fifty pence"; "£0.00" is "zero pounds"
    head = f"{units_said} {one if whole.lstrip('0') == '1' or singular else many}"
    if not cents:
        return head
    if one == "pound":
        return f"{head} {nw.cardinal(cents)}"
    return f"{head} and {cents_said}"


def amount(number: str, scale: str | None, unit: tuple[str, str, str | None], singular: bool) -> str:
    """ "1.5", "million", dollar -> "one point five million dollars"; cents when there is no scale."""
    one, many, cent = unit
    value = number.replace(",", "")
    if scale:
        return f"{nw.decimal(value)} {scale} {one if singular else many}"
    whole, _, frac = value.partition(".")
    if frac and cent and len(frac) == 2:
        return _cents(whole, frac, unit, singular)
    singular = value in {"1", "1.0"} or (singular and value.strip("0.") != "")
    return f"{nw.decimal(value)} {one if singular else many}"


def _scale_of(m: re.Match[str], first: int) -> tuple[str | None, bool]:
    """The scale word at groups FIRST.. of M, and whether it was hyphenated ("$5-billion deal")."""
    word = m.group(first + 1) or m.group(first + 2) or ""
    return _SCALE_WORDS.get(word), m.group(first) == "-"


_LETTER_SIGNS = {"P": "₱", "N": "₦"}  # the Philippines' peso, Nigeria's naira, as their copy writes them


@rule(
    r"(?<![\w.])([PN])(?=\d{1,3}(?:,\d{3})+(?:\.\d\d)?(?!\d|,\d)"
    r"|\d+(?:\.\d+)?(?:[\s-](?:million|billion|trillion)\b|(?:m|bn|tn)\b))"
)
def _letter_sign(m: re.Match[str]) -> str:
    """ "P850,000", "P4 million", "P289.5-million": Philippine copy's peso sign, a capital P, read as "₱" is;
    "N37bn", Nigerian copy's naira, as "₦"; only before thousands or a scale ("finished P3" is a race
    position, "N95" a mask)."""
    return _LETTER_SIGNS[m.group(1)]


@rule(r"(?<=[a-z])(?=[$€£¥₹₦₱₩₽₺₪₴฿₵]\d)")
def _glued_sign(m: re.Match[str]) -> str:
    """ "available from£7.80", "costs$5": a sign glued to the word before it is parted from it (the amount
    was said into the word: "fromseven pounds eighty")."""
    return " "


# what a price list writes after an amount for what it is per: "$280pw", "£25pp", "£30,000 pa", "£900 pcm"
_PRICE_FOR = {
    "pw": "per week", "pcm": "per calendar month", "pa": "per annum", "p.a.": "per annum", "pp": "per person",
    "pppn": "per person per night", "pn": "per night",
}  # fmt: skip


@rule(rf"({_CUR}{DEC})\s?(pw|pcm|pa|p\.a\.|pp|pppn|pn)(?!\w|\.\w)")
def _price_for(m: re.Match[str]) -> str:
    """An amount, then what it is per, in the letters of a price list; the amount is said by the rules
    below."""
    return f"{m.group(1)} {_PRICE_FOR[m.group(2)]}"


@rule(r"(?<=[a-z])/(?=[$€£]\d)")
def _per_amount(m: re.Match[str]) -> str:
    """ "66.5 cents/$100" "sixty-six point five cents per one hundred dollars": a rate per an amount (a tax
    rate's "per $100 of value"); the slash was not said."""
    return " per "


@rule(rf"({_CUR})({DEC})-(a|an|per)-([a-z]+)\b")
def _price_a(m: re.Match[str]) -> str:
    """ "a $35-a-night motel": a price per period as an adjective, its unit singular."""
    return f"{amount(m.group(2), None, CURRENCIES[m.group(1).rstrip()], True)} {m.group(3)} {m.group(4)}"


@rule(rf"(?<![\w.,])({_CUR})([1-9]\d{{0,2}}(?:,\d{{3}}){{0,4}})['’]?s\b")
def _price_band(m: re.Match[str]) -> str:
    """ "homes in the $300s", "trading in the low $20s": a band of prices, said as its number's plural
    ("the three hundreds", "the low twenties"), the currency understood, as a newsreader says it (it was
    "three hundred dollarss")."""
    return nw.plural_words(nw.cardinal(int(m.group(2).replace(",", ""))))


@rule(rf"(?<![\w.,$£€/-])({DEC})\s?([€£$])(?![\w/$]|(?<=\$)\s?\d)")
def _sign_after(m: re.Match[str]) -> str:
    """ "44.85 £ Hydrangeas", "3 nights 165 € 4 nights", "cost me 130$ but": the sign after the amount, as
    European copy writes it, names its currency (the sign had been read as the next amount's, or spelled); a
    dollar sign before a number is that number's ("5 $20 bills")."""
    singular = adjectival(determiner_before(m.string, m.start()), m.string, m.end())
    return amount(m.group(1), None, CURRENCIES[m.group(2)], singular)


@rule(rf"(?<![\w.,$£€/-])({DEC})\s?({'|'.join(ISO_CODES)})\b(?![\w'’-])")
def _code_after(m: re.Match[str]) -> str:
    """ "200.00 EUR", "177.15 EUR or", "50 CHF": an amount with no sign, its currency's ISO code after it,
    is that currency (the code had been spelled: "two hundred E U R")."""
    singular = adjectival(determiner_before(m.string, m.start()), m.string, m.end())
    return amount(m.group(1), None, CURRENCIES[m.group(2)], singular)


@rule(r"\b([Ee])st\b\.?(?=\)?\s?(?:US)?[$£€]\s?\d)")
def _estimate(m: re.Match[str]) -> str:
    """ "(est. $20,000-40,000)", "(est £2,500-£3,500)": an auction's or a budget's estimate before its amount
    (eSpeak NG spelled it, "E S T")."""
    return f"{m.group(1)}stimate"


@rule(
    rf"(?:\b(a|an)\s+)?({_CUR})({DEC})\s?[-–]\s?(?:{_CUR})?({DEC})(?![\d.,]*\s?(?:%|per\s?cent\b)){_SCALE}?"
)
def _money_range(m: re.Match[str]) -> str:
    """ "$5.50-$7.25", "£1-2m": two amounts of one currency. A percentage after the dash is no end of a range
    ("at £3.88 – 6.4% less than")."""
    unit = CURRENCIES[m.group(2).replace(" ", "")]
    scale, _ = _scale_of(m, 5)
    # "$5.50-$7.25": an end with cents is an amount of its own ("five dollars and fifty cents to ..."),
    # not a decimal ("five point five zero")
    cents = not scale and re.fullmatch(r"[\d,]*\.\d\d", m.group(3))
    # "$300 - $500": a spaced dash between two signed amounts, each said with its unit
    both = not scale and re.search(rf"\s[-–]\s(?:{_CUR})", m.group(0))
    first = amount(m.group(3), None, unit, False) if cents or both else nw.decimal(m.group(3))
    article = f"{m.group(1)} " if m.group(1) else ""
    return article + f"{first} {joint(m.string, m.start())} " + amount(m.group(4), scale, unit, False)


# nouns an amount of money is the size of, straight after it without a determiner ("a fee of $95" has
# one): "$95 discount", "$5 million grant" ("five million dollar grant")
_HEAD = re.compile(
    r"\s(?:price|fee|fine|budget|grant|loan|deal|discount|fund|contract|bond|settlement|investment|package"
    r"|merger|acquisition|award|prize|bonus|salary|donation|stake|bailout|penalty|deposit|rebate|subsidy"
    r"|bid|offer|jackpot|purse|payout|pay raise|renovation|upgrade|expansion|project|program|programme"
    r"|note|banknote|bill|coin|stamp|voucher|token|ticket)s?\b"
)


@rule(rf"(?:\b({DETERMINER})\s+)?({_CUR})({DEC}){_SCALE}?(?P<code>\s*(?:{'|'.join(ISO_CODES)})\b)?")
def _money(m: re.Match[str]) -> str:
    unit = CURRENCIES[m.group(2).replace(" ", "")]
    code = m.group("code") or ""
    if code and _same_money(unit[0], CURRENCIES[code.strip()][0]):
        # "$50 AUD", "$20AUD" "fifty Australian dollars", "£54GBP" "fifty-four pounds": the code says which
        # dollar (or repeats the sign); said once, by its name
        unit, code = CURRENCIES[code.strip()], ""
    elif code and not code[0].isspace():
        code = " " + code  # "$5EUR": the code, spelled, is not glued to the amount's words
    scale, hyphen = _scale_of(m, 4)
    determiner = m.group(1) or determiner_before(m.string, m.start())
    singular = hyphen or adjectival(determiner, m.string, m.end()) or bool(_HEAD.match(m.string, m.end()))
    article = f"{m.group(1)} " if m.group(1) else ""
    said = amount(m.group(3), scale, unit, singular)
    named = (
        code
        or _CODE_AFTER.match(m.string, m.end())
        or re.match(
            rf"\s+(?:{re.escape(unit[0])}|{re.escape(unit[1])})\b",
            m.string[m.end() : m.end() + 30],
            re.IGNORECASE,
        )
    )
    # "$35 USD", "$100 dollars": the code or the word names the currency, once
    ending = next((name for name in unit[:2] if said.endswith(f" {name}")), None)
    if named and ending:
        said = said[: -len(ending) - 1]
    if m.string[m.end() : m.end() + 1].isalpha():
        said += " "  # "$3.00each": the next word is not glued to the currency's name
    return article + said + code


def _same_money(sign: str, code: str) -> bool:
    """Whether a sign's currency ("dollar", "pound") and a code's ("Australian dollar") can be one money: the
    dollar sign is also the peso's."""
    return sign == code or (sign == "dollar" and code.endswith(("dollar", "peso")))


@rule(rf"(?<![\w.,])({DEC})\s?(?:(m|bn|k)|\s(million|billion))?/-")
def _shillings(m: re.Match[str]) -> str:
    """ "10,000/-", "4m/-" (East African copy): an amount in shillings."""
    scale = _SCALE_WORDS.get(m.group(2) or m.group(3) or "")
    if re.match(rf"\s?(?:to|-|–)\s?(?:{DEC})\s?(?:m|bn|k|million|billion)?/-", m.string[m.end() :]):
        return nw.decimal(m.group(1).replace(",", "")) + (f" {scale}" if scale else "")  # "X/- to Y/-"
    return amount(m.group(1), scale, ("shilling", "shillings", None), False)


@rule(rf"(?<![\w.,$£€])({DEC})\s([Ee]uro|[Dd]ollar|[Rr]upee|[Ss]hilling)\b(?![s'’-])")
def _currency_word(m: re.Match[str]) -> str:
    """ "50 Euro per sample": a currency named in the singular after an amount is plural, unless the amount
    is an adjective ("a 50 euro note")."""
    if m.group(1) in {"1", "1.0"} or adjectival("a", m.string, m.end()):
        return m.group(0)
    return f"{m.group(1)} {m.group(2).lower()}s"


# ISO codes written after an amount that already has its sign
_CODE_AFTER = re.compile(r"\s+(?:USD|CAD|AUD|NZD|HKD|SGD|EUR|GBP|JPY|CNY|INR|ZAR|CHF|MXN)\b")
_PERIODS = {
    "hour": "hour", "hr": "hour", "day": "day", "week": "week", "wk": "week", "month": "month", "mo": "month",
    "year": "year", "yr": "year", "night": "night", "person": "person",
}  # fmt: skip


# ... and the units a price is given per ("$1,340.08/oz", "$3.50/gal"): not "m" (a month or a metre?), not
# "w" (a week or a watt?), not "in." or "t"
_PER_UNIT = {u: one for u, (one, _many) in UNITS.items() if u not in {"m", "w", "in.", "t"} and "/" not in u}
_PER_UNIT["l"] = "liter"  # after a price's slash a small "l" is a liter ("$1.20/l"), as it is not alone
# and the units written out, or a barrel's "bbl" ("$5.50/pound", "$49/bbl")
_PER_UNIT.update(
    {w: w for w in ("pound", "gallon", "barrel", "bushel", "ton", "tonne", "ounce", "litre", "liter")}
)
_PER_UNIT["bbl"] = "barrel"
# a period in a price list's capitals too ("$70/Month")
_PER = "|".join(
    sorted([*map(re.escape, _PER_UNIT), *_PERIODS, *(p.title() for p in _PERIODS)], key=len, reverse=True)
)


@rule(r"(?<![\w.,])(\d{1,3})\s?¢")
def _cents_sign(m: re.Match[str]) -> str:
    """ "a 1¢ per ounce tax", "only 10¢ each": the cent sign after its number, "one cent" (eSpeak NG says
    "cents" after any number)."""
    n = int(m.group(1))
    return f"{nw.cardinal(n)} {'cent' if n == 1 else 'cents'}"


@rule(r"(?<![\w.,/])(\d{1,4})c(?:\s(to|and)\s(\d{1,4})c\b|(?=/))")
def _cents_glued(m: re.Match[str]) -> str:
    """ "20c/kg", "from 157c to 185c": cents written "c" after the number, as Australian market reports
    write a price per kilogram; only before a slash or in a span of two ("2/3c popcorn" is a cup)."""
    span = f" {m.group(2)} {m.group(3)} cents" if m.group(3) else ""
    return f"{m.group(1)} cents{span}"


@rule(r"(?<=\d)\s?ppl\b")
def _pence_per_litre(m: re.Match[str]) -> str:
    """ "Diesel 134.39 ppl": British fuel prices in pence per litre."""
    return " pence per litre"


_PRICE_PER = (
    rf"\b(dollars?|pounds?|euros?|cents?|yen|rupees?|pence|penny|rand)/({_PER})(?:/({_PER}))?(?![\w²³])"
)


@rule(_PRICE_PER)
def _per_period(m: re.Match[str]) -> str:
    """ "$12/month" is "twelve dollars a month" (a span of time, or a night, a person); "$17.32/cwt",
    "20c/kg", "27.40p/kWh" a price per unit of measure, "per hundredweight", "per kilogram";
    "$60/person/year" "sixty dollars per person per year"."""
    per = [_PERIODS.get(p.lower()) or _PER_UNIT[p] for p in m.groups()[1:] if p]
    if len(per) == 2:
        return f"{m.group(1)} per {per[0]} per {per[1]}"
    if m.group(2).lower() not in _PERIODS:
        return f"{m.group(1)} per {per[0]}"
    # "an hour", "an ounce": before a vowel sound (the h of hour is silent)
    return f"{m.group(1)} {'an' if per[0] == 'hour' or per[0][0] in 'aeiou' else 'a'} {per[0]}"


@rule(
    r"\b(dollars?|pounds?|euros?|cents?|yen|rupees?|pence|rand)/\s?(?=[a-z]{3,}\b(?![/-])"
    r"(?!\s(?:[a-z]+[\s-])*(?:dollars?|pounds?|euros?|cents?|yen|rupees?|pence|rand)\b))"
)
def _per_word(m: re.Match[str]) -> str:
    """ "$1.30/foot", "€3/vehicle", "$20/ market day": a price per any other noun, "per" (eSpeak NG said the
    slash); not a second amount ("$10/$20", now "ten dollars/twenty dollars")."""
    return f"{m.group(1)} per "


@rule(
    r"\bR(\d+(?:[.,]\d+)?)\s?(bn|m|billion|million)\b"
    r"|(?<![\w.,])R\s?([1-9]\d{0,2}(?:([, ])\d{3}){1,4})(?![\d.,]\d|[, ]\d{3}\b)"
    r"|(?<![\w.,])R\s?(\d{1,6})[.,](\d\d)(?![\d.,]\d|\w)"
)
def _rand(m: re.Match[str]) -> str:
    """ "R95bn", "R7,000", "R9 000", "R19.99": South African rand with a scale, thousands or cents (a bare
    "R5" may be a code, so it is left; no code has its thousands parted), up to four groups of thousands (a
    longer run of groups is no amount: "R 726 512 512 ..." had been read as one number of 8,541 digits, and
    Python refuses to convert one that long). Cents are said as the pence of pounds ("nineteen rand
    ninety-nine")."""
    if m.group(5):
        rand, cents = int(m.group(5)), int(m.group(6))
        return f"{nw.cardinal(rand)} rand" + (f" {nw.cardinal(cents)}" if cents else "")
    if m.group(3):
        return f"{nw.cardinal(int(re.sub(r'[, ]', '', m.group(3))))} rand"
    return f"{nw.decimal(m.group(1).replace(',', '.'))} {_SCALE_WORDS[m.group(2)]} rand"


# a length's noun before the number, in its clause ("a height requirement of 1.2m", "Tides - 5:13am - 1.51m")
_LENGTH_BEFORE = re.compile(
    r"\b(?:[Hh]eight|[Dd]epth|[Ll]ength|[Ww]idth|[Dd]iameter|[Tt]ides?|[Ww]aves?|[Ss]wells?|[Cc]learance)\b"
    r"(?:(?!\b(?:and|but|or|while|as)\b)[^.,;])*$"
)


@rule(r"(?<![\w.,])(\d+\.\d+)(m|bn|k)\b|(?<![\w.,])(\d+)(bn)\b")
def _scaled(m: re.Match[str]) -> str:
    """ "1.2m people", "3bn": a scale on a bare number; with "m", only before what a count of millions is
    (`MILLIONS_AFTER`) and where no length's word names it: "1.8m tall", "a 1.5m-wide path", "up to 5.5m (with
    driver)" and "a height of 1.2m" are metres."""
    number, suffix = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if suffix == "m" and (
        not MILLIONS_AFTER.match(m.string, m.end())
        or _LENGTH_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    ):
        return f"{nw.decimal(number)} meter{'' if m.string.startswith('-', m.end()) else 's'}"
    return f"{nw.decimal(number)} {_SCALE_WORDS[suffix]}"


@rule(r"(?<![\w.,£$€])(240|360|480|576|720|1080|1440|2160|4320)([pi])\b(?![\w'’])")
def _video_mode(m: re.Match[str]) -> str:
    """ "1080p", "720p", "1080i": a video mode (the standard ones), its lines in pairs and its letter."""
    return f"{nw.code_number(m.group(1))} {m.group(2)}"


@rule(r"(?<![\w.,£$€])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)p\b(?![\w'’]|\.?\s?m\b)")
def _pence(m: re.Match[str]) -> str:
    """ "10p", "2.5p", "3,779p" (British prices and share prices in pence): "ten pence", "one penny"."""
    return f"{nw.decimal(m.group(1).replace(',', ''))} {'penny' if m.group(1) == '1' else 'pence'}"


rule(_PRICE_PER)(_per_period)  # "46p/day", once the pence are named: "forty-six pence a day"
