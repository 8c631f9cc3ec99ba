"""A long fuzz campaign for the stages after normalisation and for extraction: no exception on any input.

    .venv/bin/python benchmarks/fuzz_stages.py --paragraphs 100000 --pages 20000     # the full campaign
    .venv/bin/python benchmarks/fuzz_stages.py --paragraphs 2000 --pages 200         # a quick run

Stories of 1-8 generated paragraphs (benchmarks/fuzz_text.py's generator: news-like fragments, other
scripts, random Unicode, sometimes 20,000 digits) go through the script stage (write_script, in en/es/fr/
de/ja, with the shipped lexicon) and caption wrapping (utterance_cues and WebVTT) of every utterance.
Generated HTML pages (those paragraphs in random markup: nested up to 400 levels, control characters,
entities, scripts and styles, broken tags) go through extract(), which may only raise NoArticleError.
Prints counts, time and every exception with its input; exits 1 if there was any.
"""

from __future__ import annotations

import argparse
import html
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from fuzz_text import paragraph

from narrate.errors import NoArticleError
from narrate.extraction import extract
from narrate.models import Page, Paragraph, Section, Story
from narrate.script import write_script
from narrate.sidecars.captions import to_vtt, utterance_cues
from narrate.speak.voices import load_voice

LANGUAGES = ["en", "en", "en-US", "es", "fr", "de", "ja", None]
TAGS = ["p", "div", "span", "article", "section", "blockquote", "h2", "li", "td", "em", "a", "font"]


def story(r: random.Random, paragraphs: list[str]) -> Story:
    sections = tuple(
        Section(r.choice([None, paragraph(r)[:80]]), tuple(Paragraph(p, r.random() < 0.1) for p in chunk))
        for chunk in (paragraphs[: len(paragraphs) // 2], paragraphs[len(paragraphs) // 2 :])
        if chunk
    )
    byline = r.choice([None, "Jane Doe", paragraph(r)[:60]])
    title = paragraph(r)[:200] or "Untitled"
    return Story(
        "fuzz", None, title, byline, r.choice([None, "Radio X"]), None, r.choice(LANGUAGES), None, sections
    )


def page(r: random.Random, paragraphs: list[str]) -> str:
    body = []
    for raw in paragraphs:
        tag = r.choice(TAGS)
        text = html.escape(raw) if r.random() < 0.8 else raw  # sometimes raw: stray < and &
        if r.random() < 0.05:
            text = text.replace(" ", "&#x01; ", 1)
        body.append(f"<{tag}>{text}</{tag}>")
    if r.random() < 0.05:
        depth = r.randint(100, 400)
        body.append("<div>" * depth + "Deep text. " * 20 + "</div>" * r.randint(0, depth))
    if r.random() < 0.2:
        body.insert(0, "<script>var x = '<p>not text</p>';</script><style>p{}</style>")
    head = f"<title>{html.escape(paragraph(r)[:100])}</title>" if r.random() < 0.8 else ""
    if r.random() < 0.3:
        head += f'<meta property="og:title" content="{html.escape(paragraph(r)[:100], quote=True)}">'
    if r.random() < 0.2:  # the page's own address, site and author: any text, broken addresses too
        value = r.choice(
            ["http://[::1", "https://[x/", "https://a:99999/", "https://example.org/a", paragraph(r)]
        )
        name = r.choice(["og:url", "og:site_name", "author", "article:published_time"])
        head += f'<link rel="canonical" href="{html.escape(value, quote=True)}">' if r.random() < 0.5 else ""
        head += f'<meta property="{name}" content="{html.escape(value[:200], quote=True)}">'
    return f"<!doctype html><html><head>{head}</head><body>{''.join(body)}</body></html>"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    r = random.Random(args.seed)
    voices = {lang: load_voice(None, language=lang) for lang in LANGUAGES}
    failures, done, stories, cues = 0, 0, 0, 0
    started = time.perf_counter()
    while done < args.paragraphs:
        paragraphs = [paragraph(r) for _ in range(r.randint(1, 8))]
        done += len(paragraphs)
        item = story(r, paragraphs)
        try:
            utterances = write_script(item, voices[item.language], intro=r.random() < 0.5)
            for u in utterances:
                if u.read_as_written:  # the script stage read it as written: a normalisation rule failed
                    raise RuntimeError(f"normalising {u.text[:60]!r} failed: {u.read_as_written}")
                found = utterance_cues(u.text, 0, r.choice([0, 5, 1000, 60_000]))
                to_vtt(found)
                cues += len(found)
            stories += 1
        except Exception:
            failures += 1
            print(f"story #{stories}: {paragraphs!r:.600}\n{traceback.format_exc(limit=4)}")
    script_s = time.perf_counter() - started
    started, refused = time.perf_counter(), 0
    for n in range(args.pages):
        content = page(r, [paragraph(r) for _ in range(r.randint(0, 12))])
        try:
            extract(Page(f"fuzz-{n}.html", None, content, "html"), None)
        except NoArticleError:
            refused += 1
        except Exception:
            failures += 1
            print(f"page #{n}: {content[:600]!r}\n{traceback.format_exc(limit=4)}")
    pages_s = time.perf_counter() - started
    print(
        f"{done} paragraphs in {stories} stories (script + {cues} caption cues) in {script_s:.0f} s; "
        f"{args.pages} pages extracted in {pages_s:.0f} s ({refused} without an article, by NoArticleError); "
        f"seed {args.seed}: {failures} exceptions"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
