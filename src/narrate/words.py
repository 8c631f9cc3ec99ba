"""English words by how common they are: a word list shared by glue repair and the pronunciation check."""

from __future__ import annotations

import bisect
import functools
import gzip
import importlib.util
import math
from array import array
from pathlib import Path
from typing import overload


class WordRanks:
    """Words and their frequency ranks, held as the words' 64-bit hashes, sorted, beside their ranks: 2 MB,
    where a dict of the 126,000 words took 15 MB (a tenth of a long story's peak memory). Python's string
    hash is 64 bits: the chance that a word not on the list passes for one is about 1 in 10^14."""

    def __init__(self, hashes: array[int], ranks: array[int], distinct: int) -> None:
        self._hashes, self._ranks, self._distinct = hashes, ranks, distinct

    @classmethod
    def empty(cls) -> WordRanks:
        """No words: wordninja's list is not installed or cannot be read."""
        return cls(array("q"), array("q"), 0)

    @overload
    def get(self, word: str) -> int | None: ...
    @overload
    def get(self, word: str, default: int) -> int: ...
    def get(self, word: str, default: int | None = None) -> int | None:
        key = hash(word)
        i = bisect.bisect_right(self._hashes, key) - 1  # the last of a word listed twice, as a dict keeps
        return self._ranks[i] if i >= 0 and self._hashes[i] == key else default

    def __getitem__(self, word: str) -> int:
        rank = self.get(word)
        if rank is None:
            raise KeyError(word)
        return rank

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        return self._distinct


@functools.cache
def word_ranks() -> WordRanks:
    """English words by frequency rank, from wordninja's list (Wikipedia unigrams); empty when absent."""
    # only its data file is read (importing wordninja would build its model: 150 ms)
    spec = importlib.util.find_spec("wordninja")
    if spec is None or not spec.origin:
        return WordRanks.empty()
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    import numpy as np  # noqa: PLC0415  (here: a rerun that reads no text loads no numpy)

    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:  # one word a line; one string at a time
            hashes = np.fromiter((hash(line.rstrip("\n")) for line in fh), dtype=np.int64)
    except OSError:
        return WordRanks.empty()
    order = np.argsort(hashes, kind="stable")
    hashes = hashes[order]
    distinct = int(np.count_nonzero(hashes[1:] != hashes[:-1])) + min(1, len(hashes))
    return WordRanks(array("q", hashes.tobytes()), array("q", order.astype(np.int64).tobytes()), distinct)


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


def _unlikely(word: str, ranks: WordRanks) -> bool:
    """A piece no name is likely made of: one or two letters but a short common word, or three letters that
    are no common word ("bre" in "breitbart")."""
    if word in _SHORT_WORDS:
        return False
    return len(word) < 3 or (len(word) == 3 and ranks[word] >= _COMMON_SHORT)
