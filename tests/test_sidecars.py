"""Chapters, captions and transcripts, read back with independent parsers (webvtt-py, html.parser, json).

The unit tests build Story, Utterance and Audio objects directly (timings are given data); one test runs
the real pipeline end to end with the speech engine and reads the MP3's chapters back with ffmpeg.
"""

from __future__ import annotations

import dataclasses
import doctest
import html
import itertools
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest
import webvtt

from narrate import sentences, sidecars
from narrate.errors import OutputError
from narrate.models import Audio, Chapter, Paragraph, Section, Story, Timing, Utterance
from narrate.pipeline import ArticleOptions, narrate_article
from narrate.sidecars import (
    MAX_TITLE,
    captions,
    chapter_list,
    transcript,
    transcript_text,
    write_sidecars,
)
from narrate.sidecars.captions import (
    MAX_LINE,
    build_cues,
    chunk_sentence,
    cue_weight,
    split_sentences,
    utterance_cues,
)
from tests.media import probe

MS_PER_CHAR = 55  # roughly eSpeak's pace at 175 words a minute
PAUSE_MS = 600

# Written forms that normalisation would change: captions and transcripts must keep them as written.
SPOKEN = {
    "Dr.": "Doctor",
    "U.S.": "United States",
    "12:55 p.m. ET": "twelve fifty-five p m eastern",
    "$1.2 billion": "one point two billion dollars",
    "ACLU": "A C L U",
    "AT&T": "A T and T",
}


def _spoken(text: str) -> str:
    for written, said in SPOKEN.items():
        text = text.replace(written, said)
    return text


def make_story(
    sections: tuple[Section, ...],
    *,
    title: str = "Amazon Halts Police Use Of Its Technology",
    language: str | None = "en-US",
) -> Story:
    return Story(
        source="test.html",
        url="https://example.org/story?a=1&b=2",
        title=title,
        byline="Bobby Allyn",
        station="Alabama Public Radio",
        date="2020-06-10T12:55:00-04:00",
        language=language,
        summary=None,
        sections=sections,
    )


def make_script(story: Story, *, intro: bool = True) -> tuple[Utterance, ...]:
    """One utterance for the title, intro, each heading and paragraph, and the outro (as script.py makes)."""
    items: list[tuple[str, int | None, str]] = [("title", None, story.title)]
    if intro:
        items.append(("intro", None, f"By {story.byline}, for {story.station}."))
    for number, section in enumerate(story.sections):
        if section.title:
            items.append(("heading", number, section.title))
        items.extend(("quote" if p.quote else "paragraph", number, p.text) for p in section.paragraphs)
    items.append(("outro", None, "This story was published on June 10, 2020."))
    return tuple(
        Utterance(
            index=i,
            kind=kind,
            section=section,
            text=text,
            spoken=_spoken(text),
            pause_after_ms=PAUSE_MS,
        )
        for i, (kind, section, text) in enumerate(items)
    )


def make_audio(utterances: tuple[Utterance, ...], path: Path = Path("out.mp3")) -> Audio:
    """Timings as assemble() reports them: each clip's speech, then its pause."""
    timings, clock = [], 300
    for u in utterances:
        end = clock + MS_PER_CHAR * len(u.spoken)
        timings.append(Timing(u, clock, end))
        clock = end + u.pause_after_ms
    return Audio(
        path=path,
        duration_ms=clock,
        timings=tuple(timings),
        bitrate=64,
        sample_rate=44100,
        loudness_lufs=-16.0,
        true_peak_dbtp=-1.5,
    )


SEED_SECTIONS = (
    Section(
        None,
        (
            Paragraph(
                "Amazon announced on Wednesday a one-year moratorium on police use of its facial-recognition "
                "technology, yielding to pressure from police-reform advocates and civil rights groups."
            ),
            Paragraph(
                "It is unclear how many law enforcement agencies in the U.S. deploy Amazon's artificial "
                "intelligence tool. Updated on June 12 at 12:55 p.m. ET."
            ),
        ),
    ),
    Section(
        "What Dr. Buolamwini found",
        (
            Paragraph(
                "Researchers have long criticized the technology for producing inaccurate results for people "
                "with darker skin."
            ),
            Paragraph(
                "In a letter to Congress, chief executive Arvind Krishna condemned software that is used "
                '"for mass surveillance, racial profiling, violations of basic human rights and freedoms."',
                quote=True,
            ),
        ),
    ),
    Section(
        "Money & <markup> at AT&T",
        (
            Paragraph(
                "The ACLU said the $1.2 billion deal <script>alert(1)</script> was a mistake: see "
                "https://www.example.org/a/very/long/path/that/goes/on/and/on/forever/index.html today."
            ),
        ),
    ),
)


@pytest.fixture
def seed() -> tuple[Story, tuple[Utterance, ...], Audio]:
    story = make_story(SEED_SECTIONS)
    utterances = make_script(story)
    return story, utterances, make_audio(utterances)


# --- chapters --------------------------------------------------------------------------------------------


def check_contiguous(chapters: list[Chapter], duration_ms: int) -> None:
    assert chapters[0].start_ms == 0
    assert chapters[-1].end_ms == duration_ms
    for before, after in itertools.pairwise(chapters):
        assert before.end_ms == after.start_ms
    assert all(c.end_ms > c.start_ms for c in chapters)


def test_chapters_one_per_section_contiguous(seed: tuple[Story, tuple[Utterance, ...], Audio]) -> None:
    story, _utterances, audio = seed
    chapters = chapter_list(story, audio)
    assert [c.title for c in chapters] == [
        "Amazon announced on Wednesday a one-year…",
        "What Dr. Buolamwini found",
        "Money & <markup> at AT&T",
    ]
    check_contiguous(chapters, audio.duration_ms)
    # the second and third chapters start exactly where their headings are heard
    heads = [t.start_ms for t in audio.timings if t.utterance.kind == "heading"]
    assert [c.start_ms for c in chapters[1:]] == heads


def test_chapter_titles_with_many_sections_and_a_long_headline() -> None:
    long_heading = "A heading that goes on " + "and on " * 40 + "to the end"
    sections = tuple(
        Section(
            None if n % 3 == 0 else (long_heading if n == 7 else f"Part {n}: the {n}th turn of events"),
            (
                Paragraph(
                    f"Paragraph {n} opens with several words, and then it continues for a while longer."
                ),
            ),
        )
        for n in range(34)
    )
    story = make_story(sections, title="A Very Long Headline " + "That Keeps Going " * 30)
    audio = make_audio(make_script(story))
    chapters = chapter_list(story, audio)
    assert len(chapters) == 34
    check_contiguous(chapters, audio.duration_ms)
    assert all(0 < len(c.title) <= MAX_TITLE for c in chapters)
    assert chapters[0].title == "Paragraph 0 opens with several words…"
    assert chapters[1].title == "Part 1: the 1th turn of events"
    assert chapters[7].title.startswith("A heading that goes on and on") and chapters[7].title.endswith("…")
    # the headline is never cut: it is the transcript's first line in full
    assert transcript_text(story, make_script(story)).splitlines()[0] == story.title


def test_chapters_without_section_speech_use_the_headline() -> None:
    story = make_story((Section(None, ()),), title="Headline " * 40)
    audio = make_audio(make_script(story))
    chapters = chapter_list(story, audio)
    assert len(chapters) == 1
    assert (chapters[0].start_ms, chapters[0].end_ms) == (0, audio.duration_ms)
    assert chapters[0].title.startswith("Headline Headline") and len(chapters[0].title) <= MAX_TITLE


def test_chapters_json_structure(tmp_path: Path, seed: tuple[Story, tuple[Utterance, ...], Audio]) -> None:
    story, utterances, audio = seed
    chapters = chapter_list(story, audio)
    paths = write_sidecars(story, utterances, audio, chapters, tmp_path / "story.mp3")
    assert paths["chapters"] == tmp_path / "story.chapters.json"
    doc = json.loads(paths["chapters"].read_text(encoding="utf-8"))
    assert doc["version"] == "1.2.0"
    assert doc["fileName"] == "story.mp3"
    assert [c["title"] for c in doc["chapters"]] == [c.title for c in chapters]
    starts = [c["startTime"] for c in doc["chapters"]]
    assert starts[0] == 0 and starts == sorted(starts)
    for item, chapter in zip(doc["chapters"], chapters, strict=True):
        assert set(item) <= {"startTime", "endTime", "title", "img", "url", "toc"}
        assert isinstance(item["startTime"], int | float) and isinstance(item["title"], str)
        assert item["startTime"] == pytest.approx(chapter.start_ms / 1000)
        assert item["endTime"] == pytest.approx(chapter.end_ms / 1000)
    assert doc["chapters"][-1]["endTime"] == pytest.approx(audio.duration_ms / 1000)


# --- captions --------------------------------------------------------------------------------------------


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_captions(path: Path, audio: Audio) -> list[webvtt.Caption]:
    """Parse a VTT (or SRT) file with webvtt-py and check every caption rule; return the captions."""
    captions = webvtt.from_srt(str(path)) if path.suffix == ".srt" else webvtt.read(str(path), strict=True)
    assert len(captions) > 0
    previous_end = 0
    for caption in captions:
        lines = caption.text.split("\n")
        assert len(lines) in (1, 2), caption
        assert all(0 < len(html.unescape(line)) <= MAX_LINE for line in lines), caption
        start, end = caption.start_time.in_milliseconds(), caption.end_time.in_milliseconds()
        assert previous_end <= start < end <= audio.duration_ms, caption
        previous_end = end
    return list(captions)


def test_vtt_and_srt_rules(tmp_path: Path, seed: tuple[Story, tuple[Utterance, ...], Audio]) -> None:
    story, utterances, audio = seed
    paths = write_sidecars(story, utterances, audio, chapter_list(story, audio), tmp_path / "story.mp3")
    assert paths["vtt"].read_text(encoding="utf-8").startswith("WEBVTT\n")
    vtt = check_captions(paths["vtt"], audio)
    srt = check_captions(paths["srt"], audio)
    assert [(c.start, c.end) for c in vtt] == [(c.start, c.end) for c in srt]
    # SRT has no escapes: its raw text is the article's (webvtt-py's .text would drop the "<markup>")
    assert [html.unescape(c.text) for c in vtt] == [c.raw_text for c in srt]
    # the captions show every word as written, in order, and nothing of the spoken form
    shown = _flat("".join(html.unescape(c.text) for c in vtt))
    assert shown == _flat("".join(u.text for u in utterances))
    for said in SPOKEN.values():
        assert said not in shown
    assert "&amp;" in paths["vtt"].read_text(encoding="utf-8")  # AT&T escaped in WebVTT ...
    assert "AT&T" in paths["srt"].read_text(encoding="utf-8")  # ... and as written in SRT


def test_cues_are_sentences_or_shorter_and_keep_utterance_bounds(
    seed: tuple[Story, tuple[Utterance, ...], Audio],
) -> None:
    _, _, audio = seed
    for timing in audio.timings:
        cues = utterance_cues(timing.utterance.text, timing.start_ms, timing.end_ms)
        # exact at the utterance's edges, proportional inside
        assert cues[0].start_ms == timing.start_ms and cues[-1].end_ms == timing.end_ms
        sentences = split_sentences(timing.utterance.text)
        for cue in cues:  # no cue spans two sentences
            assert any(cue.text.replace(" ", "") in s.replace(" ", "") for s in sentences), cue
    paragraph = audio.timings[3]
    cues = utterance_cues(paragraph.utterance.text, paragraph.start_ms, paragraph.end_ms)
    assert len(cues) == 3  # a 103-character sentence (two cues) and a 36-character one
    # time shared in proportion to characters, the sentence's pause and the comma's counted in
    weights = [cue_weight(c.lines, ends_sentence=c.text.endswith(".")) for c in cues]
    assert weights == [len(cues[0].text), len(cues[1].text) + 12, len(cues[2].text) + 12]
    per_weight = [(c.end_ms - c.start_ms) / w for c, w in zip(cues, weights, strict=True)]
    assert max(per_weight) / min(per_weight) < 1.02


def test_sentence_splitting_keeps_abbreviations() -> None:
    text = "Sen. Warren met Dr. J. Smith in Washington, D.C., at 9 a.m. Friday. Was it news? “Yes,” he said."
    assert split_sentences(text) == [
        "Sen. Warren met Dr. J. Smith in Washington, D.C., at 9 a.m. Friday.",
        "Was it news?",
        "“Yes,” he said.",
    ]


def test_long_words_and_tiny_spans_stay_inside_the_rules() -> None:
    url = "https://example.org/" + "x" * 150
    cues = chunk_sentence(f"Read {url} now.")
    assert all(len(line) <= MAX_LINE for cue in cues for line in cue)
    assert _flat("".join("".join(c) for c in cues)) == _flat(f"Read {url} now.")
    # a span too short for its cues: each kept cue still lasts at least 1 ms and stays inside
    tiny = utterance_cues("One. Two. Three. Four.", 1000, 1003)
    assert [(c.start_ms, c.end_ms) for c in tiny] == [(1000, 1001), (1001, 1002), (1002, 1003)]
    assert utterance_cues("Nothing fits.", 5, 5) == []


def test_cues_clipped_to_the_audio_and_never_overlapping(
    seed: tuple[Story, tuple[Utterance, ...], Audio],
) -> None:
    _, utterances, _ = seed
    # timings that overlap and run past the end (never made by assemble, handled anyway)
    timings = (
        Timing(utterances[0], 0, 2000),
        Timing(utterances[1], 1500, 4000),
        Timing(utterances[2], 3900, 9000),
    )
    cues = build_cues(timings, duration_ms=5000)
    assert cues[0].start_ms == 0 and cues[-1].end_ms == 5000
    assert all(a.end_ms <= b.start_ms for a, b in itertools.pairwise(cues))


# --- transcripts -----------------------------------------------------------------------------------------


def test_transcript_text_is_the_story_as_written(seed: tuple[Story, tuple[Utterance, ...], Audio]) -> None:
    story, utterances, _ = seed
    text = transcript_text(story, utterances)
    blocks = text.strip().split("\n\n")
    assert blocks[0] == (
        "Amazon Halts Police Use Of Its Technology\nBy Bobby Allyn · Alabama Public Radio · June 10, 2020"
    )
    expected = [
        SEED_SECTIONS[0].paragraphs[0].text,
        SEED_SECTIONS[0].paragraphs[1].text,
        "What Dr. Buolamwini found",
        *(p.text for p in SEED_SECTIONS[1].paragraphs),
        "Money & <markup> at AT&T",
        SEED_SECTIONS[2].paragraphs[0].text,
    ]
    assert blocks[1:] == expected
    for said in SPOKEN.values():
        assert said not in text


class PageParser(HTMLParser):
    """Collects what an accessibility check looks at: lang, title, landmarks, headings, paragraphs, links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.stack: list[str] = []
        self.elements: list[tuple[str, tuple[str, ...], str]] = []  # (tag, open ancestors, text)
        self.links: list[str] = []
        self.tags: set[str] = set()
        self._text: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        if tag in {"meta", "link"}:
            return
        self.stack.append(tag)
        self._text.append([])

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()
        text = "".join(self._text.pop())
        self.elements.append((tag, tuple(self.stack), text))
        if self._text:
            self._text[-1].append(text)

    def handle_data(self, data: str) -> None:
        if self._text:
            self._text[-1].append(data)

    def texts(self, tag: str, inside: str | None = None) -> list[str]:
        return [
            text
            for t, ancestors, text in self.elements
            if t == tag and (inside is None or inside in ancestors)
        ]


def test_html_transcript_page(tmp_path: Path, seed: tuple[Story, tuple[Utterance, ...], Audio]) -> None:
    story, utterances, audio = seed
    paths = write_sidecars(story, utterances, audio, chapter_list(story, audio), tmp_path / "my story.mp3")
    page = PageParser()
    page.feed(paths["html"].read_text(encoding="utf-8"))
    page.close()
    assert page.stack == []  # every element closed in order
    assert page.lang == "en-US"
    assert page.texts("title") == ["Amazon Halts Police Use Of Its Technology (transcript)"]
    assert page.texts("h1", inside="header") == [story.title]
    assert {"header", "main", "footer"} <= page.tags
    assert "script" not in page.tags  # the article's "<script>" is shown as text, not run
    header = " ".join(page.texts("div", inside="header"))
    assert "By Bobby Allyn" in header and "Alabama Public Radio" in header and "June 10, 2020" in header
    assert page.texts("time") == ["June 10, 2020"]
    assert page.texts("h2", inside="main") == [s.title for s in story.sections if s.title]
    assert page.texts("p", inside="main") == [p.text for p in story.paragraphs]
    assert page.texts("p", inside="blockquote") == [p.text for p in story.paragraphs if p.quote]
    assert "my%20story.mp3" in page.links and "my%20story.vtt" in page.links
    assert story.url in page.links


def test_html_language_and_missing_metadata(tmp_path: Path) -> None:
    story = Story(
        source="s.txt",
        url=None,
        title="¿Qué pasa?",
        byline=None,
        station=None,
        date="2021-03-04",
        language="es",
        summary=None,
        sections=(Section(None, (Paragraph("Hola, mundo."),)),),
    )
    utterances = make_script(story, intro=False)
    audio = make_audio(utterances)
    paths = write_sidecars(story, utterances, audio, chapter_list(story, audio), tmp_path / "que.mp3")
    page = PageParser()
    page.feed(paths["html"].read_text(encoding="utf-8"))
    assert page.lang == "es"
    assert page.texts("h1") == ["¿Qué pasa?"]
    assert page.texts("time") == ["4 de marzo de 2021"]
    assert page.texts("a", inside="header") == ["Escuchar esta noticia"]  # the page's own words in Spanish
    assert transcript_text(story, utterances) == "¿Qué pasa?\n4 de marzo de 2021\n\nHola, mundo.\n"
    # a language narrate has no words for: English ones, each element saying so, and the ISO date
    body = (Section(None, (Paragraph("本"),)),)
    japanese = dataclasses.replace(story, language="ja", title="図書館", sections=body)
    script = make_script(japanese)
    paths = write_sidecars(japanese, script, audio, chapter_list(japanese, audio), tmp_path / "ja.mp3")
    source = paths["html"].read_text(encoding="utf-8")
    assert '<html lang="ja">' in source and '<footer lang="en">' in source
    assert '<div class="listen" lang="en">' in source
    assert '<time datetime="2021-03-04">2021-03-04</time>' in source


def test_write_failure_leaves_no_sidecar(
    tmp_path: Path, seed: tuple[Story, tuple[Utterance, ...], Audio]
) -> None:
    story, utterances, audio = seed
    (tmp_path / "story.html").mkdir()  # the last file cannot replace a folder
    with pytest.raises(OutputError, match=r"story\.html: cannot write"):
        write_sidecars(story, utterances, audio, chapter_list(story, audio), tmp_path / "story.mp3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.html"]


AXE = Path(__file__).resolve().parent / "browser" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE_RUN = """<script src="axe.min.js"></script><script>
axe.run().then(r => { const out = document.createElement("pre"); out.id = "axe-result";
  out.textContent = JSON.stringify(r.violations.map(v => [v.id, v.impact, v.nodes.map(n => n.target)]));
  document.body.appendChild(out); });
</script></body>"""


@pytest.mark.browser
@pytest.mark.skipif(not (CHROMIUM and AXE.exists()), reason="needs chromium and axe-core")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_html_transcript_passes_axe_in_chromium(
    tmp_path: Path, seed: tuple[Story, tuple[Utterance, ...], Audio], scheme: str
) -> None:
    """axe-core, run in headless chromium, finds no violation at all on the page (light and dark colours)."""
    story, utterances, audio = seed
    paths = write_sidecars(story, utterances, audio, chapter_list(story, audio), tmp_path / "story.mp3")
    shutil.copy(AXE, tmp_path / "axe.min.js")
    page = tmp_path / "axe.html"
    page.write_text(paths["html"].read_text(encoding="utf-8").replace("</body>", AXE_RUN), encoding="utf-8")
    flags = ["--force-dark-mode"] if scheme == "dark" else []
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", *flags, "--virtual-time-budget=20000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    found = re.search(r'<pre id="axe-result">(.*?)</pre>', proc.stdout, re.S)
    assert found, proc.stderr[-2000:]
    assert json.loads(html.unescape(found.group(1))) == []


# --- end to end ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_pipeline_writes_sidecars_that_match_the_mp3(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "sections-page.html"
    out = tmp_path / "episode.mp3"
    episode = narrate_article(str(example), out, ArticleOptions(sidecars=True))
    assert set(episode.sidecars) == {"chapters", "vtt", "srt", "html", "timings"}
    assert all(p.exists() and p.parent == tmp_path for p in episode.sidecars.values())

    info = probe(out)
    doc = json.loads(episode.sidecars["chapters"].read_text(encoding="utf-8"))
    spoken_sections = {t.utterance.section for t in episode.audio.timings} - {None}
    assert len(doc["chapters"]) == len(spoken_sections) >= 1
    # the MP3's own chapters (CHAP/CTOC, read by ffmpeg) agree with the JSON chapters; ffmpeg lists CHAP
    # frames in file order, which mutagen sets by frame size (players order them by CTOC and time)
    mp3_chapters = sorted(info.chapters)
    assert [c[2] for c in mp3_chapters] == [c["title"] for c in doc["chapters"]]
    for (start, end, _), item in zip(mp3_chapters, doc["chapters"], strict=True):
        assert start == pytest.approx(item["startTime"], abs=0.002)
        assert end == pytest.approx(item["endTime"], abs=0.002)
    assert doc["chapters"][-1]["endTime"] == pytest.approx(info.duration_s, abs=0.1)

    captions = check_captions(episode.sidecars["vtt"], episode.audio)
    assert captions[-1].end_time.in_milliseconds() <= info.duration_s * 1000 + 50
    shown = _flat("".join(html.unescape(c.text) for c in captions))
    assert shown == _flat("".join(u.text for u in episode.utterances))  # every word heard, as written

    page = PageParser()
    page.feed(episode.sidecars["html"].read_text(encoding="utf-8"))
    assert page.texts("h1") == [episode.story.title]
    assert page.texts("p", inside="main") == [p.text for p in episode.story.paragraphs]
    assert out.name in page.links


@pytest.mark.parametrize("module", [captions, sentences, transcript, sidecars])
def test_doctests(module: ModuleType) -> None:
    """The examples in the docstrings hold (sentence splitting, line layout, titles, dates)."""
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


# --- timings (OUT.timings.json) ---------------------------------------------------------------------------


def test_timings_sidecar_round_trips_and_sentences_tile_each_utterance(
    seed: tuple[Story, tuple[Utterance, ...], Audio], tmp_path: Path
) -> None:
    from narrate.sidecars import story_timings  # noqa: PLC0415
    from narrate.sidecars.read import timings_in  # noqa: PLC0415

    story, utterances, audio = seed
    paths = write_sidecars(story, utterances, audio, chapter_list(story, audio), tmp_path / "story.mp3")
    assert paths["timings"] == tmp_path / "story.timings.json"
    read = timings_in(paths["timings"])
    assert read == story_timings(story, audio, "story.mp3")
    assert read is not None and read.duration_ms == audio.duration_ms and read.mp3 == "story.mp3"
    assert [u.index for u in read.utterances] == [u.index for u in utterances]
    for timing, u in zip(audio.timings, read.utterances, strict=True):
        assert (u.start_ms, u.end_ms, u.text) == (timing.start_ms, timing.end_ms, timing.utterance.text)
        assert [s.text for s in u.sentences] == captions.split_sentences(u.text)
        assert u.sentences[0].start_ms == u.start_ms and u.sentences[-1].end_ms == u.end_ms
        assert all(a.end_ms == b.start_ms for a, b in itertools.pairwise(u.sentences))
    # the sentence edges are the caption cues' edges
    cue_edges = {c.start_ms for c in build_cues(audio.timings, audio.duration_ms)}
    assert {s.start_ms for u in read.utterances for s in u.sentences} <= cue_edges
    (tmp_path / "bad.json").write_text('{"format": 1}')
    assert timings_in(tmp_path / "bad.json") is None and timings_in(tmp_path / "missing.json") is None


def test_sentence_spans_follow_the_engines_marks() -> None:
    text = "One two. Three four five six. Seven."
    spans = captions.sentence_spans(text, 1000, 4000, [(1000, 1600), (1700, 3000), (3100, 4000)])
    assert [(a, b) for _t, a, b in spans] == [(1000, 1700), (1700, 3100), (3100, 4000)]
    shared = captions.sentence_spans(text, 1000, 4000)
    assert (
        shared[0][1] == 1000
        and shared[-1][2] == 4000
        and [t for t, _a, _b in shared]
        == [
            "One two.",
            "Three four five six.",
            "Seven.",
        ]
    )
    assert captions.sentence_spans(text, 1000, 1002) == [(text, 1000, 1002)]
