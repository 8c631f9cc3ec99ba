"""eSpeak NG's phonemes for a text, in-process, from espeakng-loader's libespeak-ng (no CLI needed).

What `espeak-ng -q --ipa` would print, and whether a word comes from eSpeak's English dictionary or from its
spelling rules. Used to judge text normalisation (tests) and by `narrate script --check`.

eSpeak NG can be initialised only once per process, so this module initialises it lazily, once, and keeps
every call under one lock. The speech engine runs in worker processes, so the two never share a library.
"""

from __future__ import annotations

import ctypes
import os
import re
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from narrate.errors import EngineError

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_CHARS_UTF8 = 1
_PHONEMES_IPA = 0x02
_PHONEMES_TRACE = 0x08

_lock = threading.Lock()
_state: dict[str, object] = {}


def _library() -> ctypes.CDLL:
    """Load and initialise libespeak-ng once (RTLD_GLOBAL so its symbols resolve for everyone)."""
    lib = _state.get("lib")
    if isinstance(lib, ctypes.CDLL):
        return lib
    try:
        import espeakng_loader  # noqa: PLC0415  (only when phonemes are asked for)

        lib = ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
        data = espeakng_loader.get_data_path().encode()
    except (ImportError, OSError, RuntimeError) as exc:
        raise EngineError(
            f"libespeak-ng: cannot load eSpeak NG: {exc}",
            hint="Reinstall narrate (it needs espeakng-loader).",
        ) from exc
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_SetPhonemeTrace.argtypes = [ctypes.c_int, ctypes.c_void_p]
    lib.espeak_SetPhonemeTrace.restype = None
    if lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data, 0) < 0:
        raise EngineError("libespeak-ng: eSpeak NG failed to initialise", hint="Reinstall espeakng-loader.")
    _state["lib"] = lib
    return lib


def _set_voice(lib: ctypes.CDLL, voice: str) -> None:
    if _state.get("voice") != voice:
        if lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise EngineError(f"{voice}: eSpeak NG has no such voice", hint="Try en-us, en, es or fr.")
        _state["voice"] = voice


def _translate(lib: ctypes.CDLL, text: str, mode: int) -> str:
    """All clauses of TEXT as phoneme strings, joined by spaces."""
    # the newline ends the last clause: without it eSpeak keeps the last word for the next call
    buf = ctypes.create_string_buffer((text + "\n").encode("utf-8"))
    ptr = ctypes.c_char_p(ctypes.addressof(buf))
    parts: list[str] = []
    while ptr.value:
        out = lib.espeak_TextToPhonemes(ctypes.byref(ptr), _CHARS_UTF8, mode)
        if out:
            parts.append(out.decode("utf-8", "replace").strip())
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=20000)
def phonemes(text: str, voice: str = "en-us", *, ipa: bool = True) -> str:
    """eSpeak NG's phonemes for TEXT (IPA, or eSpeak's own mnemonics), like `espeak-ng -q --ipa`.

    >>> phonemes("hello")
    'həlˈoʊ'
    """
    with _lock:
        lib = _library()
        _set_voice(lib, voice)
        return _translate(lib, text, _PHONEMES_IPA if ipa else 0)


@lru_cache(maxsize=20000)
def in_dictionary(word: str, voice: str = "en-us") -> bool:
    """True when eSpeak NG finds WORD in its dictionary (en_list), not only by spelling rules.

    >>> in_dictionary("the"), in_dictionary("Buolamwini")
    (True, False)
    """
    return f"Found: '{word.lower()}'" in _trace(word, voice)


@lru_cache(maxsize=20000)
def spelled_out(word: str, voice: str = "en-us") -> bool:
    """True when eSpeak NG would say WORD letter by letter (it found no way to read it as a word).

    >>> spelled_out("xkcd"), spelled_out("table")
    (True, False)
    """
    # eSpeak asks itself "Unpronouncable?" of every word; the spelled ones are never translated by its rules
    trace = _trace(word, voice)
    return (
        "Unpronouncable?" in trace and "Translate '" not in trace and f"Found: '{word.lower()}'" not in trace
    )


def _trace(text: str, voice: str) -> str:
    """eSpeak's translation trace for TEXT (its `-X` output): says which words it found in its dictionary."""
    libc = ctypes.CDLL(None)
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.fopen.restype = ctypes.c_void_p
    libc.fclose.argtypes = [ctypes.c_void_p]
    fd, name = tempfile.mkstemp(prefix="narrate-espeak-", suffix=".log")
    os.close(fd)
    try:
        with _lock:
            lib = _library()
            _set_voice(lib, voice)
            stream = libc.fopen(name.encode(), b"w")
            if not stream:
                raise EngineError(f"{name}: cannot open a trace file", hint="Check the temporary folder.")
            lib.espeak_SetPhonemeTrace(_PHONEMES_TRACE, stream)
            try:
                _translate(lib, text, 0)
            finally:
                lib.espeak_SetPhonemeTrace(0, None)
                libc.fclose(stream)
        return Path(name).read_text("utf-8", "replace")
    finally:
        Path(name).unlink(missing_ok=True)


_STRESS = re.compile(r"[ˈˌ]")


def comparable(ipa: str) -> str:
    """IPA with stress marks, word breaks and the word "and" removed, for comparing two readings.

    eSpeak writes "and" as ɐn(d)/ænd; readers say or drop it ("one hundred (and) five"): it never counts.
    """
    words = [_STRESS.sub("", w) for w in re.split(r"[\s_]+", ipa) if w]
    return "".join(w for w in words if w not in _AND)


_AND = {"ɐnd", "ænd", "ɐn", "ən", "ənd", "and", "n"}


def same_reading(spoken: str, expected: str, voice: str = "en-us") -> bool:
    """True when eSpeak NG says SPOKEN and EXPECTED alike (stress and "and" ignored)."""
    return comparable(phonemes(spoken, voice)) == comparable(phonemes(expected, voice))
