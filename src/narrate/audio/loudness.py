"""Loudness for podcasts: ITU-R BS.1770 K-weighting and gating, a look-ahead peak limiter, and the gain that
brings a clip's speech to the target, on numpy arrays (measured at the engine's 22,050 Hz)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

IN_RATE = 22_050  # what the engine writes
OUT_RATE = 44_100
BLOCK = 45  # samples at IN_RATE (2.04 ms): the unit of the limiter and of the loudness bookkeeping
SUB_BLOCKS = 49  # blocks in 100 ms: BS.1770's 400 ms gating blocks are 4 of these, overlapping by 75 %
TARGET_LUFS = -16.0  # Apple's podcast recommendation
CEILING_DBTP = -2.0  # limiter ceiling; leaves room for the MP3 coder's overshoot under the -1 dBTP limit
# LAME's mono output decodes 0.446 dB quieter than its input, at every bit rate and quality (measured with
# ffmpeg's decoder, lameenc and ffmpeg's libmp3lame alike): aim that much higher so the MP3 is at target.
CODEC_GAIN_DB = -0.446
HOLD_BLOCKS = 5  # limiter look-ahead/hold either side (~10 ms)
SMOOTH_BLOCKS = 4  # gain smoothing either side; < HOLD_BLOCKS so every sample stays under the ceiling
METER_ROW = 128  # samples the meter filters per row of its matrix products
CHUNK = 5734 * BLOCK  # samples at IN_RATE processed at once (~11.7 s): bounded memory for long clips
KEEP_PIECES = 4  # clips of up to this many CHUNKs keep their 44.1 kHz samples between peaks and output
_HALF_TAPS = 12  # per side: flat to 8 kHz, -0.8 dB at 10 kHz, > 70 dB down beyond 13 kHz
_HALF_BAND = (
    np.sinc(np.arange(1 - 2 * _HALF_TAPS, 2 * _HALF_TAPS, 2) / 2) * np.kaiser(4 * _HALF_TAPS + 1, 7.0)[1::2]
).astype(np.float32)  # firwin(49, 0.5, kaiser 7) * 2

FloatArray = npt.NDArray[np.float32]


def _band(lags: npt.NDArray[np.int64]) -> FloatArray:
    """The half-band filter's tap for each lag, zero outside the filter."""
    inside = (lags >= 0) & (lags < len(_HALF_BAND))
    return np.where(inside, _HALF_BAND[np.clip(lags, 0, len(_HALF_BAND) - 1)], 0).astype(np.float32)


_ROW = 32  # input samples per row of the upsampler's matrix products (at least the filter's length - 1)
_WITHIN = _band(np.arange(_ROW)[:, None] - np.arange(_ROW)[None, :])  # a row's own samples
_NEXT = _band(_ROW + np.arange(len(_HALF_BAND) - 1)[:, None] - np.arange(_ROW)[None, :])  # the next row's


def upsample2(samples: FloatArray, lo: int = 0, hi: int | None = None) -> FloatArray:
    """SAMPLES[lo:hi] at 44,100 Hz: each sample, then a half-band FIR's interpolation before the next.

    Outside SAMPLES is silence (a segment begins and ends in the pauses around a clip). The FIR runs as
    matrix products (numpy's BLAS) on rows of _ROW samples, each row's outputs from its own samples and the
    first few of the next row's: about twice as fast as shifted views, which were three times np.convolve.
    """
    hi = len(samples) if hi is None else hi
    n, rows = hi - lo, -(-(hi - lo) // _ROW)
    # interpolated sample i comes from SAMPLES[lo + i - HALF + 1 : lo + i + HALF + 1], silence outside
    first = lo - _HALF_TAPS + 1
    start, stop = max(0, first), min(len(samples), hi + _HALF_TAPS)
    padded = np.zeros((rows + 1) * _ROW, dtype=np.float32)
    padded[start - first : stop - first] = samples[start:stop]
    grid = padded.reshape(rows + 1, _ROW)
    between = grid[:-1] @ _WITHIN
    between += grid[1:, : len(_HALF_BAND) - 1] @ _NEXT
    out = np.empty(2 * n, dtype=np.float32)
    out[0::2] = samples[lo:hi]
    out[1::2] = between.reshape(-1)[:n]
    return out


_STEPS = np.arange(2 * BLOCK) / (2 * BLOCK)
_RAMPS = np.stack([1 - _STEPS, _STEPS]).astype(np.float32)  # weights of a block's gain and of the next one's


def apply_gain(upsampled: FloatArray, gain: FloatArray) -> None:
    """Scale UPSAMPLED in place by straight lines from each block's gain to the next one's.

    GAIN has a gain for each block of UPSAMPLED and may have one more: the next block's (where the last
    line goes); without it the last block's gain holds.
    """
    blocks = len(upsampled) // (2 * BLOCK)
    ends = np.empty((blocks, 2), dtype=np.float32)  # each block's gain and the next one's
    ends[:, 0] = gain[:blocks]
    ends[:, 1] = gain[1 : blocks + 1] if len(gain) > blocks else np.append(gain[1:], gain[-1:])
    upsampled.reshape(blocks, 2 * BLOCK)[:] *= ends @ _RAMPS  # the lines, one matrix product


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


def k_system(rate: int = IN_RATE) -> tuple[npt.NDArray[np.float64], ...]:
    """The K-weighting as one linear system of four states (A, B, C, D): its high shelf, then its high pass,
    each in transposed direct form II (y = b0 x + s1; s1' = b1 x - a1 y + s2; s2' = b2 x - a2 y)."""
    b, a = k_weighting(rate)
    parts = []
    for bq, aq in zip(b, a, strict=True):
        parts.append(
            (
                np.array([[-aq[1], 1.0], [-aq[2], 0.0]]),
                np.array([bq[1] - aq[1] * bq[0], bq[2] - aq[2] * bq[0]]),
                np.array([1.0, 0.0]),
                bq[0],
            )
        )
    (a1, b1, c1, d1), (a2, b2, c2, d2) = parts
    big_a = np.block([[a1, np.zeros((2, 2))], [np.outer(b2, c1), a2]])  # the shelf's output feeds the pass
    return big_a, np.concatenate([b1, b2 * d1]), np.concatenate([d2 * c1, c2]), np.array(d1 * d2)


class Meter:
    """K-weighted energy per block, fed segment by segment (the filter's state carries across).

    The recursive filter runs a row of METER_ROW samples at a time, as matrix products (numpy's BLAS): each
    row's output is its own samples through the filter's first METER_ROW taps (a triangular Toeplitz
    matrix), plus what the state at the row's start leaves; those states follow from each row's
    contribution to the next by a recursion whose terms die out within a few dozen rows (the filter's slowest
    pole, the 38 Hz high pass, decays by -190 dB in 4096 samples), so it too is a short sum of products.
    Exact to float precision; less than half the CPU of an FFT convolution with the impulse response.
    """

    def __init__(self) -> None:
        a, b, c, d = k_system()
        span, n = METER_ROW, len(a)
        powers = [np.eye(n)]
        for _ in range(span):
            powers.append(a @ powers[-1])  # A^0 .. A^span
        taps = np.array([float(d), *(c @ powers[i] @ b for i in range(span - 1))])
        lag = np.arange(span)[None, :] - np.arange(span)[:, None]  # output j from input i: tap j - i
        self.taps = np.where(lag >= 0, taps[np.maximum(lag, 0)], 0.0).astype(np.float32)  # rows @ taps
        self.leaves = np.array([c @ powers[j] for j in range(span)]).T.astype(np.float32)  # states @ leaves
        self.adds = np.array([powers[span - 1 - i] @ b for i in range(span)])  # rows @ adds: state added
        self.adds32 = self.adds.astype(np.float32)
        self.powers = powers
        self.carries = [np.eye(n)]  # (A^span)^j, transposed, while it still matters
        while np.abs(self.carries[-1]).max() > 1e-12:
            self.carries.append(self.carries[-1] @ powers[span].T)
        self.state = np.zeros(n)

    def feed(self, samples: FloatArray) -> npt.NDArray[np.float64]:
        """Filter SAMPLES (a whole number of blocks) and return their energy per block."""
        span = METER_ROW
        rows = -(-len(samples) // span)
        if not rows:
            return np.zeros(0)
        padded = np.zeros(rows * span, dtype=np.float32)
        padded[: len(samples)] = samples
        grid = padded.reshape(rows, span)
        added = (grid @ self.adds32).astype(np.float64)  # each row's own contribution to the next's state
        starts = np.zeros((rows, len(self.state)))  # the state at each row's start
        for j, carry in enumerate(self.carries[:rows]):
            starts[j] += self.state @ carry
            starts[j + 1 :] += added[: rows - 1 - j] @ carry
        filtered = grid @ self.taps + starts.astype(np.float32) @ self.leaves
        last = len(samples) - (rows - 1) * span
        self.state = (
            self.powers[last] @ starts[-1] + padded[-span : len(padded) - span + last] @ self.adds[-last:]
        )
        energy: npt.NDArray[np.float64] = (
            np.square(filtered.reshape(-1)[: len(samples)]).reshape(-1, BLOCK).sum(axis=1, dtype=np.float64)
        )
        return energy


def integrated_loudness(energy: npt.NDArray[np.float64]) -> float:
    """BS.1770-4 gated loudness (LUFS) of a mono signal from its per-block K-weighted energies."""
    subs = np.add.reduceat(energy, np.arange(0, len(energy), SUB_BLOCKS)) if len(energy) else energy
    return _gated(subs, len(energy))


class Integrated:
    """The integrated loudness of a stream of block energies, fed in order: only 100 ms sums are kept
    (a two-hour story is 78,000 numbers), so memory stays flat in the story's length."""

    def __init__(self) -> None:
        self.subs: list[npt.NDArray[np.float64]] = []
        self.rest = np.zeros(0)
        self.blocks = 0

    def add(self, energy: npt.NDArray[np.float64]) -> None:
        joined = np.concatenate([self.rest, energy])
        whole = len(joined) // SUB_BLOCKS * SUB_BLOCKS
        self.subs.append(joined[:whole].reshape(-1, SUB_BLOCKS).sum(axis=1))
        self.rest = joined[whole:]
        self.blocks += len(energy)

    def lufs(self) -> float:
        tail = [np.array([self.rest.sum()])] if len(self.rest) else []
        subs = np.concatenate([*self.subs, *tail]) if self.subs or tail else np.zeros(0)
        return _gated(subs, self.blocks) if self.blocks else float("-inf")


def _gated(subs: npt.NDArray[np.float64], blocks: int) -> float:
    """Gated loudness from 100 ms sums of block energies (the last may be short) over BLOCKS blocks."""
    if len(subs) < 4:
        samples = max(1, blocks * BLOCK)
        return float(_lufs(np.array([subs.sum() / samples]))[0])
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


def db(linear: float) -> float:
    return float(20 * np.log10(linear)) if linear > 0 else float("-inf")


# The gain: loudness target and true-peak limiter ---------------------------------------------------------


def limiter_gain(peaks: FloatArray, ceiling: float, held_peaks: FloatArray | None = None) -> FloatArray:
    """Per-block gain (<= 1) keeping every block's peak at or under CEILING, smoothed with look-ahead.

    The minimum over +-HOLD blocks, then a mean over +-SMOOTH (< HOLD) blocks: each block's gain, and the
    straight line to its neighbours' (how samples are scaled), stays at or under what its own peak needs.
    The minimum of the gains needed is the gain the largest peak near by needs, so the minimum is taken on
    the peaks (HELD_PEAKS = hold_peaks(PEAKS), which a caller trying several gains computes once).
    """
    held_peaks = hold_peaks(peaks) if held_peaks is None else held_peaks
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9)).astype(np.float32)
    held = np.minimum(1.0, ceiling / np.maximum(held_peaks, 1e-9)).astype(np.float32)
    padded = np.pad(held, SMOOTH_BLOCKS, mode="edge")
    smooth = np.convolve(padded, np.full(2 * SMOOTH_BLOCKS + 1, 1 / (2 * SMOOTH_BLOCKS + 1)), mode="valid")
    return np.asarray(np.minimum(smooth, need), dtype=np.float32)


def hold_peaks(peaks: FloatArray) -> FloatArray:
    """The largest peak within +-HOLD_BLOCKS of each block (the edges repeat), by shifted maxima."""
    padded = np.pad(peaks, HOLD_BLOCKS, mode="edge")
    held = padded[: len(peaks)].copy()
    for shift in range(1, 2 * HOLD_BLOCKS + 1):
        np.maximum(held, padded[shift : shift + len(peaks)], out=held)
    return held


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
    held = hold_peaks(peaks)  # once: scaling the peaks scales their maxima

    def attempt(overall_db: float) -> tuple[FloatArray, float]:
        overall = 10 ** (overall_db / 20)
        gain = (overall * limiter_gain(peaks * overall, ceiling, held * overall)).astype(np.float32)
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
