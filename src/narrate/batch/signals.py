"""Signals in a batch: SIGTERM stops it as Ctrl-C does; moving files and the manifest is never cut short.

Either signal raises KeyboardInterrupt wherever the main thread is. If that is inside a finalizer (a Dask
future's __del__, run by the garbage collector at any moment), Python would print the exception as
"ignored" and carry on; so the signal is also noted, the batch's loop raises it again (raise_if_interrupted),
and that lost raise is not printed.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

_pending: list[int] = []  # signals received while interrupts were on, not yet raised by the batch's loop


def _raise_interrupt(signum: int, frame: object) -> None:
    _pending.append(signum)
    raise KeyboardInterrupt


def raise_if_interrupted() -> None:
    """Raise KeyboardInterrupt for a Ctrl-C or SIGTERM received inside sigterm_interrupts (in the main
    thread, where signals arrive) whose own raise was lost."""
    if _pending and threading.current_thread() is threading.main_thread():
        raise KeyboardInterrupt


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back until the block is done (they are delivered right after it).

    The handlers are swapped for ones that only note the signal, rather than the signal blocked in this
    thread's mask: a signal sent to the process reaches whichever of its threads does not block it (a Dask
    client has several), and Python then runs the handler in the main thread all the same, inside the block
    (a batch on a cluster, interrupted there, had left an MP3 that its manifest did not name).
    """
    held: list[int] = []
    try:
        previous = {s: signal.signal(s, lambda signum, _frame: held.append(signum)) for s in _STOPS}
    except ValueError:  # not the main thread, where Python runs every handler: nothing to hold back here
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if held:
            signal.raise_signal(held[0])  # delivered now, to the handler the block had replaced


_STOPS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops a batch the way Ctrl-C does (also when called as a library, not only from the CLI);
    both are noted for raise_if_interrupted. Ctrl-C keeps a handler of the caller's own."""
    try:
        previous = {signal.SIGTERM: signal.signal(signal.SIGTERM, _raise_interrupt)}
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            previous[signal.SIGINT] = signal.signal(signal.SIGINT, _raise_interrupt)
    except ValueError:  # not the main thread: signals are the caller's business
        yield
        return
    _pending.clear()
    hook = sys.unraisablehook

    def unraisable(info: Any) -> None:
        if not (_pending and isinstance(info.exc_value, KeyboardInterrupt)):
            hook(info)

    sys.unraisablehook = unraisable
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sys.unraisablehook = hook
        _pending.clear()


@contextlib.contextmanager
def signals_ignored() -> Iterator[None]:
    """A second Ctrl-C must not cut the clean-up short."""
    try:
        previous = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
