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


class SourceNotFoundError(
    NarrateError
):  # missing path (or one that cannot exist: unknown ~user, name too long)
    exit_code = 3


class UnsupportedSourceError(NarrateError):  # a file narrate cannot read (permissions, a FIFO or device)
    exit_code = 4


class DirectorySourceError(UnsupportedSourceError):  # a folder given where a file was expected
    exit_code = 5


class BinarySourceError(UnsupportedSourceError):  # not text (audio, image, PDF, ...)
    exit_code = 6


class NoArticleError(NarrateError):  # HTML with no article text
    exit_code = 7


class EmptySourceError(NoArticleError):  # empty or whitespace-only file or page
    exit_code = 8


class FetchError(NarrateError):  # URL refused, host unknown, network down
    exit_code = 9


class FetchTimeoutError(FetchError):  # URL timed out
    exit_code = 10


class HTTPStatusError(FetchError):  # 404, 500, ...
    exit_code = 11


class RefusedURLError(UnsupportedSourceError):  # a URL narrate will not fetch (see fetch.py's URL policy)
    exit_code = 12


class SchemeError(RefusedURLError):  # a URL that is not http(s)
    exit_code = 12


class AddressRefusedError(RefusedURLError):  # a private, loopback, link-local or metadata address
    exit_code = 12


class TooLargeError(NarrateError):  # page over the size cap
    exit_code = 13


class VoiceError(NarrateError):  # unknown voice or profile, bad profile file
    exit_code = 14


class OutputError(NarrateError):  # output folder missing or not writable
    exit_code = 15


class BusyError(OutputError):  # another narrate batch holds the folder
    exit_code = 16


class EngineError(NarrateError):  # speech engine failed after retries
    exit_code = 17


class EncodeError(NarrateError):  # MP3 encoding or tagging failed
    exit_code = 18


class PublishError(NarrateError):  # feed, image or listener-page problems
    exit_code = 19


class ManifestError(OutputError):  # OUTDIR/manifest.json is corrupt, too large or not a regular file
    exit_code = 20


class CacheError(OutputError):  # the clip cache cannot be cleared (another narrate run is writing to it)
    exit_code = 21


class ClusterError(
    NarrateError
):  # --cluster: the Dask scheduler cannot be reached, has no workers, or was lost
    exit_code = 22


class Interrupted(NarrateError):  # Ctrl-C or SIGTERM
    exit_code = 130


class BatchFailed(NarrateError):  # some stories of a batch failed (each named already)
    exit_code = 1
