"""NeMo text-normalisation worker, for comparing NeMo's written->spoken output with narrate's.

Usage:  /work/nemo-venv/bin/python benchmarks/nemo_worker.py LANG   (LANG: en, de, fr, es, ...)

Loads NVIDIA nemo-text-processing's rule-based (WFST) Normalizer, input_case="cased", with
grammars cached in $NARRATE_NEMO_CACHE (default /work/nemo-cache; a missing cache is built
there first, ~1-2 min per language). Then reads UTF-8 lines from stdin and writes exactly one
normalised line per input line to stdout, in order, flushing each. A line that raises, gives
an empty result or makes NeMo log a failure is written back unchanged; the counts go to stderr
at the end. Nothing else is written to stdout (NeMo's logging and prints go to stderr).

This is not part of narrate and is not run by its tests. It needs its own virtualenv:
    python3 -m venv /work/nemo-venv
    /work/nemo-venv/bin/pip install nemo-text-processing
(tested with nemo-text-processing 1.2.0, pynini 2.1.6.post1, Python 3.11; ~1.1 GB, no torch.)
"""

import logging
import os
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    lang = sys.argv[1]
    # Keep the real stdout for results only; anything else printed goes to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")

    from nemo_text_processing.text_normalization.normalize import Normalizer  # noqa: PLC0415 (after stdout is redirected)

    failed = []  # set by NeMo's own "Failed text" / "No permutations" warnings

    class Flag(logging.Handler):
        def emit(self, record):
            msg = record.getMessage()
            if msg.startswith(("Failed text", "No permutations")):
                failed.append(msg)

    nemo_log = logging.getLogger("NeMo-text-processing")
    nemo_log.addHandler(Flag())
    for h in nemo_log.handlers:  # normalize() resets the logger to INFO; Flag still sees warnings
        if not isinstance(h, Flag):
            h.setLevel(logging.ERROR)
    cache = os.environ.get("NARRATE_NEMO_CACHE", "/work/nemo-cache")
    norm = Normalizer(input_case="cased", lang=lang, cache_dir=cache, overwrite_cache=False)

    n = errors = empty = flagged = 0
    for raw in sys.stdin:
        line = raw.rstrip("\n").rstrip("\r")
        n += 1
        del failed[:]
        try:
            result = norm.normalize(line, verbose=False, punct_post_process=True)
        except Exception:  # any failure falls back to the input
            result, errors = None, errors + 1
        if result is not None and failed:
            result, flagged = None, flagged + 1
        elif result is not None and not result.strip():
            result, empty = None, empty + (1 if line.strip() else 0)
        if result is None:
            result = line
        out.write(" ".join(result.splitlines()) + "\n")
        out.flush()
    print(
        f"nemo_worker {lang}: {n} lines, {errors} exceptions, {empty} empty, "
        f"{flagged} NeMo failures; those {errors + empty + flagged} left unchanged",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
