"""A batch's sources: arguments, folders, list files and feeds -> the story sources, each once, in order.

Also how the manifest names a source (`source_key`) and the stable guid a story keeps across runs.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Sequence
from pathlib import Path

from narrate.errors import FetchError, SourceNotFoundError, TooLargeError, UsageError
from narrate.fetch import HTML_SUFFIXES, TEXT_SUFFIXES, USER_AGENT, is_url
from narrate.models import Story

STORY_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES


def source_key(source: str) -> str:
    """How the manifest names a source: a URL as given, a file by its absolute path."""
    return source if is_url(source) else str(Path(source).expanduser().resolve())


def story_guid(source: str) -> str:
    """UUIDv5 of a URL, or of a file's absolute path (as a file: URI).

    >>> story_guid("https://example.org/news/1")
    '9b22a03d-51f2-5c8b-83ee-99b2a7be848a'
    """
    name = source if is_url(source) else Path(source).expanduser().resolve().as_uri()
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def gather_sources(
    args: Sequence[str], list_file: Path | None = None, feed: str | None = None, *, timeout: float = 20.0
) -> list[str]:
    """The batch's sources in order: ARGS (a folder gives its story files), then LIST_FILE's, then FEED's
    item links; each story once."""
    found: list[str] = []
    for arg in args:
        found.extend(_expand(arg))
    if list_file is not None:
        found.extend(s for line in read_list(list_file) for s in _expand(line))
    if feed is not None:
        found.extend(feed_links(feed, timeout=timeout))
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
    """A folder becomes its .html/.txt/.md files (sorted); file:// URLs become paths."""
    if source.lower().startswith("file://"):
        source = urllib.request.url2pathname(urllib.parse.urlsplit(source).path)
    path = Path(source).expanduser()
    if not is_url(source) and path.is_dir():
        return sorted(str(p) for p in path.iterdir() if p.suffix.lower() in STORY_SUFFIXES and p.is_file())
    return [source]


def read_list(path: Path) -> list[str]:
    """Sources from a list file: one per line; blank lines and lines starting with # are ignored.

    Relative paths in the list are taken relative to the list file's folder.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise SourceNotFoundError(f"{path}: no such list file", hint="Check the --list path.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the list file ({exc})", hint="Give UTF-8 text.") from exc
    sources = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        relative = not is_url(line) and "://" not in line and not Path(line).expanduser().is_absolute()
        sources.append(str(path.parent / line) if relative else line)
    return sources


def feed_links(feed: str, *, timeout: float = 20.0, max_bytes: int = 10_000_000) -> list[str]:
    """The story links of an RSS or Atom feed (URL or file), in the feed's order, made absolute."""
    import feedparser  # noqa: PLC0415  (only --from-feed needs it; it is slow to import)

    data = _read_feed(feed, timeout, max_bytes)
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise FetchError(f"{feed}: not an RSS or Atom feed", hint="Give the feed's own URL or file.")
    base = feed if is_url(feed) else Path(feed).expanduser().resolve().as_uri()
    links = []
    for entry in parsed.entries:
        hrefs = [x.get("href") for x in entry.get("links", []) if x.get("href")]
        link = entry.get("link") or (hrefs[0] if hrefs else None)
        if link:
            links.extend(_expand(urllib.parse.urljoin(base, link.strip())))
    return links


def _read_feed(feed: str, timeout: float, max_bytes: int) -> bytes:
    if not is_url(feed):
        path = Path(feed).expanduser()
        if not path.is_file():
            raise SourceNotFoundError(f"{feed}: no such feed file", hint="Check the --from-feed path or URL.")
        return path.read_bytes()[: max_bytes + 1]
    request = urllib.request.Request(feed, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(max_bytes + 1)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise FetchError(f"{feed}: cannot fetch the feed ({exc})", hint="Check the address.") from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"{feed}: feed is over {max_bytes} bytes")
    return data
