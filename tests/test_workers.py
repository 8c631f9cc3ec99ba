"""The one worker pool: spawned workers do not run the parent's main script again, and a stop signal never
lands while one is starting."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from narrate.workers import Pool, StartMethod

SCRIPT = """
import os, sys
with open(sys.argv[1], "a") as marker:  # every run of this script leaves its process id
    marker.write(f"{os.getpid()}\\n")
if __name__ == "__main__":
    from narrate.workers import Pool
    pool = Pool(1, "operator:itemgetter", (0,), start="spawn")
    [worker] = pool.idle()
    pool.send(worker, "task", [42], 30.0)
    while not (replies := pool.wait(0.1)):
        pass
    print(replies[0][1][:2])
    pool.terminate()
"""


def test_a_spawned_worker_does_not_run_the_main_script(tmp_path: Path) -> None:
    """multiprocessing would run the script (for `narrate`, the whole CLI) again in each spawned worker."""
    script, marker = tmp_path / "main_script.py", tmp_path / "runs.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(marker)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "('ok', 42)"
    assert len(marker.read_text(encoding="utf-8").split()) == 1  # the parent's run only


@pytest.mark.parametrize("start", ["spawn", "fork-if-safe"])
def test_a_worker_takes_stop_signals_though_its_start_held_them(start: StartMethod) -> None:
    """The pool holds SIGINT and SIGTERM while a worker starts (a stop between the spawn and the hand-over of
    its start-up data had left the new interpreter reading a closed pipe, an EOFError traceback on the
    user's stderr); the parent's mask is as before once it has started, and the worker lifts the hold (a
    forked one inherits it; a spawned one's interpreter starts with none)."""
    stops = {signal.SIGINT, signal.SIGTERM}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    pool = Pool(1, "functools:partial", (signal.pthread_sigmask, signal.SIG_BLOCK), start=start)
    try:
        assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before
        [worker] = pool.idle()
        pool.send(worker, "mask", [], 30.0)
        while not (replies := pool.wait(0.1)):
            pass
        status, mask = replies[0][1][:2]
        assert status == "ok"
        assert not stops & set(mask)
    finally:
        pool.terminate()
