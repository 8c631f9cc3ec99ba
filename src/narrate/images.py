"""Cover images: read (a regular JPEG or PNG file under a size cap) and measured from their headers.

One owner for image files: the MP3's embedded cover (audio/tag.py), `--image` checked before any work
(options.py) and the podcast's artwork rules (podcast/cover.py) all read images here. No image library is
needed: the format, size and colour mode are in the first bytes of a PNG or JPEG.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from narrate.errors import NarrateError, PublishError
from narrate.files import read_regular, user_path

COVER_MAX_BYTES = 20_000_000  # Apple's largest cover, 3000x3000, is a few MB even as PNG


def read_cover(image: Path) -> tuple[bytes, str]:
    """IMAGE's bytes and MIME type: a regular JPEG or PNG file of at most COVER_MAX_BYTES, else PublishError
    (exit 19) naming it. Call it before any work, so a bad --image fails at once."""
    try:
        data = read_regular(user_path(image), COVER_MAX_BYTES, what="cover image", shown=str(image))
    except NarrateError as exc:
        reason = str(exc).removeprefix(f"{image}: ")
        raise PublishError(
            f"{image}: cannot read the cover image ({reason})", hint="Give a JPEG or PNG file."
        ) from exc
    mime = _image_type(data)
    if mime is None:
        raise PublishError(
            f"{image}: the cover must be a JPEG or PNG image; this file is not a PNG or JPEG",
            hint="Convert it to PNG.",
        )
    return data, mime


def _image_type(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


@dataclass(frozen=True)
class ImageInfo:
    format: str  # "png" or "jpeg"
    width: int
    height: int
    mode: str  # "RGB", "RGBA", "L", "LA", "P", "CMYK", ...


def image_info(path: Path) -> ImageInfo:
    """Format, size and colour mode read from a PNG or JPEG header (no image library needed)."""
    head, _mime = read_cover(path)  # a regular JPEG or PNG file under the size cap, else PublishError
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        width, height, _depth, colour = struct.unpack(">IIBB", head[16:26])
        mode = {0: "L", 2: "RGB", 3: "P", 4: "LA", 6: "RGBA"}.get(colour, f"PNG colour type {colour}")
        if mode == "P" and _png_has_chunk(head, b"tRNS"):
            mode = "PA"  # a palette with transparency
        return ImageInfo("png", width, height, mode)
    if head.startswith(b"\xff\xd8"):
        return _jpeg_info(path, head)
    raise PublishError(f"{path}: not a PNG or JPEG image", hint="Apple accepts only JPEG or PNG cover art.")


def _png_has_chunk(data: bytes, name: bytes) -> bool:
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == name:
            return True
        if kind == b"IDAT":  # tRNS must come before the image data
            return False
        pos += 12 + length
    return False


_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_info(path: Path, data: bytes) -> ImageInfo:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            break
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _SOF_MARKERS and pos + 10 <= len(data):
            height, width, components = struct.unpack(">HHB", data[pos + 5 : pos + 10])
            mode = {1: "L", 3: "RGB", 4: "CMYK"}.get(components, f"{components} components")
            return ImageInfo("jpeg", width, height, mode)
        pos += 2 + length
    raise PublishError(
        f"{path}: a JPEG without a readable frame header", hint="Save the image again as JPEG or PNG."
    )
