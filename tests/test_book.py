"""narrate book: talking books checked by the real tools (epubcheck, daisy-player in tmux) and read back.

The batch folder is test_feed's session fixture (two short stories narrated once by `narrate batch`).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from typer.testing import CliRunner

from narrate.books import BookOptions, make_book
from narrate.cli import app
from narrate.errors import PublishError
from tests.media import probe
from tests.test_feed import STORIES, manifest_items, narrated, outdir  # noqa: F401  (fixtures)

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")
OPF = "{http://www.idpf.org/2007/opf}"
SMIL = "{http://www.w3.org/ns/SMIL}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NEEDS_EPUBCHECK = pytest.mark.skipif(
    not EPUBCHECK.exists() or not shutil.which("java"), reason="needs Debian's epubcheck (and java)"
)
NEEDS_DAISY_PLAYER = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("daisy-player", "tmux", "gcc")),
    reason="needs Debian's daisy-player, tmux and gcc",
)


def seconds(value: str) -> float:
    return float(value.removeprefix("npt=").removesuffix("s"))


def clock_seconds(value: str) -> float:
    hours, minutes, secs = value.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(secs)


def epubcheck(book: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["java", "-jar", str(EPUBCHECK), str(book)], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture
def epub(outdir: Path, tmp_path: Path) -> Path:  # noqa: F811  (the fixture imported above)
    return make_book([str(outdir)], tmp_path / "daily.epub", BookOptions(title="Daily News"))


@pytest.fixture
def daisy(outdir: Path, tmp_path: Path) -> Path:  # noqa: F811
    return make_book([str(outdir)], tmp_path / "daily-daisy", BookOptions(format="daisy202"))


# ---------------------------------------------------------------------------------------------- EPUB 3


@NEEDS_EPUBCHECK
def test_epubcheck_finds_no_errors_or_warnings(epub: Path) -> None:
    result = epubcheck(epub)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No errors or warnings detected" in result.stdout + result.stderr


@NEEDS_EPUBCHECK
def test_a_book_of_stories_narrated_here_passes_epubcheck_too(tmp_path: Path) -> None:
    book = make_book([str(STORIES[1])], tmp_path / "one.epub", BookOptions())
    result = epubcheck(book)
    assert "No errors or warnings detected" in result.stdout + result.stderr, result.stdout + result.stderr
    check_overlays(book)


def test_ocf_container_and_package(epub: Path, outdir: Path) -> None:  # noqa: F811
    with zipfile.ZipFile(epub) as book:
        first = book.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert book.read("mimetype") == b"application/epub+zip"
        opf = etree.fromstring(book.read("EPUB/package.opf"))
    meta = {m.get("property"): m.text for m in opf.iter(f"{OPF}meta") if not m.get("refines")}
    for prop in ("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature"):
        assert prop in meta, prop
    features = [m.text for m in opf.iter(f"{OPF}meta") if m.get("property") == "schema:accessibilityFeature"]
    assert "synchronizedAudioText" in features
    assert meta["schema:accessibilityHazard"] == "none" and meta["schema:accessibilitySummary"]
    assert meta["media:active-class"]
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert opf.findtext(f".//{dc}title") == "Daily News"
    for name in ("creator", "publisher", "language", "date", "identifier"):
        assert opf.findtext(f".//{dc}{name}"), name
    assert opf.findtext(f".//{dc}publisher") == "Radio Example"


def check_overlays(epub: Path) -> None:
    """Durations add up (and match the MP3s), every clip is forward and every text id resolves."""
    with zipfile.ZipFile(epub) as book:
        opf = etree.fromstring(book.read("EPUB/package.opf"))
        items = {i.get("id"): i for i in opf.iter(f"{OPF}item")}
        durations = {
            m.get("refines"): clock_seconds(m.text or "")
            for m in opf.iter(f"{OPF}meta")
            if m.get("property") == "media:duration"
        }
        total = durations.pop(None)
        assert abs(total - sum(durations.values())) < 0.1
        for item in items.values():
            if not item.get("media-overlay"):
                continue
            overlay = items[item.get("media-overlay")]
            smil = etree.fromstring(book.read("EPUB/" + overlay.get("href")))
            doc = etree.fromstring(book.read("EPUB/" + item.get("href")))
            ids = {e.get("id") for e in doc.iter() if e.get("id")}
            pars = list(smil.iter(f"{SMIL}par"))
            assert pars
            for par in pars:
                text, audio = par.find(f"{SMIL}text"), par.find(f"{SMIL}audio")
                assert text.get("src").split("#")[1] in ids
                assert seconds(audio.get("clipBegin")) < seconds(audio.get("clipEnd"))
            mp3 = epub.parent / f"{item.get('id')}.mp3"
            mp3.write_bytes(book.read("EPUB/" + pars[0].find(f"{SMIL}audio").get("src")))
            assert abs(durations["#" + overlay.get("id")] - probe(mp3).duration_s) < 0.1
            clips = [seconds(a.get("clipEnd")) for a in smil.iter(f"{SMIL}audio")]
            assert max(clips) <= probe(mp3).duration_s + 0.05


def test_overlays_match_the_audio_and_the_text(epub: Path) -> None:
    check_overlays(epub)


def test_navigation_has_every_story_and_section(epub: Path, outdir: Path) -> None:  # noqa: F811
    with zipfile.ZipFile(epub) as book:
        nav = etree.fromstring(book.read("EPUB/nav.xhtml"))
        stories = nav.findall(f".//{XHTML}nav/{XHTML}ol/{XHTML}li")
        assert [s.findtext(f"{XHTML}a") for s in stories] == [str(i["title"]) for i in manifest_items(outdir)]
        for story in stories:
            href = story.find(f"{XHTML}a").get("href")
            doc = etree.fromstring(book.read("EPUB/" + href))
            sections = story.findall(f"{XHTML}ol/{XHTML}li/{XHTML}a")
            assert len(sections) == len(doc.findall(f".//{XHTML}section"))
            ids = {e.get("id") for e in doc.iter() if e.get("id")}
            assert all(a.get("href").split("#")[1] in ids for a in sections)


def test_every_sentence_of_the_transcript_has_an_id(epub: Path) -> None:
    with zipfile.ZipFile(epub) as book:
        doc = etree.fromstring(book.read("EPUB/s001.xhtml"))
    paragraphs = [p for p in doc.iter(f"{XHTML}p") if p.get("class") is None]
    assert paragraphs
    for p in paragraphs:
        spans = p.findall(f"{XHTML}span")
        assert spans and all(re.fullmatch(r"u\d+s\d+", s.get("id")) for s in spans)


# ---------------------------------------------------------------------------------------------- DAISY 2.02


def test_daisy_ncc_metadata_headings_and_smil(daisy: Path, outdir: Path) -> None:  # noqa: F811
    ncc = lxml.html.parse(str(daisy / "ncc.html")).getroot()
    names = {m.get("name"): m.get("content") for m in ncc.iter("meta") if m.get("name")}
    required = ["dc:creator", "dc:date", "dc:format", "dc:identifier", "dc:language", "dc:publisher"]
    required += ["dc:title", "ncc:charset", "ncc:depth", "ncc:files", "ncc:generator", "ncc:kByteSize"]
    required += ["ncc:multimediaType", "ncc:narrator", "ncc:pageFront", "ncc:pageNormal", "ncc:pageSpecial"]
    required += ["ncc:setInfo", "ncc:tocItems", "ncc:totalTime", "ncc:maxPageNormal", "ncc:footnotes"]
    assert all(names.get(n) for n in required), [n for n in required if not names.get(n)]
    assert names["dc:format"] == "Daisy 2.02" and names["ncc:multimediaType"] == "audioFullText"
    assert int(names["ncc:files"]) == len(list(daisy.iterdir()))
    headings = ncc.xpath("//h1|//h2")
    assert headings[0].get("class") == "title" and int(names["ncc:tocItems"]) == len(headings)
    assert [h.text_content() for h in ncc.xpath("//h1")] == [str(i["title"]) for i in manifest_items(outdir)]
    total = 0.0
    for heading in headings:
        smil_name, anchor = heading.find("a").get("href").split("#")
        smil = etree.parse(str(daisy / smil_name)).getroot()
        assert smil.xpath(f"//text[@id='{anchor}']")
        for par in smil.iter("par"):
            text, audio = par.find("text"), par.find("audio")
            content, ident = text.get("src").split("#")
            assert etree.parse(str(daisy / content)).getroot().xpath(f"//*[@id='{ident}']")
            assert seconds(audio.get("clip-begin")) < seconds(audio.get("clip-end"))
            total += seconds(audio.get("clip-end")) - seconds(audio.get("clip-begin"))
    audio_total = sum(probe(mp3).duration_s for mp3 in daisy.glob("*.mp3"))
    assert abs(total - audio_total) < 0.1 * len(list(daisy.glob("*.mp3")))
    assert abs(clock_seconds(names["ncc:totalTime"]) - total) <= 1
    assert all(probe(mp3).bitrate_kbps == 64 for mp3 in daisy.glob("*.mp3"))  # constant bit rate


SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
/* daisy-player stops at once without /proc/asound/cards: answer that one file with one dummy card */
static const char CARDS[] = " 0 [Dummy          ]: Dummy - Dummy\n                      Dummy card\n";
static int cards(void) {
  int fd = memfd_create("cards", 0);
  if (fd >= 0 && write(fd, CARDS, sizeof CARDS - 1) > 0) lseek(fd, 0, SEEK_SET);
  return fd;
}
static int is_cards(const char *p) { return p && strcmp(p, "/proc/asound/cards") == 0; }
#define FOPEN(name) FILE *name(const char *p, const char *m) { \
  static FILE *(*real)(const char *, const char *); \
  if (is_cards(p)) return fdopen(cards(), "r"); \
  if (!real) real = (FILE *(*)(const char *, const char *))dlsym(RTLD_NEXT, #name); \
  return real(p, m); }
#define OPEN(name) int name(const char *p, int f, ...) { \
  static int (*real)(const char *, int, ...); \
  va_list ap; va_start(ap, f); int mode = va_arg(ap, int); va_end(ap); \
  if (is_cards(p)) return cards(); \
  if (!real) real = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, #name); \
  return real(p, f, mode); }
FOPEN(fopen) FOPEN(fopen64) OPEN(open) OPEN(open64)
"""


@NEEDS_DAISY_PLAYER
def test_daisy_player_opens_the_book_and_lists_its_sections(daisy: Path, tmp_path: Path) -> None:
    shim = tmp_path / "cards.so"
    (tmp_path / "cards.c").write_text(SHIM)
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(shim), str(tmp_path / "cards.c"), "-ldl"], check=True
    )
    home = tmp_path / "home"
    home.mkdir()
    session = f"narrate-book-{tmp_path.name}"
    command = f"env HOME={home} LD_PRELOAD={shim} daisy-player -i -d default:alsa . ; sleep 30"
    tmux = ["tmux", "-L", session]
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", session, "-x", "120", "-y", "40", "-c", str(daisy), command],
        check=True,
    )
    try:
        screen = ""
        for _ in range(50):
            time.sleep(0.2)
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=True
            ).stdout
            if "total length" in screen:
                break
        ncc = lxml.html.parse(str(daisy / "ncc.html")).getroot()
        for heading in ncc.xpath("//h1|//h2"):
            assert heading.text_content()[:30] in screen, screen
        assert "Radio Example" in screen.splitlines()[0] or "stories" in screen.splitlines()[0], screen
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)


# ---------------------------------------------------------------------------------------------- errors


def test_a_folder_made_before_timings_were_kept_says_to_rerun(outdir: Path, tmp_path: Path) -> None:  # noqa: F811
    manifest = json.loads((outdir / "manifest.json").read_text())
    for item in manifest["items"]:
        item["sidecars"].pop("timings", None)
    (outdir / "manifest.json").write_text(json.dumps(manifest))
    result = CliRunner().invoke(app, ["book", str(outdir), "-o", str(tmp_path / "b.epub")])
    assert result.exit_code == PublishError.exit_code
    assert "has no timings file" in result.output and "narrate batch" in result.output
    assert not list(tmp_path.glob("*.epub")) and not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["-o", "{tmp}/book.zip"], 2, "ends in .epub"),
        (["-o", "{tmp}/missing/book.epub"], 15, "does not exist"),
        (["-o", "{tmp}/b", "--format", "daisy3"], 2, "unknown book format"),
        (["-o", "{tmp}/busy", "--format", "daisy202"], 15, "is not a DAISY book"),
    ],
)
def test_bad_output_fails_before_any_work(
    outdir: Path,  # noqa: F811
    tmp_path: Path,
    args: list[str],
    code: int,
    message: str,
) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    argv = ["book", str(outdir), *(a.replace("{tmp}", str(tmp_path)) for a in args)]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == code, result.output
    assert message in result.output and "Traceback" not in result.output
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine"


def test_a_failed_write_leaves_nothing_and_a_daisy_book_is_replaced_whole(
    outdir: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from narrate import books  # noqa: PLC0415

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    books_dir = tmp_path / "books"
    books_dir.mkdir()
    monkeypatch.setattr(books, "write_epub", broken)
    result = CliRunner().invoke(app, ["book", str(outdir), "-o", str(books_dir / "b.epub")])
    assert result.exit_code == 15 and "No space left" in result.output
    assert list(books_dir.iterdir()) == []
    first = make_book([str(outdir)], books_dir / "d", BookOptions(format="daisy202"))
    before = sorted(p.name for p in first.iterdir())
    monkeypatch.setattr(books, "write_daisy", broken)
    result = CliRunner().invoke(app, ["book", str(outdir), "-o", str(first), "--format", "daisy202"])
    assert result.exit_code == 15
    assert sorted(p.name for p in first.iterdir()) == before  # the earlier book is untouched
    assert sorted(p.name for p in books_dir.iterdir()) == ["d"]
