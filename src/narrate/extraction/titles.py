"""What the page is called and who published it: the story's title (the page's own headline, without a
" | Site" or " - Section" suffix, never the site's name) and the station (the publisher's name from the
page's metadata, its copyright line or its <title>)."""

from __future__ import annotations

import re

from narrate.extraction.body import squash
from narrate.extraction.meta import PageMeta, hostname

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»|:)\s+")
_EXTRA = re.compile(
    r"\s+(?:\||-|–|—|::|·|»|:)\s+\S.*"
    r"|,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|S\.?A|plc|AG|Co)\.?$"
)


def station_name(
    meta: PageMeta,
    sitename: str | None,
    copyright_name: str | None,
    url: str | None,
    headline: str | None = None,
) -> str | None:
    """The publisher's name: og:site_name, JSON-LD publisher, application-name, then the copyright line,
    then the " | Site" part of the page's <title>; a bare hostname only when nothing names the site."""
    candidates = [*meta.sites, copyright_name, sitename]
    clean = [squash(c) for c in candidates if c and squash(c) and len(c) < 80]
    named = [c for c in clean if not _hostlike(c, url)]
    if not named:
        in_title = _site_in_title(meta.titles, headline)
        return in_title or (clean[0] if clean else None)
    best = named[0]
    # "Aktuálně.cz - Víte, co se právě děje": a tagline after the name another source gives alone,
    # and "Spiceworks Inc" when another source says "Spiceworks"
    shorter = [
        c for c in named[1:] if len(c) < len(best) and best.startswith(c) and _EXTRA.match(best[len(c) :])
    ]
    declared = [squash(s) for s in meta.sites if squash(s) and not _hostlike(s, url)]  # not trafilatura's
    return _as_declared(shorter[0] if shorter else best, declared, url)


def _as_declared(name: str, declared: list[str], url: str | None) -> str:
    """NAME, unless the page declares the site's name better: written as a name rather than as the host
    ("nationalpost" when its JSON-LD publisher says "National Post"), or the site's own name rather than a
    section's: one word that has nothing of the host's name (og:site_name "Security" on heise.de, whose
    publisher is "heise online").

    >>> _as_declared("nationalpost", ["nationalpost", "National Post"], None)
    'National Post'
    >>> _as_declared("Security", ["Security", "heise online"], "https://www.heise.de/news/a.html")
    'heise online'
    >>> _as_declared("読売新聞オンライン", ["The Yomiuri Shimbun"], "https://www.yomiuri.co.jp/a")
    '読売新聞オンライン'
    """
    if name == name.lower():
        return next((d for d in declared if _letters(d) == _letters(name) and d != d.lower()), name)
    label = _letters(_host_label(url) or "")
    if label and name.isascii() and " " not in name and label not in _letters(name):
        return next((d for d in declared if label in _letters(d)), name)
    return name


def _host_label(url: str | None) -> str | None:
    """The name a host is registered under: "heise" for www.heise.de, "telegraph" for telegraph.co.uk.

    >>> _host_label("https://www.heise.de/a"), _host_label("https://www.telegraph.co.uk/a")
    ('heise', 'telegraph')
    """
    parts = (hostname(url) or "").split(".")[:-1]
    if len(parts) > 1 and parts[-1] in {"co", "com", "org", "net", "ac", "gov", "ne", "or"}:
        parts.pop()
    return parts[-1] if parts else None


def _letters(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _site_in_title(titles: list[str], headline: str | None) -> str | None:
    """ "Headline | Site" (or "Site | Headline") where the headline is the page's <h1> or another title.

    >>> _site_in_title(["Council passes budget - Section - River News"], "Council passes budget")
    'River News'
    >>> _site_in_title(["River News | Council passes budget"], "Council passes budget")
    'River News'
    >>> _site_in_title(["Why - Not - This"], "Another headline")
    """
    heads = {_site_key(t) for t in [*titles, headline or ""] if t} - {""}
    for title in titles:
        parts = _SEPARATORS.split(title)
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        for site, rest in ((last, first), (first, last)):
            if _site_key(rest) in heads and 1 <= len(site.split()) <= 5 and not re.search(r"\d", site):
                return squash(site)
    return None


def _hostlike(name: str, url: str | None) -> bool:
    """A bare hostname ("apr.org", "www.example.com"), not a brand with its domain ("Libération.fr")."""
    name = name.strip()
    host = hostname(url)
    if host and name.lower().removeprefix("www.") == host:
        return True
    return bool(re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", name))


def page_title(meta: PageMeta, headline: str | None, station: str | None, url: str | None) -> str:
    """The page's declared title (JSON-LD headline, og:title, <title>), else its <h1>, without a " | Site"
    suffix; "" when there is none."""
    sites = {_site_key(station)} if station else set()
    candidates = [
        squash(t) for t in [*meta.titles, headline or ""] if squash(t) and _site_key(t) not in sites
    ]
    title = next((t for t in candidates if not _truncated(t, candidates)), "")
    # a "site name" that is one of the page's titles (apple-mobile-web-app-title set to the headline) is not
    headlines = {_site_key(t) for t in meta.titles}
    names = [n for n in (station, *meta.sites, hostname(url)) if n and _site_key(n) not in headlines]
    if headline and title != headline:
        # "Headline - Section - Site" or "Site | Headline" around the page's <h1>: the <h1> is the headline,
        # when what is around it names the site (a kicker, "Rückbau von Atomkraftwerk: <h1>", stays)
        after, before = title[len(headline) :], title[: -len(headline)]
        if title.startswith(headline) and _SEPARATORS.match(after) and _names_site(after, names):
            return headline
        separated = re.search(r"\s+(?:\||-|–|—|::|·|»|:)\s+$", before)
        if title.endswith(headline) and separated and _names_site(before, names):
            return headline
    return title and strip_site(title, names)


def _names_site(text: str, names: list[str]) -> bool:
    """Whether one of the " | "-separated parts of TEXT is the site's name."""
    keys = {_site_key(n) for n in names} - {""}
    return any(_site_key(part) in keys for part in _SEPARATORS.split(f" {text} "))


def _truncated(title: str, others: list[str]) -> bool:
    """A headline cut short ("Long headline about…", JSON-LD's 110-character habit) when another is whole."""
    if not title.endswith(("...", "…")):
        return False
    stem = title.rstrip(".… ").strip()
    return any(o != title and o.startswith(stem) for o in others)


def strip_site(title: str, sites: list[str]) -> str:
    """The title without a " | Site" suffix (or "Site | " prefix) naming the site.

    >>> strip_site("Amazon Halts Police Use | Alabama Public Radio", ["Alabama Public Radio"])
    'Amazon Halts Police Use'
    >>> strip_site("Review: The new phone - CNET", ["cnet.com"])
    'Review: The new phone'
    >>> strip_site("Crime: A Short History", ["Example News"])
    'Crime: A Short History'
    >>> strip_site("A Story [Example News]", ["Example News"])
    'A Story'
    """
    keys = {_site_key(s) for s in sites if s} - {""}
    bracketed = re.match(r"^(.*\S)\s*[\[(]([^\])]+)[\])]$", title)  # "Story [Site]", "Story (Site)"
    if bracketed and _site_key(bracketed.group(2)) in keys:
        title = bracketed.group(1)
    for _ in range(2):  # "Story | Section | Site"
        parts = _SEPARATORS.split(title)
        if len(parts) < 2:
            break
        head, tail = title[: title.rfind(parts[-1])], parts[-1]
        if _site_key(tail) in keys or any(k and (k in _site_key(tail) or _site_key(tail) in k) for k in keys):
            title = re.sub(r"\s*(?:\||-|–|—|::|·|»|:)\s*$", "", head).strip()
            continue
        first = parts[0]
        if _site_key(first) in keys:
            title = title[len(first) :].lstrip(" |-–—:·»").strip()
            continue
        break
    return title


def _site_key(name: str) -> str:
    name = name.lower().removeprefix("www.")
    name = re.sub(r"\.(?:com|org|net|co\.uk|co|fr|de|es|cz|news|io)$", "", name)
    return re.sub(r"[^\w]+", "", name)
