"""What the user chose for a story (ArticleOptions), and the files the options name, checked before any work.

Light to import: the CLI and the batch's parent use it without loading the stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from narrate.config import lexicon_path
from narrate.errors import NarrateError, VoiceError
from narrate.files import CONFIG_MAX_BYTES, read_checked, user_path
from narrate.images import read_cover


@dataclass(frozen=True)
class ArticleOptions:
    """What the user chose; None means "what extraction or the profile found"."""

    voice: str | None = None  # profile name, profile path, or an eSpeak voice id
    rate: int | None = None
    bitrate: int | None = None
    title: str | None = None
    byline: str | None = None
    station: str | None = None
    url: str | None = None
    date: str | None = None
    station_profile: str | None = None  # a station profile name or path (--profile)
    sidecars: bool = False
    intro: bool = True
    image: Path | None = None  # cover art for APIC
    cache_dir: Path | None = None  # clip cache; None: no cache
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    strict: bool = False  # a paragraph the engine cannot speak fails the story instead of being left out
    allow_private: bool = False  # let URLs reach loopback and private addresses (fetch's URL policy)


def check_options(options: ArticleOptions) -> None:
    """The files the options name, checked before any work: a bad --image fails now, not after the speech
    (PublishError, 19); a voice or station profile path, or the lexicon, that is not a regular file (a FIFO,
    /dev/zero), is over the size cap or names an unknown ~user is a VoiceError (14), before anything reads it.
    """
    if options.image is not None:
        read_cover(options.image)
    named = [options.voice, options.station_profile, str(lexicon_path())]
    for value in filter(None, named):
        try:
            path = user_path(value)
            if not path.exists() or path.is_dir():
                continue  # a name (a profile, an eSpeak voice), or a folder of station profiles
            if path.suffix.lower() == ".toml" or not path.is_file():
                read_checked(
                    path, CONFIG_MAX_BYTES, "profile", VoiceError, "Give a .toml profile saved on disk."
                )
        except VoiceError:
            raise
        except NarrateError as exc:  # ~nosuchuser
            raise VoiceError(str(exc), hint=exc.hint) from exc
        except OSError as exc:  # a name too long
            raise VoiceError(f"{value}: cannot be used ({exc.strerror})", hint="Check the path.") from exc
