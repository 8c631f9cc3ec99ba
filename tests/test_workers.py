"""The one worker pool: spawned workers do not run the parent's main script again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
