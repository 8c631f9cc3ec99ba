"""Clips on disk: checking what the engine wrote, silence, and the clip cache's keys and files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import wave
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from narrate.models import Clip, Utterance, VoiceSettings
from narrate.speak.voices import ENGINE_ENV, voice_for_language

SAMPLE_RATE = 22_050  # pyttsx3's eSpeak driver writes this, hard-coded
SILENT_MS = 50  # an utterance with nothing to say becomes this much silence


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


def utterance_voice(utt: Utterance, voice: VoiceSettings) -> str:
    """The eSpeak NG voice for UTT: the story's, or the one for a passage in another language."""
    return (voice_for_language(utt.language) if utt.language else None) or voice.voice


def make_clip(utt: Utterance, path: Path, frames: int, *, reused: bool = False) -> Clip:
    return Clip(utterance=utt, path=path, duration_ms=round(frames * 1000 / SAMPLE_RATE), reused=reused)


def silent_clip(utt: Utterance, path: Path, failed: str | None = None) -> Clip:
    frames = SAMPLE_RATE * SILENT_MS // 1000
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(bytes(2 * frames))
    return Clip(utt, path, round(frames * 1000 / SAMPLE_RATE), failed=failed)


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


def cache_key(spoken: str, voice: VoiceSettings, espeak_voice: str | None = None) -> str:
    """sha256 of everything that changes a clip's sound: the text, voice, rate, pitch, volume and engine."""
    fields = [spoken, espeak_voice or voice.voice, voice.rate, voice.pitch, voice.volume, engine_id()]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def cache_path(cache_dir: Path, spoken: str, voice: VoiceSettings, espeak_voice: str | None = None) -> Path:
    key = cache_key(spoken, voice, espeak_voice)
    return cache_dir / key[:2] / f"{key}.wav"


def from_cache(cache_dir: Path, utt: Utterance, voice: VoiceSettings, path: Path) -> Clip | None:
    cached = cache_path(cache_dir, utt.spoken, voice, utterance_voice(utt, voice))
    try:
        frames = wav_frames(cached)
        _link_or_copy(cached, path)
        os.utime(cached)  # least recently used clips are pruned first (narrate.speak.cache)
    except (OSError, ValueError):
        return None
    return make_clip(utt, path, frames, reused=True)


def to_cache(cache_dir: Path, utt: Utterance, voice: VoiceSettings, path: Path) -> None:
    """Store a checked clip under its key, atomically; a cache that cannot be written is only skipped."""
    target = cache_path(cache_dir, utt.spoken, voice, utterance_voice(utt, voice))
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
