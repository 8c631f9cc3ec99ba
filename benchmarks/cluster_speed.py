"""How much slower a batch on a Dask cluster is than the local worker pool, on the same machine.

    PYTHONPATH=src .venv/bin/python benchmarks/cluster_speed.py [--stories 8] [--words 600] [--rounds 3]

The stories are batch_speed.py's (real news text from ../shared/corpus, about --words words each). Each timing
is a whole `python -m narrate batch DIR -d OUT --quiet` in a fresh output folder with an empty clip cache,
once with `--jobs 2` and once with `--cluster local:2` (two single-thread Dask worker processes started by
the run itself, so the cluster's start-up is counted). Rounds alternate the order so that other load on the
machine falls on both sides; the medians are compared. Issue 15's target: --cluster local:2 within 15% of
--jobs 2 (what the engine itself costs). Needs the cluster extra (pip install '.[cluster]').
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_speed import write_stories

ROOT = Path(__file__).resolve().parents[1]
MODES = {"jobs": ["--jobs", "2"], "cluster": ["--cluster", "local:2"]}


def run(stories: Path, out: Path, mode: str, cache: Path) -> float:
    """Wall-clock seconds of one `narrate batch` run (it must succeed); its CPU seconds are printed too."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "narrate", "batch", str(stories), "-d", str(out), *MODES[mode], "--quiet"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"narrate batch {' '.join(MODES[mode])} failed ({proc.returncode}):\n{proc.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(
        f"  {' '.join(MODES[mode]):17} {seconds:6.1f} s wall, {cpu:6.1f} s CPU, load {os.getloadavg()[0]:.1f}"
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=8)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
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
            for mode in ("jobs", "cluster") if n % 2 == 0 else ("cluster", "jobs"):
                out, cache = base / f"out-{n}-{mode}", base / f"cache-{n}-{mode}"
                times[mode].append(run(stories, out, mode, cache))
    jobs, cluster = statistics.median(times["jobs"]), statistics.median(times["cluster"])
    for mode, label in (("jobs", "--jobs 2"), ("cluster", "--cluster local:2")):
        rounds = ", ".join(f"{t:.1f}" for t in times[mode])
        print(f"{label:17} rounds: {rounds} s; median {statistics.median(times[mode]):.1f} s")
    print(f"--cluster local:2 / --jobs 2: {cluster / jobs:.3f} (target <= 1.15)")


if __name__ == "__main__":
    main()
