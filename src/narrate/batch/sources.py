"""A batch's sources: arguments, folders, list files and feeds -> the story sources, each once, in order.

Also how the manifest names a source (`source_key`) and the stable guid a story keeps across runs. Files and
folders are named without loading the fetcher (narrate.fetch, with its HTTP client and charset detection):
an unchanged rerun of local stories never needs it; URLs and feeds load it when they come up.
"""

from __future__ import annotations

import re
import urllib.parse
import uuid
from collections.abc import Sequence
from pathlib import Path

from narrate.errors import FetchError, NarrateError, SourceNotFoundError, UsageError
from narrate.files import LIST_MAX_BYTES, path_error, read_regular, user_path
from narrate.models import Story

# The files a folder gives: fetch's HTML_SUFFIXES | TEXT_SUFFIXES (tests/test_batch.py keeps them equal),
# spelled out so that listing a folder does not load the fetcher.
STORY_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".txt", ".md", ".markdown", ".text"})
FEED_MAX_BYTES = 10_000_000
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:")  # one letter would be a Windows drive


def is_url(source: str) -> bool:
    """narrate.fetch.is_url (http and https addresses), loading the fetcher only for a source with a colon:
    without one there is no scheme, so no URL.

    >>> is_url("https://example.org/story"), is_url("story.html"), is_url("C:/pages/story.html")
    (True, False, False)
    """
    if ":" not in source:
        return False
    from narrate.fetch import is_url as fetch_is_url  # noqa: PLC0415  (see the module's docstring)

    return fetch_is_url(source)


def _redact(url: str) -> str:
    from narrate.fetch import redact  # noqa: PLC0415  (see the module's docstring)

    return redact(url)


def source_key(source: str) -> str:
    """How the manifest names a source: a URL as given (without a password), a file by its absolute path
    (a path that cannot be resolved, as given: reading it fails with the reason)."""
    if is_url(source):
        return _redact(source)
    try:
        return str(user_path(source).resolve())
    except (NarrateError, OSError, RuntimeError):
        return source


def story_guid(source: str) -> str:
    """UUIDv5 of a URL, or of a file's absolute path (as a file: URI).

    >>> story_guid("https://example.org/news/1")
    '9b22a03d-51f2-5c8b-83ee-99b2a7be848a'
    """
    name = _redact(source) if is_url(source) else Path(source_key(source)).absolute().as_uri()
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def gather_sources(
    args: Sequence[str],
    list_file: Path | None = None,
    feed: str | None = None,
    *,
    timeout: float = 20.0,
    allow_private: bool = False,
) -> list[str]:
    """The batch's sources in order: ARGS (a folder gives its story files), then LIST_FILE's, then FEED's
    item links; each story once. A URL is checked against fetch's URL policy when its story is read, so a
    file:// line or feed item fails as it does for `narrate article`."""
    found: list[str] = []
    for arg in args:
        found.extend(_expand(arg))
    if list_file is not None:
        found.extend(s for line in read_list(list_file) for s in _expand(line))
    if feed is not None:
        found.extend(feed_links(feed, timeout=timeout, allow_private=allow_private))
    return unique_stories(found)


def unique_stories(sources: Sequence[str]) -> list[str]:
    """SOURCES with each one once (the same file by two paths is one source), where it first appears."""
    first: dict[str, str] = {}
    for source in sources:
        first.setdefault(source_key(source), source)
    return list(first.values())


def guid_for(story: Story, source: str) -> str:
    """A new story's guid: from the story's own URL (a saved page's canonical address counts, so a page
    saved again elsewhere is the same story), else from its source's URL or file path.

    >>> page = Story("a.html", "https://example.org/news/1", "T", None, None, None, None, None, ())
    >>> guid_for(page, "a.html") == story_guid("https://example.org/news/1")
    True
    """
    return story_guid(story.url) if story.url and is_url(story.url) else story_guid(source)


def _expand(source: str) -> list[str]:
    """A folder becomes its .html/.txt/.md files (sorted); anything else stays as it is. A path that cannot
    exist (an unknown ~user, a name too long) stops the batch before it starts: SourceNotFoundError."""
    if _SCHEME.match(source):
        return [source]
    path = user_path(source)
    try:
        is_dir = path.is_dir()
    except OSError as exc:
        raise path_error(source, "file", exc) from exc
    if is_dir:
        return sorted(str(p) for p in path.iterdir() if p.suffix.lower() in STORY_SUFFIXES and p.is_file())
    return [source]


def read_list(path: Path) -> list[str]:
    """Sources from a list file: one per line; blank lines and lines starting with # are ignored.

    Relative paths in the list are taken relative to the list file's folder.
    """
    try:
        text = read_regular(user_path(path), LIST_MAX_BYTES, what="list file").decode("utf-8-sig")
    except SourceNotFoundError as exc:
        raise SourceNotFoundError(f"{path}: no such list file", hint="Check the --list path.") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: cannot read the list file ({exc})", hint="Give UTF-8 text.") from exc
    sources = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        relative = not _SCHEME.match(line) and not line.startswith(("/", "~"))
        sources.append(str(path.parent / line) if relative else line)
    return sources


def feed_links(
    feed: str, *, timeout: float = 20.0, max_bytes: int = FEED_MAX_BYTES, allow_private: bool = False
) -> list[str]:
    """The story links of an RSS or Atom feed (URL or file), in the feed's order.

    A remote feed's links are made absolute against its URL (a link to file:// or another scheme stays
    that, and fails when read: a feed never reaches this machine's files). A local feed file's relative
    links are files beside it.
    """
    import feedparser  # noqa: PLC0415  (only --from-feed needs it; it is slow to import)

    data = _read_feed(feed, timeout, max_bytes, allow_private)
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise FetchError(f"{_redact(feed)}: not an RSS or Atom feed", hint="Give the feed's own URL or file.")
    links = []
    for entry in parsed.entries:
        hrefs = [x.get("href") for x in entry.get("links", []) if x.get("href")]
        link = entry.get("link") or (hrefs[0] if hrefs else None)
        if link:
            links.extend(_expand(_feed_link(feed, link.strip())))
    return links


def _feed_link(feed: str, link: str) -> str:
    if is_url(feed):
        return urllib.parse.urljoin(feed, link)
    if _SCHEME.match(link) or link.startswith("/"):
        return link
    return str(user_path(feed).parent / urllib.parse.unquote(link))


def _read_feed(feed: str, timeout: float, max_bytes: int, allow_private: bool) -> bytes:
    """The feed's bytes: a URL through fetch's client and policy, a file through the bounded reader."""
    if _SCHEME.match(feed):
        from narrate.fetch.http import http_get  # noqa: PLC0415  (see the module's docstring)

        accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8"
        return http_get(
            feed, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private, accept=accept
        ).data
    try:
        return read_regular(user_path(feed), max_bytes, what="feed file")
    except SourceNotFoundError as exc:
        raise SourceNotFoundError(
            f"{feed}: no such feed file", hint="Check the --from-feed path or URL."
        ) from exc
