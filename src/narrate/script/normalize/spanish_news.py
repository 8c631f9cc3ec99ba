"""Spanish news copy's clock times, dates, laws, decimals and prices, said before the number rules.

- a clock time with a point or a comma after "las" or before "horas" ("a las 2.15" "a las dos quince",
  "de 10.00 a 18.00 horas" "de diez a dieciocho horas", "21:05 horas" "veintiuna cero cinco horas",
  "03:00 hrs." "tres horas."); eSpeak NG reads a decimal;
- a day and a month's name or abbreviation ("27 feb. 2026" "veintisiete de febrero de dos mil veintiséis",
  "1 de enero" "uno de enero" as eSpeak NG says it, "1º de enero" "primero de enero");
- a law's number and year ("Ley 13/2009" "trece de dos mil nueve"), "art.", "LO", "RD" before a number;
- a decimal point (American copy's, "14.1%" "catorce punto uno"), pesos and centavos ("$19.72 pesos"
  "diecinueve pesos con setenta y dos centavos"), "€20M" "veinte millones de euros", "21%" "veintiún";
- "C/" before a name, a street ("C/ Josefa Valcárcel" "calle Josefa Valcárcel"); nine digits, a telephone's.
"""

from __future__ import annotations

import functools
import re

from narrate.display import WORDS
from narrate.script.normalize.numbers import roman_value
from narrate.script.normalize.rules import Rules, ends_sentence
from narrate.script.normalize.spanish import agreeing, hour
from narrate.script.normalize.spelled import cardinal
from narrate.script.normalize.units import HABER, unit_pattern, unit_words

SPANISH_NEWS = Rules()

_LAS_BEFORE = re.compile(r"\b(?:[Ll]as|[Ll]a)\s$")
_MERIDIAN_AFTER = re.compile(r"\s?[ap]\.?\s?m\b", re.IGNORECASE)
_AFTERNOON_AFTER = re.compile(r"\s(?:de|por)\sla\s(?:tarde|noche)\b")
_SPAN_BEFORE = re.compile(r"\bde\s(?:[01]?\d|2[0-3])[.:,][0-5]\d\s(?:a|hasta)\s$")
_JOINED = re.compile(r"\s?(?:[-–]|\s(?:a|y|e|hasta|o)\b)")
_JOINED_BEFORE = re.compile(r"(?:\d\s?(?:[-–]|a|y|e|hasta|o)|\bhora)\s(?:las?\s)?$", re.IGNORECASE)
_CLAUSE_END = r"\s(?:y|e|o)\s|\s?[.;,)]|\s*$"
_CLAUSE_ENDS = re.compile(_CLAUSE_END)
# "a 18.00 horas", or a quarter hour ending a clause ("de 10.00 a 12.00 y de 17.00 a 19.30.")
_UNTIL_AFTER = re.compile(
    r"\s(?:a|hasta)\s(?:las\s)?(?:[01]?\d|2[0-3])(?:[.:,][0-5]\d\s(?:horas?|hrs?)\b"
    rf"|[.:](?:00|15|30|45)(?={_CLAUSE_END}))"
)
_QUARTERS_BEFORE = re.compile(r"\bde\s(?:[01]?\d|2[0-3])[.:](?:00|15|30|45)\s(?:a|hasta)\s$")


_COUNTED = (
    r"(?!(?:euros|dólares|pesos|kilómetros|metros|litros|kilos|grados|puntos)\b)[a-záéíóúñ]{3,}s\b|millones\b"
)


@SPANISH_NEWS.rule(
    rf"(?<![\d.,])(?!0,)\d{{1,3}}(?:,\d{{3}})+(?![\d.,]?\d)(?=\s(?:{_COUNTED}))"
    r"|(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}|,000)(?![\d.,]?\d)"
)
def _thousands_counted(m: re.Match[str]) -> str:
    """ "más de 21,400 clientes", "400,000", "15,809 millones de pesos": Latin American copy groups thousands
    with commas; a number with three digits after its comma is a count before a plural noun, or whole when
    it has two groups or ends in ",000" (a price, "1,405 euros", and "1,924%" keep their decimals; where the
    paragraph writes decimals with a point, _thousands_comma below takes every such number)."""
    return m.group(0).replace(",", "")


@SPANISH_NEWS.rule(r"(?<=\d),00(?=\s?(?:€|euros?\b|pesos\b|dólares\b))")
def _no_cents(m: re.Match[str]) -> str:
    """ "231.000,00 euros" "doscientos treinta y un mil euros": no cents are said for ",00"."""
    return ""


@SPANISH_NEWS.rule(r"(?<![\w.,:'’´])(\d{1,3})['’´](\d{1,3})(?![\w'’´]|[.,]\d)")
def _apostrophe(m: re.Match[str]) -> str:
    """ "0’25 miligramos", "14´30 horas": a decimal or a clock time written with an apostrophe or an acute
    accent where the comma or the colon goes (Spanish copy typed without the key); read as "0,25" and
    "14:30" by the rules below (eSpeak NG said the numbers run together)."""
    clock = re.match(r"\s?(?:horas?|hrs?|h)\b", m.string[m.end() :]) and len(m.group(2)) == 2
    return f"{m.group(1)}{':' if clock else ','}{m.group(2)}"


@SPANISH_NEWS.rule(
    r"(?<![\w.,:])([01]?\d|2[0-3])([.:,])([0-5]\d)(?![^\Wh]|h(?!r?s\b)\w|[.,:]\d)"
    r"(\s?(?:hr?s\b\.?|hr\b\.?|horas?\b|h\b\.?(?=\s[a-záéíóúñA-ZÁÉÍÓÚÑ\d]|\s[-–—(]|[,;)]|$)))?"
)
def _clock(m: re.Match[str]) -> str:
    """A time of day: after "las", before "horas", or before "a 18.00 horas"; a comma only after "las"."""
    las = _LAS_BEFORE.search(m.string[max(0, m.start() - 6) : m.start()])
    quarters = m.group(3) in {"00", "15", "30", "45"} and _CLAUSE_ENDS.match(m.string, m.end())
    ended = quarters and _QUARTERS_BEFORE.search(m.string[max(0, m.start() - 14) : m.start()])
    if not (las or m.group(4) or m.group(2) == ":" or _UNTIL_AFTER.match(m.string, m.end()) or ended):
        return m.group(0)
    # a comma only after "las" or before "h." ("de 8,00 h. a 14,30 h."): "duró 2,30 horas" is a decimal
    shorthand = (m.group(4) or "").strip() in {"h", "h."}
    # "de 17,30 a 20,30 horas": both ends of a span of clock times
    span = _UNTIL_AFTER.match(m.string, m.end()) or _SPAN_BEFORE.search(
        m.string[max(0, m.start() - 14) : m.start()]
    )
    if (m.group(2) == "," and not (las or shorthand or span)) or _MERIDIAN_AFTER.match(m.string, m.end()):
        return m.group(0)  # "9:30 a. m." is spanish.py's
    minutes, hours = int(m.group(3)), int(m.group(1))
    if hours > 12 and not m.group(4) and _AFTERNOON_AFTER.match(m.string, m.end()):
        hours -= 12  # "las 18:00 de la tarde" "las seis de la tarde": the part of the day says which
    said = hour(hours)
    if minutes:
        said += f" {'cero ' if minutes < 10 else ''}{cardinal(minutes, 'es')}"
    # "a las 16:00 se" "dieciséis horas": a 24-hour clock's hour alone (a span says "horas" once, or not)
    joined = _JOINED.match(m.string, m.end()) or _JOINED_BEFORE.search(
        m.string, max(0, m.start() - 20), m.start()
    )
    alone = not (span or joined)
    word = m.group(4) or ("" if minutes or 0 < hours <= 12 or not alone else " horas")
    if word and not word.strip().startswith("hora"):  # "hrs.", "hs", "h.": "horas"
        ends = word.endswith(".") and not re.match(r"\s[a-záéíóúñ]", m.string[m.end() : m.end() + 2])
        word = " horas." if ends else " horas"
    return said + word


_MONTHS = WORDS["es"].months
_ABBREVIATED = {month[:3]: month for month in _MONTHS} | {"sept": "septiembre", "set": "septiembre"}
_MONTH = "|".join([*_MONTHS, *_ABBREVIATED])
_DATELINE = "|".join(a.capitalize() for a in _ABBREVIATED)  # "MADRID, 17 Nov. (EUROPA PRESS)"


@SPANISH_NEWS.rule(
    rf"(?<![\w.,:/-])([1-9]|[12]\d|3[01])[°º]?\s(de\s)?({_MONTH}|{_DATELINE}(?=\.))\b(\.)?"
    r"(?:(\sde)?\s(1[5-9]\d\d|20\d\d)\b)?"
)
def _day_month(m: re.Match[str]) -> str:
    """ "27 feb. 2026", "1 jun", "1 de enero", a dateline's "12 Ene.": an abbreviation is a month's only with
    a point, a year, or before a bracket or a comma ("1 jun (PL)"), a capitalised one only with its point;
    the first day is "uno" ("primero" where it is written "1°" or "1º"). The abbreviation's point is kept
    where it ends the sentence too. With the month's name in full, "de" is said where the copy writes it
    ("16 mayo 2019" "dieciséis mayo dos mil diecinueve"); an abbreviation is given both."""
    name = m.group(3).lower()
    if not (written := name in _MONTHS):
        follows = m.string[m.end() : m.end() + 2]
        if not (m.group(4) or m.group(6) or re.match(r"\s?[(,;]|$", follows)):
            return m.group(0)
        name = _ABBREVIATED[name]
    ordinal = m.group(1) == "1" and m.group(0)[1] in "°º"  # "1º de mayo"; "1 de mayo" is "uno" (eSpeak NG's)
    day = "primero" if ordinal else cardinal(int(m.group(1)), "es")
    said = f"{day} de {name}" if m.group(2) or not written else f"{day} {name}"
    if m.group(6):
        said += f"{' de' if m.group(5) or not written else ''} {cardinal(int(m.group(6)), 'es')}"
    elif m.group(4) and ends_sentence(m.string, m.end()):
        said += "."  # the abbreviation's point ends the sentence too
    return said


@SPANISH_NEWS.rule(
    r"\b((?:[Ee]l|[Aa]l|[Dd]el)\s|(?:EMERGENCIAS|[Ee]mergencias)\s\(?)112"
    r"(?![\w%/-]|[.,]\d|\s(?:[a-záéíóúñ]+s|euros?|millones|mil)\b)"
)
def _emergency(m: re.Match[str]) -> str:
    """ "el 112", "El 112 da aviso", "Emergencias 112": the emergency number, as it is dialled ("uno uno
    dos"; five pairs of seven), not "ciento doce"."""
    return f"{m.group(1)}uno uno dos"


_CENTURY = r"(?=[IVX])(X{0,2}(?:IX|IV|V?I{0,3}))"  # a numeral up to XXIX, not nothing


@SPANISH_NEWS.rule(rf"\b([Ss]iglos?\s){_CENTURY}\b(?:(\s(?:y|e|o|u|al|a)\s){_CENTURY}\b)?")
def _century(m: re.Match[str]) -> str:
    """ "el siglo XVI", "los siglos XV y XVI": a century's Roman numeral is its number, "dieciséis" (eSpeak NG
    says the letters of the longer ones)."""
    if not m.group(2):
        return m.group(0)  # "siglo V" matched as nothing before a word of capitals: left
    said = m.group(1) + cardinal(roman_value(m.group(2)), "es")
    if m.group(4):
        said += m.group(3) + cardinal(roman_value(m.group(4)), "es")
    elif m.group(3):
        said += m.group(3)
    return said


@SPANISH_NEWS.rule(r"(?<![\w-])([A-Z]{2,3})-(?=\d{1,4}\b(?![.,]\d))")
def _road(m: re.Match[str]) -> str:
    """ "SE-6201", "AP-7", "CV-500": a road's letters before its number, spelled (eSpeak NG said "se")."""
    return " ".join(m.group(1)) + " "


@SPANISH_NEWS.rule(
    r"(?<![\w.,+$-])([6789]\d\d)(\d\d)(\d\d)(\d\d)(?![\w.,-]?\d|\s?(?:€|(?:euros?|pesos|dólares|millones)\b))"
)
def _phone(m: re.Match[str]) -> str:
    """ "el teléfono gratuito 900705010": nine digits run together are a Spanish telephone number (amounts
    have points), said in its groups, three then pairs ("novecientos setenta cincuenta diez"; a pair from 0
    "cero cinco")."""
    return " ".join([cardinal(int(m.group(1)), "es"), *map(_group, m.groups()[1:])])


_PHONE_WORD = re.compile(
    r"\b(?:tel[ée]fonos?|tel[ée]f?\.|tfno\.?|tlf\.?|m[óo]vil|fax|whatsapp|centralita|n[úu]mero|ll[aá]me(?:nos)?|llamar|al)"
    r"(?:\s\w+){0,2}\W{0,3}$",  # "teléfono del centro 917 579 685"
    re.IGNORECASE,
)


_AMOUNT_AFTER = re.compile(r"\s?(?:[€$%]|[^\W\d_])")  # "680 378 776 votos" may count votes


@SPANISH_NEWS.rule(
    r"(?<![\w.,+$/-])(\(\d{2,3}\)|\d{2,3})((?:([\s.])\d{2,3})(?:\3\d{2,3}){1,2})(?![\w.,/-]?\d)"
)
def _grouped_phone(m: re.Match[str]) -> str:
    """ "91 720 92 11", "968 12 88 48", "(601) 338 70 00": a telephone number of nine or ten digits in groups
    of two and three, said group by group as numbers ("noventa y uno, setecientos veinte, noventa y dos,
    once"; a group from 0 with its zeros, "cero cero", "cero once"), as most of the pairs read them; eSpeak
    NG ran a group of three into the one before it ("noventa y un mil setecientos veinte"). Groups of three
    alone ("917 579 685", "920.211.011") may be an amount: those only after a word that names a telephone
    number, or spaced from a 6 to 9 (a number's thousands take points); they are said digit by digit."""
    groups = re.findall(r"\d+", m.group(0))
    if not 9 <= sum(map(len, groups)) <= 10:
        return m.group(0)
    before = m.string[max(0, m.start() - 40) : m.start()]  # the words just before, not the whole text
    if all(len(g) == 3 for g in groups):
        spaced = m.group(3) == " " and m.group(0)[0] in "6789" and not _AMOUNT_AFTER.match(m.string, m.end())
        if not (spaced or _PHONE_WORD.search(before)):
            return m.group(0)
        return ", ".join(" ".join(cardinal(int(d), "es") for d in g) for g in groups)
    return ", ".join(_group(g) for g in groups)


def _group(digits: str) -> str:
    """A telephone number's group as a number, its leading zeros said: "00" "cero cero", "011" "cero once"."""
    number = digits.lstrip("0")
    said = [cardinal(int(number), "es")] if number else []
    return " ".join(["cero"] * (len(digits) - len(number)) + said)


@SPANISH_NEWS.rule(r"(?<![\w.])Nª\.?\s?Sª\.?(?=\s)")
def _our_lady(m: re.Match[str]) -> str:
    """ "la Parroquia de Nª Sª de ...": "Nuestra Señora"."""
    return "Nuestra Señora"


@SPANISH_NEWS.rule(r"(?:(?<=\d\s)|(?<=\bmil\s))md([dp])\b")
def _mexican_millions(m: re.Match[str]) -> str:
    """ "50 mil mdd", "300 mdp": Mexican copy's "millones de dólares", "millones de pesos"."""
    return "millones de dólares" if m.group(1) == "d" else "millones de pesos"


@SPANISH_NEWS.rule(r"(?<![\w.])(?:No|[Nn]úm)\.\s?(?=\d)")
def _number_word(m: re.Match[str]) -> str:
    """ "No. 326" "número trescientos veintiséis", "núm. 2023-3932": the abbreviation of "número" before a
    number (eSpeak NG says "no", "num")."""
    return "número "


@SPANISH_NEWS.rule(r"(?<![\w/])y/o(?![\w/])")
def _and_or(m: re.Match[str]) -> str:
    """ "Teléfono y/o correo electrónico": "y o" (eSpeak NG says the slash)."""
    return "y o"


@SPANISH_NEWS.rule(
    r"\b((?:[Ll]ey|[Dd]ecreto|[Dd]ecreto-ley|Orgánica|[Rr]eglamento|Orden|[Dd]irectiva)\s)(\d{1,4})/((?:19|20)\d\d|\d\d)\b"
    r"(?![/\d])"
)
def _law_number(m: re.Match[str]) -> str:
    """ "Ley 13/2009" "Ley trece de dos mil nueve": a law's number and its year; with the year in two
    digits, "Decreto 196/92" "ciento noventa y seis barra noventa y dos", as it is written (eSpeak NG's
    reading of the digits is not its reading of the words)."""
    number, year = cardinal(int(m.group(2)), "es"), cardinal(int(m.group(3)), "es")
    return f"{m.group(1)}{number} {'de' if len(m.group(3)) == 4 else 'barra'} {year}"


@SPANISH_NEWS.rule(
    r"(?<![\w.,$])(U\$S|u\$s|US\$|\$)\s?(\d{1,3}(?:\.\d{3}){1,6}|\d{1,3}(?:,\d{3}){1,6}|\d{1,18})(?:[.,](\d{1,2}))?(?![\d.,]\d)"
    r"(?:\s(mil\smillones|millones|millón)(?:\sde)?|\s(mil)(?:\s(\d{1,3})(?![\w.,]))?\b)?(?:\s?(pesos|dólares)\b)?"
)
def _dollar_sign(m: re.Match[str]) -> str:
    """ "$1.668", "$ 22,33", "$1.842,79", "U$S 1,20", "u$s115.657": the sign before an amount written as
    Latin American copy writes it (thousands parted by points, or cents after the point or the comma) is the
    peso's ("US$", "U$S", "u$s" the dollar's); the cents said "con ... centavos". A whole amount ("$25", "$253
    millones", "$6 mil 925" after the thousands) too: every development pair with the sign read pesos."""
    one, many = ("dólar", "dólares") if m.group(1) != "$" else ("peso", "pesos")
    if m.group(7):  # "$625 pesos": the word after the amount names the currency
        one, many = ("peso", "pesos") if m.group(7) == "pesos" else ("dólar", "dólares")
    whole = int(re.sub(r"[.,]", "", m.group(2)))
    if m.group(5) and not m.group(3):  # "$6 mil 925": "seis mil novecientos veinticinco pesos"
        return f"{agreeing(whole * 1000 + int(m.group(6) or 0), False)} {many}"
    if m.group(4) or m.group(5):  # "$2 millones": "dos millones de pesos"
        point = f" coma {cardinal(int(m.group(3)), 'es')}" if m.group(3) else ""  # "$1,5 mil"
        return f"{agreeing(whole, False)}{point} {m.group(4) or 'mil'} {'de ' if m.group(4) else ''}{many}"
    return _with_centavos(whole, int(m.group(3).ljust(2, "0")) if m.group(3) else 0, one, many)


@SPANISH_NEWS.rule(r"(?<![\w.,$])(\d{1,3}(?:,\d{3})*|\d+)[.,](\d\d)\s?pesos\b")
def _pesos(m: re.Match[str]) -> str:
    """ "11.47 pesos": pesos and centavos (with the sign before them, "$18,99", the rule above's). With a
    decimal comma ("cotiza a 19,57 pesos por dólar", exchange-rate copy) it is left to eSpeak NG's reading,
    "diecinueve coma cincuenta y siete pesos", as the pairs read it."""
    if m.string[m.end(1)] == ",":
        return m.group(0)
    return _with_centavos(int(m.group(1).replace(",", "")), int(m.group(2)), "peso", "pesos")


def _with_centavos(whole: int, cents: int, one: str, many: str) -> str:
    """ "diecinueve pesos con setenta y dos centavos", "un dólar con veinte centavos"."""
    said = f"{agreeing(whole, False)} {one if whole == 1 else many}"
    return said + (f" con {agreeing(cents, False)} centavos" if cents else "")


@SPANISH_NEWS.rule(r"(?<![\w.,])€(\d{1,3})\s?M(?!\w)")
def _euro_millions(m: re.Match[str]) -> str:
    """ "€20M" "veinte millones de euros"."""
    n = int(m.group(1))
    return f"{'un millón' if n == 1 else agreeing(n, False) + ' millones'} de euros"


_POINT_DECIMAL = re.compile(r"(?<![\w.,])\d{1,3}\.\d{1,2}(?![\w]|[.,:]\d)")  # "34.67"
_COMMA_DECIMAL = re.compile(r"(?<![\w.,])\d+,\d{1,2}(?![\w]|[.,]\d)|\d\.\d{3}(?!\d)")  # "8,17", "1.500"


@functools.lru_cache(maxsize=4)
def _points_for_decimals(text: str) -> bool:
    """Whether TEXT writes numbers as American and much Latin American copy does, a decimal point and no
    decimal comma or thousands' point. (Asked for each number of a text: remembered.)"""
    return bool(_POINT_DECIMAL.search(text)) and not _COMMA_DECIMAL.search(text)


@SPANISH_NEWS.rule(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+)(?![\w,]|\.\d)")
def _thousands_comma(m: re.Match[str]) -> str:
    """ "con un 34.67 %, ... un total de 1,136 votos": where the paragraph writes its decimals with a point,
    a comma before three digits parts thousands ("mil ciento treinta y seis", not "uno coma ..."), as before
    money when they end "00" ("6,500 pesos": no price ends so); alone, "1,088 dólares" (a rate) is left."""
    money = re.match(r"\d{1,3},\d00\s?(?:€|(?:euros|pesos|dólares)\b)", m.string[m.start() :])
    return m.group(1).replace(",", "") if money or _points_for_decimals(m.string) else m.group(0)


_UNIT = unit_pattern("es")


@SPANISH_NEWS.rule(
    rf"(?<![\w.,])([+-]?)(\d{{1,3}})\.(\d{{1,2}})(?![\w]|[.,:]\d)(\s?%|\s?(?!ha{HABER.pattern})(?:{_UNIT})(?![\w²/]|['’]\w))?"
)
def _decimal_point(m: re.Match[str]) -> str:
    """ "14.1%", "0.89": a point before one or two digits, not a time's, is a decimal point ("punto"); a
    unit's symbol after it is named ("956.9 hPa" "... punto nueve hectopascales"), as `units.py` names it
    after a decimal comma."""
    fraction = m.group(3)
    said = "cero " * (len(fraction) - len(fraction.lstrip("0"))) + cardinal(int(fraction), "es")
    if fraction == "0" * len(fraction):
        said = " ".join(["cero"] * len(fraction))
    sign = {"+": "más ", "-": "menos "}.get(m.group(1), "")
    after = (m.group(4) or "").strip()
    percent = " por ciento" if after == "%" else f" {unit_words(after, 'es', one=False)}" if after else ""
    return f"{sign}{cardinal(int(m.group(2)), 'es')} punto {said}{percent}"


@SPANISH_NEWS.rule(r"(?<![\w.,])([2-9]1|[1-9][02-9]1)\s?%")
def _percent_one(m: re.Match[str]) -> str:
    """ "un 21%" "veintiún por ciento": a number ending in one drops its "o" before "por ciento"."""
    return f"{agreeing(int(m.group(1)), False)} por ciento"


@SPANISH_NEWS.rule(r"(?<![\w/])[Cc]/\s?(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
def _street(m: re.Match[str]) -> str:
    """ "C/ Josefa Valcárcel" "calle Josefa Valcárcel" (eSpeak NG says "ce barra")."""
    return "calle "


_PARTS = {
    2: "medio",
    3: "tercio",
    4: "cuarto",
    5: "quinto",
    6: "sexto",
    7: "séptimo",
    8: "octavo",
    9: "noveno",
}
_GLYPHS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8)}
# words after an amount that are no noun it measures ("1/2 y 3/4", "2/3 del total")
_NOT_NOUN = {"y", "o", "a", "en", "que", "del", "al", "por", "para", "con", "se", "es", "son", "el", "la"}


@SPANISH_NEWS.rule(
    r"(?<![\w/.,])(?:(\d{1,3})(?:\s|(?=[½¼¾⅓⅔⅛])))?(?:([1-8])/([2-9])|([½¼¾⅓⅔⅛]))(?![\w/]|[.,]\d)(\s+de)?(?=\s+([A-ZÁÉÍÓÚÑa-záéíóúñ][a-záéíóúñ]*))"
)
def _fraction(m: re.Match[str]) -> str:
    """A recipe's or a measure's fraction before its noun: "1/2 taza" "media taza", "1/4 cucharadita" "un
    cuarto de cucharadita", "7/8 de taza" "siete octavos de taza", "2 1/4 tazas" "dos y un cuarto tazas",
    "1 ½ taza" "una y media taza" (eSpeak NG says "uno barra dos", "uno un medio")."""
    num, den = _GLYPHS[m.group(4)] if m.group(4) else (int(m.group(2)), int(m.group(3)))
    noun = m.group(6).lower()  # "1/2 Limón" in a list's capitals
    if num >= den or noun in _NOT_NOUN:
        return m.group(0)
    feminine = noun.endswith(("a", "as")) and noun not in {"día", "días", "mapa", "programa"}
    whole = f"{agreeing(int(m.group(1)), feminine)} y " if m.group(1) else ""
    if (num, den) == (1, 2):
        half = "media" if feminine else "medio"
        return f"{whole}{half}" if whole or not m.group(5) else f"{half}{m.group(5)}"
    part = _PARTS[den] + ("" if num == 1 else "s")
    said = f"{'un' if num == 1 else cardinal(num, 'es')} {part}"
    return f"{whole}{said}" if whole else f"{said} de"  # "7/8 de taza": its own "de" is kept as read


@SPANISH_NEWS.rule(r"\((?:(\d{1,3})\s?['’′]|m\.\s?(\d{1,3}))\)")
def _match_minute(m: re.Match[str]) -> str:
    """ "Eduard Vaca (20')", "Guido Pizarro (m.48)": a goal's minute in a match report, "(minuto veinte)"
    (eSpeak NG says nothing for the mark)."""
    return f"(minuto {cardinal(int(m.group(1) or m.group(2)), 'es')})"
