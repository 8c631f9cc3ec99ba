"""Fingerprints that decide whether a batch story's files are up to date.

content_hash: everything that shapes a story's files once it is read (its script, voice sound, metadata);
input_fingerprint: everything besides a local story file's bytes that decides them (versions, options, and
the contents of every profile, lexicon and cover narrate may read), so an unchanged rerun reads nothing.
input_fingerprint runs on every rerun, so it loads no speech code: it reads the engines' versions itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence

from narrate import __version__, config
from narrate.errors import NarrateError
from narrate.files import read_regular, user_path
from narrate.folder import FORMAT_VERSION
from narrate.installed import ENGINE_ENV, version
from narrate.models import Story, Utterance, VoiceSettings
from narrate.options import ArticleOptions

FINGERPRINT_MAX_BYTES = 100_000_000  # per file; the options were checked against their own caps already
# What speak.clips.engine_id takes in, for both engines (tests/test_batch.py checks that it takes in no
# other): the engines' packages and NARRATE_ESPEAK (installed.ENGINE_ENV, "system": the system's
# eSpeak NG library). Named here because importing narrate.speak costs more than the rest of a rerun.
ENGINE_DISTRIBUTIONS = ("pyttsx3", "espeakng-loader", "piper-tts", "onnxruntime")


# Voice settings whose whole effect shows in the script's spoken text: left out of the hash, so that a lexicon
# or template change re-narrates only the stories whose spoken text it changed (issue 7).
_SCRIPT_ONLY = ("profile", "lexicon", "intro", "outro", "announce_quotes")


def content_hash(story: Story, voice: VoiceSettings, utterances: Sequence[Utterance]) -> str:
    """A hash of everything that shapes a story's files: the script (as spoken and as shown), the sound of
    the voice (eSpeak voice, rate, pitch, volume, pauses, bit rate), the tag metadata and FORMAT_VERSION."""
    sound = {k: v for k, v in dataclasses.asdict(voice).items() if k not in _SCRIPT_ONLY}
    doc = {
        "format": FORMAT_VERSION,
        "voice": sound,
        "utterances": [[u.kind, u.section, u.text, u.spoken, u.pause_after_ms] for u in utterances],
        "story": [
            story.title,
            story.byline,
            story.station,
            story.date,
            story.language,
            story.summary,
            story.url,
        ],
        "sections": [s.title for s in story.sections],
    }
    blob = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def input_fingerprint(options: ArticleOptions) -> str:
    """Everything besides a story file's bytes that decides its files: narrate's and its engine's versions,
    the options, and the contents of every voice profile, lexicon, station profile and cover image narrate
    may read (a change anywhere means "read the story again"). Contents, not paths or times: the same
    narrate installed elsewhere, or a file touched but unchanged, fingerprints the same."""
    roots = [*config.SHIPPED_ROOTS, config.config_dir()]
    chosen = [os.environ.get(config.LEXICON_ENV), options.voice, options.station_profile, options.image]
    roots += [user_path(c) for c in chosen if c]  # checked before the run (pipeline.check_options)
    digest = hashlib.sha256()
    head = [__version__, FORMAT_VERSION, engines(), dataclasses.asdict(options)]
    digest.update(json.dumps(head, sort_keys=True, default=str).encode())
    for n, root in enumerate(roots):
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            with contextlib.suppress(OSError, NarrateError):
                content = read_regular(path, FINGERPRINT_MAX_BYTES)
                name = path.relative_to(root) if path != root else ""
                digest.update(f"{n}\0{name}\0{len(content)}\0".encode() + content)
    return digest.hexdigest()


def engines() -> list[str]:
    """The speech engines' identity, as far as it can differ between installations: their packages'
    versions and the eSpeak NG library chosen (what speak.clips.engine_id says, without a model)."""
    found = [f"{ENGINE_ENV}={os.environ.get(ENGINE_ENV, '').lower()}"]
    found += [f"{dist} {version(dist) or '?'}" for dist in ENGINE_DISTRIBUTIONS]
    return found
