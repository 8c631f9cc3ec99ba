"""narrate.language: the language of a story (CLD2) on real copy, the codes narrate's voices know, text CLD2
refuses, and generated text that must never raise."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pycld2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import narrate.language
from narrate.language import detect_language, rank_languages
from narrate.script.passages import fold
from narrate.speak.espeak_voices import voice_for_language
from tests.conftest import CORPUS, DATA

# the real test pages whose ground truth declares a language (clean-links, a block of Bartleby, declares none)
PAGES = [p for p in sorted(CORPUS.glob("*.json")) if json.loads(p.read_text(encoding="utf-8")).get("lang")]
CYRILLIC = ("uk", "bg", "ru", "sr", "mk", "be", "kk")  # "ru" not first: a right answer is not the fallback
ARABIC = ("fa", "ur", "ar")
# Article 1 of the Universal Declaration of Human Rights, in Hebrew and in Chinese (traditional characters)
HEBREW = (
    "כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם. כולם חוננו בתבונה ובמצפון, לפיכך חובה עליהם "
    "לנהוג איש ברעהו ברוח של אחווה."
)
CHINESE_TRADITIONAL = "人人生而自由，在尊嚴和權利上一律平等。他們賦有理性和良心，並應以兄弟關係的精神相對待。"
# what CLD2 refuses as invalid UTF-8 (controls, noncharacters) and what does not encode at all (surrogates)
REFUSED = "\x00\x0b\x1b\x7f\x92\ufdd0\ufffe\U0010ffff\ud800\udfff"
CODE = re.compile(r"[a-z]{2,3}")


def _body(name: str) -> str:
    return str(json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))["body_text"])


def _paragraph(name: str, index: int) -> str:
    return _body(name).split("\n")[index]


def _quoted(language: str) -> str:
    """The test story's paragraph quoting the declaration in LANGUAGE (its Arabic in presentation forms)."""
    blocks = (DATA / "resilience" / "quoted-languages.md").read_text(encoding="utf-8").split("\n\n")
    return fold(blocks[{"ar": 4, "ru": 6}[language]].strip())


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_each_test_page_is_in_its_declared_language(page: Path) -> None:
    data = json.loads(page.read_text(encoding="utf-8"))
    assert detect_language(data["body_text"]) == data["lang"].split("-")[0].lower()


@pytest.mark.parametrize(
    ("page", "index", "language"),
    [
        ("fundus-de-SZ-2024_09_30", 1, "de"),
        ("readability-lemonde-1", 0, "fr"),
        ("fundus-es-ABC-2025_01_13", 1, "es"),
        ("fundus-ru-Kommersant-2025_05_14", 1, "ru"),  # CLD2 flags it unreliable, and it is Russian
        ("fundus-jp-YomiuriShimbun-2024_12_03", 0, "ja"),
        ("fundus-us-TechCrunch-2024_04_28", 1, "en"),
    ],
)
def test_one_paragraph_is_enough(page: str, index: int, language: str) -> None:
    paragraph = _paragraph(page, index)
    assert len(paragraph) > 150
    assert detect_language(paragraph) == language


def test_too_little_text_has_no_language() -> None:
    assert detect_language("") is None
    assert detect_language(_paragraph("fundus-de-SZ-2024_09_30", 1)[:19]) is None  # under 20 characters
    assert detect_language("12:30 | 14.05.2025 | 2:08:00 | 42,195") is None  # no words at all


def test_old_cld2_codes_come_out_as_the_ones_the_voices_know() -> None:
    assert pycld2.detect(HEBREW)[2][0][1] == "iw"  # CLD2's own code, which no eSpeak NG voice answers to
    assert voice_for_language("iw") is None
    assert detect_language(HEBREW) == "he"
    assert str(voice_for_language(detect_language(HEBREW))).endswith("/he")
    assert pycld2.detect(CHINESE_TRADITIONAL)[2][0][1] == "zh-Hant"
    assert detect_language(CHINESE_TRADITIONAL) == "zh"
    assert str(voice_for_language("zh")).endswith("/cmn")


@pytest.mark.parametrize(
    ("cld2", "ours"), [("iw", "he"), ("jw", "jv"), ("zh-Hant", "zh"), ("fil", "tl"), ("sr-ME", "sr")]
)
def test_renamed_codes(monkeypatch: pytest.MonkeyPatch, cld2: str, ours: str) -> None:
    _cld2_says(monkeypatch, cld2)
    assert detect_language("any text long enough for a guess") == ours


def test_every_cld2_answer_is_a_short_lowercase_code_or_none(monkeypatch: pytest.MonkeyPatch) -> None:
    codes = sorted({code for _name, code in pycld2.LANGUAGES})
    assert len(codes) > 250
    for code in codes:
        _cld2_says(monkeypatch, code)
        found = detect_language("any text long enough for a guess")
        assert found is None or CODE.fullmatch(found), code
        # unknown, a script alone, Klingon and Pig Latin
        not_read = code in {"un", "tlh", "zzp"} or code.startswith("xx-")
        assert (found is None) == not_read, code


def _cld2_says(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    unknown = ("Unknown", "un", 0, 0.0)
    result = (True, 40, (("NAME", code, 99, 1000.0), unknown, unknown))
    monkeypatch.setattr(pycld2, "detect", lambda *_args, **_kwargs: result)


def test_a_story_quoting_other_languages_keeps_its_own() -> None:
    story = (DATA / "resilience" / "quoted-languages.md").read_text(encoding="utf-8")
    reliable, _bytes, details = pycld2.detect(story)
    assert not reliable and [d[1] for d in details[:2]] == ["en", "ru"]  # CLD2 flags it, for its Russian
    assert detect_language(story) == "en"


def test_characters_cld2_refuses_do_not_lose_the_language() -> None:
    paragraph = _paragraph("fundus-de-SZ-2024_09_30", 1)
    spoiled = "".join(word + REFUSED[i % len(REFUSED)] for i, word in enumerate(paragraph.split(" ")))
    with pytest.raises((pycld2.error, UnicodeEncodeError)):
        pycld2.detect(spoiled)  # CLD2 rejects the whole text for one of them
    assert detect_language(spoiled) == "de"
    assert rank_languages(_quoted("ru") + REFUSED, CYRILLIC) == "ru"


def test_text_of_nothing_but_refused_characters_has_no_language() -> None:
    assert detect_language(REFUSED * 3) is None
    assert rank_languages(REFUSED * 3, ARABIC) == "fa"


def test_a_cld2_error_is_no_language(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise pycld2.error("input contains invalid UTF-8 around byte 0")

    monkeypatch.setattr(pycld2, "detect", refuse)
    assert detect_language(_paragraph("fundus-de-SZ-2024_09_30", 1)) is None
    assert rank_languages(_quoted("ru"), CYRILLIC) == "uk"  # the first candidate


def test_passages_are_ranked_among_their_scripts_languages() -> None:
    assert rank_languages(_quoted("ru"), CYRILLIC) == "ru"
    assert rank_languages(_paragraph("fundus-ru-Kommersant-2025_05_14", 2), CYRILLIC) == "ru"
    assert rank_languages(_quoted("ar"), ARABIC) == "ar"


def test_a_passage_without_words_gets_the_first_candidate() -> None:
    assert rank_languages("", CYRILLIC) == "uk"
    assert rank_languages("2025 — 14.05", ARABIC) == "fa"


def test_doctests() -> None:
    result = doctest.testmod(narrate.language)
    assert result.attempted > 0 and result.failed == 0


# --- generated text ------------------------------------------------------------------------------------

SETTINGS = settings(
    derandomize=True, max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# any character, and often one that CLD2 refuses (rare among all of Unicode); joined from a list, since
# st.text() never yields a surrogate
_ANY_CHARACTER = st.one_of(st.characters(exclude_categories=()), st.sampled_from(REFUSED))


def _any_text(max_size: int) -> st.SearchStrategy[str]:
    return st.lists(_ANY_CHARACTER, max_size=max_size).map("".join)


_REAL = [
    _paragraph("fundus-de-SZ-2024_09_30", 1),
    _quoted("ru"),
    _quoted("ar"),
    _body("readability-lemonde-1"),
]
_TEXT = st.one_of(
    _any_text(300),
    st.builds(
        lambda text, junk, at: text[:at] + junk + text[at:],
        st.sampled_from(_REAL),
        _any_text(12),
        st.integers(0, 600),
    ),
)


@SETTINGS
@given(text=_TEXT)
def test_any_text_gets_a_short_code_or_none_and_never_raises(text: str) -> None:
    found = detect_language(text)
    assert found is None or CODE.fullmatch(found)
    assert rank_languages(text, CYRILLIC) in CYRILLIC
    assert rank_languages(text, ARABIC) in ARABIC
