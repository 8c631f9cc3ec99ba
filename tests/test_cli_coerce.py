"""Options coerced without pydantic (narrate.cli._coerce): Typer's inputs exactly, errors on one line."""

from __future__ import annotations

import datetime
import enum
import math
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any

import pytest
import typer
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.main import get_command
from typer.testing import CliRunner

from narrate import errors
from narrate.cli import _coerce, app
from tests.conftest import EXAMPLES

runner = CliRunner()
STORY = EXAMPLES / "amazon-facial-recognition.html"

RUN_WITHOUT_PYDANTIC = """
import sys
from narrate.cli import app
for args in (sys.argv[1:5], sys.argv[5:]):
    try:
        app(args, standalone_mode=False)
    except SystemExit:
        pass
print("pydantic" in sys.modules, "typer._adapters" in sys.modules)
"""


def test_commands_run_without_pydantic(tmp_path: Path) -> None:
    """Options of every plain type (str list, int with min, float with min, Path, bool) coerced in a real
    run, and neither pydantic nor Typer's adapters imported."""
    args = ["extract", str(STORY), "--timeout", "1.5"]
    args += ["batch", "-d", str(tmp_path / "out"), "--jobs", "2", "--timeout", "2", "-q"]
    done = subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_PYDANTIC, *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Amazon" in done.stdout  # extract ran
    assert "no sources" in done.stderr  # batch got past its options
    assert done.stdout.splitlines()[-1] == "False False"


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), prog_name="narrate", catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["batch", "-d", "out", "--jobs", "two"], ["'--jobs'", "'two'", "integer"]),
        (["batch", "-d", "out", "-j", "1.5"], ["'--jobs'", "'1.5'", "integer"]),
        (["batch", "-d", "out", "--jobs", "0"], ["'--jobs'", "0 is not in the range x>=1"]),
        (["batch", "-d", "out", "--timeout", "soon"], ["'--timeout'", "'soon'", "float"]),
        (["batch", "-d", "out", "--timeout", "0"], ["'--timeout'", "0.0 is not in the range x>=0.001"]),
        (["batch", "-d", "out", "--timeout", "nan"], ["'--timeout'", "nan is not in the range"]),
        (["article", str(STORY), "--max-bytes", "-5"], ["'--max-bytes'", "-5 is not in the range x>=1"]),
        (["article", str(STORY), "--rate", "fast"], ["'--rate'", "'fast'", "integer"]),
        (["serve", ".", "--port", "70000"], ["'--port'", "70000 is not in the range 0<=x<=65535"]),
        (["serve", ".", "-p", "-1"], ["'--port'", "-1 is not in the range 0<=x<=65535"]),
        (["serve", ".", "-p", "http"], ["'--port'", "'http'", "integer"]),
    ],
)
def test_bad_values_one_line_usage_error(args: list[str], names: list[str]) -> None:
    code, output = run(*args)
    lines = [line for line in output.splitlines() if line.strip()]
    assert code == errors.UsageError.exit_code, output
    assert len(lines) == 1, output
    assert lines[0].startswith("ERROR: narrate "), output
    assert "Invalid value for" in lines[0], output
    for name in names:
        assert name in lines[0], output
    assert lines[0].endswith("--help.)"), output
    assert "Traceback" not in output


def _params() -> dict[str, Any]:
    """Every option and argument of every command, by command and name."""
    found: dict[str, Any] = {}

    def walk(command: Any, path: str) -> None:
        for param in command.params:
            found[f"{path} {param.name}"] = (command, param)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(get_command(app), "")
    return found


def _outcome(coerce: Any, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        result = coerce(value, param=param, ctx=ctx)
    except BadParameter:
        return ("refused", None)
    if isinstance(result, float) and math.isnan(result):
        return ("nan", float)
    return ("ok", (type(result), result))


INPUTS: dict[Any, list[Any]] = {
    int: [
        "2",
        "02",
        "+2",
        "-2",
        "-0",
        " 2",
        "2 ",
        "2.0",
        "2.5",
        "1_000",
        "\u0662",
        "1e3",
        "",
        "x",
        "0x10",
        "99999999999999999999999",
        "-1",
        "0",
        "1",
        "65535",
        "65536",
        "70000",
        3,
        3.0,
        0,
    ],
    float: [
        "1.5",
        "1",
        "+1.5",
        "-1.5",
        ".5",
        "5.",
        "1e3",
        "1E-3",
        "inf",
        "-inf",
        "nan",
        " 1.5",
        "1_0.5",
        "0x10",
        "1.5e",
        "",
        ".",
        "e3",
        "0",
        "0.001",
        "0.0009",
        "\u0661.\u0665",
        3,
        3.0,
        20.0,
    ],
    str: ["a", "", "\udcff", "a\x00b", "--x"],
    Path: ["a", "", ".", "~/x", "a\x00b", "\udcff", Path("say.mp3")],
    bool: [True, False],
}


@pytest.mark.parametrize("where", sorted(_params()))
def test_same_values_accepted_as_typer(where: str) -> None:
    """Each parameter, on a sweep of inputs: the value Typer's own (pydantic) coercion gives, or a refusal
    where it refuses."""
    command, param = _params()[where]
    ctx = Context(command)
    descriptor = param.type_descriptor
    fast = param.get_runtime_param()
    assert type(fast).__name__ == "FastRuntimeParam", where  # every type narrate uses is covered
    typers = build_runtime_param(descriptor)
    annotation = descriptor.annotation
    if annotation == list[str]:
        values: list[Any] = [("a", "b"), ["c"], ()]
    else:
        values = INPUTS[annotation]
    for value in values:
        assert _outcome(fast._coerce_value, value, param, ctx) == _outcome(
            typers._coerce_value, value, param, ctx
        ), (where, value)


def test_good_values_parse(tmp_path: Path) -> None:
    params = _params()
    for where, raw, expected in [
        ("batch jobs", "2", 2),
        ("batch timeout", "1.5", 1.5),
        ("batch outdir", "out", Path("out")),
        ("serve port", "0", 0),
        ("serve port", "65535", 65535),
        ("article max_bytes", "1", 1),
    ]:
        command, param = params[where]
        value = param.process_value(Context(command), raw)
        assert value == expected and type(value) is type(expected), where


def test_other_typer_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _coerce.install()  # already installed: idempotent
    monkeypatch.setattr(typer, "__version__", "0.30.0")
    assert not _coerce.install()


class Colour(enum.Enum):
    red = "red"


def test_other_types_keep_typers_coercion() -> None:
    """A type not handled here (a choice, a date, a custom parser) is coerced by Typer, as before."""

    small = typer.Typer()

    @small.command()
    def show(
        colour: Annotated[Colour, typer.Option()] = Colour.red,
        when: Annotated[datetime.datetime | None, typer.Option()] = None,
        twice: Annotated[int, typer.Option(parser=lambda raw: int(raw) * 2)] = 1,
    ) -> None:
        typer.echo(f"{colour.value} {when and when.year} {twice}")

    assert (
        runner.invoke(small, ["--colour", "red", "--when", "2024-05-01", "--twice", "4"]).output
        == "red 2024 8\n"
    )
    refused = runner.invoke(small, ["--colour", "blue"])
    assert refused.exit_code == 2 and "'blue' is not one of 'red'" in refused.output
