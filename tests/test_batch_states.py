"""narrate batch over generated histories of a story folder (hypothesis, fixed seed and budget): pages saved
twice, edited, deleted, emptied or replaced by junk between runs, outputs deleted, one or two jobs. Every run
ends with exit 0 or 1 (never a traceback), every source is reported once, and the manifest and the folder
agree. Real engine, tiny stories (the clip cache makes most runs quick).

A longer campaign: `NARRATE_HISTORIES=300 pytest -q tests/test_batch_states.py` (the suite runs 20).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule
from typer.testing import CliRunner

from narrate.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


def _page(canonical: str | None, words: str) -> str:
    link = f'<link rel="canonical" href="https://example.org/news/{canonical}">' if canonical else ""
    return (
        f"<html><head><title>The {words} story</title>{link}</head><body><article><h1>The {words} story</h1>"
        f"<p>The {words} committee met on Tuesday and agreed on a plan for the town.</p>"
        "</article></body></html>"
    )


CONTENTS = (
    _page("harbour", "harbour"),
    _page("harbour", "harbour"),  # the same page again: saved twice
    _page("harbour", "quay"),  # the same page, edited
    _page("bridge", "bridge"),
    _page(None, "market"),
    "The school story\n\nThe school board met on Tuesday and agreed on a plan for the town.\n",
    "   \n",  # nothing to narrate: a failure
    "\x00\x01\x02 not a story \xff",
)
NAMES = ("a.html", "b.html", "c.html", "d.txt")
CHANGES = st.tuples(
    st.sampled_from(["write", "write", "delete", "delete an MP3"]),
    st.sampled_from(NAMES),
    st.integers(0, len(CONTENTS) - 1),
)


class StoryFolder(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="narrate-states-"))
        self.stories = self.root / "in"
        self.stories.mkdir()
        self.out = self.root / "out"

    @rule(changes=st.lists(CHANGES, min_size=1, max_size=3), jobs=st.sampled_from(["1", "2"]))
    def change_then_run(self, changes: list[tuple[str, str, int]], jobs: str) -> None:
        for kind, name, number in changes:
            if kind == "write":
                (self.stories / name).write_text(CONTENTS[number], encoding="utf-8")
            elif kind == "delete":
                (self.stories / name).unlink(missing_ok=True)
            else:  # delete one of the MP3s
                files = sorted(self.out.glob("*.mp3")) if self.out.is_dir() else []
                if files:
                    files[number % len(files)].unlink()
        sources = sorted(self.stories.iterdir())
        if not sources:
            return
        result = runner.invoke(app, ["batch", str(self.stories), "-d", str(self.out), "--jobs", jobs])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert "Traceback" not in result.output, result.output
        assert result.exit_code in (0, 1), result.output
        reported = [line for line in result.output.splitlines() if line.startswith("narrate: [")]
        assert len(reported) == len(sources), result.output
        items = json.loads((self.out / "manifest.json").read_text(encoding="utf-8"))["items"]
        guids = [item["guid"] for item in items]
        assert len(guids) == len(set(guids)), items
        for item in items:  # records of sources not given this time are kept as they were
            if item["status"] == "ok" and item["source"] in map(str, sources):
                assert (self.out / item["mp3"]).is_file(), item
        failed = sum("] FAILED " in line for line in reported)
        assert (result.exit_code == 1) == (failed > 0), result.output
        assert not [p for p in self.out.iterdir() if p.name.endswith(".part")]

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


StoryFolder.TestCase.settings = settings(
    derandomize=True,
    max_examples=int(os.environ.get("NARRATE_HISTORIES", "20")),
    stateful_step_count=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_story_folder_histories = StoryFolder.TestCase
