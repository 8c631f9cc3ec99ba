"""Utterances -> WAV clips, with pyttsx3's eSpeak NG driver (or a Piper voice) running in worker processes.

The driver's measured defects (STYLE.md) shape this package: each engine owns a worker process of
narrate.workers' pool (speak.worker), every clip is checked (a valid WAV whose length is plausible for its
words, speak.clips) and retried in a fresh worker; a worker that does not answer in time is killed. A clip
that still fails is left out (a moment of silence, `Clip.failed` says why) so that one paragraph never
costs the story; only a story with nothing spoken at all fails. With a cache folder, a clip whose spoken
text and voice settings were synthesised before is reused instead.

The engine is the voice's (VoiceSettings.engine): "espeak", or "piper" (speak.piper, the `natural` extra).
Each engine has its own pool, started when its first clip comes up: with a Piper voice, a passage in a
language the model does not speak goes to an eSpeak NG worker (Clip.note says so).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from narrate.errors import EngineError
from narrate.models import Clip, Utterance, VoiceSettings
from narrate.speak.clips import (
    SAMPLE_RATE,
    cache_key,
    cache_path,
    check_clip,
    engine_id,
    from_cache,
    make_clip,
    plausible_seconds,
    silent_clip,
    to_cache,
    utterance_engine,
    wav_frames,
)
from narrate.speak.engines import Engines, engine_config, start_pool, worker_count
from narrate.workers import Pool

__all__ = [
    "SAMPLE_RATE",
    "Engines",
    "cache_key",
    "cache_path",
    "check_clip",
    "engine_id",
    "needs_engine",
    "notes",
    "plausible_seconds",
    "speak",
    "speak_iter",
    "wav_frames",
]

ATTEMPTS = 3  # per clip, each in a fresh worker after a failure
START_TIMEOUT = 30.0  # seconds for a worker to import, load the voice and warm up (slow on a busy machine)
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

    `workers`: engine processes to run in parallel (default: one for eSpeak NG, up to 2 for Piper).
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
    engines: Engines | None = None,
) -> Iterator[Clip]:
    """speak(), yielding each clip, in order, as soon as it is ready, so the next stage can start at once.

    Closing the generator early (or an error) stops the engine workers. ENGINES: workers started ahead
    (Engines), used when they were started for this voice and WORKDIR.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    total = len(utterances)
    ready: dict[int, Clip] = {}
    todo: list[tuple[int, Utterance]] = []
    for pos, utt in enumerate(utterances):
        path = workdir / f"clip-{pos:05d}.wav"
        if not utt.spoken.strip():
            ready[pos] = silent_clip(utt, path)
        elif cache_dir is not None and (hit := from_cache(cache_dir, utt, voice, path)) is not None:
            ready[pos] = hit
        else:
            todo.append((pos, utt))
    if progress and ready:
        progress(len(ready), total)
    pool = None
    if todo:
        size = worker_count(workers, len(todo), voice.engine)
        pool = _Speaker(
            voice,
            workdir,
            cache_dir=cache_dir,
            size=size,
            progress=progress,
            done=total - len(todo),
            total=total,
            engines=engines,
        )
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


def needs_engine(utterances: Iterable[Utterance], voice: VoiceSettings, cache_dir: Path | None) -> bool:
    """True when some utterance must be synthesised: it has words and no clip in the cache (speak_iter's
    test, without touching the cache)."""
    return any(
        utt.spoken.strip()
        and (
            cache_dir is None
            or not cache_path(cache_dir, utt.spoken, voice, utterance_engine(utt, voice).voice).is_file()
        )
        for utt in utterances
    )


def notes(voice: VoiceSettings, clips: Iterable[Clip]) -> tuple[str, ...]:
    """One-line notes for the user, each once: the voice's (a story read by eSpeak NG instead of the Piper
    voice chosen), then the clips' (a passage read by another voice). Library code never prints them."""
    return tuple(dict.fromkeys([*voice.notes, *(clip.note for clip in clips if clip.note)]))


def clip_timeout(text: str) -> float:
    """Seconds to wait for one clip: eSpeak speaks hundreds of times faster than real time, so this is
    about hangs, not slowness."""
    return 10.0 + len(text) / 200


def synthesis_allowance(text: str, engine: str) -> float:
    """Seconds added to clip_timeout for an engine that is not hundreds of times faster than real time:
    Piper speaks about 5-15 times faster than real time on one thread (a character is about 65 ms of
    speech), so its limit allows for a busy machine."""
    return len(text) / 15 if engine == "piper" else 0.0


class _Speaker:
    """A thread that keeps the engine workers busy with the utterances, in order, and checks their clips."""

    def __init__(
        self,
        voice: VoiceSettings,
        workdir: Path,
        *,
        cache_dir: Path | None,
        size: int,
        progress: Progress | None,
        done: int,
        total: int,
        engines: Engines | None = None,
    ) -> None:
        self.voice, self.workdir, self.cache_dir, self.size = voice, workdir, cache_dir, size
        self.engines = engines
        self.progress, self.done, self.total = progress, done, total
        self._ready = threading.Condition()
        self._clips: dict[int, Clip] = {}
        self._error: EngineError | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="narrate-speak")
        self._queue: list[tuple[int, Utterance, list[str]]] = []
        self._fresh: set[int] = set()  # pids of workers that have not finished a task yet

    def start(self, todo: list[tuple[int, Utterance]]) -> None:
        self._todo, self._start_done, self._spoken = len(todo), self.done, 0
        self._queue = [(pos, utt, []) for pos, utt in reversed(todo)]  # popped from the end: in order
        self._thread.start()

    def wait_for(self, pos: int) -> Clip:
        """The clip for utterance POS, once synthesised and checked (or given up on)."""
        with self._ready:
            while self._error is not None or pos not in self._clips:
                if self._error is not None:
                    raise self._error
                if not self._thread.is_alive():
                    raise EngineError(f"clip {pos + 1}: the speech engine stopped", hint=HINT)
                self._ready.wait(0.2)  # short waits keep Ctrl-C responsive in the main thread
            return self._clips.pop(pos)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(30)

    def _run(self) -> None:
        pools: dict[str, Pool] = {}
        try:
            self._drive(pools)
        except Exception as exc:  # a failure to run the pool at all ends the story, with its reason
            with self._ready:
                self._error = EngineError(f"the speech engine could not run: {exc}", hint=HINT)
                self._ready.notify_all()
        finally:
            for engine, pool in pools.items():
                finished = not self._queue and not pool.busy() and self._error is None
                if self.engines is not None and engine == self.voice.engine and finished:
                    self.engines.give_back(pool)  # kept for the next story, or stopped
                else:
                    pool.terminate()

    def _pool(self, pools: dict[str, Pool], engine: str) -> Pool:
        """ENGINE's pool, started on first use: the voice's engine gets `size` workers (or those started
        ahead, if they suit), a fallback one."""
        if engine not in pools:
            config = engine_config(self.voice, self.workdir)
            ahead = self.engines.take(config) if self.engines and engine == self.voice.engine else None
            size = self.size if engine == self.voice.engine else 1
            pools[engine] = ahead or start_pool(engine, config, size)
        return pools[engine]

    def _drive(self, pools: dict[str, Pool]) -> None:
        busy: dict[int, tuple[int, Utterance, list[str]]] = {}
        while (self._queue or busy) and not self._stop.is_set():
            while self._queue:  # in order: the next clip waits for a free worker of its engine
                pos, utt, _reasons = job = self._queue[-1]
                choice = utterance_engine(utt, self.voice)
                pool = self._pool(pools, choice.engine)
                idle = pool.idle()
                if not idle or (choice.engine == self.voice.engine and len(pool.busy()) >= self.size):
                    break  # no worker free, or as many clips in flight as the story may have
                worker = idle[0]
                self._queue.pop()
                path = self.workdir / f"clip-{pos:05d}.wav"
                path.unlink(missing_ok=True)
                timeout = clip_timeout(utt.spoken) + synthesis_allowance(utt.spoken, choice.engine)
                if worker.process.pid not in self._fresh:
                    self._fresh.add(worker.process.pid or 0)
                    timeout += START_TIMEOUT
                task = {"text": utt.spoken, "path": str(path), "voice": choice.voice}
                pool.send(worker, pos, task, timeout)
                busy[pos] = job
            live = [pool for pool in pools.values() if pool.busy()]
            for n, pool in enumerate(live):
                # the last pool waits up to 0.2 s for a reply; the others are only polled
                for pos, (status, value, _trace) in pool.wait(0.2 if n == len(live) - 1 else 0.0):
                    job = busy.pop(pos)
                    self._settle(pool, job, value if status == "error" else None)

    def _settle(self, pool: Pool, job: tuple[int, Utterance, list[str]], error: str | None) -> None:
        """Check the clip a worker wrote; on failure retry it in a fresh worker or, at the last attempt,
        leave it out."""
        pos, utt, reasons = job
        path = self.workdir / f"clip-{pos:05d}.wav"
        if error is None:
            try:
                frames = check_clip(path, utt, self.voice)
            except (OSError, ValueError) as exc:
                error = str(exc)
            else:
                if self.cache_dir is not None:
                    to_cache(self.cache_dir, utt, self.voice, path)
                note = utterance_engine(utt, self.voice).note
                self._finished(pos, make_clip(utt, path, frames, note=note))
                return
        reasons.append(error)
        if len(reasons) < ATTEMPTS:
            pool.retire_worker_of(pos)
            self._queue.append((pos, utt, reasons))  # next in line: clips are consumed in order
            return
        reason = f"speech failed {ATTEMPTS} times; last: {reasons[-1]}"
        self._finished(pos, silent_clip(utt, path, failed=reason))

    def _finished(self, pos: int, clip: Clip) -> None:
        with self._ready:
            self._clips[pos] = clip
            self.done += 1
            done = self.done
            self._spoken += clip.failed is None
            if clip.failed and not self._spoken and self.done - self._start_done >= min(3, self._todo):
                # nothing spoken yet and the first clips all failed: the engine, not the text, is broken
                what = f"clip {pos + 1} ({_preview(clip.utterance.spoken)})"
                self._error = EngineError(f"{what}: {clip.failed}", hint=HINT)
                self._stop.set()
            self._ready.notify_all()
        if self.progress:
            self.progress(done, self.total)


def _preview(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
