"""Every command answers --help with an example, and README documents every command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from narrate import __version__
from narrate.cli import app
from tests.conftest import ROOT
from tests.media import probe

runner = CliRunner()


def command_paths() -> list[list[str]]:
    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(command: Any, path: list[str]) -> None:
        if hasattr(command, "commands"):  # a group (typer may bundle its own copy of click)
            for name, sub in command.commands.items():
                walk(sub, [*path, name])
        else:
            paths.append(path)

    walk(root, [])
    return paths


COMMANDS = command_paths()


def test_the_commands_are_there() -> None:
    names = {" ".join(p) for p in COMMANDS}
    expected = {"article", "extract", "voices", "script", "say", "batch", "feed", "serve", "cache clear"}
    assert expected <= names
    assert {"lexicon add", "lexicon list", "lexicon import"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_help_has_an_example(path: list[str]) -> None:
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example: narrate " + path[0] in " ".join(result.output.split())


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_readme_documents_it(path: list[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"narrate {' '.join(path)}" in readme or f"narrate {path[0]} " in readme


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"narrate {__version__}"


def test_readme_quickstart_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    lines = [line for line in block.splitlines() if line.strip()]
    assert "narrate article examples/" in lines[0]
    assert lines[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_python_example_runs(tmp_path: Path) -> None:
    """README's "Use from Python" example, as written, in a copy of the repository's examples/."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("## Use from Python", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Library Extends Weekend Hours for Exam Season ")  # the example's title
    mp3 = tmp_path / "plain-story.mp3"
    assert probe(mp3).codec == "mp3" and probe(mp3).duration_s > 5
    assert "['chapters', 'html', 'srt', 'timings', 'vtt']" in done.stdout
    assert (tmp_path / "plain-story.vtt").is_file()


def test_public_api_names_resolve() -> None:
    """Every name in narrate.__all__ is there, and the stage functions are functions, not packages."""
    import narrate  # noqa: PLC0415  (the package itself is under test)
    import narrate.pipeline  # noqa: PLC0415  (loads every stage package first, the hard case)

    for name in narrate.__all__:
        assert getattr(narrate, name) is not None
    assert callable(narrate.extract) and callable(narrate.publish) and callable(narrate.run_batch)
