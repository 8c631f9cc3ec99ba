"""Page chrome known by its markup, taken out of the page before trafilatura reads it: what an element's
class or id says it is (a comment counter), what its tag says it is (a figure's caption and credit, which
describe a picture the listener cannot see), not what it happens to say."""

from __future__ import annotations

import re

from lxml import etree

from narrate.extraction.parse import drop

# a class or id token naming comments: "comments", "comment-count", "comments-number", "article-comments"
# ("commentary", an opinion column, is not one)
_COMMENTS = re.compile(r"^(?:.*[-_])?comments?(?:[-_].*)?$", re.IGNORECASE)


def _names(el: etree._Element) -> list[str]:
    """The element's class tokens and its id."""
    return [*(el.get("class") or "").split(), *([el.get("id")] if el.get("id") else [])]


def _holds_story(el: etree._Element) -> bool:
    """The element is (or wraps) the page's article: never page chrome, whatever its classes say."""
    return el.tag in ("html", "body", "article", "main") or bool(el.xpath(".//h1|.//article|.//main"))


def drop_page_chrome(tree: etree._Element) -> None:
    """Remove page chrome that the markup names from TREE: comment counters and comment sections, and
    <figcaption>s (a photo's caption and its credit, "Фото: Дмитрий Азаров, Коммерсантъ")."""
    found = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and (el.tag == "figcaption" or any(_COMMENTS.match(name) for name in _names(el)))
        and not _holds_story(el)
    ]
    for el in found:
        if el.getparent() is not None:
            drop(el)
