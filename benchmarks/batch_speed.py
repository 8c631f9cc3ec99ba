"""How much faster two stories at a time are than one, and how fast a rerun with nothing changed is.

    PYTHONPATH=src .venv/bin/python benchmarks/batch_speed.py [--stories 8] [--words 600] [--rounds 1]
        [--reruns 3] [--cached-bytecode]

Stories: the text of real news pages from ../shared/corpus (Readability's ground truth), cut at a paragraph
boundary to about --words words each so the batch divides evenly. Each timing is a whole
`python -m narrate batch DIR -d OUT --jobs N --quiet` in a fresh output folder with an empty clip cache
(the cache would otherwise make the second run fast for the wrong reason). Rounds alternate the order
(1, 2, then 2, 1, ...) so that other load on the machine falls on both sides; the figures are medians.
After each --jobs 2 run, --reruns unchanged reruns into the same OUTDIR (their median counts).

Python runs as the environment says: with PYTHONDONTWRITEBYTECODE set, as in the development sandbox, every
run compiles narrate's modules from source. --cached-bytecode lets Python keep the compiled modules (in the
benchmark's temporary folder, not in the tree), as an installed narrate has them.

Issue 16's targets: --jobs 2 at least 1.85x as fast as --jobs 1 on 8 stories (2 cores); an unchanged rerun
under 3% of the first run's time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "readability"
PAGES = (  # the corpus's news pages with at least 600 words, so that every story can be about as long
    "bbc-1",
    "gitlab-blog",
    "herald-sun-1",
    "yahoo-1",
    "theverge",
    "spiceworks",
    "cnet",
    "wikia",
    "yahoo-2",
    "tumblr",
    "telegraph",
    "webmd-1",
)
SPEED_UP_TARGET = 1.85
RERUN_TARGET = 0.03


def write_stories(folder: Path, count: int, words: int) -> list[int]:
    """COUNT .txt stories of about WORDS words each; their word counts."""
    sizes = []
    for page in PAGES[:count]:
        doc = json.loads((CORPUS / f"{page}.json").read_text(encoding="utf-8"))
        paragraphs, total = [], 0
        for line in doc["body_text"].splitlines():
            if total >= words:
                break
            if len(line.split()) >= 5:
                paragraphs.append(line.strip())
                total += len(line.split())
        (folder / f"{page}.txt").write_text("\n\n".join([doc["title"], *paragraphs]) + "\n", encoding="utf-8")
        sizes.append(total)
    return sizes


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def run(stories: Path, out: Path, jobs: int, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds for one `narrate batch` run (it must succeed). On a shared machine the
    wall clock also measures the other users; the CPU seconds (of narrate's whole process tree) do not."""
    cmd = [sys.executable, "-m", "narrate", "batch", str(stories), "-d", str(out), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([*cmd, "--quiet"], env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"narrate batch failed ({proc.returncode}):\n{proc.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=8)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--reruns", type=int, default=3, help="unchanged reruns after each --jobs 2 run")
    parser.add_argument("--cached-bytecode", action="store_true", help="keep compiled modules between runs")
    args = parser.parse_args()
    times: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    firsts: list[float] = []
    reruns: list[float] = []
    with tempfile.TemporaryDirectory(prefix="narrate-bench-") as tmp:
        base = Path(tmp)
        stories = base / "stories"
        stories.mkdir()
        sizes = write_stories(stories, args.stories, args.words)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        if args.cached_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(base / "pycache")
        bytecode = "cached" if "PYTHONDONTWRITEBYTECODE" not in env else "compiled every run"
        print(
            f"{len(sizes)} stories, {sum(sizes)} words ({min(sizes)}-{max(sizes)} each); "
            f"{os.cpu_count()} cores, {len(os.sched_getaffinity(0))} usable; "
            f"Python {sys.version.split()[0]}, bytecode {bytecode}",
            flush=True,
        )
        print(f"load average at start: {load()}", flush=True)
        if args.cached_bytecode:  # compile once, outside the timings
            subprocess.run(
                [sys.executable, "-c", "import narrate.cli, narrate.batch.story"], env=env, check=True
            )
        for n in range(args.rounds):
            for jobs in (1, 2) if n % 2 == 0 else (2, 1):
                out = base / f"out-{n}-{jobs}"
                seconds, cpu = run(
                    stories, out, jobs, {**env, "XDG_CACHE_HOME": str(base / f"cache-{n}-{jobs}")}
                )
                times[jobs].append(seconds)
                cpus[jobs].append(cpu)
                print(f"round {n + 1}: --jobs {jobs}: {seconds:6.2f} s wall, {cpu:6.2f} s CPU", flush=True)
                if jobs == 2:
                    firsts.append(seconds)
                    cache = {**env, "XDG_CACHE_HOME": str(base / f"cache-{n}-{jobs}")}
                    again = [run(stories, out, jobs, cache)[0] for _ in range(args.reruns)]
                    reruns.extend(again)
                    shown = ", ".join(f"{a:.3f}" for a in again)
                    print(f"round {n + 1}: reruns, nothing changed: {shown} s", flush=True)
    one, two = statistics.median(times[1]), statistics.median(times[2])
    first, again = statistics.median(firsts), statistics.median(reruns)
    print(
        f"--jobs 1: {one:.2f} s ({statistics.median(cpus[1]):.2f} s CPU)   "
        f"--jobs 2: {two:.2f} s ({statistics.median(cpus[2]):.2f} s CPU)   "
        f"speed-up: {one / two:.2f}x (target >= {SPEED_UP_TARGET}x)"
    )
    print(
        f"first run (--jobs 2): {first:.2f} s   rerun: {again:.3f} s   "
        f"rerun/first: {again / first:.3f} (target < {RERUN_TARGET})"
    )
    print(f"load average at end: {load()}")


if __name__ == "__main__":
    main()
