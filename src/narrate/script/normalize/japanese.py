"""Japanese: kanji written as their kana readings, which eSpeak NG's Japanese voice can say.

eSpeak NG's Japanese voice reads kana and digits, but says every kanji as "Chinese letter", in English
(measured: "宮崎県" is `tS'aIni:z l'et@` three times), so a Japanese news story, mostly kanji, came out as
minutes of "Chinese letter". pykakasi (the `japanese` extra; GPL-3.0-or-later) gives each word its reading
from its dictionary: "宮崎県:延岡市" becomes "みやざきけん:のべおかし". Without it the text is left as it is,
and `unread_kanji` lets the pipeline say so in a note.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from typing import Any

from narrate.display import primary_language

# CJK ideographs (and the repeat mark 々) in the blocks Japanese text uses
KANJI = re.compile("[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
NOTE = (
    "eSpeak NG's Japanese voice says each kanji as 'Chinese letter': install the japanese extra "
    "(pip install 'narrate[japanese]', pykakasi) so that kanji are read"
)


@functools.cache
def _converter() -> Any | None:
    if importlib.util.find_spec("pykakasi") is None:
        return None
    import pykakasi  # noqa: PLC0415  (an optional extra, loaded only for Japanese text: 0.5 s)

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]  # pykakasi has no annotations


def kana(text: str) -> str:
    """TEXT with its kanji written in hiragana (kana, digits and everything else as they are), when pykakasi
    is installed; TEXT itself otherwise."""
    if not KANJI.search(text) or (converter := _converter()) is None:
        return text
    # pykakasi's time grows with the square of the text's length (measured: 3,300 characters 0.09 s,
    # 33,000 characters 8 s), so it is given pieces cut after punctuation or a space, where no word runs on
    parts = [part for piece in _pieces(text) for part in converter.convert(piece)]
    # a kanji the dictionary has no reading for stays (eSpeak NG's "Chinese letter" beats silence)
    return "".join(
        str(p["hira"] or p["orig"]) if KANJI.search(str(p["orig"])) else str(p["orig"]) for p in parts
    )


_PIECE = 400  # characters given to pykakasi at once, at most (unless no break comes sooner)
_BREAK = re.compile(r"(?<=[、。！？「」『』（）・,.!?;:()\s])")


def _pieces(text: str) -> list[str]:
    """TEXT cut after breaks into pieces of at most _PIECE characters (a run with no break: every _PIECE).

    >>> _pieces("あ。" * 300) == ["あ。" * 200, "あ。" * 100], "".join(_pieces("字" * 900)) == "字" * 900
    (True, True)
    """
    pieces: list[str] = []
    for run in _BREAK.split(text):
        for lo in range(0, len(run), _PIECE):
            chunk = run[lo : lo + _PIECE]
            if pieces and len(pieces[-1]) + len(chunk) <= _PIECE:
                pieces[-1] += chunk
            else:
                pieces.append(chunk)
    return pieces


def unread_kanji(text: str, language: str | None) -> bool:
    """Whether TEXT, spoken in LANGUAGE, has kanji left for eSpeak NG's Japanese voice for want of pykakasi
    (with it, at most a stray repeat mark "々" with no kanji before it is left)."""
    return primary_language(language) == "ja" and bool(KANJI.search(text)) and _converter() is None
