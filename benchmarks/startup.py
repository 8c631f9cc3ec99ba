"""Start-up: `narrate --help` beside the `--help` of a bare two-command Typer app, in the same environment.

    python benchmarks/startup.py [--runs 15]

Runs alternate (bare, narrate, bare, ...) so that a busy machine slows both alike; medians are reported with
their ratio (issue 10's target: at most 1.3). Also lists the modules `narrate --help` imports that a bare
Typer app does not, so a heavy import that creeps back shows by name.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = '''
import typer

app = typer.Typer()


@app.command()
def one(source: str) -> None:
    """One command."""


@app.command()
def two(source: str) -> None:
    """Another command."""


app()
'''
HEAVY = (
    "trafilatura",
    "numpy",
    "lxml",
    "lameenc",
    "mutagen",
    "pycld2",
    "feedparser",
    "num2words",
)


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def heavy_imports() -> list[str]:
    """The heavy libraries `import narrate.cli` loads (there should be none)."""
    code = f"import sys, narrate.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout.split()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        bare = Path(work) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        bare_cmd = [sys.executable, str(bare), "--help"]
        narrate_cmd = [sys.executable, "-m", "narrate", "--help"]
        timed(bare_cmd), timed(narrate_cmd)  # warm the file cache for both
        bare_s, narrate_s = [], []
        for _ in range(args.runs):
            bare_s.append(timed(bare_cmd))
            narrate_s.append(timed(narrate_cmd))
    b, n = statistics.median(bare_s), statistics.median(narrate_s)
    print(f"{args.runs} alternating runs of --help, medians:")
    print("| command | median | ratio (target ≤ 1.3) |\n| --- | --- | --- |")
    print(f"| bare two-command Typer app | {b:.3f} s | 1.00 |")
    print(f"| narrate --help | {n:.3f} s | **{n / b:.2f}** |")
    print(f"heavy libraries loaded by `import narrate.cli`: {', '.join(heavy_imports()) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
