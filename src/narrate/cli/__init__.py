"""narrate's command line: thin Typer commands over the library; see _app for the error path."""

from narrate.cli import article, batch, book, publish, review  # noqa: F401  (each registers its commands)
from narrate.cli._app import app, main

__all__ = ["app", "main"]
