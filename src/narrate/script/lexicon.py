"""The pronunciation lexicon: a word or phrase -> what the engine is told to say.

Entries come from three places, later ones winning: the entries shipped with narrate
(narrate/data/lexicon.toml), the voice profile's [lexicon] table, and the station's lexicon file
($NARRATE_LEXICON, else $XDG_CONFIG_HOME/narrate/lexicon.toml, else ~/.config/narrate/lexicon.toml), which
`narrate lexicon add` and `narrate lexicon import` edit. File format (TOML):

    [words]                       # written = spoken text, or eSpeak NG phonemes in [[ ]]
    "Buolamwini" = "boo oh lahm wee nee"
    "Ozer" = "[[’oUz3]]"
    [ipa]                         # written = IPA (what a PLS file with alphabet="ipa" holds)
    "Rekognition" = "ˌɹɛkəɡˈnɪʃən"

Matching is whole-word and longest phrase first; an entry written all in lower case matches any case, one
with capitals matches only that spelling ("US" the country, not "us"). A possessive 's is kept.

pyttsx3 hands text to eSpeak NG without its phoneme flag, so [[ ]] would be read out as letters: phoneme
entries are turned into an English respelling that eSpeak reads back close to the phonemes.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from narrate import config
from narrate.errors import UsageError, VoiceError
from narrate.files import write_text

SHIPPED = config.SHIPPED_LEXICON
ENV = config.LEXICON_ENV
PLS_NS = "http://www.w3.org/2005/01/pronunciation-lexicon"
HINT = "See `narrate lexicon list` for the file and its format."


@dataclass(frozen=True)
class Entry:
    """One lexicon entry. `kind`: "text" (a respelling), "espeak" (eSpeak NG mnemonics) or "ipa"."""

    written: str
    value: str
    kind: str = "text"

    @property
    def spoken(self) -> str:
        """What the engine is told to say for this entry."""
        if self.kind == "ipa":
            return respell_ipa(self.value)
        if self.kind == "espeak":
            return respell_ipa(espeak_to_ipa(self.value))
        return self.value


def entry(written: str, spoken: str) -> Entry:
    """An entry from a written form and a spoken value; "[[...]]" means eSpeak NG phonemes."""
    found = re.fullmatch(r"\s*\[\[(.*)\]\]\s*", spoken)
    return (
        Entry(written.strip(), found.group(1).strip(), "espeak") if found else Entry(written.strip(), spoken)
    )


@dataclass(frozen=True)
class Lexicon:
    """Entries by written form; `apply` rewrites a text with them."""

    entries: Mapping[str, Entry] = field(default_factory=dict)

    def merged(self, other: Iterable[Entry]) -> Lexicon:
        return Lexicon({**self.entries, **{e.written: e for e in other}})

    def apply(self, text: str) -> str:
        """TEXT with every entry's written form replaced by its spoken form.

        >>> Lexicon({"ACLU": Entry("ACLU", "A C L U")}).apply("the ACLU's lawyers")
        "the A C L U's lawyers"
        """
        if not self.entries:
            return text
        pattern, table = _compiled(tuple(sorted(self.entries.items())))
        return pattern.sub(lambda m: _capitalised(m, _lookup(table, m.group(1))) + (m.group(2) or ""), text)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.entries or word.lower() in self.entries)


def _capitalised(m: re.Match[str], spoken: str) -> str:
    """A sentence's capital stays a capital ("Rekognition is" -> "Recognition is"), for `narrate script`."""
    before = m.string[: m.start()].rstrip(" \"“‘'(")
    starts_sentence = not before or before[-1] in ".!?:"
    if starts_sentence and m.group(1)[:1].isupper() and spoken[:1].islower():
        return spoken[:1].upper() + spoken[1:]
    return spoken


def _lookup(table: Mapping[str, str], matched: str) -> str:
    """The spoken form for a match: entries with capitals are keyed as written, others in lower case."""
    written = " ".join(matched.split())
    return table[written] if written in table else table[written.lower()]


_CACHE: dict[tuple[tuple[str, Entry], ...], tuple[re.Pattern[str], dict[str, str]]] = {}


def _compiled(items: tuple[tuple[str, Entry], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regular expression for all entries, longest first; case-sensitive for entries with capitals."""
    if items in _CACHE:
        return _CACHE[items]
    table: dict[str, str] = {}
    alternatives = []
    for written, item in sorted(items, key=lambda kv: -len(kv[0])):
        escaped = r"\s+".join(re.escape(w) for w in written.split())
        if written == written.lower():
            alternatives.append(f"(?i:{escaped})")
            table[" ".join(written.split())] = item.spoken
        else:
            alternatives.append(escaped)
            table[" ".join(written.split())] = item.spoken
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(alternatives) + r")(['’]s)?(?![\w-])")
    _CACHE[items] = (pattern, table)
    return pattern, table


# --- files ----------------------------------------------------------------------------------------


def station_path() -> Path:
    """Where the station's lexicon file lives (it need not exist yet)."""
    return config.lexicon_path()


def read_file(path: Path) -> list[Entry]:
    """The entries of a lexicon TOML file ([words] and [ipa] tables)."""
    data = config.read_toml(path, "lexicon", known=("words", "ipa"), hint=HINT, missing_ok=True)
    entries = []
    for table, kind in (("words", "text"), ("ipa", "ipa")):
        for written, value in _table(path, data.get(table, {}), table).items():
            entries.append(entry(written, value) if kind == "text" else Entry(written, value, "ipa"))
    return entries


def _table(path: Path, table: object, name: str) -> dict[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise VoiceError(f"{path}: [{name}] must map words to strings", hint='e.g. "ACLU" = "A C L U"')
    return table


def write_file(path: Path, entries: Iterable[Entry]) -> None:
    """Write ENTRIES as a lexicon TOML file (sorted, one per line), atomically."""
    words = sorted((e for e in entries if e.kind != "ipa"), key=lambda e: e.written.lower())
    ipa = sorted((e for e in entries if e.kind == "ipa"), key=lambda e: e.written.lower())
    lines = [
        "# narrate pronunciation lexicon: written = spoken. See `narrate lexicon list --help`.",
        "",
        "[words]",
    ]
    lines += [
        f"{_toml(e.written)} = {_toml(f'[[{e.value}]]' if e.kind == 'espeak' else e.value)}" for e in words
    ]
    if ipa:
        lines += ["", "[ipa]", *(f"{_toml(e.written)} = {_toml(e.value)}" for e in ipa)]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, "\n".join(lines) + "\n")


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML escapes)."""
    return json.dumps(text, ensure_ascii=False)


def load_lexicon(voice_entries: Iterable[tuple[str, str]] = (), *, station: Path | None = None) -> Lexicon:
    """Shipped entries, then the voice profile's, then the station file's (later ones win)."""
    lexicon = Lexicon().merged(read_file(SHIPPED))
    lexicon = lexicon.merged(entry(w, s) for w, s in voice_entries)
    return lexicon.merged(read_file(station or station_path()))


def add(written: str, spoken: str, *, path: Path | None = None) -> Path:
    """Add or replace one entry in the station file; returns the file's path."""
    if not written.strip() or not spoken.strip():
        raise UsageError(f"{written!r}: a lexicon entry needs a word and how to say it", hint=HINT)
    target = path or station_path()
    entries = {e.written: e for e in read_file(target)}
    new = entry(written, spoken)
    entries[new.written] = new
    write_file(target, entries.values())
    return target


# --- W3C PLS 1.0 ----------------------------------------------------------------------------------


def read_pls(path: Path) -> list[Entry]:
    """Entries of a W3C Pronunciation Lexicon Specification 1.0 file (alias, or phoneme in ipa / x-espeak)."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such file", hint="Give the path of a .pls file.") from exc
    except (OSError, ET.ParseError) as exc:
        raise UsageError(
            f"{path}: not a PLS lexicon: {exc}", hint="A PLS file is XML with <lexicon>."
        ) from exc
    if _local(root.tag) != "lexicon":
        raise UsageError(
            f"{path}: not a PLS lexicon (root is <{_local(root.tag)}>)", hint="Expected <lexicon>."
        )
    default_alphabet = root.get("alphabet", "ipa")
    entries: list[Entry] = []
    for lexeme in root.iter(f"{{{PLS_NS}}}lexeme") if root.tag.startswith("{") else root.iter("lexeme"):
        entries.extend(_lexeme(path, lexeme, default_alphabet))
    return entries


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _lexeme(path: Path, lexeme: ET.Element, default_alphabet: str) -> list[Entry]:
    children = {_local(c.tag): c for c in reversed(list(lexeme))}  # the first of each kind
    graphemes = [(c.text or "").strip() for c in lexeme if _local(c.tag) == "grapheme"]
    alias, phoneme = children.get("alias"), children.get("phoneme")
    if alias is not None and (alias.text or "").strip():
        return [Entry(g, (alias.text or "").strip()) for g in graphemes if g]
    if phoneme is None or not (phoneme.text or "").strip():
        return []
    alphabet = phoneme.get("alphabet", default_alphabet).lower()
    kind = {"ipa": "ipa", "x-espeak": "espeak"}.get(alphabet)
    if kind is None:
        raise UsageError(
            f"{path}: alphabet {alphabet!r} is not supported",
            hint='Use alphabet="ipa" or "x-espeak", or <alias>.',
        )
    return [Entry(g, (phoneme.text or "").strip(), kind) for g in graphemes if g]


def import_pls(pls: Path, *, path: Path | None = None) -> tuple[Path, int]:
    """Merge a PLS file's entries into the station file; returns (the file, how many entries)."""
    new = read_pls(pls)
    target = path or station_path()
    entries = {e.written: e for e in read_file(target)}
    entries.update({e.written: e for e in new})
    write_file(target, entries.values())
    return target, len(new)


# --- phonemes -> respelling ---------------------------------------------------------------------

# eSpeak NG English mnemonics -> IPA (longest first when converting)
_ESPEAK_IPA = {
    "aI@": "aɪə", "aU@": "aʊə", "i@3": "ɪɹ", "e@": "eə", "i@": "ɪə", "U@": "ʊə", "aI": "aɪ", "aU": "aʊ",
    "OI": "ɔɪ", "eI": "eɪ", "oU": "oʊ", "O@": "ɔːɹ", "A@": "ɑːɹ", "3:": "ɜː", "A:": "ɑː", "O:": "ɔː",
    "i:": "iː", "u:": "uː", "tS": "tʃ", "dZ": "dʒ", "@L": "əl", "@2": "ə", "@5": "ə", "a#": "ə", "I2": "ɪ",
    "I#": "ɪ", "E2": "ɛ", "0": "ɑ", "3": "ɚ", "@": "ə", "a": "æ", "A": "ɑ", "E": "ɛ", "I": "ɪ", "O": "ɔ",
    "U": "ʊ", "V": "ʌ", "T": "θ", "D": "ð", "S": "ʃ", "Z": "ʒ", "N": "ŋ", "r": "ɹ", "'": "ˈ", ",": "ˌ",
    "-": "",
}  # fmt: skip

# IPA -> English letters eSpeak reads back as that sound
_IPA_LETTERS = {
    "aɪə": "ire", "aʊə": "our", "eɪ": "ay", "aɪ": "eye", "ɔɪ": "oy", "aʊ": "ow", "oʊ": "oh", "əʊ": "oh",
    "ɪə": "eer", "eə": "air", "ʊə": "oor", "ɑːɹ": "ar", "ɔːɹ": "or", "ɜːɹ": "er", "tʃ": "ch", "dʒ": "j",
    "iː": "ee", "uː": "oo", "ɑː": "ah", "ɔː": "aw", "ɜː": "er", "i": "ee", "ɪ": "i", "e": "e", "ɛ": "e",
    "æ": "a", "ɑ": "ah", "ɒ": "o", "ɔ": "aw", "ʊ": "u", "u": "oo", "ʌ": "u", "ə": "uh", "ɐ": "uh", "ɚ": "er",
    "ᵻ": "i", "ɝ": "er", "θ": "th", "ð": "th", "ʃ": "sh", "ʒ": "zh", "ŋ": "ng", "ɹ": "r", "r": "r", "ɾ": "t",
    "j": "y", "ɡ": "g", "g": "g", "p": "p", "b": "b", "t": "t", "d": "d", "k": "k", "f": "f", "v": "v",
    "s": "s", "z": "z", "h": "h", "m": "m", "n": "n", "l": "l", "w": "w", "x": "k", "ç": "h", "ʔ": "",
}  # fmt: skip
_VOWEL_START = set("aeiouɪɛæɑɒɔʊʌəɐɚᵻɝ")


def espeak_to_ipa(mnemonics: str) -> str:
    """eSpeak NG's English phoneme mnemonics as IPA (enough for respelling).

    >>> espeak_to_ipa("h@l'oU")
    'həlˈoʊ'
    """
    out, i = [], 0
    keys = sorted(_ESPEAK_IPA, key=len, reverse=True)
    while i < len(mnemonics):
        for key in keys:
            if mnemonics.startswith(key, i):
                out.append(_ESPEAK_IPA[key])
                i += len(key)
                break
        else:
            out.append(mnemonics[i])
            i += 1
    return "".join(out)


def respell_ipa(ipa: str) -> str:
    """IPA as English letters, one chunk per syllable, that eSpeak NG reads back close to it.

    >>> respell_ipa("ˌbuːoʊlɑːmˈwiːni")
    'boo oh lahm wee nee'
    """
    words = []
    for word in ipa.replace(".", " ").split():
        # eSpeak puts stress marks before the vowel, not at the syllable's start: syllables come from vowels
        phones = _segment(word.replace("ˈ", "").replace("ˌ", ""))
        words.append(" ".join(_syllables(phones)))
    return " ".join(w for w in words if w)


def _segment(ipa: str) -> list[str]:
    keys = sorted(_IPA_LETTERS, key=len, reverse=True)
    phones, i = [], 0
    while i < len(ipa):
        if ipa[i] == " ":
            phones.append(" ")
            i += 1
            continue
        for key in keys:
            if ipa.startswith(key, i):
                phones.append(key)
                i += len(key)
                break
        else:
            i += 1  # a mark with no English letters (length, tie, syllabic): leave it out
    return phones


def _syllables(phones: list[str]) -> list[str]:
    """Group phones into consonants + vowel (+ a final consonant when the next one starts no syllable)."""
    chunks: list[list[str]] = [[]]
    for phone in phones:
        if phone == " ":
            chunks.append([])
            continue
        chunk = chunks[-1]
        has_vowel = any(p[0] in _VOWEL_START for p in chunk)
        if phone[0] in _VOWEL_START and has_vowel:
            # move one consonant over to start the new syllable
            carry = [chunk.pop()] if chunk and chunk[-1][0] not in _VOWEL_START else []
            chunks.append([*carry, phone])
        else:
            chunk.append(phone)
    return [
        "".join(_letters(p, i == len(chunk) - 1) for i, p in enumerate(chunk)) for chunk in chunks if chunk
    ]


# short vowels spelled one way at a syllable's end ("reh") and another before a consonant ("rek")
_OPEN = {"ɪ": "ih", "ᵻ": "ih", "ɛ": "eh", "e": "eh", "ʌ": "uh", "ə": "uh", "ɐ": "uh", "ʊ": "oo"}
_CLOSED = {"ʌ": "u", "ə": "u", "ɐ": "u"}


def _letters(phone: str, last: bool) -> str:
    if last and phone in _OPEN:
        return _OPEN[phone]
    return _CLOSED.get(phone) or _IPA_LETTERS[phone]
