"""narrate book: narrated stories bound as a talking book (EPUB 3 with Media Overlays, or DAISY 2.02)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from narrate.cli._app import app, err

SOURCES_HELP = (
    "Stories (URLs, .html, .txt, .md files) to narrate, or folders `narrate batch -d` wrote (their stories in"
    " manifest order)."
)


def _progress(quiet: bool) -> Any:
    return None if quiet else (lambda message: err.print(f"narrate: {message}", markup=False))


@app.command(epilog="Example: narrate book daily -o daily.epub   (or: --format daisy202 -o daily-daisy)")
def book(
    sources: list[str] = typer.Argument(..., help=SOURCES_HELP),
    out: Path = typer.Option(..., "-o", "--out", help="The .epub file, or the DAISY book's folder."),
    book_format: str = typer.Option(
        "epub3",
        "--format",
        "-f",
        help="epub3 (EPUB 3, Media Overlays) or daisy202 (a DAISY 2.02 folder).",
    ),
    title: str | None = typer.Option(
        None, "--title", help="The book's title [default: the story's, or the stations' and a count]."
    ),
    voice: str | None = typer.Option(None, "--voice", help="A voice profile or an eSpeak NG voice."),
    rate: int | None = typer.Option(None, "--rate", help="Speaking rate in words per minute."),
    profile: str | None = typer.Option(
        None, "--profile", help="A station profile name, .toml file or folder."
    ),
    intro: bool = typer.Option(
        True, "--intro/--no-intro", help="Speak the intro (byline, station) and outro."
    ),
    timeout: float = typer.Option(20.0, "--timeout", min=0.001, help="Seconds to wait for a URL."),
    max_bytes: int = typer.Option(10_000_000, "--max-bytes", min=1, help="Refuse pages larger than this."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Let URLs reach loopback and private addresses (your own network)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
) -> None:
    """Make a talking book: the stories' text with their narration, highlighted sentence by sentence.

    Prints the book's path. A book is written under a temporary name and appears only when whole.
    """
    from narrate.books import BookOptions, make_book
    from narrate.errors import UsageError
    from narrate.options import ArticleOptions

    if book_format not in ("epub3", "daisy202"):
        raise UsageError(f"--format {book_format}: unknown book format", hint="Give epub3 or daisy202.")
    article = ArticleOptions(
        voice=voice,
        rate=rate,
        station_profile=profile,
        intro=intro,
        timeout=timeout,
        max_bytes=max_bytes,
        allow_private=allow_private,
    )
    options = BookOptions(format=book_format, title=title, article=article)  # type: ignore[arg-type]
    path = make_book(sources, out, options, _progress(quiet))
    typer.echo(str(path))
