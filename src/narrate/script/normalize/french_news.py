"""French copy's forms said before the dates and the units (`BEFORE`, languages.py runs it first for French).

- telephone numbers: ten digits from a 0 in pairs joined by points or slashes ("02.48.70.93.31"), and
  Quebec's "514 393-1133";
- metres with two decimals ("1,80 m" "un mètre quatre-vingts");
- "24h/24", "7j/7"; a match's minute ("(74')" "soixante-quatorzième minute");
- a decimal comma spaced before a percentage ("49, 19 %"), the official texts' "p. 100";
- currencies eSpeak NG spells: "FCFA", the Maghreb's "DT", "DA", "DH", "M€" and "G$", and Swiss francs written
  before the amount ("CHF 7'410'000").
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules, words
from narrate.script.normalize.spelled import cardinal

BEFORE = Rules()  # telephone numbers, "M€", "15, 64 %": before the dates and the units (languages.py)


@BEFORE.rule(r"(?<![\w.,/+-])0([1-9])([./-])(\d\d)\2(\d\d)\2(\d\d)\2(\d\d)(?![\w./-]?\d)")
def _phone(m: re.Match[str]) -> str:
    """ "02.48.70.93.31", "07/82/27/81/05": a French telephone number, ten digits from a 0 in pairs joined by
    points or slashes (eSpeak NG says "point"), said in pairs ("zéro deux quarante-huit soixante-dix ...");
    with spaces ("01 45 67 89 00") eSpeak NG reads the pairs itself."""
    pairs = m.group(3, 4, 5, 6)
    return " ".join(["zéro", cardinal(int(m.group(1)), "fr"), *(_pair(p) for p in pairs)])


@BEFORE.rule(r"(?<![\w.,/+-])([2-9]\d\d)\s([2-9]\d\d)-(\d\d)(\d\d)(?![\w-]|[.,]\d)")
def _north_american_phone(m: re.Match[str]) -> str:
    """ "Info-Crime Montréal au 514 393-1133": a Quebec number (area code and exchange from 2 to 9, so no
    "120 000-2000 personnes"), its area code and exchange digit by digit, the last four in pairs ("cinq un
    quatre, trois neuf trois, onze trente-trois")."""
    area, exchange = (" ".join(cardinal(int(d), "fr") for d in g) for g in m.group(1, 2))
    return f"{area}, {exchange}, {_pair(m.group(3))} {_pair(m.group(4))}"


def _pair(digits: str) -> str:
    return f"zéro {cardinal(int(digits[1]), 'fr')}" if digits[0] == "0" else cardinal(int(digits), "fr")


@BEFORE.rule(r"(?<![\w.,])([1-9]\d?),(0[1-9]|[1-9]\d)\s?m(?![\w²³/]|['’]\w)")
def _metres_and_centimetres(m: re.Match[str]) -> str:
    """ "1,80 m" "un mètre quatre-vingts", "5,30 m de longueur" "cinq mètres trente": metres with two decimals
    are said with the centimetres after the unit, as French says a height or a length (eSpeak NG: "un
    virgule quatre-vingts"); german_news.py says a German height the same way."""
    whole = int(m.group(1))
    metres = "un mètre" if whole == 1 else f"{cardinal(whole, 'fr')} mètres"
    return f"{metres} {cardinal(int(m.group(2)), 'fr')}"


@BEFORE.rule(r"(?<![\w/])(24)\s?[hH]\s?/\s?24\b|(?<![\w/])(7)\s?[jJ]\s?/\s?7\b")
def _round_the_clock(m: re.Match[str]) -> str:
    """ "24h/24" "vingt-quatre heures sur vingt-quatre", "7j/7" "sept jours sur sept": round the clock."""
    return "vingt-quatre heures sur vingt-quatre" if m.group(1) else "sept jours sur sept"


@BEFORE.rule(r"(?m)(?:^|(?<=\())([1-9]\d?|1[0-2]\d)(\+\d{1,2})?['’′](?=\s|\)|$)(?!\s?\d\d\s?(?:['’′]{2}|″))")
def _match_minute(m: re.Match[str]) -> str:
    """ "90' — Coup de sifflet final", "(74')": a match's minute, at the head of a live report's line or in
    brackets, "quatre-vingt-dixième minute" (eSpeak NG says nothing for the mark); not before seconds
    ("(4’ 58’’")."""
    added = f" + {cardinal(int(m.group(2)[1:]), 'fr')}" if m.group(2) else ""
    return f"{words(int(m.group(1)), 'fr', 'ordinal')} minute{added}"


@BEFORE.rule(r"(?<![\w.,])(\d{1,3}),\s(\d{2})(?=\s?%)")
def _spaced_decimal(m: re.Match[str]) -> str:
    """ "restent à 49, 19 %", "secondaires : 15, 64 %": a decimal comma copy spaced before a percentage."""
    return f"{m.group(1)},{m.group(2)}"


@BEFORE.rule(r"(?<=\d)\sp\.\s?100\b(?![\d.,]\d|\s\d)")
def _per_hundred(m: re.Match[str]) -> str:
    """ "majoré de 3,1 p. 100": the official texts' "pour cent", as "%" is said."""
    return " %"


@BEFORE.rule(r"(?<=\d)\s?(?:FCFA|F\s?CFA|F\s?Cfa)\b")
def _cfa(m: re.Match[str]) -> str:
    """ "410 FCFA", "18 500 F Cfa": the CFA franc, "francs C F A" (eSpeak NG reads "F" as a letter)."""
    return " francs C F A"


_MAGHREB = {"DT": "dinars", "DA": "dinars", "DH": "dirhams", "Dh": "dirhams"}


@BEFORE.rule(r"(?<=\d)\s?(M)?(DT|DA|DH|Dh)\b(?![\w-])")
def _maghreb(m: re.Match[str]) -> str:
    """ "80 219 DT" "dinars", "15,9 MDT" "millions de dinars", "120 MDH" "millions de dirhams": Tunisia's,
    Algeria's and Morocco's currencies after an amount (eSpeak NG spells the letters)."""
    return f" {'millions de ' if m.group(1) else ''}{_MAGHREB[m.group(2)]}"


@BEFORE.rule(r"(?<![\w.,])(\d{1,4})((?:,\d+)?)\s?(M|Mds?|G)\s?([€$])")
def _millions_sign(m: re.Match[str]) -> str:
    """ "1,2 M€" "un virgule deux million d'euros", "3 Md€" "trois milliards d'euros" (plural from two),
    Quebec's "8,5 G$" "huit virgule cinq milliards de dollars"."""
    word = "million" if m.group(3) == "M" else "milliard"
    plural = "s" if int(m.group(1)) >= 2 else ""
    currency = "d'euros" if m.group(4) == "€" else "de dollars"
    return f"{m.group(1)}{m.group(2)} {word}{plural} {currency}"


@BEFORE.rule(
    r"(?<![\w.])(?:CHF|S?Fr\.)\s?(\d{1,3}(?:['’.]\d{3})+|\d+)(?:\.(?:00|[-–]{1,2}))?(?![\d'’]|[.,]\d)"
)
def _francs_before(m: re.Match[str]) -> str:
    """ "CHF 7'410'000", "Fr. 500.-": Swiss francs written before the amount, as Swiss copy writes them, are
    said after it ("sept millions quatre cent dix mille francs"); ".-" and ".00" say no centimes."""
    return f"{m.group(1)} francs"
