"""English words by how common they are: a word list shared by glue repair and the pronunciation check."""

from __future__ import annotations

import functools
import gzip
import importlib.util
import math
from pathlib import Path


@functools.cache
def word_ranks() -> dict[str, int]:
    """English words by frequency rank, from wordninja's list (Wikipedia unigrams); empty when absent."""
    # only its data file is read (importing wordninja would build its model: 150 ms)
    spec = importlib.util.find_spec("wordninja")
    if spec is None or not spec.origin:
        return {}
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            words = fh.read().split()  # one word a line, no blank lines: split in C, not line by line
    except OSError:
        return {}
    return dict(zip(words, range(len(words)), strict=True))  # 126,134 words: 0.07 s -> 0.05 s


_LONGEST = 20  # letters: no word in a domain name is longer
_COMMON_SHORT = 5000  # rank under which a three-letter piece is a common word ("tar" 6804 is not)
_SHORT_WORDS = frozenset(
    {"a", "of", "to", "in", "on", "my", "we", "go", "me", "us", "at", "by", "up", "an", "it", "or", "no"}
)


def segment(run: str) -> list[str] | None:
    """A run of lower-case letters glued from words ("themusicvenue", a domain name's label) as those words,
    the likeliest split by word frequency (Zipf's law, the cost wordninja uses, on its list); None when the
    run is a word itself or no split into known words is plausible (a piece of one or two letters that is
    not a short common word, or of three that is no common word: "tagesschau" is not "t ages schau",
    "breitbart" not "bre it bart").

    >>> segment("themusicvenue"), segment("heritage"), segment("tagesschau")
    (['the', 'music', 'venue'], None, None)
    """
    ranks = word_ranks()
    if not ranks or run in ranks or not run.isalpha() or not run.islower():
        return None
    scale = math.log(len(ranks))
    best: list[tuple[float, int]] = [
        (0.0, 0)
    ]  # (cost of the best split of run[:i], where its last word starts)
    for end in range(1, len(run) + 1):
        options = (
            (best[start][0] + math.log((ranks[run[start:end]] + 1) * scale), start)
            for start in range(max(0, end - _LONGEST), end)
            if run[start:end] in ranks
        )
        best.append(min(options, default=(math.inf, end - 1)))
    if best[-1][0] == math.inf:
        return None
    words, end = [], len(run)
    while end:
        start = best[end][1]
        words.append(run[start:end])
        end = start
    words.reverse()
    if len(words) < 2 or any(_unlikely(w, ranks) for w in words):
        return None
    return words


def _unlikely(word: str, ranks: dict[str, int]) -> bool:
    """A piece no name is likely made of: one or two letters but a short common word, or three letters that
    are no common word ("bre" in "breitbart")."""
    if word in _SHORT_WORDS:
        return False
    return len(word) < 3 or (len(word) == 3 and ranks[word] >= _COMMON_SHORT)
