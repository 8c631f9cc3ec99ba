"""Text normalisation judged as issue 7 judges it: eSpeak NG's phonemes of what narrate says vs the expected
reading, ignoring stress and the word "and", over the written/spoken pairs in tests/data/normalize/.

`python tests/test_normalize.py` prints the per-class Markdown table for the README.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from narrate.script.normalize import normalize
from narrate.script.phonemes import comparable, phonemes

DATA = Path(__file__).parent / "data" / "normalize"
TARGET = 0.70  # issue 7: at least 70% of held-out pairs said right


@dataclass(frozen=True)
class Score:
    name: str
    pairs: int
    raw: int  # eSpeak NG on the written text
    narrate: int  # eSpeak NG on narrate's normalised text


def read_pairs(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text("utf-8").splitlines()
    pairs = [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("# ")]
    assert all(len(p) == 2 for p in pairs), path
    return [(w, s) for w, s in pairs]


def same(a: str, b: str) -> bool:
    return comparable(phonemes(a)) == comparable(phonemes(b))


def score(folder: Path) -> list[Score]:
    scores = []
    for path in sorted(folder.glob("*.tsv")):
        pairs = read_pairs(path)
        raw = sum(same(written, spoken) for written, spoken in pairs)
        ours = sum(same(normalize(written), spoken) for written, spoken in pairs)
        scores.append(Score(path.stem, len(pairs), raw, ours))
    return scores


def rate(scores: list[Score], attr: str) -> float:
    return sum(getattr(s, attr) for s in scores) / sum(s.pairs for s in scores)


@pytest.fixture(scope="module")
def development() -> list[Score]:
    return score(DATA)


@pytest.fixture(scope="module")
def heldout() -> list[Score]:
    return score(DATA / "heldout")


def test_every_class_has_enough_pairs(development: list[Score], heldout: list[Score]) -> None:
    assert len(development) >= 14
    assert all(s.pairs >= 15 for s in development), [(s.name, s.pairs) for s in development if s.pairs < 15]
    assert {s.name for s in heldout} == {s.name for s in development}


def test_heldout_pairs_said_right_at_least_70_percent(heldout: list[Score]) -> None:
    assert rate(heldout, "narrate") >= TARGET


def test_development_pairs_said_right(development: list[Score]) -> None:
    assert rate(development, "narrate") >= 0.9
    weakest = min(development, key=lambda s: s.narrate / s.pairs)
    assert weakest.narrate / weakest.pairs >= 0.6, weakest


def test_narrate_beats_raw_espeak_in_every_class(development: list[Score]) -> None:
    assert rate(development, "raw") < 0.5  # the baseline issue 7 reports is 27%
    for s in development:
        assert s.narrate >= s.raw, s


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cuesta $5 millones desde 2021, el 7% del total.", "es"),
        ("Le 12 juin 2021 à 12h55, 7 % des votants.", "fr"),
    ],
)
def test_other_languages_are_left_to_espeak(text: str, language: str) -> None:
    assert normalize(text, language) == text


@pytest.mark.parametrize(
    "text",
    [
        "I think I can.",  # the pronoun, not a Roman numeral
        "Researchers have long criticized the technology.",
        "She said it was a one-year moratorium.",
        "Smith said he has no plans to until there is a national law.",
    ],
)
def test_plain_words_are_left_alone(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("AMAZON HALTS POLICE USE", "AMAZON HALTS POLICE USE"),  # a headline in capitals is not acronyms
        ("IBM's decision", "I B M's decision"),
        ("the CEOs", "the C E O's"),
        (
            "Updated on June 12 at 12:55 p.m. ET",
            "Updated on June twelfth at twelve fifty-five p m Eastern time",
        ),
        ("Visit https://www.npr.org/2021/06/10/1004231/amazon-halts.", "Visit N P R dot org."),
        ("Call (800) 654-4262.", "Call eight hundred, six five four, four two six two."),
        ("Charles I was beheaded; told John I was", "Charles I was beheaded; told John I was"),
        ("Charles I.", "Charles the first."),
        ("Rocky II and Super Bowl XLVIII", "Rocky two and Super Bowl forty-eight"),
        ("from Jan. 31-Feb. 2", "from January thirty-first to February second"),
        ("on 12 June 2021", "on the twelfth of June, twenty twenty-one"),
        ("the 100 m final, 5m people", "the one hundred meter final, 5m people"),
        ("It fell to -5.", "It fell to minus five."),
        (
            "ISBN 978-0-19-515461-5",
            "I S B N nine seven eight, oh, one nine, five one five four six one, five",
        ),
    ],
)
def test_examples(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def markdown(dev: list[Score], held: list[Score]) -> str:
    """The README table: per class, pairs and rates, development and held-out sets together."""
    by_name = {s.name: s for s in held}
    rows = [
        "| class | pairs | raw eSpeak NG | narrate | held-out pairs | raw | narrate |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in dev:
        h = by_name[s.name]
        rows.append(
            f"| {s.name} | {s.pairs} | {100 * s.raw / s.pairs:.0f}% | {100 * s.narrate / s.pairs:.0f}% "
            f"| {h.pairs} | {100 * h.raw / h.pairs:.0f}% | {100 * h.narrate / h.pairs:.0f}% |"
        )
    total = lambda scores: sum(x.pairs for x in scores)  # noqa: E731
    rows.append(
        f"| **total** | {total(dev)} | {100 * rate(dev, 'raw'):.0f}% | {100 * rate(dev, 'narrate'):.0f}% "
        f"| {total(held)} | {100 * rate(held, 'raw'):.0f}% | {100 * rate(held, 'narrate'):.0f}% |"
    )
    return "\n".join(rows)


if __name__ == "__main__":
    sys.stdout.write(markdown(score(DATA), score(DATA / "heldout")) + "\n")
