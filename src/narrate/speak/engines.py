"""A voice's engine workers: a pool of narrate.workers' processes running speak.worker (eSpeak NG) or
speak.piper, how many a story gets, and Engines, pools started ahead of a story or kept between stories."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from narrate.models import VoiceSettings
from narrate.speak.piper import make_piper
from narrate.speak.voices import load_voice
from narrate.speak.worker import make_engine
from narrate.workers import Pool


def worker_count(requested: int | None, jobs: int, engine: str = "espeak") -> int:
    if requested is not None:
        return max(1, min(requested, jobs))
    # eSpeak NG speaks about 20 minutes of audio in a second of CPU, faster than the story's levelling and
    # encoding take it; a second engine costs CPU to start and competes for the two cores (three alternating
    # runs each on 3,517 words: 5.9 s of CPU against 6.0-6.4 s; wall 0.67-0.70 of the floor against
    # 0.67-0.72). With one engine the story's thread waits 0.04 s in all for clips (speak.worker no longer
    # loses 10-30 ms a clip in pyttsx3's loop). Piper is slower than the encoding: two engines.
    if engine != "piper":
        return 1
    return max(1, min(2, os.cpu_count() or 1, jobs))


def engine_config(voice: VoiceSettings, workdir: Path) -> dict[str, object]:
    """What an engine worker is started with: the voice's settings and the folder its clips go to."""
    config: dict[str, object] = {k: getattr(voice, k) for k in ("voice", "rate", "pitch", "volume", "model")}
    config["workdir"] = str(workdir)
    return config


def start_pool(engine: str, config: dict[str, object], size: int) -> Pool:
    handler = make_piper if engine == "piper" else make_engine
    # grace 1 s: a speech worker has nothing to clean up, and a hung engine ignores SIGTERM anyway
    return Pool(size, handler, (config,), start="spawn", name=f"narrate-{engine}", grace=1.0)


class Engines:
    """Engine workers started before the story is read, so that their start (an interpreter, the engine
    and its voice: about 0.15 s of CPU each) overlaps importing the stages,
    fetching, extracting and scripting.

    speak_iter takes them when the story's voice turns out to be the one they were started for; if not
    (the page's language chose another voice), or if nothing is spoken, they are stopped unused. With KEEP
    (a batch worker, one story after another), speak_iter gives them back when a story is done, and they
    speak the next story of the same voice: no engine starts per story.

    Start them in a thread that outlives the stories: a worker is killed when the thread that started it
    ends (Linux's parent-death signal), so only the workers started here are kept, never a replacement
    started during a story.
    """

    def __init__(
        self, voice: VoiceSettings, workdir: Path, *, size: int | None = None, keep: bool = False
    ) -> None:
        self.config = engine_config(voice, workdir)
        self.keep = keep
        many = 8  # clips: a story long enough for the full number of workers (a short one leaves one idle)
        self.size = size or worker_count(None, many, voice.engine)
        self.pool: Pool | None = start_pool(voice.engine, self.config, self.size)
        self._started = _pids(self.pool)

    def suits(self, voice: VoiceSettings) -> bool:
        """True when the workers (still here) were started for VOICE."""
        return self.pool is not None and _same_engine(self.config, engine_config(voice, Path()))

    def grow(self, size: int) -> None:
        """At least SIZE workers (a story that has both cores to itself); the new ones started now, so they
        are kept too. A story asking for fewer uses no more than it asks for (speak_iter's size)."""
        if self.pool is not None:
            self.pool.grow(size)
            self.size = max(self.size, size)
            self._started = _pids(self.pool)

    def take(self, config: dict[str, object]) -> Pool | None:
        """The workers, if they were started with CONFIG (any clip folder); they are then the caller's, to
        stop or to give back."""
        pool, self.pool = self.pool, None
        if pool is not None and not _same_engine(config, self.config):
            pool.terminate()
            return None
        return pool

    def give_back(self, pool: Pool) -> None:
        """POOL, taken and done with: kept for the next story if its workers are the ones started here."""
        if self.keep and self.pool is None and _pids(pool) == self._started:
            self.pool = pool
        else:
            pool.terminate()

    def close(self) -> None:
        """Stop the workers still here."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None

    def __enter__(self) -> Engines:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextlib.contextmanager
def engines_ahead(voice: str | None, *, rate: int | None, bitrate: int | None) -> Iterator[Engines | None]:
    """Engines for VOICE (a profile, an eSpeak NG voice or a model, as --voice takes it; the page's language
    is not known yet) started now, in a temporary folder of their own, and stopped at the end; None when
    they cannot start (the speak stage then fails with its own message)."""
    with tempfile.TemporaryDirectory(prefix="narrate-engines-") as work:
        try:
            engines = Engines(load_voice(voice, language=None, rate=rate, bitrate=bitrate), Path(work))
        except Exception:  # a voice or engine that cannot start fails later, in its own stage
            engines = None
        with engines or contextlib.nullcontext():
            yield engines


def _pids(pool: Pool) -> set[int | None]:
    return {w.process.pid if w is not None and w.process.is_alive() else None for w in pool.workers}


def _same_engine(a: dict[str, object], b: dict[str, object]) -> bool:
    """Engine configs alike but for the folder of the clips (a task names its clip's path)."""
    return {k: v for k, v in a.items() if k != "workdir"} == {k: v for k, v in b.items() if k != "workdir"}
