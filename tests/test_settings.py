"""Voice profiles and eSpeak NG voices: what load_voice resolves, and the errors it gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from narrate.errors import VoiceError
from narrate.speak.espeak_voices import installed_voices, list_espeak_voices, voice_for_language
from narrate.speak.voices import SHIPPED, list_profiles, load_voice
from tests.conftest import ROOT


def test_default_profile() -> None:
    voice = load_voice(None)
    assert voice.profile == "default"
    assert voice.voice == "gmw/en-US"
    assert (voice.rate, voice.pitch, voice.volume, voice.bitrate) == (175, 50, 1.0, 64)
    assert voice.pause_section_ms > voice.pause_paragraph_ms > 0
    assert ("Rekognition", "recognition") in voice.lexicon


def test_shipped_profiles_inside_the_package_and_linked_from_the_top() -> None:
    assert {p.stem for p in SHIPPED.glob("*.toml")} >= {"default", "clear", "fast"}
    assert SHIPPED.parent.name == "narrate"  # ships with the package (package-data voices/*.toml)
    # the repository's voices/ is the package's; installed copies (`pip install .`) hold the same files
    top = (ROOT / "voices").resolve()
    assert top == (ROOT / "src" / "narrate" / "voices").resolve()
    assert {p.name: p.read_bytes() for p in top.glob("*.toml")} == {
        p.name: p.read_bytes() for p in SHIPPED.glob("*.toml")
    }


def test_clear_is_slower_with_longer_pauses_and_fast_is_for_screen_reader_users() -> None:
    default, clear, fast = load_voice("default"), load_voice("clear"), load_voice("fast")
    assert clear.rate < default.rate and clear.pause_paragraph_ms > default.pause_paragraph_ms
    assert clear.announce_quotes
    assert fast.rate >= 300 and fast.pause_paragraph_ms < default.pause_paragraph_ms


def test_option_beats_profile_beats_default() -> None:
    voice = load_voice("fast", rate=210, bitrate=96)
    assert (voice.rate, voice.bitrate, voice.profile) == (210, 96, "fast")
    assert load_voice("fast").rate == 320


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en-gb", "gmw/en"),
        ("gmw/en-us", "gmw/en-US"),
        ("es", "roa/es"),
        ("English (America)", "gmw/en-US"),
        ("fr", "roa/fr"),
        ("en-us+f3", "gmw/en-US+f3"),
    ],
)
def test_espeak_voice_names(name: str, expected: str) -> None:
    voice = load_voice(name)
    assert voice.voice == expected
    assert voice.profile == "default"  # the rest of the settings come from the default profile


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "roa/es"),
        ("es-419", "roa/es-419"),
        ("fr-CA", "roa/fr"),
        ("de", "gmw/de"),
        ("pt-BR", "roa/pt-BR"),
        ("en", "gmw/en-US"),
        ("en-GB", "gmw/en-US"),
        (None, "gmw/en-US"),
        ("xx", "gmw/en-US"),
    ],
)
def test_article_language_picks_the_voice(language: str | None, expected: str) -> None:
    assert load_voice(None, language=language).voice == expected


def test_a_language_without_an_espeak_voice_gets_a_note() -> None:
    """A Khmer story (CLD2 says "km"; eSpeak NG has no Khmer voice) is read by the English voice, which
    says each Khmer letter's name: the user is told, not left to find out by listening."""
    (note,) = load_voice(None, language="km").notes
    assert "no voice for this story's language (km)" in note and "gmw/en-US" in note
    for covered in ("en", "en-GB", "de", "ja", "es-419", None):
        assert load_voice(None, language=covered).notes == ()


def test_a_named_voice_beats_the_article_language(tmp_path: Path) -> None:
    assert load_voice("en-gb", language="es").voice == "gmw/en"
    pinned = tmp_path / "pinned.toml"
    pinned.write_text('voice = "gmw/en-US"\nrate = 190\n')
    voice = load_voice(str(pinned), language="fr")
    assert (voice.voice, voice.rate, voice.profile) == ("gmw/en-US", 190, str(pinned))
    assert load_voice("clear", language="fr").voice == "roa/fr"  # shipped profiles pin no voice


def test_user_profile_by_name_shadows_shipped_one() -> None:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "narrate" / "voices"
    folder.mkdir(parents=True)
    (folder / "default.toml").write_text("rate = 150\n[pauses]\nparagraph = 700\n")
    (folder / "mine.toml").write_text('voice = "en-gb"\ndescription = "Mine"\n[lexicon]\n"NPR" = "N P R"\n')
    assert load_voice(None).rate == 150
    mine = load_voice("mine")
    assert (mine.voice, mine.pause_paragraph_ms, mine.lexicon) == ("gmw/en", 600, (("NPR", "N P R"),))
    names = [p["name"] for p in list_profiles()]
    assert names.count("default") == 1 and "mine" in names


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rate = 20", "rate must be a number from 80 to 500"),
        ("rate = 600", "rate must be a number from 80 to 500"),
        ('rate = "fast"', "rate must be a number"),
        ("pitch = 101", "pitch must be"),
        ("volume = 1.5", "volume must be"),
        ("bitrate = 65", "not an MP3 bit rate"),
        ("speed = 3", "unknown profile setting(s) speed"),
        ("[pauses]\nparagraph = -5", "pause paragraph must be 0-10000 ms"),
        ("[pauses]\nchapter = 5", "unknown pause(s) chapter"),
        ("announce_quotes = 1", "announce_quotes must be true or false"),
        ('voice = "vulcan"', "no such voice profile or eSpeak NG voice"),
        ("rate = ", "not valid TOML"),
        ("[lexicon]\nNPR = 3", "[lexicon] must map words to spoken text"),
    ],
)
def test_bad_profile_values(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content + "\n")
    with pytest.raises(VoiceError) as err:
        load_voice(str(path))
    assert message in str(err.value)
    assert str(err.value).startswith(str(path)) or "vulcan" in str(err.value)
    assert err.value.hint


@pytest.mark.parametrize("name", ["vulcan", "./missing.toml", "en-us+nosuchvariant"])
def test_unknown_voice_or_profile(name: str) -> None:
    with pytest.raises(VoiceError) as err:
        load_voice(name)
    assert str(err.value).startswith(f"{name}: ")
    assert "narrate voices" in (err.value.hint or "")


def test_bad_command_line_values_name_the_option() -> None:
    with pytest.raises(VoiceError, match=r"^--rate: rate must be"):
        load_voice(None, rate=1000)
    with pytest.raises(VoiceError, match=r"^--bitrate: bitrate 100 kb/s is not an MP3 bit rate"):
        load_voice(None, bitrate=100)


def test_listing_for_narrate_voices() -> None:
    profiles = {p["name"]: p for p in list_profiles()}
    assert {"default", "clear", "fast"} <= set(profiles)
    assert profiles["fast"]["rate"] == 320 and profiles["fast"]["description"]
    voices = {v["id"]: v for v in list_espeak_voices()}
    assert len(voices) > 100
    assert voices["roa/es"]["languages"][0] == "es"
    assert voices["gmw/en-US"]["name"] == "English (America)"
    assert len(installed_voices()) == len(voices)


def test_voice_for_language_leaves_english_to_the_default() -> None:
    assert voice_for_language("en-US") is None
    assert voice_for_language("es-MX") == "roa/es-419"  # the Latin American voice lists es-mx
