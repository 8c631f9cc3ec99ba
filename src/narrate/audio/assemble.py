"""Clips -> one MP3: pauses, podcast loudness, a peak limiter, 44.1 kHz mono, constant bit rate.

One pass, clip by clip, as the clips arrive (speak_iter yields them while the engine is still speaking), so
encoding overlaps synthesis and the audio is never held whole (a two-hour story is 300 million samples).
For each clip and the pause after it:

1. upsampling to 44,100 Hz with a half-band FIR (the engine's samples stay as they are, the new ones in
   between are interpolated);
2. levelling: the clip's speech is brought to -16 LUFS (ITU-R BS.1770 K-weighting and gating, measured at
   22,050 Hz) by one gain, and a look-ahead limiter holds the 44.1 kHz peaks under a ceiling that leaves
   room for inter-sample peaks and the MP3 coder.  Speech whose every paragraph is at -16 LUFS is at
   -16 LUFS as a whole, and no paragraph ends up quieter than the others;
3. LAME (lameenc) encodes on a second thread while numpy works on the next clip.

Timings come from the clips' sample counts, so they are exact; every segment (clip + pause) is whole 2 ms
blocks (at most 2 ms more pause than asked).
"""

from __future__ import annotations

import contextlib
import queue
import threading
import warnings
from collections.abc import Generator, Iterable, Sequence
from pathlib import Path

import lameenc
import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from narrate.errors import EncodeError
from narrate.models import Audio, Clip, Timing, VoiceSettings

with warnings.catch_warnings():
    # pydub warns at import when no ffmpeg is on PATH; narrate only reads WAVs with it, which needs none.
    warnings.simplefilter("ignore", RuntimeWarning)
    from pydub import AudioSegment
    from pydub.exceptions import CouldntDecodeError

IN_RATE = 22_050  # what the engine writes
OUT_RATE = 44_100
BLOCK = 45  # samples at IN_RATE (2.04 ms): the unit of the limiter and of the loudness bookkeeping
SUB_BLOCKS = 49  # blocks in 100 ms: BS.1770's 400 ms gating blocks are 4 of these, overlapping by 75 %
TARGET_LUFS = -16.0  # Apple's podcast recommendation
CEILING_DBTP = -2.0  # limiter ceiling; leaves room for the MP3 coder's overshoot under the -1 dBTP limit
# LAME's mono output decodes 0.446 dB quieter than its input, at every bit rate and quality (measured with
# ffmpeg's decoder, lameenc and ffmpeg's libmp3lame alike): aim that much higher so the MP3 is at target.
CODEC_GAIN_DB = -0.446
LAME_QUALITY = 7  # measured: q7 encodes speech at 64 kb/s ~3x faster than q2; see benchmarks/speed.py
HOLD_BLOCKS = 5  # limiter look-ahead/hold either side (~10 ms)
SMOOTH_BLOCKS = 4  # gain smoothing either side; < HOLD_BLOCKS so every sample stays under the ceiling
K_LENGTH = 4096  # samples of the K-weighting's impulse response kept (its high pass rings for ~100 ms)
FFT_SIZE = 1 << 18  # the meter's FFT: a CHUNK and the K-weighting's response fit in it
CHUNK = (FFT_SIZE - K_LENGTH) // BLOCK * BLOCK  # samples at IN_RATE processed at once (~11.5 s)
KEEP_PIECES = 4  # clips of up to this many CHUNKs keep their 44.1 kHz samples between peaks and output
_HALF_TAPS = 12  # per side: flat to 8 kHz, -0.8 dB at 10 kHz, > 70 dB down beyond 13 kHz
_HALF_BAND = (
    np.sinc(np.arange(1 - 2 * _HALF_TAPS, 2 * _HALF_TAPS, 2) / 2) * np.kaiser(4 * _HALF_TAPS + 1, 7.0)[1::2]
).astype(np.float32)  # firwin(49, 0.5, kaiser 7) * 2

FloatArray = npt.NDArray[np.float32]


def assemble(
    clips: Iterable[Clip],
    out_mp3: Path,
    voice: VoiceSettings,
    *,
    quality: int = LAME_QUALITY,
    threaded: bool = True,
) -> Audio:
    """Join CLIPS with their pauses into OUT_MP3 (CBR at voice.bitrate, 44.1 kHz mono, -16 LUFS).

    CLIPS may be any iterable, e.g. narrate.speak.speak_iter: each clip is encoded as it arrives.
    threaded: encode on a second thread, beside the levelling (a single story uses both cores); a batch,
    which runs a story per core, passes False so that its stories do not contend for the cores.
    """
    if isinstance(clips, Sequence) and not clips:
        raise EncodeError(f"{out_mp3}: nothing to encode (no clips)", hint="The script had no utterances.")
    try:
        with contextlib.ExitStack() as stack:
            if isinstance(clips, Generator):
                stack.callback(clips.close)  # stop the engine workers if encoding fails
            sink = stack.enter_context(out_mp3.open("wb"))
            writer = stack.enter_context(_Writer(_encoder(voice.bitrate, quality), sink, threaded=threaded))
            joined = _Joiner(writer)
            for clip in clips:
                joined.add(clip)
    except (OSError, ValueError, RuntimeError, MemoryError) as exc:
        out_mp3.unlink(missing_ok=True)
        hint = "Check free disk space and try again."
        raise EncodeError(f"{out_mp3}: encoding failed ({exc})", hint=hint) from exc
    except BaseException:  # the engine failed, or Ctrl-C: leave nothing half-written
        out_mp3.unlink(missing_ok=True)
        raise
    if not joined.timings:
        out_mp3.unlink(missing_ok=True)
        raise EncodeError(f"{out_mp3}: nothing to encode (no clips)", hint="The script had no utterances.")
    return Audio(
        path=out_mp3,
        duration_ms=_ms(joined.position),
        timings=tuple(joined.timings),
        bitrate=voice.bitrate,
        sample_rate=OUT_RATE,
        loudness_lufs=round(CODEC_GAIN_DB + joined.loudness(), 2),
        true_peak_dbtp=round(CODEC_GAIN_DB + _db(joined.peak), 2),
    )


class _Joiner:
    """The timeline so far: levels each clip, adds its pause, sends it to the encoder, notes its timing."""

    def __init__(self, writer: _Writer) -> None:
        self.writer = writer
        self.meter = _Meter()  # K-weighted energy of the clips as the engine made them, per block
        self.levelled: list[npt.NDArray[np.float64]] = []  # ... and as encoded (energy x gain squared)
        self.position = 0  # samples at IN_RATE
        self.timings: list[Timing] = []
        self.peak = 0.0  # the largest peak encoded, linear

    def add(self, clip: Clip) -> None:
        speech = _read(clip.path)
        pause = round(max(0, clip.utterance.pause_after_ms) * IN_RATE / 1000)
        length = -(-(len(speech) + pause) // BLOCK) * BLOCK  # whole blocks
        samples = np.zeros(length, dtype=np.float32)
        samples[: len(speech)] = speech
        pieces = _chunks(length)
        energy = np.concatenate([self.meter.feed(samples[lo:hi]) for lo, hi in pieces])
        # A long clip's 44.1 kHz samples are made twice (for the peaks, then for output) rather than kept.
        kept = [upsample2(samples, lo, hi) for lo, hi in pieces] if len(pieces) <= KEEP_PIECES else None

        def upsampled_piece(i: int) -> FloatArray:
            return kept[i] if kept else upsample2(samples, *pieces[i])

        peaks = np.concatenate([_block_peaks(upsampled_piece(i)) for i in range(len(pieces))])
        voiced = -(-len(speech) // BLOCK)  # blocks of speech: its loudness, not the pause's, is levelled
        gain = solve_gain(energy, peaks, target=TARGET_LUFS - CODEC_GAIN_DB, speech_blocks=voiced)
        for i, (lo, hi) in enumerate(pieces):
            upsampled = upsampled_piece(i)
            apply_gain(upsampled, gain[lo // BLOCK : hi // BLOCK + 1])
            self.writer.put(_pcm16(upsampled))
        self.levelled.append(energy * np.square(gain, dtype=np.float64))
        self.peak = max(self.peak, float(np.max(gain * peaks, initial=0.0)))
        start, end = _ms(self.position), _ms(self.position + len(speech))
        self.timings.append(Timing(clip.utterance, start, end, failed=clip.failed))
        self.position += length

    def loudness(self) -> float:
        """Integrated loudness of what was encoded (LUFS), from the per-block energies."""
        return integrated_loudness(np.concatenate(self.levelled)) if self.levelled else float("-inf")


def _block_peaks(upsampled: FloatArray) -> FloatArray:
    return np.asarray(np.abs(upsampled).reshape(-1, 2 * BLOCK).max(axis=1), dtype=np.float32)


def _pcm16(upsampled: FloatArray) -> bytes:
    return (np.clip(upsampled, -1.0, 32767 / 32768) * 32768.0).round().astype("<i2").tobytes()


def _chunks(length: int) -> list[tuple[int, int]]:
    """[lo, hi) pieces of a segment, whole blocks each, for bounded memory on long clips."""
    return [(lo, min(lo + CHUNK, length)) for lo in range(0, length, CHUNK)]


def upsample2(samples: FloatArray, lo: int = 0, hi: int | None = None) -> FloatArray:
    """SAMPLES[lo:hi] at 44,100 Hz: each sample, then a half-band FIR's interpolation before the next.

    Outside SAMPLES is silence (a segment begins and ends in the pauses around a clip).
    """
    hi = len(samples) if hi is None else hi
    start, stop = max(0, lo - _HALF_TAPS), min(len(samples), hi + _HALF_TAPS)
    between = np.convolve(samples[start:stop], _HALF_BAND)
    out = np.empty(2 * (hi - lo), dtype=np.float32)
    out[0::2] = samples[lo:hi]
    out[1::2] = between[_HALF_TAPS + lo - start : _HALF_TAPS + hi - start]
    return out


def apply_gain(upsampled: FloatArray, gain: FloatArray) -> None:
    """Scale UPSAMPLED in place by straight lines from each block's gain to the next one's.

    GAIN has a gain for each block of UPSAMPLED and may have one more: the next block's (where the last
    line goes); without it the last block's gain holds.
    """
    width = 2 * BLOCK
    blocks = len(upsampled) // width
    following = gain[1 : blocks + 1] if len(gain) > blocks else np.append(gain[1:], gain[-1:])
    ramp = np.arange(width, dtype=np.float32) / width
    curve = gain[:blocks, None] + (following - gain[:blocks])[:, None] * ramp[None, :]
    upsampled *= curve.reshape(-1)


def _ms(samples: int) -> int:
    return round(samples * 1000 / IN_RATE)


def _read(path: Path) -> FloatArray:
    """A clip's samples as float32 in [-1, 1)."""
    try:
        segment = AudioSegment(data=path.read_bytes())  # from_wav(path) leaves the file open
    except CouldntDecodeError as exc:
        raise ValueError(f"{path.name}: not a WAV file ({exc})") from exc
    if (segment.channels, segment.sample_width, segment.frame_rate) != (1, 2, IN_RATE):
        raise ValueError(f"{path.name}: expected 16-bit mono {IN_RATE} Hz WAV")
    return np.frombuffer(segment.raw_data, dtype="<i2").astype(np.float32) / 32768.0


# Analysis --------------------------------------------------------------------------------------------


def k_weighting(rate: int = IN_RATE) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """BS.1770's K-weighting at RATE, as two biquads ((b, a) rows: high shelf, then high pass).

    The design pyloudnorm uses (RBJ cookbook; shelf +4 dB from 1.5 kHz, Q 1/sqrt 2; high pass 38 Hz,
    Q 0.5), written out so that assembling needs no scipy (its import alone costs most of a second).
    """
    rows = []
    for gain_db, q, fc, kind in ((4.0, 1 / np.sqrt(2), 1500.0, "shelf"), (0.0, 0.5, 38.0, "pass")):
        big_a = 10 ** (gain_db / 40)
        w0 = 2 * np.pi * fc / rate
        alpha, cos = np.sin(w0) / (2 * q), np.cos(w0)
        if kind == "shelf":
            root = 2 * np.sqrt(big_a) * alpha
            up, down = (big_a + 1) + (big_a - 1) * cos, (big_a + 1) - (big_a - 1) * cos
            b = [big_a * (up + root), -2 * big_a * ((big_a - 1) + (big_a + 1) * cos), big_a * (up - root)]
            a = [down + root, 2 * ((big_a - 1) - (big_a + 1) * cos), down - root]
        else:
            b = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2]
            a = [1 + alpha, -2 * cos, 1 - alpha]
        rows.append(np.array(b + a) / a[0])
    return np.array([r[:3] for r in rows]), np.array([r[3:] for r in rows])


def k_impulse(length: int = K_LENGTH) -> FloatArray:
    """The K-weighting filter's impulse response, LENGTH samples (it has decayed by -190 dB by then)."""
    b, a = k_weighting()
    signal = np.zeros(length)
    signal[0] = 1.0
    for bq, aq in zip(b, a, strict=True):  # direct form I, sample by sample: once, at start-up
        out = np.zeros(length)
        x1 = x2 = y1 = y2 = 0.0
        for n in range(length):
            x0 = signal[n]
            y0 = bq[0] * x0 + bq[1] * x1 + bq[2] * x2 - aq[1] * y1 - aq[2] * y2
            out[n], x2, x1, y2, y1 = y0, x1, x0, y1, y0
        signal = out
    return signal.astype(np.float32)


class _Meter:
    """K-weighted energy per block, fed segment by segment (the filter's tail carries across).

    The filter is applied as its (truncated) impulse response by FFT convolution: exact to float
    precision, and as fast as a recursive filter here.
    """

    def __init__(self) -> None:
        self.response = k_impulse()
        self.tail = np.zeros(len(self.response) - 1)
        self.spectra: dict[int, npt.NDArray[np.complex128]] = {}
        self.blocks: list[npt.NDArray[np.float64]] = []

    def feed(self, samples: FloatArray) -> npt.NDArray[np.float64]:
        """Filter SAMPLES (a whole number of blocks) and keep, and return, their energy per block."""
        n, taps = len(samples), len(self.response)
        size = 1 << (n + taps - 2).bit_length()  # the power of two that holds the result (<= FFT_SIZE)
        if size not in self.spectra:
            self.spectra[size] = np.fft.rfft(self.response, size)
        full = np.fft.irfft(np.fft.rfft(samples, size) * self.spectra[size], size)[: n + taps - 1]
        full[: taps - 1] += self.tail  # the previous segments' ringing
        filtered, self.tail = full[:n], full[n:].copy()
        energy: npt.NDArray[np.float64] = np.square(filtered).reshape(-1, BLOCK).sum(axis=1)
        self.blocks.append(energy)
        return energy

    def energy(self) -> npt.NDArray[np.float64]:
        return np.concatenate(self.blocks) if self.blocks else np.zeros(0)


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
    """Per-block gain (<= 1) keeping every block's peak at or under CEILING, smoothed with look-ahead.

    The minimum over +-HOLD blocks, then a mean over +-SMOOTH (< HOLD) blocks: each block's gain, and the
    straight line to its neighbours' (how samples are scaled), stays at or under what its own peak needs.
    """
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9)).astype(np.float32)
    padded = np.pad(need, HOLD_BLOCKS, mode="edge")
    held = sliding_window_view(padded, 2 * HOLD_BLOCKS + 1).min(axis=1)
    padded = np.pad(held, SMOOTH_BLOCKS, mode="edge")
    smooth = np.convolve(padded, np.full(2 * SMOOTH_BLOCKS + 1, 1 / (2 * SMOOTH_BLOCKS + 1)), mode="valid")
    return np.asarray(np.minimum(smooth, need), dtype=np.float32)


def solve_gain(
    energy: npt.NDArray[np.float64],
    peaks: FloatArray,
    target: float = TARGET_LUFS,
    ceiling_dbtp: float = CEILING_DBTP,
    speech_blocks: int | None = None,
) -> FloatArray:
    """Per-block gain bringing the speech to TARGET LUFS with peaks under the ceiling.

    A limiter takes a little loudness away, so the overall gain is raised until the limited result meets
    the target (a few rounds on the block arrays; no audio is touched here).
    """
    measured = slice(0, speech_blocks)  # the loudness of the speech, not of the pause after it
    loudness = integrated_loudness(energy[measured])
    if not np.isfinite(loudness):  # silence: nothing to normalise
        return np.ones_like(peaks)
    ceiling = 10 ** (ceiling_dbtp / 20)

    def attempt(overall_db: float) -> tuple[FloatArray, float]:
        overall = 10 ** (overall_db / 20)
        gain = (overall * limiter_gain(peaks * overall, ceiling)).astype(np.float32)
        return gain, integrated_loudness(energy[measured] * np.square(gain[measured], dtype=np.float64))

    # Secant steps on (overall gain in dB -> loudness reached): limiting makes the slope less than 1.
    x0 = target - loudness
    gain, y0 = attempt(x0)
    x1 = x0 + (target - y0)
    for _round in range(8):
        if abs(target - y0) < 0.05:
            break
        gain, y1 = attempt(x1)
        slope = min(1.0, max(0.2, (y1 - y0) / (x1 - x0))) if x1 != x0 else 1.0
        x0, y0, x1 = x1, y1, x1 + (target - y1) / slope
    return gain


# Encoding --------------------------------------------------------------------------------------------


def _encoder(bitrate: int, quality: int) -> lameenc.Encoder:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(OUT_RATE)
    encoder.set_out_sample_rate(OUT_RATE)  # else LAME may pick a lower rate for low bit rates
    encoder.set_channels(1)
    encoder.set_quality(quality)
    return encoder


class _Writer:
    """LAME on its own thread (lameenc releases the GIL): encodes while the next segment is computed."""

    def __init__(self, encoder: lameenc.Encoder, sink: object, *, threaded: bool = True) -> None:
        self.encoder = encoder
        self.sink = sink
        self.threaded = threaded
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.started = False
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _Writer:
        if self.threaded:
            self.thread.start()
        return self

    def put(self, pcm: bytes) -> None:
        if self.error is not None:
            raise RuntimeError(f"MP3 encoder failed: {self.error}")
        if not self.threaded:
            self.sink.write(bytes(self.encoder.encode(pcm)))  # type: ignore[attr-defined]
            self.started = True
            return
        self.queue.put(pcm)

    def _run(self) -> None:
        write = self.sink.write  # type: ignore[attr-defined]
        ended = started = False
        try:
            while (pcm := self.queue.get()) is not None:
                write(bytes(self.encoder.encode(pcm)))
                started = True
            ended = True
            if started:  # LAME refuses to flush what it never began
                write(bytes(self.encoder.flush()))
        except BaseException as exc:  # handed to the producer thread, which raises it as EncodeError
            self.error = exc
            while not ended and self.queue.get() is not None:  # drain so the producer never blocks
                pass

    def __exit__(self, *exc_info: object) -> None:
        if not self.threaded:
            if self.started and exc_info[0] is None:  # LAME refuses to flush what it never began
                self.sink.write(bytes(self.encoder.flush()))  # type: ignore[attr-defined]
            return
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc_info[0] is None:
            raise RuntimeError(f"MP3 encoder failed: {self.error}")
