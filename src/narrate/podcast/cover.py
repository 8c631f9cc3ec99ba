"""Cover art: checked (square RGB JPEG or PNG, 1400-3000 px), copied into OUTDIR, embedded in every MP3."""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

from narrate.audio.tag import set_cover
from narrate.errors import PublishError
from narrate.files import staged, write_bytes
from narrate.images import ImageInfo, image_info, read_cover
from narrate.podcast.entries import Entry

IMAGE_MIN_PX = 1400
IMAGE_MAX_PX = 3000


def check_image(path: Path) -> ImageInfo:
    """Apple's artwork rules: JPEG or PNG, RGB without transparency, square, 1400 to 3000 pixels a side."""
    info = image_info(path)
    size = f"{info.width}x{info.height}"
    if info.mode not in ("RGB", "P"):
        why = {
            "RGBA": "has an alpha channel",
            "LA": "has an alpha channel",
            "PA": "has transparency",
            "L": "is greyscale",
            "CMYK": "is CMYK",
        }.get(info.mode, f"is {info.mode}")
        raise PublishError(
            f"{path}: cover art {why}; Apple requires RGB without transparency",
            hint="Save it as an RGB JPEG, or a PNG without alpha.",
        )
    if info.width != info.height:
        raise PublishError(
            f"{path}: cover art is {size}; it must be square",
            hint=f"Crop it to a square of {IMAGE_MIN_PX} to {IMAGE_MAX_PX} pixels.",
        )
    if not IMAGE_MIN_PX <= info.width <= IMAGE_MAX_PX:
        raise PublishError(
            f"{path}: cover art is {size}; Apple requires {IMAGE_MIN_PX} to {IMAGE_MAX_PX} pixels",
            hint="Scale it to 3000x3000 (best) or at least 1400x1400.",
        )
    return info


def default_cover(size: int = IMAGE_MIN_PX) -> bytes:
    """A plain cover (PNG, RGB): a sound-wave mark on dark blue, for a feed that was given no image."""
    background, ink = b"\x12\x2a\x4a", b"\xf2\xf5\xf8"
    bars = [0.18, 0.34, 0.56, 0.80, 0.56, 0.34, 0.18]  # bar heights, as a fraction of the side
    bar_w = size // 22
    gap = bar_w
    left = (size - len(bars) * bar_w - (len(bars) - 1) * gap) // 2
    rows = []
    for y in range(size):
        row = bytearray(background * size)
        for i, height in enumerate(bars):
            half = int(size * height / 2)
            if abs(y - size // 2) < half:
                x = left + i * (bar_w + gap)
                row[3 * x : 3 * (x + bar_w)] = ink * bar_w
        rows.append(b"\x00" + bytes(row))  # filter type 0 per scanline
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def install_cover(outdir: Path, image: Path | None) -> Path:
    """The checked cover art in OUTDIR (cover.jpg or cover.png): copied from IMAGE, kept, or generated."""
    if image is None:
        for existing in (outdir / "cover.jpg", outdir / "cover.png"):
            if existing.is_file():
                check_image(existing)
                return existing
        target = outdir / "cover.png"
        write_bytes(target, default_cover())
        return target
    info = check_image(image)
    target = outdir / ("cover.jpg" if info.format == "jpeg" else "cover.png")
    if image.resolve() != target.resolve():
        write_bytes(target, read_cover(image)[0])
    for stale in (outdir / "cover.jpg", outdir / "cover.png"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target


def embed_cover(outdir: Path, entries: list[Entry], cover: Path) -> None:
    """The cover as APIC front cover in every episode's MP3, each MP3 replaced whole (never half-tagged)."""
    art = cover.read_bytes()
    for entry in entries:
        mp3 = outdir / entry.mp3
        if art in mp3.read_bytes():
            continue  # embedded already (set_cover keeps one APIC): leave the file, and its downloads, alone
        with staged(mp3) as tmp:
            shutil.copyfile(mp3, tmp)
            set_cover(tmp, cover)
