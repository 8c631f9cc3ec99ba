"""A long fuzz campaign for text normalisation: normalize() over generated paragraphs must never raise.

    .venv/bin/python benchmarks/fuzz_text.py --examples 100000            # ~100,000 paragraphs, seed 11
    .venv/bin/python benchmarks/fuzz_text.py --examples 2000 --seed 3     # a quick run

Paragraphs mix random Unicode text (as hypothesis's `text()` draws it: any code point, surrogates excluded)
with news-like fragments: numbers with and without separators, dates in every month spelling and case,
numeric dates, times with zones in any case, money, percentages, ranges, fractions, measures, phone numbers,
e-mail and web addresses, Roman numerals, and now and then a digit run of up to 20,000 digits, a number of
up to 3,000 thousands groups, or one fragment repeated up to 3,000 times (quadratic rules show). Languages
are drawn from en, de, fr, es, ja. A plain `random.Random(seed)` generator keeps every run reproducible.

Prints the count, the time, the slowest paragraph, and every exception with its input (and exits 1 if any).
A paragraph taking longer than --slow seconds is reported too (a regular expression gone quadratic).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback

from narrate.script.normalize import normalize

MONTHS = ["January", "Jan.", "jan", "JAN.", "Sept.", "SEPT", "sep", "June", "june", "May", "may", "Dec."]
ZONES = ["ET", "et", "EST", "est", "Est", "PT", "pdt", "GMT", "utc", "Mt.", "CT", "BST"]
WORDS = [
    "the",
    "on",
    "at",
    "in",
    "a",
    "an",
    "of",
    "to",
    "No.",
    "St.",
    "Dr.",
    "Gov.",
    "Henry",
    "War",
    "I",
    "II",
    "NASA",
    "FBI",
    "U.S.",
    "Calif.",
    "Inc.",
    "&",
    "#",
    "@",
    "%",
    "-",
    "–",
    "/",
    ",",
    ".",
    "(",
    ")",
    "'",
    "\u00a0",
    "\n",
    "am",
    "Uhr",
    "horas",
    "h",
    # the German, Spanish, French and Japanese rules' cues (issue 11, rounds 2-3)
    "der",
    "im",
    "Freitag,",
    "Stunden",
    "Mio.",
    "z. B.",
    "bzw.",
    "rund",
    "las",
    "otras",
    "personas",
    "años",
    "le",
    "e",
    "er",
    "°C",
    "C",
    "w",
    "per",
    "dial",
    "(D-Conn.)",
    "p.",
    "×",
    "宮崎県",
    "延岡市",
    "々",
    "にち",
    # round 4's cues (English money and codes; German, Spanish and French units, ages, citations)
    "US$",
    "KSh",
    "crore",
    "/-",
    "hrs",
    "&percnt;",
    "&#",
    "-Jährige",
    "Art.",
    "Abs.",
    "km/h",
    "Telefon",
    "min.",
    "Felipe",
    "v",
    "HTTP/",
]


def _number(r: random.Random) -> str:
    n = r.choice([r.randint(0, 99), r.randint(0, 10**4), r.randint(0, 10**9), r.randint(0, 10**18)])
    return r.choice([str(n), f"{n:,}", f"{n}.{r.randint(0, 999)}", f"-{n}", f"{n:,}".replace(",", ".")])


def _date(r: random.Random) -> str:
    d, m, y = r.randint(0, 40), r.choice(MONTHS), r.randint(900, 2200)
    return r.choice(
        [
            f"{m} {d}, {y}",
            f"{d} {m} {y}",
            f"{m} {d}",
            f"the {d}th of {m}",
            f"{r.randint(0, 13)}/{d}/{y % 100:02d}",
            f"{y}/{r.randint(0, 13):02d}/{d:02d}",
            f"{d}.{r.randint(0, 13):02d}.{y}",
            f"{y}-{r.randint(0, 13)}-{d}",
            f"{y} s",
            f"{y}s",
            f"'{d}0s",
            f"{y}/{(y + 1) % 100:02d}",
            f"{d}. {m} {y}",
        ]
    )


def _time(r: random.Random) -> str:
    h, mi = r.randint(0, 30), r.randint(0, 70)
    ampm = r.choice(["a.m.", "p.m.", "AM", "pm", "P.M.", "am", "a.m", "", "h"])
    zone = r.choice([*ZONES, "", ""])
    return r.choice(
        [f"{h}:{mi:02d} {ampm} {zone}", f"{h}{ampm} {zone}", f"{h}.{mi:02d} Uhr", f"{h}h{mi:02d}"]
    )


def _other(r: random.Random) -> str:
    n = r.randint(0, 10**6)
    return r.choice(
        [
            f"${n}",
            f"£{n}.{r.randint(0, 99):02d}",
            f"€{n / 10} billion",
            f"${n}m",
            f"{n}%",
            f"{n}-{n + 3}",
            f"{r.randint(0, 20)}/{r.randint(0, 20)}th",
            f"{n} km",
            f"{n}kg",
            f"({n % 1000:03d}) 555-{n % 10000:04d}",
            f"+44 20 {n % 10000} 0958",
            f"j.doe{n}@example.org",
            "https://www.npr.org/2021/06/10/x",
            "NPR.ORG",
            f"http://{n}.{n}.{n}.{n}/x",
            f"Henry {r.choice(['VIII', 'II', 'XIV', 'MMXX'])}",
            f"6'{n % 13}\"",
            f"R{n}bn",
            f"KB{n}",
            f"F-{n % 100}",
            f"COVID-{n}",
            f"{n % 10} ½",
            f"ext. {n}",
            f"P.O. Box {n}",
        ]
    )


def _noise(r: random.Random) -> str:
    size = r.choice([1, 5, 20, 80])
    chars = []
    for _ in range(size):
        c = r.choice([r.randint(0x20, 0x7E), r.randint(0xA0, 0x2FFF), r.randint(0, 0x10FFFF)])
        chars.append(chr(c) if not 0xD800 <= c <= 0xDFFF else "?")
    return "".join(chars)


def paragraph(r: random.Random) -> str:
    """One generated paragraph: a few dozen fragments, sometimes a very long digit run."""
    makers = [_number, _date, _time, _other, _noise, lambda r: r.choice(WORDS)]
    parts = [r.choice(makers)(r) for _ in range(r.randint(1, 30))]
    if r.random() < 0.01:
        parts.insert(r.randint(0, len(parts)), r.choice("0123456789") * r.randint(16, 20_000))
    if r.random() < 0.01:  # a number of thousands of groups ("1.000.000…", a Spanish rule's int() overflowed)
        group = r.choice([",", ".", " ", "\u202f"]) + r.choice(["000", "512", "5"])
        parts.insert(r.randint(0, len(parts)), str(r.randint(1, 999)) + group * r.randint(2, 3000))
    if r.random() < 0.01:  # one fragment over and over (a rule rescanning the text per match is quadratic)
        unit = r.choice(makers)(r) + r.choice(["", " ", "-", "/", ","])
        parts.insert(r.randint(0, len(parts)), unit * r.randint(100, 3000))
    return r.choice([" ", "", ", ", " and "]).join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--slow", type=float, default=2.0, help="report a paragraph slower than this (s)")
    args = parser.parse_args()
    r = random.Random(args.seed)
    failures, slow, slowest = 0, 0, (0.0, "")
    start = time.perf_counter()
    for i in range(args.examples):
        text, language = paragraph(r), r.choice(["en", "en", "en", "de", "fr", "es", "ja"])
        t0 = time.perf_counter()
        try:
            said = normalize(text, language)
            assert isinstance(said, str)
        except Exception:
            failures += 1
            sys.stdout.write(f"#{i} [{language}] {text[:500]!r}\n{traceback.format_exc(limit=3)}\n")
        took = time.perf_counter() - t0
        slowest = max(slowest, (took, text[:80]))
        if took > args.slow:
            slow += 1
            sys.stdout.write(f"#{i} slow {took:.1f}s ({len(text)} chars): {text[:120]!r}\n")
    total = time.perf_counter() - start
    sys.stdout.write(
        f"{args.examples} paragraphs (seed {args.seed}) in {total:.0f} s: {failures} exceptions, "
        f"{slow} slower than {args.slow} s; slowest {slowest[0]:.2f} s ({slowest[1]!r})\n"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
