"""Score narrate's extraction beside raw trafilatura on a corpus of <id>.html + <id>.json pairs.

    python benchmarks/extract_score.py ../shared/corpus/readability [--details]

Metrics (the shared corpus's README explains the ground truth):
- title: equal after case folding and removing punctuation;
- byline: equal as sets of person names, "By" and punctuation removed, case-insensitively ("JANE DOE" is
  "Jane Doe"); pages whose ground-truth byline is null or flagged byline_suspect are skipped;
- station: equal to siteName (same normalisation), on pages where siteName is given;
- body: token F1 of the spoken paragraphs against body_text, averaged over the pages.
Each extractor gets two rows: every page, and the real pages only (the corpus's synthetic fixtures aside).
trafilatura runs as bare_extraction(html, with_metadata=True) (defaults otherwise: metadata needs that flag).
A page where narrate raises NoArticleError counts as wrong on every field and F1 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from narrate.errors import NarrateError
from narrate.extract import extract, strip_site
from narrate.models import Page


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


@dataclass
class Tally:
    title: list[bool] = field(default_factory=list)
    title_site: list[bool] = field(default_factory=list)  # the truth's own " | Site" suffix set aside
    byline: list[bool] = field(default_factory=list)
    station: list[bool] = field(default_factory=list)
    body: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def row(self, name: str) -> str:
        """A Markdown table row (the time cell is blank where nothing was timed)."""

        def pct(xs: list[bool]) -> str:
            return f"{100 * sum(xs) / len(xs):.1f}% ({sum(xs)}/{len(xs)})" if xs else "n/a"

        body = f"{sum(self.body) / len(self.body):.3f}" if self.body else "n/a"
        cells = [pct(self.title), pct(self.title_site), pct(self.byline), pct(self.station), body]
        seconds = f"{self.seconds:.1f} s" if self.seconds else ""
        return f"| {name} | " + " | ".join(cells) + f" | {seconds} |"


def run_narrate(source: str, html: str) -> Result:
    try:
        story = extract(Page(source=source, url=None, content=html, kind="html"), None)
    except NarrateError:
        return Result(None, None, None, "")
    body = "\n".join([s.title or "" for s in story.sections] + [p.text for p in story.paragraphs])
    return Result(story.title, story.byline, story.station, body)


def run_trafilatura(html: str) -> Result:
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return Result(None, None, None, "")
    return Result(doc.title, doc.author, doc.sitename, doc.text or "")


def score(truth: dict[str, object], got: Result, tally: Tally, details: list[str], page: str) -> None:
    fields = set(truth.get("annotated_fields") or [])  # type: ignore[arg-type]
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
    tally.body.append(f1(got.body, str(truth.get("body_text") or "")))
    if tally.body[-1] < 0.9:
        details.append(f"{page}: body F1 {tally.body[-1]:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--details", action="store_true", help="list each miss (narrate's)")
    args = parser.parse_args(argv)
    pages = sorted(args.corpus.glob("*.html"))
    if not pages:
        print(f"{args.corpus}: no <id>.html pages", file=sys.stderr)
        return 2
    ours, theirs, details = Tally(), Tally(), []
    ours_real, theirs_real = Tally(), Tally()
    for path in pages:
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        html = path.read_text(encoding="utf-8", errors="replace")
        real = not truth.get("synthetic")
        started = time.perf_counter()
        got = run_narrate(str(path), html)
        ours.seconds += time.perf_counter() - started
        score(truth, got, ours, details, path.stem)
        if real:
            score(truth, got, ours_real, [], path.stem)
        started = time.perf_counter()
        raw = run_trafilatura(html)
        theirs.seconds += time.perf_counter() - started
        score(truth, raw, theirs, [], path.stem)
        if real:
            score(truth, raw, theirs_real, [], path.stem)
    print(f"{len(pages)} pages in {args.corpus}\n")
    print("| extractor | title | title, site suffix aside | byline (names) | station | body F1 | time |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(ours.row("narrate, all pages"))
    print(theirs.row("trafilatura 2.3.1, all pages"))
    print(ours_real.row(f"narrate, {len(ours_real.body)} real pages"))
    print(theirs_real.row(f"trafilatura 2.3.1, {len(theirs_real.body)} real pages"))
    if args.details:
        print("\n" + "\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
