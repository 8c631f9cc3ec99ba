"""A paragraph is never a reason to lose a story (issue 11): passages in other scripts go to their own voice,
and a clip that the engine cannot speak is left out, named, and marked, while the rest completes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from typer.testing import CliRunner

from narrate import script as script_module
from narrate import speak as speak_module
from narrate.cli import app
from narrate.models import Utterance, VoiceSettings
from narrate.pipeline import ArticleOptions, read_story, script_story
from narrate.speak.clips import utterance_voice
from tests.conftest import DATA
from tests.media import probe

runner = CliRunner()
pytestmark = pytest.mark.slow
STORY = DATA / "resilience" / "quoted-languages.md"


def test_passages_in_other_scripts_get_their_own_voice() -> None:
    story = read_story(str(STORY), ArticleOptions())
    voice, utterances = script_story(story, ArticleOptions())
    by_text = {u.text[:6]: u for u in utterances}
    arabic, russian = by_text["يولد ج"], by_text["Все лю"]
    # presentation forms folded (NFKC) before anything else sees them
    assert not any(0xFE70 <= ord(c) <= 0xFEFF for c in arabic.text + arabic.spoken)
    assert (arabic.language, russian.language) == ("ar", "ru")
    assert utterance_voice(arabic, voice).endswith("/ar") and utterance_voice(russian, voice).endswith("/ru")
    assert all(u.language is None for u in utterances if u not in (arabic, russian))


def test_story_quoting_arabic_and_russian_is_spoken_whole(tmp_path: Path) -> None:
    out = tmp_path / "story.mp3"
    result = runner.invoke(app, ["article", str(STORY), "-o", str(out), "--sidecars"])
    assert result.exit_code == 0, result.output
    assert "WARNING" not in result.stderr
    assert probe(out).duration_s > 20
    page = (tmp_path / "story.html").read_text(encoding="utf-8")
    assert '<p lang="ar" dir="auto">يولد جميع الناس' in page  # screen readers switch voice on it
    assert '<p lang="ru" dir="auto">Все люди' in page


def _fails_on(marker: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every clip whose text contains MARKER fail its check, as a clip eSpeak mangles does."""
    real = speak_module.check_clip

    def check(path: Path, utterance: Utterance, voice: VoiceSettings) -> int:
        if marker in utterance.spoken:
            raise ValueError(f"53.00 s of audio for {len(utterance.spoken.split())} words")
        return real(path, utterance, voice)

    monkeypatch.setattr(speak_module, "check_clip", check)


def test_a_clip_that_keeps_failing_is_left_out_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fails_on("Kazan", monkeypatch)
    out, warning = _one_warning(tmp_path)
    assert "not spoken (clip 6): speech failed 3 times; last: 53.00 s of audio for 13 words" in warning
    assert probe(out).duration_s > 15  # the other seven utterances are there
    transcript = ID3(out).getall("USLT")[0].text
    assert "[not spoken: A classmate whose family came from Kazan" in transcript
    assert "The mayor thanked the students" in transcript
    assert "[not spoken: A classmate" in (tmp_path / "story.vtt").read_text(encoding="utf-8")


def test_strict_fails_the_story_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fails_on("Kazan", monkeypatch)
    out = tmp_path / "story.mp3"
    result = runner.invoke(app, ["article", str(STORY), "-o", str(out), "--strict", "--quiet"])
    assert result.exit_code == 17, result.output
    assert result.stderr.startswith("ERROR: ") and "not spoken" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists() and not list(tmp_path.iterdir())


def test_batch_records_the_left_out_paragraph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fails_on("Kazan", monkeypatch)
    assert "not spoken" in _batch_warning(tmp_path)


def _one_warning(tmp_path: Path) -> tuple[Path, str]:
    """`narrate article` on the story, with sidecars: the MP3 and its one WARNING (the Kazan paragraph)."""
    out = tmp_path / "story.mp3"
    result = runner.invoke(app, ["article", str(STORY), "-o", str(out), "--sidecars", "--quiet"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING:")]
    assert len(warnings) == 1 and "paragraph 'A classmate whose family" in warnings[0]
    return out, warnings[0]


def _batch_warning(tmp_path: Path) -> str:
    """`narrate batch` on the story: its manifest item's one warning, on the Kazan paragraph."""
    outdir = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(STORY), "-d", str(outdir), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "WARNING:" in result.output
    (item,) = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))["items"]
    assert item["status"] == "ok" and len(item["warnings"]) == 1
    assert item["warnings"][0].startswith("paragraph 'A classmate whose family")
    return str(item["warnings"][0])


def _normalising_fails_on(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Normalisation raises on the paragraph holding WORD, as a rule's bug would."""
    real = script_module.normalize

    def failing(text: str, language: str | None = "en") -> str:
        if word in text:
            raise KeyError("est")  # the kind of bug issue 11 found ("1:59 p.m. est")
        return real(text, language)

    monkeypatch.setattr(script_module, "normalize", failing)


def test_a_paragraph_whose_normalisation_fails_is_read_as_written_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _normalising_fails_on("Kazan", monkeypatch)
    out, warning = _one_warning(tmp_path)
    assert "read as written (clip 6; normalising it failed: KeyError: 'est')" in warning
    transcript = ID3(out).getall("USLT")[0].text
    assert "A classmate whose family came from Kazan" in transcript  # spoken, and shown as written
    assert "[not spoken" not in transcript


def test_batch_records_the_paragraph_read_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _normalising_fails_on("Kazan", monkeypatch)
    assert "read as written" in _batch_warning(tmp_path)
