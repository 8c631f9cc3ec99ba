"""A Piper neural voice in a worker process of narrate.workers' pool (the `natural` extra).

`make_piper(config)` runs once in a fresh worker ("spawn"): it quiets fds 1 and 2 as the eSpeak worker does,
limits onnxruntime to one thread (so `--jobs N` and the two speech workers of one story scale over cores
instead of fighting over them), and loads the model once. Each task is ``{"text": ..., "path": ...}``; the
handler writes a 16-bit mono 22,050 Hz WAV like eSpeak's, with the sentence marks Piper's chunks give (one
chunk per sentence) stored in the file (speak.clips.write_marks), and returns the marks.

The rate maps to Piper's length_scale as 175 / rate: at 1.0 the bundled voice speaks about 175 words a
minute (measured: 175 on the seed story's lead), as eSpeak does at 175.

Memory: the model's working memory grows with the audio it makes in one run, about 20 MB a second of speech
on top of 170 MB (measured: 237 MB for a 3 s sentence, 530 MB for 18 s). A news sentence can run 30 s, so a
sentence longer than MAX_PHONEMES is spoken in pieces cut after its commas, semicolons or colons (where a
reader pauses anyway), which keeps a worker under about 400 MB. The sentence's mark spans all its pieces.
"""

from __future__ import annotations

import json
import os
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from narrate.speak.clips import SAMPLE_RATE, write_marks
from narrate.speak.worker import quiet

NATIVE_WPM = 175  # the pace of a Piper voice at length_scale 1.0
MAX_PHONEMES = 200  # about 9 s of speech: a longer sentence is cut after a clause (see the module's note)
_CLAUSE = frozenset(",;:")


def clause_pieces(phonemes: list[str], limit: int = MAX_PHONEMES) -> list[list[str]]:
    """A sentence's phonemes cut after clause punctuation so that pieces stay under LIMIT where they can.

    >>> [len(p) for p in clause_pieces(list("aaaa, bbbb, cccc."), limit=8)]
    [6, 6, 5]
    >>> clause_pieces(list("no commas here at all"), limit=5) == [list("no commas here at all")]
    True
    """
    pieces: list[list[str]] = []
    start = 0
    cut = None  # the last place after a clause mark (and its space) in the current piece
    for n, phoneme in enumerate(phonemes):
        if n - start >= limit and cut is not None:
            pieces.append(phonemes[start:cut])
            start, cut = cut, None
        if phoneme in _CLAUSE and n + 1 < len(phonemes):
            cut = n + 2 if phonemes[n + 1] == " " else n + 1
    pieces.append(phonemes[start:])
    return [piece for piece in pieces if piece]


def length_scale(rate: int) -> float:
    """Piper's length_scale for RATE words a minute (175 -> 1.0; 350 -> 0.5)."""
    return NATIVE_WPM / max(1, rate)


class PiperEngine:
    """One Piper voice, loaded once; synthesises a clip per call."""

    def __init__(self, config: dict[str, Any]) -> None:
        os.environ["OMP_NUM_THREADS"] = "1"  # before onnxruntime is imported
        import onnxruntime  # noqa: PLC0415  (only in a Piper worker: the extra may be missing)
        from piper import PiperVoice, SynthesisConfig  # noqa: PLC0415
        from piper.config import PiperConfig  # noqa: PLC0415

        model = str(config["model"])
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        piper_config = PiperConfig.from_dict(json.loads(Path(f"{model}.json").read_text(encoding="utf-8")))
        session = onnxruntime.InferenceSession(
            model, sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.voice: Any = PiperVoice(config=piper_config, session=session)
        self.rate = int(piper_config.sample_rate)
        self.synthesis: Any = SynthesisConfig(
            length_scale=length_scale(int(config["rate"])), volume=float(config["volume"])
        )

    def save(self, text: str, path: Path) -> list[tuple[int, int]]:
        """Synthesise TEXT into PATH; each sentence's (start_ms, end_ms) in the clip."""
        import numpy as np  # noqa: PLC0415

        marks: list[tuple[int, int]] = []
        position = 0  # samples at SAMPLE_RATE written so far
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(SAMPLE_RATE)
            # what PiperVoice.synthesize does (a sentence at a time), with long sentences cut in pieces
            for sentence in self.voice.phonemize(text):
                start = position
                for piece in clause_pieces(sentence):
                    ids = self.voice.phonemes_to_ids(piece)
                    samples = np.asarray(
                        self.voice.phoneme_ids_to_audio(ids, self.synthesis), dtype=np.float32
                    )
                    peak = float(np.max(np.abs(samples), initial=0.0))
                    samples = samples / peak if peak > 1e-8 else np.zeros_like(samples)  # Piper's normalising
                    samples *= float(self.synthesis.volume)
                    if self.rate != SAMPLE_RATE:  # a user's model at 16 kHz (x_low, low): linear resampling
                        count = round(len(samples) * SAMPLE_RATE / self.rate)
                        samples = np.interp(
                            np.arange(count) * self.rate / SAMPLE_RATE, np.arange(len(samples)), samples
                        ).astype(np.float32)
                    pcm = np.clip(samples * 32767.0, -32767, 32767).astype("<i2")
                    wav.writeframes(pcm.tobytes())
                    position += len(pcm)
                if position > start:
                    marks.append((round(start * 1000 / SAMPLE_RATE), round(position * 1000 / SAMPLE_RATE)))
        write_marks(path, marks)
        return marks


def make_piper(config: dict[str, Any]) -> Callable[[dict[str, Any]], list[tuple[int, int]]]:
    """Start the Piper voice in this (worker) process; the handler speaks one clip per task."""
    workdir = Path(config["workdir"])
    quiet(workdir / f"worker-{os.getpid()}.log")
    engine = PiperEngine(config)

    def handle(task: dict[str, Any]) -> list[tuple[int, int]]:
        return engine.save(str(task["text"]), Path(task["path"]))

    return handle
