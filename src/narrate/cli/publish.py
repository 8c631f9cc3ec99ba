"""narrate feed and narrate serve: thin commands over narrate.podcast (feed, site, serve)."""

from __future__ import annotations

from pathlib import Path

import typer

from narrate.cli._app import app, err

OUTDIR_HELP = "The folder `narrate batch -d` wrote (with manifest.json)."


@app.command(
    epilog='Example: narrate feed daily --base-url https://example.org/daily --title "Daily News, Read Aloud"'
    ' --author "Radio Example" --email podcast@example.org --image cover.jpg',
)
def feed(
    outdir: Path = typer.Argument(..., help=OUTDIR_HELP),
    base_url: str | None = typer.Option(
        None, "--base-url", help="Where OUTDIR is published (absolute http(s) URL)."
    ),
    title: str | None = typer.Option(None, "--title", help="The podcast's title."),
    author: str | None = typer.Option(
        None, "--author", help="itunes:author and owner [default: the stations]."
    ),
    email: str | None = typer.Option(
        None, "--email", help="Owner email (Apple writes to it to verify the feed)."
    ),
    image: Path | None = typer.Option(
        None,
        "--image",
        help="Cover art: square RGB JPEG or PNG, 1400-3000 px [default: OUTDIR's, else generated].",
    ),
    category: str | None = typer.Option(
        None, "--category", help='Apple category, e.g. "News/Daily News" [News].'
    ),
    language: str | None = typer.Option(None, "--language", help="BCP 47 language [default: the stories']."),
    description: str | None = typer.Option(None, "--description", help="The podcast's description."),
    save: bool = typer.Option(
        False,
        "--save",
        help="Remember these settings in OUTDIR/podcast.toml (then `narrate batch` keeps the feed current).",
    ),
) -> None:
    """Write OUTDIR/feed.xml (a podcast feed for Apple and Podcasting 2.0 apps) and the listener pages.

    Settings come from the options, then OUTDIR/podcast.toml. The cover art is checked, copied into OUTDIR and
    embedded in every MP3. Prints the feed's path.
    """
    from narrate.podcast import FeedSettings, publish, resolve_settings, save_settings, settings_to_keep

    options = FeedSettings(
        title=title,
        base_url=base_url,
        author=author,
        email=email,
        image=image,
        category=category,
        language=language,
        description=description,
    )
    path = publish(outdir, options)
    if save:
        saved = save_settings(outdir, settings_to_keep(outdir, resolve_settings(outdir, options)))
        err.print(f"narrate: settings saved in {saved}", markup=False)
    typer.echo(str(path))
    err.print(f"narrate: listener pages in {outdir / 'index.html'}", markup=False)


@app.command(epilog="Example: narrate serve daily --port 8000   (then open http://127.0.0.1:8000/)")
def serve(
    outdir: Path = typer.Argument(..., help=OUTDIR_HELP),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="TCP port (0: any free port)."),
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to listen on (keep 127.0.0.1 for a private preview)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not log each request on stderr."),
) -> None:
    """Serve OUTDIR for a local preview the way a podcast host must: content types, HEAD, byte ranges.

    Nothing outside OUTDIR is served. Stop it with Ctrl-C.
    """
    from narrate.podcast.serve import make_server, url_of

    log = None if quiet else (lambda line: err.print(line, markup=False, highlight=False))
    server = make_server(outdir, host, port, log=log)
    typer.echo(url_of(server))
    err.print(f"narrate: serving {outdir} at {url_of(server)} (Ctrl-C stops)", markup=False)
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            err.print("narrate: stopped", markup=False)
