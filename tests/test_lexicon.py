"""The pronunciation lexicon: matching, the station file, PLS import, and phoneme entries said right."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrate.errors import UsageError, VoiceError
from narrate.models import Utterance
from narrate.script import lexicon as lex
from narrate.script.lexicon import Entry, Lexicon, entry, load_lexicon
from narrate.script.phonemes import comparable, phonemes
from narrate.speak import speak
from narrate.speak.voices import load_voice


def lexicon(*pairs: tuple[str, str]) -> Lexicon:
    return Lexicon().merged(entry(w, s) for w, s in pairs)


def test_whole_words_only() -> None:
    lx = lexicon(("Ozer", "oh zer"))
    assert lx.apply("Ozer and Ozerov met Ozer's aide") == "Oh zer and Ozerov met oh zer's aide"


def test_capitals_match_exactly_lower_case_matches_any_case() -> None:
    lx = lexicon(("US", "U S"), ("gif", "jif"))
    assert lx.apply("the US told us") == "the U S told us"
    assert lx.apply("a GIF, a Gif, a gif") == "a jif, a jif, a jif"


def test_longest_phrase_first() -> None:
    lx = lexicon(("New York", "noo york"), ("New York Times", "the paper"), ("York", "yawk"))
    assert lx.apply("The New York Times in New York, York") == "The the paper in noo york, yawk"


def test_phrases_match_across_any_spacing() -> None:
    assert lexicon(("Joy Buolamwini", "joy b")).apply("Joy\n Buolamwini said") == "Joy b said"


def test_shipped_entries_cover_the_seed_story() -> None:
    lx = load_lexicon()
    for word in ("Rekognition", "Buolamwini", "ACLU"):
        assert word in lx
        assert lx.apply(word) != word


def test_station_file_wins_over_profile_and_shipped(tmp_path: Path) -> None:
    station = tmp_path / "lexicon.toml"
    lex.add("ACLU", "the A C L U", path=station)
    lx = load_lexicon([("ACLU", "ack loo"), ("Ozer", "oh zer")], station=station)
    assert lx.apply("ACLU Ozer") == "The A C L U oh zer"


def test_add_writes_the_documented_format_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "lexicon.toml"
    lex.add("Buolamwini", "boo oh lahm wee nee", path=path)
    lex.add("Ozer", "[['oUz3]]", path=path)
    lex.add("Buolamwini", "bwo lahm wee nee", path=path)  # replaces
    text = path.read_text("utf-8")
    assert "[words]" in text
    assert '"Buolamwini" = "bwo lahm wee nee"' in text
    assert '"Ozer" = "[[\'oUz3]]"' in text
    entries = {e.written: e for e in lex.read_file(path)}
    assert entries["Ozer"] == Entry("Ozer", "'oUz3", "espeak")
    assert len(entries) == 2


def test_station_file_from_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv(lex.ENV, raising=False)
    assert lex.station_path() == tmp_path / "narrate" / "lexicon.toml"
    monkeypatch.setenv(lex.ENV, str(tmp_path / "station.toml"))
    assert lex.station_path() == tmp_path / "station.toml"


def test_bad_file_is_a_voice_error(tmp_path: Path) -> None:
    bad = tmp_path / "lexicon.toml"
    bad.write_text("[words\n", "utf-8")
    with pytest.raises(VoiceError, match=r"lexicon\.toml: the lexicon is not valid TOML"):
        lex.read_file(bad)
    bad.write_text("[sounds]\nx = 'y'\n", "utf-8")
    with pytest.raises(VoiceError, match=r"unknown setting\(s\) sounds in the lexicon"):
        lex.read_file(bad)


PLS = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
      alphabet="ipa" xml:lang="en-US">
  <lexeme><grapheme>W3C</grapheme><alias>World Wide Web Consortium</alias></lexeme>
  <lexeme><grapheme>Buolamwini</grapheme><phoneme>ˌbuːoʊlɑːmˈwiːni</phoneme></lexeme>
  <lexeme><grapheme>Ozer</grapheme><grapheme>OZER</grapheme>
    <phoneme alphabet="x-espeak">'oUz3</phoneme></lexeme>
  <lexeme><grapheme>empty</grapheme></lexeme>
</lexicon>
"""


def test_pls_import(tmp_path: Path) -> None:
    pls = tmp_path / "station.pls"
    pls.write_text(PLS, "utf-8")
    station = tmp_path / "lexicon.toml"
    path, count = lex.import_pls(pls, path=station)
    assert (path, count) == (station, 4)
    entries = {e.written: e for e in lex.read_file(station)}
    assert entries["W3C"] == Entry("W3C", "World Wide Web Consortium")
    assert entries["Buolamwini"].kind == "ipa"
    assert entries["OZER"].kind == "espeak"
    lx = load_lexicon(station=station)
    assert lx.apply("W3C") == "World Wide Web Consortium"


def test_pls_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        lex.read_pls(tmp_path / "missing.pls")
    bad = tmp_path / "bad.pls"
    bad.write_text("<lexicon><lexeme>", "utf-8")
    with pytest.raises(UsageError, match="not a PLS lexicon"):
        lex.read_pls(bad)
    sampa = tmp_path / "sampa.pls"
    sampa.write_text(PLS.replace('alphabet="ipa"', 'alphabet="x-sampa"'), "utf-8")
    with pytest.raises(UsageError, match="x-sampa"):
        lex.read_pls(sampa)


def test_phoneme_entries_are_respelled_for_pyttsx3() -> None:
    # pyttsx3 calls espeak_Synth without espeakPHONEMES, so [[...]] would be read out: respell instead
    spoken = entry("Ozer", "[['oUz3]]").spoken
    assert "[" not in spoken
    assert comparable(phonemes(spoken)) == comparable(phonemes("oh zer"))


@pytest.mark.parametrize(
    ("ipa", "close_to"),
    [("ˌbuːoʊlɑːmˈwiːni", "boo oh lahm wee nee"), ("ˈoʊzɚ", "oh zer"), ("həlˈoʊ", "huh low")],
)
def test_ipa_respelling_reads_back_as_the_phonemes(ipa: str, close_to: str) -> None:
    said = comparable(phonemes(lex.respell_ipa(ipa)))
    assert said == comparable(phonemes(close_to))
    # and the respelling is near the IPA itself: most phonemes survive the round trip
    target = comparable(ipa.replace("ː", ""))
    kept = sum(1 for ch in target if ch in said)
    assert kept / len(target) >= 0.75


def test_lexicon_changes_spoken_not_the_words_matched_inside_others() -> None:
    lx = load_lexicon()
    assert lx.apply("Rekognitions and Rekognition's maker") == "Rekognitions and recognition's maker"


@pytest.mark.slow
def test_pyttsx3_reads_phoneme_brackets_aloud(tmp_path: Path) -> None:
    """Why phoneme entries are respelled: through pyttsx3 (no espeakPHONEMES flag) [[...]] is not phonemes."""
    voice = load_voice(None)
    said = ("hello", "[[h@l'oU]]", entry("hello", "[[h@l'oU]]").spoken)
    utterances = tuple(Utterance(i, "paragraph", 0, t, t, 0) for i, t in enumerate(said))
    plain, brackets, respelled = (c.duration_ms for c in speak(utterances, voice, tmp_path))
    assert brackets > 1.5 * plain  # the brackets' contents are read out letter by letter, not as "hello"
    assert respelled < 1.4 * plain
