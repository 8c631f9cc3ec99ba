"""Skipping the rules that need a digit on text without one (narrate.script.normalize.needs) changes nothing:
such a rule finds no match in text without a digit, and normalising with the skip gives what every rule in
turn gives, on generated text and on real copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrate.script.normalize import english, languages
from narrate.script.normalize.needs import has_digit, needs_digit
from narrate.script.normalize.rules import Rule, _whole_runs, run

SETTINGS = settings(
    derandomize=True, max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
RULE_LISTS = {"en": english.RULES, **{lang: languages._RULES[lang] for lang in ("de", "fr", "es")}}
_WORDS = (  # noqa: SIM905 - one line of words reads better than fifty lines of strings
    "The mayor said Jan. p.m. $ million — U.S. Dr. St. No. km % ½ Mr WWII vs NE @news #tag www.example.com "
    "a@b.org Ave. Calif. III Henry Jr Ch. ca. Nr. M. Mme S.A. h € ٣ ۵ १ ０ ¹ ² Ⅻ 3:30 1,500 12.5 2024 4th 1/4"
).split()
_WORD = st.one_of(st.sampled_from(_WORDS), st.text(min_size=1, max_size=10))
_TEXT = st.lists(_WORD, min_size=1, max_size=30).map(" ".join)


def _every_rule(rules: list[Rule], text: str) -> str:
    """What run() gave before it skipped anything: every rule in turn."""
    for pattern, func in rules:
        text = pattern.sub(_whole_runs(func), text)
    return text


@pytest.mark.parametrize("language", sorted(RULE_LISTS))
def test_most_number_rules_are_skipped_without_digits(language: str) -> None:
    """The reading finds the rules about numbers (if it found none, nothing would be skipped, silently)."""
    rules = RULE_LISTS[language]
    skipped = [pattern for pattern, _func in rules if needs_digit(pattern)]
    assert len(skipped) >= len(rules) / 3
    assert not needs_digit(re.compile(r"\bSt\.(?=\s[A-Z])")) and needs_digit(re.compile(r"(?<!\d)\d{4}s\b"))


@SETTINGS
@given(_TEXT, st.sampled_from(sorted(RULE_LISTS)))
def test_a_rule_that_needs_a_digit_finds_nothing_without_one(text: str, language: str) -> None:
    text = re.sub(r"\d", "", text)
    assert not has_digit(text)
    for pattern, _func in RULE_LISTS[language]:
        if needs_digit(pattern):
            assert pattern.search(text) is None, pattern.pattern


@SETTINGS
@given(_TEXT, st.sampled_from(sorted(RULE_LISTS)))
def test_skipping_changes_nothing(text: str, language: str) -> None:
    rules = RULE_LISTS[language]
    assert run(rules, text) == _every_rule(rules, text)


DATA = Path(__file__).parent / "data" / "normalize"


def _written(language: str) -> list[str]:
    """Every 7th written side of the development sets' pairs in LANGUAGE: real copy, with and without
    digits."""
    files = (
        sorted(DATA.glob("web*/*.tsv")) if language == "en" else sorted(DATA.glob(f"web*/{language}/*.tsv"))
    )
    lines = [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    return [line.split("\t")[0] for line in lines if "\t" in line and not line.startswith("#")][::7]


@pytest.mark.parametrize("language", sorted(RULE_LISTS))
def test_real_copy_reads_the_same(language: str) -> None:
    rules, texts = RULE_LISTS[language], _written(language)
    assert len(texts) > 100
    assert [run(rules, text) for text in texts] == [_every_rule(rules, text) for text in texts]
