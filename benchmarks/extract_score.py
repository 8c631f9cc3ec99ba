"""Score narrate's extraction beside raw trafilatura on the development corpora, split by site.

    python benchmarks/extract_score.py [--root ../shared/corpus] [--corpus readability ...] [--details]

Reads every corpus folder (<id>.html + <id>.json pairs) under --root (default: ../shared/corpus, relative to
the repository) and prints one Markdown table per corpus: for each part of the site split (write: pages rules
may be written against; score: pages only measured; synthetic: the corpus's small hand-made fixtures, which
the split leaves out; all: every page), narrate's and raw trafilatura's figures side by side.  The split comes
from ../shared/tools/split_by_site.py (run as a subprocess); when it is missing, every page is scored as one
part and the output says so.

Metrics (the shared corpus's README explains the ground truth):
- title: equal after case folding and removing punctuation; "title*": the same, with the truth's own
  " | Site" suffix set aside;
- byline: equal as sets of person names, "By" and punctuation removed, case-insensitively ("JANE DOE" is
  "Jane Doe"); pages whose ground-truth byline is null, unannotated or flagged byline_suspect are skipped;
- station: equal to siteName (same normalisation), on pages where siteName is given;
- date: the same day as publishedTime (its first ten characters), on pages where it is annotated;
- body: token F1 of the spoken paragraphs against body_text, averaged over the pages;
- lost: on how many pages raw trafilatura had a field right and narrate did not (for the body, an F1 more
  than 0.05 under trafilatura's on the page): "never worse than the plain library" page by page.
trafilatura runs as bare_extraction(html, with_metadata=True) (defaults otherwise: metadata needs that flag).
A page where narrate raises NoArticleError counts as wrong on every field and F1 0.
--details lists narrate's misses on the write part only (the score part is read as figures, never as pages).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import trafilatura
from trafilatura.settings import Document

from narrate.errors import NarrateError
from narrate.extraction import extract, strip_site
from narrate.models import Page

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
PARTS = ("write", "score", "synthetic", "all")


def norm(text: str | None) -> str:
    """Case, accents kept; punctuation and spacing dropped."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


_BY = re.compile(r"^\s*(?:by|par|por|von|written by)\b[:\s]*", re.IGNORECASE)


def name_set(byline: str | None) -> frozenset[str]:
    """ "By Jane Doe and John Smith" -> {"jane doe", "john smith"}."""
    text = re.sub(r"https?://\S+|\d+", " ", byline or "")  # addresses and dates are not names
    text = re.sub(
        r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:written|edited) by\b",
        ",",
        text,
        flags=re.I,
    )
    parts = re.split(r"\s*(?:,|;|\n|&|\(|\)|\band\b|\bet\b|\by\b|\bund\b|\bavec\b|\bwith\b)\s*", text)
    return frozenset(n for n in (norm(_BY.sub("", p)) for p in parts) if n)


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def f1(got: str, want: str) -> float:
    a, b = tokens(got), tokens(want)
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Result:
    title: str | None
    byline: str | None
    station: str | None
    body: str
    date: str | None = None


@dataclass
class Tally:
    title: list[bool] = field(default_factory=list)
    title_site: list[bool] = field(default_factory=list)  # the truth's own " | Site" suffix set aside
    byline: list[bool] = field(default_factory=list)
    station: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    body: list[float] = field(default_factory=list)
    seconds: float = 0.0
    lost: Counter[str] = field(default_factory=Counter)  # pages raw trafilatura had right and this did not

    def cells(self) -> list[str]:
        def pct(xs: list[bool]) -> str:
            return f"{sum(xs) / len(xs):.3f} ({sum(xs)}/{len(xs)})" if xs else "n/a"

        body = f"{sum(self.body) / len(self.body):.3f}" if self.body else "n/a"
        return [
            pct(self.title),
            pct(self.title_site),
            pct(self.byline),
            pct(self.station),
            pct(self.date),
            body,
        ]

    def row(self, name: str) -> str:
        """A Markdown table row (the time cell is blank where nothing was timed)."""
        seconds = f"{self.seconds:.1f} s" if self.seconds else ""
        return f"| {name} | " + " | ".join(self.cells()) + f" | {seconds} |"


def run_narrate(source: str, html: str) -> Result:
    try:
        story = extract(Page(source=source, url=None, content=html, kind="html"), None)
    except NarrateError:
        return Result(None, None, None, "")
    body = "\n".join([s.title or "" for s in story.sections] + [p.text for p in story.paragraphs])
    return Result(story.title, story.byline, story.station, body, story.date)


def run_trafilatura(html: str) -> Result:
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if not isinstance(doc, Document):
        return Result(None, None, None, "")
    return Result(doc.title, doc.author, doc.sitename, doc.text or "", doc.date)


def score(truth: dict[str, object], got: Result, tally: Tally, details: list[str], page: str) -> None:
    fields = set(cast("list[str]", truth.get("annotated_fields") or []))
    if "title" in fields:
        want = str(truth.get("title") or "")
        tally.title.append(norm(got.title) == norm(want))
        sites = [str(truth.get("siteName") or ""), got.station or ""]
        tally.title_site.append(
            norm(got.title) in (norm(want), norm(strip_site(want, [s for s in sites if s])))
        )
        if not tally.title[-1]:
            details.append(f"{page}: title {got.title!r} want {truth.get('title')!r}")
    byline = truth.get("byline")
    if "byline" in fields and byline and not truth.get("byline_suspect"):
        tally.byline.append(name_set(got.byline) == name_set(str(byline)))
        if not tally.byline[-1]:
            details.append(f"{page}: byline {got.byline!r} want {byline!r}")
    if truth.get("siteName"):
        tally.station.append(norm(got.station) == norm(str(truth["siteName"])))
        if not tally.station[-1]:
            details.append(f"{page}: station {got.station!r} want {truth['siteName']!r}")
    published = str(truth.get("publishedTime") or "")
    if "publishedTime" in fields and published:
        tally.date.append((got.date or "")[:10] == published[:10])
        if not tally.date[-1]:
            details.append(f"{page}: date {got.date!r} want {published!r}")
    tally.body.append(f1(got.body, str(truth.get("body_text") or "")))
    if tally.body[-1] < 0.9:
        details.append(f"{page}: body F1 {tally.body[-1]:.3f}")


LOST_FIELDS = ("title", "byline", "station", "date")
BODY_LOST = 0.05  # a body F1 this far under raw trafilatura's on the same page counts as lost


def count_lost(mine: Tally, raw: Tally) -> None:
    """After one page was scored by both: the fields raw trafilatura got right and narrate did not."""
    for name in LOST_FIELDS:
        ours, theirs = getattr(mine, name), getattr(raw, name)
        if ours and len(ours) == len(theirs) and theirs[-1] and not ours[-1]:
            mine.lost[name] += 1
    if mine.body and mine.body[-1] < raw.body[-1] - BODY_LOST:
        mine.lost["body"] += 1


def site_split(root: Path, corpus: Path) -> dict[str, str] | None:
    """Page stem -> "write" or "score", from the shared split tool; None when the tool is missing."""
    tool = root.parent / "tools" / "split_by_site.py"
    if not tool.is_file():
        return None
    out = subprocess.run(
        [sys.executable, str(tool), "--corpus", str(corpus)], capture_output=True, text=True, check=True
    ).stdout
    parts = (line.split("\t", 1) for line in out.splitlines() if "\t" in line)
    return {Path(path).stem: part for part, path in parts}


def score_corpus(
    corpus: Path, split: dict[str, str] | None, details: list[str]
) -> dict[str, tuple[Tally, Tally]]:
    """Each part's (narrate, trafilatura) tallies."""
    tallies = {part: (Tally(), Tally()) for part in PARTS}
    for path in sorted(corpus.glob("*.html")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        html = path.read_text(encoding="utf-8", errors="replace")
        if truth.get("synthetic"):
            part = "synthetic"
        else:
            part = split.get(path.stem, "score") if split is not None else "all"
        started = time.perf_counter()
        ours = run_narrate(str(path), html)
        ours_time = time.perf_counter() - started
        started = time.perf_counter()
        theirs = run_trafilatura(html)
        theirs_time = time.perf_counter() - started
        for name in {part, "all"}:
            mine, raw = tallies[name]
            seen = details if name == "write" else []
            score(truth, ours, mine, seen, f"{corpus.name}/{path.stem}")
            score(truth, theirs, raw, [], path.stem)
            count_lost(mine, raw)
            mine.seconds += ours_time
            raw.seconds += theirs_time
    return tallies


def table(corpus: Path, tallies: dict[str, tuple[Tally, Tally]]) -> str:
    lines = [
        f"### {corpus.name}",
        "",
        "| part | pages | extractor | title | title* | byline | station | date | body F1 | lost | time |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    version = getattr(trafilatura, "__version__", "")
    for part in PARTS:
        mine, raw = tallies[part]
        if not mine.body:
            continue
        lost = "/".join(str(mine.lost[name]) for name in (*LOST_FIELDS, "body"))
        for name, tally in (("narrate", mine), (f"trafilatura {version}", raw)):
            cells = " | ".join(tally.cells())
            shown = lost if tally is mine else ""
            lines.append(
                f"| {part} | {len(tally.body)} | {name} | {cells} | {shown} | {tally.seconds:.1f} s |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS, help="folder of corpus folders")
    parser.add_argument("--corpus", action="append", help="score only this corpus (a folder name under root)")
    parser.add_argument("--details", action="store_true", help="list narrate's misses on the write part")
    args = parser.parse_args(argv)
    every = sorted(p for p in args.root.iterdir() if p.is_dir()) if args.root.is_dir() else []
    folders = [args.root / c for c in args.corpus] if args.corpus else every
    folders = [f for f in folders if any(f.glob("*.html"))]
    if not folders:
        print(f"{args.root}: no corpus folders of <id>.html pages", file=sys.stderr)
        return 2
    details: list[str] = []
    for corpus in folders:
        split = site_split(args.root, corpus)
        if split is None:
            print(f"(no split_by_site.py beside {args.root}: every page of {corpus.name} scored as one part)")
        print(table(corpus, score_corpus(corpus, split, details)) + "\n")
    print("title*: the truth's own ' | Site' suffix set aside.  Figures are shares of pages (right/scored).")
    print(
        "lost: pages where raw trafilatura was right and narrate was not, by field (title/byline/station/"
        f"date/body, a body lost when its F1 is more than {BODY_LOST} under trafilatura's on the page)."
    )
    if args.details:
        print("\n" + "\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
