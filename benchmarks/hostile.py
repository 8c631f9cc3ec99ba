"""A hostile world, the slow part (issue 12): attacks that take longer than the test suite allows, and a
seeded fuzz run of the CLI over generated pages and texts.

    python benchmarks/hostile.py [--seed 12] [--inputs 400] [--skip-slow]

Fuzz: `narrate extract --json` and `narrate script --json` on generated HTML pages and texts (markup soup,
control characters, stray bytes, odd encodings, deep nesting, punctuation-only paragraphs). Each run must
exit 0 or with a documented exit code, with no traceback. Prints the counts and every finding.
"""

from __future__ import annotations

import argparse
import http.server
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from narrate import errors
from narrate.cli import app

DOCUMENTED = {0, 1, *(cls.exit_code for cls in vars(errors).values() if isinstance(cls, type)
                      and issubclass(cls, errors.NarrateError))}  # fmt: skip
runner = CliRunner()

_WORDS = "the council met on Tuesday budget 12:55 p.m. $3.5 million F-35 COVID-19 Sen. NASA café Ünïcödé"
WORDS = _WORDS.split()
JUNK = [
    "-",
    "..",
    "…",
    "\x01",
    "\x0c",
    "\ufffe",
    "\u202e",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<!--",
    "]]>",
    "\\",
    "%s",
]
TAGS = [
    "p",
    "div",
    "h1",
    "h2",
    "blockquote",
    "li",
    "span",
    "article",
    "script",
    "style",
    "table",
    "td",
    "nav",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS + JUNK) for _ in range(rng.randint(0, 25))]
    return " ".join(words)


def gen_html(rng: random.Random) -> bytes:
    parts = ["<!doctype html><html><head><title>", _sentence(rng), "</title>"]
    if rng.random() < 0.3:
        parts.append(f'<meta charset="{rng.choice(["utf-8", "latin-1", "shift_jis", "bogus", "utf-16"])}">')
    if rng.random() < 0.3:
        parts.append('<script type="application/ld+json">{"@type":"NewsArticle","author":' + rng.choice(
            ['{"name":"Ann Lee"}', "[1,2,{}]", '"', "null", '{"@id":"#a"}']) + "}</script>")  # fmt: skip
    parts.append("</head><body>")
    depth = rng.choice([1, 3, 10, 200])
    for _ in range(rng.randint(0, 30)):
        tag = rng.choice(TAGS)
        parts.append(f"<{tag}>" * rng.randint(1, 3) + _sentence(rng) + f"</{tag}>" * rng.randint(0, 3))
    parts.append("<div>" * depth + _sentence(rng) + "</div>" * depth)
    data = "".join(parts).encode("utf-8", "surrogatepass")
    if rng.random() < 0.2:  # stray bytes
        data = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            data.insert(rng.randrange(len(data) + 1), rng.randrange(128, 256))
        data = bytes(data)
    return data


def gen_text(rng: random.Random) -> bytes:
    paragraphs = [_sentence(rng) for _ in range(rng.randint(0, 12))]
    text = "\n\n".join(paragraphs)
    if rng.random() < 0.3:
        text = "# " + text
    encoding = rng.choice(["utf-8", "utf-8", "cp1252", "utf-16", "latin-1"])
    return text.encode(encoding, "replace") if encoding != "utf-8" else text.encode("utf-8", "surrogatepass")


def fuzz(seed: int, count: int) -> tuple[Counter[int], list[str]]:
    """COUNT generated inputs, each through extract and script; (exit codes, findings)."""
    rng = random.Random(seed)
    codes: Counter[int] = Counter()
    findings: list[str] = []
    with tempfile.TemporaryDirectory(prefix="narrate-fuzz-") as work:
        for n in range(count):
            html = rng.random() < 0.6
            path = Path(work) / (f"{n}.html" if html else f"{n}.txt")
            path.write_bytes(gen_html(rng) if html else gen_text(rng))
            for command in (["extract", "--json"], ["script", "--json"]):
                result = runner.invoke(app, [*command, str(path)], catch_exceptions=True)
                codes[result.exit_code] += 1
                crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
                if crashed or result.exit_code not in DOCUMENTED or "Traceback" in result.output:
                    findings.append(f"{command[0]} {path.name}: exit {result.exit_code} {result.exception!r}")
                    (Path("fuzz-findings") / path.name).parent.mkdir(exist_ok=True)
                    (Path("fuzz-findings") / path.name).write_bytes(path.read_bytes())
    return codes, findings


# ------------------------------------------------------------------------------------------- slow attacks


class _Slow(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        try:
            if self.path == "/headers":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for _ in range(1500):  # 150 s of headers, a byte every 0.1 s
                    self.wfile.write(b"X")
                    self.wfile.flush()
                    time.sleep(0.1)
            else:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(1500):  # 150 s of body
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
        except OSError:
            pass


def slow_attacks() -> list[tuple[str, int, int, float, bool]]:
    """(attack, expected code, exit code, seconds, promise kept) for each slow attack."""
    import narrate.pipeline  # noqa: F401, PLC0415  (imported before the clock starts: time the attack only)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    rows = []
    with tempfile.TemporaryDirectory(prefix="narrate-slow-") as work:
        sparse = Path(work) / "sparse.txt"
        with sparse.open("wb") as fh:
            fh.truncate(50 * 1024**3)  # 50 GB of nothing, on disk as a few blocks
        attacks: list[tuple[str, list[str], int, float]] = [
            ("headers trickled for 150 s, --timeout 5", ["article", f"{base}/headers", "--timeout", "5",
                                                         "--allow-private"], 10, 7.0),
            ("body trickled for 150 s, --timeout 5", ["article", f"{base}/body", "--timeout", "5",
                                                      "--allow-private"], 10, 7.0),
            ("feed body trickled, --timeout 5", ["batch", "--from-feed", f"{base}/body", "--timeout", "5",
                                                 "--allow-private", "-d", f"{work}/out"], 10, 7.0),
            ("a 50 GB sparse file as the source", ["article", str(sparse)], 13, 3.0),
            ("a 50 GB sparse file as --list", ["batch", "--list", str(sparse), "-d", f"{work}/out"], 13, 3.0),
            ("/dev/urandom as the source", ["article", "/dev/urandom"], 4, 3.0),
            ("/dev/zero as --image", ["article", str(sparse), "--image", "/dev/zero"], 19, 3.0),
        ]  # fmt: skip
        for name, args, expected, limit in attacks:
            started = time.monotonic()
            result = runner.invoke(app, args, catch_exceptions=True)
            took = time.monotonic() - started
            kept = result.exit_code == expected and took < limit and "Traceback" not in result.output
            rows.append((name, expected, result.exit_code, took, kept))
    server.shutdown()
    server.server_close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--inputs", type=int, default=400)
    parser.add_argument("--skip-slow", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("NARRATE_CACHE_LIMIT", "0")
    failed = 0
    if not args.skip_slow:
        for name, expected, code, took, kept in slow_attacks():
            print(f"{'ok  ' if kept else 'FAIL'} {name}: exit {code} (expected {expected}) in {took:.1f} s")
            failed += not kept
    started = time.monotonic()
    codes, findings = fuzz(args.seed, args.inputs)
    runs = sum(codes.values())
    summary = ", ".join(f"{code}: {n}" for code, n in sorted(codes.items()))
    print(f"fuzz: seed {args.seed}, {args.inputs} inputs, {runs} runs in {time.monotonic() - started:.0f} s;"
          f" exit codes {summary}; {len(findings)} findings")  # fmt: skip
    for finding in findings:
        print(f"  FINDING {finding}")
    return 1 if failed or findings else 0


if __name__ == "__main__":
    sys.exit(main())
