"""HTML text -> an lxml tree that every later stage can trust. Hostile pages are repaired, not refused:
control characters and the non-characters U+FFFE and U+FFFF (raw, or written as "&#x01;", "&#65534") are
removed, since lxml and trafilatura refuse to build XML with them; deep nesting is parsed whole
(libxml2's huge-tree option; past even its 2048 levels, long runs of bare opening tags are collapsed
first) and, where the tree is deeper than any real page's, elements that only wrap another are
unwrapped, so the story inside keeps its paragraphs; comments and processing instructions go. A page
lxml cannot read at all raises NoArticleError."""

from __future__ import annotations

import re
import sys

import lxml.html
from lxml import etree

from narrate.errors import NoArticleError
from narrate.files import xml_text

NO_ARTICLE_HINT = "Is this a front page or a list of stories? Give the story's own page."
MAX_DEPTH = 200  # deeper than any real page's markup; a tree deeper than this loses its pure wrappers
# a numeric character reference, with or without its ";" (HTML parsers take both)
_CHAR_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));?")
# a run of twenty or more opening tags with nothing but space between: the first and last three are kept
_OPEN_RUN = re.compile(
    r"((?:<[a-zA-Z][^<>]*>\s*){3})(?:<[a-zA-Z][^<>]*>\s*){14,}((?:<[a-zA-Z][^<>]*>\s*){3})"
)


def parse_html(source: str, content: str) -> etree._Element:
    """The page's tree, repaired (see the module's docstring)."""
    content = re.sub(r"^\s*<\?xml[^>]*>", "", content)  # lxml refuses str with an encoding declaration
    content = _CHAR_REF.sub(_xml_char_ref, xml_text(content))
    try:
        tree, whole = _parse(content)
        if not whole:  # deeper than even the huge-tree limit (2048 levels): collapse runs of wrappers first
            tree, whole = _parse(_OPEN_RUN.sub(r"\1\2", content))
    except (etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"{source}: no article text found ({exc})", hint=NO_ARTICLE_HINT) from exc
    for el in tree.xpath("//comment() | //processing-instruction()"):
        drop(el)
    unwrap_deep(tree, MAX_DEPTH)
    return tree


def _xml_char_ref(m: re.Match[str]) -> str:
    """A reference to a character XML refuses ("&#x01;", "&#65534"): gone; any other: kept as written.

    >>> _CHAR_REF.sub(_xml_char_ref, "a&#x01;b&#65534c&#xFFFF;d&#233;&#X0041;")
    'abcd&#233;&#X0041;'
    """
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if code > sys.maxunicode:
        return m.group(0)  # the parser reads it as U+FFFD
    return m.group(0) if xml_text(chr(code)) == chr(code) else ""


def _parse(content: str) -> tuple[etree._Element, bool]:
    """The tree, and False when the parser stopped at its depth limit (and so lost the rest of the page)."""
    parser = lxml.html.HTMLParser(huge_tree=True)
    tree = lxml.html.document_fromstring(content, parser=parser)
    too_deep = any("excessive depth" in e.message.lower() for e in parser.error_log)
    return tree, not too_deep


def unwrap_deep(tree: etree._Element, limit: int) -> None:
    """In a tree nested deeper than LIMIT, every element that only wraps one other (no text of its own) is
    replaced by its child: hundreds of nested <div>s become one, and the story inside keeps its paragraphs.

    >>> tree = lxml.html.fromstring("<div>" * 9 + "<p>Hi</p>" + "</div>" * 9)
    >>> unwrap_deep(tree, 3)
    >>> lxml.html.tostring(tree)
    b'<div><p>Hi</p></div>'
    """
    depth = {tree: 0}
    deepest = 0
    for el in tree.iter():
        parent = el.getparent()
        depth[el] = depth[parent] + 1 if parent in depth else 0
        deepest = max(deepest, depth[el])
    if deepest <= limit:
        return
    wrappers = [
        el
        for el in tree.iter()
        if len(el) == 1
        and not (el.text or "").strip()
        and not (el[0].tail or "").strip()
        and el is not tree
        and el.tag not in ("html", "head", "body")
        and isinstance(el[0].tag, str)
    ]
    for el in wrappers:
        el.drop_tag()


def drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text (the words after it belong to its parent)."""
    parent = el.getparent()
    if parent is None:
        return
    prev = el.getprevious()
    if el.tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
