"""One speech engine in its own process: `python -m narrate.speak.worker`.

Why a process: eSpeak NG can be initialised only once per process, pyttsx3's driver can hang, and it prints
"Audio saved to ..." on stdout.  The parent (narrate.speak) talks to this worker over a pipe, one JSON
object per line:

    parent -> worker   {"voice": "gmw/en-US", "rate": 175, "pitch": 50, "volume": 1.0, "warmup": "/tmp/w.wav"}
    worker -> parent   {"ready": true, "engine": "1.52.0"}   or   {"ready": false, "error": "..."}
    parent -> worker   {"text": "Hello.", "path": "/tmp/clip-00001.wav"}      (repeated)
    worker -> parent   {"ok": true}                           or   {"ok": false, "error": "..."}

The protocol uses a private copy of the original stdout; fd 1 itself points at /dev/null, so nothing the
engine prints can reach the user.  The parent checks every clip; this side only does its best.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

ENGINE_ENV = "NARRATE_ESPEAK"


def _private_stdout() -> TextIO:
    """Keep the real stdout for the protocol and point fd 1 (and sys.stdout) at /dev/null."""
    proto = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    return proto


def _load_library() -> None:
    """Make libespeak-ng visible to pyttsx3 before it imports its driver.

    pyttsx3 opens "libespeak-ng.so.1" by SONAME; preloading espeakng-loader's copy with RTLD_GLOBAL makes
    that name resolve to it.  NARRATE_ESPEAK=system leaves the choice to the system's dynamic linker.
    """
    if os.environ.get(ENGINE_ENV, "").lower() == "system":
        return
    import espeakng_loader  # noqa: PLC0415  (only when the bundled library is wanted)

    ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
    os.environ["ESPEAK_DATA_PATH"] = espeakng_loader.get_data_path()


class Engine:
    """pyttsx3's eSpeak driver, used one clip at a time, waiting for each to be written."""

    def __init__(self, config: dict[str, Any]) -> None:
        _load_library()
        # pyttsx3 opens libespeak-ng when its driver is imported: only after _load_library has run.
        import pyttsx3  # noqa: PLC0415
        from pyttsx3.drivers import _espeak  # noqa: PLC0415

        self._espeak: Any = _espeak
        self.engine: Any = pyttsx3.init("espeak")
        self.driver: Any = self.engine.proxy._driver
        code = _espeak.SetVoiceByName(str(config["voice"]).encode("utf-8"))
        if code != 0:
            raise RuntimeError(f"eSpeak NG could not load voice {config['voice']} (code {code})")
        self.engine.setProperty("rate", int(config["rate"]))
        self.engine.setProperty("pitch", int(config["pitch"]))
        self.engine.setProperty("volume", float(config["volume"]))
        self.version = (_espeak.Info(None) or b"?").decode("ascii", "replace")

    def save(self, text: str, path: Path) -> None:
        """Synthesise TEXT into PATH (16-bit mono WAV, 22,050 Hz)."""
        self.engine.save_to_file(text, str(path))
        self.engine.runAndWait()
        # runAndWait can return while eSpeak is still synthesising on its own thread; the file is written by
        # the driver's callback at the end, so wait for the synthesis, then for the callback's flag.
        self._espeak.Synchronize()
        deadline = time.monotonic() + 5.0
        while self.driver._speaking and time.monotonic() < deadline:
            time.sleep(0.002)


def _serve(proto: TextIO) -> int:
    line = sys.stdin.readline()
    if not line:
        return 1
    config = json.loads(line)
    try:
        engine = Engine(config)
        if config.get("warmup"):  # the first clip of a process is sometimes lost: spend it on a throwaway
            engine.save("Warming up the voice.", Path(config["warmup"]))
    except Exception as exc:  # any failure to start is reported, not raised: the parent decides
        _send(proto, {"ready": False, "error": f"{type(exc).__name__}: {exc}"})
        return 1
    _send(proto, {"ready": True, "engine": engine.version})
    for request in sys.stdin:
        job = json.loads(request)
        try:
            engine.save(job["text"], Path(job["path"]))
            _send(proto, {"ok": True})
        except Exception as exc:  # reported to the parent, which retries with a fresh worker
            _send(proto, {"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    return 0


def _send(proto: TextIO, message: dict[str, Any]) -> None:
    proto.write(json.dumps(message) + "\n")
    proto.flush()


def main() -> int:
    proto = _private_stdout()
    try:
        return _serve(proto)
    except KeyboardInterrupt:  # the parent handles Ctrl-C; leave quietly
        return 130


if __name__ == "__main__":
    sys.exit(main())
