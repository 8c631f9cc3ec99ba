"""NARRATE_PROFILE=1: a stage profile a developer can read, whose rows add up; nothing without it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from narrate import profile

STORY = "A short story\n\nThe council met on Tuesday. It voted to repair the bridge by 2027.\n"


def run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    cmd = [sys.executable, "-m", "narrate", "article", str(source), "-o", str(tmp_path / "s.mp3"), "-q"]
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **env}, check=False)


def test_profile_names_every_stage_and_adds_up(tmp_path: Path) -> None:
    done = run(tmp_path, NARRATE_PROFILE="1")
    assert done.returncode == 0, done.stderr
    rows = {
        m.group(1).strip(): float(m.group(2))
        for m in re.finditer(r"^profile: (\S.*?)\s+(\d+\.\d{3})\s+[\d.]+%", done.stderr, re.M)
    }
    for stage in ("start-up", "read (fetch", "script", "speak (waiting", "level", "tag"):
        assert any(name.startswith(stage) for name in rows), (stage, done.stderr)
    stages = sum(wall for name, wall in rows.items() if not name.startswith("total"))
    assert stages == pytest.approx(rows["total (this thread)"], abs=0.01)
    assert re.search(r"CPU on speech engines \(worker processes\)\s+\d+\.\d{3}", done.stderr)
    assert re.search(r"CPU on MP3 encoder threads \(LAME\)\s+\d+\.\d{3}", done.stderr)


def test_no_profile_unless_asked(tmp_path: Path) -> None:
    done = run(tmp_path, NARRATE_PROFILE="")
    assert done.returncode == 0, done.stderr
    assert "profile:" not in done.stderr


def test_a_stage_inside_another_is_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(profile.ENV, "1")
    profile.reset()
    with profile.stage("outer"):
        time.sleep(0.05)
        with profile.stage("inner"):
            time.sleep(0.1)
    lines = {line.split("  ")[0].strip(): line for line in profile.report()}
    outer = float(lines["outer"].split()[1])
    inner = float(lines["inner"].split()[1])
    assert 0.04 <= outer < 0.09 and 0.09 <= inner < 0.15
    profile.reset()
