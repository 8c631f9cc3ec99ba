"""Voice profiles (TOML) and eSpeak NG voices, resolved to one VoiceSettings.

Precedence: a command-line option > the profile > the built-in default.  A profile is found by name in
$XDG_CONFIG_HOME/narrate/voices/ (the user's own, first) or in the profiles shipped with narrate, or by path
to a .toml file; a name that is no profile may be an eSpeak NG voice ("en-gb", "gmw/en-US", "es").
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import espeakng_loader

from narrate import config
from narrate.errors import VoiceError
from narrate.models import VoiceSettings

SHIPPED = config.SHIPPED_VOICES
DEFAULT_PROFILE = "default"
DEFAULT_VOICE = "gmw/en-US"
ENGINE_ENV = "NARRATE_ESPEAK"  # "system": use the system's libespeak-ng instead of espeakng-loader's
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)  # MPEG-1 layer III at 44.1 kHz
HINT = "Run `narrate voices` to list the profiles and the installed eSpeak NG voices."

# Profile key -> (VoiceSettings field, type, low, high); pauses live in a [pauses] table.
_NUMBERS: dict[str, tuple[str, type, float, float]] = {
    "rate": ("rate", int, 80, 500),
    "pitch": ("pitch", int, 0, 100),
    "volume": ("volume", float, 0.0, 1.0),
    "bitrate": ("bitrate", int, 32, 320),
}
_PAUSES = {"title": "pause_title_ms", "paragraph": "pause_paragraph_ms", "section": "pause_section_ms"}
_KEYS = {"description", "voice", "intro", "outro", "announce_quotes", "pauses", "lexicon", *_NUMBERS}


@dataclass(frozen=True)
class EspeakVoice:
    """An installed eSpeak NG voice: identifier (e.g. "roa/es"), name, languages by priority."""

    id: str
    name: str
    languages: tuple[str, ...]


def load_voice(
    name_or_path: str | None,
    *,
    language: str | None = None,
    rate: int | None = None,
    bitrate: int | None = None,
) -> VoiceSettings:
    """Resolve a profile name, a .toml path or an eSpeak voice id to VoiceSettings.

    `language` (BCP 47, the article's) picks a matching eSpeak voice when nothing names one explicitly.
    """
    profile, table, espeak_voice = _find(name_or_path)
    values = _parse(profile, table)
    voice = espeak_voice or values.pop("voice", None)
    if voice is None:
        voice = voice_for_language(language) or DEFAULT_VOICE
    else:
        voice = resolve_espeak_voice(str(voice), profile)
    if rate is not None:
        values["rate"] = _number("--rate", "rate", rate)
    if bitrate is not None:
        values["bitrate"] = _number("--bitrate", "bitrate", bitrate)
    return VoiceSettings(profile=profile, voice=voice, **values)


def _find(name_or_path: str | None) -> tuple[str, dict[str, Any], str | None]:
    """(profile label, its TOML table, an eSpeak voice named instead of a profile, if any)."""
    name = name_or_path or DEFAULT_PROFILE
    path = _profile_path(name)
    if path is not None:
        return (name if path.parent in _profile_dirs() else str(path)), _read_toml(path), None
    if name.endswith(".toml") or (os.sep in name and not _looks_like_voice_id(name)):
        raise VoiceError(f"{name}: no such voice profile file", hint=HINT)
    voice = resolve_espeak_voice(name, name)
    default = _profile_path(DEFAULT_PROFILE)
    return DEFAULT_PROFILE, _read_toml(default) if default else {}, voice


def _looks_like_voice_id(name: str) -> bool:
    return name.count("/") == 1 and not name.startswith((".", "/", "~"))


def _profile_dirs() -> tuple[Path, ...]:
    return (config.user_voices(), SHIPPED)


def _profile_path(name: str) -> Path | None:
    """A profile by name (user's folder first, then shipped), or a .toml path that exists."""
    if name.endswith(".toml") or "/" in name or os.sep in name:
        path = Path(name).expanduser()
        if path.suffix == ".toml":
            if path.is_file():
                return path
            return None
    for folder in _profile_dirs():
        candidate = folder / f"{name}.toml"
        if candidate.is_file():
            return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    return config.read_toml(path, "voice profile", hint="Fix the profile; see voices/default.toml.")


def _parse(profile: str, table: dict[str, Any]) -> dict[str, Any]:
    """Check a profile's table and map it to VoiceSettings keyword arguments."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise VoiceError(
            f"{profile}: unknown profile setting(s) {', '.join(unknown)}",
            hint=f"Known settings: {', '.join(sorted(_KEYS))}.",
        )
    values: dict[str, Any] = {}
    for key, (field, _kind, _low, _high) in _NUMBERS.items():
        if key in table:
            values[field] = _number(profile, key, table[key])
    for key in ("voice", "intro", "outro"):
        if key in table:
            values[key] = _text(profile, key, table[key])
    if "announce_quotes" in table:
        if not isinstance(table["announce_quotes"], bool):
            raise VoiceError(f"{profile}: announce_quotes must be true or false", hint=HINT)
        values["announce_quotes"] = table["announce_quotes"]
    values.update(_pauses(profile, table.get("pauses", {})))
    values["lexicon"] = _lexicon(profile, table.get("lexicon", {}))
    return values


def _number(profile: str, key: str, value: object) -> Any:
    _field, kind, low, high = _NUMBERS[key]
    ok_type = isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int and isinstance(value, float):
        ok_type = value.is_integer()
    if not ok_type or not low <= float(value) <= high:  # type: ignore[arg-type]
        raise VoiceError(f"{profile}: {key} must be a number from {low} to {high}, not {value!r}", hint=HINT)
    if key == "bitrate" and int(value) not in BITRATES:  # type: ignore[call-overload]
        raise VoiceError(
            f"{profile}: bitrate {value} kb/s is not an MP3 bit rate",
            hint=f"Use one of {', '.join(map(str, BITRATES))}.",
        )
    return kind(value)


def _text(profile: str, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise VoiceError(f"{profile}: {key} must be a string, not {value!r}", hint=HINT)
    return value


def _pauses(profile: str, pauses: object) -> dict[str, int]:
    if not isinstance(pauses, dict):
        raise VoiceError(f"{profile}: [pauses] must be a table of milliseconds", hint=HINT)
    unknown = sorted(set(pauses) - set(_PAUSES))
    if unknown:
        known = "Known: title, paragraph, section."
        raise VoiceError(f"{profile}: unknown pause(s) {', '.join(unknown)}", hint=known)
    out = {}
    for key, ms in pauses.items():
        if not isinstance(ms, int) or isinstance(ms, bool) or not 0 <= ms <= 10_000:
            raise VoiceError(f"{profile}: pause {key} must be 0-10000 ms, not {ms!r}", hint=HINT)
        out[_PAUSES[key]] = ms
    return out


def _lexicon(profile: str, table: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        example = 'e.g. "ACLU" = "A C L U"'
        raise VoiceError(f"{profile}: [lexicon] must map words to spoken text", hint=example)
    return tuple((str(k), v) for k, v in table.items() if k)


# eSpeak NG voices -------------------------------------------------------------------------------------


def espeak_data_path() -> Path:
    """The espeak-ng-data folder the engine uses (espeakng-loader's, or the system's with NARRATE_ESPEAK)."""
    if os.environ.get(ENGINE_ENV, "").lower() == "system":
        for candidate in (
            os.environ.get("ESPEAK_DATA_PATH"),
            "/usr/lib/x86_64-linux-gnu/espeak-ng-data",
            "/usr/lib/aarch64-linux-gnu/espeak-ng-data",
            "/usr/share/espeak-ng-data",
            "/usr/local/share/espeak-ng-data",
        ):
            if candidate and (Path(candidate) / "lang").is_dir():
                return Path(candidate)
    return Path(espeakng_loader.get_data_path())


def installed_voices() -> tuple[EspeakVoice, ...]:
    """The voices in espeak-ng-data/lang (what espeak_ListVoices reads), sorted by identifier."""
    root = espeak_data_path() / "lang"
    voices = [_read_voice_file(path, root) for path in sorted(root.rglob("*")) if path.is_file()]
    return tuple(sorted((v for v in voices if v), key=lambda v: v.id.lower()))


def _read_voice_file(path: Path, root: Path) -> EspeakVoice | None:
    name = ""
    languages: list[tuple[int, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "name":
            name = " ".join(parts[1:])
        elif len(parts) >= 2 and parts[0] == "language":
            priority = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 5
            languages.append((priority, parts[1].lower()))
    if not languages:
        return None
    ordered = tuple(lang for _p, lang in sorted(languages, key=lambda pair: pair[0]))
    return EspeakVoice(id=path.relative_to(root).as_posix(), name=name, languages=ordered)


def resolve_espeak_voice(name: str, label: str) -> str:
    """An eSpeak voice identifier ("gmw/en-US") from an id, its last part, its name or a language code.

    A variant suffix ("+f3") is kept.  Unknown -> VoiceError naming LABEL.
    """
    base, plus, variant = name.strip().partition("+")
    key = base.lower()
    if variant and not (espeak_data_path() / "voices" / "!v" / variant).is_file():
        raise VoiceError(f"{label}: no such eSpeak NG voice variant +{variant}", hint=HINT)
    voices = installed_voices()
    for field in (_id, _id_tail, _name):
        found = [v for v in voices if field(v) == key]
        if found:
            return found[0].id + plus + variant
    by_language = _voices_for(key, voices)
    if by_language:
        return by_language[0].id + plus + variant
    raise VoiceError(f"{label}: no such voice profile or eSpeak NG voice", hint=HINT)


def _id(voice: EspeakVoice) -> str:
    return voice.id.lower()


def _id_tail(voice: EspeakVoice) -> str:
    return voice.id.lower().rsplit("/", 1)[-1]


def _name(voice: EspeakVoice) -> str:
    return voice.name.lower()


def voice_for_language(language: str | None) -> str | None:
    """The eSpeak voice for an article's language, or None for English/unknown (the default voice then).

    Exact language tag first (es-419), then its primary subtag (es), by the voices' own priorities.
    """
    if not language:
        return None
    tag = language.strip().lower().replace("_", "-")
    if not tag or tag.split("-")[0] == "en":
        return None
    voices = installed_voices()
    found = _voices_for(tag, voices) or _voices_for(tag.split("-")[0], voices)
    return found[0].id if found else None


def _voices_for(tag: str, voices: tuple[EspeakVoice, ...]) -> list[EspeakVoice]:
    """Voices that speak TAG, best first (the language's position in each voice's list, then id length)."""
    scored = [(v.languages.index(tag), len(v.id), v) for v in voices if tag in v.languages]
    return [v for _i, _n, v in sorted(scored, key=lambda t: (t[0], t[1]))]


# Listing, for `narrate voices` ------------------------------------------------------------------------


def list_profiles() -> list[dict[str, Any]]:
    """Every profile (user's first, shadowing shipped ones of the same name): name, path, voice, rate, ..."""
    seen: dict[str, dict[str, Any]] = {}
    for folder in _profile_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem in seen:
                continue
            try:
                table = _read_toml(path)
                settings = load_voice(str(path))
            except VoiceError as exc:
                seen[path.stem] = {"name": path.stem, "path": str(path), "error": str(exc)}
                continue
            seen[path.stem] = {
                "name": path.stem,
                "path": str(path),
                "description": str(table.get("description", "")),
                "voice": str(table.get("voice", "(article's language)")),
                "rate": settings.rate,
                "pitch": settings.pitch,
                "bitrate": settings.bitrate,
            }
    return list(seen.values())


def list_espeak_voices() -> list[dict[str, Any]]:
    """The installed eSpeak NG voices: id, name, languages."""
    return [{"id": v.id, "name": v.name, "languages": list(v.languages)} for v in installed_voices()]
