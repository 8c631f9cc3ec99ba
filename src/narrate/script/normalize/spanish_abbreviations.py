"""Spanish abbreviations eSpeak NG does not know, said in full (it knows "Sr.", "Dña.", "Dr.", "Excmo.",
"aprox.", "etc." and says those itself; "pág.", "núm." before a number are spanish_news.py's):

- a title before a name: "Lic. Pérez" "licenciado Pérez", "Ing.", "Arq.", "Gral.", "Prof.", "Pdte.";
- a street's or a place's word before its name or number: "Avda. de la Paz" "avenida de la Paz", "Ctra.",
  "Pza.", "Urb.", "Col." (a Mexican address's neighbourhood);
- a recipe's spoons: "1 cda." "una cucharada", "1/2 cdta." "media cucharadita";
- a firm's or an office's word: "Hnos." "Hermanos", "Cía." "Compañía", "Ayto." "Ayuntamiento";
- a law's: "art. 194" "artículo", "LO 5/1985" "Ley Orgánica", "RD" "Real Decreto" (spanish_news.py then says
  the law's number and year);
- an era's and a century's: "44 a. C." "antes de Cristo", "1100 d.C." "después de Cristo", "s.XIX" "siglo";
- "M€" after an amount: "millones de euros"; a Latin American currency's sign or letters before it,
  "Bs. 6.000" "seis mil bolívares", "G.", "Q", "S/", "B/.", "RD$".

eSpeak NG read them as words ("Lic." "lik") or letter by letter ("Pdte.").
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules, ends_sentence
from narrate.script.normalize.spanish import agreeing
from narrate.script.normalize.spelled import cardinal

ABBREVIATIONS = Rules()

_TITLES = {
    "Lic": "licenciado", "Lcdo": "licenciado", "Ldo": "licenciado", "Lcda": "licenciada", "Lda": "licenciada",
    "Ing": "ingeniero", "Arq": "arquitecto", "Gral": "general", "Cnel": "coronel", "Cap": "capitán",
    "Prof": "profesor", "Profa": "profesora", "Mtro": "maestro", "Mtra": "maestra", "Dip": "diputado",
    "Sen": "senador", "Gdor": "gobernador", "Pdte": "presidente", "Pdta": "presidenta", "Mons": "monseñor",
    "Pbro": "presbítero", "Sto": "santo", "Sta": "santa", "Dir": "director", "Dtor": "director",
    "Ntra": "nuestra", "Ntro": "nuestro",  # "Ntra. Señora de la Asunción"
}  # fmt: skip
_PLACES = {
    "Avda": "avenida", "Av": "avenida", "Ctra": "carretera", "Pza": "plaza", "Urb": "urbanización",
    "Edif": "edificio", "Col": "colonia", "Blvd": "bulevar",
}  # fmt: skip
_SPOONS = {"cda": "cucharada", "cdas": "cucharadas", "cdta": "cucharadita", "cdtas": "cucharaditas"}
_FIRMS = {"Hnos": "Hermanos", "Cía": "Compañía", "Ayto": "Ayuntamiento"}
_EXTENSION = r"(?<![\w.])[Ee]xt\.\s?(?=\d)"  # a telephone's extension before its number
_NAME = r"[A-ZÁÉÍÓÚÑ]"


@ABBREVIATIONS.rule(r"(?<=\d)\spor\s100(?=\s*(?:[.,;:)]|$)|\sde(?:l)?\s)")
def _per_hundred(m: re.Match[str]) -> str:
    """ "del 2,39 por 100.", "un 5 por 100 de los votos": the official texts' "por ciento", as "%" is said
    (not "5 por 100 euros", a product)."""
    return " %"


@ABBREVIATIONS.rule(rf"(?<![\w.])({'|'.join(_TITLES)})\.\s(?={_NAME})")
def _title(m: re.Match[str]) -> str:
    return f"{_TITLES[m.group(1)]} "


@ABBREVIATIONS.rule(rf"(?<![\w.])({'|'.join(_PLACES)})\.\s?(?={_NAME}|\d|del?\b|la\b|los\b|las\b)")
def _place(m: re.Match[str]) -> str:
    return f"{_PLACES[m.group(1)]} "


@ABBREVIATIONS.rule(rf"(?<![\w.])({'|'.join(_SPOONS)})\.?(?=[\s,;:)]|$)")
def _spoon(m: re.Match[str]) -> str:
    ends = m.group(0).endswith(".") and ends_sentence(m.string, m.end())
    return _SPOONS[m.group(1)] + ("." if ends else "")  # the point that ends the sentence too


@ABBREVIATIONS.rule(rf"(?<![\w.])({'|'.join(_FIRMS)})\.")
def _firm(m: re.Match[str]) -> str:
    ends = ends_sentence(m.string, m.end())
    return _FIRMS[m.group(1)] + ("." if ends and m.group(1) != "Ayto" else "")


@ABBREVIATIONS.rule(r"(?<=[\dIVXLC])\s?([ad])\.\s?(?:de\s)?C\.(?=[\s,;:)]|$)")
def _era(m: re.Match[str]) -> str:
    """ "el siglo I a.C.", "año 1100 d. C.": "antes de Cristo", "después de Cristo" (eSpeak NG said the
    letters); the point ends the sentence too where one does."""
    ends = ends_sentence(m.string, m.end())
    return f" {'antes' if m.group(1) == 'a' else 'después'} de Cristo" + ("." if ends else "")


@ABBREVIATIONS.rule(r"(?<![\w.])s\.\s?(?=[IVXL]+\b)")
def _century(m: re.Match[str]) -> str:
    """ "desde finales del s.XIX": "siglo", whose Roman numeral spanish_news.py then says."""
    return "siglo "


_LAWS = {
    "LO": "Ley Orgánica", "RD": "Real Decreto", "R.D.": "Real Decreto", "L.O.": "Ley Orgánica",
    "art.": "artículo", "arts.": "artículos", "RD-ley": "Real Decreto-ley", "RDL": "Real Decreto-ley",
}  # fmt: skip


@ABBREVIATIONS.rule(r"(?<![\w.])(LO|RD-ley|RDL|RD|R\.\s?D\.|L\.\s?O\.|arts?\.)\s(?=\d)")
def _law_word(m: re.Match[str]) -> str:
    """ "art. 194" "artículo ciento noventa y cuatro", "LO 5/1985" "Ley Orgánica", "RD" "Real Decreto"."""
    return _LAWS[m.group(1).replace(" ", "")] + " "


@ABBREVIATIONS.rule(r"(?<![\w.,])(\d{1,4})((?:,\d+)?)\s?M\s?€")
def _millions_of_euros(m: re.Match[str]) -> str:
    """ "invertirá más de 330 M€", "el 1,26 M€ restante": millions of euros (eSpeak NG said "eme"), as French
    copy's "M€" is."""
    one = m.group(1) == "1" and not m.group(2)
    return f"{m.group(1)}{m.group(2)} {'millón' if one else 'millones'} de euros"


@ABBREVIATIONS.rule(_EXTENSION)
def _extension(m: re.Match[str]) -> str:
    return "extensión "


@ABBREVIATIONS.rule(r"(?<=\d)\s?(?:[Hh]rs|HRS)\.?(?=[\s,;:)]|$)")
def _hours(m: re.Match[str]) -> str:
    """ "Horario: 12 a 19 Hrs", "de 10 a 14 hrs": hours after a clock's hour (eSpeak NG spelled them); the
    point ends the sentence too where one does."""
    ends = m.group(0).endswith(".") and ends_sentence(m.string, m.end())
    return " horas" + ("." if ends else "")


@ABBREVIATIONS.rule(r"(?<![\w/.])[Ss]/[Nn](?![\w/])")
def _no_number(m: re.Match[str]) -> str:
    """ "Avenida Industria Militar S/N", "Calle Mayor s/n": an address without a number, "sin número" (eSpeak
    NG said the letters and the slash)."""
    return "sin número"


# Latin American currencies written with their sign or letters before the amount: (one, several)
_LOCAL_MONEY = {
    "Bs.": ("bolívar", "bolívares"), "G.": ("guaraní", "guaraníes"), "Gs.": ("guaraní", "guaraníes"),
    "₲": ("guaraní", "guaraníes"), "Q": ("quetzal", "quetzales"), "Q.": ("quetzal", "quetzales"),
    "S/": ("sol", "soles"), "S/.": ("sol", "soles"), "B/.": ("balboa", "balboas"),
    "RD$": ("peso dominicano", "pesos dominicanos"),
}  # fmt: skip
_LOCAL_SIGN = "|".join(re.escape(s) for s in sorted(_LOCAL_MONEY, key=len, reverse=True))


@ABBREVIATIONS.rule(
    rf"(?<![\w/.$])({_LOCAL_SIGN})(\s?)(\d{{1,3}}(?:[.,]\d{{3}})+|\d+)(?:[.,](\d\d))?(?:\s(mil)\b)?(?![\d.,]?\d)"
)
def _local_money(m: re.Match[str]) -> str:
    """ "Bs. 6.000" "seis mil bolívares", "G. 50.000" "guaraníes", "S/4.45" "cuatro soles con cuarenta y
    cinco", "Q 5.00", "RD$1,172,014.41": the currency's name after the amount (eSpeak NG spelled the sign's
    letters). A "Q" glued to a whole number is a quarter or a model ("Q2", "Audi Q4")."""
    if m.group(1) == "Q" and not (m.group(2) or m.group(4)):
        return m.group(0)
    one, several = _LOCAL_MONEY[m.group(1)]
    whole = int(re.sub(r"\D", "", m.group(3))) * (1000 if m.group(5) else 1)
    said = f"{agreeing(whole, False)} {one if whole == 1 else several}"
    cents = int(m.group(4) or 0)
    return f"{said} con {cardinal(cents, 'es')}" if cents else said
