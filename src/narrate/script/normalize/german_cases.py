"""German case endings for ordinals: the ending the words before a written ordinal ask of it ("am 8. Mai"
"achten", "der 10. Juli" "zehnte", "Donnerstag, 18. Juli" "achtzehnter"), shared by german.py's dates and
german_ordinals.py's ordinals before nouns; and "1" before a noun as its article in its case ("mit 1 Koffer"
"mit einem Koffer"), which german.py runs among its rules."""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules, words

_WEEKDAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"

# before an ordinal, a preposition, a contraction or an article in the dative or accusative asks for "-en"
# ("am achten", "bis zehnten", "den fünfzehnten"); "der/die/das" for "-e" ("der zehnte"); nothing for "-er"
_OBLIQUE = {
    "am", "vom", "zum", "zur", "beim", "im", "ins", "dem", "den", "des", "seit", "ab", "bis", "vor", "nach",
    "für", "gegen", "über", "an", "auf", "in", "mit", "von", "zu", "bei", "aus", "unter", "zwischen", "um",
    "per",
}  # fmt: skip
_ARTICLES = {"der", "die", "das"}
_ARTICLE_DATIVE = {"am", "zum", "zur", "vom", "beim", "im", "dem", "den"}  # an article in the dative
# "am Freitag, 8. Mai", "am Freitag (8. Mai)", "Am Sonntagmittag, 16. Dezember", "Von Samstagfrüh, 5. August",
# "am Pfingstmontag, 29. Mai": a weekday, a time of one, or a holiday's weekday
_DAYTIME = "morgen|vormittag|mittag|nachmittag|abend|nacht|früh"
_WEEKDAY = rf"(?:{_WEEKDAYS}|[A-ZÄÖÜ][a-zäöüß]+(?:{_WEEKDAYS.lower()}))"
# a determiner before "2. Finanzbericht" and the ending it gives the ordinal: "meinem zweiten", "die zweite",
# "ein zweiter", "seinen vierzigsten", "jedem zweiten", "jedes zweite" ("der" is ending_after's: "der
# zweite", "in der zweiten"); "jeder" and "dieser" are taken as nominative ("jeder zweite Freitag")
_POSSESSIVE = r"(?:mein|dein|sein|ihr|unser|eu(?:e)?r|kein)"
_DETERMINERS = (
    (
        re.compile(
            rf"(?:dem|den|des|einem|einen|eines|einer|zum|zur|im|am|vom|beim|{_POSSESSIVE}(?:em|en|es|er)"
            r"|(?:jed|dies|jen)e[mn])"
        ),
        "n",
    ),
    (re.compile(rf"(?:die|das|eine|{_POSSESSIVE}e|(?:jed|dies|jen)e[rs]?)"), ""),
    (re.compile(r"(?:ein|mein|dein|sein|unser|euer|kein)"), "r"),
)
_BEFORE = re.compile(rf"(?:(\w+)\s+)?(\w+)\s*(?:\b{_WEEKDAY}(?:{_DAYTIME})?\b[\s,(]*)?$")


def ending_after(before: str) -> str | None:
    """The case ending an ordinal takes after BEFORE, the text ahead of it ("am Freitag, " gives "n").

    >>> ending_after("am Freitag, "), ending_after("Das Datum soll der "), ending_after("in der ")
    ('n', '', 'n')
    >>> ending_after("Donnerstag, ")
    'r'
    >>> ending_after("zum Stichtag ")
    'n'
    """
    m = _BEFORE.search(before[-40:])
    if not m:
        return "r"
    word = m.group(2).lower()
    if m.group(2)[0].isupper() and (m.group(1) or "").lower() in _ARTICLE_DATIVE:
        return "n"  # "zum Stichtag 1. April" "ersten": a noun after a dative's article, then the date
    if word.endswith("en") and word.islower() and (m.group(1) or "").lower() in _OBLIQUE:
        return "n"  # "am heutigen Dienstag (5. Juli)": an adjective between the preposition and the weekday
    if word in _ARTICLES:
        # "der" after a preposition is dative ("in der dritten Runde"), after a noun genitive ("im Stand der
        # dritten Aktualisierung")
        before = m.group(1) or ""  # "am Freitag der 12.11.": after a weekday, the date's own article
        genitive = before[:1].isupper() and not re.fullmatch(_WEEKDAY, before)
        return "n" if word == "der" and (before.lower() in _OBLIQUE or genitive) else ""
    if word in _OBLIQUE:
        return "n"
    found = determiner_ending(word)
    return "r" if found is None else found


def determiner_ending(word: str) -> str | None:
    """The ending the determiner WORD (lower case) asks of an ordinal after it, or None if it is none.

    >>> [determiner_ending(word) for word in ("seinen", "eine", "jedes", "ab")]
    ['n', '', '', None]
    """
    return next((e for pattern, e in _DETERMINERS if pattern.fullmatch(word)), None)


def ordinal(n: int, ending: str | None) -> str:
    """N as a German ordinal with ENDING ("n", "r" or ""): ordinal(8, "n") is "achten"."""
    return words(n, "de", "ordinal") + (ending or "")


ONE_BEFORE_NOUN = Rules()
# the endings of most feminine nouns, and the prepositions that ask for the dative (1) or the accusative (2)
_FEMININE = re.compile(r"(?:e|ung|heit|keit|schaft|ion|tät|ei|ie|ik)$")
_PREPOSITION = re.compile(
    r"\b(?:(mit|von|vom|zu|bei|nach|aus|seit)|(für|durch|ohne|gegen|um|in|an|auf|bis))\s$", re.I
)


@ONE_BEFORE_NOUN.rule(r"(?<![\d.,§/-])\b1\s(?=([A-ZÄÖÜ][a-zäöüß]{2,})\b)")
def _one_noun(m: re.Match[str]) -> str:
    """ "1 Gepäckstück bis 32 Kg" "ein Gepäckstück", "1 Tageskarte" "eine", "mit 1 Koffer" "einem": one before
    a noun is its article, its gender guessed from the ending and its case from a preposition before it
    (eSpeak NG said "eins"); after a noun ("Formel 1 Spielberg", "Satz 1 Grundgesetz") it is a label's."""
    if re.search(r"(?:\b[A-ZÄÖÜ][\w.]*|§)\s$", m.string[max(0, m.start() - 30) : m.start()]):
        return m.group(0)
    feminine = bool(_FEMININE.search(m.group(1)))
    case = _PREPOSITION.search(m.string, max(0, m.start() - 10), m.start())
    if case and case.group(2):  # accusative: "ein" or "einen", which the noun does not tell
        return "eine " if feminine else m.group(0)
    if case:
        return "einer " if feminine else "einem "
    return "eine " if feminine else "ein "


@ONE_BEFORE_NOUN.rule(r"(?<![\d.,§/-])\b1-(?=[A-ZÄÖÜ][a-zäöüß]{2,})")
def _one_in_compound(m: re.Match[str]) -> str:
    """ "1-Liter-Plastikbeutel" "Ein-Liter-Plastikbeutel", "1-Zimmer-Wohnung": one as a compound's first part
    is "ein", uninflected (eSpeak NG said "eins"); after a noun ("Formel 1-Rennen") it is a label's."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    if re.search(r"\b[A-ZÄÖÜ][\w.]*\s$", before) and determiner_ending(before.split()[-1].lower()) is None:
        return m.group(0)
    return "Ein-"


# the endings and units of neuter nouns; a unit's symbol after a half: (gender, word)
_NEUTER = re.compile(r"(?:chen|lein|um|ment|Kilo|Kilogramm|Gramm|Pfund|Jahr|Glas|Stück|Paket|Ei|Bund)$")
_HALF_UNITS = {"TL": ("m", "Teelöffel"), "EL": ("m", "Esslöffel"), "kg": ("n", "Kilo"), "l": ("m", "Liter"),
               "Std.": ("f", "Stunde")}  # fmt: skip
# a half after "ein", "eine", "einer" ...: its ending in the indefinite declension, by gender and case
_HALF = {  # (no preposition: nominative, a dative's, an accusative's)
    "f": ("eine halbe", "einer halben", "eine halbe"),
    "m": ("ein halber", "einem halben", "einen halben"),
    "n": ("ein halbes", "einem halben", "ein halbes"),
}


@ONE_BEFORE_NOUN.rule(r"(?<![\w.,§/-])1/2\s(?:(TL|EL|kg|l|Std\.)(?!\w)|(?=([A-ZÄÖÜ][a-zäöüß]{2,})\b))")
def _half_noun(m: re.Match[str]) -> str:
    """ "1/2 Stunde" "eine halbe Stunde", "nach 1/2 Stunde" "einer halben", "1/2 TL Kümmel" "ein halber
    Teelöffel", "(1/2 Würfel)" "ein halber Würfel", "1/2 kg" "ein halbes Kilo": a half before its noun, the
    gender guessed from the noun's ending (feminine, neuter, else masculine) or its unit, the case from a
    preposition before it (eSpeak NG said "eins Strich zwei"); after an article the half alone, its ending the
    article's ("die 1/2 Stunde" "halbe", "einem 1/2 Liter" "halben")."""
    gender, unit = _HALF_UNITS.get(m.group(1) or "", ("", ""))
    noun = m.group(2) or unit
    if not gender:
        gender = "f" if _FEMININE.search(noun) else "n" if _NEUTER.search(noun) else "m"
    before = m.string[max(0, m.start() - 10) : m.start()]
    article = re.search(r"\b(ein|eine|einer|einen|einem|der|die|das|den|dem|des)\s$", before, re.I)
    if article:  # "die 1/2 Stunde" "halbe", "einem 1/2 Liter" "halben", "ein 1/2 Liter" "halber"
        said = "halb" + _after_article(article.group(1).lower(), gender)
    else:
        case = _PREPOSITION.search(before)
        said = _HALF[gender][0 if not case else 1 if case.group(1) else 2]
    return f"{said} {unit}" if unit else f"{said} "


def _after_article(article: str, gender: str) -> str:
    """The ending of "halb" after ARTICLE: strong after "ein" ("halber", "halbes"); weak after the others,
    "-e" in the nominative ("die halbe", "der halbe Liter"), "-en" else ("einer halben", "dem halben")."""
    if article == "ein":
        return "er" if gender == "m" else "es"
    return "e" if article in {"eine", "die", "das"} or (article == "der" and gender != "f") else "en"
