"""German ordinals written with a point before a noun, after a determiner: "in meinem 2. Finanzbericht"
"zweiten", "die 3. Liga" "dritte", "ein 2. Versuch" "zweiter" (eSpeak NG says "zwei."), or at a clause's
head with the ending the noun's gender asks ("1. Vorsitzender" "Erster", "13. Simon-Silvester-Cup"
"Dreizehnter"). Run after german.py's rules (a date's day, "am 2. Mai", is theirs), before the numbers are
written out (languages.py). A number with a point alone in brackets is a place in a table ("Köln (17.)"), or
a goal's minute in a match report.
"""

from __future__ import annotations

import re

from narrate.script.normalize.german_cases import determiner_ending, ending_after, ordinal
from narrate.script.normalize.rules import Rules

ORDINALS = Rules()
CENTURIES = Rules()  # run before german.py's rules, whose ordinals know "Jahrhundert"


@CENTURIES.rule(r"(?<![\d.,])\b((?:[Dd]es|[Ee]ines)\s)?(\d{1,2})\.\s?(Jh|Jhd|Jhdt|Jhs)\.")
def _century(m: re.Match[str]) -> str:
    """ "18. Jh." "achtzehntes Jahrhundert", "des 20. Jh." "des zwanzigsten Jahrhunderts": a century's
    abbreviation after its ordinal is the noun, for the ordinal's rule (the genitive after "des", "eines")."""
    genitive = m.group(1) or m.group(3) == "Jhs"
    # the abbreviation's point may also end the sentence
    stop = "." if re.match(r"\s+[A-ZÄÖÜ\"“„]|\s*$", m.string[m.end() :]) else ""
    return f"{m.group(1) or ''}{m.group(2)}. Jahrhundert{'s' if genitive else ''}{stop}"


@ORDINALS.rule(r"(?<![\d.,])\b(\d{1,3})\.\s?(?:(bis|und|oder)\s(\d{1,3})\.\s?)?(?=[A-ZÄÖÜ][a-zäöüß]{2,})")
def _ordinal_before_noun(m: re.Match[str]) -> str:
    """ "in meinem 2. Finanzbericht" "zweiten", "seinen 12. Weltcupsieg" "zwölften", "die 3. Liga" "dritte",
    "des 1. bis 4. Schuljahrganges" "ersten bis vierten": a written ordinal (or two, joined) after a
    determiner, with the ending the determiner asks for (eSpeak NG says "zwei."). Without a determiner, at the
    head of a clause (a title, a list's line, after a colon or a bracket: "13. Simon-Silvester-Cup", "1.
    Vorsitzender", "| 1. Beigeordnete", "2. Florian Schieder"), with the ending the noun's gender asks for;
    anywhere else it is left."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    ending = _determiner_ending(before)
    if ending is None:
        noun = re.match(r"[A-ZÄÖÜ][\w-]*", m.string[m.end() :])
        if not _CLAUSE_HEAD.search(before) or not noun or noun.group(0) in _NOT_NOUNS:
            return m.group(0)
        ending = _gender_ending(noun.group(0))
    said = ordinal(int(m.group(1)), ending)
    if not m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
        said = said[0].upper() + said[1:]  # a line's first word: "Erster Vorsitzender"
    if m.group(2):
        said += f" {m.group(2)} {ordinal(int(m.group(3)), ending)}"
    return said + " "


# where a clause starts: the text's start, a line's, or after a colon, a bracket, a dash or a table's bar
_CLAUSE_HEAD = re.compile(r"(?:^|[|:(–—\n]|\s-)\s*$")
# words that start a list's sentence rather than name what is counted ("1. Die Anmeldung erfolgt ...")
_NOT_NOUNS = {
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Wir", "Sie", "Er",
    "Es", "Ich", "Du", "Ihr", "Im", "Am", "In", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Von", "Vom",
    "Zu", "Zum", "Zur", "Für", "Über", "Unter", "Vor", "Bis", "Ab", "Bitte", "Alle", "Und", "Oder", "Aber",
    "Wenn", "Als", "Wie", "Was", "Wer", "Wo", "Da", "Dann", "So", "Auch", "Nicht", "Kein", "Keine", "Hier",
    "Nur", "Noch",
}  # fmt: skip
# a noun's gender from its last part, for the ending of an ordinal with no article ("Erster Vorsitzender",
# "Erste Mannschaft", "Drittes Bett"): feminine and neuter endings; any other noun is taken as masculine
_FEMININE = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|ik|ei|ie|in|enz|anz|ur|e|liga|saison)$")
_NEUTER = re.compile(
    r"(?:chen|lein|um|ment|tum|fest|spiel|turnier|konzert|treffen|rennen|festival|bett|haus|jahr|mal|kapitel"
    r"|semester|quartal|jahrhundert|jahrtausend)$"
)


def _gender_ending(noun: str) -> str:
    """The strong ending an ordinal takes before NOUN with no article: "r", "" (feminine) or "s" (neuter)."""
    last = noun.rsplit("-", 1)[-1].lower()
    return "" if _FEMININE.search(last) else "s" if _NEUTER.search(last) else "r"


def _determiner_ending(before: str) -> str | None:
    """The ending the determiner that ends BEFORE asks of an ordinal after it, or None if none does."""
    word = re.search(r"(\w+)\s$", before)
    if not word:
        return None
    determiner = word.group(1).lower()
    if determiner == "der":
        return ending_after(before)
    return determiner_ending(determiner)


@ORDINALS.rule(r"\((beide\s)?([1-9]\d{0,2})\.\)")
def _place(m: re.Match[str]) -> str:
    """ "Köln (17.)" "Köln (Siebzehnter)", "(beide 15.)" "(beide Fünfzehnte)": a number with a point alone in
    brackets is a place in a table (eSpeak NG says "siebzehn"); after a weekday it is the day of the month, in
    the case the weekday's article asks ("zum Freitag (12.)" "zwölften")."""
    sentence = re.split(r"[.!?]\s", m.string[max(0, m.start() - 150) : m.start()])[-1]
    if not m.group(1) and int(m.group(2)) <= 120 and _GOAL.search(sentence):
        return f"({ordinal(int(m.group(2)), '')})"  # "verkürzte zum 2:3 (88.)": a goal's minute
    day = _WEEKDAY_BEFORE.search(sentence)
    if not m.group(1) and day and int(m.group(2)) <= 31:  # "zum Freitag (12.)": the day of the month
        return f"({ordinal(int(m.group(2)), _determiner_ending(sentence[: day.start()]) or 'r')})"
    said = ordinal(int(m.group(2)), "" if m.group(1) else "r")
    return f"({m.group(1) or ''}{said[0].upper()}{said[1:]})"


_WEEKDAY_BEFORE = re.compile(
    r"(?<!\S)(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\s$"
)
_GOAL = re.compile(
    r"\d:\d|\b(?:Tor|Treffer|traf|trifft|verkürzte|Ausgleich|Führung|erzielte|köpfte|Elfmeter|verwandelte|Pfosten"
    r"|Latte)"
    r"|\b(?:null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\szu\s(?:null|eins|zwei|drei|vier|fünf|sechs"
    r"|sieben|acht|neun|zehn)\b"  # a score the score rules have already said ("zum umjubelten 1:1 (45.)")
)


@ORDINALS.rule(r"(?:(?<=\b[Aa]m\s)|(?<=\b[VvZz][ou]m\s))(0?[1-9]|[12]\d|3[01])\.(?=\s[a-zäöüß])")
def _day_alone(m: re.Match[str]) -> str:
    """ "wir am 11. bei Niederschlägen", "vom 3. an": a day of the month without its month after "am",
    "vom" or "zum" (the month is the text's), "elften"."""
    return ordinal(int(m.group(1)), "n")
