"""German, Spanish and French numbers written out in words, the last of those languages' rules.

eSpeak NG's reading of digits is not its reading of the same number in words: in German it says
"einhundertdreiundfünfzig" and "eintausend" where the newsreaders' scripts say "hundertdreiundfünfzig" and
"tausend" (11 of the 12 German numbers from 100 to 1999 in the pairs' spoken sides), it joins "und" to the
next ten differently ("neunundsechzig"), and in Spanish it opens the vowels of "diecinueve" and "ciento".
So every number the language's own rules have not already said (years, dates, times, ordinals, agreeing
Spanish numbers) is written out from num2words, as a newsreader's script would have it:

- thousands grouped with a point or a space ("100.000", "38 664"), decimals with a comma ("42,195": German
  reads the decimals digit by digit, "Komma eins neun fünf"; Spanish and French as a number, "virgule
  cinquante-cinq", "coma quinientos doce", French up to four decimals, Spanish three, unless they start
  with a zero), a sign before a number ("+4,5 %" "+ quatre virgule cinq pour cent", "-2" "minus"), "%";
- German drops the "ein" of a number that starts "einhundert" or "eintausend" ("hundertsechzehn",
  "tausend"); a count's whole hundreds from 1100 to 1900 are "tausendzweihundert" ("rund 1200 Israeli"; a
  year's "zwölfhundert" is the year rules').

A number written against letters ("S10", "3D", "H1N1") is part of a code and left to eSpeak NG, which
reads those well, but for a run of more than four digits, which it would read as one large number
("EP2237607"): that is read digit by digit; and letters after the number ("ZX-10RR", "N-340A"), which
it would run together, are spelled. A number written with a leading zero ("Mainz 05", "007") is a name or
a code, its digits said one by one ("null fünf"; as a number it lost its zero). Phone numbers (after
"Telefon", "teléfono") stay as written; French ones after "téléphone" are said in their pairs, as elsewhere.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from narrate.script.normalize.rules import Rules, code_length, words

_POINT = {"de": "Komma", "es": "coma", "fr": "virgule"}
_RANGE_WORD = {"de": "bis", "es": "a", "fr": "à"}  # "to" between two numbers or years
# ... but "and" after "between": "zwischen 5 – 10" "zwischen fünf und zehn"
_BETWEEN = {
    language: (re.compile(rf"\b{between}\s$", re.IGNORECASE), word)
    for language, between, word in (("de", "zwischen", "und"), ("es", "entre", "y"), ("fr", "entre", "et"))
}


def range_word(language: str, text: str, start: int) -> str:
    """The word between the ends of a range that starts at START in TEXT: "bis", "a", "à"; "und", "y", "et"
    right after the language's "between"."""
    return _BETWEEN[language][1] if after_between(language, text, start) else _RANGE_WORD[language]


def after_between(language: str, text: str, start: int) -> bool:
    """Whether the language's "between" ("zwischen", "entre") comes just before START in TEXT."""
    return bool(_BETWEEN[language][0].search(text, max(0, start - 10), start))


_PERCENT = {"de": "Prozent", "es": "por ciento", "fr": "pour cent"}
# a sign before a number, said; French keeps its plus sign, which eSpeak NG's French voice says /plys/ as a
# reader does, where it says the word "plus" /ply/ (the adverb's: "plus grand")
SIGNS = {
    "de": {"+": "plus", "-": "minus", "−": "minus", "–": "minus"},
    "es": {"+": "más", "-": "menos", "−": "menos", "–": "menos"},
    "fr": {"+": "+", "-": "moins", "−": "moins", "–": "moins"},
}
# a phone number's word, and any groups of its digits before this one
# the numbers after the word, each once ("(?:\d[\d ./-]*)*" had split a run of digits every way: exponential)
_PHONE_BEFORE = re.compile(
    r"(?:[Tt]elefon(?:nummer)?n?|[Tt]el\.|[Tt]eléfonos?|[Tt]éléphones?|[Tt]él\.|[Ff]ax)[\s.:]*"
    r"(?:\+?\d[\d ./-]*(?:\s(?:o|oder|ou)\s\+?\d[\d ./-]*)*(?:\s(?:o|oder|ou)\s)?)?$"
)
# a telephone number's abbreviated word, and the word said ("Tel." "Telefon", "Tél." "Téléphone", "Tfno."
# "Teléfono"): eSpeak NG says "Tel", "tel", "T F N O"
_PHONE_WORD = {
    "de": (r"Tel", "Telefon"),
    "fr": (r"Tél", "Téléphone"),
    "es": (r"(?:Tel|Telf|Tfno|Tlfno|Tlf|Tfn)", "Teléfono"),
}


def phone_word(language: str) -> Rules:
    """ "(Tel.: 03581 650-524)", "Tél. 04 68 66 18 92", "Tfno: 902 507 850": the abbreviated word before a
    telephone number, in full."""
    rules = Rules()
    abbreviation, said = _PHONE_WORD[language]
    # or the words the international number's rule has written by then: "plus", "más"; "null null" for "00"
    spoken = f"{re.escape(SIGNS[language]['+'])}|{_digit_names(language)[0]}"

    @rules.rule(rf"(?<![\w-]){abbreviation}\.?(?=\s?:?\s?(?:[(+\d]|(?:{spoken})\b))")
    def _word(m: re.Match[str]) -> str:
        return said

    return rules


_GROUP = r"[. '’]"  # what groups thousands, in all three ("290.000", "5 500"; Swiss copy "50'000")
_LONG = 15  # digits: a longer number is read digit by digit (Python will not make an int past 4,300)


def digits(text: str, language: str) -> str:
    """TEXT's digits one by one: digits("607", "de") is "sechs null sieben"."""
    names = _digit_names(language)
    return " ".join(names[int(c)] for c in text if c.isdigit())


# Spanish letters said by their names where eSpeak NG's reading of the capital opens the vowel ("F" /ˈɛfe/,
# where Spanish says "efe" /ˈefe/, as eSpeak NG does for the name); the others it says as their names are said
_LETTER_NAMES = {
    "F": "efe", "L": "ele", "M": "eme", "N": "ene", "Ñ": "eñe",
    "R": "erre", "S": "ese", "X": "equis", "Z": "zeta",
}  # fmt: skip


def spelled_letters(text: str, language: str) -> str:
    """TEXT's capitals said one by one: "IRPF" "I erre P efe" in Spanish, "I R P F" in the others."""
    return " ".join(_LETTER_NAMES.get(c, c) if language == "es" else c for c in text)


@cache
def _digit_names(language: str) -> tuple[str, ...]:
    return tuple(words(d, language) for d in range(10))


@lru_cache(maxsize=4096)  # a long text repeats its numbers; num2words is slow next to the rules
def cardinal(n: int, language: str) -> str:
    """N in words as a newsreader says it: cardinal(116, "de") is "hundertsechzehn".

    >>> cardinal(1000, "de"), cardinal(100_000, "de"), cardinal(1200, "de"), cardinal(1922, "de")
    ('tausend', 'hunderttausend', 'tausendzweihundert', 'tausendneunhundertzweiundzwanzig')
    """
    if language == "de":  # a year's "zwölfhundert" is the year rules' (german.py); a count is "tausend..."
        return re.sub(r"^ein(?=hundert|tausend)", "", words(n, "de"))
    return words(n, language)


# a currency after an amount: its two decimals are cents, said as a number ("null Komma zwanzig US-Dollar");
# not after "Cent" or "Rappen", whose decimals are a decimal's ("13,94 Cent" "Komma neun vier")
_CURRENCY_AFTER = re.compile(r"\s?(?:€|\$|£|(?:US-|Euro|Dollar|Franken|Pfund|CHF|EUR|USD)\b)")


def number(whole: str, fraction: str | None, language: str, *, money: bool = False) -> str:
    """A written number (its whole part without separators, and the digits after the comma) in words;
    MONEY: an amount, whose two decimals German too says as a number.

    >>> number("0", "20", "de"), number("0", "20", "de", money=True)
    ('null Komma zwei null', 'null Komma zwanzig')
    """
    said = digits(whole, language) if len(whole) > _LONG else cardinal(int(whole), language)
    if fraction is None:
        return said
    as_digits = language == "de" and not (money and len(fraction) == 2)  # German: digit by digit
    # decimals said as a number, as eSpeak NG does: "1,512" "uno coma quinientos doce", an exchange rate's
    # "1,1135" "un virgule mille cent trente-cinq" (French up to four, Spanish three)
    longest = 3 if language == "es" else 4
    if as_digits or fraction.startswith("0") or len(fraction) > longest:
        return f"{said} {_POINT[language]} {digits(fraction, language)}"
    return f"{said} {_POINT[language]} {cardinal(int(fraction), language)}"


_SCALES = "Millionen|Million|Milliarden|Milliarde|Billionen|millions?|milliards?|millones|millón|mil millones"


def rules(language: str) -> Rules:
    """LANGUAGE's rule writing out the numbers its other rules left as digits."""
    spelled = Rules()

    @spelled.rule(r"(?<![\w])([A-Za-z]{1,4}-?)(\d{5,})(?!\w)")
    def _code(m: re.Match[str]) -> str:
        """ "EP2237607": a patent or serial number, read digit by digit."""
        return f"{m.group(1).rstrip('-')} {digits(m.group(2), language)}"

    @spelled.rule(r"(?<![\w-])([A-Z]{1,4}-?)(\d{1,4})([A-Z]{1,3})(?![\w-])")
    def _lettered(m: re.Match[str]) -> str:
        """ "ZX-10RR" "ZX zehn R R", "N-340A": a code's number said as a number, its letters one by one."""
        said = cardinal(int(m.group(2)), language)
        return f"{m.group(1).rstrip('-')} {said} {spelled_letters(m.group(3), language)}"

    @spelled.rule(rf"(?<![\w.,])(\d{{1,3}})\.(\d{{1,2}})(?=\s?%|\s(?:{_SCALES})\b)")
    def _point(m: re.Match[str]) -> str:
        """ "(-1.7% sur 12 mois)", "ca. 1.4 Millionen": a point before one or two digits and "%" or a scale
        word is a decimal point (English or Swiss copy's, where the language's is a comma; its thousands
        have three digits)."""
        return f"{m.group(1)},{m.group(2)}"

    @spelled.rule(r"(?<![\w.,:/-])0\.(\d{1,3})(?![\d,:/]|\.\d|\s?(?:Uhr|h)\b)")
    def _zero_point(m: re.Match[str]) -> str:
        """ "bis 0.5 l/qm": a point after a lone zero is a decimal point (no thousands start with a zero,
        and no date or clock time reads so), as the language's comma."""
        return f"0,{m.group(1)}"

    @spelled.rule(
        rf"(?:(?<![^\s(\[„“\"«»])([+−–-]))?(?<![\w.,:$€£¥])(?<!\d/)(\d{{1,3}}(?:{_GROUP}\d{{3}})+|\d+)"
        r"(?:,(\d+))?(?!\w|,\d|[.:/]\d|\.\s?[a-zäöü])(\s?%)?"
    )
    def _number(m: re.Match[str]) -> str:
        whole = re.sub(r"\D", "", m.group(2))
        if (
            m.group(1) is None
            and language != "fr"
            and _PHONE_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()])
        ):
            return m.group(0)
        chained = m.string[m.start() - 1 : m.start()] == "-" or m.string[m.end() : m.end() + 1] == "-"
        after_mil = language == "es" and m.string.endswith(
            "mil ", 0, m.start()
        )  # "2 mil 004": Mexican thousands
        if re.fullmatch(r"0\d+", m.group(2)) and not (
            m.group(1) or m.group(3) or chained or after_mil
        ):  # not "2024-05-03"
            return digits(whole, language) + (f" {_PERCENT[language]}" if m.group(4) else "")
        if (
            m.group(2).isdigit()
            and not (m.group(1) or m.group(3) or m.group(4))
            and code_length(m.group(2), m.string[m.end() : m.end() + 2], r"\w")
        ):
            return digits(whole, language)
        money = bool(_CURRENCY_AFTER.match(m.string, m.end()))
        said = number(whole, m.group(3), language, money=money)
        if m.group(1):
            said = f"{SIGNS[language][m.group(1)]} {said}"
        if m.group(4):
            said += f" {_PERCENT[language]}"
        return said

    return spelled
