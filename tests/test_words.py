"""The word list behind glue repair, domain-name splitting and the pronunciation check: the compact table
answers as the plain dict of wordninja's list did, in a fraction of its memory."""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

from narrate.words import segment, word_ranks


def _listed() -> list[str]:
    spec = importlib.util.find_spec("wordninja")
    if spec is None or not spec.origin:
        pytest.skip("wordninja is not installed")
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().split()


def test_ranks_are_the_lists_as_a_dict_kept_them() -> None:
    words = _listed()
    plain = dict(zip(words, range(len(words)), strict=True))  # a word listed twice keeps its last rank
    ranks = word_ranks()
    assert len(ranks) == len(plain)
    assert all(ranks.get(w) == r for w, r in plain.items())
    assert ranks["the"] == 0 and "heritage" in ranks
    absent = [f"{w}qzx" for w in words[:5000]] + ["", "Xyzzyqq", "東京"]
    assert not any(w in plain for w in absent)
    assert not any(w in ranks for w in absent)
    assert ranks.get("qqqzzzx", 7) == 7
    with pytest.raises(KeyError):
        ranks["qqqzzzx"]


def test_the_table_is_small() -> None:
    ranks = word_ranks()
    held = sum(sys.getsizeof(a) for a in vars(ranks).values())
    assert len(ranks) > 100_000
    assert held < 3 * 2**20  # the dict of the same words held about 15 MB


def test_domain_labels_split_as_before() -> None:
    assert segment("themusicvenue") == ["the", "music", "venue"]
    assert segment("heritage") is None
    assert segment("tagesschau") is None
