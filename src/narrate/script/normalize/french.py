"""French: what eSpeak NG's fr voice says wrong, in words from num2words.

- clock times ("9h05" is "neuf heures cinq", "18:56" "dix-huit heures cinquante-six"; hours and minutes are
  feminine, "vingt et une heures une");
- a date with a month's abbreviation ("6 Jan 23" "six janvier deux mille vingt-trois"), a plus between two
  numbers, spaced for the voice ("90e+3" "quatre-vingt-dixième + trois");
- written ordinals ("le 7e mois" is "septième", "le 1er mai" "premier", "le XIX ème siècle", "du Ier siècle");
- a code's article ("article L. 2312-3" "L deux mille trois cent douze tiret trois") and the abbreviation
  "art." before its number; an era's "av. J.-C." and "ap. J.-C.", a century's "s.";
- two capitals, an initialism eSpeak NG says as a word ("l'UE" is "l'u"), and "M." before a name, which it
  spells ("M. Macron" is "monsieur Macron");
- a count ending in one before a feminine noun ("2541 fois" "quarante et une fois"), a dose's "x" ("3-4 x
  par jour" "fois"), the first of a month ("1 Septembre" "premier"), a dash between two dates ("au").
"""

from __future__ import annotations

import re

from narrate.display import WORDS
from narrate.script.normalize.numbers import roman_value
from narrate.script.normalize.rules import POINTS, Rules, bare_too, ends_sentence, points, words
from narrate.script.normalize.spelled import cardinal

FRENCH = Rules()


@FRENCH.rule(r"(?<![\w'’-])([Pp]ar\s)?(?:ex|Ex)(?:\.|(?=\s?:))(?!\w)")
def _for_example(m: re.Match[str]) -> str:
    """ "(ex. 200 cm)", "(ex : le chlore)", "(par ex. A4-80)": "ex." or "ex" before a colon is "par exemple"
    (eSpeak NG said "ex"), with its "par" said once; "ex-président" is not."""
    return f"{m.group(1) or 'par '}exemple"


@FRENCH.rule(r"(?<=\d[hH:]\d\d)\s[-–]\s(?=(?:[01]?\d|2[0-3])[hH:][0-5]\d)")
def _time_span(m: re.Match[str]) -> str:
    """ "18h00 - 22h00", "08:30 - 12:00": a dash between two clock times is "à"."""
    return " à "


@FRENCH.rule(r"(?<![\d.,])\b(2?1)\s(?=heures?\b)")
def _one_hour(m: re.Match[str]) -> str:
    """ "vers 1 heure du matin" "une heure": hours are feminine."""
    return f"{fr_clock(int(m.group(1)), 0).rsplit(' ', 1)[0]} "


@FRENCH.rule(r"(?<![\d.,])\b([01]?\d|2[0-3])(?:\s?h|H|\sH(?=\s[0-5]\d\b))(?:\s?([0-5]\d)(?!\s\d\d\b))?\b")
def _fr_time(m: re.Match[str]) -> str:
    """ "8h41" "huit heures quarante et une", "22H"; "22h à 03h" keeps its space before "à"; "20 H 30" (a
    capital "H" between spaces only before minutes: "3 H" alone may be a letter). Two digits that begin a
    run of pairs are no minutes: "18h 01 64 52 10 95" is a time, then a telephone number."""
    return fr_clock(int(m.group(1)), int(m.group(2) or 0))


@FRENCH.rule(
    r"(?<![\d.,:])\b([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d|\s?h|\s\d{3}\b)"
    r"|(?<![\d.,:])\b([01]?\d|2[0-3])\.(00|15|30|45)(?=\s?(?:[;:,.)!?–-](?!\d)|$))"
)
def _fr_colon_time(m: re.Match[str]) -> str:
    """ "à 18:56" "dix-huit heures cinquante-six" (eSpeak NG says "dix-huit deux-points cinquante-six");
    before "heures" it is left to the rule for "19.21 heures", and "1:25 000" is a map's scale. With a point,
    "vendredi 7 novembre 18.00.", "ronde 14.15 ;" (French decimals take a comma): on the quarter hours, at
    the end of a clause only (not "4.15 Mo", "0.45 mg")."""
    hours, minutes = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return fr_clock(int(hours), int(minutes))


def fr_clock(hours: int, minutes: int) -> str:
    """A French clock time: "huit heures quarante et une", "une heure"; hours and minutes are feminine.

    >>> fr_clock(21, 1), fr_clock(1, 0)
    ('vingt et une heures une', 'une heure')
    """
    said = f"{_feminine(words(hours, 'fr'))} {'heure' if hours <= 1 else 'heures'}"
    return f"{said} {_feminine(words(minutes, 'fr'))}" if minutes else said


def _feminine(said: str) -> str:
    """A French number before a feminine noun: "un" is "une" ("vingt et une")."""
    return re.sub(r"\bun$", "une", said)


# a month's abbreviation, French or English (copy from an English template, "Publié le 6 Jan 23"): its number
_MONTH_ABBREVIATIONS = {
    "janv": 1, "jan": 1, "févr": 2, "fév": 2, "feb": 2, "mar": 3, "avr": 4, "apr": 4, "may": 5, "jun": 6,
    "juil": 7, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}  # fmt: skip
_FR_MONTHS = WORDS["fr"].months


@FRENCH.rule(
    rf"(?<![\d.,])\b(1er|0?[1-9]|[12]\d|3[01])\s((?i:{'|'.join(_MONTH_ABBREVIATIONS)}))\b(\.)?"
    r"(?:\s(\d{2}|\d{4}))?(?![\w:h]|[.,]\d)"
)
def _fr_short_date(m: re.Match[str]) -> str:
    """ "le 6 Jan 23" "le six janvier deux mille vingt-trois": the month named in full; a two-digit year after
    an abbreviated month is the year's last two digits (up to 49 this century's)."""
    day = "premier" if m.group(1) in ("1", "01", "1er") else cardinal(int(m.group(1)), "fr")
    said = f"{day} {_FR_MONTHS[_MONTH_ABBREVIATIONS[m.group(2).lower()] - 1]}"
    year = m.group(4)
    if year:
        n = int(year) if len(year) == 4 else int(year) + (2000 if int(year) < 50 else 1900)
        return f"{said} {cardinal(n, 'fr')}"
    if m.group(3) and ends_sentence(m.string, m.end()):
        said += "."  # the abbreviation's point ends the sentence too
    return said


FRENCH.rule(POINTS)(points)  # "Le Standard (34 pts)"


@FRENCH.rule(r"(?<=\d)\+(?=\d)|(?<=\de)\+(?=\d)|(?<=\b[Bb]ac)\+(?=\d)")
def _plus(m: re.Match[str]) -> str:
    """ "90e+3" "quatre-vingt-dixième + trois" (added time), "2+2", "bac+5" (the years of study after the
    baccalauréat): a plus between two numbers, parted from them so the numbers are said; the sign stays, as
    spelled.SIGNS says why. After a letter ("l'OPEP+", "Canal+") it is left as written."""
    return " + "


# a Roman numeral of two to six letters from I, V and X (2 to 39), as a word
_ROMAN = r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})"


@FRENCH.rule(rf"(?<![\w'’.-])({_ROMAN})(?![\w'’°-]|\.\w|\s[eè]me\b)|\b([A-ZÀ-Ý][a-zà-ÿ-]+\s)I(er|re)\b")
def _fr_roman(m: re.Match[str]) -> str:
    """ "Louis XIV" "Louis quatorze", "Jean-Paul II" "deux", "la loi Grenelle II", "tome IV", "le XV de
    France": French says a Roman numeral as a cardinal (eSpeak NG says "quatorze romain"); "François Ier"
    "premier"."""
    if m.group(1):
        return cardinal(roman_value(m.group(1)), "fr")
    return m.group(2) + ("première" if m.group(3) == "re" else "premier")


_PLURAL_BEFORE = re.compile(r"\b(?:[dlc]es|aux)\s$")


@FRENCH.rule(r"(?<![\d.,])\b(?:(1)(ER|RE)|(\d{1,3})(E|ÈME|EME))\b(?=\s[A-ZÀ-Ý]{2,}\b)")
def _capital_ordinal(m: re.Match[str]) -> str:
    """ "DE LA 12E JOURNÉE" "DOUZIÈME", "LE 1ER MAI" "PREMIER": a written ordinal in a line set in capitals,
    said in capitals too (so the line's other words are still read as words, not spelled as initials)."""
    if m.group(1):
        return "PREMIÈRE" if m.group(2) == "RE" else "PREMIER"
    return words(int(m.group(3)), "fr", "ordinal").upper()


@FRENCH.rule(
    r"(?<![\d.,])\b(1)\s?(er|re|ere)\b|(?<![\d.])(?<!\d,)\b(\d{1,3})(es|e|è|[\s-]?èmes?|\s?eme|i[eè]mes?"
    r"|\se(?=\s[a-zà-ÿ]))\b"
    r"|(?<![\w.-])([IVX]{1,6})(?:(?:e|\s?ème|\s?eme|è)\b|[°º])(?=\s[a-zA-Zà-ÿÀ-Ý]|(?<=[IVX]{2}e)(?:[.,;:)]|$))"
    r"|(?<![\d.,])\b2(nde?|de)\b"
)
def _fr_ordinal(m: re.Match[str]) -> str:
    """ "le 1er novembre", "le 7e mois", "le Xe arrondissement", "(13è)", "le XIX ème siècle", "IIIe." (a
    numeral of two letters or more also before a stop): a written ordinal, "premier",
    "septième", "dixième", "treizième"; also with a space where copy lost the superscript ("du 1 er août",
    "le 4 e budget"); after "des", "les", "ces", "aux" it is plural, a noun ("des 12 e provisoires" "des
    douzièmes provisoires"); "17es" is plural too ("dix-septièmes")."""
    if m.group(1):
        return "premier" if m.group(2) == "er" else "première"
    if m.group(6):  # "la 2nde guerre", "en 2de": second, seconde
        return "second" if m.group(6) == "nd" else "seconde"
    said = words(roman_value(m.group(5)) if m.group(5) else int(m.group(3)), "fr", "ordinal")
    before = m.string[max(0, m.start() - 5) : m.start()]
    after = m.string[m.end() : m.end() + 4]
    if (m.group(4) or "").endswith("s") or (
        _PLURAL_BEFORE.search(before) and not re.match(r"\s(?:et|ou)\b|,", after)
    ):
        said += "s"
    return said


@FRENCH.rule(r"(?<![\w.,’'])(\d{1,2})m(\d\d)(?![\w’'″]|[.,]\d)")
def _metres_and_centimetres(m: re.Match[str]) -> str:
    """ "son poids à 16m66", "jusqu'à 5m49": metres and centimetres, as a throw or a length is said ("seize
    mètres soixante-six"; eSpeak NG read "m" as a letter)."""
    metres = "un mètre" if m.group(1) == "1" else f"{cardinal(int(m.group(1)), 'fr')} mètres"
    return f"{metres} {cardinal(int(m.group(2)), 'fr')}"


@FRENCH.rule(r"(?<![\w.-])([ivx]{1,6})(?:e|ème|è)(?=\s(?:siècles?\b|s\.))")
def _small_roman_century(m: re.Match[str]) -> str:
    """ "au xve siècle", "fin du xviiie s.": a century in small Roman numerals (small capitals lost) is an
    ordinal as in capitals, "quinzième" (eSpeak NG read "x v e" as a word)."""
    return words(roman_value(m.group(1).upper()), "fr", "ordinal")


@FRENCH.rule(r"(?<=\b(?:du|le|au|la|Du|Le|Au|La)\s)I(er|re)(?=\s\w)")
def _first_roman(m: re.Match[str]) -> str:
    """ "du Ier siècle", "le Ier arrondissement": the Roman first, "premier" (eSpeak NG says "i e r")."""
    return "premier" if m.group(1) == "er" else "première"


@FRENCH.rule(r"(?<=ième\s|mier\s)s\.(?=\s(?:[a-zà-ÿ(]|av\.|ap\.))|\b(av|ap)\.\s?J\.?-C\.")
def _era(m: re.Match[str]) -> str:
    """ "du IIe s. av. J.-C.": a century's "s." after its ordinal is "siècle", "av. J.-C." "avant
    Jésus-Christ", "ap. J.-C." "après Jésus-Christ" (eSpeak NG said the letters); the point ends the
    sentence too where one does."""
    if not m.group(1):
        return "siècle"
    ends = re.match(r"\s*$|\s+[A-ZÀ-Ý]", m.string[m.end() : m.end() + 2])
    return f"{'avant' if m.group(1) == 'av' else 'après'} Jésus-Christ" + ("." if ends else "")


@FRENCH.rule(r"(?<![\w.,:])0([1-9])(?=\sheures?\b)")
def _zero_hour(m: re.Match[str]) -> str:
    """ "lundi 06 heures" "six heures": an hour's leading zero is not said."""
    return _feminine(words(int(m.group(1)), "fr"))


_ARTICLE_BEFORE = re.compile(r"\b[Aa]rt(?:icles?|s?\.)\s", re.IGNORECASE)


@FRENCH.rule(r"(?<![\w.-])([LRD])\.?\s?(\d{1,4}(?:-\d{1,4}){1,3})(?![\w-]|[.,]\d)")
def _code_article(m: re.Match[str]) -> str:
    """ "articles L. 2312-3 et R. 2311-1" "L deux mille trois cent douze tiret trois et R ...": a code's
    article (législative, réglementaire, décret), its parts joined by "tiret" (eSpeak NG said "L. 2312-3" as
    a range, "à"); only after "article(s)" or "art." a few words before."""
    if not _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return m.group(0)
    parts = [cardinal(int(p), "fr") for p in m.group(2).split("-")]
    return f"{m.group(1)} {' tiret '.join(parts)}"


@FRENCH.rule(r"(?<![\w.])([Aa])rt(s?)\.\s(?=(?:[LRD]\.?\s?)?\d|[LRD]\s)")
def _article_word(m: re.Match[str]) -> str:
    """ "(art. 49)" "(article quarante-neuf)", "Art. L. 121-1": the article's abbreviation before its number
    (eSpeak NG says "art"), as Spanish's "art." is "artículo"."""
    return f"{m.group(1)}rticle{m.group(2)} "


@FRENCH.rule(r"(?<![\w.-])(?:asbl|ASBL)(?![\w-])")
def _asbl(m: re.Match[str]) -> str:
    """ "l'asbl" "l'A S B L": Belgium's non-profit association, said by its letters."""
    return "A S B L"


# all-capitals pairs of letters French says as words: "OK" ("o-ké" is eSpeak NG's own), Roman numerals
_FR_PAIR_WORDS = r"OK|[IVXLCDM]{2}"


@FRENCH.rule(rf"(?<![\w.-])(?!(?:{_FR_PAIR_WORDS})\b)([A-Z])([A-Z])(?!\w|\.\w|['’]\w)")
def _fr_initials(m: re.Match[str]) -> str:
    """ "l'UE", "IA", "JO-2024": two capitals are an initialism, said letter by letter ("U E"), where eSpeak
    NG says a word ("l'u", "ia", "jo"). Left alone in a headline in capitals (a capitalised word either side,
    or elided before it: "JUSQU’AU").
    """
    before, after = m.string[max(0, m.start() - 30) : m.start()], m.string[m.end() : m.end() + 30]
    if re.search(r"\b[A-ZÀ-Ý]{2,}(?:\s|['’])$", before) or re.match(r"\s[A-ZÀ-Ý]{2,}\b", after):
        return m.group(0)
    return f"{m.group(1)} {m.group(2)}"


_TITLES = {"M": "monsieur", "MM": "messieurs", "Mgr": "monseigneur", "Mgrs": "messeigneurs"}


# the offices "M" without its point stands for "monsieur" before ("M le Préfet", "M le maire")
_OFFICES = (
    "préfet|sous-préfet|maire|ministre|président|directeur|député|sénateur|juge|procureur|commissaire"
    "|conseiller|recteur|curé|professeur|docteur|général|colonel|commandant|capitaine|lieutenant"
)


@FRENCH.rule(r"(?<![\w.,:/-])([1-9]\d{1,4})\s?h\b(?![\d'’])")
def _hours_count(m: re.Match[str]) -> str:
    """ "1889h d'ensoleillement", "pendant 72 h", "au minimum 24 h après": twenty-four hours or more are a
    count of them, not a clock's ("14h" is the clock rules'; "24 h" had been left between the two)."""
    return f"{m.group(1)} heures" if int(m.group(1)) >= 24 else m.group(0)


@FRENCH.rule(rf"(?<![\w.])(MM?\.|Mgrs?\.?)(?=\s(?:[A-ZÀ-Ý]|les?\s))|(?<![\w.])(M)(?=\sle\s(?i:{_OFFICES})\b)")
def _monsieur(m: re.Match[str]) -> str:
    """ "M. Macron" "monsieur Macron", "MM. Dupont et Durand" "messieurs" (eSpeak NG says "M"), and before a
    title ("M. le ministre", "MM. les députés", and without the point "M le Préfet"); "Mgr Laurent"
    "monseigneur" (eSpeak NG spells it)."""
    return _TITLES[(m.group(1) or m.group(2)).rstrip(".")]


@FRENCH.rule(r"(?<=\d)\s?[x×](?:\s?/\s?(jour|j|semaine|mois|an)\b|(?=\spar\s(?:jour|semaine|mois|an)\b))")
def _times_per(m: re.Match[str]) -> str:
    """ "3-4 x par jour" "trois à quatre fois par jour", "2x/j" "deux fois par jour": a dose's "x" before
    "par" or a slash is "fois"."""
    per = m.group(1)
    return f" fois par {'jour' if per == 'j' else per}" if per else " fois"


# feminine nouns a count comes before in news and leaflets: "1 cuillère", "2541 fois", "21 personnes"
_FEMININE_NOUNS = (
    "fois|personnes?|cuillères?|cuillerées?|gélules?|gouttes?|doses?|prises?|semaines?|années?|journées?"
    "|minutes?|secondes?|nuits?|pages?|places?|voix|victimes?|femmes?|filles?|communes?|voitures?"
    "|entreprises?|maisons?|villes?|régions?|écoles?|classes?|étapes?|victoires?|défaites?|saisons?"
    "|éditions?|espèces?|familles?|chambres?|pièces?|salles?|lignes?|étoiles?|tonnes?"
    # and the endings that make a noun feminine (but "silence"), in small letters (not "Century 21 France")
    r"|[a-zàâçéèêëîïôûùüÿœ]+(?:tion|sion|ette|ance|(?<!sil)ence|ière|ure)s?"
)


@FRENCH.rule(
    rf"(?<![\w.,/:-])(\d{{1,3}}(?:[  ]\d{{3}}){{1,6}}|\d+)"
    rf"(?=(?:\s(?:à|et|ou)\s\d+)?\s(?:{_FEMININE_NOUNS})\b)"
)
def _feminine_count(m: re.Match[str]) -> str:
    """ "1 cuillère" "une cuillère", "2541 fois" "deux mille cinq cent quarante et une fois", "de 1 à 5
    étoiles": a count ending in one is feminine before a feminine noun, or before the other end of a range
    that is (eSpeak NG and num2words say "un"); others are left as they are."""
    whole = re.sub(r"\D", "", m.group(1))
    if len(whole) > 15 or whole.startswith("0"):
        return m.group(0)
    said = cardinal(int(whole), "fr")
    return _feminine(said) if said.endswith("un") else m.group(0)


_MONTH_NAMES = bare_too(_FR_MONTHS)  # "1er AOUT": capitals without their accents too


_FR_DAYS = {
    "lun": "lundi", "mar": "mardi", "mer": "mercredi", "jeu": "jeudi", "ven": "vendredi", "sam": "samedi",
    "dim": "dimanche",
}  # fmt: skip


@FRENCH.rule(
    rf"\b(?i:(lun|mar|mer|jeu|ven|sam|dim))\.?(?=\s(?:1er|premier|0?[1-9]|[12]\d|3[01])\s(?i:{_MONTH_NAMES})\b)"
)
def _short_day(m: re.Match[str]) -> str:
    """ "Lun 27 Juin", "sam. 3 mars": a day's short name before a date is the day ("lundi")."""
    return _FR_DAYS[m.group(1).lower()]


@FRENCH.rule(rf"(?<![\w.,:/-])0?1(?=\s(?i:{_MONTH_NAMES})\b)")
def _first_day(m: re.Match[str]) -> str:
    """ "le 1 septembre", "Mort 1 Septembre 1715": the first of a month is "premier" (eSpeak NG says "un")."""
    return "premier"


@FRENCH.rule(
    rf"(\d{{4}}|\b(?i:{_MONTH_NAMES}))\s[-–]\s(?=(?:1er|premier|0?[1-9]|[12]\d|3[01])\s(?i:{_MONTH_NAMES})\b)"
)
def _date_span(m: re.Match[str]) -> str:
    """ "5 septembre 1638 - 1er septembre 1715" "... au premier septembre ...": a dash between two dates is
    "au" (eSpeak NG says nothing)."""
    return f"{m.group(1)} au "


_NOT_A_NOUN = r"(?:et|ou|de|des|du|à|au|aux|en|sur|pour|par|h)\b"


@FRENCH.rule(rf"(?<![\w.,:/+-])(?<!\d\s)0([2-9])(?=\s(?!{_NOT_A_NOUN})[a-zà-ÿ]{{2,}})")
def _zero_count(m: re.Match[str]) -> str:
    """ "Douala: 05 morts" "cinq morts": a count written with a leading zero, as some copy does (West
    Africa's), before a noun (eSpeak NG says "zéro cinq"; a code or a call sign, "Dragon 06 et", keeps it)."""
    return cardinal(int(m.group(1)), "fr")


@FRENCH.rule(r"\b([a-z]+)\s\(0([1-9])\)")
def _restated(m: re.Match[str]) -> str:
    """ "en cinq (05) axes" "cinq (cinq)": digits in brackets restating the number just written out."""
    n = int(m.group(2))
    if m.group(1).lower() not in {cardinal(n, "fr"), _feminine(cardinal(n, "fr"))}:
        return m.group(0)
    return f"{m.group(1)} ({m.group(1)})"
