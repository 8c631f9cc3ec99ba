"""Japanese stories: kanji are given to eSpeak NG's Japanese voice as kana (pykakasi), or a note says why not.

The copy is the Yomiuri Shimbun page of the development corpus (fundus jp-YomiuriShimbun-2024_12_03, write
part of the site split; the page belongs to its publisher, via fundus's MIT-licensed test data).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrate.models import Paragraph, Section, Story
from narrate.script import script_notes, write_script
from narrate.script.normalize import japanese, normalize
from narrate.script.passages import fold, passage_language
from narrate.script.phonemes import phonemes
from narrate.sentences import split_sentences
from narrate.sidecars.captions import MAX_LINE, utterance_cues, width
from narrate.speak.voices import load_voice

pytest.importorskip("pykakasi")  # the `japanese` extra, which the test extra installs

# sentences from the page's body, as written
YOMIURI = [
    "韓国の 尹錫悦（ユンソンニョル） 大統領は３日夜、緊急談話を出し、"
    "野党が国政をまひさせているとして「非常戒厳」を宣言した。",
    "具体的な措置については明らかにされていない。",
    "韓国憲法は第７７条で、大統領は、戦時などの国家緊急事態や公共の安寧秩序を維持する必要がある場合に、"
    "戒厳令を宣布することができると定めている。",
]
CHINESE_LETTER = "tʃˈaɪniːz"  # how eSpeak NG's Japanese voice says a kanji: "Chinese letter", in English


def story(paragraphs: list[str], title: str = "韓国で「非常戒厳」宣言") -> Story:
    section = Section(title=None, paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return Story(
        source="yomiuri.html", url=None, title=title, byline=None, station=None, date=None, language="ja",
        summary=None, sections=(section,),
    )  # fmt: skip


def test_kanji_are_said_as_kana_by_the_japanese_voice() -> None:
    assert CHINESE_LETTER in phonemes(YOMIURI[1], "ja")  # what eSpeak NG alone does
    for sentence in YOMIURI:
        spoken = normalize(sentence, "ja")
        assert not japanese.KANJI.search(spoken), spoken
        assert CHINESE_LETTER not in phonemes(spoken, "ja")
    assert normalize("具体的な措置", "ja") == "ぐたいてきなそち"
    # kana, digits and punctuation stay as written
    assert normalize("ユンソンニョル、３日", "ja") == "ユンソンニョル、３にち"


def test_other_languages_keep_their_han_text() -> None:
    assert normalize("大统领宣布紧急戒严", "zh") == "大统领宣布紧急戒严"  # Mandarin reads Han itself
    assert normalize("Tokyo 東京", "en") == "Tokyo 東京"


def test_a_line_of_kanji_in_a_japanese_story_is_japanese() -> None:
    # a heading or a list of names all in kanji is Japanese under a Japanese voice, Mandarin under others
    assert passage_language("＜震度５弱＞ 宮崎県延岡市", "ja") is None
    assert passage_language("＜震度５弱＞ 宮崎県延岡市", "en") == "cmn"
    utterances = write_script(story(["宮崎県延岡市、西都市", YOMIURI[1]]), load_voice(None, language="ja"))
    assert [u.language for u in utterances] == [None] * len(utterances)
    assert not any(japanese.KANJI.search(u.spoken) for u in utterances)


def test_a_note_when_kanji_cannot_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    voice = load_voice(None, language="ja")
    read = write_script(story(YOMIURI), voice)
    assert script_notes(read, voice, story(YOMIURI)) == ()
    monkeypatch.setattr(japanese, "_converter", lambda: None)  # as without the japanese extra
    unread = write_script(story(YOMIURI), voice)
    assert [u.spoken for u in unread][2:] == [fold(u.text) for u in unread][2:]  # left as written (folded)
    assert script_notes(unread, voice, story(YOMIURI)) == (japanese.NOTE,)
    # a Japanese passage in an English story needs the reading too; an English story alone does not
    english = dataclasses.replace(story(["Plain English.", YOMIURI[1]]), language="en")
    en_voice = load_voice(None)
    assert script_notes(write_script(english, en_voice), en_voice, english) == (japanese.NOTE,)
    plain = dataclasses.replace(story(["Plain English."], "Title"), language="en")
    assert script_notes(write_script(plain, en_voice), en_voice, plain) == ()


JAPANESE_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # kanji
        st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),  # kana
        st.characters(min_codepoint=0xF900, max_codepoint=0xFAFF),  # compatibility ideographs
        # "\U000e0130", a variation selector, made pykakasi raise IndexError (fuzz_text.py, seed 19)
        st.sampled_from(list("々〆ヶー、。「」（）・0123456789０１２ ABC\n😀\u200b\ufe0f\U000e0130")),
    ),
    max_size=80,
)


@settings(derandomize=True, max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JAPANESE_TEXT)
def test_any_japanese_text_is_read_and_nothing_is_lost(text: str) -> None:
    spoken = normalize(text, "ja")
    # kanji are left only where the dictionary has no reading for them, and then as written
    # (a compatibility ideograph, U+F900-FAFF, is read as its canonical kanji: NFKC's)
    assert all(k in unicodedata.normalize("NFKC", text) for k in japanese.KANJI.findall(spoken)), spoken
    silent = re.sub(
        "[\u200b\ufe00-\ufe0f\U000e0100-\U000e01ef]", "", text
    )  # no sound: a space, a glyph variant
    assert bool(spoken.strip()) == bool(silent.strip())  # nothing said is lost


def test_a_dateline_word_is_said_once() -> None:
    # fundus/jp-YomiuriShimbun: pykakasi dropped "＝" and said "ソウル" twice; the sign is silent in eSpeak NG
    spoken = normalize("【ソウル＝小池和樹】韓国の戒厳令＝ 韓国憲法", "ja")
    assert spoken.count("ソウル") == 1 and spoken.count("かいげんれい") == 1, spoken


def test_a_variation_selector_is_dropped_and_the_kanji_read() -> None:
    # pykakasi 2.3 raised IndexError on a lone selector; the whole paragraph was lost to the fuzz campaign
    assert normalize("漢字\U000e0130と字\ufe0f", "ja") == normalize("漢字と字", "ja")


def test_japanese_captions_keep_to_sentences() -> None:
    """A Japanese paragraph's sentences end at 。 with no space after it: each caption cue stays inside
    one sentence, as in English (they had run from one sentence into the next)."""
    paragraph = YOMIURI[0] + YOMIURI[1] + YOMIURI[2]
    assert split_sentences(paragraph) == [" ".join(s.split()) for s in YOMIURI]
    cues = utterance_cues(paragraph, 0, 30_000)
    assert len(cues) >= 3
    for cue in cues:
        text = cue.text.replace("\n", "").replace(" ", "")
        assert any(text in s.replace(" ", "") for s in YOMIURI), cue


# Real copy: readability's gmw page (Chinese; see tests/data/corpus/README.md for the corpus and licence)
GMW = "但是否应该允许参与者在旅程中痛饮一番？或至少携带能在火星上发酵自制酒精饮料的设备？"


def test_the_text_shown_keeps_full_width_forms() -> None:
    """Captions, the transcript and books show the article's text: its full-width punctuation and digits
    ("（ユンソンニョル）", "３日", "？") stay as written, and a Chinese sentence ends at its full-width "？".
    Only the text spoken is folded (both had been: "痛饮一番?或至少", one cue for two sentences)."""
    zh = dataclasses.replace(story([GMW]), language="zh")
    ja = write_script(story(YOMIURI), load_voice(None, language="ja"))
    first = next(u for u in ja if u.kind == "paragraph")
    assert "尹錫悦（ユンソンニョル）" in first.text and "３日" in first.text
    said = next(u for u in write_script(zh, load_voice(None, language="zh")) if u.kind == "paragraph")
    assert said.text == GMW
    assert split_sentences(said.text) == [
        "但是否应该允许参与者在旅程中痛饮一番？",
        "或至少携带能在火星上发酵自制酒精饮料的设备？",
    ]
    assert [c.text.replace("\n", "") for c in utterance_cues(said.text, 0, 9_000)] == split_sentences(GMW)


def test_chinese_and_japanese_caption_lines_fit_a_line_and_keep_the_text() -> None:
    """A caption line holds 42 columns, 21 Chinese or Japanese characters (they had held 42 characters, 84
    columns), and cutting a sentence written without spaces adds none: each cue is the article's text."""
    for text in ("".join(YOMIURI), GMW):
        cues = utterance_cues(text, 0, 60_000)
        assert all(width(line) <= MAX_LINE for cue in cues for line in cue.lines), cues
        assert all(cue.text in text for cue in cues), cues
        assert "".join(cue.text for cue in cues).replace(" ", "") == text.replace(" ", "")
