"""Properties of the stages that take user text, over generated input (hypothesis, fixed seed and budget):
the script stage and caption wrapping never raise, lose no word and keep their promises on any text.
(Normalisation and extraction have theirs in test_normalize.py and test_extract.py.)"""

from __future__ import annotations

import itertools
import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from narrate.models import Paragraph, Section, Story, Timing, Utterance
from narrate.script import write_script
from narrate.script.lexicon import Lexicon
from narrate.script.passages import fold, passage_language, script_of
from narrate.sentences import ABBREVIATIONS, paragraph_parts, split_sentences
from narrate.sidecars.captions import MAX_LINE, MAX_LINES, build_cues, to_srt, to_vtt, utterance_cues
from narrate.speak.voices import load_voice
from narrate.speak.worker import pieces

SETTINGS = settings(
    derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# news-like words, other scripts, numbers and symbols, and arbitrary text
_WORD = st.one_of(
    st.sampled_from(
        ["The", "mayor", "said", "Jan.", "3:30", "p.m.", "$1.5", "million", "—", "“Quote”", "U.S."]
    ),
    st.sampled_from(
        ["Привет", "مرحبا", "ﺍﻟﺴﻼﻡ", "東京", "서울", "שלום", "Ελλάδα", "ＡＢＣ", "ﬁne", "&#x01;"]
    ),
    st.from_regex(r"[0-9]{1,40}", fullmatch=True),
    st.text(min_size=1, max_size=12),
)
_TEXT = st.lists(_WORD, min_size=1, max_size=40).map(" ".join)
PASSAGE_LANGUAGES = {
    None,
    "ar",
    "fa",
    "ur",
    "ru",
    "uk",
    "bg",
    "sr",
    "mk",
    "be",
    "kk",
    "he",
    "el",
    "cmn",
    "ja",
    "ko",
}
PASSAGE_LANGUAGES |= {"th", "hy", "ka", "bn", "ta", "hi"}
_COMPATIBILITY_FORM = re.compile("[\ufb00-\ufdff\ufe70-\ufeff\uff00-\uffef]")  # what fold() folds


def _as_shown(text: str) -> str:
    """TEXT as captions and the transcript show it: presentation forms and ligatures in NFKC, full-width and
    half-width forms as written."""
    return re.sub(
        "[\ufb00-\ufdff\ufe70-\ufeff]+", lambda m: unicodedata.normalize("NFKC", m.group()), text
    ).strip()


def _columns(line: str) -> int:
    """Screen columns: two for an East Asian wide or full-width character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _story(title: str, byline: str | None, paragraphs: list[str], language: str | None) -> Story:
    sections = (Section(None, tuple(Paragraph(p) for p in paragraphs)),)
    return Story("test", None, title, byline, "Radio Example", "2024-05-01", language, None, sections)


@SETTINGS
@given(
    title=_TEXT,
    byline=st.one_of(st.none(), _TEXT),
    paragraphs=st.lists(_TEXT, min_size=1, max_size=5),
    language=st.sampled_from(["en", "en-US", "es", "fr", "de", "ja", None]),
)
def test_script_never_raises_and_keeps_every_paragraph(
    title: str, byline: str | None, paragraphs: list[str], language: str | None
) -> None:
    story = _story(title, byline, paragraphs, language)
    utterances = write_script(story, load_voice(None, language=language), lexicon=Lexicon())
    assert [u.index for u in utterances] == list(range(len(utterances)))
    shown = [u.text for u in utterances if u.kind == "paragraph"]
    assert shown == [_as_shown(p) for p in paragraphs if p.strip()]  # the text as written
    assert all(u.pause_after_ms >= 0 for u in utterances)
    assert utterances[0].kind == "title" and utterances[0].text == _as_shown(title)
    assert utterances[-1].pause_after_ms == 0


# scripts a passage's letters may all be in, by their Unicode names (not narrate's own classification)
_OTHER_SCRIPTS = {"CYRILLIC", "ARABIC", "HEBREW", "GREEK"}


@SETTINGS
@given(text=st.one_of(st.text(max_size=300), _TEXT), language=st.sampled_from(["en", "ru", "ar", "ja", None]))
# random text is seldom in one other script: passages that are, so that a passage_language that never finds
# one fails here too
@example(text="Привет, мир!", language="en")
@example(text="ﺍﻟﺴﻼﻡ عليكم", language=None)
@example(text="שלום 2024", language="en")
@example(text="Ελλάδα", language="en")
def test_passages_never_raise(text: str, language: str | None) -> None:
    folded = fold(text)
    assert fold(folded) == folded  # folding is done once and for all
    assert unicodedata.normalize("NFKC", folded) == unicodedata.normalize("NFKC", text)  # meaning kept
    # no presentation form, full-width letter or ligature is left as it was written
    assert all(unicodedata.normalize("NFKC", c) == c for c in folded if _COMPATIBILITY_FORM.match(c))
    found = passage_language(folded, language)
    assert found in PASSAGE_LANGUAGES
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in folded if c.isalpha()}
    if language in ("en", None) and len(scripts) == 1 and scripts <= _OTHER_SCRIPTS:
        assert found is not None  # an English voice cannot read a passage all in another script
    # only text mostly in another script than the voice's gets a language, one whose voice reads it as it is
    assert found is None or script_of(folded) not in (None, "Latin", "Other")
    assert found is None or passage_language(folded, found) is None
    assert (
        passage_language(" ".join(w for w in folded.split() if w.isascii()), language) is None
    )  # Latin: none


# Words of real copy in scripts other than Latin, with the language(s) a passage of them may be given.
_SCRIPT_WORDS = {
    "Cyrillic": (["Привет", "мир", "Київ", "София", "новости"], {"ru", "uk", "bg", "sr", "mk", "be", "kk"}),
    "Arabic": (["مرحبا", "ﺍﻟﺴﻼﻡ", "عليكم", "خبر"], {"ar", "fa", "ur"}),
    "Hebrew": (["שלום", "עולם", "חדשות"], {"he"}),
    "Greek": (["Ελλάδα", "Αθήνα", "ειδήσεις"], {"el"}),
    "Hangul": (["서울", "뉴스", "대한민국"], {"ko"}),
    "Kana": (["ニュース", "ありがとう", "です"], {"ja"}),
}


@SETTINGS
@given(
    passage=st.sampled_from(sorted(_SCRIPT_WORDS)).flatmap(
        lambda script: st.tuples(
            st.just(script), st.lists(st.sampled_from(_SCRIPT_WORDS[script][0]), min_size=1, max_size=8)
        )
    )
)
def test_a_passage_in_another_script_gets_a_language_of_that_script(passage: tuple[str, list[str]]) -> None:
    script, words = passage
    text = fold(" ".join(words))
    found = passage_language(text, "en")  # an English voice cannot read it
    assert found in _SCRIPT_WORDS[script][1]
    assert passage_language(text, found) is None  # that language's own voice reads it as it is


# a word wider than a line, which generated words (at most 40 characters) never are: a long address, and
# Chinese written without spaces
_WIDE_WORDS = (
    "see https://www.example.org/2024/06/10/a-very-long-path-to-a-story-about-the-city-budget today",
    "或至少携带能在火星上发酵自制酒精饮料的设备，痛饮一番？或至少携带能在火星上发酵自制酒精饮料的设备。",
)


@SETTINGS
@given(text=_TEXT, start=st.integers(0, 10**7), length=st.integers(0, 10**6))
def test_caption_cues_stay_in_their_span_and_keep_the_words(text: str, start: int, length: int) -> None:
    cues = utterance_cues(text, start, start + length)
    previous = start
    for cue in cues:
        assert previous <= cue.start_ms < cue.end_ms <= start + length
        assert 0 < len(cue.lines) <= MAX_LINES
        assert all(line.strip() for line in cue.lines)
        previous = cue.end_ms
    shown = [w for c in cues for line in c.lines for w in line.split()]
    words = iter(text.split())
    assert all(w in words for w in shown)  # the words shown are the text's, in order (a cue may not fit)
    assert bool(cues) == (bool(text.split()) and length > 0)  # any room at all shows words
    room = utterance_cues(text, start, start + max(length, len(text)))  # a millisecond a character
    assert [w for c in room for line in c.lines for w in line.split()] == text.split()  # no word is lost


@SETTINGS
@given(text=_TEXT)
@example(text=_WIDE_WORDS[0])
@example(text=_WIDE_WORDS[1])
def test_caption_lines_fit_where_words_do(text: str) -> None:
    cues = utterance_cues(text, 0, 10**6)
    assert bool(cues) == bool(text.split())  # words give cues; whitespace alone gives none
    for cue in cues:
        for line in cue.lines:
            assert _columns(line) <= MAX_LINE  # a word too wide for a line (a URL, Chinese) is cut to fit


@SETTINGS
@given(
    text=st.lists(
        st.one_of(
            _WORD,
            st.text(alphabet="或至少携带能在火星上发酵自制酒精饮料的设备，。？", min_size=22, max_size=120),
            st.from_regex(r"https://[a-z]{3,12}\.org(/[a-z0-9-]{5,30}){2,5}", fullmatch=True),
        ),
        min_size=1,
        max_size=8,
    ).map(" ".join)
)
@example(text=_WIDE_WORDS[0])
@example(text=_WIDE_WORDS[1])
def test_a_word_wider_than_a_line_is_cut_and_loses_nothing(text: str) -> None:
    """Words wider than a caption line (an address, Chinese without spaces): the one above never meets
    them. They are cut to fit, and with room enough every character is shown, in order."""
    cues = utterance_cues(text, 0, 10 * len(text) + 10)
    assert all(_columns(line) <= MAX_LINE for cue in cues for line in cue.lines)
    shown = "".join(line for cue in cues for line in cue.lines)
    assert re.sub(r"\s", "", shown) == re.sub(r"\s", "", text)


@SETTINGS
@given(texts=st.lists(_TEXT, min_size=1, max_size=4))
# generated text almost never holds "-->", which a caption reader takes for a timing line: text that does
@example(texts=["Then --> now", "a-->b --> c"])
def test_caption_files_are_written_for_any_text(texts: list[str]) -> None:
    timings = [
        Timing(Utterance(i, "paragraph", 0, t, t, 0), i * 10_000, i * 10_000 + 9_000)
        for i, t in enumerate(texts)
    ]
    cues = build_cues(timings, len(texts) * 10_000)
    assert len(cues) >= sum(1 for t in texts if t.split())  # every utterance with words has its cues
    vtt, srt = to_vtt(cues), to_srt(cues)
    assert vtt.startswith("WEBVTT") and vtt.count("-->") == len(cues)  # cue text can never fake a timing
    assert srt.count(" --> ") == len(cues)


@SETTINGS
@given(st.lists(_TEXT, min_size=1, max_size=12).map(". ".join), st.integers(min_value=10, max_value=400))
def test_paragraph_parts_keep_every_word_in_order_within_the_limit(text: str, limit: int) -> None:
    parts = paragraph_parts(text, limit)
    assert " ".join(parts).split() == text.split()
    # over the limit only a part that is one sentence by itself
    assert all(len(p) <= limit or split_sentences(p) == [p] for p in parts)
    # packed: the next part's first sentence would not have fitted in the one before
    assert all(len(a) + 1 + len(split_sentences(b)[0]) > limit for a, b in itertools.pairwise(parts))


# sentences whose edges the test knows without asking narrate's splitter: plain words, a capital first, one
# stop at the end, after a word that is neither an initial ("J.") nor an abbreviation ("Dr.", "etc.")
_SENTENCE = (
    st.tuples(
        st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
        st.lists(st.from_regex(r"[a-z]{2,10}", fullmatch=True), max_size=15),
        st.sampled_from([".", "!", "?"]),
    )
    .map(lambda s: ([s[0], *s[1]], s[2]))
    .filter(lambda s: s[0][-1].lower() not in ABBREVIATIONS)
    .map(lambda s: " ".join(s[0]) + s[1])
)


@SETTINGS
@given(st.lists(_SENTENCE, min_size=1, max_size=20), st.data())
def test_paragraph_parts_are_runs_of_whole_sentences(sentences: list[str], data: st.DataObject) -> None:
    """The same property against sentences the test made itself (the one above asks split_sentences, which
    paragraph_parts uses too, where a sentence ends). The limit is often exactly the length of a run of
    sentences, where a run that just fits must be packed: an off-by-one at the limit fails here."""
    runs_of = [len(" ".join(sentences[i:j])) for i in range(len(sentences)) for j in range(i + 1, i + 4)]
    limit = data.draw(st.one_of(st.integers(10, 400), st.sampled_from(runs_of)), label="limit")
    parts = paragraph_parts(" ".join(sentences), limit)
    runs, at = [], 0  # each part is sentences[at:at + n] joined
    for part in parts:
        ends = range(1, len(sentences) - at + 1)
        n = next((n for n in ends if " ".join(sentences[at : at + n]) == part), 0)
        assert n, (part, sentences[at:])
        runs.append(sentences[at : at + n])
        at += n
    assert at == len(sentences)
    assert all(len(" ".join(run)) <= limit or len(run) == 1 for run in runs)
    assert all(len(" ".join(a)) + 1 + len(b[0]) > limit for a, b in itertools.pairwise(runs))


@SETTINGS
@given(_TEXT, st.integers(min_value=1, max_value=300))
def test_speech_pieces_join_back_into_the_text(text: str, limit: int) -> None:
    parts = pieces(text, limit)
    assert "".join(parts) == text
    assert all(len(p) <= limit for p in parts) and all(parts[:-1])
    # a piece ends at a break (after a space, or a Chinese/Japanese stop or comma) whenever it has a space
    at_break = [p[-1].isspace() or p[-1] in "。！？、，；" or not any(c.isspace() for c in p) for p in parts]
    assert all(at_break[:-1])
