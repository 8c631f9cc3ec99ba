"""French initialisms in capitals that no French word could be, spelled letter by letter: eSpeak NG says them
as a word ("SDIS" "zdi", "VIH" "vi", "d'ITT" as one syllable). Run after the telephone numbers
(languages.py); the pairs of capitals are french.py's."""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules

FRENCH_LETTERS = Rules()


# letters that end French words ("EST", "NORD", "PORT", "TEMPS"): capitals ending otherwise are letters
_FRENCH_END = re.compile(
    r"(?:s[st]|r[tdscfgn]|ct|n[tdscg]|[pdt]s|l[tsfl]|m[bp]|[cpt]h|gn|ck)$", re.IGNORECASE
)


# three consonants that end French words ("CORPS", "TEMPS", "VENTS", "FORTS"): others are letters ("AHCT")
_FRENCH_END3 = re.compile(r"[rmnl][pdtcg]s", re.IGNORECASE)


# the consonants a French word can begin with before its first vowel ("STADE", "CHRONO", "PHRASE"), learned
# words' "CN", "PN", "MN" ("la CNIL", "le CNES" are said as words; not "PS": "le PSIG" is spelled) and
# borrowings' "SM", "SN", "SL" ("le SMUR"), and the onsets of names French copy writes in capitals ("Mohamed
# KHALID", "le TCHAD", "DJIBOUTI")
_FRENCH_ONSET = re.compile(
    r"(?:[B-DF-HJ-NP-TV-Z]|[BCDFGPTV][RL]|CH|PH|TH|GN|QU|S[CPTKMNL]|SCR|STR|SPL|SPR|CHR|PHR|SPH|CN|PN|MN"
    r"|KH|DJ|SH|ZH|SCH|TCH)?[AEIOUY]"
)


@FRENCH_LETTERS.rule(r"(?<![\w.-])([B-DF-HJ-NP-TV-Z]{0,3}[AEIOUY][A-Z]{0,3})(?![\w-]|\.\w)")
def _letters_by_onset(m: re.Match[str]) -> str:
    """Capitals no French word could begin so ("SDIS": eSpeak NG says "zdi") or end so ("VIH": "vi"), and
    three capitals that are not a French word ("un CDI", "l'UAF": an initialism, as in English), spelled;
    left alone among other capitals (a headline)."""
    word = m.group(1)
    three = len(word) == 3 and word not in _THREE_WORDS and not _SYLLABLE.fullmatch(word)
    if len(word) < 3 or (_FRENCH_ONSET.match(word) and not re.search(r"[AEIOUY]H$", word) and not three):
        return word
    if _ROMAN.fullmatch(word):
        return word  # a Roman numeral ("Louis XVI"), the numerals' rules' and eSpeak NG's
    return word if _among_capitals(m) else " ".join(word)


# one French syllable, as three letters in capitals may be a word ("ANS", "EUR", "SUR", "QUI", "UNE"): an
# onset, a vowel or a vowel's digraph, a consonant or a French word's two, and a mute "e"
_SYLLABLE = re.compile(
    r"(?:[B-DF-HJ-NP-TV-Z]|[BCDFGPTV][RL]|CH|PH|TH|GN|QU)?(?:AI|AU|EU|OU|OI|EI|UI|[AEIOUY])"
    r"(?:[B-DF-HJ-NP-TV-Z]|N[STDC]|R[STDC]|S[T]|CT)?E?"
)
# acronyms French says as words, and words of two syllables ("l'ONU", "OUI")
_THREE_WORDS = {"ONU", "ENA", "OUI", "EAU"}


# Roman numerals in French copy: up to XXXIX and its L ("Louis XVI", "XLV"), and years ("MCMXC"); "CDI",
# "CCI" are initialisms
_ROMAN = re.compile(r"[IVXL]+|M[MDCLXVI]*")


@FRENCH_LETTERS.rule(r"(?<![\w.-])([B-DF-HJ-NP-TV-XZ]{3,5})(?![\w-]|\.\w)")
def _no_vowel(m: re.Match[str]) -> str:
    """ "d'un FPT" "d'un F P T", "1.400 SMS": three to five capitals without a vowel are letters (eSpeak NG
    runs some together); a Roman numeral and capitals among capitals (a headline) are left alone."""
    word = m.group(1)
    return word if _ROMAN.fullmatch(word) or _among_capitals(m) else " ".join(word)


@FRENCH_LETTERS.rule(r"(?<![\w.-])([A-Z]{0,2}[AEIOUY][A-Z]{0,2}[B-DF-HJ-NP-TV-XZ]{2})(?![\w-]|\.\w)")
def _letters(m: re.Match[str]) -> str:
    """An initialism in capitals that no French word could be, spelled even after an elision ("d'ITT" "d'I
    T T", "l'ASR": eSpeak NG says them as one syllable); left alone among other capitals (a headline)."""
    final = re.search(r"[^AEIOUY]*$", m.group(1)).group(0)  # type: ignore[union-attr]
    french_end = _FRENCH_END.search(m.group(1)) and (len(final) < 3 or _FRENCH_END3.fullmatch(final))
    if french_end or _among_capitals(m):
        return m.group(0)
    return " ".join(m.group(1))


def _among_capitals(m: re.Match[str]) -> bool:
    """Whether the capitals M matched stand beside another word in capitals (a headline set in capitals)."""
    before, after = m.string[max(0, m.start() - 30) : m.start()], m.string[m.end() : m.end() + 30]
    return bool(re.search(r"\b[A-ZÀ-Ý]{2,}\W{1,3}$", before) or re.match(r"\W{1,3}[A-ZÀ-Ý]{2,}\b", after))
