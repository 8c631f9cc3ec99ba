"""One speech engine in a worker process of narrate.workers' pool.

Why a process: eSpeak NG can be initialised only once per process, pyttsx3's driver can hang, and it prints
"Audio saved to ..." on stdout. `make_engine(config)` runs once in a fresh worker process (the pool's
"spawn" start): it points fd 1 at /dev/null and fd 2 at the worker's log file, so nothing the engine prints
reaches the user, loads the voice and spends the first clip of the process on a throwaway (it is sometimes
lost). Each task is ``{"text": ..., "path": ..., "voice": ...}``; the parent checks every clip.

A long text is spoken in pieces of at most PIECE_CHARS characters, cut after a sentence (else a clause, else
a word), appended to the one WAV: pyttsx3's driver gathers a clip's audio with `bytes +=`, which copies all
of it at every second of speech, so one 81,000-character paragraph (a page that is one block of text) took
longer than its time limit, three times, and was left out.
"""

from __future__ import annotations

import ctypes
import os
import re
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from narrate.installed import ENGINE_ENV

PIECE_CHARS = 2000  # about two minutes of speech: a few MB gathered by the driver, in a few ms of copying
# after a sentence, a clause, a word (Chinese and Japanese full stops and commas need no space after them)
_BREAKS = (r"[.!?…;:]\s+|[。！？]", r"[,–—]\s+|\s+-\s+|[、，；]", r"\s+")


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """TEXT cut into pieces of at most LIMIT characters that join back into it, each ending at the last
    sentence end before the limit, else the last clause break, else the last space, else at the limit.

    >>> pieces("One two. Three four. Five.", 12)
    ['One two. ', 'Three four. ', 'Five.']
    >>> pieces("abcdefgh", 3)
    ['abc', 'def', 'gh']
    >>> pieces("地震があった。津波注意報を出した。", 10)
    ['地震があった。', '津波注意報を出した。']
    """
    out = []
    while len(text) > limit:
        cut = limit
        for pattern in _BREAKS:
            ends = [m.end() for m in re.finditer(pattern, text[: limit + 1]) if 0 < m.end() <= limit]
            if ends:
                cut = ends[-1]
                break
        out.append(text[:cut])
        text = text[cut:]
    return [*out, text] if text or not out else out


def quiet(log: Path) -> None:
    """fd 1 to /dev/null (the engine's chatter), fd 2 to LOG (its errors, for the parent's messages)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    err = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(err, 2)
    os.close(err)


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
        self.config = config
        self._done = threading.Event()  # set by the driver when a clip's file is written
        self.engine.connect("finished-utterance", lambda **_event: self._done.set())
        # pyttsx3 2.99's driver starts a clip with _start_synthesis (the call runAndWait makes, tested in
        # tests/test_speak.py); runAndWait itself loses and truncates clips (README), so it is not a fallback
        if not callable(getattr(self.driver, "_start_synthesis", None)):
            version = getattr(pyttsx3, "__version__", "?")
            raise RuntimeError(f"pyttsx3 {version} has no driver._start_synthesis: install pyttsx3 2.99")
        self.set_voice(str(config["voice"]))
        self.version = (_espeak.Info(None) or b"?").decode("ascii", "replace")

    def set_voice(self, voice: str) -> None:
        code = self._espeak.SetVoiceByName(voice.encode("utf-8"))
        if code != 0:
            raise RuntimeError(f"eSpeak NG could not load voice {voice} (code {code})")
        # on the driver, not through pyttsx3's engine: the engine queues a property while its driver counts
        # as busy, which it does from the start until the first utterance ends, so the first clip (and, by
        # a race with the driver's callback thread, sometimes the next) was read at eSpeak NG's default rate
        self.driver.setProperty("rate", int(self.config["rate"]))  # set again: a voice brings its own
        self.driver.setProperty("pitch", int(self.config["pitch"]))
        self.driver.setProperty("volume", float(self.config["volume"]))

    def save(self, text: str, path: Path) -> None:
        """Synthesise TEXT into PATH (16-bit mono WAV, 22,050 Hz), a piece at a time if it is long."""
        parts = pieces(text)
        if len(parts) == 1:
            self._save(text, path)
            return
        part = path.with_name(path.name + ".piece.wav")
        with wave.open(str(path), "wb") as out:
            for n, piece in enumerate(parts):
                self._save(piece, part)
                with wave.open(str(part), "rb") as wav:
                    if n == 0:
                        out.setparams(wav.getparams())
                    out.writeframes(wav.readframes(wav.getnframes()))
        part.unlink(missing_ok=True)

    def _save(self, text: str, path: Path) -> None:
        self._done.clear()
        # the calls runAndWait makes, without its event loop, which sleeps 10 ms between polls (and eSpeak's
        # Synchronize, about 20 ms): 11 ms a clip become 5, 0.5 s of a 3,500-word story's 113 clips on one
        # engine; and no loop that a previous clip's late endLoop can end before this one is synthesised
        self.driver.save_to_file(text, str(path))
        self.driver._start_synthesis(text)
        # eSpeak synthesises on its own thread; the driver's callback writes the file, then says so
        self._done.wait(5.0 + len(text) / 200)


def make_engine(config: dict[str, Any]) -> Callable[[dict[str, Any]], str]:
    """Start the engine in this (worker) process; the handler synthesises one clip per task and returns
    the engine's version."""
    workdir = Path(config["workdir"])
    quiet(workdir / f"worker-{os.getpid()}.log")
    engine = Engine(config)
    engine.save("Warming up the voice.", workdir / f"worker-{os.getpid()}.warmup.wav")
    current = str(config["voice"])

    def handle(task: dict[str, Any]) -> str:
        nonlocal current
        voice = str(task.get("voice") or config["voice"])
        if voice != current:
            engine.set_voice(voice)
            current = voice
        engine.save(str(task["text"]), Path(task["path"]))
        return engine.version

    return handle
