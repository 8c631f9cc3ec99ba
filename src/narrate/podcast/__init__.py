"""A batch folder published: OUTDIR/manifest.json -> podcast feed (feed.py), cover art (cover.py), listener
pages (site.py), and a local preview server (serve.py). The manifest is read through narrate.folder only.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from narrate import folder
from narrate.folder import SETTINGS_NAME
from narrate.podcast.entries import Entry, read_entries
from narrate.podcast.feed import check_outdir, write_feed
from narrate.podcast.settings import FeedSettings, resolve_settings, save_settings, settings_to_keep
from narrate.podcast.site import write_site

__all__ = [
    "Entry",
    "FeedSettings",
    "publish",
    "read_entries",
    "resolve_settings",
    "save_settings",
    "settings_to_keep",
    "update_if_configured",
]


def publish(outdir: Path, options: FeedSettings, *, locked: bool = False) -> Path:
    """feed.xml, the cover, and the listener pages (index.html, stories/); return the feed's path.

    Holds the batch folder lock, so a feed is never made from a folder a `narrate batch` is changing;
    LOCKED=True when the caller (a batch run) holds it already.
    """
    check_outdir(outdir)
    with contextlib.nullcontext() if locked else folder.folder_lock(outdir):
        path = write_feed(outdir, options)
        write_site(outdir, resolve_settings(outdir, options))
    return path


def update_if_configured(outdir: Path) -> Path | None:
    """For `narrate batch`, holding the folder lock, after its run: rewrite the feed and the pages when
    OUTDIR/podcast.toml exists and at least one story is narrated; else do nothing and return None."""
    if not (outdir / SETTINGS_NAME).is_file() or not read_entries(outdir):
        return None
    return publish(outdir, FeedSettings(), locked=True)
