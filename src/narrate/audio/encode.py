"""MP3 encoding: LAME in process (lameenc), constant bit rate, on its own thread while numpy works on the next
clip (or inline, for a batch that runs a story per core)."""

from __future__ import annotations

import queue
import threading

import lameenc

from narrate.audio.loudness import OUT_RATE

LAME_QUALITY = 7  # measured: q7 encodes speech at 64 kb/s ~3x faster than q2; see benchmarks/speed.py


def encoder(bitrate: int, quality: int) -> lameenc.Encoder:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(OUT_RATE)
    encoder.set_out_sample_rate(OUT_RATE)  # else LAME may pick a lower rate for low bit rates
    encoder.set_channels(1)
    encoder.set_quality(quality)
    return encoder


class Writer:
    """LAME on its own thread (lameenc releases the GIL): encodes while the next segment is computed."""

    def __init__(self, encoder: lameenc.Encoder, sink: object, *, threaded: bool = True) -> None:
        self.encoder = encoder
        self.sink = sink
        self.threaded = threaded
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.started = False
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Writer:
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
