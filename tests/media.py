"""Read MP3s back with an independent tool: the ffmpeg binary that imageio-ffmpeg ships."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()


@dataclass(frozen=True)
class Probe:
    codec: str
    sample_rate: int
    channels: str  # "mono" / "stereo"
    bitrate_kbps: int
    duration_s: float
    tags: dict[str, str]  # ffmpeg's names: title, artist, album, publisher, date, language, ...
    chapters: list[tuple[float, float, str]]  # (start s, end s, title)


def _run(*args: str) -> str:
    proc = subprocess.run([FFMPEG, "-hide_banner", *args], capture_output=True, text=True, check=False)
    return proc.stderr + proc.stdout


def probe(path: Path) -> Probe:
    """What ffmpeg says of the file: stream, duration, tags and chapters (ffmetadata)."""
    info = _run("-i", str(path))
    stream = re.search(r"Audio: (\w+)[^,]*, (\d+) Hz, (\w+), \w+(?:, (\d+) kb/s)?", info)
    assert stream, info
    h, m, s = re.search(r"Duration: (\d+):(\d+):([\d.]+)", info).groups()  # type: ignore[union-attr]
    meta = subprocess.run(
        [FFMPEG, "-hide_banner", "-loglevel", "error", "-i", str(path), "-f", "ffmetadata", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tags: dict[str, str] = {}
    chapters: list[tuple[float, float, str]] = []
    block: dict[str, str] | None = None
    for line in meta.splitlines()[1:]:
        if line == "[CHAPTER]":
            block = {}
            chapters.append((0.0, 0.0, ""))
            continue
        if "=" not in line:
            continue
        key, _, value = line.partition("=")
        if block is None:
            tags[key.lower()] = value
        else:
            block[key] = value
            if "START" in block and "END" in block and "TIMEBASE" in block:
                num, den = map(int, block["TIMEBASE"].split("/"))
                chapters[-1] = (
                    int(block["START"]) * num / den,
                    int(block["END"]) * num / den,
                    block.get("title", ""),
                )
    return Probe(
        codec=stream.group(1),
        sample_rate=int(stream.group(2)),
        channels=stream.group(3),
        bitrate_kbps=int(stream.group(4) or 0),
        duration_s=int(h) * 3600 + int(m) * 60 + float(s),
        tags=tags,
        chapters=chapters,
    )


def loudness(path: Path) -> tuple[float, float]:
    """(integrated loudness in LUFS, true peak in dBTP) by ffmpeg's ebur128 filter (ITU-R BS.1770)."""
    out = _run("-nostats", "-i", str(path), "-filter_complex", "ebur128=peak=true", "-f", "null", "-")
    summary = out[out.rindex("Summary:") :]
    lufs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    peak = float(re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1))  # type: ignore[union-attr]
    return lufs, peak
