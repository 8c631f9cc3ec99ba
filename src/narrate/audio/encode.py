"""MP3 encoding: LAME in process (lameenc), constant bit rate, on both cores.

LAME is the costliest stage (about 4 ms of one core per second of audio at 44.1 kHz) and one encoder is one
thread, so a story is encoded in segments, cut where a clip ends, by two encoders at once (lameenc releases
the GIL); a segment's PCM waits in a temporary file, so memory does not grow with the story. Each
segment is a whole MP3 stream of its own (CBR frames with no header frame), so the segments
joined in order are one valid stream; at each join the decoded audio gains the encoder's delay and its last
frame's padding (26-52 ms of silence, inside a pause). `Writer.segments` gives each segment's samples and
frames, from which the timings are made exact (narrate.audio.assemble). A batch, which runs one story per
core, encodes inline in one stream.
"""

from __future__ import annotations

import collections
import concurrent.futures
import tempfile
import time
from dataclasses import dataclass
from typing import IO, BinaryIO

import lameenc

from narrate import profile
from narrate.audio.loudness import OUT_RATE

LAME_QUALITY = 7  # measured: q7 encodes speech at 64 kb/s ~3x faster than q2; see benchmarks/speed.py
SEGMENT_S = 20  # a new segment begins at the first clip boundary after this many seconds
IN_FLIGHT = 4  # segments waiting or being encoded at once (their PCM waits in temporary files)
READ_BYTES = 1 << 20  # PCM an encoder thread reads from a segment's file at a time
SAMPLES_PER_FRAME = 1152  # MPEG-1 Layer III at 44.1 kHz


def encoder(bitrate: int, quality: int) -> lameenc.Encoder:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(OUT_RATE)
    encoder.set_out_sample_rate(OUT_RATE)  # else LAME may pick a lower rate for low bit rates
    encoder.set_channels(1)
    encoder.set_quality(quality)
    return encoder


@dataclass(frozen=True)
class Segment:
    """One encoded segment: the PCM samples given (at OUT_RATE) and the MP3 frames they became."""

    samples: int
    frames: int

    @property
    def added(self) -> int:
        """Decoded samples beyond the PCM given: the encoder delay and the last frame's padding."""
        return self.frames * SAMPLES_PER_FRAME - self.samples


def count_frames(mp3: bytes) -> int:
    """MPEG-1 Layer III frames in MP3 (a stream of frames only, as LAME writes them).

    >>> count_frames(bytes.fromhex("fffb50c4") + bytes(204))  # one 64 kb/s frame at 44.1 kHz
    1
    """
    frames = pos = 0
    end = len(mp3) - 3
    while pos < end:  # a frame's length depends only on its header's third byte (50,000 frames in 22 min)
        # sync, MPEG-1, Layer III, with or without CRC
        if mp3[pos] != 0xFF or mp3[pos + 1] not in (0xFA, 0xFB):
            raise ValueError(f"not an MPEG-1 Layer III frame at byte {pos}")
        length = _FRAME_BYTES[mp3[pos + 2]]
        if not length:
            raise ValueError(f"unsupported MP3 frame header at byte {pos}")
        pos += length
        frames += 1
    return frames


_KBPS = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0)
_RATES = (44_100, 48_000, 32_000, 0)
# Bytes in a frame by its header's third byte (bit rate, sample rate, padding); 0 where that is not valid.
_FRAME_BYTES = tuple(
    144_000 * _KBPS[byte >> 4] // _RATES[(byte >> 2) & 3] + ((byte >> 1) & 1)
    if _KBPS[byte >> 4] and _RATES[(byte >> 2) & 3]
    else 0
    for byte in range(256)
)


class Writer:
    """PCM (16-bit mono at OUT_RATE) in, MP3 out to SINK in order.

    threads: 0 encodes inline in one stream (a batch's story); 1 or more encode segments on that many
    threads. Call `boundary()` where a clip ends: a segment may be cut there. `segments` lists the encoded
    segments once the writer is closed (none inline: one stream has no joins).
    """

    def __init__(self, bitrate: int, quality: int, sink: BinaryIO, *, threads: int = 2) -> None:
        self.bitrate, self.quality, self.sink, self.threads = bitrate, quality, sink, threads
        self.segments: list[Segment] = []
        self._spool: IO[bytes] | None = None  # the current segment's PCM, on disk until encoded
        self._samples = 0
        self._inline = encoder(bitrate, quality) if threads == 0 else None
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._waiting: collections.deque[tuple[int, concurrent.futures.Future[bytes]]] = collections.deque()

    def __enter__(self) -> Writer:
        if self.threads:
            self._pool = concurrent.futures.ThreadPoolExecutor(self.threads, "narrate-lame")
        return self

    @property
    def segment(self) -> int:
        """The index of the segment the next samples go to."""
        return len(self.segments) + len(self._waiting)

    def put(self, pcm: bytes) -> None:
        self._samples += len(pcm) // 2
        if self._inline is not None:
            with profile.stage("encode (LAME, inline)"):
                self.sink.write(self._inline.encode(pcm))
        else:
            if self._spool is None:
                self._spool = tempfile.TemporaryFile(prefix="narrate-pcm-")  # noqa: SIM115  (closed by _encode)
            self._spool.write(pcm)

    def boundary(self) -> None:
        """A clip ended here: with threads, the segment so far goes to an encoder once it is long enough."""
        if self._pool is not None and self._samples >= SEGMENT_S * OUT_RATE:
            self._submit()

    def _submit(self) -> None:
        assert self._pool is not None and self._spool is not None
        spool, self._spool = self._spool, None
        self._waiting.append((self._samples, self._pool.submit(self._encode, spool)))
        self._samples = 0
        while len(self._waiting) > IN_FLIGHT:
            self._write_oldest()

    def _encode(self, spool: IO[bytes]) -> bytes:
        """One segment's MP3 stream, from its PCM file (closed and so deleted here)."""
        cpu = time.thread_time()
        lame = encoder(self.bitrate, self.quality)
        out = bytearray()
        with spool:
            spool.seek(0)
            while chunk := spool.read(READ_BYTES):
                out += lame.encode(chunk)
        out += lame.flush()
        profile.add_cpu("MP3 encoder threads (LAME)", time.thread_time() - cpu)
        return bytes(out)

    def _write_oldest(self) -> None:
        samples, future = self._waiting.popleft()
        with profile.stage("encode (waiting for LAME)"):
            data = future.result()
        self.sink.write(data)
        self.segments.append(Segment(samples, count_frames(data)))

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        try:
            if exc_type is not None:
                return
            if self._inline is not None:
                if self._samples:  # LAME refuses to flush what it never began
                    self.sink.write(self._inline.flush())
                return
            if self._samples:
                self._submit()
            while self._waiting:
                self._write_oldest()
        finally:
            if self._pool is not None:
                for _samples, future in self._waiting:
                    future.cancel()
                self._pool.shutdown(wait=True)
            if self._spool is not None:
                self._spool.close()
