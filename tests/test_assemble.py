"""Clips -> MP3, read back with ffmpeg (tests/media.py): format, duration, loudness, true peak, timings."""

from __future__ import annotations

import dataclasses
import itertools
import subprocess
import wave
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
from scipy.signal import lfilter

from narrate import speak as speak_module
from narrate.audio import encode
from narrate.audio import loudness as loudness_module
from narrate.audio.assemble import assemble
from narrate.audio.loudness import (
    BLOCK,
    IN_RATE,
    Integrated,
    Meter,
    integrated_loudness,
    k_weighting,
    limiter_gain,
    upsample2,
)
from narrate.errors import EncodeError, EngineError
from narrate.models import Clip, Utterance
from narrate.speak import speak, speak_iter
from narrate.speak.voices import load_voice
from tests.media import FFMPEG, loudness, probe

TEXTS = [
    ("title", "Amazon Halts Police Use Of Its Facial Recognition Technology", 900),
    ("paragraph", "Amazon announced on Wednesday a one-year moratorium on police use of its software.", 600),
    ("paragraph", "The company did not say why, but civil rights groups had long called for it.", 1200),
    ("heading", "What comes next", 900),
    ("paragraph", "Lawmakers said they would take up the question of rules for the technology.", 0),
]


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Clip, ...]:
    """Real speech: five clips from the engine, shared by the tests of this module."""
    utterances = [
        Utterance(i, kind, None, text, text, pause)
        for i, (kind, text, pause) in enumerate(TEXTS)  # type: ignore[arg-type]
    ]
    return speak(utterances, load_voice(None), tmp_path_factory.mktemp("clips"))


def decode(mp3: Path) -> np.ndarray:
    """The MP3 as 44.1 kHz float samples, by ffmpeg (an independent decoder)."""
    raw = subprocess.run(
        [FFMPEG, "-loglevel", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768


def rms_db(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(np.square(x))) + 1e-12))


def test_speech_to_podcast_mp3(spoken: tuple[Clip, ...], tmp_path: Path) -> None:
    out = tmp_path / "story.mp3"
    audio = assemble(spoken, out, load_voice(None))
    info = probe(out)
    assert (info.codec, info.sample_rate, info.channels, info.bitrate_kbps) == ("mp3", 44100, "mono", 64)
    assert abs(info.duration_s - audio.duration_ms / 1000) < 0.1
    words = sum(len(t.split()) for _k, t, _p in TEXTS)
    pauses = sum(p for _k, _t, p in TEXTS) / 1000
    assert 0.5 * words * 60 / 175 + pauses < info.duration_s < 2 * words * 60 / 175 + pauses
    lufs, peak = loudness(out)
    assert -17.0 <= lufs <= -15.0
    assert peak <= -1.0
    assert abs(audio.loudness_lufs - lufs) < 0.5 and audio.true_peak_dbtp <= -1.0
    assert (audio.bitrate, audio.sample_rate, audio.path) == (64, 44100, out)


def test_timings_are_where_the_speech_is(spoken: tuple[Clip, ...], tmp_path: Path) -> None:
    audio = assemble(spoken, tmp_path / "story.mp3", load_voice(None))
    timings = audio.timings
    assert [t.utterance.index for t in timings] == list(range(len(TEXTS)))
    assert timings[0].start_ms == 0
    for clip, timing in zip(spoken, timings, strict=True):
        assert abs((timing.end_ms - timing.start_ms) - clip.duration_ms) <= 1
    for before, after in itertools.pairwise(timings):
        gap = after.start_ms - before.end_ms
        pause = before.utterance.pause_after_ms
        assert pause <= gap <= pause + 3  # segments are whole 2 ms blocks
    assert timings[-1].end_ms <= audio.duration_ms
    pcm = decode(audio.path)
    ms = 44.1
    for before, after in itertools.pairwise(timings):
        if after.start_ms - before.end_ms >= 300:  # the pause itself: silence in the decoded MP3
            assert rms_db(pcm[int((before.end_ms + 60) * ms) : int((after.start_ms - 30) * ms)]) < -60
    for timing in timings:  # and speech where the timings say
        assert rms_db(pcm[int(timing.start_ms * ms) : int(timing.end_ms * ms)]) > -30


def test_bitrate_from_the_voice(spoken: tuple[Clip, ...], tmp_path: Path) -> None:
    out = tmp_path / "story.mp3"
    audio = assemble(spoken[:2], out, load_voice(None, bitrate=96))
    info = probe(out)
    assert info.bitrate_kbps == 96 and audio.bitrate == 96
    assert abs(out.stat().st_size - 96_000 / 8 * info.duration_s) < 2_000  # constant bit rate


def test_longer_story_meets_loudness_too(spoken: tuple[Clip, ...], tmp_path: Path) -> None:
    many = [
        dataclasses.replace(c, utterance=dataclasses.replace(c.utterance, index=i))
        for i, c in enumerate(list(spoken) * 12)
    ]
    out = tmp_path / "long.mp3"
    audio = assemble(many, out, load_voice(None))
    assert audio.duration_ms > 120_000
    lufs, peak = loudness(out)
    assert -17.0 <= lufs <= -15.0 and peak <= -1.0


# Synthetic clips: timing arithmetic and the loudness stage on known signals ------------------------------


def write_wav(path: Path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(IN_RATE)
        wav.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


def fake_clips(tmp_path: Path, signals: list[np.ndarray], pauses: list[int]) -> list[Clip]:
    clips = []
    for i, (signal, pause) in enumerate(zip(signals, pauses, strict=True)):
        path = tmp_path / f"fake-{i}.wav"
        write_wav(path, signal)
        utt = Utterance(i, "paragraph", 0, "x", "x", pause)
        clips.append(Clip(utt, path, round(len(signal) * 1000 / IN_RATE)))
    return clips


def tone(seconds: float, level: float, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * IN_RATE)) / IN_RATE
    return level * np.sin(2 * np.pi * freq * t)


def test_timing_arithmetic_is_exact(tmp_path: Path) -> None:
    lengths = [IN_RATE, IN_RATE // 2 + 7, 3 * IN_RATE + 1]  # 1000 ms, ~500.3 ms, ~3000.05 ms
    pauses = [250, 1000, 0]
    clips = fake_clips(tmp_path, [tone(n / IN_RATE, 0.3) for n in lengths], pauses)
    audio = assemble(clips, tmp_path / "t.mp3", load_voice(None))
    starts = [0]
    for n, p in zip(lengths, pauses, strict=True):
        length = -(-(n + p * IN_RATE // 1000) // BLOCK) * BLOCK
        starts.append(starts[-1] + length)
    for timing, n, start in zip(audio.timings, lengths, starts, strict=False):
        assert timing.start_ms == round(start * 1000 / IN_RATE)
        assert timing.end_ms == round((start + n) * 1000 / IN_RATE)
    assert audio.duration_ms == round(starts[-1] * 1000 / IN_RATE)


@pytest.mark.parametrize(
    "signal",
    [
        pytest.param(lambda: np.sign(tone(1.5, 1.0, 180)) * 0.99, id="short-loud-square"),
        pytest.param(lambda: tone(2.0, 0.01, 1000), id="quiet-tone"),
        pytest.param(
            lambda: np.where(np.arange(IN_RATE * 3) % 2205 < 20, 0.9, 0.0) + tone(3, 0.02), id="clicks"
        ),
    ],
)
def test_loudness_and_true_peak_on_hard_signals(tmp_path: Path, signal: object) -> None:
    samples = signal()  # type: ignore[operator]
    out = tmp_path / "hard.mp3"
    assemble(fake_clips(tmp_path, [samples], [300]), out, load_voice(None))
    lufs, peak = loudness(out)
    assert -17.0 <= lufs <= -15.0
    assert peak <= -1.0


def test_meter_agrees_with_pyloudnorm() -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal(IN_RATE * 10) * np.repeat(rng.uniform(0.001, 0.3, 100), IN_RATE // 10)
    x = x[: len(x) // BLOCK * BLOCK].astype(np.float32)
    meter = Meter()
    first = meter.feed(x[: 45 * 1000])
    second = meter.feed(x[45 * 1000 :])  # fed in two pieces: the filter state carries across
    ours = integrated_loudness(np.concatenate([first, second]))
    reference = pyloudnorm.Meter(IN_RATE).integrated_loudness(x.astype(np.float64))
    assert abs(ours - reference) < 0.05
    running = Integrated()  # the running measurement (100 ms sums only) gives the same figure
    for piece in np.array_split(np.concatenate([first, second]), 7):
        running.add(piece)
    assert abs(running.lufs() - ours) < 1e-9


def test_meter_is_the_recursive_filter_block_by_block() -> None:
    """The meter's matrix form gives the K-weighting's own recursion (scipy's lfilter, in float64) to float
    precision, block by block, whatever the pieces it is fed in (shorter and longer than its rows)."""
    rng = np.random.default_rng(11)
    x = (rng.standard_normal(BLOCK * 5003) * 0.2 + 0.05).astype(np.float32)  # with an offset: the high pass
    filtered = x.astype(np.float64)
    for b, a in zip(*k_weighting(), strict=True):
        filtered = lfilter(b, a, filtered)
    expected = np.square(filtered).reshape(-1, BLOCK).sum(axis=1)
    meter, got, done = Meter(), [], 0
    for blocks in (1, 3, 128, 1000, 2, 5003 - 1134):
        got.append(meter.feed(x[done : done + BLOCK * blocks]))
        done += BLOCK * blocks
    assert np.max(np.abs(np.concatenate(got) - expected) / expected) < 1e-5


def test_limiter_keeps_every_block_under_the_ceiling() -> None:
    rng = np.random.default_rng(3)
    peaks = rng.uniform(0, 0.7, 5000).astype(np.float32)
    peaks[rng.integers(0, 5000, 40)] = rng.uniform(0.8, 3.0, 40)  # rare peaks over the ceiling
    gain = limiter_gain(peaks, 0.8)
    assert np.all(gain <= 1.0)
    # samples of block b are scaled by a straight line between the gains of b-1, b and b+1
    around = np.maximum(np.maximum(gain[:-2], gain[1:-1]), gain[2:])
    assert np.all(around * peaks[1:-1] <= 0.8 + 1e-6)
    assert gain.mean() > 0.9  # and it limits only around the peaks


def test_errors_name_the_file(tmp_path: Path) -> None:
    voice = load_voice(None)
    with pytest.raises(EncodeError, match="no clips"):
        assemble([], tmp_path / "none.mp3", voice)
    clips = fake_clips(tmp_path, [tone(0.5, 0.3)], [0])
    missing = tmp_path / "no-such-folder" / "x.mp3"
    with pytest.raises(EncodeError) as err:
        assemble(clips, missing, voice)
    assert str(err.value).startswith(f"{missing}: ") and err.value.hint
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF0000WAVEnothing")
    with pytest.raises(EncodeError, match="encoding failed"):
        assemble([dataclasses.replace(clips[0], path=broken)], tmp_path / "b.mp3", voice)
    assert not (tmp_path / "b.mp3").exists()


def test_streams_clips_from_the_engine_as_they_come(tmp_path: Path) -> None:
    utterances = [
        Utterance(i, kind, None, text, text, pause)  # type: ignore[arg-type]
        for i, (kind, text, pause) in enumerate(TEXTS[:3])
    ]
    voice = load_voice(None)
    clips = speak_iter(utterances, voice, tmp_path / "clips")
    assert not isinstance(clips, tuple)  # a generator: assemble encodes while the engine speaks
    audio = assemble(clips, tmp_path / "streamed.mp3", voice)
    assert [t.utterance.index for t in audio.timings] == [0, 1, 2]
    lufs, peak = loudness(audio.path)
    assert -17.0 <= lufs <= -15.0 and peak <= -1.0


def test_engine_failure_leaves_no_mp3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speak_module, "clip_timeout", lambda text: 0.0)  # every clip times out
    monkeypatch.setattr(speak_module, "START_TIMEOUT", 0.0)
    utterances = [Utterance(0, "title", None, "Hello there.", "Hello there.", 0)]
    out, voice = tmp_path / "failed.mp3", load_voice(None)
    with pytest.raises(EngineError):
        assemble(speak_iter(utterances, voice, tmp_path / "clips", workers=1), out, voice)
    assert not out.exists()


def test_inline_encoding_gives_the_same_mp3(spoken: tuple[Clip, ...], tmp_path: Path) -> None:
    """A batch encodes on the story's own thread (threaded=False); the file must not change."""
    threaded, inline = tmp_path / "threaded.mp3", tmp_path / "inline.mp3"
    first = assemble(spoken, threaded, load_voice(None))
    second = assemble(spoken, inline, load_voice(None), threaded=False)
    assert threaded.read_bytes() == inline.read_bytes()
    assert first.timings == second.timings and first.duration_ms == second.duration_ms


def test_segments_encoded_at_once_keep_timings_exact(
    spoken: tuple[Clip, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two encoders take turns on segments cut at clip ends; where segments join, the decoded MP3 gains a
    little silence, and the timings must say so: speech where they put it, silence in every pause."""
    monkeypatch.setattr(encode, "SEGMENT_S", 1)  # a segment per clip or two
    many = [
        dataclasses.replace(c, utterance=dataclasses.replace(c.utterance, index=i))
        for i, c in enumerate(list(spoken) * 2)
    ]
    joined = assemble(many, tmp_path / "joined.mp3", load_voice(None))
    single = assemble(many, tmp_path / "single.mp3", load_voice(None), threaded=False)
    info = probe(joined.path)
    assert 0 <= info.duration_s - joined.duration_ms / 1000 < 0.06  # the last frame's delay and padding
    assert joined.duration_ms > single.duration_ms + 5 * 26  # one join per clip or two, >= 26 ms each
    pcm, ms = decode(joined.path), 44.1
    for before, after in itertools.pairwise(joined.timings):
        gap = after.start_ms - before.end_ms
        assert before.utterance.pause_after_ms <= gap <= before.utterance.pause_after_ms + 3 + 53
        if gap >= 300:
            assert rms_db(pcm[int((before.end_ms + 60) * ms) : int((after.start_ms - 30) * ms)]) < -60
    for timing in joined.timings:
        assert rms_db(pcm[int(timing.start_ms * ms) : int(timing.end_ms * ms)]) > -30
        assert rms_db(pcm[int((timing.start_ms - 40) * ms) : int((timing.start_ms - 5) * ms)]) < -50
    lufs, peak = loudness(joined.path)
    assert abs(lufs - loudness(single.path)[0]) < 0.3 and peak <= -1.0


def test_frames_are_counted_as_decoders_count_them(spoken: tuple[Clip, ...], tmp_path: Path) -> None:
    audio = assemble(spoken, tmp_path / "story.mp3", load_voice(None), threaded=False)
    frames = encode.count_frames(audio.path.read_bytes())
    assert abs(frames * encode.SAMPLES_PER_FRAME / 44100 - probe(audio.path).duration_s) < 0.03
    with pytest.raises(ValueError, match="byte 0"):
        encode.count_frames(b"ID3\x04" + bytes(100))


def upsample2_reference(samples: np.ndarray, lo: int = 0, hi: int | None = None) -> np.ndarray:
    """upsample2 as first written, by np.convolve (slower)."""
    hi = len(samples) if hi is None else hi
    start, stop = max(0, lo - loudness_module._HALF_TAPS), min(len(samples), hi + loudness_module._HALF_TAPS)
    between = np.convolve(samples[start:stop], loudness_module._HALF_BAND)
    out = np.empty(2 * (hi - lo), dtype=np.float32)
    out[0::2] = samples[lo:hi]
    out[1::2] = between[loudness_module._HALF_TAPS + lo - start : loudness_module._HALF_TAPS + hi - start]
    return out


def limiter_gain_reference(peaks: np.ndarray, ceiling: float) -> np.ndarray:
    """limiter_gain as first written: a minimum over sliding windows of the gains."""
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9)).astype(np.float32)
    padded = np.pad(need, loudness_module.HOLD_BLOCKS, mode="edge")
    held = np.lib.stride_tricks.sliding_window_view(padded, 2 * loudness_module.HOLD_BLOCKS + 1).min(axis=1)
    padded = np.pad(held, loudness_module.SMOOTH_BLOCKS, mode="edge")
    smooth = np.convolve(
        padded,
        np.full(2 * loudness_module.SMOOTH_BLOCKS + 1, 1 / (2 * loudness_module.SMOOTH_BLOCKS + 1)),
        mode="valid",
    )
    return np.asarray(np.minimum(smooth, need), dtype=np.float32)


@pytest.mark.parametrize("blocks", [1, 3, 11, 12, 1000, 20_000])
def test_limiter_from_held_peaks_is_the_sliding_minimum_of_gains(blocks: int) -> None:
    """The limiter takes its minimum on the peaks (once per clip) rather than on the gains (each round):
    the same gains, bit for bit, as the first way of writing it."""
    peaks = (np.random.default_rng(blocks).uniform(0, 2, blocks) ** 3).astype(np.float32)
    for ceiling in (0.79, 0.5):
        assert np.array_equal(limiter_gain(peaks, ceiling), limiter_gain_reference(peaks, ceiling))
    samples = np.random.default_rng(1).standard_normal(3000).astype(np.float32)
    for lo, hi in [(0, 3000), (5, 17), (2990, 3000), (100, 2900)]:
        ours, reference = upsample2(samples, lo, hi), upsample2_reference(samples, lo, hi)
        assert np.allclose(ours, reference, atol=1e-6)
