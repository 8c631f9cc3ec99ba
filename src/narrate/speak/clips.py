"""Clips on disk: checking what the engine wrote, silence, and the clip cache's keys and files."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import shutil
import struct
import threading
import wave
from dataclasses import dataclass
from pathlib import Path

from narrate.display import primary_language
from narrate.installed import ENGINE_ENV, version
from narrate.models import Clip, Utterance, VoiceSettings
from narrate.speak.espeak_voices import voice_for_language
from narrate.speak.voices import model_language

SAMPLE_RATE = 22_050  # pyttsx3's eSpeak driver writes this, hard-coded; Piper clips are made at it too
MARKS_CHUNK = b"nmrk"  # a RIFF chunk after the samples: the clip's sentence marks as JSON (Piper clips)
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


@dataclass(frozen=True)
class EngineChoice:
    """Which engine speaks an utterance: "espeak" with an eSpeak NG voice id, or "piper" with a model."""

    engine: str
    voice: str  # eSpeak NG voice id, or the Piper model's path
    note: str | None = None  # set when a passage falls back from Piper to eSpeak NG


def utterance_engine(utt: Utterance, voice: VoiceSettings) -> EngineChoice:
    """The engine for UTT: the voice's; a passage in a language the Piper model does not speak goes to
    eSpeak NG's voice for that language instead (with a note)."""
    if voice.engine != "piper" or voice.model is None:
        return EngineChoice("espeak", utterance_voice(utt, voice))
    if utt.language and (fallback := voice_for_language(utt.language)) is not None:
        spoken = model_language(voice.model)
        if primary_language(utt.language) != primary_language(spoken):
            note = (
                f"a passage in {utt.language} ({_preview(utt.text)}) is read by eSpeak NG's {fallback} "
                f"voice: the {voice.profile} voice speaks {spoken} only"
            )
            return EngineChoice("espeak", fallback, note)
    return EngineChoice("piper", voice.model)


def _preview(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def make_clip(
    utt: Utterance, path: Path, frames: int, *, reused: bool = False, note: str | None = None
) -> Clip:
    """A Clip for the WAV at PATH; sentence marks stored in the file (Piper) travel on its utterance."""
    marks = read_marks(path)
    if marks:
        utt = dataclasses.replace(utt, marks=marks)
    duration = round(frames * 1000 / SAMPLE_RATE)
    return Clip(utterance=utt, path=path, duration_ms=duration, reused=reused, note=note)


def write_marks(path: Path, marks: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> None:
    """Append MARKS to the WAV at PATH as a RIFF chunk after its samples (readers skip unknown chunks)."""
    body = json.dumps([[int(a), int(b)] for a, b in marks]).encode("ascii")
    if len(body) % 2:
        body += b" "
    with path.open("r+b") as wav:
        head = wav.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            raise ValueError(f"{path.name}: not a RIFF WAVE file")
        wav.seek(0, os.SEEK_END)
        if wav.tell() % 2:
            wav.write(b"\0")
        wav.write(MARKS_CHUNK + struct.pack("<I", len(body)) + body)
        size = wav.tell() - 8
        wav.seek(4)
        wav.write(struct.pack("<I", size))


def read_marks(path: Path) -> tuple[tuple[int, int], ...]:
    """The sentence marks stored in the WAV at PATH by write_marks; () when it has none."""
    try:
        data = path.read_bytes()
    except OSError:
        return ()
    pos = 12
    while pos + 8 <= len(data):
        name, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        if name == MARKS_CHUNK:
            try:
                found = json.loads(data[pos + 8 : pos + 8 + size])
                return tuple((int(a), int(b)) for a, b in found)
            except (ValueError, TypeError):
                return ()
        pos += 8 + size + (size % 2)
    return ()


def silent_clip(utt: Utterance, path: Path, failed: str | None = None) -> Clip:
    frames = SAMPLE_RATE * SILENT_MS // 1000
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(bytes(2 * frames))
    return Clip(utt, path, round(frames * 1000 / SAMPLE_RATE), failed=failed)


def engine_id(engine: str = "espeak", model: str | None = None) -> str:
    """What makes clips differ between installations: pyttsx3 and the eSpeak NG library in use; for Piper,
    piper-tts, onnxruntime and the model (file name, size and sha256)."""
    if engine == "piper":
        ident = f"piper-tts {_version('piper-tts')}; onnxruntime {_version('onnxruntime')}"
        return f"{ident}; {model_id(model)}" if model else ident
    if os.environ.get(ENGINE_ENV, "").lower() == "system":
        lib = "system libespeak-ng"
    else:
        lib = f"espeakng-loader {_version('espeakng-loader')}"
    return f"pyttsx3 {_version('pyttsx3')}; {lib}"


def _version(dist: str) -> str:
    return version(dist) or "?"


def model_id(model: str) -> str:
    """A Piper model's identity for cache keys: its file name, size and content hash."""
    path = Path(model)
    try:
        stat = path.stat()
    except OSError:
        return f"{path.name} (missing)"
    return f"{path.name} {stat.st_size} sha256:{_digest(str(path), stat.st_size, stat.st_mtime_ns)}"


@functools.lru_cache(maxsize=8)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    """sha256 of a file, once per process for a given size and mtime (a model is tens of megabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:  # noqa: PTH123
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def cache_key(spoken: str, voice: VoiceSettings, espeak_voice: str | None = None) -> str:
    """sha256 of everything that changes a clip's sound: the text, voice, rate, pitch, volume and engine.

    A Piper clip's key holds the engine and its model (name, size, hash) instead of the eSpeak voice and
    pitch; an eSpeak NG clip's key is as it always was, whichever profile asked for it.
    """
    if voice.engine == "piper" and voice.model is not None and espeak_voice in (None, voice.model):
        fields: list[object] = ["piper", spoken, voice.rate, voice.volume, engine_id("piper", voice.model)]
    else:
        fields = [spoken, espeak_voice or voice.voice, voice.rate, voice.pitch, voice.volume, engine_id()]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def cache_path(cache_dir: Path, spoken: str, voice: VoiceSettings, espeak_voice: str | None = None) -> Path:
    key = cache_key(spoken, voice, espeak_voice)
    return cache_dir / key[:2] / f"{key}.wav"


def from_cache(cache_dir: Path, utt: Utterance, voice: VoiceSettings, path: Path) -> Clip | None:
    choice = utterance_engine(utt, voice)
    cached = cache_path(cache_dir, utt.spoken, voice, choice.voice)
    try:
        frames = wav_frames(cached)
        _link_or_copy(cached, path)
        os.utime(cached)  # least recently used clips are pruned first (narrate.speak.cache)
    except (OSError, ValueError):
        return None
    return make_clip(utt, path, frames, reused=True, note=choice.note)


def to_cache(cache_dir: Path, utt: Utterance, voice: VoiceSettings, path: Path) -> None:
    """Store a checked clip under its key, atomically; a cache that cannot be written is only skipped."""
    target = cache_path(cache_dir, utt.spoken, voice, utterance_engine(utt, voice).voice)
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
