"""narrate batch with the real engine: tiny text stories in temporary folders, two stories at a time."""

from __future__ import annotations

import doctest
import fcntl
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import feedparser
import pytest
from typer.testing import CliRunner

from narrate import batch, folder, installed, workers
from narrate.batch import fingerprint
from narrate.batch import run as batch_run
from narrate.batch import signals as batch_signals
from narrate.batch import sources as batch_sources
from narrate.batch import story as batch_story
from narrate.cli import app
from narrate.cli import batch as cli_batch
from narrate.errors import BusyError, FetchError
from narrate.fetch import HTML_SUFFIXES, TEXT_SUFFIXES
from narrate.options import ArticleOptions
from narrate.speak import cache as speak_cache
from narrate.speak import clips as speak_clips
from narrate.speak import espeak_voices
from tests.conftest import ROOT
from tests.localserver import serve
from tests.media import probe

runner = CliRunner()
pytestmark = pytest.mark.slow

TOPICS = ("library", "bridge", "harbour", "orchard", "school", "museum", "railway", "market")


def story(folder: Path, name: str, paragraphs: int = 2, title: str | None = None) -> Path:
    """A .txt story: a title line, then PARAGRAPHS short paragraphs, all different from other stories'."""
    heading = title or f"The {name} report"
    body = [
        f"Paragraph {n + 1} of the {name} report says the {TOPICS[n % len(TOPICS)]} committee met on time."
        for n in range(paragraphs)
    ]
    path = folder / f"{name}.txt"
    path.write_text("\n\n".join([heading, *body]) + "\n", encoding="utf-8")
    return path


def run_batch(*args: str | Path) -> Any:
    return runner.invoke(app, ["batch", "--jobs", "2", *map(str, args)])


def manifest(outdir: Path) -> dict[str, dict[str, Any]]:
    """The manifest's items by source (read as a client would: plain JSON)."""
    doc = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    return {item["source"]: item for item in doc["items"]}


def leftovers(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.iterdir() if p.name.endswith(".part"))


def test_bad_sources_among_good_ones(tmp_path: Path) -> None:
    """Exit 1, every failure named with its reason, the good stories narrated, the manifest has them all."""
    stories = tmp_path / "in"
    stories.mkdir()
    good = story(stories, "first")
    twin = story(stories, "second", title="The first report")  # the same title: a distinct file name
    empty = stories / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    missing = stories / "missing.txt"
    out = tmp_path / "out"
    result = run_batch(good, empty, missing, twin, "-d", out)
    assert result.exit_code == 1, result.output
    assert f"FAILED {empty}: " in result.output and f"FAILED {missing}: no such file" in result.output
    assert "2 of 4 stories failed" in result.output
    items = manifest(out)
    assert set(items) == {str(good), str(empty), str(missing), str(twin)}
    assert [items[str(p)]["status"] for p in (good, twin, empty, missing)] == ["ok", "ok", "failed", "failed"]
    assert items[str(missing)]["error"].startswith(f"{missing}: no such file")
    assert items[str(good)]["mp3"] == "the-first-report.mp3"
    guid = items[str(twin)]["guid"]
    assert items[str(twin)]["mp3"] == f"the-first-report-{guid.replace('-', '')[:8]}.mp3"
    assert guid == str(uuid.uuid5(uuid.NAMESPACE_URL, twin.resolve().as_uri()))
    for source in (good, twin):
        item = items[str(source)]
        mp3 = out / item["mp3"]
        media = probe(mp3)
        assert media.codec == "mp3" and media.sample_rate == 44100
        assert abs(media.duration_s - item["duration"]) < 0.2
        assert item["bytes"] == mp3.stat().st_size
        assert item["clips_synthesized"] >= 3 and item["clips_reused"] == 0
        assert set(item["sidecars"]) == {"vtt", "srt", "chapters", "html", "timings"}
        assert all((out / name).is_file() for name in item["sidecars"].values())
        assert item["narrated_at"].endswith("Z") and len(item["content_hash"]) == 64
    assert leftovers(out) == []


SAVED_PAGE = """<html><head><title>Harbour report</title>
<link rel="canonical" href="https://example.org/news/harbour"></head><body><article><h1>Harbour report</h1>
<p>The harbour committee met on Tuesday and agreed the new plan for the quay.</p>
<p>The work starts in spring and ends before the summer season begins.</p></article></body></html>
"""


def test_a_page_saved_twice_is_narrated_once_and_is_not_a_failure(tmp_path: Path) -> None:
    """Two saved copies of one page (the same canonical URL): one MP3 and one record, under the first
    source; the other is reported as a duplicate and the exit code stays 0. A copy that sorts before a story
    already on record (skipped unread on the rerun) is the same: no crash (it was an AssertionError)."""
    stories = tmp_path / "in"
    stories.mkdir()
    (stories / "b.html").write_text(SAVED_PAGE, encoding="utf-8")
    (stories / "c.html").write_text(SAVED_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch(stories, "-d", out)
    assert result.exit_code == 0, result.output
    assert "1 narrated, 0 unchanged, 1 duplicate, 0 failed" in result.output
    assert f"NOTE: {stories / 'c.html'}: the same story as {stories / 'b.html'}" in result.output
    assert list(manifest(out)) == [str(stories / "b.html")]
    assert sorted(p.name for p in out.glob("*.mp3")) == ["harbour-report.mp3"]
    (stories / "a.html").write_text(SAVED_PAGE, encoding="utf-8")
    again = run_batch(stories, "-d", out)
    assert again.exit_code == 0, again.output
    assert "0 narrated, 1 unchanged, 2 duplicates, 0 failed" in again.output
    assert list(manifest(out)) == [str(stories / "a.html")]
    assert sorted(p.name for p in out.glob("*.mp3")) == ["harbour-report.mp3"]
    assert leftovers(out) == []


def test_rerun_skips_unchanged_and_an_edit_resynthesises_one_clip(tmp_path: Path) -> None:
    """A rerun touches nothing; one edited paragraph is narrated again under the same guid and file name,
    with exactly one clip synthesised (counted by speak, recorded in the manifest)."""
    stories = tmp_path / "in"
    stories.mkdir()
    edited, kept = story(stories, "edited", paragraphs=4), story(stories, "kept")
    out = tmp_path / "out"
    assert run_batch(stories, "-d", out).exit_code == 0
    first = manifest(out)
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    rerun = run_batch(stories, "-d", out)
    assert rerun.exit_code == 0, rerun.output
    assert "2 unchanged" in rerun.output and "0 narrated" in rerun.output
    assert manifest(out) == first
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix != ".json"} == {
        k: v for k, v in mtimes.items() if not k.endswith(".json")
    }

    text = edited.read_text(encoding="utf-8").replace("Paragraph 3 of", "Paragraph three, as corrected, of")
    edited.write_text(text, encoding="utf-8")
    third = run_batch(stories, "-d", out)
    assert third.exit_code == 0, third.output
    after = manifest(out)
    item = after[str(edited)]
    assert item["guid"] == first[str(edited)]["guid"] and item["mp3"] == first[str(edited)]["mp3"]
    assert item["content_hash"] != first[str(edited)]["content_hash"]
    assert item["clips_synthesized"] == 1
    assert item["clips_reused"] == first[str(edited)]["clips_synthesized"] - 1
    assert after[str(kept)] == first[str(kept)]
    assert f"{item['clips_reused']} clips reused, 1 synthesized" in third.output


def test_rerun_of_unchanged_files_reads_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files whose bytes and settings match the record are skipped before any extraction (fast reruns);
    a changed setting (here a station lexicon appearing) sends them through reading and the content hash."""
    stories = tmp_path / "in"
    stories.mkdir()
    story(stories, "one")
    story(stories, "two")
    out = tmp_path / "out"
    assert run_batch(stories, "-d", out).exit_code == 0
    first = manifest(out)
    assert all(item["input_hash"] for item in first.values())

    def no_reading(*args: object) -> None:
        raise AssertionError("an unchanged story was read again")

    monkeypatch.setattr(batch_story, "story_task", no_reading)  # in the parent and in (forked) workers
    monkeypatch.setattr(workers, "Pool", no_reading)  # nor is a worker started
    written = (out / "manifest.json").stat().st_mtime_ns
    cache = Path(os.environ["XDG_CACHE_HOME"])
    clips = sorted(cache.rglob("*.wav"))
    again = run_batch(stories, "-d", out, "--cache-limit", "0")
    assert again.exit_code == 0 and "0 narrated, 2 unchanged" in again.output, again.output
    assert (out / "manifest.json").stat().st_mtime_ns == written  # nor the manifest rewritten
    assert clips and sorted(cache.rglob("*.wav")) == clips  # nor the clip cache pruned

    # and in a fresh process, the stages are not even imported (a rerun costs milliseconds, issue 10), nor
    # the fetcher, the speech code, the worker pool, the podcast code or the libraries the stages use
    heavy = ("narrate.pipeline", "narrate.extraction", "narrate.fetch", "narrate.podcast", "narrate.speak")
    heavy += ("narrate.workers", "multiprocessing", "importlib.metadata", "pydantic")
    heavy += ("trafilatura", "lxml", "numpy", "pydub", "mutagen", "lameenc", "charset_normalizer")
    probe = (
        "import sys\nfrom narrate.cli import app\n"
        f"app(['batch', {str(stories)!r}, '-d', {str(out)!r}, '--quiet'], standalone_mode=False)\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    fresh = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert fresh.returncode == 0 and fresh.stdout.strip() == "[]", fresh.stdout + fresh.stderr

    monkeypatch.undo()
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text('[words]\n"Zyzzyva" = "zizz iva"\n', encoding="utf-8")
    monkeypatch.setenv("NARRATE_LEXICON", str(lexicon))
    third = run_batch(stories, "-d", out)
    assert third.exit_code == 0 and "0 narrated, 2 unchanged" in third.output, third.output
    after = manifest(out)  # read again, found unchanged by the content hash, recorded with the new inputs
    assert all(after[k]["input_hash"] != first[k]["input_hash"] for k in first)
    assert all(after[k]["content_hash"] == first[k]["content_hash"] for k in first)


def test_lexicon_change_renarrates_only_the_stories_it_changes(tmp_path: Path) -> None:
    """After `narrate lexicon add`, a rerun narrates again exactly the story whose spoken text changed,
    synthesising only the changed utterance and reusing the rest (issue 7)."""
    stories = tmp_path / "in"
    stories.mkdir()
    named, other = story(stories, "named", paragraphs=3), story(stories, "other")
    named.write_text(
        named.read_text(encoding="utf-8") + "\nThe mayor, Ms Quarbleton, agreed.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert run_batch(stories, "-d", out).exit_code == 0
    first = manifest(out)
    added = runner.invoke(app, ["lexicon", "add", "Quarbleton", "Kwar bull ton"])
    assert added.exit_code == 0, added.output
    again = run_batch(stories, "-d", out)
    assert again.exit_code == 0, again.output
    after = manifest(out)
    # the other story was not narrated again: its record is the same but for the input hash, which now
    # takes in the changed lexicon file
    unchanged = {k: v for k, v in after[str(other)].items() if k != "input_hash"}
    assert unchanged == {k: v for k, v in first[str(other)].items() if k != "input_hash"}
    item = after[str(named)]
    assert item["content_hash"] != first[str(named)]["content_hash"]
    assert (item["clips_synthesized"], item["clips_reused"]) == (
        1,
        first[str(named)]["clips_synthesized"] - 1,
    )
    assert "1 narrated, 1 unchanged" in again.output


PAGE = """<!doctype html><html lang="en"><head><title>Council backs the new library</title>
<link rel="canonical" href="https://station.example/news/council-library"></head>
<body><article><h1>Council backs the new library</h1>
<p>The city council voted on Tuesday to build a new library beside the harbour, ending a long debate.</p>
<p>Work is due to start in the spring, and the doors should open two years later, the mayor said.</p>
</article></body></html>"""


def test_saved_page_keeps_its_guid_when_moved(tmp_path: Path) -> None:
    """A saved page's guid comes from its own (canonical) URL: saved again in another folder, it is the same
    story, still up to date, under the same guid and file name."""
    monday, tuesday = tmp_path / "monday", tmp_path / "tuesday"
    monday.mkdir()
    tuesday.mkdir()
    (monday / "library.html").write_text(PAGE, encoding="utf-8")
    (tuesday / "library.html").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run_batch(monday, "-d", out).exit_code == 0
    [first] = manifest(out).values()
    assert first["guid"] == str(
        uuid.uuid5(uuid.NAMESPACE_URL, "https://station.example/news/council-library")
    )
    assert first["url"] == "https://station.example/news/council-library"
    again = run_batch(tuesday, "-d", out)
    assert again.exit_code == 0, again.output
    [second] = manifest(out).values()
    assert second == {**first, "source": str(tuesday / "library.html")}
    assert "1 unchanged" in again.output


def test_busy_folder(tmp_path: Path) -> None:
    """While another run holds the folder's lock, a second run says so, exits, and changes nothing."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text('{"items": []}\n', encoding="utf-8")
    with (out / ".narrate.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
        result = run_batch(story(tmp_path, "blocked"), "-d", out)
    assert result.exit_code == BusyError.exit_code
    assert f"ERROR: {out}: folder is busy (another narrate batch is running)" in result.output
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()} == before


def test_feed_source(tmp_path: Path) -> None:
    """--from-feed: each RSS item's link is a story, fetched over HTTP; guids come from the URLs; the
    folder's own podcast feed is brought up to date."""
    pages = {
        f"/news/{name}.txt": ("text/plain; charset=utf-8", story(tmp_path, name).read_bytes())
        for name in ("alpha", "beta")
    }
    with serve(pages) as base:
        links = [f"{base}/news/alpha.txt", "/news/beta.txt"]  # the second relative to the feed's URL
        items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'
        pages["/feed.xml"] = ("application/rss+xml", rss.encode())
        out = tmp_path / "out"
        out.mkdir()
        podcast = 'title = "Evening News"\nbase_url = "https://podcasts.example.org/evening"\n'
        (out / "podcast.toml").write_text(podcast, encoding="utf-8")
        result = run_batch(
            "--from-feed", f"{base}/feed.xml", "-d", out, "--cache-limit", "0", "--allow-private"
        )
        assert result.exit_code == 0, result.output
    urls = [f"{base}/news/alpha.txt", f"{base}/news/beta.txt"]
    items_ = manifest(out)
    assert list(items_) == urls
    for url in urls:
        assert items_[url]["status"] == "ok" and (out / items_[url]["mp3"]).is_file()
        assert items_[url]["guid"] == str(uuid.uuid5(uuid.NAMESPACE_URL, url))
    # with OUTDIR/podcast.toml the batch keeps the podcast feed current (issue 6), read here by feedparser
    published = feedparser.parse((out / "feed.xml").read_bytes())
    assert published.feed.title == "Evening News"
    assert sorted(e.id for e in published.entries) == sorted(items_[url]["guid"] for url in urls)
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "narrate" / "clips"
    assert not [p for p in cache.rglob("*") if p.is_file()]  # --cache-limit 0 prunes every clip after the run


def _processes_with(marker: str) -> list[int]:
    """Processes whose environment holds MARKER (this test's own cache folder): the batch and its workers."""
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if marker.encode() in (proc / "environ").read_bytes():
                    pids.append(int(proc.name))
            except OSError:
                continue
    return pids


def stop_after_first_story(stories: Path, out: Path, *options: str, wait_s: float = 180) -> dict[str, Any]:
    """Run `narrate batch STORIES -d OUT OPTIONS` in a process, SIGTERM it once a story is finished, and
    check the promises of an interrupted run: exit 130, no traceback, no partial file, a valid manifest of
    finished stories whose MP3s are all there, and no process of the run left (its workers included).
    Returns the finished stories' manifest items by source."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "narrate", "batch", str(stories), "-d", str(out), *options]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline and proc.poll() is None:
        if (out / "manifest.json").exists() and any(i["status"] == "ok" for i in manifest(out).values()):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "interrupted with" in stderr and "Traceback" not in stderr
    assert leftovers(out) == [] and not (out / ".narrate-work").exists()
    finished = manifest(out)
    assert finished and all(i["status"] == "ok" for i in finished.values())
    assert sorted(p.name for p in out.glob("*.mp3")) == sorted(i["mp3"] for i in finished.values())
    gone = time.monotonic() + 15
    while _processes_with(os.environ["XDG_CACHE_HOME"]) and time.monotonic() < gone:
        time.sleep(0.1)
    assert _processes_with(os.environ["XDG_CACHE_HOME"]) == []
    return finished


def test_interrupted_run_resumes(tmp_path: Path) -> None:
    """SIGTERM after the first story: exit 130, no partial files, workers gone, a valid manifest of the
    finished stories; the next run narrates the rest and leaves the finished ones alone."""
    stories = tmp_path / "in"
    stories.mkdir()
    for n in range(6):
        story(stories, f"story{n}", paragraphs=8)
    out = tmp_path / "out"
    finished = stop_after_first_story(stories, out, "--jobs", "2")
    assert len(finished) < 6
    mtimes = {i["mp3"]: (out / i["mp3"]).stat().st_mtime_ns for i in finished.values()}

    resumed = run_batch(stories, "-d", out)
    assert resumed.exit_code == 0, resumed.output
    assert f"{len(finished)} unchanged" in resumed.output
    items = manifest(out)
    assert len(items) == 6 and all(i["status"] == "ok" for i in items.values())
    for source, item in finished.items():
        assert items[source] == item and (out / item["mp3"]).stat().st_mtime_ns == mtimes[item["mp3"]]


def test_an_interrupt_lost_in_a_finalizer_still_stops_the_batch() -> None:
    """SIGTERM raises KeyboardInterrupt wherever the main thread is; inside a finalizer (a Dask future's
    __del__) Python would print it as ignored and go on, so the batch's loop raises it again (a --cluster
    run once finished every story after its SIGTERM, and printed a traceback)."""

    class Finalized:
        def __del__(self) -> None:
            os.kill(os.getpid(), signal.SIGTERM)  # the handler runs here, and its raise is lost

    with batch_signals.sigterm_interrupts():
        batch_signals.raise_if_interrupted()  # nothing received yet
        Finalized()
        with pytest.raises(KeyboardInterrupt):
            batch_signals.raise_if_interrupted()
    batch_signals.raise_if_interrupted()  # outside the block: forgotten


def test_a_signal_another_thread_receives_waits_for_the_manifest() -> None:
    """SIGTERM sent to the process reaches a thread that does not block it (a Dask client has several), and
    Python runs the handler in the main thread all the same: it must still wait until the files and the
    manifest have changed together (a --cluster run, interrupted there, had left an MP3 its manifest did not
    name)."""
    idle = threading.Event()
    other = threading.Thread(target=idle.wait, daemon=True)  # a thread with SIGTERM unblocked
    other.start()
    steps = []
    with batch_signals.sigterm_interrupts(), pytest.raises(KeyboardInterrupt):
        with batch_signals.signals_deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(200):  # time and bytecodes enough for the handler to run, were it let through
                time.sleep(0.001)
            steps.append("the block finished")
        steps.append("not reached: the signal is delivered after the block")
    idle.set()
    assert steps == ["the block finished"]


def test_a_title_with_no_latin_letters_names_its_files_after_the_source(tmp_path: Path) -> None:
    """Two stories titled in Japanese were 'story.mp3' and 'story-<guid>.mp3'; their files are named after
    their sources now."""
    stories, out = tmp_path / "in", tmp_path / "out"
    stories.mkdir()
    story(stories, "tokyo-council", title="東京都議会の報告")
    story(stories, "osaka-council", title="大阪府議会の報告")
    result = run_batch(stories, "-d", out, "-q")
    assert result.exit_code == 0, result.output
    assert {Path(item["mp3"]).name for item in manifest(out).values()} == {
        "tokyo-council.mp3",
        "osaka-council.mp3",
    }


def test_sources_from_list_and_folder(tmp_path: Path) -> None:
    """--list: one source a line, # comments, paths relative to the list; folders give their story files;
    each story once."""
    (tmp_path / "a.txt").write_text("A\n\nB\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("B\n\nC\n", encoding="utf-8")
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF")
    listing = tmp_path / "stories.list"
    listing.write_text("# today\na.txt\n\n  https://example.org/x  \nsub\n", encoding="utf-8")
    found = batch.gather_sources([str(tmp_path / "a.txt")], listing)
    assert found == [str(tmp_path / "a.txt"), "https://example.org/x", str(tmp_path / "sub" / "b.md")]


def test_feed_links_from_an_atom_file(tmp_path: Path) -> None:
    """An Atom file's entries: relative links resolve against the feed file's folder."""
    (tmp_path / "s.txt").write_text("T\n\nP\n", encoding="utf-8")
    atom = tmp_path / "feed.atom"
    atom.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
        '<entry><title>one</title><link href="s.txt"/><id>1</id></entry>'
        '<entry><title>two</title><link href="https://example.org/two"/><id>2</id></entry></feed>',
        encoding="utf-8",
    )
    assert batch.feed_links(str(atom)) == [str(tmp_path / "s.txt"), "https://example.org/two"]
    (tmp_path / "bad.xml").write_text("no feed here", encoding="utf-8")
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        batch.feed_links(str(tmp_path / "bad.xml"))


def test_folder_story_files_are_the_fetchers() -> None:
    """A folder gives the files fetch reads as pages or text (sources.py spells the suffixes out so that
    listing a folder loads no fetcher)."""
    assert batch_sources.STORY_SUFFIXES == HTML_SUFFIXES | TEXT_SUFFIXES


def _drive_by_hand(run: batch_run.Run, workers_at_once: int) -> list[tuple[str, str, bool]]:
    """Run's tasks as WORKERS_AT_ONCE workers would take them (stories read here, renders faked, the
    oldest finishing first): (step, story name, one core) for each task."""
    tasks: list[tuple[str, str, bool]] = []
    rendering: list[tuple[int, Path]] = []

    def finish_oldest() -> None:
        index, out = rendering.pop(0)
        out.write_bytes(b"mp3")
        run.on_reply(index, ("ok", batch.Rendered(1000, 3, {}, 0, 1), None))

    while (task := run.next_task()) is not None or rendering:
        if task is None:
            finish_oldest()
            continue
        index, (step, args), _what, _timeout = task
        name = Path(run.stories[index].source).stem
        if step == "prepare":
            tasks.append((step, name, True))
            run.on_reply(index, workers.run_task(batch_story.story_task, (step, args)))
            continue
        tasks.append((step, name, args[-1]))
        rendering.append((index, args[1]))
        if len(rendering) == workers_at_once:
            finish_oldest()
    return tasks


def test_longest_story_is_narrated_first(tmp_path: Path) -> None:
    """The stories are read first (READ_AHEAD of them), then narrated longest first, so that the workers
    finish together, each story on one core; their names are still decided in source order. A story
    narrated alone (here, a batch of one) may use the batch's cores."""
    stories = tmp_path / "in"
    stories.mkdir()
    sizes = {"a": 2, "b": 9, "c": 1, "d": 5}
    sources = [str(story(stories, name, paragraphs=n, title="Same title")) for name, n in sizes.items()]
    options = batch.BatchOptions(use_cache=False)
    run = batch_run.Run(tmp_path / "out", sources, options, lambda _e: None)
    run.cores = 2
    tasks = _drive_by_hand(run, workers_at_once=2)
    assert [step for step, _name, _one in tasks] == ["prepare"] * 4 + ["render"] * 4
    renders = [(name, one_core) for step, name, one_core in tasks if step == "render"]
    assert renders == [(name, True) for name in sorted(sizes, key=lambda name: -sizes[name])]
    names = {Path(item.source).stem: item.mp3 for item in folder.read_manifest(tmp_path / "out")}
    assert names["a"] == "same-title.mp3" and names["b"] != names["a"]  # the first in source order

    for cores, one_core in ((2, False), (1, True)):
        alone = batch_run.Run(tmp_path / f"alone-{cores}", sources[:1], options, lambda _e: None)
        alone.cores = cores
        assert _drive_by_hand(alone, workers_at_once=2) == [("prepare", "a", True), ("render", "a", one_core)]


def test_fingerprint_takes_in_what_makes_clips_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    """input_fingerprint reads the engines' identity without loading the speech code: it takes in every
    package speak.clips.engine_id asks about and its engine switch, and changes with each of them."""
    asked: list[str] = []

    def spy(dist: str) -> str:
        asked.append(dist)
        return "1.0"

    monkeypatch.setattr(speak_clips, "version", spy)
    for engine in ("espeak", "piper"):
        speak_clips.engine_id(engine)
    monkeypatch.setenv(fingerprint.ENGINE_ENV, "system")
    speak_clips.engine_id()
    assert set(asked) <= set(fingerprint.ENGINE_DISTRIBUTIONS)
    assert fingerprint.ENGINE_ENV == espeak_voices.ENGINE_ENV
    assert cli_batch.CACHE_LIMIT_ENV == speak_cache.LIMIT_ENV

    options = ArticleOptions()
    seen = {fingerprint.input_fingerprint(options)}
    monkeypatch.delenv(fingerprint.ENGINE_ENV)
    seen.add(fingerprint.input_fingerprint(options))
    for dist in fingerprint.ENGINE_DISTRIBUTIONS:
        monkeypatch.setattr(fingerprint, "version", lambda d, changed=dist: "2.0" if d == changed else "1.0")
        seen.add(fingerprint.input_fingerprint(options))
    assert len(seen) == 2 + len(fingerprint.ENGINE_DISTRIBUTIONS)


def test_installed_versions_are_read_as_importlib_metadata_does() -> None:
    """installed.version (the batch fingerprint's and the clip cache's) reads a .dist-info folder's name
    instead of importing importlib.metadata; it gives the same version for installed packages (any spelling
    of their names) and None for a missing one."""
    import importlib.metadata  # noqa: PLC0415

    names = (*fingerprint.ENGINE_DISTRIBUTIONS, "typer", "lxml_html_clean", "lxml-html-clean", "Pyttsx3")
    for name in names:
        assert installed.version(name) == importlib.metadata.version(name), name
    assert installed.version("no-such-distribution-here") is None
    assert fingerprint.version is installed.version and speak_clips.version is installed.version


def test_doctests() -> None:
    result = doctest.testmod(batch_sources)
    assert result.attempted > 0 and result.failed == 0
