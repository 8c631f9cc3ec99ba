"""EPUB 3 with Media Overlays: one XHTML content document, one SMIL overlay and one MP3 per story.

The OCF container is written directly with zipfile (mimetype first and stored, as OCF requires): the package
document, navigation, content documents and overlays are small and exact, and every clip comes from
narrate's measured timings (content.Piece). Accessibility metadata follows EPUB Accessibility 1.1 with
schema.org properties.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from narrate.books.content import BookStory, Part, block_inner, clock, esc, lang_attrs, seconds, story_parts
from narrate.books.meta import BookMeta

ACTIVE_CLASS = "narrate-active"
CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""
CSS = f"""body {{ font-family: Georgia, serif; line-height: 1.5; margin: 0 1em; }}
h1, h2 {{ font-family: sans-serif; line-height: 1.25; }}
.meta, .outro {{ color: #4a4a4a; }}
blockquote {{ margin: 1em 0; padding-left: 1em; border-left: .25em solid #767676; }}
.{ACTIVE_CLASS} {{ background-color: #fff0a8; color: #1b1b1b; text-decoration: underline; }}
"""
SUMMARY = (
    "Narrated news stories: the full text with synchronised synthetic speech (media overlays). Every"
    " sentence is highlighted as it is read; navigation by story and section."
)
_XHTML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
_XMLNS = 'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'


def write_epub(path: Path, meta: BookMeta, stories: Sequence[BookStory]) -> None:
    """Write the book to PATH (a file the caller renames in when whole)."""
    names = [f"s{n:03d}" for n in range(1, len(stories) + 1)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", CONTAINER)
        book.writestr("EPUB/package.opf", package(meta, stories, names))
        book.writestr("EPUB/nav.xhtml", navigation(meta, stories, names))
        book.writestr("EPUB/book.css", CSS)
        for name, story in zip(names, stories, strict=True):
            head, sections = story_parts(story)
            book.writestr(f"EPUB/{name}.xhtml", content_document(story, head, sections))
            book.writestr(f"EPUB/{name}.smil", overlay(name, head, sections))
            book.write(story.mp3, f"EPUB/audio/{name}.mp3", compress_type=zipfile.ZIP_STORED)


def package(meta: BookMeta, stories: Sequence[BookStory], names: list[str]) -> str:
    """The package document: metadata (with media and accessibility), manifest and spine."""
    modified = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"'
        f' xml:lang="{esc(meta.language)}">',
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
        f'<dc:identifier id="uid">{esc(meta.identifier)}</dc:identifier>',
        f"<dc:title>{esc(meta.title)}</dc:title>",
        *(f"<dc:creator>{esc(c)}</dc:creator>" for c in meta.creators),
        f"<dc:publisher>{esc(meta.publisher)}</dc:publisher>",
        *(f"<dc:language>{esc(lang)}</dc:language>" for lang in meta.languages),
        f"<dc:date>{esc(meta.date)}</dc:date>",
        f'<meta property="dcterms:modified">{modified}</meta>',
        *_accessibility(),
        f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>',
        f'<meta property="media:narrator">{esc(meta.narrator)}</meta>',
        f'<meta property="media:duration">{clock(sum(s.timings.duration_ms for s in stories))}</meta>',
        *(
            f'<meta property="media:duration" refines="#{name}-mo">{clock(s.timings.duration_ms)}</meta>'
            for name, s in zip(names, stories, strict=True)
        ),
        "</metadata>",
        "<manifest>",
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="css" href="book.css" media-type="text/css"/>',
    ]
    for name in names:
        lines += [
            f'<item id="{name}" href="{name}.xhtml" media-type="application/xhtml+xml"'
            f' media-overlay="{name}-mo"/>',
            f'<item id="{name}-mo" href="{name}.smil" media-type="application/smil+xml"/>',
            f'<item id="{name}-audio" href="audio/{name}.mp3" media-type="audio/mpeg"/>',
        ]
    lines += ["</manifest>", "<spine>", *(f'<itemref idref="{name}"/>' for name in names), "</spine>"]
    lines.append("</package>")
    return "\n".join(lines) + "\n"


def _accessibility() -> list[str]:
    values = [
        ("accessMode", "textual"),
        ("accessMode", "auditory"),
        ("accessModeSufficient", "textual"),
        ("accessModeSufficient", "auditory"),
        ("accessModeSufficient", "textual,auditory"),
        ("accessibilityFeature", "synchronizedAudioText"),
        ("accessibilityFeature", "structuralNavigation"),
        ("accessibilityFeature", "tableOfContents"),
        ("accessibilityFeature", "readingOrder"),
        ("accessibilityHazard", "none"),
    ]
    lines = [f'<meta property="schema:{key}">{value}</meta>' for key, value in values]
    lines.append(f'<meta property="schema:accessibilitySummary">{esc(SUMMARY)}</meta>')
    return lines


def navigation(meta: BookMeta, stories: Sequence[BookStory], names: list[str]) -> str:
    """The navigation document: one entry per story, with one per section under it."""
    items: list[str] = []
    for name, story in zip(names, stories, strict=True):
        _head, sections = story_parts(story)
        entry = f'<li><a href="{name}.xhtml">{esc(story.timings.title)}</a>'
        if sections:
            links = "".join(f'<li><a href="{name}.xhtml#{p.id}">{esc(p.name)}</a></li>' for p in sections)
            entry += f"<ol>{links}</ol>"
        items.append(entry + "</li>")
    return (
        _XHTML_HEAD + f'<html {_XMLNS}{lang_attrs(meta.language)}>\n<head>\n<meta charset="utf-8"/>\n'
        f"<title>{esc(meta.title)}</title>\n"
        '<link rel="stylesheet" type="text/css" href="book.css"/>\n</head>\n<body>\n'
        f'<nav epub:type="toc" id="toc">\n<h1>{esc(meta.title)}</h1>\n<ol>\n'
        + "\n".join(items)
        + "\n</ol>\n</nav>\n</body>\n</html>\n"
    )


def content_document(story: BookStory, head: Part, sections: list[Part]) -> str:
    """One story as XHTML: headline, credits, then its sections with headings, paragraphs and quotes."""
    t = story.timings
    lines = [
        _XHTML_HEAD + f"<html {_XMLNS}{lang_attrs(t.language or 'en')}>",
        '<head>\n<meta charset="utf-8"/>',
        f"<title>{esc(t.title)}</title>",
        '<link rel="stylesheet" type="text/css" href="book.css"/>\n</head>',
        '<body>\n<article id="story" epub:type="chapter">',
        "<header>",
        *_blocks(head),
        "</header>",
    ]
    for part in sections:
        lines.append(f'<section id="{part.id}">')
        lines += _blocks(part)
        lines.append("</section>")
    lines.append("</article>\n</body>\n</html>")
    return "\n".join(lines) + "\n"


def _blocks(part: Part) -> list[str]:
    lines = []
    for block in part.blocks:
        attrs = f' id="{block.id}"{lang_attrs(block.language)}'
        inner = block_inner(block)
        if block.kind == "title":
            lines.append(f"<h1{attrs}>{inner}</h1>")
        elif block.kind == "heading":
            lines.append(f"<h2{attrs}>{inner}</h2>")
        elif block.kind == "quote":
            lines.append(f"<blockquote><p{attrs}>{inner}</p></blockquote>")
        elif block.kind in ("intro", "outro"):
            lines.append(f'<p class="{"meta" if block.kind == "intro" else "outro"}"{attrs}>{inner}</p>')
        else:
            lines.append(f"<p{attrs}>{inner}</p>")
    return lines


def overlay(name: str, head: Part, sections: list[Part]) -> str:
    """The story's SMIL 3.0 media overlay: a par per timed piece, a seq per section."""
    audio = f"audio/{name}.mp3"

    def pars(part: Part) -> list[str]:
        return [
            f'<par id="{p.id}-par"><text src="{name}.xhtml#{p.id}"/>'
            f'<audio src="{audio}" clipBegin="{seconds(p.start_ms)}s" clipEnd="{seconds(p.end_ms)}s"/></par>'
            for p in part.pieces
        ]

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">',
        f'<body epub:textref="{name}.xhtml#story">',
        *pars(head),
    ]
    for part in sections:
        if part.pieces:
            lines.append(f'<seq id="{part.id}-seq" epub:textref="{name}.xhtml#{part.id}">')
            lines += pars(part)
            lines.append("</seq>")
    lines.append("</body>\n</smil>")
    return "\n".join(lines) + "\n"
