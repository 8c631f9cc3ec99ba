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
import unicodedata
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


# Days of the month (and counts of days) with readings of their own; the others are the number and にち
_DAYS = {2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか", 8: "ようか",
         9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか"}  # fmt: skip
_HOURS = {4: "よじ", 7: "しちじ", 9: "くじ"}  # the others: the number and じ
_ERAS = {"平": "へいせい", "昭": "しょうわ"}  # "平9年": Heisei 9, as company histories abbreviate it


def dates(text: str) -> str:
    """Months, days, hours and abbreviated eras read as Japanese reads them, which a dictionary word by word
    does not ("1月末" is not "1げつまつ", "3日" not "3にち", "9時" not "9とき", "平9年" not "たいら9ねん").

    >>> dates("イオン銀行は14日、同日付で"), dates("24年12月26日付で"), dates("大統領は3日夜")
    ('イオン銀行はじゅうよっか、同日付で', '24年12がつ26にち付で', '大統領はみっか夜')
    >>> dates("4月1日に"), dates("1日に"), dates("1月末に"), dates("3日間"), dates("平9年に"), dates("日本")
    ('4がつついたちに', 'いちにちに', '1がつ末に', 'みっかかん', 'へいせい9年に', '日本')
    >>> dates("午後9時半"), dates("10時から"), dates("4時間")
    ('午後くじ半', '10じから', 'よじかん')
    """
    text = _MONTH.sub(lambda m: f"{int(m.group(1))}がつ", text)
    text = _DAY.sub(_day, text)
    text = _HOUR.sub(
        lambda m: _HOURS.get(int(m.group(1)), f"{int(m.group(1))}じ") + ("かん" if m.group(2) else ""), text
    )
    return _ERA.sub(lambda m: _ERAS[m.group(1)] + m.group(2), text)


_MONTH = re.compile(r"(?<![\d.,])(1[0-2]|0?[1-9])月(?!間)")
_DAY = re.compile(r"(がつ)?(?<![\d.,])(3[01]|[12]\d|0?[1-9])日(?!本)(間)?")
_HOUR = re.compile(r"(?<![\d.,])(2[0-4]|1\d|0?\d)時(間)?")
_ERA = re.compile(r"(?<![\u3400-\u9fff])([平昭])(\d{1,2}年)")


def _day(m: re.Match[str]) -> str:
    day, span = int(m.group(2)), "かん" if m.group(3) else ""  # 間: "3日間", for three days
    if day == 1:
        return ("がつついたち" if m.group(1) else "いちにち") + span  # the first of a month; else one day
    return (m.group(1) or "") + _DAYS.get(day, f"{day}にち") + span


def kana(text: str) -> str:
    """TEXT with its kanji written in hiragana (kana, digits and everything else as they are), when pykakasi
    is installed; TEXT itself otherwise."""
    text = _COMPATIBLE.sub(
        lambda m: unicodedata.normalize("NFKC", m.group(0)), _SELECTORS.sub("", dates(text))
    )
    if not KANJI.search(text) or (converter := _converter()) is None:
        return text
    # pykakasi's time grows with the square of the text's length (measured: 3,300 characters 0.09 s,
    # 33,000 characters 8 s), so it is given pieces cut after punctuation or a space, where no word runs on
    parts = [part for piece in _pieces(text) for part in _convert(converter, piece)]
    # a kanji the dictionary has no reading for stays (eSpeak NG's "Chinese letter" beats silence)
    return "".join(
        str(p["hira"] or p["orig"]) if KANJI.search(str(p["orig"])) else str(p["orig"]) for p in parts
    )


# variation selectors choose a glyph's variant and have no sound; pykakasi 2.3 raised IndexError on one
# ("\U000e0130" alone, found by benchmarks/fuzz_text.py)
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


# CJK compatibility ideographs ("\uf900"): pykakasi returned nothing for them; their canonical kanji it reads
_COMPATIBLE = re.compile("[\uf900-\ufaff\U0002f800-\U0002fa1f]")
# pykakasi 2.3 drops "＝", "；" and a no-break space and says the word before them twice ("ソウル＝" "そうる
# そうる"): they are kept out of its input, as written (eSpeak NG says nothing for them, or a pause)
_MISREAD = re.compile("([＝；\xa0])")


def _convert(converter: Any, piece: str) -> list[dict[str, str]]:
    """pykakasi's reading of PIECE (the signs it misreads passed by); a part as written when pykakasi fails
    on it or drops any of it (eSpeak NG reads it then)."""
    parts: list[dict[str, str]] = []
    for segment in filter(None, _MISREAD.split(piece)):
        if _MISREAD.fullmatch(segment):
            parts.append({"orig": segment, "hira": ""})
            continue
        try:
            read = list(converter.convert(segment))
        except Exception:  # a third-party converter: one piece it cannot read must not sink the story
            read = []
        ok = "".join(str(p["orig"]) for p in read) == segment
        parts.extend(read if ok else [{"orig": segment, "hira": ""}])
    return parts


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
