"""Spanish: numbers agree with their noun, which eSpeak NG's es voice does not do.

eSpeak NG reads every number in the masculine of counting: "221 personas" is "doscientos veintiuno personas",
"21 muertos" "veintiuno muertos". A newsreader says "doscientas veintiuna personas" and "veintiún muertos":
hundreds and a final one agree with a feminine noun, and a final one drops its "o" before a masculine one.
The noun's gender is read from the words around the number: a feminine determiner before it ("las", "unas",
"otras") or a feminine plural after it ("personas", "horas", "víctimas"; not "días", "problemas", "turistas").
Numbers whose reading does not change are left to eSpeak NG.

Also: written ordinals ("1.º", "2ª", "1º puesto" "primer puesto") and "D.", "Dña." before a name ("don").
"""

from __future__ import annotations

import re

from narrate.script.normalize.european import numbered_roman
from narrate.script.normalize.numbers import roman_value
from narrate.script.normalize.rules import Rules, words
from narrate.script.normalize.spelled import spelled_letters

SPANISH = Rules()
BEFORE_UNITS = Rules()  # run before the units' rules, which take a degree sign for degrees

_FEMININE_BEFORE = re.compile(
    r"\b(?:[Ll]as|[Uu]nas|[Oo]tras|[Ee]stas|[Ee]sas|[Aa]quellas|[Tt]odas|[Aa]lgunas)\s+$"
)
# words after a number that end like a plural noun and are none ("21 menos 3", "el 21 Los Angeles")
_NOT_NOUNS = (
    r"(?!(?:los|las|unos|unas|dos|tres|seis|menos|mientras|entonces|antes|apenas|además|jamás|atrás|detrás"
    r"|demás|ambos|ambas|otros|otras|todos|todas|estos|estas|esos|esas|aquellos|aquellas|nosotros|ellos"
    r"|ellas)\b)"
)
# the masculine nouns in "-ma", from Greek ("problema", "programa", "clima", "síntoma"); other "-ma" nouns
# are feminine ("camas", "víctimas", "firmas", "formas", "armas", "cremas")
_GREEK_MA = (
    r"(?!(?:crema|yema|flema)s?\b)(?:\w*(?:ema|grama|gma|sma)|clima|drama|panorama|pijama|idioma|síntoma"
    r"|diploma|axioma|genoma|aroma|cromosoma|carcinoma|melanoma|glaucoma|hematoma)"
)
# a plural after the number: -as nouns are feminine, but for Greek -ma words and -ista nouns (of both genders)
_FEMININE_AFTER = re.compile(
    rf"\s+{_NOT_NOUNS}(?!(?:d[ií]as|mapas|planetas|{_GREEK_MA}s|\w+istas|\w+etas)\b)"
    r"(?:[a-záéíóúñ]+as|[a-záéíóúñ]+(?:ciones|siones|dades|tades|tudes)|mujeres|veces|muertes|noches|partes"
    r"|calles|clases|redes|leyes|naves|fuentes|torres|sedes|frases|llaves|cárceles|especies|series|madres)\b",
    re.IGNORECASE,  # "21 Oficinas Municipales": a noun in a name's capitals has its gender too
)
# a masculine plural: "-os", Greek "-mas", and "-es" nouns but the feminine ones above ("21 retenes")
_MASCULINE_AFTER = re.compile(
    rf"\s+{_NOT_NOUNS}(?:[a-záéíóúñ]+os|d[ií]as|mapas|planetas|{_GREEK_MA}s|[a-záéíóúñ]+es)\b",
    re.IGNORECASE,
)


# a singular noun after "1" (not a word that goes on with the number: "1 de abril", "1 y 2", "1 más 1")
_ONE_BEFORE = re.compile(
    r"\s+(?!(?:de|del|y|e|o|u|a|al|en|que|por|para|con|se|es|son|el|la|lo|los|las|un|una|más|menos|mil"
    r"|sobre|entre|contra|sin|tras|hasta|desde|x)\b)([a-záéíóúñ]{2,})\b"
)
# a feminine singular: "-a" (not "día", Greek "-ma", "-ista", "-eta" words), "-ción", "-dad" ...
# nouns a number labels rather than counts ("usuarios de Nivel 1", "página 1 = 2ª")
_LABEL_BEFORE = re.compile(
    r"\b(?:[Nn]ivel|[Pp]ágina|[Ff]ase|[Gg]rupo|[Pp]aso|[Ee]tapa|[Jj]ornada|[Zz]ona|[Tt]ipo|[Mm]odelo|[Pp]lanta)\s$"
)
_FEMININE_ONE = re.compile(
    rf"(?!(?:día|mapa|planeta|{_GREEK_MA}|\w+ista|\w+eta)$)(?:[a-záéíóúñ]+a|[a-záéíóúñ]+(?:ción|sión|dad|tad|tud|umbre)"
    r"|vez|mujer|muerte|noche|parte|calle|clase|red|ley|nave|fuente|torre|sede|frase|llave|cárcel|especie"
    r"|serie|madre|gente|flor|sal|piel|mano)"
)


_RANGE_END = re.compile(r"\s(?:a|y|o|u)\s\d{1,9}\b(?![.,:-]\d)")


def agreeing(n: int, feminine: bool) -> str:
    """N in words agreeing with a feminine or a masculine noun after it.

    >>> agreeing(221, True), agreeing(21, False), agreeing(200_000_000, True)
    ('doscientas veintiuna', 'veintiún', 'doscientos millones')
    >>> agreeing(53939, True)
    'cincuenta y tres mil novecientas treinta y nueve'
    """
    said = words(n, "es")
    head, sep, tail = said.rpartition("millones" if "millones" in said else "millón")
    if not sep:
        head, tail = "", said  # a million is masculine: only what follows it agrees
    if feminine:
        tail = re.sub(r"ientos\b", "ientas", tail)
        tail = re.sub(r"uno\b", "una", tail)
    else:
        tail = re.sub(r"\buno\b", "un", tail)
        tail = re.sub(r"iuno\b", "iún", tail)
    return head + sep + tail


def hour(n: int) -> str:
    """An hour of the clock is feminine: "las veintiuna", "la una"."""
    return agreeing(n, True)


@SPANISH.rule(r"(?<![\d.,:-])\b(\d{1,3}(?:\.\d{3}){1,4}|\d{1,9})\b(?![.,:-]\d)")
def _agreeing(m: re.Match[str]) -> str:
    """ "hasta las 221 personas" "doscientas veintiuna", "31 años" "treinta y un años"."""
    n = int(m.group(1).replace(".", ""))
    before = m.string[max(0, m.start() - 20) : m.start()]  # a window, not a copy of the text so far
    if _LABEL_BEFORE.search(before):
        return m.group(0)  # "Nivel 1", "página 1": a label's number, "uno", whatever follows it
    one = _ONE_BEFORE.match(m.string, m.end()) if n == 1 else None
    # a feminine noun may come after the other end of a range, "entre 1 y 2 horas" "entre una y dos"; a
    # masculine one shortens only the number just before it ("de uno a dos días", "de dos a veintiún días")
    other_end = _RANGE_END.match(m.string, m.end())
    noun_at = other_end.end() if other_end else m.end()
    if _FEMININE_BEFORE.search(before) or _FEMININE_AFTER.match(m.string, noun_at):
        said = agreeing(n, True)
    elif _MASCULINE_AFTER.match(m.string, m.end()):
        said = agreeing(n, False)
    elif one:  # "1 cucharadita" "una cucharadita", "1 litro" "un litro"
        feminine = _FEMININE_ONE.fullmatch(one.group(1)) is not None
        if feminine and re.search(r"\b(?:[Ee]l|del|al)\s$", before):
            return m.group(0)  # "el 1 representa": the number itself ("el uno"), a verb after it
        said = agreeing(n, feminine)
    else:
        return m.group(0)
    return m.group(0) if said == words(n, "es") else said


@SPANISH.rule(r"\((\d{1,2})-(\d{1,2})(?=[,)])")
def _score(m: re.Match[str]) -> str:
    """ "(2-1, min. 18)": a match's score in brackets is "dos a uno"."""
    return f"({words(int(m.group(1)), 'es')} a {words(int(m.group(2)), 'es')}"


@SPANISH.rule(r"\bmin\b\.?,?\s?(?=\d{1,3}\b)")
def _minute(m: re.Match[str]) -> str:
    """ "min. 18", "min 6": the minute of a match."""
    return "minuto "


@SPANISH.rule(
    r"\b((?:Felipe|Carlos|Juan|Pablo|Alfonso|Fernando|Enrique|Luis|Pío|Benedicto|Isabel|León)\s)"
    r"(I{1,3}|IV|VI{0,3}|IX|X)\b"
)
def _regnal(m: re.Match[str]) -> str:
    """ "Felipe VI" "Felipe sexto", "Juan Pablo II" "segundo": a king's or a pope's number is an ordinal."""
    said = ordinal(roman_value(m.group(2)))
    return m.group(1) + (re.sub(r"o$", "a", said) if m.group(1).startswith("Isabel") else said)


@SPANISH.rule(
    r"\b([Ll]as?|[Ll]os|[Ee]l|del|al)\s([“\"«]?)((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))"
    r"\s(?=[A-ZÁÉÍÓÚ][a-záéíóúñ]|(?!(?:para|sobre|entre|desde|hasta|como|pero|porque)\b)[a-záéíóúñ]{4,})"
)
def _roman_before_noun(m: re.Match[str]) -> str:
    """ "la II República" "la segunda República", "el XV Congreso" "el decimoquinto", "la “XI Carrera" (a
    quotation mark between): a Roman numeral between an article and a capitalised noun is an ordinal agreeing
    with the article ("las", "los": plural)."""
    said = ordinal(roman_value(m.group(3)))
    if m.group(1).lower() in {"la", "las"}:
        said = re.sub(r"o\b", "a", said)  # "la vigésima quinta Feria"
    else:  # "primero" and "tercero" lose their "o" before the noun: "el primer Premio"
        said = re.sub(r"(prim|terc)ero$", r"\1er", said)
    if m.group(1).lower() in {"los", "las"}:  # "los segundos Juegos"
        said = re.sub(r"er$", "ero", said) + "s"
    return f"{m.group(1)} {m.group(2)}{said} "


_SENTENCE_MAY_END = re.compile(r"\s*$|\s+[A-ZÁÉÍÓÚÑ¿¡]")


@SPANISH.rule(r"(?<![\w.])EE(?:\.\s?)?UU(\.?)(?!\w)")
def _united_states(m: re.Match[str]) -> str:
    """ "EE.UU.", "EE. UU.", "EEUU": "Estados Unidos" (eSpeak NG says "ee punto uu"); its last point stays
    where it may end the sentence too (at the end, or before a capital)."""
    ends = m.group(1) and _SENTENCE_MAY_END.match(m.string, m.end())
    return "Estados Unidos." if ends else "Estados Unidos"


_TEENS = {"primero": "undécimo", "segundo": "duodécimo", "octavo": "decimoctavo"}


def ordinal(n: int) -> str:
    """A Spanish ordinal, masculine: num2words's, with 11 to 19 written as the RAE prefers them, in one word
    ("décimo quinto" "decimoquinto", "décimoprimero" "undécimo"), also inside a larger one.

    >>> ordinal(15), ordinal(11), ordinal(18), ordinal(113), ordinal(23)
    ('decimoquinto', 'undécimo', 'decimoctavo', 'centésimo decimotercero', 'vigésimo tercero')
    """
    said = words(n, "es", "ordinal")
    return re.sub(r"\bdécimo ?([a-zé]+o)\b", lambda t: _TEENS.get(t.group(1)) or "decimo" + t.group(1), said)


# words after an ordinal that are not the noun it goes with ("Cabo 1º de la Guardia Civil")
_NOT_A_NOUN = {"de", "del", "y", "e", "o", "u", "a", "al", "en", "por", "para", "con", "que", "según", "sin"}


# an article before an ordinal of 100 or more ("el 100º aniversario"); after anything else it is degrees
_COUNTED = re.compile(r"\b(?:el|la|los|las|del|al|su|sus)\s$", re.IGNORECASE)


# a temperature's words near a number with "º" ("una máxima de 35º", "31º de máxima"): a degree sign
_WEATHER = re.compile(r"\b(?:máxim|mínim|temperatur|termómetr|grados\b)", re.IGNORECASE)
_OF_HIGH_OR_LOW = re.compile(r"\s+de\s+(?:máxima|mínima)\b", re.IGNORECASE)  # "31º de máxima"


@SPANISH.rule(r"(?<![\w.,])(\d{1,2})\.?(er|[rdtmvn][oa])\b")
def _lettered_ordinal(m: re.Match[str]) -> str:
    """ "3.er curso", "1ro de mayo", "2do lugar", "5ta edición": an ordinal written with its word's last
    letters (the RAE's "1.er", "3.er", and Latin American copy's "1ro", "4to", "8vo") is the same ordinal as
    "3.º" or "5.ª", for the rule below; only when the letters are the ordinal's own ("2do", not "2to"; "er"
    only after one and three)."""
    n, letters = int(m.group(1)), m.group(2)
    if n == 0:
        return m.group(0)
    word = words(n, "es", "ordinal")
    if letters == "er":
        return f"{n}º" if word.endswith(("primero", "tercero")) else m.group(0)
    return f"{n}{'º' if letters[1] == 'o' else 'ª'}" if word[-2] == letters[0] else m.group(0)


@BEFORE_UNITS.rule(r"\b([Ll]as?|[Ee]l|[Dd]el|[Aa]l)\s(\d{1,2})°(?=\s(?![CFK]\b)[A-Za-zÁÉÍÓÚáéíóúñ])")
def _degree_as_ordinal(m: re.Match[str]) -> str:
    """ "la 1° Liga Municipal", "el 2° lugar": a degree sign between an article and a word is the ordinal's
    sign ("º", "ª" after "la"), as copy types it for want of one (it had been "un grado")."""
    sign = "ª" if m.group(1).lower().startswith("la") else "º"
    return f"{m.group(1)} {m.group(2)}{sign}"


@SPANISH.rule(r"(?<![\w.,])(\d{1,3})\.?([ºª])(?!\w|\s?[CF]\b)(?=(\s+[a-záéíóúñ]+\b)?)")
def _ordinal(m: re.Match[str]) -> str:
    """ "Cabo 1º", "la 2.ª edición", "el 3º puesto": a written ordinal (eSpeak NG says "1.º" "uno punto o");
    "º" after 100 or more, without a point or an article before, is a degree sign ("a 180º" "grados");
    feminine after "ª", and "primer", "tercer" before a masculine noun ("1º puesto" "primer puesto")."""
    n = int(m.group(1))
    if n == 0:
        return m.group(0)
    article = _COUNTED.search(m.string, max(0, m.start() - 5), m.start())
    degree_sign = m.group(0)[-2:-1].isdigit() and m.group(2) == "º"
    if degree_sign and n >= 100 and not article:
        return f"{n} grados"  # "a 180º." "a ciento ochenta grados": an oven's degrees, not a 180th
    if (
        degree_sign
        and n > 1
        and (
            m.string[max(0, m.start() - 4) : m.start()].lower() == "los "
            or _WEATHER.search(m.string, max(0, m.start() - 40), m.start())
            or _OF_HIGH_OR_LOW.match(m.string, m.end())
        )
    ):
        return f"{agreeing(n, False)} grados"  # "no superaría los 28º", "una máxima de 35º": a temperature
    said = ordinal(n)
    if m.group(2) == "ª":
        return re.sub(r"o\b", "a", said)
    noun = (m.group(3) or "").strip()
    if noun and noun not in _NOT_A_NOUN:
        said = re.sub(r"(primer|tercer)o$", r"\1", said)
    return said


_TITLES = (
    "Procurador|Procuradora|Magistrado|Magistrada|Letrado|Letrada|Abogado|Abogada|Notario|Juez|Fiscal"
    "|Presidente|Secretario|Alcalde|Concejal|Consejero|Ministro|Diputado|Senador|Director|Cabo|Sargento"
    "|Teniente|Capitán|Comandante|Coronel|Agente"
)
_NAME = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
# a middle initial: "Franklin D. Roosevelt", one name before (not a title) and one after
_MIDDLE_INITIAL = re.compile(rf"(?:^|[^\w\s,;:()]\s*|\b[a-záéíóúñ]+\s+)(?!(?:{_TITLES})\b){_NAME}\s$")


@SPANISH.rule(r"(?<![\w.])Mª\.?(?=\s[A-ZÁÉÍÓÚÑ])")
def _maria(m: re.Match[str]) -> str:
    """ "Dª. Mª Carmen": "María" (eSpeak NG says "eme a")."""
    return "María"


@SPANISH.rule(
    rf"(?<![\w.])(D\.|Dña\.|D\.ª|Dª\.?)(?=\s(?:{_NAME}|María|[A-ZÁÉÍÓÚÑ]{{2,}}\b)(\s(?!Jr\b|Sr\b){_NAME})?)"
)
def _don(m: re.Match[str]) -> str:
    """ "el Procurador D. Argimiro Vázquez" "don Argimiro", "Dña. Ana" "doña Ana" (eSpeak NG says "de"), a
    council's list in capitals ("D. JUAN RAMÓN GIL", "Dª MARIA DOLORES CRUZ").

    "D." between one name and another is a middle initial ("Franklin D. Roosevelt"), left as written.
    """
    if m.group(1) != "D.":
        return "doña"
    if not m.group(2) and _MIDDLE_INITIAL.search(m.string[max(0, m.start() - 40) : m.start()]):
        return m.group(0)
    return "don"


@SPANISH.rule(r"(?<![\w.])(pp?|págs?)\.\s?(?=\d)")
def _page(m: re.Match[str]) -> str:
    """ "(La Prensa, ..., p.5)" "página cinco", "pp. 12-14" "páginas": a page's abbreviation."""
    return "páginas " if m.group(1) in ("pp", "págs") else "página "


_NOON_BEFORE = re.compile(r"\s*$")


@SPANISH.rule(r"(?<![\w.,:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap])\.?\s?m\.?(?!\w)", re.IGNORECASE)
def _meridian(m: re.Match[str]) -> str:
    """ "12:00 p.m." "doce del mediodía", "3:00 p.m." "tres de la tarde": the hour with the part of the day
    Spanish says for "a. m." and "p. m." (eSpeak NG spells the letters); a point that ends the sentence stays.
    """
    h, minutes, after = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower() == "p"
    if after:
        part = "del mediodía" if h == 12 else "de la tarde" if h < 8 else "de la noche"
    else:
        part = "de la noche" if h == 12 else "de la madrugada" if h < 6 else "de la mañana"
    said = hour(h) + (f" y {words(minutes, 'es')}" if minutes else "") + f" {part}"
    ends = m.group(0).endswith(".") and _SENTENCE_MAY_END.match(m.string, m.end())
    return said + "." if ends else said


# a Spanish word ends in one consonant at most: capitals ending in two are letters, said one by one
@SPANISH.rule(r"(?<![\w.-])([A-ZÑ]{0,2}[AEIOU][A-ZÑ]{0,2}[B-DF-HJ-NP-TV-Z]{2})(?![\w-]|\.\w)")
def _initialism(m: re.Match[str]) -> str:
    """ "(EMB)" "E eme B", "la UGT", "el ADN": eSpeak NG says capitals with a vowel as a word ("emb").
    Left alone in a headline in capitals (a capitalised word either side)."""
    before, after = m.string[max(0, m.start() - 30) : m.start()], m.string[m.end() : m.end() + 30]
    if re.search(r"\b[A-ZÁÉÍÓÚÑ]{2,}\s$", before) or re.match(r"\s[A-ZÁÉÍÓÚÑ]{2,}\b", after):
        return m.group(0)
    return spelled_letters(m.group(1), "es")


@SPANISH.rule(r"(?<![\w.&-])(?![CDLMVX]+\b)([B-DF-HJ-NP-TV-Z]{2,5})(?![\w&]|-\w|\.\w)")
def _no_vowel(m: re.Match[str]) -> str:
    """ "(SVB)", "la BMV", "LIGA MX": capitals without a vowel are letters, said one by one (eSpeak NG runs
    them together, with other vowels than the letters' names); left alone in a headline in capitals, and
    when they could be a Roman numeral ("el siglo XX", which eSpeak NG says "veinte")."""
    return _initialism(m)


@SPANISH.rule(r"(?<![\w.&-])([B-DF-HJ-NP-TV-Z]{2,4})(\d{1,2})(?![\w&]|-\w|[.,]\d)")
def _lettered_code(m: re.Match[str]) -> str:
    """ "FP1, FP2 y FP3" "F P uno, F P dos y F P tres", "MP3": a code of capitals without a vowel and a
    number, its letters said one by one and its number as a number (eSpeak NG runs the letters together)."""
    return f"{spelled_letters(m.group(1), 'es')} {words(int(m.group(2)), 'es')}"


numbered_roman(  # "grupo I", "el tomo II"
    SPANISH, "(?i:grupo|fase|tomo|capítulo|parte|volumen|título|nivel|libro|acto|categoría)", "es"
)
