"""Speed and memory of the natural voice (Piper, the `natural` extra): real-time factor and peak RSS.

    PYTHONPATH=src .venv/bin/python benchmarks/natural_speed.py [--words 3500] [--stories 4]
        [--story-words 450] [--skip-long]

Three measurements, each a whole command in a fresh helper process, with an empty clip cache
(XDG_CACHE_HOME points at a new folder, so nothing is reused):
1. `narrate article examples/amazon-facial-recognition.html --voice natural` (the seed story, ~850 words);
2. `narrate article STORY.txt --voice natural` on a ~3,500-word story: the English texts of ../shared/corpus
   when present, else the seed's paragraphs repeated (each copy numbered, so no two paragraphs are equal);
3. `narrate batch --voice natural` on --stories stories of about --story-words words, `--jobs 1` then
   `--jobs 2`.
Real-time factor = seconds of audio made / wall-clock seconds. Peak RSS is resource.getrusage's
RUSAGE_CHILDREN ru_maxrss in the helper: the largest single process (narrate or one of its workers), not the
sum; the sum over the process tree, sampled every 0.2 s from /proc, is printed beside it. The load average
is printed too: on a shared machine the wall clock also measures the other users.
Issue 13's targets: >= 8x real time for a single story on 2 cores; peak RSS < 600 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import imageio_ffmpeg

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "000_f48a0e008bba97fc.txt"
EXAMPLE = ROOT / "examples" / "amazon-facial-recognition.html"
FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()

# Run a command; sample the RSS of its whole process tree; print code, wall s, largest-process KiB, tree KiB.
_MEASURE = r"""
import os, resource, subprocess, sys, threading, time
from pathlib import Path
def tree_rss(root):
    kids = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            kids.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            pass
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total
t = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
peak = 0
while proc.poll() is None:
    peak = max(peak, tree_rss(proc.pid))
    time.sleep(0.2)
wall = time.perf_counter() - t
print(proc.returncode, wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, peak)
"""


def measure(cmd: list[str], cache: Path) -> tuple[float, int, int]:
    """(wall seconds, largest process's peak RSS MiB, process tree's sampled peak MiB) of CMD."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, check=True, env=env
    )
    code, wall, rss, tree = out.stdout.split()
    if code != "0":
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}\n{out.stderr}")
    return float(wall), int(rss) // 1024, int(tree) // 1024


def duration(mp3: Path) -> float:
    info = subprocess.run(
        [FFMPEG, "-hide_banner", "-i", str(mp3)], capture_output=True, text=True, check=False
    )
    h, m, s = re.search(r"Duration: (\d+):(\d+):([\d.]+)", info.stderr).groups()  # type: ignore[union-attr]
    return int(h) * 3600 + int(m) * 60 + float(s)


def paragraphs() -> list[str]:
    """English paragraphs of the shared corpus (Readability's ground truth) if present, else the seed's."""
    found: list[str] = []
    for path in sorted(CORPUS.rglob("*.json")):
        try:
            page = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(page, dict) or page.get("synthetic"):
            continue
        if not str(page.get("lang") or "en").startswith("en"):
            continue
        found.extend(" ".join(p.split()) for p in str(page.get("body_text") or "").splitlines())
    found = [p for p in found if len(p.split()) >= 8]
    if found:
        return found
    seed = [" ".join(p.split()) for p in SEED.read_text(encoding="utf-8").split("\n")]
    return [p for p in seed if len(p.split()) >= 8]


def story(words: int, title: str, offset: int = 0) -> str:
    """A plain-text story of about WORDS words; a repeated paragraph is numbered so it is new text."""
    pool = paragraphs()
    chosen: list[str] = []
    count, n = 0, offset
    while count < words:
        text = pool[n % len(pool)]
        lap = n // len(pool)
        chosen.append(f"Part {lap + 1}. {text}" if lap else text)
        count += len(chosen[-1].split())
        n += 1
    return f"{title}\n\n" + "\n\n".join(chosen) + "\n"


def report(label: str, audio_s: float, wall: float, rss: int, tree: int) -> None:
    load = os.getloadavg()[0]
    print(
        f"{label}: {audio_s / 60:5.1f} min of audio in {wall:6.1f} s = {audio_s / wall:5.1f}x real time; "
        f"peak RSS {rss} MB (largest process), {tree} MB (whole tree); load {load:.1f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=3500)
    parser.add_argument("--stories", type=int, default=4)
    parser.add_argument("--story-words", type=int, default=450)
    parser.add_argument("--skip-long", action="store_true", help="leave out the ~3,500-word story")
    args = parser.parse_args()
    narrate = [sys.executable, "-m", "narrate"]
    print(f"{os.cpu_count()} cores; load before: {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="narrate-natural-") as tmp:
        base = Path(tmp)
        out = base / "seed.mp3"
        cmd = [*narrate, "article", str(EXAMPLE), "-o", str(out), "--voice", "natural", "--quiet"]
        wall, rss, tree = measure(cmd, base / "cache-seed")
        report("seed story, narrate article", duration(out), wall, rss, tree)
        if not args.skip_long:
            text = base / "long.txt"
            text.write_text(story(args.words, "A long story for the natural voice"), encoding="utf-8")
            out = base / "long.mp3"
            cmd = [*narrate, "article", str(text), "-o", str(out), "--voice", "natural", "--quiet"]
            wall, rss, tree = measure(cmd, base / "cache-long")
            words = len(text.read_text(encoding="utf-8").split())
            report(f"{words}-word story, narrate article", duration(out), wall, rss, tree)
        stories = base / "stories"
        stories.mkdir()
        for n in range(args.stories):
            body = story(args.story_words, f"Batch story {n + 1}", offset=n * 7)
            (stories / f"story-{n + 1}.txt").write_text(body, encoding="utf-8")
        walls = {}
        for jobs in (1, 2):
            folder = base / f"batch-{jobs}"
            cmd = [*narrate, "batch", str(stories), "-d", str(folder), "--jobs", str(jobs)]
            cmd += ["--voice", "natural", "--quiet"]
            wall, rss, tree = measure(cmd, base / f"cache-batch-{jobs}")
            audio = sum(duration(mp3) for mp3 in folder.rglob("*.mp3"))
            report(f"batch of {args.stories}, --jobs {jobs}", audio, wall, rss, tree)
            walls[jobs] = wall
        print(f"batch speed-up, --jobs 2 over --jobs 1: {walls[1] / walls[2]:.2f}x")
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
