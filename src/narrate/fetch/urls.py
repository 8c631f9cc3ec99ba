"""The URL policy, in one place for every address narrate fetches however it arrives (an argument, a --list
line, a feed's item, each redirect hop): http(s) only; user names and passwords never shown in a message;
link-local and cloud metadata addresses always refused; loopback and private addresses refused unless the
user allows them.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse

from narrate.errors import (
    FetchError,
    SchemeError,
)
from narrate.url import split_url

# cloud metadata services that do not sit on a link-local address (AWS's IPv6, Alibaba's, Azure's wire server)
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "168.63.129.16")
)


_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:/*)[^/?#]*@")


# ------------------------------------------------------------------------------------------- the URL policy


def redact(url: str) -> str:
    """URL without its user name and password, for every message and record.

    >>> redact("http://user:pw@example.org:8080/a?b"), redact("story.html")
    ('http://example.org:8080/a?b', 'story.html')
    """
    return _USERINFO.sub(r"\1", url)


def address_problem(address: str, *, allow_private: bool = False) -> str | None:
    """Why narrate will not connect to ADDRESS (an IP address), or None when it may.

    >>> address_problem("93.184.216.34"), address_problem("169.254.169.254", allow_private=True)
    (None, 'a link-local or cloud metadata address')
    >>> address_problem("127.0.0.1"), address_problem("::ffff:10.0.0.1", allow_private=True)
    ('a loopback or private address', None)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is no part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_link_local or ip in METADATA_ADDRESSES:
        return "a link-local or cloud metadata address"
    if ip.is_multicast:
        return "a multicast address"
    if not ip.is_global and not allow_private:  # loopback, private, shared, unspecified, reserved
        return "a loopback or private address"
    return None


def check_url(url: str, *, shown: str, via: str | None = None) -> urllib.parse.SplitResult:
    """URL's parts when its form is allowed (http or https, a host); SHOWN names the source in messages,
    VIA is set for a redirect hop."""
    where = f"{shown}: redirected to {redact(url)}, which" if via else f"{shown}:"
    try:
        parts = urllib.parse.urlsplit(url.strip())
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number in range)
    except ValueError as exc:
        raise FetchError(f"{where} is not a valid address ({exc})", hint="Check the address.") from exc
    if parts.scheme.lower() not in ("http", "https"):
        what = (
            f"{where} is not an http(s) address"
            if via
            else f"{where} only http:// and https:// addresses can be fetched"
        )
        raise SchemeError(what, hint="Download the page and give its file, or use an http(s) URL.")
    if not parts.hostname:
        raise FetchError(f"{where} has no host name", hint="Check the address.")
    return parts


def is_url(source: str) -> bool:
    """True for http(s) addresses.

    >>> is_url("https://example.org/story"), is_url("story.html"), is_url("C:/pages/story.html")
    (True, False, False)
    """
    parts = split_url(source)  # "http://[::1" cannot be split: an address, if a broken one (check_url says)
    scheme = parts.scheme if parts else source.partition(":")[0]
    return scheme.lower() in ("http", "https")
