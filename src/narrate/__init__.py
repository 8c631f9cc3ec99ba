"""narrate: offline text-to-speech narration of news articles.

The public Python API (see README, "Use from Python")::

    from narrate import ArticleOptions, narrate_article
    episode = narrate_article("story.html", Path("story.mp3"), ArticleOptions(sidecars=True))

Names are loaded on first use, so that importing narrate (or running `narrate --help`) stays quick.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

_API = {
    "narrate_article": "narrate.pipeline",
    "read_story": "narrate.pipeline",
    "ArticleOptions": "narrate.options",
    "extract": "narrate.extraction",
    "write_script": "narrate.script",
    "run_batch": "narrate.batch",
    "BatchOptions": "narrate.batch",
    "BatchResult": "narrate.batch",
    "publish": "narrate.podcast",
    "FeedSettings": "narrate.podcast",
    "load_voice": "narrate.speak.voices",
    "Episode": "narrate.models",
    "Story": "narrate.models",
    "Utterance": "narrate.models",
    "NarrateError": "narrate.errors",
}

__all__ = [
    "ArticleOptions",
    "BatchOptions",
    "BatchResult",
    "Episode",
    "FeedSettings",
    "NarrateError",
    "Story",
    "Utterance",
    "__version__",
    "extract",
    "load_voice",
    "narrate_article",
    "publish",
    "read_story",
    "run_batch",
    "write_script",
]

if TYPE_CHECKING:
    from narrate.batch import BatchOptions, BatchResult, run_batch
    from narrate.errors import NarrateError
    from narrate.extraction import extract
    from narrate.models import Episode, Story, Utterance
    from narrate.options import ArticleOptions
    from narrate.pipeline import narrate_article, read_story
    from narrate.podcast import FeedSettings, publish
    from narrate.script import write_script
    from narrate.speak.voices import load_voice


def __getattr__(name: str) -> Any:
    """Load a public name from the module that owns it (PEP 562)."""
    if name not in _API:
        raise AttributeError(f"module 'narrate' has no attribute {name!r}")
    value = getattr(importlib.import_module(_API[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
