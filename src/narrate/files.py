"""Files narrate reads and writes: bounded reads of regular files only, user paths, atomic writes, XML-safe
text. A reader never sees half a file, and narrate never reads a FIFO, a device or an unbounded file."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from narrate.errors import (
    DirectorySourceError,
    NarrateError,
    OutputError,
    SourceNotFoundError,
    TooLargeError,
    UnsupportedSourceError,
)

CONFIG_MAX_BYTES = 1_000_000  # a TOML profile, lexicon or podcast.toml
LIST_MAX_BYTES = 10_000_000  # a --list file
_PART = ".{}.part"  # staged() writes OUT as .OUT.part first
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]|[\ud800-\udfff\ufffe\uffff]")


@contextlib.contextmanager
def staged(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside OUT; rename it over OUT only if the block finishes."""
    tmp = out.with_name(_PART.format(out.name))
    try:
        yield tmp
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    with staged(path) as tmp:
        tmp.write_bytes(data)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def user_path(text: str | Path) -> Path:
    """TEXT as a path, with "~" and "~user" expanded; an unknown user is a missing path, not a crash.

    >>> user_path("a/b.txt")
    PosixPath('a/b.txt')
    """
    try:
        return Path(text).expanduser()
    except RuntimeError as exc:  # "~nosuchuser/x": no home folder to expand to
        user = str(text).split("/", 1)[0]
        raise SourceNotFoundError(f"{text}: there is no user {user}", hint="Check the path.") from exc


def read_regular(
    path: Path, limit: int, *, what: str = "file", shown: str | None = None, limit_hint: str | None = None
) -> bytes:
    """The bytes of PATH, a regular file of at most LIMIT bytes (a WHAT, for messages; SHOWN names it;
    LIMIT_HINT says what to do about a file over the limit).

    Opened without blocking, then checked: a FIFO, socket or device is refused at once (it could block
    forever or never end), as is a file over LIMIT. Raises SourceNotFoundError (3), UnsupportedSourceError
    (4), DirectorySourceError (5) or TooLargeError (13), each naming the file.
    """
    name = shown if shown is not None else str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except OSError as exc:
        raise path_error(name, what, exc) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise DirectorySourceError(
                f"{name}: is a folder, not a {what}",
                hint="Give one .html, .txt or .md file (narrate batch takes folders)."
                if what == "file"
                else f"Give a {what}.",
            )
        if not stat.S_ISREG(info.st_mode):
            raise UnsupportedSourceError(
                f"{name}: is not a regular file (a pipe, socket or device)",
                hint=f"Give a {what} saved on disk"
                + ("; to pipe a story in, use - for standard input." if what == "file" else "."),
            )
        if info.st_size > limit:
            raise too_large(name, limit, what, limit_hint)
        chunks = []
        left = limit + 1  # a file that grows while read is caught too
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise UnsupportedSourceError(f"{name}: cannot be read ({exc.strerror})", hint="Check it.") from exc
    finally:
        os.close(fd)
    if len(data) > limit:
        raise too_large(name, limit, what, limit_hint)
    return data


def read_checked(path: Path, limit: int, what: str, error: type[NarrateError], hint: str | None) -> bytes:
    """read_regular, with every failure but a missing file raised as ERROR (a config file's own code)."""
    try:
        return read_regular(path, limit, what=what)
    except SourceNotFoundError:
        raise
    except NarrateError as exc:
        raise error(str(exc), hint=hint or exc.hint) from exc


def path_error(name: str, what: str, exc: OSError) -> NarrateError:
    """The NarrateError for an OSError met while opening or looking at NAME (a WHAT)."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return SourceNotFoundError(f"{name}: no such {what}", hint="Check the path.")
    if exc.errno == errno.ENAMETOOLONG:
        return SourceNotFoundError(
            f"{name[:60]}...: the file name is too long to exist (over 255 bytes)", hint="Check the path."
        )
    if exc.errno == errno.ENXIO:  # a socket file, or a FIFO with no writer in some modes
        return UnsupportedSourceError(
            f"{name}: is not a regular file (a pipe, socket or device)", hint=f"Give a {what} saved on disk."
        )
    reason = exc.strerror or str(exc)
    return UnsupportedSourceError(f"{name}: cannot be read ({reason})", hint="Check its permissions.")


PAGE_LIMIT_HINT = "Raise the limit with --max-bytes if this really is one story."


def too_large(name: str, limit: int, what: str = "file", hint: str | None = None) -> TooLargeError:
    return TooLargeError(
        f"{name}: is larger than the {limit:,}-byte limit for a {what}",
        hint=hint or f"Is this the right file? A {what} is never this large.",
    )


def check_writable_name(out: Path) -> None:
    """Refuse an output name the file system cannot hold, with the temporary name staged() gives it."""
    staged_name = os.fsencode(_PART.format(out.name))
    try:
        limit = os.pathconf(out.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    if len(staged_name) > limit:
        raise OutputError(
            f"{out.name[:60]}...: the output file name is too long ({len(os.fsencode(out.name))} bytes)",
            hint=f"Give a name under {limit - 6} bytes.",
        )


def xml_text(text: str) -> str:
    """TEXT without the characters XML 1.0 forbids (C0 controls other than tab and newlines, U+FFFE,
    U+FFFF, lone surrogates); a control becomes a space, so words stay apart.

    >>> xml_text("A\\x01B\\ufffe"), xml_text("tab\\tand\\nnewline")
    ('A B', 'tab\\tand\\nnewline')
    """
    return _XML_FORBIDDEN.sub(lambda m: " " if m.group() < "\x20" else "", text)


def slugify(title: str, limit: int = 80, source: str | None = None) -> str:
    """An ASCII file name from a title; from the SOURCE's name (a path's or an address's last part) when the
    title has no letters or digits in the Latin alphabet (Chinese, Arabic), else "story".

    >>> slugify("Amazon Halts Police Use Of Its Facial Recognition Technology")
    'amazon-halts-police-use-of-its-facial-recognition-technology'
    >>> slugify("Café: ¿Qué pasa?")
    'cafe-que-pasa'
    >>> slugify("日経平均、反落", source="pages/jp-Nikkei-2025_01_27.html"), slugify("日経平均")
    ('jp-nikkei-2025-01-27', 'story')
    >>> slugify("日経平均", source="https://www.nikkei.com/article/DGXZQOUB270CR0X20C25A1000000/")
    'dgxzqoub270cr0x20c25a1000000'
    """
    ascii_ = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:limit].rstrip("-")
    if not slug and source and source != "-":
        name = re.split(r"[/\\]", re.sub(r"[?#].*$", "", source).rstrip("/\\"))[-1]
        return slugify(name.rsplit(".", 1)[0] if "." in name[1:] else name, limit)
    return slug or "story"
