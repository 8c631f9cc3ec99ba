"""What is installed, as far as it changes what narrate makes: distributions' versions (in the clip
cache's keys and the batch's fingerprint), and which eSpeak NG library is chosen."""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

ENGINE_ENV = "NARRATE_ESPEAK"  # "system": the system's libespeak-ng instead of espeakng-loader's


def version(dist: str) -> str | None:
    """DIST's installed version, None when it is not installed.

    Read from the name of its `.dist-info` folder, the first on sys.path, which is where importlib.metadata
    finds it too, without importing importlib.metadata (its email and zipfile modules: 20 ms of a 0.2 s
    unchanged rerun); an install without one (an .egg-info) is asked of importlib.metadata.
    """
    prefix = re.sub(r"[-_.]+", "_", dist).lower() + "-"
    for entry in sys.path:
        with contextlib.suppress(OSError):
            for name in sorted(path.name for path in Path(entry or ".").iterdir()):
                if name.endswith(".dist-info") and name.lower().startswith(prefix):
                    return name[len(prefix) : -len(".dist-info")]
    import importlib.metadata  # noqa: PLC0415  (only for an install without a .dist-info folder)

    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None
