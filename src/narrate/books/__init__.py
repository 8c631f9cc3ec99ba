"""Talking books: narrated stories bound as an EPUB 3 with Media Overlays or a DAISY 2.02 book.

make_book takes stories (narrated here, through the pipeline, their timings taken from Episode.audio) and
batch folders (their stories in manifest order, timings read from each story's OUT.timings.json), and
writes the book under a temporary name, renamed in only when whole.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from narrate.books.content import BookStory
from narrate.books.daisy import write_daisy
from narrate.books.epub import write_epub
from narrate.books.meta import book_meta
from narrate.books.stories import gather
from narrate.errors import OutputError, UsageError
from narrate.files import check_writable_name, staged, user_path
from narrate.options import ArticleOptions

__all__ = ["BookOptions", "BookStory", "make_book"]

BookFormat = Literal["epub3", "daisy202"]
Progress = Callable[[str], None]


@dataclass(frozen=True)
class BookOptions:
    format: BookFormat = "epub3"
    title: str | None = None
    article: ArticleOptions = field(default_factory=ArticleOptions)


def make_book(
    sources: Sequence[str], out: Path, options: BookOptions, progress: Progress | None = None
) -> Path:
    """Bind SOURCES (stories or batch folders) into the book OUT; return OUT."""
    say = progress or (lambda _msg: None)
    check_book_output(out, options.format, sources)
    with tempfile.TemporaryDirectory(prefix="narrate-book-") as work:
        stories = gather(sources, Path(work), options.article, say)
        meta = book_meta(stories, options.title)
        say(f"binding {len(stories)} stor{'y' if len(stories) == 1 else 'ies'} as {options.format}")
        if options.format == "epub3":
            try:
                with staged(out) as tmp:
                    write_epub(tmp, meta, stories)
            except OSError as exc:
                reason = exc.strerror or exc
                raise OutputError(
                    f"{out}: cannot write the book ({reason})", hint="Check the folder."
                ) from exc
        else:
            with staged_folder(out) as tmp:
                write_daisy(tmp, meta, stories)
    return out


def check_book_output(out: Path, fmt: BookFormat, sources: Sequence[str]) -> None:
    """OUT can take the book: fail before any work. An EPUB is a .epub file; a DAISY book a folder that is
    new, empty, or an earlier DAISY book (it is replaced)."""
    check_writable_name(out)
    if not out.parent.is_dir():
        raise OutputError(
            f"{out.parent}: output folder does not exist", hint="Create it first, or pick another -o."
        )
    if fmt == "epub3":
        if out.suffix.lower() != ".epub":
            raise UsageError(f"{out}: an EPUB's name ends in .epub", hint="Give -o BOOK.epub.")
        if out.is_dir():
            raise OutputError(f"{out}: is a folder, not an EPUB file name", hint="Give -o BOOK.epub.")
        return
    if any(_same(out, source) for source in sources):
        raise UsageError(f"{out}: is one of the sources", hint="Give the DAISY book a new folder.")
    if out.exists() and not (out.is_dir() and (not any(out.iterdir()) or (out / "ncc.html").is_file())):
        raise OutputError(
            f"{out}: exists and is not a DAISY book", hint="Give -o a new folder (a DAISY book is a folder)."
        )


def _same(out: Path, source: str) -> bool:
    try:
        return out.resolve() == user_path(source).resolve()
    except (OSError, RuntimeError, ValueError):
        return False


@contextlib.contextmanager
def staged_folder(out: Path) -> Iterator[Path]:
    """Yield an empty folder beside OUT; when the block finishes it replaces OUT (an earlier book)."""
    tmp = out.with_name(f".{out.name}.part")
    old = out.with_name(f".{out.name}.old")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir()
        yield tmp
        if out.exists():
            out.replace(old)
        tmp.replace(out)
    except OSError as exc:
        raise OutputError(
            f"{out}: cannot write the book ({exc.strerror or exc})", hint="Check the folder."
        ) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
