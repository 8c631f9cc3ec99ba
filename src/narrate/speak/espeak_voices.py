"""eSpeak NG's voices: where its data is, the voices installed there, and the voice for a language."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import espeakng_loader

from narrate.errors import VoiceError
from narrate.installed import ENGINE_ENV

HINT = "Run `narrate voices` to list the profiles and the installed eSpeak NG voices."


@dataclass(frozen=True)
class EspeakVoice:
    """An installed eSpeak NG voice: identifier (e.g. "roa/es"), name, languages by priority."""

    id: str
    name: str
    languages: tuple[str, ...]


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


def list_espeak_voices() -> list[dict[str, Any]]:
    """The installed eSpeak NG voices: id, name, languages."""
    return [{"id": v.id, "name": v.name, "languages": list(v.languages)} for v in installed_voices()]
