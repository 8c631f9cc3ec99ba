"""narrate article, extract and voices: thin commands over narrate.pipeline."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any

import typer

from narrate import profile as profiling
from narrate.cli._app import app, err
from narrate.errors import NarrateError
from narrate.models import Episode, Story

SOURCE_HELP = "An http(s) URL, a saved .html/.htm page, a .txt/.md story, or - for standard input."
ALLOW_PRIVATE_HELP = "Let URLs reach loopback and private addresses (your own network). Off: refused."


def _progress(quiet: bool) -> Any:
    if quiet:
        return None
    return lambda message: err.print(f"narrate: {message}", markup=False)


@app.command(
    epilog="Example: narrate article examples/amazon-facial-recognition.html -o amazon.mp3 --sidecars"
)
def article(
    source: str = typer.Argument(..., help=SOURCE_HELP),
    out: Path | None = typer.Option(
        None, "-o", "--out", help="The MP3 to write [default: <title-slug>.mp3 here]."
    ),
    voice: str | None = typer.Option(
        None,
        "--voice",
        help="A voice profile (name or .toml), an eSpeak NG voice, or a Piper .onnx model.",
    ),
    rate: int | None = typer.Option(None, "--rate", help="Speaking rate in words per minute."),
    bitrate: int | None = typer.Option(None, "--bitrate", help="MP3 bit rate in kb/s (constant)."),
    title: str | None = typer.Option(None, "--title", help="Use this title instead of the page's."),
    byline: str | None = typer.Option(None, "--byline", help="Use this byline instead of the page's."),
    station: str | None = typer.Option(
        None, "--station", help="Use this station name instead of the page's."
    ),
    url: str | None = typer.Option(None, "--url", help="The story's URL (for a saved page or text)."),
    profile: str | None = typer.Option(
        None, "--profile", help="A station profile name, .toml file or folder."
    ),
    sidecars: bool = typer.Option(
        False, "--sidecars", help="Also write chapters JSON, VTT/SRT captions, HTML transcript."
    ),
    intro: bool = typer.Option(
        True, "--intro/--no-intro", help="Speak the intro (byline, station) and outro."
    ),
    image: Path | None = typer.Option(
        None, "--image", help="Cover art (square JPEG/PNG) to embed in the MP3."
    ),
    timeout: float = typer.Option(20.0, "--timeout", min=0.001, help="Seconds to wait for a URL."),
    max_bytes: int = typer.Option(10_000_000, "--max-bytes", min=1, help="Refuse pages larger than this."),
    allow_private: bool = typer.Option(False, "--allow-private", help=ALLOW_PRIVATE_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    strict: bool = typer.Option(
        False, "--strict", help="Fail if any paragraph cannot be spoken (default: leave it out, warn)."
    ),
) -> None:
    """Narrate one story to a tagged MP3 (with chapters; captions and transcript with --sidecars)."""
    profiling.startup()
    with contextlib.ExitStack() as stack:
        # the speech engines start first, so that their start overlaps the import of the other stages
        with profiling.stage("start the speech engines"):
            from narrate.speak.engines import engines_ahead

            engines = stack.enter_context(engines_ahead(voice, rate=rate, bitrate=bitrate))
        with profiling.stage("import the stages"):
            from narrate.fetch import redact
            from narrate.pipeline import ArticleOptions, narrate_article

        options = ArticleOptions(
            voice=voice,
            rate=rate,
            bitrate=bitrate,
            title=title,
            byline=byline,
            station=station,
            url=url,
            station_profile=profile,
            sidecars=sidecars,
            intro=intro,
            image=image,
            timeout=timeout,
            max_bytes=max_bytes,
            strict=strict,
            allow_private=allow_private,
        )
        episode = narrate_article(source, out, options, _progress(quiet), started=engines)
    for note in () if quiet else episode.notes:
        err.print(f"NOTE: {redact(source)}: {note}", markup=False, soft_wrap=True)
    for warning in episode.warnings:
        err.print(f"WARNING: {redact(source)}: {warning}", markup=False, soft_wrap=True)
    _print_episode(episode, quiet)
    if profiling.enabled():
        for line in profiling.report():
            err.print(f"profile: {line}", markup=False, soft_wrap=True, highlight=False)


def _print_episode(episode: Episode, quiet: bool) -> None:
    """The files written on stdout; a one-line summary on stderr unless quiet."""
    typer.echo(str(episode.audio.path))
    for path in episode.sidecars.values():
        typer.echo(str(path))
    if quiet:
        return
    audio = episode.audio
    err.print(
        f"narrate: {episode.story.title!r}, {audio.duration_ms / 1000:.1f} s, {audio.loudness_lufs:.1f} LUFS,"
        f" {len(episode.utterances)} clips",
        markup=False,
    )


@app.command(epilog="Example: narrate extract examples/amazon-facial-recognition.html --json")
def extract(
    sources: list[str] = typer.Argument(..., help=SOURCE_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line per source."),
    rate: int = typer.Option(175, "--rate", help="Words per minute for the time estimate."),
    profile: str | None = typer.Option(
        None, "--profile", help="A station profile name, .toml file or folder."
    ),
    timeout: float = typer.Option(20.0, "--timeout", min=0.001, help="Seconds to wait for a URL."),
    max_bytes: int = typer.Option(10_000_000, "--max-bytes", min=1, help="Refuse pages larger than this."),
    allow_private: bool = typer.Option(False, "--allow-private", help=ALLOW_PRIVATE_HELP),
) -> None:
    """Show what would be spoken, without speaking: title, byline, station, date, language, sections."""
    from narrate.fetch import redact
    from narrate.pipeline import ArticleOptions, read_story

    failed: NarrateError | None = None
    for source in sources:
        try:
            options = ArticleOptions(
                station_profile=profile, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private
            )
            story = read_story(source, options)
        except NarrateError as exc:
            failed = failed or exc
            if as_json:
                typer.echo(json.dumps({"source": redact(source), "error": str(exc)}, ensure_ascii=False))
            else:
                err.print(f"ERROR: {exc}" + (f" ({exc.hint})" if exc.hint else ""), markup=False)
            continue
        record = story_record(story, rate)
        typer.echo(json.dumps(record, ensure_ascii=False) if as_json else _human(record))
    if failed is not None:
        raise typer.Exit(failed.exit_code)


def story_record(story: Story, rate: int) -> dict[str, Any]:
    """A Story as plain JSON-able data (the `extract --json` line)."""
    words = story.words
    return {
        "source": story.source,
        "url": story.url,
        "title": story.title,
        "byline": story.byline,
        "station": story.station,
        "date": story.date,
        "language": story.language,
        "summary": story.summary,
        "sections": [
            {
                "title": section.title,
                "paragraphs": [p.text for p in section.paragraphs],
                "quotes": [i for i, p in enumerate(section.paragraphs) if p.quote],
            }
            for section in story.sections
        ],
        "words": words,
        "est_seconds": round(words / rate * 60),
    }


def _human(record: dict[str, Any]) -> str:
    lines = [f"# {record['title']}"]
    for key in ("byline", "station", "date", "language", "url"):
        if record[key]:
            lines.append(f"{key.capitalize()}: {record[key]}")
    lines.append(
        f"Words: {record['words']} (about {record['est_seconds'] // 60} min {record['est_seconds'] % 60} s)"
    )
    for section in record["sections"]:
        lines.append("")
        if section["title"]:
            lines.extend([f"## {section['title']}", ""])
        lines.append("\n\n".join(section["paragraphs"]))
    return "\n".join(lines) + "\n"


@app.command(epilog="Example: narrate voices")
def voices(
    as_json: bool = typer.Option(False, "--json", help="As JSON."),
) -> None:
    """List the voice profiles (voices/) and the installed eSpeak NG voices."""
    from narrate.speak.espeak_voices import list_espeak_voices
    from narrate.speak.voices import list_profiles

    profiles = list_profiles()
    espeak = list_espeak_voices()
    if as_json:
        typer.echo(json.dumps({"profiles": profiles, "espeak": espeak}, ensure_ascii=False, default=str))
        return
    typer.echo("Voice profiles:")
    for p in profiles:
        voice, rate = p.get("voice", ""), p.get("rate", "")
        typer.echo(f"  {p['name']:<12} {voice:<14} {rate!s:>4} wpm  {p.get('description', '')}")
    typer.echo(f"\neSpeak NG voices ({len(espeak)}):")
    for v in espeak:
        typer.echo(f"  {v['id']:<20} {v.get('name', '')}  {' '.join(v.get('languages', []))}")
    sys.stdout.flush()
