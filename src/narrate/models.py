"""Plain data passed between the pipeline's stages.

fetch -> Page -> extract -> Story -> script -> Utterance... -> speak -> Clip... -> assemble -> Audio
-> tag -> publish.  Every stage takes and returns these frozen dataclasses; nothing else crosses a stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

PageKind = Literal["html", "text"]
UtteranceKind = Literal["title", "intro", "heading", "paragraph", "quote", "outro"]


@dataclass(frozen=True)
class Page:
    """A fetched source: the decoded text of an HTML page or of a plain-text/Markdown file."""

    source: str  # as the user gave it: URL, path or "-"
    url: str | None  # the page's URL when known (the URL fetched, or --url)
    content: str
    kind: PageKind


@dataclass(frozen=True)
class Paragraph:
    text: str
    quote: bool = False  # a block quote (<blockquote>), announced when the voice profile asks for it


@dataclass(frozen=True)
class Section:
    title: str | None  # the heading that opened the section; None for the first section without one
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Story:
    """What extraction found: the article's words and its metadata."""

    source: str
    url: str | None
    title: str
    byline: str | None  # person names only, several joined as "A and B" / "A, B and C"
    station: str | None  # the publishing organisation's name
    date: str | None  # ISO 8601 (YYYY-MM-DD, or with time)
    language: str | None  # BCP 47, e.g. "en", "en-US", "es"
    summary: str | None
    sections: tuple[Section, ...]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def words(self) -> int:
        heads = [self.title] + [s.title for s in self.sections if s.title]
        return sum(len(t.split()) for t in heads) + sum(len(p.text.split()) for p in self.paragraphs)


@dataclass(frozen=True)
class Utterance:
    """One clip's worth of speech: what the article says and what the engine is told to say."""

    index: int
    kind: UtteranceKind
    section: int | None  # index into Story.sections; None for title, intro and outro
    text: str  # as written in the article (captions and transcript show this)
    spoken: str  # as sent to the engine, after normalisation and the lexicon
    pause_after_ms: int
    language: str | None = None  # a passage in another writing system than the voice's: its language
    # Filled by speak for the clip that holds this utterance, when the engine reports them (Piper, one chunk
    # per sentence): each sentence's (start_ms, end_ms) from the start of the clip, in order. Captions
    # place cue edges on them; empty: captions share the clip's span by characters (eSpeak).
    marks: tuple[tuple[int, int], ...] = ()
    # Set when normalising this text failed (a rule's bug): why. The text is then spoken as written.
    read_as_written: str = ""


@dataclass(frozen=True)
class VoiceSettings:
    """Everything that changes the sound of a clip or of the joined audio (a voice profile, resolved)."""

    profile: str  # the profile's name, or the path it came from
    voice: str  # eSpeak NG voice identifier, e.g. "gmw/en-us"
    rate: int = 175  # words per minute
    pitch: int = 50  # eSpeak 0-100
    volume: float = 1.0  # 0.0-1.0
    pause_title_ms: int = 900
    pause_paragraph_ms: int = 600
    pause_section_ms: int = 1200
    bitrate: int = 64  # kb/s, constant
    intro: str = "{byline_phrase}{station_phrase}"  # the title is always spoken first, on its own
    outro: str = "{date_phrase}"
    announce_quotes: bool = False
    lexicon: tuple[tuple[str, str], ...] = ()  # (written, spoken) pairs, applied in order
    # "espeak" (pyttsx3 + eSpeak NG, always installed) or "piper" (a Piper neural voice: the `natural` extra).
    # With "piper", `voice` is still the eSpeak NG voice of the model's language (script language, and the
    # voice for passages the model does not speak).
    engine: str = "espeak"
    model: str | None = None  # piper: the voice model's .onnx path (its .onnx.json beside it)
    notes: tuple[str, ...] = ()  # one-line notes for the user about this choice (a language fallback)


@dataclass(frozen=True)
class Clip:
    """A spoken utterance on disk: 16-bit mono PCM WAV as the engine wrote it (22,050 Hz)."""

    utterance: Utterance
    path: Path
    duration_ms: int
    reused: bool = False  # taken from the clip cache, not synthesised in this run
    failed: str | None = None  # why the engine could not speak it: the clip is then a moment of silence
    note: str | None = None  # a one-line note for the user (a passage read by another engine's voice)

    @property
    def marks(self) -> tuple[tuple[int, int], ...]:
        """Sentence (start_ms, end_ms) inside the clip, when the engine gave them (Utterance.marks)."""
        return self.utterance.marks


@dataclass(frozen=True)
class Timing:
    """Where an utterance's speech lies in the final audio (milliseconds, pauses excluded)."""

    utterance: Utterance
    start_ms: int
    end_ms: int
    failed: str | None = None  # not spoken (Clip.failed): captions and transcript say so


@dataclass(frozen=True)
class Chapter:
    """A section of the audio, for ID3 CHAP/CTOC frames and Podcasting 2.0 JSON chapters."""

    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Audio:
    """The encoded MP3 and the facts measured while making it."""

    path: Path
    duration_ms: int
    timings: tuple[Timing, ...]
    bitrate: int
    sample_rate: int
    loudness_lufs: float
    true_peak_dbtp: float


@dataclass(frozen=True)
class Episode:
    """One narrated story: the story, its script, the MP3 and the files written beside it."""

    story: Story
    utterances: tuple[Utterance, ...]
    audio: Audio
    sidecars: dict[str, Path] = field(default_factory=dict)  # "vtt", "srt", "chapters", "html"
    warnings: tuple[str, ...] = ()  # utterances left out of the audio, and why
    # one-line notes (not problems): a story or passage read by another engine's voice than the one chosen
    # (VoiceSettings.notes, Clip.note); the CLI shows them on stderr as "NOTE: ..."
    notes: tuple[str, ...] = ()
