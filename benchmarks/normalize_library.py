"""Score a well-kept text-normalisation library beside narrate on the same written/spoken pairs.

    .venv/bin/python benchmarks/normalize_library.py --python /work/nemo-venv/bin/python

The library is NVIDIA's nemo-text-processing (rule-based WFST grammars for en, de, fr, es), run in its own
virtualenv through `benchmarks/nemo_worker.py` (see its docstring for the install). Each pair's written side
goes through NeMo and through narrate; both are compared with the spoken side as `normalize_score.py` does
(eSpeak NG's phonemes, stress, word breaks and "and" aside). Only totals per set and language are printed,
so the blind sets' pairs are never shown.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from normalize_score import SETS, language_folders, read_pairs, same

from narrate.script.normalize import normalize

WORKER = Path(__file__).resolve().parent / "nemo_worker.py"


def pairs_by_language() -> dict[str, list[tuple[str, str, str]]]:
    """language -> [(set, written, spoken)] over every set."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for name, folder in SETS.items():
        if not folder.is_dir():
            continue
        for sub, language in language_folders(folder):
            for path in sorted(sub.glob("*.tsv")):
                out.setdefault(language, []).extend((name, w, s) for w, s in read_pairs(path))
    return out


def run_library(python: str, language: str, lines: list[str]) -> list[str]:
    text = "".join(line.replace("\n", " ") + "\n" for line in lines)
    done = subprocess.run(
        [python, str(WORKER), language], input=text, capture_output=True, text=True, check=True
    )
    said = done.stdout.splitlines()
    if len(said) != len(lines):
        raise SystemExit(f"{language}: the worker gave {len(said)} lines for {len(lines)}")
    return said


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", required=True, help="the Python of the virtualenv holding NeMo")
    parser.add_argument("--language", action="append", help="only these languages (en, de, fr, es)")
    args = parser.parse_args()
    tally: dict[tuple[str, str], list[int]] = {}
    for language, rows in pairs_by_language().items():
        if args.language and language not in args.language:
            continue
        voice = "en-us" if language == "en" else language
        theirs = run_library(args.python, language, [w for _, w, _ in rows])
        for (name, written, spoken), said in zip(rows, theirs, strict=True):
            row = tally.setdefault((name, language), [0, 0, 0, 0])
            row[0] += 1
            row[1] += same(written, spoken, voice)
            row[2] += same(normalize(written, language), spoken, voice)
            row[3] += same(said, spoken, voice)
    print("| set | language | pairs | raw eSpeak NG | narrate | NeMo |")
    print("|---|---|---:|---:|---:|---:|")
    for (name, language), (n, raw, ours, nemo) in tally.items():
        print(f"| {name} | {language} | {n} | {raw} | {ours} | {nemo} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
