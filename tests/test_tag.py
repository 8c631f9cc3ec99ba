"""ID3v2.3 tags, chapters, transcript and cover: written to real MP3s, read back by mutagen and ffmpeg."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from narrate import __version__
from narrate.audio.assemble import assemble
from narrate.audio.tag import id3_date, language_code, set_cover, tag
from narrate.errors import EncodeError
from narrate.models import Audio, Chapter, Paragraph, Section, Story, Utterance
from narrate.speak import speak
from narrate.speak.voices import load_voice
from tests.media import probe

STORY = Story(
    source="examples/story.html",
    url="https://www.apr.org/2020-06-10/amazon-halts-police-use",
    title="Amazon Halts Police Use Of Its Facial Recognition Technology",
    byline="Bobby Allyn",
    station="Alabama Public Radio",
    date="2020-06-10T21:07:00-04:00",
    language="en-US",
    summary="Amazon announced a one-year moratorium on police use of Rekognition.",
    sections=(
        Section(None, (Paragraph("Amazon announced on Wednesday a moratorium."),)),
        Section("What comes next", (Paragraph("Lawmakers said they would act."),)),
    ),
)
TRANSCRIPT = "Amazon Halts Police Use Of Its Facial Recognition Technology\n\nBy Bobby Allyn — “quoted” ü."


@pytest.fixture(scope="module")
def narrated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Audio]:
    """A real narration: the engine speaks three utterances, assemble encodes them."""
    folder = tmp_path_factory.mktemp("story")
    texts = [
        ("title", STORY.title, 900),
        ("paragraph", STORY.sections[0].paragraphs[0].text, 1200),
        ("heading", "What comes next", 900),
        ("paragraph", STORY.sections[1].paragraphs[0].text, 0),
    ]
    utterances = [Utterance(i, k, None, t, t, p) for i, (k, t, p) in enumerate(texts)]  # type: ignore[arg-type]
    voice = load_voice(None)
    clips = speak(utterances, voice, folder / "clips")
    audio = assemble(clips, folder / "story.mp3", voice)
    return audio.path, audio


@pytest.fixture
def mp3(narrated: tuple[Path, Audio], tmp_path: Path) -> tuple[Path, Audio]:
    """A fresh copy of the narrated MP3 for one test."""
    path = tmp_path / "story.mp3"
    path.write_bytes(narrated[0].read_bytes())
    return path, narrated[1]


def chapters_for(audio: Audio) -> list[Chapter]:
    t = audio.timings
    return [
        Chapter("Amazon Halts Police Use", 0, t[2].start_ms),
        Chapter("What comes next", t[2].start_ms, audio.duration_ms),
    ]


def test_every_tag_read_back_by_mutagen_and_ffmpeg(mp3: tuple[Path, Audio]) -> None:
    path, audio = mp3
    chapters = chapters_for(audio)
    tag(path, STORY, audio, chapters, transcript=TRANSCRIPT)

    tags = ID3(str(path))
    assert tags.version == (2, 3, 0)
    assert tags["TIT2"].text == [STORY.title]
    assert tags["TPE1"].text == ["Bobby Allyn"]
    assert tags["TALB"].text == tags["TPUB"].text == ["Alabama Public Radio"]
    assert str(tags["TDRC"].text[0]).startswith("2020-06-10 21:07")  # from v2.3's TYER + TDAT + TIME
    assert tags["TLAN"].text == ["eng"]
    assert tags["TCON"].text == ["Speech"]
    assert tags["COMM::eng"].text == [STORY.summary]
    assert tags["WOAS"].url == STORY.url
    assert tags["TLEN"].text == [str(audio.duration_ms)]
    assert tags["TENC"].text == [f"narrate {__version__}"]
    assert tags["USLT::eng"].text == TRANSCRIPT
    raw = ID3(str(path), translate=False)  # the frames as stored: v2.3 has no TDRC
    assert {"TYER", "TDAT", "TIME"} <= set(raw.keys()) and "TDRC" not in raw
    assert (raw["TYER"].text, raw["TDAT"].text, raw["TIME"].text) == (["2020"], ["1006"], ["2107"])

    assert MP3(str(path)).info.length == pytest.approx(audio.duration_ms / 1000, abs=0.1)  # audio untouched

    info = probe(path)
    assert info.tags["title"] == STORY.title
    assert info.tags["artist"] == "Bobby Allyn"
    assert info.tags["album"] == info.tags["publisher"] == "Alabama Public Radio"
    assert info.tags["date"].startswith("2020-06-10")
    assert info.tags["language"] == "eng" and info.tags["genre"] == "Speech"
    assert info.tags["comment"] == STORY.summary
    assert info.tags["encoded_by"] == f"narrate {__version__}"
    assert [(round(s, 3), round(e, 3), title) for s, e, title in info.chapters] == [
        (c.start_ms / 1000, c.end_ms / 1000, c.title) for c in chapters
    ]
    assert (info.codec, info.sample_rate, info.channels) == ("mp3", 44100, "mono")


def test_chapters_have_a_top_level_ordered_toc(mp3: tuple[Path, Audio]) -> None:
    path, audio = mp3
    tag(path, STORY, audio, chapters_for(audio), transcript=TRANSCRIPT)
    tags = ID3(str(path))
    toc = tags.getall("CTOC")
    assert len(toc) == 1
    assert toc[0].flags == 3  # TOP_LEVEL | ORDERED
    assert toc[0].child_element_ids == ["chp0", "chp1"]
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert [c.element_id for c in chaps] == ["chp0", "chp1"]
    assert chaps[1].sub_frames["TIT2"].text == ["What comes next"]


def test_forty_chapters_with_long_titles(mp3: tuple[Path, Audio]) -> None:
    path, audio = mp3
    step = audio.duration_ms // 40
    chapters = [
        Chapter(
            f"{i:02d} " + "A very long headline about facial recognition, police and a moratorium " * 4,
            i * step,
            (i + 1) * step,
        )
        for i in range(40)
    ]
    tag(path, STORY, audio, chapters, transcript=TRANSCRIPT)
    tags = ID3(str(path))
    assert tags["CTOC:toc"].child_element_ids == [f"chp{i}" for i in range(40)]
    assert tags["CHAP:chp39"].sub_frames["TIT2"].text == [chapters[39].title]
    read = probe(path).chapters
    assert len(read) == 40
    assert [title for _s, _e, title in read] == [c.title for c in chapters]
    assert read[39][:2] == (chapters[39].start_ms / 1000, chapters[39].end_ms / 1000)


def test_retagging_replaces_and_spanish_language(mp3: tuple[Path, Audio]) -> None:
    path, audio = mp3
    tag(path, STORY, audio, chapters_for(audio), transcript=TRANSCRIPT)
    spanish = Story(
        **{
            **STORY.__dict__,
            "title": "La empresa",
            "language": "es",
            "byline": None,
            "summary": None,
            "url": None,
            "date": "2021",
        }
    )
    tag(path, spanish, audio, [], transcript="")
    tags = ID3(str(path))
    assert tags["TIT2"].text == ["La empresa"] and tags["TLAN"].text == ["spa"]
    for gone in ("COMM::eng", "WOAS", "USLT::eng", "CTOC:toc", "CHAP:chp0"):
        assert gone not in tags
    # no byline: the station is the artist, so no player shows "Unknown artist" (issue 11)
    assert tags["TPE1"].text == [STORY.station] and probe(path).tags["artist"] == STORY.station
    assert str(tags["TDRC"].text[0]) == "2021"
    assert probe(path).chapters == []


def png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def test_cover_image(mp3: tuple[Path, Audio], tmp_path: Path) -> None:
    path, audio = mp3
    cover = tmp_path / "cover.png"
    cover.write_bytes(png())
    tag(path, STORY, audio, chapters_for(audio), transcript=TRANSCRIPT, image=cover)
    apic = ID3(str(path)).getall("APIC")
    assert len(apic) == 1
    assert (apic[0].mime, apic[0].type, apic[0].data) == ("image/png", 3, cover.read_bytes())
    tag(path, STORY, audio, chapters_for(audio), transcript=TRANSCRIPT)  # re-tagging keeps the cover
    assert len(ID3(str(path)).getall("APIC")) == 1
    jpeg = tmp_path / "cover.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    set_cover(path, jpeg)
    assert [a.mime for a in ID3(str(path)).getall("APIC")] == ["image/jpeg"]


def test_errors_name_the_file(mp3: tuple[Path, Audio], tmp_path: Path) -> None:
    path, audio = mp3
    text = tmp_path / "cover.txt"
    text.write_text("not an image")
    with pytest.raises(EncodeError, match=r"cover\.txt: the cover must be a JPEG or PNG image"):
        set_cover(path, text)
    with pytest.raises(EncodeError, match=r"nope\.png: cannot read the cover image"):
        set_cover(path, tmp_path / "nope.png")
    missing = tmp_path / "gone" / "x.mp3"
    with pytest.raises(EncodeError) as err:
        tag(missing, STORY, audio, [], transcript="")
    assert str(err.value).startswith(f"{missing}: cannot write ID3 tags") and err.value.hint


def test_language_codes_and_dates() -> None:
    tags = ("en", "en-US", "es", "fr-CA", "de", "zh-Hans", "pt_BR", "haw", "", None, "xx")
    codes = ["eng", "eng", "spa", "fra", "deu", "zho", "por", "haw", "und", "und", "und"]
    assert [language_code(x) for x in tags] == codes
    assert id3_date("2020-06-10T21:07:00.123Z") == "2020-06-10T21:07:00"
    assert id3_date("2020-06") == "2020-06"
    assert id3_date("yesterday") is None
