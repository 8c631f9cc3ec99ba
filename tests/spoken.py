"""How a pair is compared: eSpeak NG's phonemes for normalize(written) against those for the spoken side
(stress, word breaks and punctuation aside), as tests/test_normalize.py and normalize_score.py do."""

from __future__ import annotations

from narrate.script.normalize import normalize
from narrate.script.phonemes import comparable, phonemes


def heard_as(text: str, spoken: str, language: str) -> bool:
    voice = "en-us" if language == "en" else language
    return comparable(phonemes(normalize(text, language), voice)) == comparable(phonemes(spoken, voice))
