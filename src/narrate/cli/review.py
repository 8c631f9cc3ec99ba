"""narrate review commands."""

from narrate.cli._app import app  # noqa: F401
