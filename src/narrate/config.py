"""Configuration: where narrate's folders are and the one way a TOML file is read.

The config folder ($XDG_CONFIG_HOME/narrate, through platformdirs) holds the user's voice profiles
(voices/), station profiles (stations/) and lexicon (lexicon.toml); the cache folder ($XDG_CACHE_HOME/narrate)
holds the clip cache. A relative XDG value is ignored, as the XDG spec says, so every stage reads the same
folder. Files shipped with narrate live beside the package (``SHIPPED_ROOTS``).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import platformdirs

from narrate.errors import NarrateError, SourceNotFoundError, VoiceError
from narrate.files import CONFIG_MAX_BYTES, read_checked, user_path

APP = "narrate"
PACKAGE = Path(__file__).parent
SHIPPED_VOICES = PACKAGE / "voices"
SHIPPED_STATIONS = PACKAGE / "stations"
SHIPPED_LEXICON = PACKAGE / "data" / "lexicon.toml"
SHIPPED_ROOTS = (SHIPPED_VOICES, SHIPPED_STATIONS, PACKAGE / "data")
LEXICON_ENV = "NARRATE_LEXICON"


def _xdg(variable: str, resolved: str, fallback: str) -> Path:
    """platformdirs' answer, unless the variable is set but relative (then ~/FALLBACK/narrate)."""
    value = os.environ.get(variable, "")
    if value.strip() and not Path(value).is_absolute():
        return Path.home() / fallback / APP
    return Path(resolved)


def config_dir() -> Path:
    """The user's narrate config folder (it need not exist)."""
    return _xdg("XDG_CONFIG_HOME", platformdirs.user_config_dir(APP), ".config")


def cache_dir() -> Path:
    """The user's narrate cache folder (it need not exist)."""
    return _xdg("XDG_CACHE_HOME", platformdirs.user_cache_dir(APP), ".cache")


def user_voices() -> Path:
    return config_dir() / "voices"


def user_stations() -> Path:
    return config_dir() / "stations"


def lexicon_path() -> Path:
    """The station's lexicon: $NARRATE_LEXICON, else lexicon.toml in the config folder (need not exist)."""
    chosen = os.environ.get(LEXICON_ENV)
    return Path(chosen).expanduser() if chosen else config_dir() / "lexicon.toml"


def read_toml(
    path: Path,
    what: str,
    *,
    known: Iterable[str] | None = None,
    error: type[NarrateError] = VoiceError,
    hint: str | None = None,
    missing_ok: bool = False,
) -> dict[str, Any]:
    """The table in PATH (a WHAT, for messages). A file that cannot be read (or is not a regular file, or is
    over CONFIG_MAX_BYTES), is not TOML or has a key outside KNOWN raises ERROR naming the file; a missing
    file gives {} when MISSING_OK. Every TOML file narrate reads comes through here."""
    try:
        data = read_checked(user_path(path), CONFIG_MAX_BYTES, what, error, hint)
    except SourceNotFoundError as exc:
        if missing_ok:
            return {}
        raise error(f"{path}: no such {what}", hint=hint) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: cannot read the {what} ({exc})", hint=hint or "Save it as UTF-8.") from exc
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: the {what} is not valid TOML ({exc})", hint=hint or "Fix its syntax.") from exc
    if known is not None:
        unknown = sorted(set(table) - set(known))
        if unknown:
            raise error(
                f"{path}: unknown setting(s) {', '.join(unknown)} in the {what}",
                hint=f"Known settings: {', '.join(sorted(known))}.",
            )
    return table
