"""The Typer app and the one place where an error becomes a message and an exit code."""

from __future__ import annotations

import signal
import sys
import threading
from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from narrate import __version__
from narrate.errors import Interrupted, NarrateError

err = Console(stderr=True, highlight=False)


def report(exc: NarrateError) -> None:
    """Print ERROR <message> (and the hint) on stderr: one line each, no traceback."""
    line = f"ERROR: {exc}"
    if exc.hint:
        line += f" ({exc.hint})"
    err.print(line, markup=False, soft_wrap=True)


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


class NarrateGroup(TyperGroup):
    def invoke(self, ctx: Any) -> Any:  # click's Context: typer's own copy of click, or click itself
        previous = signal.signal(signal.SIGTERM, _sigterm) if _main_thread() else None
        try:
            return super().invoke(ctx)
        except NarrateError as exc:
            report(exc)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            report(Interrupted("interrupted", hint="nothing half-written was left behind; run it again"))
            ctx.exit(Interrupted.exit_code)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"narrate {__version__}")
        raise typer.Exit()


app = typer.Typer(
    cls=NarrateGroup,
    epilog="Example: narrate article https://www.apr.org/news/amazon-halts -o amazon.mp3 --sidecars",
    no_args_is_help=True,
    add_completion=False,
    help="Narrate news articles to tagged MP3s, offline.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Narrate news articles to tagged MP3s with chapters, captions and transcripts, offline."""


def main() -> None:
    sys.exit(app())
