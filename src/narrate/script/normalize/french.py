"""French: what eSpeak NG's fr voice says wrong, in words from num2words.

- clock times ("9h05" is "neuf heures cinq"; hours and minutes are feminine, "vingt et une heures une");
- written ordinals ("le 7e mois" is "septième", "le 1er mai" "premier");
- two capitals, an initialism eSpeak NG says as a word ("l'UE" is "l'u"), and "M." before a name, which it
  spells ("M. Macron" is "monsieur Macron").
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules, words

FRENCH = Rules()


@FRENCH.rule(r"(?<![\d.,])\b([01]?\d|2[0-3])\s?h(?:\s?([0-5]\d))?\b")
def _fr_time(m: re.Match[str]) -> str:
    """ "8h41" "huit heures quarante et une"; "22h à 03h" keeps its space before "à"."""
    return fr_clock(int(m.group(1)), int(m.group(2) or 0))


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


@FRENCH.rule(r"(?<![\d.,])\b(1)\s?(er|re)\b|(?<![\d.,])\b(\d{1,3})(e|\s?ème|\s?eme)\b")
def _fr_ordinal(m: re.Match[str]) -> str:
    """ "le 1er novembre", "le 7e mois", "XXe": a written ordinal, "premier", "septième"; also with a space
    where copy lost the superscript ("du 1 er août")."""
    if m.group(1):
        return "première" if m.group(2) == "re" else "premier"
    return words(int(m.group(3)), "fr", "ordinal")


# all-capitals pairs of letters French says as words: "OK" ("o-ké" is eSpeak NG's own), Roman numerals
_FR_PAIR_WORDS = r"OK|[IVXLCDM]{2}"


@FRENCH.rule(rf"(?<![\w.-])(?!(?:{_FR_PAIR_WORDS})\b)([A-Z])([A-Z])(?!\w|\.\w)")
def _fr_initials(m: re.Match[str]) -> str:
    """ "l'UE", "IA", "JO-2024": two capitals are an initialism, said letter by letter ("U E"), where eSpeak
    NG says a word ("l'u", "ia", "jo"). Left alone in a headline in capitals (a capitalised word either side).
    """
    before, after = m.string[max(0, m.start() - 30) : m.start()], m.string[m.end() : m.end() + 30]
    if re.search(r"\b[A-ZÀ-Ý]{2,}\s$", before) or re.match(r"\s[A-ZÀ-Ý]{2,}\b", after):
        return m.group(0)
    return f"{m.group(1)} {m.group(2)}"


@FRENCH.rule(r"(?<![\w.])(MM?)\.(?=\s(?:[A-ZÀ-Ý]|les?\s))")
def _monsieur(m: re.Match[str]) -> str:
    """ "M. Macron" "monsieur Macron", "MM. Dupont et Durand" "messieurs" (eSpeak NG says "M"), and before a
    title ("M. le ministre", "MM. les députés")."""
    return "monsieur" if m.group(1) == "M" else "messieurs"
