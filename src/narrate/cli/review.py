"""narrate script, say and lexicon: see and hear what the voice will say, and fix it once for the station."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from narrate import folder
from narrate.cli._app import app, err
from narrate.errors import UsageError
from narrate.models import Utterance, VoiceSettings

SOURCES_HELP = (
    "Stories: URLs, saved pages, .txt/.md files, or - for standard input (with --check also OUTDIR)."
)
VOICE_HELP = "A voice profile name or .toml path, or an eSpeak NG voice."


@app.command(
    epilog="Example: narrate script story.html --json > story.jsonl ; narrate script --check stories/",
)
def script(
    sources: Annotated[list[str], typer.Argument(help=SOURCES_HELP)],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per utterance per line.")] = False,
    check: Annotated[bool, typer.Option("--check", help="List the words to check, not the script.")] = False,
    voice: Annotated[str | None, typer.Option("--voice", help=VOICE_HELP)] = None,
    intro: Annotated[bool, typer.Option("--intro/--no-intro", help="Include the intro and outro.")] = True,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URLs reach loopback and private addresses.")
    ] = False,
) -> None:
    """Show the exact utterances sent to the speech engine, after normalisation and the lexicon.

    With --json each line is {source, index, kind, section, text, spoken, pause_after_ms}: text as written in
    the article, spoken as sent to the engine. With --check, list the words a producer should listen to
    (acronyms, names not in eSpeak NG's dictionary nor in the lexicon, words eSpeak would spell out), with
    counts and where they occur (SOURCE:UTTERANCE-INDEX). An OUTDIR of `narrate batch` checks its stories.
    """
    from narrate.pipeline import ArticleOptions, read_story, speakable_only
    from narrate.script import write_script
    from narrate.speak.voices import load_voice

    scripts: dict[str, tuple[Utterance, ...]] = {}
    voices: dict[str, VoiceSettings] = {}
    for source in _expand(sources) if check else sources:
        story = read_story(source, ArticleOptions(voice=voice, intro=intro, allow_private=allow_private))
        spoken_by = load_voice(voice, language=story.language)
        voices[source] = spoken_by
        scripts[source] = speakable_only(write_script(story, spoken_by, intro=intro))
    if check:
        _print_check(scripts, voices)
        return
    for source, utterances in scripts.items():
        if not as_json and len(scripts) > 1:
            typer.echo(f"# {source}")
        for u in utterances:
            typer.echo(_json_line(source, u) if as_json else _text_line(u))


def _json_line(source: str, u: Utterance) -> str:
    return json.dumps(
        {"source": source, "index": u.index, "kind": u.kind, "section": u.section, "text": u.text,
         "spoken": u.spoken, "pause_after_ms": u.pause_after_ms},
        ensure_ascii=False,
    )  # fmt: skip


def _text_line(u: Utterance) -> str:
    line = f"{u.index:>4} {u.kind:<9} {u.spoken}"
    return line + (f"\n{'':>14}(written: {u.text})" if u.spoken != u.text else "")


def _expand(sources: list[str]) -> list[str]:
    """A `narrate batch` OUTDIR stands for the sources its manifest.json lists."""
    out: list[str] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            out.extend(_manifest_sources(path))
        else:
            out.append(source)
    return out


def _manifest_sources(outdir: Path) -> list[str]:
    if not (outdir / folder.MANIFEST_NAME).is_file():
        raise UsageError(
            f"{outdir}: a folder without manifest.json", hint="Give stories or a `narrate batch` OUTDIR."
        )
    return [r.source for r in folder.read_manifest(outdir)]


def _print_check(scripts: dict[str, tuple[Utterance, ...]], voices: dict[str, VoiceSettings]) -> None:
    from narrate.script import lexicon as lex
    from narrate.script import words_to_check

    first = next(iter(voices.values()), None)
    lexicon = lex.load_lexicon(first.lexicon if first else ())
    espeak_voice = _espeak_language(first.voice if first else "en-us")
    words = words_to_check(scripts, lexicon, voice=espeak_voice)
    for w in words:
        where = ", ".join((w.where or [])[:5]) + (" ..." if len(w.where or []) > 5 else "")
        typer.echo(f"{w.word:<24} {w.count:>4}  {w.reason:<11}  {where}")
    err.print(
        f"narrate: {len(words)} words to check in {len(scripts)} stories; fix one with"
        " `narrate lexicon add WORD SPOKEN`",
        markup=False,
    )


def _espeak_language(voice_id: str) -> str:
    """ "gmw/en-US" -> "en-us": the name libespeak-ng's SetVoiceByName takes."""
    return voice_id.rpartition("/")[2].lower() or "en-us"


@app.command(epilog='Example: narrate say "Joy Buolamwini of the ACLU" -o check.mp3')
def say(
    text: Annotated[str, typer.Argument(help="A word or sentence.")],
    voice: Annotated[str | None, typer.Option("--voice", help=VOICE_HELP)] = None,
    out: Annotated[Path, typer.Option("-o", "--out", help="The MP3 to write.")] = Path("say.mp3"),
) -> None:
    """Say one word or sentence as the station's voice and lexicon say it; prints what was spoken."""
    from narrate.audio.assemble import assemble
    from narrate.files import staged, xml_text
    from narrate.pipeline import check_output_dir, speakable
    from narrate.script import spoken_text
    from narrate.speak import speak
    from narrate.speak.voices import load_voice

    text = " ".join(xml_text(text).split())  # control characters are no speech
    settings = load_voice(voice)
    spoken, failure = spoken_text(text, settings)
    if not speakable(spoken):
        raise UsageError(
            f"{text!r}: nothing to say (no letters or digits)",
            hint='Give a word or sentence: narrate say "Hello".',
        )
    utterance = Utterance(index=0, kind="paragraph", section=None, text=text, spoken=spoken, pause_after_ms=0)
    check_output_dir(out)
    with tempfile.TemporaryDirectory(prefix="narrate-say-") as work, staged(out) as tmp:
        clips = speak((utterance,), settings, Path(work))
        audio = assemble(clips, tmp, settings)
    typer.echo(spoken)
    if failure:
        err.print(
            f"WARNING: read as written (normalising it failed: {failure})", markup=False, soft_wrap=True
        )
    err.print(f"narrate: wrote {out} ({audio.duration_ms / 1000:.1f} s)", markup=False)


lexicon_app = typer.Typer(
    help="Edit the station's pronunciation lexicon.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(lexicon_app, name="lexicon")

FORMAT = """The file is TOML:

\b
  [words]                      # written = spoken text, or eSpeak NG phonemes in [[ ]]
  "Buolamwini" = "boo oh lahm wee nee"
  "Ozer" = "[['oUz3]]"
  [ipa]                        # written = IPA, as imported from PLS files
  "Rekognition" = "ˌɹɛkəɡˈnɪʃən"

It lives at $NARRATE_LEXICON, else $XDG_CONFIG_HOME/narrate/lexicon.toml (~/.config/narrate/lexicon.toml)."""


@lexicon_app.command("add", epilog='Example: narrate lexicon add Buolamwini "boo oh lahm wee nee"')
def lexicon_add(
    word: Annotated[str, typer.Argument(help="The word or phrase as written (capitals: matched exactly).")],
    spoken: Annotated[str, typer.Argument(help="How to say it: words, or eSpeak NG phonemes in [[ ]].")],
) -> None:
    """Add or replace a pronunciation in the station's lexicon file."""
    from narrate.script import lexicon as lex

    path = lex.add(word, spoken)
    typer.echo(f"{word} = {spoken}")
    err.print(f"narrate: saved in {path}", markup=False)


@lexicon_app.command(
    "list",
    epilog="Example: narrate lexicon list",
    help=f"Show the station's lexicon and where it lives.\n\n{FORMAT}",
)
def lexicon_list(
    all_entries: Annotated[
        bool, typer.Option("--all", help="Also show the entries shipped with narrate.")
    ] = False,
) -> None:
    from narrate.script import lexicon as lex

    path = lex.station_path()
    typer.echo(f"# {path}{'' if path.exists() else ' (not created yet)'}")
    entries = ([*lex.read_file(lex.SHIPPED)] if all_entries else []) + lex.read_file(path)
    for e in entries:
        value = f"[[{e.value}]]" if e.kind == "espeak" else e.value
        said = f"  (said: {e.spoken})" if e.kind != "text" else ""
        typer.echo(f"{e.written} = {value}{said}" + ("  [ipa]" if e.kind == "ipa" else ""))


@lexicon_app.command("import", epilog="Example: narrate lexicon import station.pls")
def lexicon_import(
    pls: Annotated[Path, typer.Argument(help="A W3C PLS 1.0 file (as Amazon Polly and ElevenLabs take).")],
) -> None:
    """Merge a W3C PLS lexicon (<alias>, or <phoneme> in ipa or x-espeak) into the station's file."""
    from narrate.script import lexicon as lex

    path, count = lex.import_pls(pls)
    typer.echo(f"{count} entries imported into {path}")
