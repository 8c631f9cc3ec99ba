"""The whole design card, with the real engine: a story page in, a tagged MP3 out, read back independently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from typer.testing import CliRunner

from narrate import __version__
from narrate.cli import app
from narrate.pipeline import ArticleOptions, read_story
from narrate.speak.voices import load_voice
from tests.conftest import CORPUS, EXAMPLES
from tests.media import loudness, probe

runner = CliRunner()
pytestmark = pytest.mark.slow

SEED_TITLE = "Amazon Halts Police Use Of Its Facial Recognition Technology"


def narrate(tmp_path: Path, source: Path, *args: str) -> Path:
    out = tmp_path / "story.mp3"
    result = runner.invoke(app, ["article", str(source), "-o", str(out), "--quiet", *args])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == str(out)
    assert result.stderr == ""  # --quiet: no progress, no summary
    return out


def spoken_words(source: Path) -> int:
    result = runner.invoke(app, ["extract", "--json", str(source)])
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["words"])


def assert_duration_fits(path: Path, words: int, wpm: int = 175) -> None:
    seconds = probe(path).duration_s
    speech = words / wpm * 60
    assert 0.6 * speech < seconds < 1.6 * speech + 20, (seconds, words)


def test_example_page_to_tagged_mp3(tmp_path: Path) -> None:
    source = EXAMPLES / "amazon-facial-recognition.html"
    out = narrate(tmp_path, source)

    info = probe(out)
    assert (info.codec, info.sample_rate, info.channels, info.bitrate_kbps) == ("mp3", 44100, "mono", 64)
    assert_duration_fits(out, spoken_words(source))
    assert info.tags["title"] == SEED_TITLE
    assert info.tags["artist"] == "Bobby Allyn"
    assert info.tags["album"] == "Alabama Public Radio"

    mp3 = MP3(out)
    assert mp3.info.sample_rate == 44100 and mp3.info.channels == 1
    tags = ID3(out)
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == SEED_TITLE
    assert str(tags["TPE1"]) == "Bobby Allyn"
    assert str(tags["TALB"]) == str(tags["TPUB"]) == "Alabama Public Radio"
    # mutagen reads v2.3's TYER/TDAT back as v2.4's TDRC
    assert str(tags["TDRC"]).startswith("2020-06-10")
    assert str(tags["TLAN"]) == "eng"
    assert str(tags["TCON"])
    assert tags.getall("COMM") and tags.getall("COMM")[0].text[0]
    assert tags.getall("WOAS")[0].url.startswith("http")
    assert abs(int(str(tags["TLEN"])) - mp3.info.length * 1000) < 1000
    assert str(tags["TENC"]) == f"narrate {__version__}"
    transcript = tags.getall("USLT")[0].text
    assert "Amazon announced on Wednesday" in transcript and "press pause" in transcript
    assert "Play Live Radio" not in transcript and "donation" not in transcript


def test_corpus_page_to_mp3(tmp_path: Path) -> None:
    source = CORPUS / "readability-cnet.html"  # a real news page: 628 words, byline and site name annotated
    truth = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    out = narrate(tmp_path, source, "--voice", "fast")
    info = probe(out)
    assert (info.codec, info.sample_rate, info.channels) == ("mp3", 44100, "mono")
    assert_duration_fits(out, spoken_words(source), wpm=320)
    lufs, peak = loudness(out)
    assert abs(lufs + 16) <= 1 and peak <= -1
    tags = ID3(out)
    assert truth["title"].split()[0] in str(tags["TIT2"])
    assert str(tags["TPE1"]) == truth["byline"]
    assert str(tags["TALB"]) == truth["siteName"]


@pytest.mark.parametrize(
    ("page", "tlan", "voice"), [("es-page.html", "spa", "roa/es"), ("fr-page.html", "fra", "roa/fr")]
)
def test_page_language_picks_the_voice_and_tlan(tmp_path: Path, page: str, tlan: str, voice: str) -> None:
    source = EXAMPLES / page
    story = read_story(str(source), ArticleOptions())
    assert load_voice(None, language=story.language).voice.lower() == voice
    out = narrate(tmp_path, source)
    tags = ID3(out)
    assert str(tags["TLAN"]) == tlan
    intro = ID3(out).getall("USLT")[0].text
    assert story.title in intro
    lufs, peak = loudness(out)
    assert abs(lufs + 16) <= 1 and peak <= -1
