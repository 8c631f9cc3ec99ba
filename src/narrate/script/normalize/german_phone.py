"""German telephone numbers: an area code starting with 0, a separator, then the subscriber's number.

"0821/323 1910", "04825-7799880", "(040) 727 70 70", "0202 / 284-0": eSpeak NG reads the groups as numbers
("viertausendachthundertfünfundzwanzig-sieben Millionen ...") or, in "(040)", as "vierzig". A newsreader
says the area code digit by digit, a pause (a comma), then the subscriber's number digit by digit, but for a
two-digit group after the first ("727 70 70" "sieben zwei sieben siebzig siebzig"), said as a number, as
German speakers say such pairs; a number all in pairs ("93 51 20") is said in pairs from the first. The area
code is what makes it a phone number: a 0 and two to five more digits (a 00 or a "+" is an international
prefix: languages.py says those numbers), then "/" or "-" (spaces allowed around them), or the code in
brackets and a space; after a word that names a telephone number ("Rufnummer 03341 3300"), a plain space
too. A date or a score has points or colons,
and is never taken.

An emergency number after "Notruf" or "Nummer" ("den Notruf (112)", "unter der Nummer 110", "116 117") is
said digit by digit too ("eins eins zwei"), as it is dialled (eSpeak NG says "hundertzwölf").
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules
from narrate.script.normalize.spelled import cardinal, digits

PHONES = Rules()


@PHONES.rule(
    r"(?<![\w.,:/+-])(?:\((0[1-9]\d{1,4})\)\s?-?\s?|(0[1-9]\d{1,4})\s?[/-]\s?|(0[1-9]\d{1,4})\s(?=[1-9]\d{1,4}-\d))"
    r"([1-9]\d{1,7}(?:[ -]\d{1,5}){0,3}|[1-9](?:[ -]\d{2,5}){1,3})(?![\w:/-]|[.,]\d)"
)
def _phone(m: re.Match[str]) -> str:
    """ "0821/323 1910" "null acht zwei eins, drei zwei drei eins neun eins null"; "0631 369-2250" (a space
    after the area code when the number has an extension); "(069)-7447-7035"."""
    return _said(m.group(1) or m.group(2) or m.group(3), m.group(4))


# after a word that names a telephone number, the area code may be followed by a plain space
_NUMBER_WORD = r"(?:Telefon|Ruf|Handy|Fax|Kontakt)?[Nn]ummer|Telefon|Tel\.|Tel|Fon|Hotline"


@PHONES.rule(
    rf"(?<![\w-])((?:{_NUMBER_WORD}):?\s)(0[1-9]\d{{1,4}}|\([1-9]\d{{1,4}}\))\s"
    r"([1-9]\d{1,7}(?:[ -]\d{1,5}){0,3})(?![\w:/-]|[.,]\d)"
)
def _named_phone(m: re.Match[str]) -> str:
    """ "unter der Rufnummer 03341 3300" "... null drei drei vier eins, drei drei null null"; the area code
    in brackets without its 0 ("Tel. (3641) 350 330")."""
    return m.group(1) + _said(m.group(2).strip("()"), m.group(3))


@PHONES.rule(
    rf"(?<![\w-])((?:{_NUMBER_WORD}):?\s)([1-9]\d{{1,4}}(?:[ -]\d{{2,5}}){{1,3}})(?![\w:/-]|[.,]\d|\s\d)"
)
def _local_phone(m: re.Match[str]) -> str:
    """ "unter Telefon 953 3163": a local number without its area code, after a word that names a telephone
    number, digit by digit (its two-digit groups in pairs, as below)."""
    return m.group(1) + _said("", m.group(2)).removeprefix(", ")


def _said(area: str, number: str) -> str:
    """The area code digit by digit, a pause, then the subscriber's number (NUMBER, its groups parted by
    spaces or hyphens)."""
    groups = re.split(r"[ -]", number)
    pairs = [len(g) == 2 and g[0] != "0" for g in groups]
    # the first group is said digit by digit, but for a number in pairs only ("93 51 20" "dreiundneunzig
    # einundfünfzig zwanzig", as its other pairs are said)
    first = len(groups) > 1 and all(pairs)
    said = [
        cardinal(int(g), "de") if pair and (i or first) else digits(g, "de")
        for i, (g, pair) in enumerate(zip(groups, pairs, strict=True))
    ]
    return f"{digits(area, 'de')}, {' '.join(said)}"


@PHONES.rule(
    r"((?:\b|(?<=[a-zß]))(?:[Nn]otruf(?:nummer)?n?|(?<![\w-])Nummer)\s\(?)(11[02]|116\s?117)(?![\d.,:/-]?\d)"
    r"|((?:\b|(?<=[a-zß]))[Nn]otruf(?:nummer)?n?\s\(?)(1[1-4]\d|1414)(?![\d.,:/-]?\d)"
)
def _emergency(m: re.Match[str]) -> str:
    """ "den Notruf (112)" "den Notruf (eins eins zwei)", "den kostenfreien Polizeinotruf 110"; after "Notruf"
    Austria's and Switzerland's numbers too ("über Notruf 122", "144", "1414")."""
    if m.group(3):
        return m.group(3) + digits(m.group(4), "de")
    return m.group(1) + digits(m.group(2), "de")
