"""Page chrome known by its markup, taken out of the page before trafilatura reads it: what an element's
class or id says it is (a comment counter), what its tag says it is (a figure's caption and credit, which
describe a picture the listener cannot see), or what it holds (links to other stories under a "Read more"
label), not what it happens to say."""

from __future__ import annotations

import re

from lxml import etree

from narrate.extraction.body import squash
from narrate.extraction.parse import drop

# a class or id token naming comments: "comments", "comment-count", "comments-number", "article-comments"
# ("commentary", an opinion column, is not one)
_COMMENTS = re.compile(r"^(?:.*[-_])?comments?(?:[-_].*)?$", re.IGNORECASE)
# the label of a box of links to other stories, in the languages of the development corpus
_READ_MORE = re.compile(
    r"^(?:read more|read also|also read|see also|related(?: stories| articles| content| coverage| news)?"
    r"|more on this(?: story| topic)?|recommended(?: for you| stories| reading)?|you (?:may|might) also like"
    r"|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|(?:à )?lire aussi|lee también|leer más"
    r"|leia também|leggi anche|читайте также|czytaj (?:także|też|więcej)|noticias? relacionadas?)\s*:?$",
    re.IGNORECASE,
)
TEASER_WORDS = 80


def _names(el: etree._Element) -> list[str]:
    """The element's class tokens and its id."""
    return [*(el.get("class") or "").split(), *([el.get("id")] if el.get("id") else [])]


def _holds_story(el: etree._Element) -> bool:
    """The element is (or wraps) the page's article: never page chrome, whatever its classes say."""
    return el.tag in ("html", "body", "article", "main") or bool(el.xpath(".//h1|.//article|.//main"))


def _named(el: etree._Element) -> bool:
    """A comment counter or section, or a figure's caption."""
    if el.tag == "figcaption":
        return True
    return any(_COMMENTS.match(name) for name in _names(el))


def _link_box(label: etree._Element, text: str) -> etree._Element | None:
    """The box that LABEL, whose text TEXT is "Read more" or the like, heads: its smallest container
    holding more than the label, when that is a teaser (a link to another page and at most TEASER_WORDS
    words: a headline, perhaps its first lines), not the story the label sits in."""
    box = label
    while box.getparent() is not None and squash(box.text_content()) == text:
        box = box.getparent()
    if box.tag in ("html", "body", "main") or box.xpath(".//h1"):
        return None
    words = len(box.text_content().split()) - len(text.split())
    linked = any((a.get("href") or "#")[:1] != "#" for a in box.iter("a"))
    return box if linked and 0 < words <= TEASER_WORDS else None


def drop_page_chrome(tree: etree._Element) -> None:
    """Remove page chrome that the markup names from TREE: comment counters and comment sections,
    <figcaption>s (a photo's caption and its credit, "Фото: Дмитрий Азаров, Коммерсантъ"), and a box
    linking to other stories under a "Read more" label (with all it holds: headlines, an ad slot)."""
    found = [el for el in tree.iter() if isinstance(el.tag, str) and _named(el) and not _holds_story(el)]
    for el in found:
        if el.getparent() is not None:
            drop(el)
    boxes = set()
    for node in tree.xpath("//text()[string-length(normalize-space()) < 40]"):
        text = squash(str(node))
        if not node.is_tail and _READ_MORE.match(text):
            box = _link_box(node.getparent(), text)
            if box is not None:
                boxes.add(box)
    for box in boxes:
        if not any(above in boxes for above in box.iterancestors()):
            drop(box)
