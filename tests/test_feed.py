"""narrate feed: the feed, read back by real podcast clients' parsers and checked against the files."""

from __future__ import annotations

import doctest
import importlib
import json
import shutil
import uuid
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
import podcastparser
import pytest
from mutagen.id3 import ID3
from PIL import Image
from typer.testing import CliRunner

from narrate.batch import BatchOptions, run_batch
from narrate.cli import app
from narrate.errors import BusyError, PublishError, UsageError
from narrate.folder import folder_lock
from narrate.images import image_info
from narrate.podcast import FeedSettings, publish, update_if_configured
from narrate.podcast.cover import check_image
from narrate.podcast.entries import byline_names
from narrate.podcast.settings import podcast_guid
from tests.media import probe

BASE = "https://podcasts.example.org/daily"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
DATA = Path(__file__).parent / "data" / "publish"
COVER = DATA / "cover.png"

# Two short stories, narrated for real by `narrate batch` once per test session: a saved page with a
# station, a date and an author; a Markdown story with two bylined authors and two sections.
STORIES = [DATA / "library.html", DATA / "harbour.md"]
FIRST_PARAGRAPHS = {
    "Library Extends Its Opening Hours": "The town library will stay open until nine in the evening",
    "Harbour Bridge Reopens After Repairs": "The old harbour bridge opened again on Monday",
}


@pytest.fixture(scope="session")
def narrated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A batch folder with the two stories narrated (read-only: tests copy it) and the sources given."""
    outdir = tmp_path_factory.mktemp("narrated") / "out"
    sources = [str(path) for path in STORIES]
    result = run_batch(sources, outdir, BatchOptions(jobs=2))
    assert all(r.outcome != "failed" for r in result.results), result.results
    return outdir, sources


@pytest.fixture
def outdir(narrated: tuple[Path, list[str]], tmp_path: Path) -> Path:
    """A fresh copy of the narrated folder."""
    target = tmp_path / "daily"
    shutil.copytree(narrated[0], target)
    return target


def manifest_items(outdir: Path) -> list[dict[str, object]]:
    return [i for i in json.loads((outdir / "manifest.json").read_text())["items"] if i["status"] == "ok"]


def write(outdir: Path, **options: object) -> Path:
    settings = {"title": "Daily News, Read Aloud", "base_url": BASE, "image": COVER, **options}
    return publish(outdir, FeedSettings(**settings))  # type: ignore[arg-type]


def gpodder(feed: Path) -> dict[str, Any]:
    """The feed as gPodder reads it."""
    with feed.open("rb") as fh:
        return podcastparser.parse(f"{BASE}/feed.xml", fh)  # type: ignore[no-any-return]


def make_image(path: Path, mode: str, size: tuple[int, int], fmt: str = "PNG") -> Path:
    colour = {"RGB": (20, 60, 120), "RGBA": (20, 60, 120, 128), "L": 90, "CMYK": (10, 20, 30, 0)}[mode]
    Image.new(mode, size, colour).save(path, fmt)
    return path


# ---------------------------------------------------------------------------------------------- the feed


def test_every_item_matches_its_file_in_both_parsers(outdir: Path) -> None:
    path = write(outdir, email="owner@example.org", author="Radio Example")
    assert path == outdir / "feed.xml"
    items = {i["guid"]: i for i in manifest_items(outdir)}
    assert len(items) == len(STORIES)

    with path.open("rb") as fh:
        gpodder = podcastparser.parse(f"{BASE}/feed.xml", fh)
    fp = feedparser.parse(path.read_bytes())
    assert not fp.bozo, fp.bozo_exception
    assert gpodder["title"] == fp.feed.title == "Daily News, Read Aloud"
    assert gpodder["cover_url"] == f"{BASE}/cover.png" == fp.feed.image.href
    assert fp.feed.language == "en"
    assert len(gpodder["episodes"]) == len(fp.entries) == len(items)

    for episode, entry in zip(gpodder["episodes"], fp.entries, strict=True):
        item = items[episode["guid"]]
        mp3 = outdir / str(item["mp3"])
        assert entry.id == episode["guid"]
        assert entry.guidislink is False
        (enclosure,) = episode["enclosures"]
        assert enclosure["url"] == f"{BASE}/{mp3.name}" == entry.enclosures[0].href
        assert enclosure["mime_type"] == "audio/mpeg" == entry.enclosures[0].type
        assert enclosure["file_size"] == mp3.stat().st_size == int(entry.enclosures[0].length)
        assert abs(episode["total_time"] - probe(mp3).duration_s) <= 1.0
        assert episode["title"] == entry.title == item["title"]
        assert "Read the transcript" in episode["description_html"] or "Read the transcript" in entry.summary

    # newest first, by the dates the feed gives
    dates = [parsedate_to_datetime(e.published) for e in fp.entries]
    assert dates == sorted(dates, reverse=True)


def test_channel_and_podcasting20_tags(outdir: Path) -> None:
    root = ET.parse(write(outdir, email="owner@example.org", category="News/Daily News")).getroot()
    items = {i["guid"]: i for i in manifest_items(outdir)}
    channel = root.find("channel")
    assert channel is not None
    ns = {"itunes": ITUNES_NS, "podcast": PODCAST_NS, "atom": "http://www.w3.org/2005/Atom"}
    expected_guid = str(
        uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), "podcasts.example.org/daily/feed.xml")
    )
    assert channel.findtext("podcast:guid", namespaces=ns) == expected_guid
    assert channel.findtext("itunes:explicit", namespaces=ns) == "false"
    assert channel.findtext("itunes:owner/itunes:email", namespaces=ns) == "owner@example.org"
    category = channel.find("itunes:category", ns)
    assert category is not None and category.get("text") == "News"
    assert category.find("itunes:category", ns).get("text") == "Daily News"  # type: ignore[union-attr]
    assert channel.find("atom:link", ns).get("href") == f"{BASE}/feed.xml"  # type: ignore[union-attr]
    for item in channel.findall("item"):
        types = {t.get("type"): t for t in item.findall("podcast:transcript", ns)}
        assert set(types) == {"text/vtt", "application/x-subrip", "text/html"}
        assert types["text/vtt"].get("rel") == "captions"
        for transcript in types.values():
            url = transcript.get("url", "")
            assert url.startswith(BASE + "/") and (outdir / url.removeprefix(BASE + "/")).is_file()
            assert transcript.get("language")
        chapters = item.find("podcast:chapters", ns)
        assert chapters is not None and chapters.get("type") == "application/json+chapters"
        doc = json.loads((outdir / chapters.get("url", "").removeprefix(BASE + "/")).read_text())
        assert doc["chapters"] and doc["chapters"][0]["startTime"] == 0
        byline = items[item.findtext("guid") or ""]["byline"]
        persons = [(p.text, p.get("role")) for p in item.findall("podcast:person", ns)]
        assert persons == [(name, "author") for name in byline_names(str(byline) if byline else None)]
        assert item.findtext("itunes:author", namespaces=ns) == (byline or None)


def test_podcast_guid_matches_the_spec_examples() -> None:
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("http://podnews.net/rss/") == "9b024349-ccf0-5f69-a609-6b82873eab3c"


def test_guids_and_bytes_stable_when_written_again(outdir: Path) -> None:
    first = write(outdir).read_bytes()
    sizes = {p.name: p.stat().st_size for p in outdir.glob("*.mp3")}
    second = write(outdir).read_bytes()
    assert first == second  # same folder, same settings: the same feed, byte for byte
    assert sizes == {p.name: p.stat().st_size for p in outdir.glob("*.mp3")}
    # the manifest now records the sizes the feed announces (batch checks them on its next run)
    for item in manifest_items(outdir):
        assert item["bytes"] == (outdir / str(item["mp3"])).stat().st_size


def test_guids_survive_a_batch_rerun(outdir: Path, narrated: tuple[Path, list[str]]) -> None:
    before = [e["guid"] for e in gpodder(write(outdir))["episodes"]]
    rerun = run_batch(narrated[1], outdir, BatchOptions(jobs=1))
    # the cover made the MP3s bigger; the feed wrote their new sizes down, so the batch still trusts them
    assert [r.outcome for r in rerun.results] == ["unchanged"] * len(STORIES)
    after = [e["guid"] for e in gpodder(write(outdir))["episodes"]]
    assert before == after and len(set(after)) == len(STORIES)


def test_cover_is_copied_and_embedded_in_every_mp3(outdir: Path) -> None:
    write(outdir)
    assert (outdir / "cover.png").read_bytes() == COVER.read_bytes()
    for item in manifest_items(outdir):
        (apic,) = ID3(outdir / str(item["mp3"])).getall("APIC")
        assert apic.data == COVER.read_bytes()
        assert apic.mime == "image/png"


def test_jpeg_cover_replaces_png(outdir: Path, tmp_path: Path) -> None:
    write(outdir)
    jpeg = make_image(tmp_path / "art.jpg", "RGB", (1500, 1500), "JPEG")
    root = ET.parse(write(outdir, image=jpeg)).getroot()
    href = root.find(f"channel/{{{ITUNES_NS}}}image").get("href")  # type: ignore[union-attr]
    assert href == f"{BASE}/cover.jpg"
    assert not (outdir / "cover.png").exists()


def test_without_an_image_a_valid_cover_is_made(outdir: Path) -> None:
    write(outdir, image=None)
    info = check_image(outdir / "cover.png")
    assert (info.width, info.height, info.mode) == (1400, 1400, "RGB")
    with Image.open(outdir / "cover.png") as img:  # an independent decoder agrees
        assert img.size == (1400, 1400) and img.mode == "RGB"


@pytest.mark.parametrize(
    ("mode", "size", "fmt", "message"),
    [
        ("RGBA", (1400, 1400), "PNG", "alpha"),
        ("L", (1400, 1400), "PNG", "greyscale"),
        ("CMYK", (1400, 1400), "JPEG", "CMYK"),
        ("RGB", (1400, 1500), "PNG", "must be square"),
        ("RGB", (1000, 1000), "JPEG", "1400 to 3000"),
        ("RGB", (3200, 3200), "PNG", "1400 to 3000"),
    ],
)
def test_bad_cover_is_refused_clearly(  # noqa: PLR0917  (pytest passes fixtures and parameters by name)
    outdir: Path, tmp_path: Path, mode: str, size: tuple[int, int], fmt: str, message: str
) -> None:
    image = make_image(tmp_path / f"bad.{fmt.lower()}", mode, size, fmt)
    with pytest.raises(PublishError, match=message):
        write(outdir, image=image)
    assert not (outdir / "feed.xml").exists()
    args = ["feed", str(outdir), "--base-url", BASE, "--title", "T", "--image", str(image)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == PublishError.exit_code
    assert "ERROR:" in result.output and message in result.output


def test_not_an_image(outdir: Path, tmp_path: Path) -> None:
    fake = tmp_path / "cover.png"
    fake.write_text("not a picture")
    with pytest.raises(PublishError, match="not a PNG or JPEG"):
        write(outdir, image=fake)


@pytest.mark.parametrize(
    ("mode", "size", "fmt"),
    [
        ("RGB", (1400, 1400), "JPEG"),
        ("RGBA", (1600, 1600), "PNG"),
        ("L", (20, 30), "JPEG"),
        ("CMYK", (1500, 1500), "JPEG"),
    ],
)
def test_header_reader_agrees_with_pillow(tmp_path: Path, mode: str, size: tuple[int, int], fmt: str) -> None:
    path = make_image(tmp_path / f"x.{fmt.lower()}", mode, size, fmt)
    info = image_info(path)
    with Image.open(path) as img:
        assert (info.width, info.height, info.mode) == (*img.size, img.mode)


def test_a_folder_without_episodes_is_refused(tmp_path: Path) -> None:
    failed = {"source": "x", "status": "failed", "error": "boom", "mp3": None, "title": None, "guid": "g"}
    (tmp_path / "manifest.json").write_text(json.dumps({"items": [failed]}))
    with pytest.raises(PublishError, match="no narrated stories"):
        write(tmp_path)
    result = CliRunner().invoke(app, ["feed", str(tmp_path), "--base-url", BASE, "--title", "T"])
    assert result.exit_code == PublishError.exit_code and "no narrated stories" in result.output


def test_non_ascii_file_names_are_refused(outdir: Path) -> None:
    doc = json.loads((outdir / "manifest.json").read_text())
    item = next(i for i in doc["items"] if i["status"] == "ok")
    (outdir / item["mp3"]).rename(outdir / "café.mp3")
    item["mp3"] = "café.mp3"
    (outdir / "manifest.json").write_text(json.dumps(doc))
    with pytest.raises(PublishError, match="ASCII"):
        write(outdir)


# ------------------------------------------------------------------------------------------ settings and CLI


def test_cli_prints_the_feed_path_and_has_an_example(outdir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["feed", str(outdir), "--base-url", BASE + "/", "--title", "Daily", "--image", str(COVER)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(outdir / "feed.xml")
    assert "Example: narrate feed" in runner.invoke(app, ["feed", "--help"]).output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--title", "T"], "no --base-url"),
        (["--base-url", "ftp://example.org/x", "--title", "T"], "not an absolute http"),
        (["--base-url", BASE], "no --title"),
        (["--base-url", BASE, "--title", "T", "--category", "Cooking"], "not an Apple Podcasts category"),
        (["--base-url", BASE, "--title", "T", "--category", "News/Cooking"], "not a subcategory of News"),
        (["--base-url", BASE, "--title", "T", "--email", "nobody"], "not an email address"),
    ],
)
def test_usage_errors(outdir: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["feed", str(outdir), *args])
    assert result.exit_code == UsageError.exit_code, result.output
    assert message in result.output


def test_podcast_toml_settings_and_cli_override(outdir: Path) -> None:
    (outdir / "podcast.toml").write_text(
        f'title = "From the file"\nbase_url = "{BASE}"\nimage = "art.png"\nauthor = "Radio Example"\n'
    )
    shutil.copy(COVER, outdir / "art.png")
    root = ET.parse(publish(outdir, FeedSettings(title="From the command line"))).getroot()
    assert root.findtext("channel/title") == "From the command line"
    assert root.findtext(f"channel/{{{ITUNES_NS}}}author") == "Radio Example"
    (outdir / "podcast.toml").write_text('titel = "typo"\n')
    with pytest.raises(UsageError, match="unknown setting"):
        publish(outdir, FeedSettings())


def test_save_then_batch_can_update_the_feed(outdir: Path) -> None:
    assert update_if_configured(outdir) is None  # no podcast.toml: batch leaves the folder alone
    args = ["feed", str(outdir), "--base-url", BASE, "--title", "Daily", "--save", "--image", str(COVER)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    saved = (outdir / "podcast.toml").read_text()
    assert 'title = "Daily"' in saved and f'guid = "{podcast_guid(BASE + "/feed.xml")}"' in saved
    (outdir / "feed.xml").unlink()
    assert update_if_configured(outdir) == outdir / "feed.xml"
    assert gpodder(outdir / "feed.xml")["title"] == "Daily"


@pytest.mark.parametrize(
    "module",
    ["narrate.podcast.settings", "narrate.podcast.entries", "narrate.display", "narrate.podcast.serve"],
)
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_a_folder_a_batch_is_writing_is_left_alone(outdir: Path) -> None:
    with folder_lock(outdir):
        result = CliRunner().invoke(app, ["feed", str(outdir), "--base-url", BASE, "--title", "T"])
    assert result.exit_code == BusyError.exit_code and "busy" in result.output
    assert not (outdir / "feed.xml").exists()
