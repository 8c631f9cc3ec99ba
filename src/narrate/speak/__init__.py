"""Utterances -> WAV clips, with pyttsx3's eSpeak NG driver running in worker processes.

The driver's measured defects (STYLE.md) shape this module: every clip is checked (a valid WAV whose length
is plausible for its words) and retried in a fresh worker; a worker that does not answer in time is killed;
the engine's own output goes nowhere (see narrate.speak.worker).  With a cache folder, a clip whose spoken
text and voice settings were synthesised before is reused instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import select
import shutil
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO, Any

from narrate.errors import EngineError
from narrate.models import Clip, Utterance, VoiceSettings
from narrate.speak.voices import ENGINE_ENV

SAMPLE_RATE = 22_050  # pyttsx3's eSpeak driver writes this, hard-coded
ATTEMPTS = 3  # per clip, each in a fresh worker after a failure
START_TIMEOUT = 30.0  # seconds for a worker to import, load the voice and warm up (slow on a busy machine)
SILENT_MS = 50  # an utterance with nothing to say becomes this much silence
HINT = "Try again; if it keeps failing, try another voice (`narrate voices`) or NARRATE_ESPEAK=system."

Progress = Callable[[int, int], None]  # (clips done, clips in all)


def speak(
    utterances: Sequence[Utterance],
    voice: VoiceSettings,
    workdir: Path,
    *,
    cache_dir: Path | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> tuple[Clip, ...]:
    """Synthesise each utterance to a WAV clip in WORKDIR; clips come back in utterance order.

    `workers`: engine processes to run in parallel (default: up to 2, never more than the cores).
    `progress(done, total)` is called as clips finish (from worker threads).
    """
    clips = speak_iter(utterances, voice, workdir, cache_dir=cache_dir, workers=workers, progress=progress)
    return tuple(clips)


def speak_iter(
    utterances: Sequence[Utterance],
    voice: VoiceSettings,
    workdir: Path,
    *,
    cache_dir: Path | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Iterator[Clip]:
    """speak(), yielding each clip, in order, as soon as it is ready, so the next stage can start at once.

    Closing the generator early (or an error) stops the engine workers.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    total = len(utterances)
    ready: dict[int, Clip] = {}
    todo: list[tuple[int, Utterance]] = []
    for pos, utt in enumerate(utterances):
        path = workdir / f"clip-{pos:05d}.wav"
        if not utt.spoken.strip():
            ready[pos] = _silent_clip(utt, path)
        elif cache_dir is not None and (hit := _from_cache(cache_dir, utt, voice, path)) is not None:
            ready[pos] = hit
        else:
            todo.append((pos, utt))
    if progress and ready:
        progress(len(ready), total)
    pool = None
    if todo:
        size = _worker_count(workers, len(todo))
        pool = _Pool(voice, workdir, cache_dir, size, progress, total - len(todo), total)
        pool.start(todo)
    try:
        for pos in range(total):
            if pos in ready:
                yield ready.pop(pos)
            else:
                assert pool is not None  # every position is either ready or queued
                yield pool.wait_for(pos)
    finally:
        if pool is not None:
            pool.stop()


def _worker_count(requested: int | None, jobs: int) -> int:
    if requested is not None:
        return max(1, min(requested, jobs))
    # Two engines keep both cores busy while the parent verifies clips; more only compete for the cores.
    return max(1, min(2, os.cpu_count() or 1, (jobs + 3) // 4))


# Clips: checking, silence, cache ---------------------------------------------------------------------


def wav_frames(path: Path) -> int:
    """Frames in a 16-bit mono 22,050 Hz WAV; ValueError if it is anything else."""
    try:
        with wave.open(str(path), "rb") as wav:
            shape = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
            frames = wav.getnframes()
    except (OSError, EOFError, wave.Error) as exc:
        raise ValueError(f"not a readable WAV ({exc})") from exc
    if shape != (1, 2, SAMPLE_RATE):
        raise ValueError(f"unexpected WAV format {shape}")
    if path.stat().st_size < 44 + 2 * frames:
        raise ValueError("WAV file is truncated")
    return frames


def plausible_seconds(text: str, rate: int) -> tuple[float, float]:
    """(shortest, longest) believable duration for TEXT spoken at RATE words a minute.

    Generous on purpose: numbers, URLs and abbreviations are read out as many words ("(800) 654-4262"),
    and a short utterance carries eSpeak's end pause.  What it catches is a lost, empty or cut-off clip.
    """
    words = len(text.split())
    shortest = max(0.05, 0.3 * words * 60 / rate - 0.5)
    longest = 3.0 + 0.6 * len(text) * 175 / rate
    return shortest, longest


def check_clip(path: Path, utterance: Utterance, voice: VoiceSettings) -> int:
    """The clip's frame count, once it is known to be a WAV of believable length; ValueError otherwise."""
    if not path.is_file():
        raise ValueError("no file was written")
    frames = wav_frames(path)
    seconds = frames / SAMPLE_RATE
    shortest, longest = plausible_seconds(utterance.spoken, voice.rate)
    if not shortest <= seconds <= longest:
        raise ValueError(f"{seconds:.2f} s of audio for {len(utterance.spoken.split())} words")
    return frames


def _clip(utt: Utterance, path: Path, frames: int, *, reused: bool = False) -> Clip:
    return Clip(utterance=utt, path=path, duration_ms=round(frames * 1000 / SAMPLE_RATE), reused=reused)


def _silent_clip(utt: Utterance, path: Path) -> Clip:
    frames = SAMPLE_RATE * SILENT_MS // 1000
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(bytes(2 * frames))
    return _clip(utt, path, frames)


def engine_id() -> str:
    """What makes clips differ between installations: pyttsx3 and the eSpeak NG library in use."""
    if os.environ.get(ENGINE_ENV, "").lower() == "system":
        lib = "system libespeak-ng"
    else:
        lib = f"espeakng-loader {_version('espeakng-loader')}"
    return f"pyttsx3 {_version('pyttsx3')}; {lib}"


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def cache_key(spoken: str, voice: VoiceSettings) -> str:
    """sha256 of everything that changes a clip's sound: the text, voice, rate, pitch, volume and engine."""
    fields = [spoken, voice.voice, voice.rate, voice.pitch, voice.volume, engine_id()]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def cache_path(cache_dir: Path, spoken: str, voice: VoiceSettings) -> Path:
    key = cache_key(spoken, voice)
    return cache_dir / key[:2] / f"{key}.wav"


def _from_cache(cache_dir: Path, utt: Utterance, voice: VoiceSettings, path: Path) -> Clip | None:
    cached = cache_path(cache_dir, utt.spoken, voice)
    try:
        frames = wav_frames(cached)
        _link_or_copy(cached, path)
        os.utime(cached)  # least recently used clips are pruned first (narrate.speak.cache)
    except (OSError, ValueError):
        return None
    return _clip(utt, path, frames, reused=True)


def _to_cache(cache_dir: Path, utt: Utterance, voice: VoiceSettings, path: Path) -> None:
    """Store a checked clip under its key, atomically; a cache that cannot be written is only skipped."""
    target = cache_path(cache_dir, utt.spoken, voice)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(path, tmp)
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:  # another file system, or links not allowed
        shutil.copyfile(src, dst)


# Worker processes ------------------------------------------------------------------------------------


class WorkerFailed(Exception):
    """A worker did not start, did not answer in time, or wrote no usable clip."""


class Worker:
    """One `python -m narrate.speak.worker` process and its line-based JSON pipe."""

    def __init__(self, voice: VoiceSettings, workdir: Path, name: str) -> None:
        self.log = workdir / f"{name}.log"
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])  # the child finds narrate uninstalled too
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "narrate.speak.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=env,
                start_new_session=True,  # Ctrl-C reaches the parent only; the parent stops its workers
            )
        self._buffer = b""
        config = {
            "voice": voice.voice,
            "rate": voice.rate,
            "pitch": voice.pitch,
            "volume": voice.volume,
            "warmup": str(workdir / f"{name}.warmup.wav"),
        }
        try:
            reply = self.call(config, START_TIMEOUT)
        except (WorkerFailed, json.JSONDecodeError) as exc:
            self.close()
            raise WorkerFailed(f"the speech engine did not start: {exc}") from exc
        if not reply.get("ready"):
            self.close()
            raise WorkerFailed(f"the speech engine did not start: {reply.get('error', 'no reason given')}")
        self.engine = str(reply.get("engine", "?"))

    def call(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send one line, wait up to TIMEOUT seconds for one line back."""
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        try:
            stdin.write((json.dumps(message) + "\n").encode("utf-8"))
            stdin.flush()
        except OSError as exc:
            raise WorkerFailed(f"the speech engine stopped ({self._last_log_line()})") from exc
        reply: dict[str, Any] = json.loads(self._read_line(stdout, timeout))
        return reply

    def _read_line(self, stdout: IO[bytes], timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        fd = stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WorkerFailed(f"the speech engine did not answer within {timeout:.0f} s")
            ready, _w, _x = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise WorkerFailed(f"the speech engine stopped ({self._last_log_line()})")
                self._buffer += chunk
        line, _sep, self._buffer = self._buffer.partition(b"\n")
        return line

    def _last_log_line(self) -> str:
        with contextlib.suppress(OSError):
            lines = self.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            if lines:
                return lines[-1][-200:]
        return f"exit code {self.proc.poll()}"

    def close(self) -> None:
        """End the worker: EOF on its stdin, then a kill if it does not leave promptly."""
        with contextlib.suppress(OSError):
            if self.proc.stdin:
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()


def clip_timeout(text: str) -> float:
    """Seconds to wait for one clip: eSpeak speaks hundreds of times faster than real time, so this is
    about hangs, not slowness."""
    return 10.0 + len(text) / 200


@dataclass
class _Pool:
    """Worker threads, each driving one engine process, sharing a queue of utterances."""

    voice: VoiceSettings
    workdir: Path
    cache_dir: Path | None
    size: int
    progress: Progress | None
    done: int
    total: int

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._ready = threading.Condition(self._lock)
        self._threads: list[threading.Thread] = []
        self._queue: list[tuple[int, Utterance]] = []
        self._clips: dict[int, Clip] = {}
        self._error: EngineError | None = None
        self._stop = threading.Event()
        self._workers: list[Worker] = []
        self._started = 0

    def start(self, todo: list[tuple[int, Utterance]]) -> None:
        """Start the worker threads on TODO (taken in order)."""
        self._queue = list(reversed(todo))
        self._threads = [threading.Thread(target=self._thread, daemon=True) for _ in range(self.size)]
        for thread in self._threads:
            thread.start()

    def wait_for(self, pos: int) -> Clip:
        """The clip for utterance POS, once synthesised and checked; EngineError if the engine gave up."""
        with self._ready:
            while pos not in self._clips:
                if self._error is not None:
                    raise self._error
                if not any(t.is_alive() for t in self._threads):
                    raise EngineError(f"clip {pos + 1}: the speech engine stopped", hint=HINT)
                self._ready.wait(0.2)  # short waits keep Ctrl-C responsive in the main thread
            return self._clips.pop(pos)

    def stop(self) -> None:
        """Stop the threads and end every worker process (normally all have finished already)."""
        self._stop.set()
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            worker.close()
        for thread in self._threads:
            thread.join(5)

    def _next(self) -> tuple[int, Utterance] | None:
        with self._lock:
            if self._stop.is_set() or not self._queue:
                return None
            return self._queue.pop()

    def _thread(self) -> None:
        worker: Worker | None = None
        try:
            while (job := self._next()) is not None:
                worker = self._speak(job, worker)
        except EngineError as exc:
            with self._ready:
                self._error = self._error or exc
                self._ready.notify_all()
            self._stop.set()
        finally:
            if worker is not None:
                self._retire(worker)

    def _speak(self, job: tuple[int, Utterance], worker: Worker | None) -> Worker | None:
        """Synthesise one clip, retrying in fresh workers; the worker to go on with."""
        pos, utt = job
        path = self.workdir / f"clip-{pos:05d}.wav"
        reasons: list[str] = []
        for _attempt in range(ATTEMPTS):
            if self._stop.is_set():
                return worker
            try:
                worker = worker or self._spawn()
                path.unlink(missing_ok=True)
                reply = worker.call({"text": utt.spoken, "path": str(path)}, clip_timeout(utt.spoken))
                if not reply.get("ok"):
                    raise WorkerFailed(str(reply.get("error", "the engine reported a failure")))
                frames = check_clip(path, utt, self.voice)
            except (WorkerFailed, OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
                reasons.append(str(exc))
                if worker is not None:
                    self._retire(worker)
                    worker = None
                continue
            if self.cache_dir is not None:
                _to_cache(self.cache_dir, utt, self.voice, path)
            self._finished(pos, _clip(utt, path, frames))
            return worker
        raise EngineError(
            f"clip {pos + 1} ({_preview(utt.spoken)}): speech failed {ATTEMPTS} times; last: {reasons[-1]}",
            hint=HINT,
        )

    def _spawn(self) -> Worker:
        with self._lock:
            self._started += 1
            name = f"worker-{self._started}"
        worker = Worker(self.voice, self.workdir, name)
        with self._lock:
            self._workers.append(worker)
        return worker

    def _retire(self, worker: Worker) -> None:
        worker.close()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)

    def _finished(self, pos: int, clip: Clip) -> None:
        with self._ready:
            self._clips[pos] = clip
            self.done += 1
            done = self.done
            self._ready.notify_all()
        if self.progress:
            self.progress(done, self.total)


def _preview(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
