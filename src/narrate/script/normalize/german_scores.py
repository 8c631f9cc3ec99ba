"""German scores: "seit dem 0:2" "null zu zwei", "22:25 (9:12)-Heimniederlage", "Lauenburger SV 28:28";
german.py runs `SCORES` among its rules before its clock times, which read "a:b" as a time unless one of these
says it is a score (`SCORE_BEFORE`: what before a clock time makes it one)."""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules
from narrate.script.normalize.spelled import cardinal

SCORES = Rules()

# after an article ("zum 22:22", "über ein 26:26", "durch das 31:31"), after "mit" ("führten mit 19:16";
# a time after it is written with "Uhr"), or after another score and a bracket ("28:28 (16:17)"): a score
SCORE_BEFORE = re.compile(
    r"(?:\b(?:[Dd]em|[Zz]um|[Bb]eim|[Vv]om|[Dd]as|[Ee]in|[Ee]inem|[Mm]it)\s|\bzu\s[a-zäöüß]+\s\()$"
)


@SCORES.rule(r"(?<![\d.,:])\b(\d{1,2}):(\d)(?!\d|:\d)(?!\s?Uhr)")
def _score(m: re.Match[str]) -> str:
    """ "seit dem 0:2", "beim Stand von 1:1": a score (a clock's minutes have two digits), "null zu zwei";
    also before a colon ("und 10:0: Was sich")."""
    return f"{cardinal(int(m.group(1)), 'de')} zu {cardinal(int(m.group(2)), 'de')}"


@SCORES.rule(r"(?<![\d.,:])\b(\d{1,2}):(\d{1,2})(?=\s?\((\d{1,2}):(\d{1,2})\))")
def _score_at_half(m: re.Match[str]) -> str:
    """ "22:25 (9:12)-Heimniederlage", "2:1 (1:0)": a final score before the half-time score in brackets,
    "zweiundzwanzig zu fünfundzwanzig" (a clock time would be read); the half-time score is not higher,
    and no word of the clock comes before ("ab 18:30 (18:00)")."""
    final, half = (int(m.group(1)), int(m.group(2))), (int(m.group(3)), int(m.group(4)))
    clock = re.search(
        r"\b(?:um|ab|bis|gegen|von|Beginn|Anstoß|Einlass)\s$",
        m.string[max(0, m.start() - 12) : m.start()],
    )
    if half[0] > final[0] or half[1] > final[1] or clock:
        return m.group(0)
    return f"{cardinal(final[0], 'de')} zu {cardinal(final[1], 'de')}"


@SCORES.rule(r"(?<![\d.,:])\b(2[5-9]|[3-9]\d|\d{3}):(\d{1,3})(?![\d:]|[.,]\d|\s?(?:Uhr|Stunden|Minuten)\b)")
def _big_score(m: re.Match[str]) -> str:
    """ "Lauenburger SV 28:28": a score no clock could show, "achtundzwanzig zu achtundzwanzig"."""
    return f"{cardinal(int(m.group(1)), 'de')} zu {cardinal(int(m.group(2)), 'de')}"
