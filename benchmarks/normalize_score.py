"""Score text normalisation on the written/spoken pairs: narrate vs eSpeak NG's raw reading, per class.

    .venv/bin/python benchmarks/normalize_score.py            # every set (every folder of pairs)
    .venv/bin/python benchmarks/normalize_score.py --misses   # also list the pairs narrate gets wrong
                                                              # (never for the blind sets: unseen3, 5 on,
                                                              # but unseen568 and unseen569)

The comparison is the test's (tests/test_normalize.py): eSpeak NG's IPA for normalize(written) against its IPA
for the spoken side, ignoring stress, word breaks and "and"; the baseline is eSpeak NG reading `written` raw.
A set's language subfolders (`de/`, `es/`, `fr/`) are read with that language's voice and rules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from narrate.script.normalize import normalize
from narrate.script.phonemes import comparable, phonemes

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "normalize"
# development since rounds 4 and 7 (their misses were read while writing rules); unseen568 and unseen569
# since rounds 187 and 188, when their first sights were taken: they share six and eight sites with web257
# and web258, development sets of their rounds, so no rule's figure on them is blind. Every other unseen set
# is blind
OPENED = {"unseen", "unseen2", "unseen4", "unseen568", "unseen569"}


def _order(folder: Path) -> tuple[str, int]:
    """ "unseen" before "unseen2" before "unseen10"; then "web", "web2", ... ."""
    stem = folder.name.rstrip("0123456789")
    return stem, int(folder.name[len(stem) :] or 1)


SETS = {
    "development": DATA,
    "heldout": DATA / "heldout",
    **{f.name: f for f in sorted([*DATA.glob("unseen*"), *DATA.glob("web*")], key=_order) if f.is_dir()},
}
# Read as figures only: their misses are never listed, so no rule is written for them. A new unseen set is
# blind from the moment its folder exists.
BLIND = {name for name in SETS if name.startswith("unseen") and name not in OPENED}


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """`written<TAB>spoken` lines; `# ` starts a comment."""
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    return [(r[0], r[1]) for r in rows if len(r) == 2 and not r[0].startswith("# ")]


def same(a: str, b: str, voice: str) -> bool:
    return comparable(phonemes(a, voice)) == comparable(phonemes(b, voice))


Row = tuple[str, int, int, int, int]


def score_folder(folder: Path, language: str, misses: list[str]) -> list[Row]:
    """Per class in FOLDER: (class, pairs, raw right, narrate right, lost: raw right and narrate wrong)."""
    voice = "en-us" if language == "en" else language
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        pairs = read_pairs(path)
        raw = ours = lost = 0
        for written, spoken in pairs:
            plain = same(written, spoken, voice)
            raw += plain
            said = normalize(written, language)
            if same(said, spoken, voice):
                ours += 1
            else:
                lost += plain
                where = f"[{language}/{path.stem}]" + (" (eSpeak NG alone is right)" if plain else "")
                misses.append(f"  {where} {written!r}\n      got  {said!r}\n      want {spoken!r}")
        name = path.stem if language == "en" else f"{language}/{path.stem}"
        rows.append((name, len(pairs), raw, ours, lost))
    return rows


def language_folders(folder: Path) -> list[tuple[Path, str]]:
    """A set's folders and their languages: English at its root, the others in `de/`, `es/`, `fr/` ..."""
    subs = sorted(p for p in folder.iterdir() if p.is_dir() and len(p.name) == 2)
    return [(folder, "en"), *((sub, sub.name) for sub in subs)]


def score_set(folder: Path, misses: list[str]) -> list[Row]:
    return [row for sub, language in language_folders(folder) for row in score_folder(sub, language, misses)]


def table(name: str, rows: list[Row]) -> str:
    """Per class, then the total; "lost" counts the pairs eSpeak NG alone reads right and narrate does not."""
    lines = [f"## {name}", "| class | pairs | raw eSpeak NG | narrate | lost |", "|---|---:|---:|---:|---:|"]
    for cls, n, raw, ours, lost in (row for row in rows if row[1]):  # a class file with no pairs: no row
        lines.append(f"| {cls} | {n} | {100 * raw / n:.0f}% | {100 * ours / n:.0f}% | {lost} |")
    n, raw, ours, lost = (sum(r[i] for r in rows) for i in (1, 2, 3, 4))
    total = f"| **total** | {n} | {100 * raw / n:.1f}% ({raw}) | {100 * ours / n:.1f}% ({ours}) | {lost} |"
    lines.append(total)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the pairs narrate gets wrong")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="only these sets")
    args = parser.parse_args()
    for name in args.set or list(SETS):
        if not SETS[name].is_dir():
            continue
        misses: list[str] = []
        rows = score_set(SETS[name], misses)
        if not any(row[1] for row in rows):
            continue  # a set still being written: no pairs yet
        sys.stdout.write(table(name, rows) + "\n\n")
        if args.misses and misses and name not in BLIND:
            sys.stdout.write("misses:\n" + "\n".join(misses) + "\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
