"""The Typer app and the one place where an error becomes a message and an exit code."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

import typer
from typer._click.exceptions import NoArgsIsHelpError  # typer's own copy of click
from typer._click.exceptions import UsageError as ClickUsageError
from typer.core import TyperGroup

if TYPE_CHECKING:
    from rich.console import Console

from narrate import __version__
from narrate.cli import _coerce
from narrate.errors import Interrupted, NarrateError, UsageError


class Stderr:
    """narrate's stderr: a rich Console made on first use, so a run that prints nothing (an unchanged
    rerun with --quiet) does not load rich (0.04 s of its 0.27 s)."""

    _console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True, highlight=False)
        return self._console

    def print(self, *objects: Any, **options: Any) -> None:
        self.console.print(*objects, **options)


err = Stderr()
_coerce.install()  # options coerced without pydantic (0.1 s of a rerun); on an untested Typer, Typer's own


def report(exc: NarrateError) -> None:
    """Print ERROR <message> (and the hint) on stderr: one line each, no traceback."""
    line = f"ERROR: {exc}"
    if exc.hint:
        line += f" ({exc.hint})"
    err.print(line, markup=False, soft_wrap=True)


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def usage_error(exc: ClickUsageError) -> UsageError:
    """Click's usage error (a bad option, a missing argument) in narrate's one-line form."""
    command = exc.ctx.command_path if exc.ctx is not None else "narrate"
    message = " ".join(exc.format_message().split())
    return UsageError(f"{command}: {message}", hint=f"See {command} --help.")


class NarrateGroup(TyperGroup):
    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:  # the root's own options and arguments are parsed here, before invoke
            return super().make_context(info_name, args, parent=parent, **extra)
        except NoArgsIsHelpError:
            raise  # `narrate` alone: the help, as asked for
        except ClickUsageError as exc:
            report(usage_error(exc))
            raise typer.Exit(UsageError.exit_code) from None

    def invoke(self, ctx: Any) -> Any:  # click's Context: typer's own copy of click, or click itself
        previous = signal.signal(signal.SIGTERM, _sigterm) if _main_thread() else None
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except ClickUsageError as exc:  # a command's options and arguments, parsed inside invoke
            report(usage_error(exc))
            ctx.exit(UsageError.exit_code)
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
    _return_freed_memory()
    # numpy's BLAS (the loudness meter's matrix products) would start a thread per core and spin them while
    # they wait; the story's own threads (the MP3 encoders, the speech engines) already fill the cores.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    sys.exit(app())


_M_TRIM_THRESHOLD = -1  # mallopt's parameter numbers (glibc malloc.h)
_M_MMAP_THRESHOLD = -3


def _return_freed_memory() -> None:
    """glibc: serve every allocation of 4 MiB or more with its own mapping, given back to the system when
    freed, and keep up to 8 MiB of freed memory at the heap's top for the next piece of audio.

    By default glibc raises the mapping threshold (up to 32 MiB) after the first such free, and large
    arrays freed on the story's three threads then stay in the heap: measured on a 20,000-word page, peak
    RSS 116 MiB with the default, 103 MiB with 4 MiB. Setting it also fixes the trim threshold at 128 KiB,
    so each piece of audio (1-2 MiB arrays, allocated and freed many times a second) was given back and
    faulted in again: 520,000 page faults and 1.3 s of system CPU for the 3,500-word story; with 8 MiB,
    118,000 and 0.45 s (16 MiB saved no more), peak RSS 101 MiB there and 114 MiB on the 20,000-word page.
    Elsewhere a no-op."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None)
        libc.mallopt(_M_MMAP_THRESHOLD, 4 << 20)
        libc.mallopt(_M_TRIM_THRESHOLD, 8 << 20)
