"""Transcripts: the story as written, as plain text (the MP3's USLT frame) and as an accessible HTML page.

Both show the article's own words (Utterance.text), never the spoken form that normalisation and the
lexicon produce, in the order they are heard.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

from narrate.display import (
    BY_WORDS,
    WORDS,
    Words,
    calendar_day,
    display_date,
    primary_language,
    said_names,
    words_for,
)
from narrate.models import Story, Utterance

BlockKind = Literal["heading", "paragraph", "quote"]


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or block quote of the body, with the index of its section."""

    kind: BlockKind
    text: str
    section: int | None
    language: str | None = None  # a passage in another language than the page's

    @property
    def lang_attrs(self) -> str:
        """` lang=".." dir="auto"` for a passage in another language: screen readers switch voice on it."""
        return f' lang="{_esc(self.language)}" dir="auto"' if self.language else ""


def body_blocks(story: Story, utterances: tuple[Utterance, ...]) -> list[Block]:
    """The body as spoken: headings, paragraphs and quotes of the script (the story's, if it has none)."""
    blocks = [
        Block(u.kind, u.text, u.section, u.language)
        for u in utterances
        if u.kind in ("heading", "paragraph", "quote") and u.text.strip()
    ]
    if blocks:
        return blocks
    for number, section in enumerate(story.sections):
        if section.title:
            blocks.append(Block("heading", section.title, number))
        blocks.extend(Block("quote" if p.quote else "paragraph", p.text, number) for p in section.paragraphs)
    return blocks


def byline_text(story: Story) -> str | None:
    """ "By A and B" (in the story's language where known), or None.

    >>> byline_text(Story("s", None, "T", "Ana Ruiz", None, None, "es", None, ()))
    'Por Ana Ruiz'
    """
    if not story.byline:
        return None
    primary = primary_language(story.language)
    by = WORDS[primary].by if primary in WORDS else BY_WORDS.get(primary)
    names = said_names(story.byline, story.language)
    return f"{by} {names}" if by else names


def meta_line(story: Story) -> str:
    """Byline, station and date on one line, separated by middle dots (empty if the story has none)."""
    parts = [byline_text(story), story.station, display_date(story.date, story.language)]
    return " · ".join(p for p in parts if p)


def transcript_text(story: Story, utterances: tuple[Utterance, ...]) -> str:
    """The plain-text transcript: headline, the byline/station/date line, then headings and paragraphs
    as written, blank lines between them."""
    head = [story.title]
    if meta := meta_line(story):
        head.append(meta)
    parts = ["\n".join(head), *(b.text for b in body_blocks(story, utterances))]
    return "\n\n".join(parts) + "\n"


_CSS = """
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfc; --muted: #4a4a4a; --rule: #767676;
  --link: #0b57d0; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #ececec; --bg: #161616; --muted: #c4c4c4; --rule: #8f8f8f; --link: #8ab4f8; } }
html { font-size: 112.5%; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font-family: Georgia, "Times New Roman", serif; line-height: 1.6; }
header, main, footer { max-width: 38rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; }
h1, h2 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.25; }
h1 { font-size: 1.9rem; margin: 0 0 .75rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; }
.meta { color: var(--muted); margin: .25rem 0; }
.listen { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem 0; }
blockquote { margin: 1.25rem 0; padding: 0 0 0 1rem; border-left: .25rem solid var(--rule); }
a { color: var(--link); text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
footer div { margin: .5rem 0; }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); color: var(--muted);
  font-size: .9rem; }
""".strip()


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _duration(ms: int) -> str:
    """ "4 min 12 s" (or "45 s").

    >>> _duration(252_400), _duration(45_000)
    ('4 min 12 s', '45 s')
    """
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


def _header(story: Story, listen: str) -> list[str]:
    """The page header: h1, credits and the link to the audio.

    Credits and the link are <div>s, not <p>s, so that <main> and its paragraphs are the article alone:
    other tools (the listener pages) take the transcript from <main>.
    """
    lines = ["<header>", f"<h1>{_esc(story.title)}</h1>"]
    if by := byline_text(story):
        lines.append(f'<div class="meta byline">{_esc(by)}</div>')
    if story.station:
        lines.append(f'<div class="meta station">{_esc(story.station)}</div>')
    if shown := display_date(story.date, story.language):
        # <time datetime> only for a real ISO date: an unparsed one is shown as it came
        if calendar_day(story.date):
            shown = f'<time datetime="{_esc(story.date or "")}">{_esc(shown)}</time>'
        else:
            shown = _esc(shown)
        lines.append(f'<div class="meta date">{shown}</div>')
    lines.append(listen)
    lines.append("</header>")
    return lines


def _body(blocks: list[Block]) -> list[str]:
    """The body's HTML: each headed section in a <section> named by its h2."""
    lines: list[str] = []
    open_section = False
    for number, block in enumerate(blocks):
        if block.kind == "heading":
            if open_section:
                lines.append("</section>")
            lines.append(f'<section aria-labelledby="h-{number}">')
            lines.append(f'<h2 id="h-{number}">{_esc(block.text)}</h2>')
            open_section = True
        elif block.kind == "quote":
            lines.append(f"<blockquote{block.lang_attrs}><p>{_esc(block.text)}</p></blockquote>")
        else:
            lines.append(f"<p{block.lang_attrs}>{_esc(block.text)}</p>")
    if open_section:
        lines.append("</section>")
    return lines


def _footer(story: Story, files: dict[str, str], words: Words, ui_lang: str) -> list[str]:
    links = [
        f'<a href="{_esc(quote(name))}">{_esc(label)}</a>'
        for label, name in (
            (f"{words.captions} (WebVTT)", files.get("vtt")),
            (f"{words.captions} (SRT)", files.get("srt")),
            (f"{words.chapters} (JSON)", files.get("chapters")),
        )
        if name
    ]
    lines = [f"<footer{ui_lang}>"]
    if links:
        lines.append(f"<div>{_esc(words.also)}: {', '.join(links)}.</div>")
    if story.url:
        lines.append(f'<div>{_esc(words.original)}: <a href="{_esc(story.url)}">{_esc(story.url)}</a></div>')
    lines.append(f"<div>{_esc(words.narrated)}</div>")
    lines.append("</footer>")
    return lines


def transcript_html(
    story: Story,
    utterances: tuple[Utterance, ...],
    mp3_name: str,
    duration_ms: int,
    files: dict[str, str] | None = None,
) -> str:
    """The transcript page: landmarks, lang, the headline as h1, section headings as h2, the paragraphs as
    written, block quotes as <blockquote>, and a link to the MP3 (MP3_NAME, beside the page).

    FILES names the other sidecars ("vtt", "srt", "chapters") to link from the footer. The page's own
    words are in the story's language where narrate has them, else English marked with lang="en".
    """
    # the voice falls back to English when a story's language is unknown, so the page does too
    lang = (story.language or "en").replace("_", "-")
    words, fallback = words_for(story.language)
    ui_lang = f' lang="{fallback}"' if fallback else ""
    listen = (
        f'<div class="listen"{ui_lang}><a href="{_esc(quote(mp3_name))}" type="audio/mpeg">'
        f"{_esc(words.listen)}</a> (MP3, {_duration(duration_ms)})</div>"
    )
    title = story.title if fallback else f"{story.title} ({words.transcript})"
    page = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#transcript"{ui_lang}>{_esc(words.skip)}</a>',
        *_header(story, listen),
        '<main id="transcript">',
        *_body(body_blocks(story, utterances)),
        "</main>",
        *_footer(story, files or {}, words, ui_lang),
        "</body>",
        "</html>",
    ]
    return "\n".join(page) + "\n"
