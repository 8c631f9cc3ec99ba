"""Sentences of a paragraph as written, for captions and the talking books' sentence highlights, and for
cutting a paragraph too long to be one utterance (a page that is one block of text) after its sentences.

A sentence ends at . ! ? or … before a space and a capital, a digit or an opening quote, unless the full
stop belongs to an abbreviation ("Dr.", "Sept.") or an initial ("J."); in Chinese and Japanese, at 。！？.
"""

from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence (compared lower-case, stop removed).
# Kana and Han: scripts written with no spaces between words (Chinese, Japanese), as a regex class body
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "supt",
        "det",
        "insp",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "bros",
        "vol",
        "vols",
        "fig",
        "figs",
        "vs",
        "etc",
        "approx",
        "dept",
        "est",
        "univ",
        "assn",
        "ave",
        "blvd",
        "rd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "d.c",
    }
)

# A sentence ends at . ! ? or … (and any closing quotes or brackets) before a space and a capital, a digit
# or an opening quote or bracket; in Chinese and Japanese at 。！？ (and closing brackets), with no space.
_SENTENCE_END = re.compile(
    r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\dA-ZÀ-ÖØ-ÞĀ-ſ])"""  # Latin, after a space
    r"""|[。！？]+[」』）”’]*(?=\S)"""  # Chinese and Japanese
)


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, each as written (whitespace collapsed).

    >>> split_sentences("Dr. Smith left the U.S. on Monday. She said: “Good.” Then 3 more came.")
    ['Dr. Smith left the U.S. on Monday.', 'She said: “Good.”', 'Then 3 more came.']
    >>> split_sentences("It ended at 12:55 p.m. ET on June 12. Why? Nobody knows!")
    ['It ended at 12:55 p.m. ET on June 12.', 'Why?', 'Nobody knows!']
    >>> split_sentences("地震があった。「津波に注意」と発表した。")
    ['地震があった。', '「津波に注意」と発表した。']
    """
    flat = " ".join(text.split())
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(flat):
        if _is_abbreviation(flat[start : match.end()]):
            continue
        sentences.append(flat[start : match.end()].strip())
        start = match.end()
    rest = flat[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _is_abbreviation(sentence: str) -> bool:
    """Whether the full stop that ends SENTENCE belongs to an abbreviation or an initial."""
    if not sentence.endswith("."):
        return False
    last = sentence.rsplit(maxsplit=1)[-1].rstrip(".").lstrip("\"'“‘(").lower()
    # "J." (an initial) and "U.S."-like dotted abbreviations never end a sentence here; missing a real
    # sentence end only makes a cue longer, and cues are cut to size anyway.
    return last in ABBREVIATIONS or len(last) == 1 or bool(re.fullmatch(r"(\w\.)+\w", last))


def paragraph_parts(text: str, limit: int) -> list[str]:
    """TEXT as consecutive runs of whole sentences of at most LIMIT characters each (a sentence longer than
    LIMIT is a run of its own); [TEXT] when it is not longer than LIMIT.

    >>> paragraph_parts("One two. Three four. Five six seven.", 20)
    ['One two. Three four.', 'Five six seven.']
    >>> paragraph_parts("Short.", 20)
    ['Short.']
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    for sentence in split_sentences(text):
        if parts and len(parts[-1]) + 1 + len(sentence) <= limit:
            parts[-1] += " " + sentence
        else:
            parts.append(sentence)
    return parts
