"""Text made ready for speech: what a newsreader says for numbers, money, dates, times, codes and symbols.

`normalize(text, language)` returns the text as eSpeak NG should be told to say it. Only what eSpeak NG would
otherwise say wrong is changed; the article's own words stay. English rules apply to English text only; in
Spanish, French and German numbers are written out in words (eSpeak NG's reading of digits is not a
newsreader's), with the years, dates, clock times and ordinals it says wrong there, and web addresses are
shortened.
"""

from __future__ import annotations

import re
import unicodedata

from narrate.display import primary_language
from narrate.script.normalize import english

__all__ = ["is_english", "normalize"]


def is_english(language: str | None) -> bool:
    """True for "en", "en-US", ... and for an unknown language (narrate's default voice is English)."""
    return primary_language(language) == "en"


def normalize(text: str, language: str | None = "en") -> str:
    """TEXT as it should be said.

    >>> normalize("Updated on June 12 at 12:55 p.m. ET")
    'Updated on June twelfth at twelve fifty-five p m Eastern time'
    >>> normalize("Copyright 2021 NPR. To see more, visit https://www.npr.org.")
    'Copyright twenty twenty-one N P R. To see more, visit N P R dot org.'
    >>> normalize("Cuesta $5 en 2021.", "es")
    'Cuesta cinco pesos en dos mil veintiuno.'
    """
    text = _tidy(text)
    if is_english(language):
        return _tidy(_BULLET.sub(_bullet, english.apply(text)))
    # on first use: an English story never compiles the other languages' rules (60 ms)
    from narrate.script.normalize import languages  # noqa: PLC0415

    text = languages.apply(text, primary_language(language))
    return _tidy(_BULLET.sub(_bullet, _URL.sub(lambda m: m.group(1), text)))


_URL = re.compile(r"\bhttps?://(?:www\.)?([\w.-]+\.[a-z]{2,})(?:/\S*)?", re.IGNORECASE)


# a shape or a dot standing alone as a bullet or a separator ("■ Related", "HYDESVILLE, CA ・ 1 DAY AGO"):
# eSpeak NG names it ("black square", "Japanese symbol"); a pause is what the page means. The katakana middle
# dot only between words in other scripts (in Japanese it joins a name's parts).
_BULLET = re.compile(
    r"(?:^|(?<=\s))(?:[\u25a0-\u25ff\u2022\u2023\u2043\u2219\u2756\u27a2\u25ba]|(?<![\u3040-\u30ff\u4e00-\u9fff]\s)\u30fb)"
    r"(?=\s|$)"
    r"|^[\u2190-\u21ff\u27a1\u2794\u279c\u27f6](?=\s)|(?<=\s)[\u2190-\u21ff\u27a1\u2794\u279c\u27f6]$"
)  # an arrow only where it starts or ends the text ("→ Read more"): between words it may mean "to"


def _bullet(m: re.Match[str]) -> str:
    return "" if m.start() == 0 or not m.string[m.end() :].strip() else ","


_DEGREE_SIGNS = {0x2103: "°C", 0x2109: "°F"}
_SMALL_SCALE = re.compile(r"(?<=\d°)[cf](?![^\W\d_])")
_LETTER_O_DEGREE = re.compile(r"(?<=\d)o(?=[CF]\b)")
_HYPHENS = {0x2010: "-", 0x2011: "-"}
# the minus sign glued between a number and a number or a word is a dash ("1835−1845", "23−33 %", "(8−day)")
_MINUS_DASH = re.compile("(?<=\\d)\u2212(?=[^\\W_])")
# a unit to the power minus one after another is "per" it, as a slash is ("g·mol−1", "58.44 g mol−1")
_UNIT = r"[mµμnpk]?(?:mol|g|L|l)"
_PER_POWER = re.compile(rf"(?<![A-Za-zµμ])({_UNIT})\s?[·⋅ ]\s?({_UNIT}|s|h|min)(?:\u2212|⁻)[1¹](?!\w)")
# a range's first number with a degree sign, its last with it ("225°-250°F", "45°–90°"): said once, after both
_DEGREE_RANGE = re.compile(r"(?<=\d)°(?=\s?[-–]\s?\d[\d.,]*\s?°)")
_LABEL_UNITS = re.compile(r"(?<=\d)(?:MG|ML)\b")  # joined to the number only: "2019 MG" may be the carmaker
_TURNED_APOSTROPHE = re.compile(r"(?<=\d)[‘ʼ](?=\d{3}(?!\d))")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
# superscript letters (modifier letters): an ordinal's ending or an abbreviation's ("1ᵉʳ", "2ⁿᵈ", "Mᵐᵉ"),
# folded to plain letters (NFKC); superscript digits stay ("m²")
_SUPERSCRIPT_LETTERS = re.compile("[\u02b0-\u02b8\u02e0-\u02e4\u1d2c-\u1d6a\u2071\u207f]+")


def _tidy(text: str) -> str:
    """One space between words, none before punctuation added by the rules."""
    text = _INVISIBLE.sub("", text)  # word joiners, zero-width spaces, soft hyphens: copy-and-paste residue
    text = _SUPERSCRIPT_LETTERS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.replace("\u2044", "/")  # the fraction slash ("1⁄4"), which the rules read as a slash
    text = _TURNED_APOSTROPHE.sub("’", text)  # "Fr. 1‘000‘000.00": Swiss thousands, the quote mark turned
    text = text.translate(_DEGREE_SIGNS)  # "450℉": one character for "°F" (its NFKC form)
    text = _SMALL_SCALE.sub(lambda m: m.group().upper(), text)  # "180°c": the scale's letter in lower case
    text = _LETTER_O_DEGREE.sub("°", text)  # "25oC": a small "o" typed for the degree sign
    text = _DEGREE_RANGE.sub("", text)
    text = _LABEL_UNITS.sub(lambda m: m.group().lower(), text)  # "500MG TABLETS", "750ML": a label's capitals
    text = text.translate(_HYPHENS)  # "200‑400 mg": Unicode's hyphen and non-breaking hyphen are hyphens
    text = _MINUS_DASH.sub("-", text)
    text = _PER_POWER.sub(r"\1/\2", text)
    text = re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", text)
    return re.sub(r" ([,.;:!?])(?=\s|$)", r"\1", text).strip()
