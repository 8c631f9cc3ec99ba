"""How does narrate compare with the floor, where does its time go, and how much memory does it take?

The floor is issue 16's hand-built pipeline for the same text: the espeak-ng command line writing a WAV,
one ffmpeg ebur128 pass over it, then ffmpeg applying the gain that brings it to -16 LUFS and encoding with
libmp3lame at narrate's output settings (44.1 kHz mono, same constant bit rate, same LAME quality), one
after the other.  narrate does more (clip checks, pauses, a limiter, tags, sidecars) and has two cores to do
it on.  Runs alternate (floor, narrate, floor, narrate, ...) so a busy machine hurts
both alike; medians are compared.  Peak RSS is the largest resident set of any process of a run (the
narrate process itself; its engine workers are smaller), from getrusage(RUSAGE_CHILDREN) in a fresh helper.

    python benchmarks/speed.py                    # 3,500-word story and 20,000-word page, 3 rounds
    python benchmarks/speed.py --words 3500 --rounds 5
    python benchmarks/speed.py --seed --rounds 5  # the seed story (../shared/seed)
    python benchmarks/speed.py --mode stages      # also where the time goes: NARRATE_PROFILE=1's rows
                                                  # (medians) and the floor's espeak-ng and ffmpeg parts
    python benchmarks/speed.py --compile-every-run  # narrate's modules compiled from source at each run

narrate runs as pip installs it: its modules compiled once (into the benchmark's temporary folder, not the
tree), even where PYTHONDONTWRITEBYTECODE is set, as in the development sandbox (compiling narrate's
modules at every start costs about 0.15 s of CPU).

Prerequisites: narrate installed (pip install -e .[test]); the floor needs the espeak-ng command line
(Debian/Ubuntu: `apt-get install espeak-ng`; without it the script says so and stops).  ffmpeg comes from
imageio-ffmpeg (it has libmp3lame).  Targets (issue 16): ratio <= 0.6 on the 3,500-word story and on the
seed story; peak RSS < 120 MiB on the 3,500-word story and on the 20,000-word page.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "readability"
SEED = ROOT.parent / "shared" / "seed" / "000_f48a0e008bba97fc.txt"
FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()
LAME_QUALITY = 7  # narrate.audio.encode.LAME_QUALITY; the floor encodes at the same setting
RATE = 175  # words a minute: the default profile's
BITRATE = 64

TARGET_LUFS = -16.0  # narrate's default loudness; the floor's gain aims at it too

# Run a command in a fresh helper; print its exit code, wall time, CPU time (all its processes) and the
# peak RSS (KiB) of its largest process.  The command's stderr passes through to the caller.
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "wall = time.perf_counter() - t\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(code, wall, use.ru_utime + use.ru_stime, use.ru_maxrss)\n"
)


def story_text(words: int) -> str:
    """A plain-text story of about WORDS words: English pages of the shared corpus, then the seed story."""
    paragraphs: list[str] = []
    sources = sorted(CORPUS.glob("*.json"))
    count = 0
    while count < words:
        for path in sources:
            page = json.loads(path.read_text(encoding="utf-8"))
            if page.get("synthetic") or not str(page.get("lang") or "en").startswith("en"):
                continue
            for raw in str(page.get("body_text") or "").splitlines():
                words_in_line = raw.split()
                if len(words_in_line) >= 8:
                    paragraphs.append(" ".join(words_in_line))
                    count += len(words_in_line)
                if count >= words:
                    break
            if count >= words:
                break
        if not sources:
            paragraphs.append(SEED.read_text(encoding="utf-8"))
            count += len(paragraphs[-1].split())
    return "A benchmark story for narrate\n\n" + "\n\n".join(paragraphs) + "\n"


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds of CPU, all processes
    rss: int  # MiB, the largest process
    rows: dict[str, float]  # NARRATE_PROFILE rows, or the floor's steps
    stderr: str = ""


def measure(cmd: list[str], *, profile: bool = False) -> Run:
    """CMD's wall and CPU seconds, peak RSS and NARRATE_PROFILE rows, run through a fresh helper process."""
    env = {**os.environ, "NARRATE_PROFILE": "1" if profile else ""}
    run = [sys.executable, "-c", _MEASURE, *cmd]
    out = subprocess.run(run, capture_output=True, text=True, check=True, env=env)
    code, wall, cpu, rss = out.stdout.split()[-4:]
    if code != "0":
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}")
    return Run(float(wall), float(cpu), int(rss) // 1024, profile_rows(out.stderr), out.stderr)


def profile_rows(stderr: str) -> dict[str, float]:
    """NARRATE_PROFILE=1's rows: stage -> wall seconds; "+ CPU on ..." -> CPU seconds."""
    rows = {}
    for line in stderr.splitlines():
        text = line.removeprefix("profile: ")
        if text == line or text.startswith("stage "):
            continue
        name, numbers = text[:44].strip(), text[44:].split()
        if numbers:
            rows[name] = float(numbers[0] if not name.startswith("+") else numbers[-1])
    return rows


def floor_run(text: Path, work: Path) -> Run:
    """espeak-ng CLI -> WAV; ffmpeg ebur128 pass; ffmpeg gain + libmp3lame -> MP3 (44.1 kHz mono, CBR)."""
    wav, mp3 = work / "floor.wav", work / "floor.mp3"
    speak = measure(["espeak-ng", "-v", "en-us", "-s", str(RATE), "-w", str(wav), "-f", str(text)])
    meter = measure([FFMPEG, "-hide_banner", "-nostats", "-i", str(wav), "-af", "ebur128", "-f", "null", "-"])
    loudness = float(meter.stderr.rsplit("I:", 1)[1].split("LUFS")[0])
    encode = [
        FFMPEG,
        "-y",
        "-loglevel",
        "error",
        "-i",
        str(wav),
        "-af",
        f"volume={TARGET_LUFS - loudness:.2f}dB",
    ]
    encode += ["-ar", "44100", "-ac", "1", "-c:a", "libmp3lame", "-b:a", f"{BITRATE}k"]
    encode += ["-compression_level", str(LAME_QUALITY), str(mp3)]
    mp3_run = measure(encode)
    steps = {
        "floor: espeak-ng to WAV": speak,
        "floor: ebur128 pass": meter,
        "floor: gain + ffmpeg to MP3": mp3_run,
    }
    return Run(
        sum(step.wall for step in steps.values()),
        sum(step.cpu for step in steps.values()),
        max(step.rss for step in steps.values()),
        {name: step.wall for name, step in steps.items()},
    )


def narrate_run(text: Path, work: Path, mode: str) -> Run:
    command = Path(sys.executable).with_name("narrate")  # as a user runs it: the installed command
    start = [str(command)] if command.exists() else [sys.executable, "-m", "narrate"]
    cmd = [*start, "article", str(text), "-o", str(work / "narrate.mp3"), "-q"]
    return measure(cmd, profile=mode == "stages")


def duration(mp3: Path) -> float:
    cmd = [FFMPEG, "-hide_banner", "-i", str(mp3)]
    info = subprocess.run(cmd, capture_output=True, text=True, errors="replace", check=False)
    h, m, sec = info.stderr.split("Duration: ")[1].split(",")[0].split(":")
    return int(h) * 3600 + int(m) * 60 + float(sec)


def steal_s() -> float:
    """CPU time the hypervisor took from this VM's cores so far (/proc/stat's steal; 0 where unknown).

    A sequential pipeline (the floor) loses more to it than one spread over both cores, so runs with much of
    it favour narrate: the result line says how much there was."""
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def bench(text: Path, rounds: int, mode: str, work: Path) -> dict[str, float]:
    n = len(text.read_text(encoding="utf-8").split())
    stolen = steal_s()
    floors: list[Run] = []
    ours: list[Run] = []
    rows: dict[str, list[float]] = {}
    for _ in range(rounds):
        for runs, run in ((floors, floor_run(text, work)), (ours, narrate_run(text, work, mode))):
            runs.append(run)
            for name, value in run.rows.items():
                rows.setdefault(name, []).append(value)
    floor_s, narrate_s = (statistics.median(run.wall for run in runs) for runs in (floors, ours))
    floor_cpu, narrate_cpu = (statistics.median(run.cpu for run in runs) for runs in (floors, ours))
    floor_rss, our_rss = (max(run.rss for run in runs) for runs in (floors, ours))
    result = {
        "words": n,
        "audio_min": round(duration(work / "narrate.mp3") / 60, 1),
        "floor_s": round(floor_s, 2),
        "narrate_s": round(narrate_s, 2),
        "ratio": round(narrate_s / floor_s, 2),
        "floor_cpu_s": round(floor_cpu, 2),
        "narrate_cpu_s": round(narrate_cpu, 2),
        "floor_rss_mb": floor_rss,
        "narrate_rss_mb": our_rss,
        "steal_s": round(steal_s() - stolen, 1),
    }
    print(
        f"{result['words']:>6} words ({result['audio_min']} min audio): floor {result['floor_s']} s, "
        f"narrate {result['narrate_s']} s, ratio {result['ratio']} (CPU floor {result['floor_cpu_s']} s, "
        f"narrate {result['narrate_cpu_s']} s); peak RSS floor {floor_rss} MiB, narrate {our_rss} MiB   "
        f"[{mode}, median of {rounds}; load {os.getloadavg()[0]:.2f}; CPU stolen by the host "
        f"{result['steal_s']} s in all]",
        flush=True,
    )
    if mode == "stages":
        for name, values in rows.items():
            print(f"    {name:<50} {statistics.median(values):7.3f} s", flush=True)
    return result


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--words", type=int, action="append", help="story length (repeatable)")
    parser.add_argument("--seed", action="store_true", help="the seed story instead of --words")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mode", choices=["article", "stages"], default="article")
    parser.add_argument("--compile-every-run", action="store_true", help="do not keep narrate's bytecode")
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        raise SystemExit(
            "The floor needs the espeak-ng command line, which is not installed.\n"
            "Install it for the benchmark (Debian/Ubuntu: sudo apt-get install espeak-ng) and run again.\n"
            "narrate itself does not need it: it brings eSpeak NG from PyPI (espeakng-loader)."
        )
    os.environ.setdefault("PYTHONPATH", str(ROOT / "src"))
    bytecode = "compiled every run" if args.compile_every_run else "compiled once, as pip installs it"
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}; bytecode {bytecode}"
    )
    with tempfile.TemporaryDirectory(prefix="narrate-bench-") as tmp:
        work = Path(tmp)
        if not args.compile_every_run:  # as installed by pip: compiled once
            os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
            os.environ["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "narrate")], check=True
            )
        if args.seed:
            bench(SEED, args.rounds, args.mode, work)
            return
        for words in args.words or [3500, 20000]:
            text = work / f"story-{words}.txt"
            text.write_text(story_text(words), encoding="utf-8")
            bench(text, args.rounds if words <= 5000 else max(1, args.rounds // 3), args.mode, work)


if __name__ == "__main__":
    main()
