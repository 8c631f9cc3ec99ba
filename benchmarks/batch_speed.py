"""How much faster two stories at a time are than one, and how fast a rerun with nothing changed is.

    PYTHONPATH=src .venv/bin/python benchmarks/batch_speed.py [--stories 8] [--words 600] [--rounds 1]

Stories: the text of real news pages from ../shared/corpus (Readability's ground truth), cut at a paragraph
boundary to about --words words each so the batch divides evenly. Each timing is a whole
`python -m narrate batch DIR -d OUT --jobs N --quiet` in a fresh output folder with an empty clip cache
(the cache would otherwise make the second run fast for the wrong reason). Rounds alternate the order
(1, 2, then 2, 1, ...) so that other load on the machine falls on both sides. Issue 5's targets:
--jobs 2 at least 1.7x as fast as --jobs 1 on 8 stories (2 cores); a rerun well under 1/10 of the first run.
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


def run(stories: Path, out: Path, jobs: int, cache: Path) -> float:
    """Wall-clock seconds for one `narrate batch` run (it must succeed); prints its CPU seconds too, since on
    a shared machine the wall clock also measures the other users."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT / "src")}
    cmd = [
        sys.executable,
        "-m",
        "narrate",
        "batch",
        str(stories),
        "-d",
        str(out),
        "--jobs",
        str(jobs),
        "--quiet",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"narrate batch failed ({proc.returncode}):\n{proc.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    load = os.getloadavg()[0]
    print(f"  --jobs {jobs}: {seconds:6.1f} s wall, {cpu:6.1f} s CPU, load {load:.1f}", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=8)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    times: dict[int, list[float]] = {1: [], 2: []}
    reruns: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="narrate-bench-") as tmp:
        base = Path(tmp)
        stories = base / "stories"
        stories.mkdir()
        sizes = write_stories(stories, args.stories, args.words)
        print(
            f"{len(sizes)} stories, {sum(sizes)} words ({min(sizes)}-{max(sizes)} each); "
            f"{os.cpu_count()} cores; load before: {os.getloadavg()[0]:.1f}"
        )
        for n in range(args.rounds):
            for jobs in (1, 2) if n % 2 == 0 else (2, 1):
                out, cache = base / f"out-{n}-{jobs}", base / f"cache-{n}-{jobs}"
                seconds = run(stories, out, jobs, cache)
                times[jobs].append(seconds)
                print(f"round {n + 1}: --jobs {jobs}: {seconds:6.1f} s")
                if jobs == 2:
                    again = run(stories, out, jobs, cache)
                    reruns.append((seconds, again))
                    print(f"round {n + 1}: rerun, nothing changed: {again:6.1f} s")
    one, two = statistics.median(times[1]), statistics.median(times[2])
    first, again = statistics.median(r[0] for r in reruns), statistics.median(r[1] for r in reruns)
    print(f"--jobs 1: {one:.1f} s   --jobs 2: {two:.1f} s   speed-up: {one / two:.2f}x (target >= 1.7x)")
    print(
        f"first run: {first:.1f} s   rerun: {again:.1f} s   rerun/first: {again / first:.3f} (target < 0.1)"
    )
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
