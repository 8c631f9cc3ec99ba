"""Passages in another writing system than the voice's: which language they are, so the right voice says them.

A story in English that quotes two lines of Arabic must not hand those lines to the English voice (eSpeak NG
then spells or mangles them, and the clip fails its length check). Compatibility characters (Arabic and
other presentation forms, full-width and half-width forms, ligatures) are first folded with NFKC, since no
voice reads them; a paragraph whose letters are mostly in another script than the voice's language is then
given a language: the one the script implies (Hangul, kana, Han, Hebrew, Greek, Thai), or the likeliest of the
languages written in that script (Arabic and Cyrillic serve several; narrate.language ranks them).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from narrate.display import primary_language
from narrate.language import rank_languages

_COMPATIBILITY = re.compile("[\ufb00-\ufdff\ufe70-\ufeff\uff00-\uffef]+")
# Presentation forms only (ligatures; Hebrew and Arabic letters in their shaped forms): legacy encodings of
# ordinary letters.  Full-width and half-width forms (U+FF00-FFEF) are not among them: "？", "（57）" and
# "ＡＢＣ" are how Chinese and Japanese are typeset, and their sentence ends are full-width.
_PRESENTATION = re.compile("[\ufb00-\ufdff\ufe70-\ufeff]+")

# The script of a letter, from the first word of its Unicode name.
_SCRIPTS = {
    "LATIN": "Latin",
    "ARABIC": "Arabic",
    "HEBREW": "Hebrew",
    "CYRILLIC": "Cyrillic",
    "GREEK": "Greek",
    "CJK": "Han",
    "HIRAGANA": "Kana",
    "KATAKANA": "Kana",
    "HANGUL": "Hangul",
    "DEVANAGARI": "Devanagari",
    "THAI": "Thai",
    "ARMENIAN": "Armenian",
    "GEORGIAN": "Georgian",
    "BENGALI": "Bengali",
    "TAMIL": "Tamil",
}
# A language by its script alone, where one language is the reading a listener expects.
_ONE_LANGUAGE = {
    "Hebrew": "he",
    "Greek": "el",
    "Han": "cmn",
    "Kana": "ja",
    "Hangul": "ko",
    "Thai": "th",
    "Armenian": "hy",
    "Georgian": "ka",
    "Bengali": "bn",
    "Tamil": "ta",
    "Devanagari": "hi",
}
# The languages to choose among, by script (all have eSpeak NG voices).
_CANDIDATES = {"Arabic": ("ar", "fa", "ur"), "Cyrillic": ("ru", "uk", "bg", "sr", "mk", "be", "kk")}
# The script each voice language writes in (any other: Latin).
_SCRIPT_OF = {
    **{lang: script for script, lang in _ONE_LANGUAGE.items()},
    "zh": "Han",
    "yue": "Han",
    **{lang: "Arabic" for lang in _CANDIDATES["Arabic"]},
    **{lang: "Cyrillic" for lang in _CANDIDATES["Cyrillic"]},
    "mr": "Devanagari",
    "ne": "Devanagari",
}
# Scripts a voice language writes in besides its own: Japanese is written in kanji (Han) as well as kana, so
# a line of kanji in a Japanese story is Japanese ("<震度5弱>", a list of town names), not Mandarin.
_ALSO_WRITTEN_IN = {"ja": ("Han",)}


def fold(text: str) -> str:
    """TEXT with compatibility characters (presentation forms, full-width letters, ligatures) in their
    ordinary form (NFKC on those characters only, so "m²" and "½" stay as written).

    >>> fold("ﺍﻟﺴﻼﻡ"), fold("ＡＢＣ １２３"), fold("ﬁne m²")
    ('السلام', 'ABC 123', 'fine m²')
    """
    return _COMPATIBILITY.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def fold_shapes(text: str) -> str:
    """TEXT with presentation forms folded (NFKC) and full-width and half-width forms kept: the text shown,
    in captions, the transcript and books, where fold() gives the text spoken.

    >>> fold_shapes("ﺍﻟﺴﻼﻡ"), fold_shapes("痛饮一番？或至少（57）"), fold_shapes("ﬁne")
    ('السلام', '痛饮一番？或至少（57）', 'fine')
    """
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def script_of(text: str) -> str | None:
    """The script most of TEXT's letters are written in (None when it has no letters).

    >>> script_of("Hello, world"), script_of("Привет, мир"), script_of("東京 2024"), script_of("42")
    ('Latin', 'Cyrillic', 'Han', None)
    """
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            counts[_SCRIPTS.get(name.split(" ", 1)[0], "Other")] += 1
    if not counts:
        return None
    if counts["Kana"]:  # Japanese mixes kana with Han; kana alone says it is Japanese
        counts["Kana"] += counts.pop("Han", 0)
    return counts.most_common(1)[0][0]


def passage_language(text: str, voice_language: str | None) -> str | None:
    """The language of TEXT when most of its letters are in another script than VOICE_LANGUAGE's, else
    None (the voice reads it).

    >>> passage_language("Мы победим", "en"), passage_language("Plain English.", "en")
    ('ru', None)
    >>> passage_language("שלום עולם", "en-US"), passage_language("Hola", "es")
    ('he', None)
    >>> passage_language("宮崎県:延岡市、西都市", "ja"), passage_language("宮崎県:延岡市、西都市", "en")
    (None, 'cmn')
    """
    script = script_of(text)
    primary = primary_language(voice_language)
    if script in (None, "Other", _SCRIPT_OF.get(primary, "Latin"), *_ALSO_WRITTEN_IN.get(primary, ())):
        return None
    if script in _ONE_LANGUAGE:
        return _ONE_LANGUAGE[script]
    if script in _CANDIDATES:
        return rank_languages(text, _CANDIDATES[script])
    return None  # Latin text under a non-Latin voice: the voice's own rules do better than a guess
