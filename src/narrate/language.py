"""Which language a text is in: an article's, when its page does not say, and a passage's, among the
languages its script serves. Both by CLD2 (Google's Compact Language Detector 2, through pycld2): its tables
are compiled into the library, so it answers in milliseconds with no model to load.
"""

from __future__ import annotations

import re

import pycld2

MIN_LENGTH = 20  # below this, no guess is worth a voice
# CLD2's older codes, where narrate's voices and page markup know the current ones ("he" finds eSpeak NG's
# Hebrew voice, "iw" none); its variants ("zh-Hant", "sr-ME") keep their language only ("zh", "sr").
_RENAMED = {"iw": "he", "jw": "jv", "fil": "tl"}
# Not a language a listener hears: unknown, a script alone ("xx-Goth"), Klingon and Pig Latin.
_NOT_SPOKEN = {"un", "xx", "tlh", "zzp"}
# What CLD2 refuses as "invalid UTF-8" (control characters but tab, newlines and form feed; noncharacters),
# and surrogates, which do not encode at all: one of them anywhere makes it reject the whole text.
_REFUSED = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)


def detect_language(text: str) -> str | None:
    """The language of TEXT as narrate's voices know it (ISO 639-1, or 639-3 where there is none), when CLD2
    can tell; None for text under 20 characters or that CLD2 cannot tell.

    >>> detect_language("Все люди рождаются свободными и равными в своем достоинстве и правах.")
    'ru'
    >>> detect_language("Hi there."), detect_language("12 345 678 901 234 567 890")
    (None, None)
    """
    if len(text) < MIN_LENGTH:
        return None
    # Not best effort: CLD2 then says "un" for what it cannot tell (mostly short text), rather than a guess (a
    # wrong voice is worse than the default one). Its "unreliable" flag is no such sign: on the development
    # corpora it never once marked a wrong answer, and it marks stories that quote another language.
    top = next(iter(_detect(text[:5000], best_effort=False)), "un")
    return None if top in _NOT_SPOKEN else top


def rank_languages(text: str, candidates: tuple[str, ...]) -> str:
    """CLD2's likeliest language for TEXT among CANDIDATES (not empty), or the first of them when it names
    none. Short passages get CLD2's best effort: a choice is needed, and the candidates bound it.

    >>> rank_languages("Все люди рождаются свободными", ("uk", "ru", "bg"))
    'ru'
    >>> rank_languages("", ("ar", "fa", "ur"))
    'ar'
    """
    ranked = _detect(text[:2000], best_effort=True)
    return next((lang for lang in ranked if lang in candidates), candidates[0])


def _detect(text: str, *, best_effort: bool) -> list[str]:
    """CLD2's three likeliest languages for TEXT, likeliest first ("un" fills the list when it found fewer);
    none when CLD2 refuses the text."""
    try:
        _reliable, _bytes, details = pycld2.detect(
            _REFUSED.sub(" ", text), isPlainText=True, bestEffort=best_effort
        )
    except pycld2.error:
        return []
    primaries = [code.split("-")[0] for _name, code, _percent, _score in details]
    return [_RENAMED.get(code, code) for code in primaries]
