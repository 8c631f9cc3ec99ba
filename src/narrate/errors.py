"""The one exception family: each error carries an exit code and a hint of what to do next."""

from __future__ import annotations

from typing import ClassVar


class NarrateError(Exception):
    """A user-facing failure. Message: "<input>: <what went wrong>"; hint: what to do about it."""

    exit_code: ClassVar[int] = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class UsageError(NarrateError):
    exit_code = 2


class SourceNotFoundError(NarrateError):  # missing path
    exit_code = 3


class NoArticleError(NarrateError):  # HTML with no article, empty or whitespace-only text
    exit_code = 4


class FetchError(NarrateError):  # URL refused, timed out, HTTP error
    exit_code = 5


class UnsupportedSourceError(NarrateError):  # directory, binary file, not http(s)
    exit_code = 6


class TooLargeError(NarrateError):  # page over the size cap
    exit_code = 7


class VoiceError(NarrateError):  # unknown voice or profile, bad profile file
    exit_code = 8


class OutputError(NarrateError):  # output folder missing or not writable, folder busy
    exit_code = 9


class EngineError(NarrateError):  # speech engine failed after retries
    exit_code = 10


class EncodeError(NarrateError):  # MP3 encoding or tagging failed
    exit_code = 11


class PublishError(NarrateError):  # feed/image problems
    exit_code = 12


class Interrupted(NarrateError):  # Ctrl-C or SIGTERM
    exit_code = 130


class BatchFailed(NarrateError):  # some stories of a batch failed (each named already)
    exit_code = 1
