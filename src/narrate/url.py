"""Web addresses split without surprises: urllib's `urlsplit` raises ValueError on some text ("http://[::1",
unbalanced brackets; a host that NFKC changes), and an address may come from anyone (a page's canonical
link, a feed, a request line, a setting). Everything that splits an address it did not check calls this."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


def split_url(url: str) -> SplitResult | None:
    """URL's parts; None when urllib cannot split it.

    >>> split_url("https://example.org/a?b").netloc, split_url("http://[::1")
    ('example.org', None)
    """
    try:
        return urlsplit(url)
    except ValueError:
        return None
