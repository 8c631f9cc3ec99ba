"""narrate batch --cluster with the real engine, on a Dask scheduler and two single-thread workers started on
loopback with README's commands (`dask scheduler`, `dask worker`, the Dask config file): a small batch whose
manifest matches a local run's (both ways), a worker killed mid-story, an interrupted `--cluster local:2`
client, an unreachable scheduler, and Dask not installed.

Every run that talks to a cluster is a fresh process: a Dask client leaves threads behind in its process, and
with threads running narrate's own pool no longer forks (later tests in this process rely on it)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from narrate.batch import cluster as batch_cluster
from narrate.batch.inputs import Inputs, RemoteTask, identity
from narrate.batch.remote import remote_task
from narrate.cli import app
from narrate.errors import ClusterError, UsageError
from narrate.options import ArticleOptions
from tests.conftest import ROOT
from tests.media import probe
from tests.test_batch import leftovers, manifest, stop_after_first_story, story

runner = CliRunner()
pytestmark = pytest.mark.slow

DASK = Path(sys.executable).parent / "dask"
SLOW = "rate = 150\nbitrate = 48\n"  # the client's voice profile "slow"
LEXICON = '[words]\n"harbour" = "harbor"\n'  # the client's lexicon: changes the spoken text of every story
DASK_CONFIG = """distributed:
  nanny:
    pre-spawn-environ:
      MALLOC_TRIM_THRESHOLD_: null
  worker:
    profile:
      enabled: false
    memory:
      monitor-interval: 1s
  admin:
    tick:
      interval: 1s
    system-monitor:
      interval: 2s
"""


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), **extra}


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A scheduler and two single-thread worker processes (address, pid of `dask worker`), whose own config
    folder holds a different "slow" profile and lexicon: a task that read the worker's config instead of the
    client's would sound different."""
    home = tmp_path_factory.mktemp("workers")
    voices = home / "config" / "narrate" / "voices"
    voices.mkdir(parents=True)
    (voices / "slow.toml").write_text("rate = 300\n", encoding="utf-8")
    (home / "config" / "narrate" / "lexicon.toml").write_text('[words]\n"report" = "rapport"\n', "utf-8")
    (home / "dask").mkdir()
    (home / "dask" / "narrate.yaml").write_text(DASK_CONFIG, encoding="utf-8")
    env = _env(
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        DASK_CONFIG=str(home / "dask"),
    )
    env.pop("NARRATE_LEXICON", None)
    file = home / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    scheduler = subprocess.Popen(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", file],
        **quiet,
    )
    workers = None
    try:
        deadline = time.monotonic() + 60
        while not file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.2)
        address = json.loads(file.read_text(encoding="utf-8"))["address"]
        workers = subprocess.Popen(
            [DASK, "worker", address, "--nworkers", "2", "--nthreads", "1", *("--host", "127.0.0.1")],
            **quiet,
        )
        ready = (
            f"from distributed import Client\nc = Client({address!r})\nc.wait_for_workers(2, 60)\nc.close()"
        )
        subprocess.run([sys.executable, "-c", ready], env=env, check=True, timeout=90)
        yield address, workers.pid
    finally:
        for process in (workers, scheduler):
            if process is not None:
                process.terminate()
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()


def _cmdline(pid: int) -> bytes:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return b""


def client_config() -> None:
    """The client's own config folder (conftest points XDG_CONFIG_HOME at a fresh one for each test)."""
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "narrate"
    (config / "voices").mkdir(parents=True)
    (config / "voices" / "slow.toml").write_text(SLOW, encoding="utf-8")
    (config / "lexicon.toml").write_text(LEXICON, encoding="utf-8")


def batch(*args: str | Path) -> Any:
    """In this process: only for runs that fail before Dask starts anything."""
    return runner.invoke(app, ["batch", *map(str, args)])


def narrate_batch(*args: str | Path) -> tuple[int, str]:
    """`narrate batch ARGS` in a fresh process: its exit code, stdout and stderr."""
    cmd = [sys.executable, "-m", "narrate", "batch", *map(str, args)]
    done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, check=False, timeout=300)
    return done.returncode, done.stdout + done.stderr


def test_cluster_batch_matches_a_local_run_both_ways(tmp_path: Path, cluster: tuple[str, int]) -> None:
    """Three stories on the cluster: the same manifest (names, content and input hashes, durations) as a
    local --jobs 2 run, with the client's profile and lexicon; each folder is then unchanged for the other
    way of running, and an edited story is narrated again on the cluster into the locally made folder."""
    client_config()
    stories = tmp_path / "in"
    stories.mkdir()
    for name in ("alpha", "bravo", "charlie"):
        story(stories, name, paragraphs=3)
    on_cluster, local = tmp_path / "cluster", tmp_path / "local"
    address = cluster[0]
    code, output = narrate_batch(stories, "-d", on_cluster, "--cluster", address, "--voice", "slow")
    assert code == 0 and "3 narrated, 0 unchanged, 0 failed" in output, output
    code, output = narrate_batch(stories, "-d", local, "--jobs", "2", "--voice", "slow")
    assert code == 0, output
    remote, here = manifest(on_cluster), manifest(local)
    assert set(remote) == set(here) == {str(p) for p in stories.iterdir()}
    for source, item in remote.items():
        twin = here[source]
        for key in ("guid", "mp3", "title", "sidecars", "content_hash", "input_hash", "status", "language"):
            assert item[key] == twin[key], key
        # eSpeak NG does not give the same text the same length twice to the sample (measured: 60 clips said
        # three times in one process, median 15 samples apart, at most 288, 13 ms): a story of a dozen clips
        # may differ by a few tens of ms; a clip at another rate differed by 0.4 s
        assert abs(item["duration"] - twin["duration"]) < 0.1
        mp3 = on_cluster / item["mp3"]
        assert item["bytes"] == mp3.stat().st_size and probe(mp3).codec == "mp3"
        assert all((on_cluster / name).is_file() for name in item["sidecars"].values())
    assert leftovers(on_cluster) == [] and not (on_cluster / ".narrate-work").exists()
    names = {p.name for p in on_cluster.iterdir()}
    assert names == {p.name for p in local.iterdir()}  # no other file, no second copy of any

    code, output = narrate_batch(stories, "-d", on_cluster, "--jobs", "2", "--voice", "slow")
    assert code == 0 and "0 narrated, 3 unchanged" in output, output
    code, output = narrate_batch(stories, "-d", local, "--cluster", address, "--voice", "slow")
    assert code == 0 and "0 narrated, 3 unchanged" in output, output
    assert manifest(local) == here

    edited = stories / "bravo.txt"
    edited.write_text(edited.read_text("utf-8").replace("Paragraph 2 of", "Paragraph two of"), "utf-8")
    code, output = narrate_batch(stories, "-d", local, "--cluster", address, "--voice", "slow")
    assert code == 0 and "1 narrated, 2 unchanged" in output, output
    after = manifest(local)
    assert after[str(edited)]["mp3"] == here[str(edited)]["mp3"]
    assert after[str(edited)]["content_hash"] != here[str(edited)]["content_hash"]
    assert {p.name for p in local.iterdir()} == names

    # a fresh process running the batch without --cluster (or its help) never imports Dask
    probe_code = (
        "import sys\nfrom narrate.cli import app\n"
        f"app(['batch', {str(stories)!r}, '-d', {str(local)!r}, '--voice', 'slow', '--quiet'],"
        " standalone_mode=False)\n"
        "print(sorted(m for m in ('dask', 'distributed', 'narrate.batch.cluster') if m in sys.modules))"
    )
    fresh = subprocess.run([sys.executable, "-c", probe_code], capture_output=True, text=True, check=False)
    assert fresh.returncode == 0 and fresh.stdout.strip() == "[]", fresh.stdout + fresh.stderr


def test_worker_killed_mid_story(tmp_path: Path, cluster: tuple[str, int]) -> None:
    """SIGKILL of a worker while it speaks a story: Dask runs the task again on the other worker, and the
    story is narrated once (one set of files, one record)."""
    stories = tmp_path / "in"
    stories.mkdir()
    for name in ("long", "longer"):
        story(stories, name, paragraphs=14)
    out = tmp_path / "out"
    address, workers = cluster
    cmd = [sys.executable, "-m", "narrate", "batch", str(stories), "-d", str(out), "--cluster", address]
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline and proc.poll() is None:
        for worker in _children(workers):  # a worker whose speech engine runs is in a story's render
            if any(b"spawn_main" in _cmdline(engine) for engine in _children(worker)):
                time.sleep(0.5)
                os.kill(worker, signal.SIGKILL)
                killed = worker
                break
        time.sleep(0.05)
    _stdout, stderr = proc.communicate(timeout=180)
    assert killed is not None, "no render was seen on a worker"
    assert proc.returncode == 0, stderr
    items = manifest(out)
    assert len(items) == 2 and all(i["status"] == "ok" for i in items.values())
    assert sorted(p.name for p in out.glob("*.mp3")) == sorted(i["mp3"] for i in items.values())
    expected = {i["mp3"] for i in items.values()} | {
        n for i in items.values() for n in i["sidecars"].values()
    }
    assert {p.name for p in out.iterdir()} == expected | {"manifest.json", ".narrate.lock"}


def test_interrupted_client_resumes(tmp_path: Path, cluster: tuple[str, int]) -> None:
    """SIGTERM to a --cluster local:2 run after its first story: exit 130, tasks cancelled, its local
    cluster gone, no partial files, a valid manifest; the rerun (on another cluster) does the rest."""
    stories = tmp_path / "in"
    stories.mkdir()
    for n in range(5):
        story(stories, f"story{n}", paragraphs=8)
    out = tmp_path / "out"
    finished = stop_after_first_story(stories, out, "--cluster", "local:2", wait_s=120)
    assert len(finished) < 5
    mtimes = {i["mp3"]: (out / i["mp3"]).stat().st_mtime_ns for i in finished.values()}

    code, output = narrate_batch(stories, "-d", out, "--cluster", cluster[0])
    assert code == 0 and f"{len(finished)} unchanged" in output, output
    items = manifest(out)
    assert len(items) == 5 and all(i["status"] == "ok" for i in items.values())
    for source, item in finished.items():
        assert items[source] == item and (out / item["mp3"]).stat().st_mtime_ns == mtimes[item["mp3"]]


def test_unreachable_scheduler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody listening at the address: one ERROR line, exit 22, nothing written (not even OUTDIR)."""
    monkeypatch.setattr(batch_cluster, "CONNECT_TIMEOUT_S", 1.0)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    out = tmp_path / "out"
    result = batch(story(tmp_path, "one"), "-d", out, "--cluster", f"tcp://127.0.0.1:{port}")
    assert result.exit_code == ClusterError.exit_code == 22
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR:")]
    assert len(errors) == 1 and "cannot reach the Dask scheduler" in errors[0], result.output
    assert not out.exists()


def test_without_dask_or_with_a_bad_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--cluster without the extra says what to install (exit 2); so does local:0; nothing is written."""
    out = tmp_path / "out"
    source = story(tmp_path, "one")
    bad = batch(source, "-d", out, "--cluster", "local:0")
    assert bad.exit_code == UsageError.exit_code and "local:N needs N of at least 1" in bad.output
    monkeypatch.delitem(sys.modules, "narrate.batch.cluster", raising=False)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = batch(source, "-d", out, "--cluster", "local:2")
    assert result.exit_code == UsageError.exit_code, result.output
    assert "Dask is not installed" in result.output and "pip install 'narrate[cluster]'" in result.output
    assert not out.exists()


def test_a_worker_with_another_narrate_refuses_the_story() -> None:
    """A task from a client with another narrate (or eSpeak NG) is refused with both versions named: the
    story fails rather than come out differently from a local run's."""
    theirs = ("narrate 0.0.1", *identity()[1:])
    status, message, _ = remote_task(RemoteTask("prepare", theirs, Inputs(), ArticleOptions(), source="x"))
    assert status == "error" and "the client narrate 0.0.1" in message and "install the same" in message
