"""Clips -> one MP3: pauses, podcast loudness, a true-peak limiter, 44.1 kHz mono, constant bit rate.

The audio is never held whole: a two-hour story is 300 million samples at 44.1 kHz.  Two passes stream the
clips from disk, one segment (a clip and the pause after it) at a time:

1. analysis at the engine's 22,050 Hz: the K-weighted energy (ITU-R BS.1770) and the peak of each 2 ms
   block of the timeline; blocks that the gain could bring near the ceiling get their peak measured on the
   44.1 kHz samples (the ceiling keeps a margin for what lies between them, and for the MP3 coder);
2. the gain that makes the whole -16 LUFS, with a look-ahead limiter holding true peaks under the ceiling,
   is solved on those small block arrays; then each segment is scaled, resampled to 44,100 Hz
   (polyphase, scipy) and handed to LAME (lameenc) on a second thread, which runs while numpy works.

Timings come from the clips' sample counts, so they are exact; every segment is padded to whole blocks
(at most 2 ms more pause).
"""

from __future__ import annotations

import contextlib
import queue
import threading
import warnings
import wave
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import lameenc
import numpy as np
import numpy.typing as npt
import pyloudnorm
from scipy.ndimage import minimum_filter1d, uniform_filter1d
from scipy.signal import resample_poly, sosfilt

from narrate.errors import EncodeError
from narrate.models import Audio, Clip, Timing, VoiceSettings

with warnings.catch_warnings():
    # pydub warns at import when no ffmpeg is on PATH; narrate only reads WAVs with it, which needs none.
    warnings.simplefilter("ignore", RuntimeWarning)
    from pydub import AudioSegment

IN_RATE = 22_050  # what the engine writes
OUT_RATE = 44_100
BLOCK = 45  # samples at IN_RATE (2.04 ms): the unit of the limiter and of the loudness bookkeeping
SUB_BLOCKS = 49  # blocks in 100 ms: BS.1770's 400 ms gating blocks are 4 of these, overlapping by 75 %
OVERSAMPLE = 2  # 22,050 -> 44,100 Hz, the output's own samples: measured as good as 8x on speech here
TARGET_LUFS = -16.0  # Apple's podcast recommendation
CEILING_DBTP = -2.0  # limiter ceiling; leaves room for the MP3 coder's overshoot under the -1 dBTP limit
# LAME's mono output decodes 0.446 dB quieter than its input, at every bit rate and quality (measured with
# ffmpeg's decoder, lameenc and ffmpeg's libmp3lame alike): aim that much higher so the MP3 is at target.
CODEC_GAIN_DB = -0.446
LAME_QUALITY = 7  # measured: q7 encodes speech at 64 kb/s ~3x faster than q2; see benchmarks/speed.py
HOLD_BLOCKS = 5  # limiter look-ahead/hold either side (~10 ms)
SMOOTH_BLOCKS = 4  # gain smoothing either side; < HOLD_BLOCKS so every sample stays under the ceiling
CONTEXT = 16  # samples either side of a block when oversampling it (resample_poly's filter reaches 10)
INTERSAMPLE_DB = 4.0  # assumed most a true peak exceeds its block's sample peak where it is not measured

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class _Segment:
    """A clip and its pause on the 22,050 Hz timeline: [start, start + clip) speech, then silence."""

    clip: Clip
    start: int  # samples at IN_RATE
    speech: int
    length: int  # speech + pause, a whole number of blocks


def assemble(
    clips: Sequence[Clip], out_mp3: Path, voice: VoiceSettings, *, quality: int = LAME_QUALITY
) -> Audio:
    """Join CLIPS with their pauses into OUT_MP3 (CBR at voice.bitrate, 44.1 kHz mono, -16 LUFS)."""
    if not clips:
        raise EncodeError(f"{out_mp3}: nothing to encode (no clips)", hint="The script had no utterances.")
    try:
        segments = _layout(clips)
        energy, peaks = _analyse(segments)
        gain = _gain(segments, energy, peaks)
        lufs = CODEC_GAIN_DB + _encode(segments, gain, out_mp3, voice.bitrate, quality)
    except (OSError, ValueError, RuntimeError, MemoryError) as exc:
        with contextlib.suppress(OSError):
            out_mp3.unlink(missing_ok=True)
        hint = "Check free disk space and try again."
        raise EncodeError(f"{out_mp3}: encoding failed ({exc})", hint=hint) from exc
    total = sum(s.length for s in segments)
    return Audio(
        path=out_mp3,
        duration_ms=round(total * 1000 / IN_RATE),
        timings=timings(segments),
        bitrate=voice.bitrate,
        sample_rate=OUT_RATE,
        loudness_lufs=round(lufs, 2),
        true_peak_dbtp=round(CODEC_GAIN_DB + _db(float(np.max(gain * peaks, initial=0.0))), 2),
    )


# Layout and timings ----------------------------------------------------------------------------------


def _layout(clips: Sequence[Clip]) -> list[_Segment]:
    segments, start = [], 0
    for clip in clips:
        speech = _frames(clip.path)
        pause = round(max(0, clip.utterance.pause_after_ms) * IN_RATE / 1000)
        length = -(-(speech + pause) // BLOCK) * BLOCK  # whole blocks
        segments.append(_Segment(clip, start, speech, length))
        start += length
    return segments


def timings(segments: Sequence[_Segment]) -> tuple[Timing, ...]:
    """Each utterance's speech in the final audio, in ms (exact: from sample counts)."""
    return tuple(Timing(s.clip.utterance, _ms(s.start), _ms(s.start + s.speech)) for s in segments)


def _ms(samples: int) -> int:
    return round(samples * 1000 / IN_RATE)


def _frames(path: Path) -> int:
    """Sample count from the WAV header (the samples themselves are read later, one clip at a time)."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes()
    except (EOFError, wave.Error) as exc:
        raise ValueError(f"{path.name}: not a WAV file ({exc})") from exc


def _read(path: Path) -> FloatArray:
    """A clip's samples as float32 in [-1, 1)."""
    segment = AudioSegment(data=path.read_bytes())  # from_wav(path) leaves the file open (ResourceWarning)
    if (segment.channels, segment.sample_width, segment.frame_rate) != (1, 2, IN_RATE):
        raise ValueError(f"{path.name}: expected 16-bit mono {IN_RATE} Hz WAV")
    return np.frombuffer(segment.raw_data, dtype="<i2").astype(np.float32) / 32768.0


def _samples(segment: _Segment) -> FloatArray:
    """The segment's PCM: the clip, then silence to the segment's end."""
    out = np.zeros(segment.length, dtype=np.float32)
    out[: segment.speech] = _read(segment.clip.path)
    return out


# Analysis --------------------------------------------------------------------------------------------


def k_weighting(rate: int = IN_RATE) -> npt.NDArray[np.float64]:
    """BS.1770's K-weighting (high shelf, then high pass) as second-order sections, pyloudnorm's design."""
    meter = pyloudnorm.Meter(rate)
    stages = [meter._filters["high_shelf"], meter._filters["high_pass"]]
    return np.array([np.concatenate([f.b, f.a]) for f in stages], dtype=np.float64)


class _Meter:
    """K-weighted energy per block, fed segment by segment (the filter's state carries across)."""

    def __init__(self) -> None:
        self.sos = k_weighting().astype(np.float32)  # float32 filtering: twice as fast, ample for a meter
        self.state = np.zeros((self.sos.shape[0], 2), dtype=np.float32)
        self.blocks: list[npt.NDArray[np.float64]] = []

    def feed(self, samples: FloatArray) -> None:
        # In silence the filter's state decays into subnormal numbers, which make the CPU ~30x slower; a
        # -200 dB alternating dither keeps it out of that range and weighs nothing in the energy.
        dither = np.full(len(samples), 1e-10, dtype=np.float32)
        dither[1::2] = -1e-10
        filtered, self.state = sosfilt(self.sos, samples + dither, zi=self.state)
        self.blocks.append(np.square(filtered, dtype=np.float64).reshape(-1, BLOCK).sum(axis=1))

    def energy(self) -> npt.NDArray[np.float64]:
        return np.concatenate(self.blocks) if self.blocks else np.zeros(0)


def _analyse(segments: Sequence[_Segment]) -> tuple[npt.NDArray[np.float64], FloatArray]:
    """Per block of the whole timeline: K-weighted energy and sample peak (before any gain)."""
    meter = _Meter()
    peaks = []
    for segment in segments:
        samples = _samples(segment)
        meter.feed(samples)
        peaks.append(np.abs(samples).reshape(-1, BLOCK).max(axis=1))
    return meter.energy(), np.concatenate(peaks)


def refine_peaks(segments: Sequence[_Segment], peaks: FloatArray, blocks: npt.NDArray[np.bool_]) -> None:
    """Replace the sample peaks of the chosen BLOCKS by true peaks (OVERSAMPLE x), in place.

    Oversampling everything would cost more than the rest of the assembly together; only blocks that could
    come near the ceiling are looked at (most of speech is far below it).
    """
    first = 0
    for segment in segments:
        count = segment.length // BLOCK
        chosen = np.flatnonzero(blocks[first : first + count])
        if len(chosen):
            peaks[first + chosen] = true_peaks(_samples(segment), chosen)
        first += count


def true_peaks(samples: FloatArray, chosen: npt.NDArray[np.intp]) -> FloatArray:
    """The largest |value| of the oversampled signal within each chosen block of SAMPLES.

    Each block is upsampled with CONTEXT samples either side (more than the polyphase filter's reach), all
    blocks at once as the rows of one matrix.
    """
    padded = np.pad(samples, CONTEXT)
    rows = (chosen * BLOCK)[:, None] + np.arange(BLOCK + 2 * CONTEXT)[None, :]
    up = resample_poly(padded[rows], OVERSAMPLE, 1, axis=1)
    core = up[:, CONTEXT * OVERSAMPLE : (CONTEXT + BLOCK) * OVERSAMPLE]
    return np.asarray(np.abs(core).max(axis=1), dtype=np.float32)


def integrated_loudness(energy: npt.NDArray[np.float64]) -> float:
    """BS.1770-4 gated loudness (LUFS) of a mono signal from its per-block K-weighted energies."""
    subs = np.add.reduceat(energy, np.arange(0, len(energy), SUB_BLOCKS)) if len(energy) else energy
    if len(subs) < 4:
        samples = max(1, len(energy) * BLOCK)
        return float(_lufs(np.array([energy.sum() / samples]))[0])
    windows = np.convolve(subs, np.ones(4), mode="valid") / (4 * SUB_BLOCKS * BLOCK)
    gated = windows[_lufs(windows) > -70.0]
    if not len(gated):
        return float("-inf")
    relative = float(_lufs(np.array([gated.mean()]))[0]) - 10.0
    gated = gated[_lufs(gated) > relative]
    return float(_lufs(np.array([gated.mean()]))[0])


def _lufs(mean_square: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    with np.errstate(divide="ignore"):
        return np.asarray(-0.691 + 10 * np.log10(mean_square), dtype=np.float64)


def _db(linear: float) -> float:
    return float(20 * np.log10(linear)) if linear > 0 else float("-inf")


# The gain: loudness target and true-peak limiter ---------------------------------------------------------


def limiter_gain(peaks: FloatArray, ceiling: float) -> FloatArray:
    """Per-block gain (<= 1) keeping every block's true peak at or under CEILING, smoothed with look-ahead.

    The minimum over +-HOLD blocks, then a mean over +-SMOOTH (< HOLD) blocks: each block's gain, and the
    straight line to its neighbours' (how samples are scaled), stays at or under what its own peak needs.
    """
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9)).astype(np.float32)
    held = minimum_filter1d(need, size=2 * HOLD_BLOCKS + 1, mode="nearest")
    smooth = uniform_filter1d(held, size=2 * SMOOTH_BLOCKS + 1, mode="nearest")
    return np.asarray(np.minimum(smooth, need), dtype=np.float32)


def _gain(segments: Sequence[_Segment], energy: npt.NDArray[np.float64], peaks: FloatArray) -> FloatArray:
    """solve_gain, with true peaks measured wherever the gain could bring a block near the ceiling.

    Blocks left at their sample peak are ones whose peak, even INTERSAMPLE_DB higher, stays under the
    ceiling at the gain found; if the gain ends up higher than assumed, more blocks are measured.
    """
    target = TARGET_LUFS - CODEC_GAIN_DB
    loudness = integrated_loudness(energy)
    if not np.isfinite(loudness):
        return np.ones_like(peaks)
    measured = np.zeros(len(peaks), dtype=bool)
    bound = 10 ** ((target - loudness + 1.5) / 20)  # the limiter seldom costs more than 1.5 LU
    ceiling = 10 ** (CEILING_DBTP / 20)
    while True:
        risky = (peaks * bound * 10 ** (INTERSAMPLE_DB / 20) >= ceiling) & ~measured
        refine_peaks(segments, peaks, risky)
        measured |= risky
        gain = solve_gain(energy, peaks, target=target)
        top = float(gain.max(initial=0.0))
        if top <= bound:
            return gain
        bound = top * 10 ** (1 / 20)


def solve_gain(
    energy: npt.NDArray[np.float64],
    peaks: FloatArray,
    target: float = TARGET_LUFS,
    ceiling_dbtp: float = CEILING_DBTP,
) -> FloatArray:
    """Per-block gain bringing the whole to TARGET LUFS with true peaks under the ceiling.

    A limiter takes a little loudness away, so the overall gain is raised until the limited result meets
    the target (a few rounds on the block arrays; no audio is touched here).
    """
    loudness = integrated_loudness(energy)
    if not np.isfinite(loudness):  # silence: nothing to normalise
        return np.ones_like(peaks)
    ceiling = 10 ** (ceiling_dbtp / 20)
    overall = 10 ** ((target - loudness) / 20)
    gain = np.full_like(peaks, overall)
    for _round in range(10):
        gain = (overall * limiter_gain(peaks * overall, ceiling)).astype(np.float32)
        reached = integrated_loudness(energy * np.square(gain, dtype=np.float64))
        if abs(reached - target) < 0.05:
            break
        overall *= 10 ** ((target - reached) / 20)
    return gain


# Encoding --------------------------------------------------------------------------------------------


def _encode(
    segments: Sequence[_Segment], gain: FloatArray, out_mp3: Path, bitrate: int, quality: int
) -> float:
    """Scale, resample and encode every segment; the measured loudness of what was encoded (LUFS)."""
    encoder = _encoder(bitrate, quality)
    meter = _Meter()
    with out_mp3.open("wb") as sink, _Writer(encoder, sink) as writer:
        for pcm in _scaled(segments, gain, meter):
            writer.put(pcm)
    return integrated_loudness(meter.energy())


def _encoder(bitrate: int, quality: int) -> lameenc.Encoder:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(OUT_RATE)
    encoder.set_out_sample_rate(OUT_RATE)  # else LAME may pick a lower rate for low bit rates
    encoder.set_channels(1)
    encoder.set_quality(quality)
    return encoder


def _scaled(segments: Sequence[_Segment], gain: FloatArray, meter: _Meter) -> Iterator[bytes]:
    """Each segment with its gain applied, measured, resampled to 44.1 kHz, as 16-bit PCM bytes."""
    block = 0
    for segment in segments:
        samples = _samples(segment)
        blocks = segment.length // BLOCK
        centres = np.arange(blocks) * BLOCK + BLOCK / 2
        curve = np.interp(np.arange(segment.length), centres, gain[block : block + blocks]).astype(np.float32)
        block += blocks
        samples *= curve
        meter.feed(samples)
        upsampled = resample_poly(samples, OUT_RATE // IN_RATE, 1)
        yield (np.clip(upsampled, -1.0, 32767 / 32768) * 32768.0).round().astype("<i2").tobytes()


class _Writer:
    """LAME on its own thread (lameenc releases the GIL): encodes while the next segment is computed."""

    def __init__(self, encoder: lameenc.Encoder, sink: object) -> None:
        self.encoder = encoder
        self.sink = sink
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _Writer:
        self.thread.start()
        return self

    def put(self, pcm: bytes) -> None:
        if self.error is not None:
            raise RuntimeError(f"MP3 encoder failed: {self.error}")
        self.queue.put(pcm)

    def _run(self) -> None:
        write = self.sink.write  # type: ignore[attr-defined]
        try:
            while (pcm := self.queue.get()) is not None:
                write(bytes(self.encoder.encode(pcm)))
            write(bytes(self.encoder.flush()))
        except BaseException as exc:  # handed to the producer thread, which raises it as EncodeError
            self.error = exc
            while self.queue.get() is not None:  # drain so the producer never blocks
                pass

    def __exit__(self, *exc_info: object) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc_info[0] is None:
            raise RuntimeError(f"MP3 encoder failed: {self.error}")
