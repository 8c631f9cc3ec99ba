"""Metadata an HTML page declares about itself: JSON-LD, <meta> tags, author markup, the copyright line.
Each function returns raw candidates in order of trust; titles.py, names.py and the package's extract() pick
and clean them."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from narrate.url import split_url

ARTICLE_TYPES = frozenset(
    (
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "socialmediaposting",
        "posting",
        "medicalwebpage",
        "webpage",
        "creativework",
    )
)


AUTHOR_TAGS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "dc:creator", "dcterm:creator",
    "parsely-author", "sailthru.author", "byl", "citation_author", "cxenseparse:author",
)  # fmt: skip


@dataclass
class PageMeta:
    """What the page says about itself, raw (unvalidated) strings in order of trust."""

    titles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # structured data's: each a name or an "A and B" list
    author_markup: list[str] = field(default_factory=list)  # text of byline elements (noisier)
    author_links: list[str] = field(default_factory=list)  # text of links to author pages (noisier still)
    sites: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # of publication; then the dates the page was created
    created: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    url: str | None = None


def read_meta(tree: etree._Element) -> PageMeta:
    """Every candidate the page declares, JSON-LD's first, then <meta> tags', then the markup's."""
    meta = PageMeta()
    tags = _meta_tags(tree)
    tags["<title>"] = [" ".join(str(t) for t in tree.xpath("//title//text()"))]
    _read_json_ld(meta, _json_ld(tree), tags)
    _read_tags(meta, tags)
    dated = tree.xpath("//*[@itemprop='datePublished']")
    _add(meta.dates, *(t.get("datetime") for t in dated), *(t.get("content") for t in dated))
    _add(meta.languages, tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
    _add(meta.languages, *tags.get("content-language", []), *tags.get("og:locale", []))
    _add(meta.languages, *tags.get("dc.language", []))
    _add(meta.descriptions, *tags.get("description", []), *tags.get("og:description", []))
    _add(meta.author_markup, *_author_markup(tree))
    scope = tree.xpath("//article | //main") or [tree]
    links = scope[0].xpath(_AUTHOR_HREF)[:3]
    _add(meta.author_links, *(_text(a) for a in links if len(_text(a)) < 60))
    titles = tree.xpath("//head/title//text()") or tree.xpath("//title//text()")
    _add(meta.titles, " ".join(str(t) for t in titles))
    # the page's own address: the first canonical or og:url that is a whole http(s) address with a host
    addresses = map(str.strip, [*tree.xpath("//link[@rel='canonical']/@href"), *tags.get("og:url", [])])
    meta.url = next(
        (u for u in addresses if u.lower().startswith(("http://", "https://")) and hostname(u)), None
    )
    return meta


def _add(target: list[str], *values: object) -> None:
    """Append each value, cleaned, unless it is empty or already there."""
    for value in values:
        text = _clean(value)
        if text and text not in target:
            target.append(text)


_SITE_TYPES = {"website", "newsmediaorganization", "organization", "radiostation", "televisionstation"}


def _read_json_ld(meta: PageMeta, ld: list[dict[str, Any]], tags: dict[str, list[str]]) -> None:
    """Titles, authors, dates, languages, descriptions from the page's articles; publishers and the site's
    own WebSite / Organization objects as site names."""
    articles = [o for o in ld if _types(o) & ARTICLE_TYPES]
    articles.sort(key=lambda o: "webpage" in _types(o) or "creativework" in _types(o))  # real articles first
    ids = {o["@id"]: o for o in ld if isinstance(o.get("@id"), str) and len(o) > 1}
    publishers: list[str] = []
    for art in articles:
        _add(meta.titles, *_ld_title(art, tags))
        authors, creators = _resolve(art.get("author"), ids), _resolve(art.get("creator"), ids)
        _add(meta.authors, ", ".join(_ld_people(authors)), ", ".join(_ld_people(creators)))
        publishers.extend(_ld_names(_resolve(art.get("publisher"), ids)))
        _add(meta.dates, art.get("datePublished"))
        _add(meta.created, art.get("dateCreated"))
        _add(meta.languages, art.get("inLanguage"))
        _add(meta.descriptions, art.get("description"))
    _add(meta.titles, *tags.get("og:title", []), *tags.get("twitter:title", []), *tags.get("dc.title", []))
    _add(meta.sites, *tags.get("og:site_name", []), *publishers)
    _add(meta.sites, *(obj.get("name") for obj in ld if _types(obj) & _SITE_TYPES))


_DATE_TAGS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "parsely-pub-date", "sailthru.date", "dc.date", "dcterms.date", "dc.date.issued", "date",
    "citation_publication_date",
)  # fmt: skip


def _read_tags(meta: PageMeta, tags: dict[str, list[str]]) -> None:
    """Site names, authors and dates from <meta> tags."""
    _add(meta.sites, *tags.get("application-name", []), *tags.get("apple-mobile-web-app-title", []))
    _add(meta.sites, *tags.get("twitter:app:name:iphone", []))
    for key in AUTHOR_TAGS:
        # several tags of one kind are co-authors ("Kooman, F.", "Jong, Michiel de"): one candidate
        _add(meta.authors, "; ".join(a for a in tags.get(key, []) if not a.startswith("http")))
    for key in _DATE_TAGS:
        _add(meta.dates, *tags.get(key, []))


def _clean(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, list):
        value = value[0] if value else ""
    text = re.sub(r"\s+", " ", str(value)).strip() if isinstance(value, str | int | float) and value else ""
    if _ENTITY.search(text):  # escaped twice in the page's markup: "R&uuml;ckbau", "&#8216;family&#8217;"
        text = html.unescape(text)
    return text


_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});", re.IGNORECASE)


def _meta_tags(tree: etree._Element) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        keys = (el.get("name") or "") + " " + (el.get("property") or "") + " " + (el.get("itemprop") or "")
        keys += " " + (el.get("http-equiv") or "")
        if not content or not content.strip():
            continue
        for key in keys.lower().split():  # "og:title twitter:title" in one attribute is allowed
            tags.setdefault(key, []).append(content.strip())
    return tags


def _json_ld(tree: etree._Element) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = (script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>")
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        _flatten(data, objects, depth=0)
    return objects


def _flatten(data: object, out: list[dict[str, Any]], depth: int) -> None:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], out, depth + 1)
        if isinstance(data.get("mainEntity"), dict):
            _flatten(data["mainEntity"], out, depth + 1)


def _resolve(value: object, ids: dict[str, dict[str, Any]]) -> object:
    """A reference {"@id": "#person-1"} replaced by the object it names elsewhere in the page's JSON-LD
    (WordPress's Yoast writes every author this way, in an @graph)."""
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    return {str(k).lower().rsplit("/", 1)[-1] for k in (kind if isinstance(kind, list) else [kind])}


def _ld_people(value: object) -> list[str]:
    """Author names from JSON-LD: its Persons ("name", or "givenName" and "familyName"); its Organizations
    only when it names no person (a wire agency or the newsroom as author, not a desk beside its people)."""
    items = value if isinstance(value, list) else [value]
    people: list[str] = []
    organisations: list[str] = []
    for item in items:
        if isinstance(item, dict):
            name = _clean(item.get("name")) or " ".join(
                _clean(item.get(k)) for k in ("givenName", "familyName") if _clean(item.get(k))
            )
            org = bool(_types(item) & {"organization", "newsmediaorganization", "corporation"})
            (organisations if org else people).append(name)
        else:
            people.append(_clean(item))
    return [n for n in people or organisations if n and not n.startswith("http")]


def _ld_title(art: dict[str, Any], tags: dict[str, list[str]]) -> list[object]:
    """headline and name; when they differ, the one og:title / twitter:title repeats comes first, else the
    one the <title> repeats (the other is often the SEO title: "Woman who lost 130lb: seven changes")."""
    headline, name = art.get("headline"), art.get("name")
    if not headline:
        return [name]
    social = " ".join(tags.get("og:title", []) + tags.get("twitter:title", [])).lower()
    page_title = " ".join(tags.get("<title>", [])).lower()

    def rank(title: object) -> int:
        text = title.lower() if isinstance(title, str) else ""
        return 0 if text and text in social else 1 if text and text in page_title else 2

    return sorted([headline, name], key=rank)


def _ld_names(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [_clean(i.get("name")) if isinstance(i, dict) else _clean(i) for i in items]


_LOWER_CLASS = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_BYLINE_XPATH = (
    "//*[@itemprop='author']",
    "//a[@rel='author'] | //link[@rel='author'][@title]",
    f"//*[contains({_LOWER_CLASS}, 'byline') or @id='byline']",
    f"//*[contains({_LOWER_CLASS}, 'author-name') or contains({_LOWER_CLASS}, 'authorname')"
    f" or contains({_LOWER_CLASS}, 'author_name') or contains({_LOWER_CLASS}, 'article-author')"
    f" or contains({_LOWER_CLASS}, 'author-link') or contains({_LOWER_CLASS}, 'contributor-name')"
    f" or contains({_LOWER_CLASS}, 'story-author') or contains({_LOWER_CLASS}, 'post-author')]",
    "//address[contains(@class, 'author')] | //*[@class='author']",
)


_AUTHOR_HREF = (
    ".//a[contains(@href, '/author/') or contains(@href, '/authors/') or contains(@href, '/people/')"
    " or contains(@href, '/staff/') or contains(@href, '/profile/') or contains(@href, '/by/')]"
)


def _author_markup(tree: etree._Element) -> list[str]:
    """Text of elements that mark the author: itemprop, rel=author, byline classes (first few of each)."""
    found = []
    for xpath in _BYLINE_XPATH:
        for el in tree.xpath(xpath)[:3]:
            named = el.xpath(".//*[@itemprop='name']")
            text = (named[0].get("content") or _text(named[0])) if named else el.get("content") or _listed(el)
            text = text or el.get("title") or ""
            if text and len(text) < 200:
                found.append(text)
    return found


def _listed(el: etree._Element) -> str:
    """An element's text; where it only holds a list of elements (one <span> per author), "; " between
    (also inside a wrapper: <div class="byline"><div><span>...</span><span>...</span></div></div>)."""
    inner = list(el)
    while len(inner) == 1 and not (el.text or "").strip() and not (inner[0].tail or "").strip():
        el, inner = inner[0], list(inner[0])
    loose = (el.text or "") + "".join(c.tail or "" for c in inner)
    if len(inner) >= 2 and not loose.strip():
        return "; ".join(t for t in map(_text, inner) if t)
    return _text(el)


def _text(el: etree._Element) -> str:
    parts = el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return re.sub(r"\s+", " ", " ".join(str(p) for p in parts)).strip()


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|&copy;|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|de|for|&))*)",
    re.IGNORECASE,
)


def copyright_holder(text: str) -> str | None:
    """The organisation named on a "© 2024 Alabama Public Radio" line.

    >>> copyright_holder("© 2024 Alabama Public Radio")
    'Alabama Public Radio'
    >>> copyright_holder("Copyright © 2019-2024 The Daily Planet, Inc. All rights reserved.")
    'The Daily Planet'
    """
    for match in _COPYRIGHT.finditer(text):
        name = re.split(r"\s+(?:All|Inc|LLC|Ltd|To|This|Some|Privacy|Terms)\b", match.group(1))[0].strip(
            " .,-"
        )
        if name and name[0].isupper() and not name.lower().startswith(("all rights", "copyright")):
            return name
    return None


def footer_copyright(tree: etree._Element) -> str | None:
    """The copyright holder named in the page's footer (or anywhere outside the article, last first)."""
    nodes = tree.xpath(
        "//footer//text()[contains(., '©') or contains(translate(., 'COPYRIGHT', 'copyright'), 'copyright')]"
        " | //text()[contains(., '©')]"
    )
    for node in reversed(nodes[-10:]):
        parent = node.getparent() if hasattr(node, "getparent") else None
        text = _text(parent) if parent is not None else str(node)
        holder = copyright_holder(text[:200])
        if holder and len(holder.split()) <= 6:
            return holder
    return None


def iso_date(value: str) -> str | None:
    """An ISO 8601 date (with time when the page gives one).

    >>> iso_date("2020-06-10T14:02:00Z"), iso_date("2017-01-18"), iso_date("June 12")
    ('2020-06-10T14:02:00+00:00', '2017-01-18', None)
    """
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        match = re.match(r"(\d{4}-\d{2}-\d{2})", value)
        return match.group(1) if match else None
    if parsed.year < 1990 or parsed.year > 2100:
        return None
    if (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0) and "T" not in value:
        return parsed.date().isoformat()
    return parsed.replace(microsecond=0).isoformat()


def bcp47(value: str) -> str | None:
    """A language tag from lang="en_US", "en-us", og:locale...: primary subtag lower, region upper.

    >>> bcp47("en_US"), bcp47("es"), bcp47("zh-hant-tw"), bcp47("nonsense-value-here")
    ('en-US', 'es', 'zh-Hant-TW', None)
    >>> bcp47("deu"), bcp47("eng-GB"), bcp47("fre"), bcp47("cmn")  # ISO 639-2/3: the two-letter code
    ('de', 'en-GB', 'fr', 'cmn')
    """
    parts = re.split(r"[-_]", value.strip())
    if not parts or not re.fullmatch(r"[a-zA-Z]{2,3}", parts[0]):
        return None
    out = [_shortest(parts[0].lower())]
    for part in parts[1:]:
        if re.fullmatch(r"[a-zA-Z]{2}|\d{3}", part):
            out.append(part.upper())
        elif re.fullmatch(r"[a-zA-Z]{4}", part):
            out.append(part.title())
        else:
            return None
    return "-".join(out)


def _shortest(code: str) -> str:
    """A three-letter language code as BCP 47 writes it: the ISO 639-1 code where there is one ("deu" and
    "ger" are "de", "eng" is "en"), else as it is ("cmn"). A page declaring "deu" had been read by the English
    voice: eSpeak NG's voices know the two-letter codes."""
    if len(code) != 3:
        return code
    import langcodes  # noqa: PLC0415  (its registry, 46 ms to load: only for a page declaring such a code)

    try:
        return str(langcodes.standardize_tag(code))
    except ValueError:  # langcodes' LanguageTagError is one
        return code


def hostname(url: str | None) -> str | None:
    if not url:
        return None
    parts = split_url(url)
    if parts is None:  # the page's own broken address ("http://[::1")
        return None
    return (parts.hostname or "").lower().removeprefix("www.") or None
