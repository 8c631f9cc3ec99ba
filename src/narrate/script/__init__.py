"""The script stage: a Story -> the utterances the engine will say, in order, with the pauses after them.

Each utterance keeps the article's own text (`text`, what captions and the transcript show) apart from what
the engine is told (`spoken`: the lexicon applied, then the text normalised for speech). The title comes
first, then an intro from the metadata, the sections' headings and paragraphs, and an outro with the date.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

from narrate.display import display_date, primary_language, said_names
from narrate.errors import VoiceError
from narrate.models import Story, Utterance, UtteranceKind, VoiceSettings
from narrate.script.lexicon import Lexicon, load_lexicon
from narrate.script.normalize import japanese, normalize
from narrate.script.passages import fold, fold_shapes, passage_language
from narrate.script.phonemes import in_dictionary as known
from narrate.script.phonemes import spelled_out as spelled
from narrate.sentences import UNSPACED
from narrate.words import word_ranks

TEMPLATE_FIELDS = ("title", "byline", "station", "date", "date_iso", "byline_phrase", "station_phrase",
                   "date_phrase")  # fmt: skip


def write_script(
    story: Story, voice: VoiceSettings, *, intro: bool = True, lexicon: Lexicon | None = None
) -> tuple[Utterance, ...]:
    """The utterances for STORY in the order they are spoken; `intro=False` leaves out intro and outro.

    `lexicon`: the pronunciations to use; by default narrate's own, the voice profile's and the station's.
    """
    say = _Speaker(
        lexicon if lexicon is not None else load_lexicon(voice.lexicon), speech_language(voice, story)
    )
    plan: list[_Line] = [_Line("title", None, story.title)]
    fields = template_fields(story, say.language)
    if intro:
        plan += _intro(voice, fields, story.title)
    for number, section in enumerate(story.sections):
        if section.title:
            plan.append(_Line("heading", number, section.title))
        for paragraph in section.paragraphs:
            if paragraph.text.strip():
                plan.append(_Line("quote" if paragraph.quote else "paragraph", number, paragraph.text))
    if intro:
        outro = render(voice.outro, fields, "outro", voice.profile)
        if outro:
            plan.append(_Line("outro", None, outro))
    utterances = []
    for i, line in enumerate(plan):
        folded = fold(line.text)
        language = passage_language(folded, say.language)
        spoken, failure = say.checked(folded, quote=line.kind == "quote" and voice.announce_quotes,
                                      language=language)  # fmt: skip
        utterances.append(
            Utterance(
                index=i,
                kind=line.kind,
                section=line.section,
                text=fold_shapes(line.text).strip(),
                spoken=spoken,
                pause_after_ms=_pause(line, plan[i + 1] if i + 1 < len(plan) else None, voice),
                language=language,
                read_as_written=failure,
            )
        )
    return tuple(utterances)


@dataclass(frozen=True)
class _Line:
    kind: UtteranceKind
    section: int | None
    text: str


@dataclass(frozen=True)
class _Speaker:
    """Text -> spoken text: the lexicon first (its entries are the station's word), then normalisation."""

    lexicon: Lexicon
    language: str | None

    def __call__(self, text: str, *, quote: bool = False, language: str | None = None) -> str:
        """TEXT as spoken; LANGUAGE: a passage's own language, when it is not the voice's."""
        return self.checked(text, quote=quote, language=language)[0]

    def checked(self, text: str, *, quote: bool = False, language: str | None = None) -> tuple[str, str]:
        """TEXT as spoken, and "" or why normalising it failed.

        A rule that fails on a paragraph (a bug, which the fuzz campaigns exist to find) costs that paragraph
        its normalisation, not the story: it is read as written, and the utterance says why (the pipeline
        turns that into a warning on stderr and in the batch manifest item).
        """
        written = self.lexicon.apply(text.strip())
        failure = ""
        try:
            spoken = normalize(written, language or self.language)
        except Exception as exc:  # any rule's failure: the paragraph is still spoken
            failure = f"{type(exc).__name__}: {exc}"
            spoken = written
        return (f"Quote. {spoken} End quote." if quote else spoken), failure


def spoken_text(text: str, voice: VoiceSettings, *, language: str | None = None,
                lexicon: Lexicon | None = None) -> tuple[str, str]:  # fmt: skip
    """One text as the voice would say it (for `narrate say`), and "" or why normalising it failed."""
    speaker = _Speaker(
        lexicon if lexicon is not None else load_lexicon(voice.lexicon), language or speech_language(voice)
    )
    return speaker.checked(text)


def script_notes(utterances: tuple[Utterance, ...], voice: VoiceSettings, story: Story) -> tuple[str, ...]:
    """One-line notes on what the voice will not say right: kanji left for eSpeak NG's Japanese voice (no
    pykakasi), which it says as "Chinese letter"."""
    language = speech_language(voice, story)
    unread = any(japanese.unread_kanji(u.spoken, u.language or language) for u in utterances)
    return (japanese.NOTE,) if unread else ()


def speech_language(voice: VoiceSettings, story: Story | None = None) -> str | None:
    """The language the text is spoken in: the eSpeak voice's ("gmw/en-US" -> "en-US"), else the story's.

    The voice decides, not the page: an English voice reading a page detected as something else still
    needs English numbers, and a Spanish voice must not be given English words for them.

    >>> speech_language(VoiceSettings("p", "roa/es")), speech_language(VoiceSettings("p", "gmw/en-US"))
    ('es', 'en-US')
    """
    tag = voice.voice.rpartition("/")[2]
    if re.fullmatch(r"[a-zA-Z]{2,3}(-[A-Za-z0-9-]+)?", tag):
        return tag
    return story.language if story else None


def _pause(line: _Line, following: _Line | None, voice: VoiceSettings) -> int:
    """Silence after LINE: none at the end, a section's pause before a new section, else by kind."""
    if following is None:
        return 0
    if line.kind in {"title", "intro"}:
        return voice.pause_title_ms
    if following.kind == "outro" or (following.section is not None and following.section != line.section):
        return voice.pause_section_ms
    if line.kind == "heading":
        return voice.pause_title_ms
    return voice.pause_paragraph_ms


def _intro(voice: VoiceSettings, fields: Mapping[str, str], title: str) -> list[_Line]:
    text = render(voice.intro, fields, "intro", voice.profile)
    # the title is always its own utterance first: a template that starts with it must not say it twice
    head = title.strip().rstrip(".!?")
    if head and text.startswith(head):
        text = text[len(head) :].lstrip(" .!?:;,-–—")
    return [_Line("intro", None, text)] if text.strip() else []


def render(template: str, fields: Mapping[str, str], name: str, profile: str) -> str:
    """Fill a profile's intro/outro template; an unknown {field} is the profile's error.

    >>> render("{byline_phrase}{station_phrase}", {"byline_phrase": "By A, ", "station_phrase": "B."}, "", "")
    'By A, B.'
    """
    try:
        keys = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        missing = [k for k in keys if k not in fields]
        if missing:
            raise KeyError(missing[0])
        return " ".join(template.format_map(fields).split())
    except (KeyError, ValueError, IndexError) as exc:
        raise VoiceError(
            f"{profile}: the {name} template {template!r} has an unknown field {exc}",
            hint="Use " + ", ".join("{" + f + "}" for f in TEMPLATE_FIELDS) + ".",
        ) from exc


# The intro/outro phrases in the languages whose pages narrate is shown on. Other languages get the names
# and the date alone (_NAMES_ONLY): English words there are read by that language's rules, or, by the
# Japanese voice, spelled out letter by letter ("B Y").
_PHRASES: dict[str, dict[str, str]] = {
    "en": {"by": "By {b}, ", "by_only": "By {b}.", "for": "for {s}.", "from": "From {s}.",
           "published": "Published {d}."},
    "es": {"by": "Por {b}, ", "by_only": "Por {b}.", "for": "para {s}.", "from": "De {s}.",
           "published": "Publicado el {d}."},
    "fr": {"by": "Par {b}, ", "by_only": "Par {b}.", "for": "pour {s}.", "from": "De {s}.",
           "published": "Publié le {d}."},
    "de": {"by": "Von {b}, ", "by_only": "Von {b}.", "for": "für {s}.", "from": "Von {s}.",
           "published": "Veröffentlicht am {d}."},
}  # fmt: skip
# "From" before a station named with its article: French and German contract them ("De Les Echos" is "Des
# Echos", "De Le Monde" "Du Monde"; "Von Der Spiegel" is "Vom Spiegel", "Von Die Zeit" "Von der Zeit")
_CONTRACTIONS = {
    "fr": ((r"^De (?i:les) (?=\w)", "Des "), (r"^De (?i:le) (?=\w)", "Du ")),
    "de": ((r"^Von (?i:der|das) (?=\w)", "Vom "), (r"^Von (?i:die) (?=\w)", "Von der ")),
}
_NAMES_ONLY = {"by": "{b}, ", "by_only": "{b}.", "for": "{s}.", "from": "{s}.", "published": "{d}."}


def template_fields(story: Story, language: str | None = None) -> dict[str, str]:
    """The intro/outro template fields for STORY (empty strings where the story has no such data), in
    LANGUAGE (the voice's; by default the story's) where narrate knows its phrases (English, Spanish,
    French, German; other languages get the names and the date alone). A byline that only repeats the
    station is not said twice.

    >>> story = Story("s", None, "T", "Bobby Allyn", "Alabama Public Radio", "2021-06-12", "en", None, ())
    >>> f = template_fields(story)
    >>> f["byline_phrase"] + f["station_phrase"], f["date_phrase"]
    ('By Bobby Allyn, for Alabama Public Radio.', 'Published June 12, 2021.')
    >>> es = Story("s", None, "T", "Lucía Pérez", "Radio Sur", "2024-03-05", "es-ES", None, ())
    >>> f = template_fields(es)
    >>> f["byline_phrase"] + f["station_phrase"], f["date_phrase"]
    ('Por Lucía Pérez, para Radio Sur.', 'Publicado el 5 de marzo de 2024.')
    >>> ja = Story("s", None, "T", "読売新聞オンライン", "読売新聞オンライン", "2024-12-03", "ja", None, ())
    >>> f = template_fields(ja)
    >>> f["byline_phrase"] + f["station_phrase"], f["date_phrase"]
    ('読売新聞オンライン.', '2024-12-03.')
    """
    lang = primary_language(language or story.language)
    phrase = _PHRASES.get(lang, _NAMES_ONLY)
    # the phrases end the names with their own punctuation ("for Dow Jones & Co.." otherwise)
    byline = said_names((story.byline or "").strip(), story.language).rstrip(" .,;:")
    station = (story.station or "").strip().rstrip(" .,;:")
    said = "" if _same_name(byline, station) else byline  # not "By Reuters, for Reuters."
    date = human_date(story.date, lang)
    byline_phrase = (phrase["by"] if station else phrase["by_only"]).format(b=said) if said else ""
    station_phrase = (phrase["for"] if said else phrase["from"]).format(s=station) if station else ""
    for pattern, contracted in _CONTRACTIONS.get(lang, ()):
        station_phrase = re.sub(pattern, contracted, station_phrase)
    return {
        "title": story.title.strip(),
        "byline": byline,
        "station": station,
        "date": date,
        "date_iso": (story.date or "")[:10],
        "byline_phrase": byline_phrase,
        "station_phrase": station_phrase,
        "date_phrase": phrase["published"].format(d=date) if date else "",
    }


# a company's legal form names no other company: "Nikkei Inc." is Nikkei, "日本経済新聞社" (社, "company")
# is 日本経済新聞, "株式会社読売新聞" is 読売新聞
_LEGAL_FORM = re.compile(
    r"^(?:株式会社|the\s+)|(?:(?:\W+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|company|plc|ag|s\.?a))+\W*"
    r"|株式会社|社)$"
)


def _same_name(a: str, b: str) -> bool:
    """A and B are one name, whatever the case, spaces, punctuation and legal form ("BBC News" and "BBC
    news.", "日本経済新聞社" and "日本経済新聞").

    >>> _same_name("日本経済新聞社", "日本経済新聞"), _same_name("The Nikkei Co., Ltd.", "Nikkei")
    (True, True)
    >>> _same_name("通信", "通信社"), _same_name("Costco", "Cost"), _same_name("社", "")
    (True, False, False)
    """

    def key(name: str) -> str:
        bare = _LEGAL_FORM.sub("", name.casefold().strip())
        return "".join(c for c in bare if c.isalnum())

    return bool(key(a)) and key(a) == key(b)


def human_date(iso: str | None, language: str = "en") -> str:
    """ "2021-06-12" -> "June 12, 2021" (normalisation then says "June twelfth, twenty twenty-one"), in the
    language of the intro's phrases (the transcript's date words, so both say the same date).

    >>> human_date("2021-06-12T09:00:00Z"), human_date("2021"), human_date(None)
    ('June 12, 2021', '2021', '')
    >>> human_date("2021-06-12", "fr")
    '12 juin 2021'
    """
    return (display_date(iso, language) or "").strip()


# --- review: words a producer should check --------------------------------------------------------


@dataclass
class WordToCheck:
    """A word the voice may say wrong: why, how often, and where (source:utterance index)."""

    word: str
    reason: str  # "acronym", "name" or "spelled out"
    count: int = 0
    where: list[str] | None = None


def words_to_check(
    scripts: Mapping[str, tuple[Utterance, ...]], lexicon: Lexicon, *, voice: str = "en-us"
) -> list[WordToCheck]:
    """Words in SCRIPTS (source -> utterances) worth a listen, most frequent first.

    All-capitals acronyms, and capitalised names eSpeak NG does not have in its dictionary, that the lexicon
    does not cover; and any word eSpeak NG would spell out letter by letter.
    """
    # titles and headings are in Title Case: their capitals say nothing about names
    texts = {
        (src, u.index): u.text
        for src, utts in scripts.items()
        for u in utts
        if u.kind not in {"title", "heading"}
    }
    lower_words = {w for t in texts.values() for w, _ in _words(t) if w.islower()}
    found: dict[str, WordToCheck] = {}
    for (source, index), text in texts.items():
        for word, starts_sentence in _words(text):
            if word in lexicon:
                continue
            reason = _reason(word, starts_sentence, lower_words, voice)
            if reason:
                item = found.setdefault(word, WordToCheck(word, reason, 0, []))
                item.count += 1
                if item.where is not None and f"{source}:{index}" not in item.where:
                    item.where.append(f"{source}:{index}")
    return sorted(found.values(), key=lambda w: (-w.count, w.word.lower()))


_CALENDAR = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}  # fmt: skip


def _words(text: str) -> list[tuple[str, bool]]:
    """(word without a possessive 's, whether it starts a sentence) for every word of TEXT, in any alphabet
    (they had been cut at every letter outside A-Z: "Bernabé" was "Bernab", "Präsident" "Pr" and "sident");
    Chinese and Japanese, written without spaces, have no words here.

    >>> _words("Präsident Bernabé's US-Kurs. Müller")
    [('Präsident', True), ('Bernabé', False), ('US-Kurs', False), ('Müller', True)]
    """
    words = []
    for m in _WORD.finditer(text):
        word = re.sub(r"['’]s$", "", m.group(0))
        before = text[: m.start()].rstrip(" \"“‘'(")
        words.append((word, not before or before[-1] in ".!?:"))
    return words


_LETTER = rf"(?![{UNSPACED}\uac00-\ud7af])[^\W\d_]"  # a letter, but not kana, Han, Hangul
_WORD = re.compile(rf"{_LETTER}(?:{_LETTER}|['’-](?={_LETTER}))*")

# a capitalised word among the most common English words (Washington, Congress, Smith) is read right by
# eSpeak NG's rules; rarer names (Buolamwini, Ozer) are the ones worth a listen
COMMON_WORDS = 40_000


def _reason(word: str, starts_sentence: bool, lower_words: set[str], voice: str) -> str | None:
    if len(word) >= 2 and word.isupper():
        return "acronym"
    if len(word) > 1 and spelled(word, voice):
        return "spelled out"
    if "-" in word:
        return None  # compounds: eSpeak says each part
    if (
        not voice.lower().startswith(("de", "lb"))  # German capitalises every noun: no sign of a name
        and word[0].isupper()
        and not starts_sentence
        and word.lower() not in lower_words
        and word not in _CALENDAR
        and word_ranks().get(word.lower(), COMMON_WORDS) >= COMMON_WORDS
        and not known(word, voice)
    ):
        return "name"
    return None
