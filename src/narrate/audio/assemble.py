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
3. LAME (lameenc) encodes segments of about 20 s on two threads while numpy works on the next clip
   (narrate.audio.encode).

Timings come from the clips' sample counts and the encoded segments' frame counts, so they are exact;
every segment (clip + pause) is whole 2 ms blocks (at most 2 ms more pause than asked), and a pause where
two encoded segments join is 26-52 ms longer.
"""

from __future__ import annotations

import contextlib
import itertools
import wave
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from narrate import profile
from narrate.audio.encode import LAME_QUALITY, Segment, Writer
from narrate.audio.loudness import (
    BLOCK,
    CHUNK,
    CODEC_GAIN_DB,
    IN_RATE,
    KEEP_PIECES,
    OUT_RATE,
    TARGET_LUFS,
    FloatArray,
    Integrated,
    Meter,
    apply_gain,
    db,
    solve_gain,
    upsample2,
)
from narrate.errors import EncodeError
from narrate.models import Audio, Clip, Timing, VoiceSettings


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
    threaded: encode on two threads, beside the levelling (a single story uses both cores); a batch,
    which runs a story per core, passes False so that its stories do not contend for the cores.
    """
    if isinstance(clips, Sequence) and not clips:
        raise EncodeError(f"{out_mp3}: nothing to encode (no clips)", hint="The script had no utterances.")
    try:
        with contextlib.ExitStack() as stack:
            if isinstance(clips, Generator):
                stack.callback(clips.close)  # stop the engine workers if encoding fails
            sink = stack.enter_context(out_mp3.open("wb"))
            writer = Writer(voice.bitrate, quality, sink, threads=2 if threaded else 0)
            stack.enter_context(writer)
            joined = _Joiner(writer)
            for clip in _timed(clips):
                with profile.stage("level (loudness, limiter, 44.1 kHz)"):
                    joined.add(clip)
        timings = joined.timings(writer.segments)
    except (OSError, ValueError, RuntimeError, MemoryError) as exc:
        out_mp3.unlink(missing_ok=True)
        hint = "Check free disk space and try again."
        raise EncodeError(f"{out_mp3}: encoding failed ({exc})", hint=hint) from exc
    except BaseException:  # the engine failed, or Ctrl-C: leave nothing half-written
        out_mp3.unlink(missing_ok=True)
        raise
    if not timings:
        out_mp3.unlink(missing_ok=True)
        raise EncodeError(f"{out_mp3}: nothing to encode (no clips)", hint="The script had no utterances.")
    return Audio(
        path=out_mp3,
        duration_ms=_ms(2 * joined.position + _join_offsets(writer.segments)[-1]),
        timings=timings,
        bitrate=voice.bitrate,
        sample_rate=OUT_RATE,
        loudness_lufs=round(CODEC_GAIN_DB + joined.loudness(), 2),
        true_peak_dbtp=round(CODEC_GAIN_DB + db(joined.peak), 2),
    )


class _Joiner:
    """The timeline so far: levels each clip, adds its pause, sends it to the encoder, notes its timing."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.meter = Meter()  # K-weighted energy of the clips as the engine made them, per block
        self.levelled = Integrated()  # ... and as encoded (energy x gain squared), for the loudness reached
        self.position = 0  # samples at IN_RATE
        self.spans: list[tuple[Clip, int, int, int]] = []  # clip, start, end (at IN_RATE), encoded segment
        self.peak = 0.0  # the largest peak encoded, linear

    def add(self, clip: Clip) -> None:
        with _Reader(clip.path) as speech:
            pause = round(max(0, clip.utterance.pause_after_ms) * IN_RATE / 1000)
            length = -(-(len(speech) + pause) // BLOCK) * BLOCK  # whole blocks
            pieces = _chunks(length)
            # A long clip's 44.1 kHz samples are made twice (for the peaks, then for output) rather than kept;
            # the clip is read piece by piece, so memory does not grow with a paragraph's length.
            keep = len(pieces) <= KEEP_PIECES
            kept: list[FloatArray] = []
            energy_parts, peak_parts = [], []
            for lo, hi in pieces:
                window = speech.window(lo, hi)
                energy_parts.append(self.meter.feed(window[_MARGIN : _MARGIN + hi - lo]))
                upsampled = upsample2(window, _MARGIN, _MARGIN + hi - lo)
                peak_parts.append(_block_peaks(upsampled))
                if keep:
                    kept.append(upsampled)
            energy, peaks = np.concatenate(energy_parts), np.concatenate(peak_parts)
            voiced = -(-len(speech) // BLOCK)  # blocks of speech: its loudness, not the pause's, is levelled
            gain = solve_gain(energy, peaks, target=TARGET_LUFS - CODEC_GAIN_DB, speech_blocks=voiced)
            for i, (lo, hi) in enumerate(pieces):
                upsampled = kept[i] if keep else upsample2(speech.window(lo, hi), _MARGIN, _MARGIN + hi - lo)
                # the gain and the scaling to 16-bit full scale in one pass
                apply_gain(upsampled, gain[lo // BLOCK : hi // BLOCK + 1] * _FULL_SCALE)
                self.writer.put(_pcm16(upsampled))
        self.levelled.add(energy * np.square(gain, dtype=np.float64))
        self.peak = max(self.peak, float(np.max(gain * peaks, initial=0.0)))
        self.spans.append((clip, self.position, self.position + len(speech), self.writer.segment))
        self.position += length
        self.writer.boundary()

    def timings(self, segments: list[Segment]) -> tuple[Timing, ...]:
        """Each clip's place in the decoded MP3 (ms): its place in the PCM, plus what the joins added."""
        offsets = _join_offsets(segments)
        return tuple(
            Timing(
                clip.utterance, _ms(2 * start + offsets[seg]), _ms(2 * end + offsets[seg]), failed=clip.failed
            )
            for clip, start, end, seg in self.spans
        )

    def loudness(self) -> float:
        """Integrated loudness of what was encoded (LUFS), from the per-block energies."""
        return self.levelled.lufs()


def _timed(clips: Iterable[Clip]) -> Iterator[Clip]:
    """CLIPS, the wait for each one profiled (the speech engines are behind when it is long)."""
    found = iter(clips)
    while True:
        with profile.stage("speak (waiting for the next clip)"):
            clip = next(found, None)
        if clip is None:
            return
        yield clip


def _block_peaks(upsampled: FloatArray) -> FloatArray:
    peaks: FloatArray = np.abs(upsampled).reshape(-1, 2 * BLOCK).max(axis=1)  # faster than max and min
    return peaks


_FULL_SCALE = np.float32(32768.0)  # 1.0 at 16 bits


def _pcm16(upsampled: FloatArray) -> bytes:
    """UPSAMPLED (already scaled to 16-bit full scale; clipped and rounded in place) as 16-bit little-endian
    PCM."""
    np.clip(upsampled, -32768.0, 32767.0, out=upsampled)
    np.rint(upsampled, out=upsampled)
    return upsampled.astype("<i2").tobytes()


def _chunks(length: int) -> list[tuple[int, int]]:
    """[lo, hi) pieces of a segment, whole blocks each, for bounded memory on long clips."""
    return [(lo, min(lo + CHUNK, length)) for lo in range(0, length, CHUNK)]


def _ms(samples: int) -> int:
    """Milliseconds for SAMPLES at OUT_RATE."""
    return round(samples * 1000 / OUT_RATE)


def _join_offsets(segments: list[Segment]) -> list[int]:
    """For each segment, the samples (at OUT_RATE) the joins before it add to the decoded audio; the last
    offset is also the one after the last join (a stream's own end padding is not counted)."""
    return [0, *itertools.accumulate(s.added for s in segments[:-1])]


_MARGIN = 16  # samples read either side of a piece: the upsampler's taps reach 12 beyond it


class _Reader:
    """A clip's WAV (16-bit mono at IN_RATE), read a piece at a time; silence after its last sample."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.wav = wave.open(str(path), "rb")  # noqa: SIM115  (closed by __exit__)
        except (OSError, EOFError, wave.Error) as exc:
            raise ValueError(f"{path.name}: not a WAV file ({exc})") from exc
        if (self.wav.getnchannels(), self.wav.getsampwidth(), self.wav.getframerate()) != (1, 2, IN_RATE):
            self.wav.close()
            raise ValueError(f"{path.name}: expected 16-bit mono {IN_RATE} Hz WAV")
        self.frames = self.wav.getnframes()

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.wav.close()

    def __len__(self) -> int:
        return self.frames

    def window(self, lo: int, hi: int) -> FloatArray:
        """Samples lo - _MARGIN to hi + _MARGIN as float32 in [-1, 1), zero outside the clip."""
        out = np.zeros(hi - lo + 2 * _MARGIN, dtype=np.float32)
        start, stop = max(0, lo - _MARGIN), min(self.frames, hi + _MARGIN)
        if stop > start:
            try:
                self.wav.setpos(start)
                raw = np.frombuffer(self.wav.readframes(stop - start), dtype="<i2")
            except (OSError, EOFError, wave.Error) as exc:
                raise ValueError(f"{self.path.name}: cannot be read ({exc})") from exc
            if len(raw) != stop - start:
                raise ValueError(f"{self.path.name}: WAV file is truncated")
            out[start - lo + _MARGIN : stop - lo + _MARGIN] = raw
            out *= 1 / 32768
        return out
