"""Acronyms: capitalised initialisms said letter by letter ("F B I") or as words ("NASA"), run after the
symbols (english.py); a word in capitals is left alone in a headline, a dateline or a phrase set in capitals.
"""

from __future__ import annotations

import bisect
import functools
import re

from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import (
    RESPELLED,
    SHOUTED,
    SPELLED,
    WORD_ACRONYMS,
)
from narrate.words import word_ranks

ACRONYMS = Rules()


_VOWELS = set("AEIOU")


def pronounceable(word: str) -> bool:
    """Whether an all-capitals word can be said as a word (NASA, NATO) rather than spelled (FBI, NPR).

    >>> pronounceable("NASA"), pronounceable("FBI"), pronounceable("ESPN"), pronounceable("UNESCO")
    (True, False, False, True)
    >>> pronounceable("CHRIS"), pronounceable("STRAT"), pronounceable("NCRB")
    (True, True, False)
    """
    if len(word) <= 3:
        return False
    if not (_VOWELS & set(word)):
        return False
    onset = re.match(r"[^AEIOU]*", word).group(0)  # type: ignore[union-attr]
    if re.search(r"[^AEIOUY]{3}", word[len(onset) :]) or re.search(r"[AEIOU]{3}", word):
        return False
    coda = re.search(r"[^AEIOUY]{2}$", word)
    if coda and coda.group(0) not in _CODAS:
        return False  # "WADK": no English word ends so
    return len(onset) <= 1 or onset in _ONSETS


_ONSETS = {
    "BL", "BR", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PL", "PR", "SC", "SK", "SL", "SM", "SN", "SP",
    "ST", "SW", "TR", "TW", "CH", "SH", "TH", "WH", "CHR", "SCR", "SHR", "SPL", "SPR", "STR", "THR",
}  # fmt: skip
# the pairs of consonants that end English words ("HAWK", "CERN", "DESK", "BANK"), in letters
_CODAS = {
    "BB", "BS", "CH", "CK", "CS", "CT", "DD", "DS", "FF", "FT", "GG", "GH", "GS", "HL", "HM", "HN",
    "HT", "KS", "LB", "LC", "LD", "LF", "LK", "LL", "LM", "LP", "LS", "LT", "LV", "MB", "MM", "MN",
    "MP", "MS", "NC", "ND", "NG", "NK", "NN", "NS", "NT", "NX", "NZ", "PH", "PP", "PS", "PT", "RB",
    "RC", "RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RR", "RS", "RT", "RV", "RX", "SH", "SK",
    "SP", "SS", "ST", "TH", "TS", "TT", "TZ", "WD", "WK", "WL", "WN", "WS", "WT", "XT", "ZZ",
}  # fmt: skip


# Letters in capitals from which a word is a word, not an initialism: initialisms said letter by letter are
# three to five letters (FBI, ACLU, NAACP); a longer word in capitals is a dateline, a name or a word set in
# capitals, and eSpeak NG itself spells it when it cannot say it (its own reading is the safe default).
LONG_WORD = 6


def say_acronym(word: str) -> str:
    """
    >>> say_acronym("FBI"), say_acronym("NASA"), say_acronym("CEOs"), say_acronym("ACLU"), say_acronym("ZIP")
    ('F B I', 'NASA', "C E O's", 'A C L U', 'Zip')
    """
    stem, plural = (word[:-1], "'s") if word.endswith("s") else (word, "")
    if stem in RESPELLED:
        return RESPELLED[stem] + plural
    if stem in WORD_ACRONYMS and len(stem) <= 3:
        return stem.capitalize() + plural  # eSpeak NG spells a short word in capitals: "ZIP" Z I P
    if word in SHOUTED or stem in WORD_ACRONYMS or (stem not in SPELLED and pronounceable(stem)):
        return word
    if stem not in SPELLED and common_word(stem):
        return word  # a common word set in capitals ("LUNCH", "MONTH", "SPORTS DAY"): eSpeak NG says it
    if len(stem) >= LONG_WORD and stem not in SPELLED:
        return word  # a long word in capitals ("WASHINGTON", "NEWSWIRE"): eSpeak NG's own reading
    return " ".join(stem) + plural


# how common (its rank among English words, Wikipedia's) a word in capitals must be to be taken as that word:
# three-letter initialisms crowd the list's head ("usa", "bbc", "raf" are among its 20,000 commonest), so a
# three-letter word must also be shaped like one (consonant, vowel, consonant: "DAY", "PUT", "RED")
COMMON_RANK = 20_000
COMMON_RANK_SHORT = 3_000


def common_word(stem: str) -> bool:
    """Whether STEM, in capitals, is a common English word rather than an initialism.

    >>> common_word("LUNCH"), common_word("MONTH"), common_word("DAY"), common_word("FBI"), common_word("RAF")
    (True, True, True, False, False)
    >>> common_word("ISBN"), common_word("HTTP")
    (False, False)
    """
    rank = word_ranks().get(stem.lower())
    if rank is None:
        return False
    if len(stem) >= 4:  # and it starts and ends as English words do ("ISBN", "WWII" do not)
        onset = re.match("[^AEIOUY]*", stem).group(0)  # type: ignore[union-attr]
        coda = stem[len(stem.rstrip("BCDFGHJKLMNPQRSTVWXZ")) :]
        return (
            rank < COMMON_RANK
            and onset != stem
            and (len(onset) <= 1 or onset in _ONSETS)
            and (len(coda) <= 1 or coda[-2:] in _CODAS)
        )
    return (
        len(stem) == 3
        and rank < COMMON_RANK_SHORT
        and re.fullmatch("[^AEIOU][AEIOU][^AEIOU]", stem) is not None
    )


@ACRONYMS.rule(r"(?<![\w.'’-])([A-Z]{2,})(s?)(['’]s)?(?![\w'’-]*[a-z])(?!\.\w)")
def _acronym(m: re.Match[str]) -> str:
    if _shouting(m.string) or _in_capitals(m.string, m.start()) or m.start() < _dateline(m.string):
        return m.group(0)
    return say_acronym(m.group(1) + m.group(2)) + (m.group(3) or "")


_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z'’-]+\s){1,3}[A-Z][A-Z'’-]+(?=,\s|\s\(|\s[—–-]\s)")


def _dateline(text: str) -> int:
    """Where the dateline starting TEXT ends ("LOS ANGELES —", "NEW YORK (AP) —"), 0 if there is none: a
    place in capitals, one of its words said as a word, which eSpeak NG reads as the name it is; its short
    words are no initialisms ("L O S ANGELES")."""
    m = _DATELINE.match(text)
    if not m or not any(len(w) >= 4 and w not in SPELLED and pronounceable(w) for w in m.group(0).split()):
        return 0
    return m.end()


@functools.lru_cache(maxsize=4)
def _shouting(text: str) -> bool:
    """A headline or a line set in capitals: its words are words, not acronyms. (Asked for every acronym
    of a text: remembered, or a long paragraph of them takes quadratic time.)"""
    words = re.findall(r"[A-Za-z]{2,}", text)
    caps = sum(w.isupper() for w in words)
    return len(words) >= 3 and caps / len(words) > 0.6


CAPITALS_RUN = 4  # words in capitals one after the other: a phrase set in capitals, not a row of acronyms


def _in_capitals(text: str, at: int) -> bool:
    """Whether the word at AT is in a run of CAPITALS_RUN or more words set in capitals (a quote shouted
    inside a sentence: "they said: "THEY WON'T BE THERE IF WE NEED THEM""), which are words, not acronyms.

    >>> _in_capitals('He said: "THEY WONT BE THERE IF WE NEED THEM."', 19)
    True
    >>> _in_capitals("The FBI, CIA and NSA said", 4), _in_capitals("the US FDA MHRA approval", 4)
    (False, False)
    """
    starts, runs = _capital_runs(text)
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and runs[i] >= CAPITALS_RUN


@functools.lru_cache(maxsize=4)
def _capital_runs(text: str) -> tuple[list[int], list[int]]:
    """Each word's start in TEXT, and the length of the run of capitalised words it belongs to (0 for a
    word with a small letter). A word is letters with their apostrophes ("WON'T"); "A" and "I" go on a run."""
    words = list(re.finditer(r"[A-Za-z]+(?:['’][A-Za-z]+)*", text))
    starts = [w.start() for w in words]
    runs = [0] * len(words)
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j].group(0).isupper():
            j += 1
        length = sum(len(w.group(0)) > 1 for w in words[i:j])
        runs[i:j] = [length] * (j - i)
        i = max(j, i + 1)
    return starts, runs


@ACRONYMS.rule(r"(?<![\w'’-])([A-Z])o([A-Z])(s?)\b(?!['’-]\w)")
def _of_initialism(m: re.Match[str]) -> str:
    """ "BoC", "DoJ", "IoT", "MoU": an initialism with a small "o" for "of", letter by letter."""
    return f"{m.group(1)} O {m.group(2)}" + ("'s" if m.group(3) else "")


@ACRONYMS.rule(r"\b((?:[A-Z]\.){2,5})(?=\s[a-z(\d]|[,;:)]|['’]s\b|$)")
def _dotted_initials(m: re.Match[str]) -> str:
    # U.S. / U.K. / E.D.N.Y. mid-sentence: spaced letters keep a following lower-case word apart
    return " ".join(m.group(1).replace(".", ""))
