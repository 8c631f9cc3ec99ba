"""Station profiles: a producer's knowledge of their own CMS, as TOML (see the README's "Station profiles").
A profile names the station, can fix or locate the byline, points at the article body, and lists elements and
text never to speak.  Shipped profiles live in narrate/stations/, a user's in
$XDG_CONFIG_HOME/narrate/stations/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from narrate import config
from narrate.errors import VoiceError
from narrate.models import Page
from narrate.url import split_url

SHIPPED = config.SHIPPED_STATIONS
_KEYS = (
    "match",
    "station",
    "byline",
    "byline_selector",
    "body",
    "never_speak",
    "never_speak_text",
    "language",
)


@dataclass(frozen=True)
class StationProfile:
    """One site's rules.  Selectors are CSS (a simple subset) or XPath (starting with "/" or "(")."""

    name: str  # the profile's name, or the path it came from
    hosts: tuple[str, ...] = ()  # "apr.org" matches apr.org and www.apr.org
    url_patterns: tuple[str, ...] = ()  # regular expressions searched in the page URL
    text_markers: tuple[str, ...] = ()  # strings that identify the site in the page (or its copied text)
    station: str | None = None
    byline: str | None = None  # a fixed byline (a one-person show, a syndicated column)
    byline_selector: str | None = None  # where the byline is on the page
    body_selector: str | None = None  # the element that holds the story's paragraphs
    never_speak: tuple[str, ...] = ()  # selectors of elements removed before extraction
    never_speak_text: tuple[str, ...] = ()  # regular expressions; a paragraph matching one is dropped
    language: str | None = None

    def matches(self, page: Page) -> bool:
        """True when the page's host, URL or text marks it as this site's."""
        url = page.url or _declared_url(page)
        parts = split_url(url) if url else None  # None too for a broken address the page declares
        host = (parts.hostname or "").lower() if parts else ""
        if host and any(host == h or host.endswith("." + h) for h in self.hosts):
            return True
        if url and any(re.search(p, url) for p in self.url_patterns):
            return True
        return any(marker in page.content for marker in self.text_markers)


_CANONICAL = re.compile(
    r"""<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)"""
    r"""|<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)""",
    re.IGNORECASE,
)


def _declared_url(page: Page) -> str | None:
    """A saved page's own address (canonical link or og:url), for matching by host."""
    if page.kind != "html":
        return None
    match = _CANONICAL.search(page.content[:100_000])
    return (match.group(1) or match.group(2)) if match else None


def load_profile(path: Path) -> StationProfile:
    """Read one profile file; a bad file raises VoiceError naming it."""
    data = config.read_toml(path, "station profile", known=_KEYS, hint="See README, 'Station profiles'.")
    match = data.get("match", {})
    try:
        profile = StationProfile(
            name=path.stem,
            hosts=tuple(str(h).lower() for h in match.get("hosts", ())),
            url_patterns=tuple(str(p) for p in match.get("urls", ())),
            text_markers=tuple(str(t) for t in match.get("text", ())),
            station=_opt(data.get("station")),
            byline=_opt(data.get("byline")),
            byline_selector=_opt(data.get("byline_selector")),
            body_selector=_opt(data.get("body")),
            never_speak=tuple(str(s) for s in data.get("never_speak", ())),
            never_speak_text=tuple(str(s) for s in data.get("never_speak_text", ())),
            language=_opt(data.get("language")),
        )
        for selector in (profile.byline_selector, profile.body_selector, *profile.never_speak):
            if selector:
                to_xpath(selector)
        for pattern in (*profile.url_patterns, *profile.never_speak_text):
            re.compile(pattern)
    except (AttributeError, TypeError, ValueError, re.error) as exc:
        raise VoiceError(
            f"{path}: bad station profile ({exc})", hint="See README, 'Station profiles'."
        ) from exc
    return profile


def _opt(value: object) -> str | None:
    return str(value) if value else None


def user_folder() -> Path:
    return config.user_stations()


def all_profiles(folders: tuple[Path, ...] | None = None) -> list[StationProfile]:
    """Every profile in the user's folder, then the shipped ones (a user's file shadows a shipped one)."""
    seen: set[str] = set()
    profiles = []
    for folder in folders or (user_folder(), SHIPPED):
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
            if path.stem not in seen:
                seen.add(path.stem)
                profiles.append(load_profile(path))
    return profiles


def find_station_profile(page: Page, name_or_path: str | None = None) -> StationProfile | None:
    """The profile for this page: NAME_OR_PATH (a profile name, a .toml file or a folder of them) if given,
    else the first shipped or user profile whose [match] fits the page; None when none does."""
    if not name_or_path:
        return next((p for p in all_profiles() if p.matches(page)), None)
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return next((p for p in all_profiles((path,)) if p.matches(page)), None)
    if path.suffix == ".toml" or path.exists():
        if not path.is_file():
            raise VoiceError(f"{name_or_path}: no such station profile", hint="Check the path.")
        return load_profile(path)
    for profile in all_profiles():
        if profile.name == name_or_path:
            return profile
    names = ", ".join(p.name for p in all_profiles()) or "none"
    raise VoiceError(f"{name_or_path}: unknown station profile", hint=f"Known profiles: {names}.")


# A small CSS subset, so profiles need no extra package: tag, #id, .class, [attr], [attr=v], [attr~=v],
# [attr*=v], [attr^=v], [attr$=v], descendant (space) and child (>) combinators, and comma groups.
_COMPOUND = re.compile(r"""([a-zA-Z][\w-]*|\*)?((?:[#.][\w-]+|\[[^\]]+\])*)$""")
_PART = re.compile(r"""[#.][\w-]+|\[\s*([\w:-]+)\s*(?:([~*^$|]?=)\s*["']?([^"'\]]*)["']?\s*)?\]""")


def to_xpath(selector: str) -> str:
    """A selector as XPath; XPath passes through.

    >>> to_xpath("div.story-body > p")
    "descendant-or-self::div[contains(concat(' ', normalize-space(@class), ' '), ' story-body ')]/p"
    >>> to_xpath("//aside")
    '//aside'
    """
    selector = selector.strip()
    if selector.startswith(("/", "(", "./")):
        _check_xpath(selector)
        return selector
    groups = [_group(g.strip()) for g in selector.split(",")]
    return " | ".join(groups)


def _group(group: str) -> str:
    tokens = re.sub(r"\s*>\s*", " > ", group).split()
    if not tokens:
        raise ValueError(f"empty selector in {group!r}")
    steps, axis = [], "descendant-or-self::"
    for token in tokens:
        if token == ">":
            axis = "/"
            continue
        steps.append(axis + _compound(token))
        axis = "//"
    return "".join(steps)


def _compound(token: str) -> str:
    if not _COMPOUND.match(token):
        raise ValueError(f"unsupported CSS selector {token!r}; write it as XPath")
    tag = re.match(r"[a-zA-Z][\w-]*|\*", token)
    conditions = []
    for part in _PART.finditer(token[tag.end() if tag else 0 :]):
        text = part.group(0)
        if text.startswith("#"):
            conditions.append(f"@id='{text[1:]}'")
        elif text.startswith("."):
            conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {text[1:]} ')")
        else:
            conditions.append(_attribute(part.group(1), part.group(2), part.group(3)))
    return (tag.group(0) if tag else "*") + "".join(f"[{c}]" for c in conditions)


def _attribute(name: str, op: str | None, value: str | None) -> str:
    attr, value = f"@{name}", value or ""
    return {
        None: attr,
        "=": f"{attr}='{value}'",
        "~=": f"contains(concat(' ', normalize-space({attr}), ' '), ' {value} ')",
        "*=": f"contains({attr}, '{value}')",
        "^=": f"starts-with({attr}, '{value}')",
        "$=": f"substring({attr}, string-length({attr}) - {len(value) - 1})='{value}'",
        "|=": f"({attr}='{value}' or starts-with({attr}, '{value}-'))",
    }[op]


def _check_xpath(xpath: str) -> None:
    try:
        etree.XPath(xpath)
    except etree.XPathSyntaxError as exc:
        raise ValueError(f"bad XPath {xpath!r}: {exc}") from exc


def select(tree: etree._Element, selector: str) -> list[etree._Element]:
    """The elements a selector finds (elements only)."""
    found = tree.xpath(to_xpath(selector))
    return [el for el in found if isinstance(el, etree._Element)] if isinstance(found, list) else []
