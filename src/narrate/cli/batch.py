"""narrate batch commands."""

from narrate.cli._app import app  # noqa: F401
