"""The review commands through the real CLI: script (--json, --check), say, lexicon add/list/import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narrate.cli import app
from tests.conftest import CORPUS, SEED
from tests.media import probe

runner = CliRunner()

CASES = """Amazon Halts Police Use

The ACLU said 7% of 12,000 people on June 12 at 12:55 p.m. ET.

Joy Buolamwini of MIT spoke. Visit https://www.npr.org.

Nicole Ozer and Arvind Krishna met Xqzt in Tuscaloosa, AL 35487.
"""


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    path = tmp_path / "cases.txt"
    path.write_text(CASES, "utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_script_json_one_object_per_utterance(cases: Path) -> None:
    code, output = run("script", str(cases), "--json", "--no-intro")
    assert code == 0, output
    rows = json_lines(output)
    assert [r["kind"] for r in rows] == ["title", "paragraph", "paragraph", "paragraph"]  # a .txt maps 1:1
    assert all(
        set(r) == {"source", "index", "kind", "section", "text", "spoken", "pause_after_ms"} for r in rows
    )
    assert rows[1]["text"] == "The ACLU said 7% of 12,000 people on June 12 at 12:55 p.m. ET."
    assert rows[1]["spoken"] == (
        "The A C L U said seven percent of twelve thousand people on June twelfth at twelve fifty-five p m"
        " Eastern time."
    )
    assert str(rows[2]["spoken"]).endswith("of M I T spoke. Visit N P R dot org.")
    assert "Buolamwini" not in str(rows[2]["spoken"])
    assert rows[-1]["pause_after_ms"] == 0
    assert {r["source"] for r in rows} == {str(cases)}


def test_script_text_output_shows_spoken_and_written(cases: Path) -> None:
    code, output = run("script", str(cases))
    assert code == 0, output
    assert "twelve fifty-five p m Eastern time" in output
    assert "(written: The ACLU said 7%" in output


def test_script_several_sources(cases: Path) -> None:
    code, output = run("script", str(cases), str(SEED), "--json")
    assert code == 0, output
    rows = json_lines(output)
    assert {r["source"] for r in rows} == {str(cases), str(SEED)}
    seed = [r for r in rows if r["source"] == str(SEED)]
    assert seed[0]["kind"] == "title" and seed[1]["kind"] == "intro"


def test_lexicon_add_changes_what_script_says(cases: Path) -> None:
    code, output = run("lexicon", "add", "Ozer", "oh zur")
    assert code == 0, output
    rows = json_lines(run("script", str(cases), "--json")[1])
    last = next(r for r in rows if "Ozer" in str(r["text"]))
    assert str(last["spoken"]).startswith("Nicole oh zur and")
    assert "Ozer" in str(last["text"])


def test_lexicon_list_shows_the_file(tmp_path: Path) -> None:
    code, output = run("lexicon", "list")
    assert code == 0
    station = tmp_path.parent  # the config home is isolated per test by conftest
    assert "narrate/lexicon.toml" in output and "not created yet" in output
    run("lexicon", "add", "Buolamwini", "bwo lahm wee nee")
    code, output = run("lexicon", "list")
    assert "Buolamwini = bwo lahm wee nee" in output and "not created yet" not in output
    code, output = run("lexicon", "list", "--all")
    assert "Rekognition = recognition" in output
    assert station.exists()


def test_lexicon_import_pls(tmp_path: Path, cases: Path) -> None:
    pls = tmp_path / "station.pls"
    pls.write_text(
        '<?xml version="1.0"?><lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"'
        ' alphabet="ipa" xml:lang="en-US"><lexeme><grapheme>Xqzt</grapheme><alias>zoo kist</alias></lexeme>'
        "<lexeme><grapheme>Krishna</grapheme><phoneme>ˈkɹɪʃnə</phoneme></lexeme></lexicon>",
        "utf-8",
    )
    code, output = run("lexicon", "import", str(pls))
    assert code == 0, output
    assert "2 entries imported" in output
    rows = json_lines(run("script", str(cases), "--json")[1])
    last = next(r for r in rows if "Xqzt" in str(r["text"]))
    assert "zoo kist" in str(last["spoken"]) and "Krishna" not in str(last["spoken"])


def test_lexicon_import_errors(tmp_path: Path) -> None:
    code, output = run("lexicon", "import", str(tmp_path / "missing.pls"))
    assert code == 2
    assert output.startswith("ERROR: ") and "missing.pls: no such file" in output


def test_script_check_lists_words_to_listen_to(cases: Path) -> None:
    code, output = run("script", "--check", str(cases))
    assert code == 0, output
    words = {
        line.split()[0]: line for line in output.splitlines() if line and not line.startswith("narrate:")
    }
    assert "acronym" in words["MIT"] and f"{cases}:2" in words["MIT"]
    assert "name" in words["Ozer"] and "spelled out" in words["Xqzt"]
    assert "Buolamwini" not in words and "ACLU" not in words  # the lexicon covers them
    assert "Amazon" not in words  # title case in the title says nothing
    run("lexicon", "add", "Ozer", "oh zur")
    code, output = run("script", "--check", str(cases))
    assert "Ozer" not in output


def test_script_check_reads_words_in_any_alphabet() -> None:
    """A German story (real copy: Süddeutsche Zeitung) lists whole words ("pr" and "sident" had been listed
    for "Präsident"), and not its nouns as names (German capitalises them all)."""
    page = CORPUS / "fundus-de-SZ-2024_09_30.html"
    code, output = run("script", "--check", str(page))
    assert code == 0, output
    words = [line.split()[0] for line in output.splitlines() if line and not line.startswith("narrate:")]
    assert words and all(len(w) > 1 and not w.islower() for w in words), words
    assert not any(line.split()[2] == "name" for line in output.splitlines() if " name " in line)


def test_script_check_on_a_batch_outdir(tmp_path: Path, cases: Path) -> None:
    outdir = tmp_path / "out"
    outdir.mkdir()
    (outdir / "manifest.json").write_text(
        json.dumps({"items": [{"source": str(cases), "guid": "x"}]}), "utf-8"
    )
    code, output = run("script", "--check", str(outdir))
    assert code == 0, output
    assert "Xqzt" in output and f"{cases}:3" in output


def test_script_check_on_a_folder_without_manifest(tmp_path: Path) -> None:
    code, output = run("script", "--check", str(tmp_path))
    assert code == 2
    assert "manifest.json" in output and output.startswith("ERROR: ")


def test_script_missing_source_is_a_clean_error(tmp_path: Path) -> None:
    code, output = run("script", str(tmp_path / "nope.txt"))
    assert code == 3
    assert output.startswith("ERROR: ") and "Traceback" not in output


@pytest.mark.parametrize(
    "command", [["script"], ["say"], ["lexicon", "add"], ["lexicon", "list"], ["lexicon", "import"]]
)
def test_help_has_an_example(command: list[str]) -> None:
    code, output = run(*command, "--help")
    assert code == 0
    assert "Example: narrate " in output


@pytest.mark.slow
def test_say_writes_an_mp3_with_the_lexicon(tmp_path: Path) -> None:
    out = tmp_path / "clip.mp3"
    code, output = run("say", "Joy Buolamwini of the ACLU, on June 12.", "-o", str(out))
    assert code == 0, output
    assert "A C L U, on June twelfth." in output
    info = probe(out)
    assert info.codec == "mp3" and info.sample_rate == 44100 and info.channels == "mono"
    assert info.duration_s > 1.5 and info.duration_s < 10
