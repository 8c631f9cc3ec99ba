"""Scores: a team's won-lost record in brackets ("Galena (4-0)" "four and oh"), tennis sets ("6-4, 7-6 (5)"
"six four, seven six (five)"), a shutout ("a 9-0 run" "nine to nothing"), a ratio or a score written "2-to-1",
the same number twice ("50-50" "fifty-fifty"), and a district or class code ("District 24-6A"). They run
before the range rules (narrate.script.normalize.measures), which would say any "6-4" "six to four".
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules

RULES = Rules()
rule = RULES.rule

_RECORD = r"\d{1,3}-\d{1,3}"
# what a bracket of ages, grades or votes follows ("Adults (18-35)", "Senate (22-13)"): a range or a tally
_NOT_A_TEAM = frozenset({
    "Age", "Ages", "Grade", "Grades", "Adult", "Adults", "Kids", "Child", "Children", "Youth", "Teen",
    "Teens", "Seniors", "Juniors", "Infants", "Students",
    "Senate", "House", "Assembly", "Council", "Committee", "Board", "Commission", "Court", "Vote", "Votes",
})  # fmt: skip


@rule(
    rf"\b([A-Z][\w.'’-]*\s)\(({_RECORD}(?:,\s?{_RECORD})*)((?:\s(?:in|overall)\b|\s[A-Z]|,\s?\d?\.\d)[^()]{{0,40}})?\)"
    r"(?!\s?[:–—-]|\s?\$|\s?\d|\s(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)"
)
def _record(m: re.Match[str]) -> str:
    """ "Galena (4-0) opened", "the Cougars (29-2, 16-2)", "Dickinson (10-0 in District 24-6A)", "Garcia
    (15-11, 2.76)": a won-lost record in brackets after a team's or a player's name, "four and oh" (a zero
    is "oh"); not after an age group or a voting body, and not where a price, a colon or a dash follows, as
    after a range of ages ("Adult (18-35): $130") or a tally ("Passed Senate (22-13) 1/21/21")."""
    if m.group(1).strip() in _NOT_A_TEAM:
        return m.group(0)

    def records(text: str) -> str:  # "9-1 overall" in the rest too, not "7-5A" (a class's district)
        return re.sub(r"(?<![\w-])(\d+)-(\d+)(?![\w-])", lambda r: _won_lost(*r.group(1, 2)), text)

    return f"{m.group(1)}({records(m.group(2))}{records(m.group(3) or '')})"


def _won_lost(won: str, lost: str) -> str:
    """A won-lost record, "four and oh": games won, "and", games lost, a zero said "oh"."""
    return " and ".join("oh" if n == "0" else nw.cardinal(int(n)) for n in (won, lost))


@rule(
    r"\b((?:improve[sd]?|drop(?:s|ped)?|f[ae]lls?|move[sd]?)\sto\s|(?:is|are)\snow\s)(\d{1,3})-(\d{1,3})"
    r"(?![\w%°/-]|[.,]\d)"
)
def _record_after_verb(m: re.Match[str]) -> str:
    """ "improved to 22-7", "dropped to 7-9 in July", "is now 3-1": a team's won-lost record after the verbs
    that move or state one, "twenty-two and seven" (a zero is "oh")."""
    return m.group(1) + _won_lost(*m.group(2, 3))


@rule(
    r"(?<![\w$.,/-])(\d{1,2})-(?:of-)?(\d{1,2})(?=\s(?:shooting|from\s(?:the\s(?:field|floor|line|arc)|three|deep)))"
)
def _shots(m: re.Match[str]) -> str:
    """ "on 7-11 shooting from the field and 6-8 from three": shots made of shots taken, "seven of eleven"."""
    return f"{nw.cardinal(int(m.group(1)))} of {nw.cardinal(int(m.group(2)))}"


@rule(r"(?<=\d)(\s\(|,\s)([2-4])?OT\b(\)?)")
def _overtime(m: re.Match[str]) -> str:
    """ "Harvard Crimson 65 (OT)", "Sully Buttes 50, 2OT": overtime after a final score, "(overtime)", "double
    overtime" (after a comma only with its count: "13, OT" was read both ways)."""
    if m.group(1).startswith(",") and not m.group(2):
        return m.group(0)
    times = {"2": "double ", "3": "triple ", "4": "quadruple "}.get(m.group(2) or "", "")
    return f"{m.group(1)}{times}overtime{m.group(3)}"


@rule(r"(?<![\w./$£€-])([1-9]\d{1,2})/(10|\d)(d)?(?![\w/%]|[.,:]\d)")
def _runs_for_wickets(m: re.Match[str]) -> str:
    """ "their innings at 536/8", "Gujarat were 277/9 at stumps", "(944/6d)": a cricket score, runs for
    wickets ("five hundred thirty-six for eight", "declared"); no fraction or date has a first number over
    thirty-one and a second under eleven."""
    runs, wickets = int(m.group(1)), int(m.group(2))
    if runs < 32 or (wickets == 1 and not m.group(3)):
        return m.group(0)  # "50/1" is a price's odds ("fifty to one") as often as one wicket down
    declared = " declared" if m.group(3) else ""
    return f"{nw.cardinal(runs)} for {nw.cardinal(wickets)}{declared}"


_SET = r"([0-7])-([0-7])(?:\s?\((\d{1,2})(?:-(\d{1,2}))?\))?"  # a tennis set, its tie-break in brackets
_SET_SHAPE = r"[0-7]-[0-7](?:\s?\(\d{1,2}(?:-\d{1,2})?\))?"  # the same without groups


@rule(rf"(?<![\w$.,/-]){_SET_SHAPE}(?:(?:,\s?|\s){_SET_SHAPE}){{0,4}}(?![\w(-]|[-–]\d)")
def _set_scores(m: re.Match[str]) -> str:
    """ "6-4, 6-0", "6-4 6-7 (5-7) 6-1", "7-6(1)": tennis sets (each won with six or seven games), said
    "six four, six love", a tie-break's points after it ("seven six (five)"); one set alone only with its
    tie-break ("7-6 (5)"), else it is a range or a score like any other. A set that is no set ("2-1" when a
    player retired) is left to the rules for ranges."""
    sets = list(re.finditer(_SET, m.group(0)))
    won = [s for s in sets if max(int(s.group(1)), int(s.group(2))) in {6, 7}]
    alone = len(won) == 1 and won[0].group(3) and {won[0].group(1), won[0].group(2)} == {"6", "7"}
    if len(won) < 2 and not alone:
        return m.group(0)

    def said(s: re.Match[str]) -> str:
        if s not in won:
            return s.group(0)
        games = " ".join("love" if n == "0" else nw.cardinal(int(n)) for n in s.group(1, 2))
        points = " ".join(nw.cardinal(int(n)) for n in s.group(3, 4) if n)
        return f"{games} ({points})" if points else games

    out, at = [], 0
    for s in sets:
        out += [m.group(0)[at : s.start()], said(s)]
        at = s.end()
    return "".join(out) + m.group(0)[at:]


@rule(r"(?<![\w$.,/:#-])(?<!\bNo\.\s)([1-9]\d{0,2})-0(?![\w%°]|[-–/.,:]\d)")
def _shutout(m: re.Match[str]) -> str:
    """ "a 9-0 run", "made it 14-0", "beat Cubs 6-0": a score with nothing on one side is said "nine to
    nothing" (no range runs down to zero); a tally of votes ("Passed 33-0", "a 5-0 vote") is "to zero"."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    if _VOTE_BEFORE.search(before) or _VOTE_AFTER.match(m.string, m.end()):
        return m.group(0)
    return f"{nw.cardinal(int(m.group(1)))} to nothing"


_VOTE_BEFORE = re.compile(
    r"\b(?:[Vv]ote[ds]?|[Vv]oting|[Pp]assed|PASSED|[Aa]pproved|[Aa]dopted|[Rr]ejected|[Cc]arried|[Uu]nanimous\w*)\b\W*(?:\w+\W+){0,3}$"
)
_VOTE_AFTER = re.compile(r"\s(?:vote|votes|decision|margin)\b")


@rule(r"(?<![\w$.,/-])(\d{1,2})-(\d{1,2})([A-Z])\b(?![\w-])")
def _class_code(m: re.Match[str]) -> str:
    """ "District 24-6A", "in 7-5A Division II": a district of a school class, "twenty-four six A" (a
    range's end carries no capital letter)."""
    return f"{nw.cardinal(int(m.group(1)))} {nw.cardinal(int(m.group(2)))} {m.group(3)}"


@rule(r"(?<![\w$.,/-])(\d{1,3})-to-(\d{1,3})\b(?![-–]\d)")
def _ratio(m: re.Match[str]) -> str:
    """ "outspent 2-to-1": a ratio or a score, said "two to one"."""
    return f"{nw.cardinal(int(m.group(1)))} to {nw.cardinal(int(m.group(2)))}"


@rule(r"(?<![\w$.,/-])(\d{1,3})-(\d{1,3})\b(?![-–/]\d)")
def _even_split(m: re.Match[str]) -> str:
    """ "a 50-50 chance", "tied 10-10": the same number twice is said "fifty-fifty", not as a range."""
    if m.group(1) != m.group(2):
        return m.group(0)
    said = nw.cardinal(int(m.group(1)))
    return f"{said}-{said}"
