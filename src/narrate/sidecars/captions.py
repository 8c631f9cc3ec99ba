"""Captions: the article's own words cut into short cues, timed from the clips, as WebVTT and SRT.

A cue holds one sentence or part of one, at most two lines of at most 42 columns (the common broadcast
limit). An utterance's start and end in the audio are exact (measured from its clip); inside it, the time is
shared among its cues in proportion to their characters, with the engine's pauses after sentences and
commas counted as characters too (measured: see SENTENCE_PAUSE_CHARS). When the engine reported where each
sentence lies in the clip (Utterance.marks: Piper speaks a sentence at a time) and its sentences are the
caption's sentences, each sentence's cues share that sentence's real span instead.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from narrate.display import timestamp
from narrate.models import Timing
from narrate.sentences import split_sentences

MAX_LINE = 42  # columns: a Chinese or Japanese character takes two (East Asian Wide), so 21 of them
MAX_LINES = 2

_CLAUSE_END = re.compile(r"[,;:—–、，；：]$|^[—–]$")
# Words a line or a cue reads badly ending on (English articles, prepositions and conjunctions).
WEAK_ENDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "as",
    ]
)


@dataclass(frozen=True)
class Cue:
    """One caption: its lines as written and where it lies in the audio (milliseconds)."""

    start_ms: int
    end_ms: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return join(self.lines)  # a word cut between the lines is whole again


class Glued(str):
    """A piece of a word cut where it was too long for a line (or a Chinese or Japanese clause): it follows
    the piece before it with no space."""

    __slots__ = ()


def join(tokens: Sequence[str]) -> str:
    """TOKENS as one line: a space between words, none before a Glued piece.

    >>> join(["地震があった、", Glued("津波注意報を出した。")]), join(["One", "two."])
    ('地震があった、津波注意報を出した。', 'One two.')
    """
    return "".join(t if i == 0 or isinstance(t, Glued) else " " + t for i, t in enumerate(tokens))


def width(text: str) -> int:
    """TEXT's columns on screen: two for a wide character (Han, kana, Hangul, full-width forms).

    >>> width("Tokyo"), width("東京"), width("（５）")
    (5, 4, 6)
    """
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for c in text if unicodedata.east_asian_width(c) in "WF")


def layout(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The lines a cue of TOKENS shows (one, or two balanced ones), or None if it does not fit.

    >>> layout(["Short", "cue."])
    ('Short cue.',)
    >>> layout("Amazon announced on Wednesday a one-year moratorium on police use".split())
    ('Amazon announced on Wednesday', 'a one-year moratorium on police use')
    >>> layout("We are here today to hear a story of".split())
    ('We are here today to hear a story of',)
    """
    widths = [width(t) for t in tokens]
    gaps = [0] + [0 if isinstance(t, Glued) else 1 for t in tokens[1:]]  # the space before each token
    total = sum(widths) + sum(gaps)
    if total <= MAX_LINE:
        return (join(tokens),)
    best, best_score, top = 0, 0, 0
    for cut in range(1, len(tokens)):
        top += widths[cut - 1] + gaps[cut - 1]  # the top line's columns; the bottom's are the rest
        bottom = total - top - gaps[cut]
        if top <= MAX_LINE and bottom <= MAX_LINE:
            # balanced lines read best, and a top line should not end on "a" or "of"; on a tie, the
            # longer line goes at the bottom
            score = max(top, bottom) + (8 if _weak(tokens[cut - 1]) else 0)
            if not best or score < best_score:
                best, best_score = cut, score
    if not best:
        return None
    lower = join([str(tokens[best]), *tokens[best + 1 :]])
    return (join(tokens[:best]), Glued(lower) if isinstance(tokens[best], Glued) else lower)


def _weak(word: str) -> bool:
    return word.lower() in WEAK_ENDS


def _tokens(sentence: str) -> list[str]:
    """The words of SENTENCE; a word wider than a line (a URL, or Chinese and Japanese, written without
    spaces) is cut into Glued pieces: after its clause marks (、，；：), then where a line is full."""
    tokens: list[str] = []
    for word in sentence.split():
        if width(word) <= MAX_LINE:
            tokens.append(word)
            continue
        for n, clause in enumerate(p for p in _CLAUSES.split(word) if p):
            for k, piece in enumerate(_even_pieces(clause)):
                tokens.append(piece if n == k == 0 else Glued(piece))
    return tokens


def _even_pieces(text: str) -> list[str]:
    """TEXT in as few pieces as fit a line each, of even widths, none beginning with a closing mark.

    >>> [width(p) for p in _even_pieces("或至少携带能在火星上发酵自制酒精饮料的设备？")]
    [22, 22]
    """
    count = -(-width(text) // MAX_LINE)
    target = width(text) / count
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end, used = start, 0
        while end < len(text) and used + width(text[end]) <= (
            target if len(pieces) < count - 1 else MAX_LINE
        ):
            used += width(text[end])
            end += 1
        while 0 < end < len(text) and text[end] in _NO_LINE_START and end - 1 > start:
            end -= 1  # a closing mark does not begin a line: the character before it goes along
        end = max(end, start + 1)
        pieces.append(text[start:end])
        start = end
    return pieces


_CLAUSES = re.compile(r"(?<=[、，；：])")
_NO_LINE_START = set(
    "、。，．？！）」』】〕〉》；：・ー…ぁぃぅぇぉっゃゅょァィゥェォッャュョ"
)  # kinsoku (JIS X 4051)


def chunk_sentence(sentence: str) -> list[tuple[str, ...]]:
    """Cut a sentence into as few cues as fit, preferring cuts after clause punctuation and even lengths.

    A small dynamic programme over the word boundaries: each cue costs 1000, a cut that is not after a
    comma, semicolon, colon or dash costs 80 more, and a cue shorter than 40 characters costs a little
    more the shorter it is (no orphaned last word).

    >>> chunk_sentence("Short.")
    [('Short.',)]
    >>> [len(c) for c in chunk_sentence("word " * 40)]
    [2, 2, 2]
    """
    tokens = _tokens(sentence)
    if not tokens:
        return []
    n = len(tokens)
    empty: tuple[str, ...] = ()
    best: list[tuple[float, int, tuple[str, ...]]] = [(0.0, 0, empty)] + [(float("inf"), 0, empty)] * n
    for i in range(n):
        if best[i][0] == float("inf"):
            continue
        for j in range(i + 1, n + 1):
            lines = layout(tokens[i:j])
            if lines is None:
                break  # a longer cue never fits again
            cost = best[i][0] + _cue_cost(tokens, j, sum(map(width, lines)))
            if cost < best[j][0]:
                best[j] = (cost, i, lines)
    cues: list[tuple[str, ...]] = []
    j = n
    while j > 0:
        _, i, lines = best[j]
        cues.append(lines)
        j = i
    return cues[::-1]


def _cue_cost(tokens: Sequence[str], end: int, length: int) -> float:
    cost = 1000.0
    if end < len(tokens) and not _CLAUSE_END.search(tokens[end - 1]):
        cost += 120 if _weak(tokens[end - 1]) else 80
    return cost + max(0, 40 - length) ** 2 / 8


# Cue weights for sharing an utterance's time: eSpeak pauses after a sentence and, more briefly, after a
# comma, so each counts as some characters of speech. Fitted on 10 multi-sentence paragraphs of the seed
# story and checked on 11 from the corpus: the mean distance between a predicted sentence boundary and the
# real pause went from 372 ms (characters alone) to about 265 ms.
SENTENCE_PAUSE_CHARS = 12
CLAUSE_PAUSE_CHARS = 5
_PAUSE_MARK = re.compile(r"[,;:—–](?=\s|$)")


def cue_weight(lines: tuple[str, ...], ends_sentence: bool) -> int:
    """A cue's share of its utterance's time: characters, plus pauses (not the colon of "12:55").

    >>> cue_weight(("At 12:55, it ended.",), ends_sentence=True)
    36
    """
    text = " ".join(lines)
    pauses = len(_PAUSE_MARK.findall(text))
    return len(text) + CLAUSE_PAUSE_CHARS * pauses + (SENTENCE_PAUSE_CHARS if ends_sentence else 0)


def utterance_cues(text: str, start_ms: int, end_ms: int, marks: Sequence[tuple[int, int]] = ()) -> list[Cue]:
    """TEXT's cues, sharing [START_MS, END_MS] in proportion to their characters (and pauses).

    MARKS, when given, are the engine's sentence spans in the audio (absolute milliseconds). If there is
    one per sentence of TEXT, the edges between sentences are where the engine put them, and only a
    sentence's own cues share its span by characters; otherwise MARKS are not used.

    Every cue lasts at least 1 ms; in a span shorter than that allows (a clip of a few milliseconds for a
    whole sentence, which a real engine never makes) the cues that do not fit are left out.

    >>> [(c.start_ms, c.end_ms, c.text) for c in utterance_cues("One two. Three four five six.", 1000, 2000)]
    [(1000, 1385, 'One two.'), (1385, 2000, 'Three four five six.')]
    >>> marks = [(1000, 1700), (1700, 2000)]
    >>> [(c.start_ms, c.end_ms) for c in utterance_cues("One two. Three four five six.", 1000, 2000, marks)]
    [(1000, 1700), (1700, 2000)]
    """
    sentences = [_sentence_chunks(sentence) for sentence in split_sentences(text)]
    edges = _marked_edges(sentences, start_ms, end_ms, marks)
    if edges is not None:
        cues: list[Cue] = []
        for n, chunks in enumerate(sentences):
            cues.extend(_share(chunks, edges[n], edges[n + 1]))
        return cues
    return _share([chunk for chunks in sentences for chunk in chunks], start_ms, end_ms)


def _marked_edges(
    sentences: list[list[tuple[tuple[str, ...], int]]],
    start_ms: int,
    end_ms: int,
    marks: Sequence[tuple[int, int]],
) -> list[int] | None:
    """The edges between sentences where the engine put them (one mark per sentence), or None."""
    if len(marks) > 1 and len(marks) == len(sentences):
        edges = [start_ms] + [min(max(a, start_ms), end_ms) for a, _b in marks[1:]] + [end_ms]
        if all(lo < hi for lo, hi in itertools.pairwise(edges)) and all(
            hi - lo >= len(chunks) for lo, hi, chunks in zip(edges, edges[1:], sentences, strict=False)
        ):
            return edges
    return None


def sentence_spans(
    text: str, start_ms: int, end_ms: int, marks: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, int, int]]:
    """(sentence, start_ms, end_ms) for each sentence of TEXT in [START_MS, END_MS], on the same edges
    as its caption cues: the engine's marks when they fit, else shared by characters and pauses. A span
    too short to give each sentence a millisecond gives TEXT as one sentence.

    >>> sentence_spans("One two. Three four five six.", 1000, 2000)
    [('One two.', 1000, 1385), ('Three four five six.', 1385, 2000)]
    >>> sentence_spans("One two. Three four five six.", 1000, 2000, [(1000, 1700), (1700, 2000)])
    [('One two.', 1000, 1700), ('Three four five six.', 1700, 2000)]
    """
    texts = split_sentences(text)
    if not texts or end_ms <= start_ms:
        return []
    if end_ms - start_ms < len(texts):
        return [(" ".join(texts), start_ms, end_ms)]
    sentences = [_sentence_chunks(sentence) for sentence in texts]
    edges = _marked_edges(sentences, start_ms, end_ms, marks)
    if edges is None:
        weights = [max(1, sum(w for _, w in chunks)) for chunks in sentences]
        total, done, edges = sum(weights), 0, [start_ms]
        for number, weight in enumerate(weights, start=1):
            done += weight
            edge = start_ms + round((end_ms - start_ms) * done / total)
            edges.append(min(max(edge, edges[-1] + 1), end_ms - (len(weights) - number)))
    return [(sentence, edges[n], edges[n + 1]) for n, sentence in enumerate(texts)]


def _sentence_chunks(sentence: str) -> list[tuple[tuple[str, ...], int]]:
    """A sentence's cues with their weights."""
    parts = chunk_sentence(sentence)
    return [(lines, cue_weight(lines, n == len(parts) - 1)) for n, lines in enumerate(parts)]


def _share(chunks: list[tuple[tuple[str, ...], int]], start_ms: int, end_ms: int) -> list[Cue]:
    """CHUNKS as cues sharing [START_MS, END_MS] by weight, each at least 1 ms long."""
    chunks = chunks[: max(0, end_ms - start_ms)]
    total = sum(weight for _, weight in chunks)
    cues: list[Cue] = []
    done = 0
    previous = start_ms
    for number, (lines, weight) in enumerate(chunks, start=1):
        done += weight
        boundary = start_ms + round((end_ms - start_ms) * done / total)
        # at least 1 ms for this cue, and 1 ms left for each cue after it
        boundary = min(max(boundary, previous + 1), end_ms - (len(chunks) - number))
        cues.append(Cue(previous, boundary, lines))
        previous = boundary
    return cues


def build_cues(timings: Iterable[Timing], duration_ms: int) -> list[Cue]:
    """Every utterance's cues, in order, clipped to the audio and never overlapping.

    Sentence marks the engine gave (relative to its clip, Utterance.marks) place the edges between
    sentences; without them (eSpeak) the span is shared by characters.
    """
    cues: list[Cue] = []
    floor = 0
    for timing in sorted(timings, key=lambda t: (t.start_ms, t.utterance.index)):
        start = max(timing.start_ms, floor)
        end = min(timing.end_ms, duration_ms)
        if end <= start or not timing.utterance.text.strip():
            continue
        marks = [(timing.start_ms + a, timing.start_ms + b) for a, b in timing.utterance.marks]
        cues.extend(utterance_cues(timing.utterance.text, start, end, marks))
        floor = end
    return cues


def vtt_escape(line: str) -> str:
    """Cue text as WebVTT needs it: & and < escaped (and > so "-->" can never appear).

    >>> vtt_escape("AT&T <b> --> x")
    'AT&amp;T &lt;b&gt; --&gt; x'
    """
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    """A WebVTT file: the header, then one block per cue."""
    blocks = ["WEBVTT"]
    for cue in cues:
        timing = f"{timestamp(cue.start_ms, '.')} --> {timestamp(cue.end_ms, '.')}"
        blocks.append("\n".join([timing, *map(vtt_escape, cue.lines)]))
    return "\n\n".join(blocks) + "\n"


def to_srt(cues: Sequence[Cue]) -> str:
    """A SubRip file: numbered blocks, a comma before the milliseconds, the text as written.

    SRT has no escapes; a literal "-->" (which readers take for a timing line) gets a word joiner.
    """
    blocks = []
    for number, cue in enumerate(cues, start=1):
        timing = f"{timestamp(cue.start_ms, ',')} --> {timestamp(cue.end_ms, ',')}"
        lines = [line.replace("-->", "--\u2060>") for line in cue.lines]
        blocks.append("\n".join([str(number), timing, *lines]))
    return "\n\n".join(blocks) + "\n" if blocks else ""
