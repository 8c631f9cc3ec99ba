"""Legal and legislative citations: "P.L. 89-73" "Public Law eighty-nine seventy-three", "132 Stat. 5194",
"E.D. Tennessee" "Eastern District of Tennessee", "18 U.S.C. §§ 1341 and 1343", "H.B. 116", "S.J.Res. 68",
"[doc. 50]", case reports "570 So.2d 675", a section with a point in its number ("Section 775.082"). Their
numbers are codes, said in pairs as a bill's or a statute's are.

`CITATIONS` run first, before the ranges read a hyphen "to"; `DOCUMENTS` (a document's identifier after its
noun, "Ordinance 2024-40", "RESOLUTION #17-83", and a case number with a leading zero, "Clerk No. 05-51271")
run before the measures; `SECTIONS` run with the codes whose numbers the year rules would otherwise take.
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import STATE_NAMES

CITATIONS = Rules()
DOCUMENTS = Rules()
SECTIONS = Rules()


@CITATIONS.rule(r"\b(?:P\.\s?L\.|Pub\.\s?L\.)\s?(No\.\s?)?(\d{2,3})-(\d{1,3})\b(?![-.,]\d)")
def _public_law(m: re.Match[str]) -> str:
    """ "P.L. 89-73", "Pub. L. No. 115-391": a US public law, its Congress and its number each said as a code
    ("Public Law eighty-nine seventy-three", "one fifteen three ninety-one"), before the ranges read the
    hyphen "to"."""
    number = "Number " if m.group(1) else ""
    return f"Public Law {number}{nw.code_number(m.group(2))} {nw.code_number(m.group(3))}"


@CITATIONS.rule(r"\b(\d{1,3})\sStat\.\s(\d{1,5})\b(?![-.,]\d)")
def _statutes(m: re.Match[str]) -> str:
    """ "132 Stat. 5194": a volume and a page of the Statutes at Large, said as codes."""
    return f"{nw.code_number(m.group(1))} Statutes at Large {nw.code_number(m.group(2))}"


# the law reports of American case citations ("570 So.2d 675"), by their Bluebook abbreviations
_REPORTERS = {
    "So.": "Southern", "A.": "Atlantic", "P.": "Pacific", "F.": "Federal", "N.E.": "North Eastern",
    "N.W.": "North Western", "S.E.": "South Eastern", "S.W.": "South Western",
    "F.Supp.": "Federal Supplement", "S.Ct.": "Supreme Court Reporter", "L.Ed.": "Lawyers' Edition",
    "U.S.": "U S", "B.R.": "Bankruptcy Reporter", "Cal.Rptr.": "California Reporter",
    "N.Y.S.": "New York Supplement", "F.App'x": "Federal Appendix",
}  # fmt: skip
_SERIES = {"2d": "Second", "3d": "Third", "4th": "Fourth"}
_REPORTER = "|".join(r"\.\s?".join(map(re.escape, r.rstrip(".").split("."))) + r"\." for r in _REPORTERS)


@CITATIONS.rule(rf"\b([1-9]\d{{1,3}})\s({_REPORTER})\s?(2d|3d|4th)?\s([1-9]\d{{1,4}})\b(?![-.,]\d)")
def _case_report(m: re.Match[str]) -> str:
    """ "570 So.2d 675" "five seventy Southern Second six seventy-five", "384 F. Supp. 2d 1261", "410 U.S.
    113": a case's volume, law report (its series) and page, the numbers in pairs as a lawyer cites them
    (both of two digits or more)."""
    reporter = _REPORTERS[re.sub(r"\s", "", m.group(2))]
    if len(m.group(2)) == 2 and not m.group(3):  # "A.", "P.", "F." alone: too likely an initial
        return m.group(0)
    series = f" {_SERIES[m.group(3)]}" if m.group(3) else ""
    return f"{nw.code_number(m.group(1))} {reporter}{series} {nw.code_number(m.group(4))}"


_DISTRICT = {"E": "Eastern", "W": "Western", "N": "Northern", "S": "Southern", "M": "Middle", "C": "Central"}


@CITATIONS.rule(rf"\b([EWNSMC])\.\s?D\.\s(?=(?:{STATE_NAMES})\b)")
def _court_district(m: re.Match[str]) -> str:
    """ "District Court, E.D. Tennessee": a federal court's district, "Eastern District of"."""
    return f"{_DISTRICT[m.group(1)]} District of "


_SECTION = r"[1-9]\d{2,3}[A-Z]?(?:\([a-z\d]{1,4}\))*"  # "841(a)(1)": a section and its subsections


@SECTIONS.rule(
    rf"\b(U\.S\.C\.|USC|C\.F\.R\.|CFR)(\s?§{{1,2}})?\s({_SECTION}(?:,?\s(?:and|or)\s{_SECTION}|,\s{_SECTION})*)"
    r"\b(?![.,:]\d)"
)
def _code_section(m: re.Match[str]) -> str:
    """ "18 USC 1001", "5 U.S.C. 706": a section of the US Code or of the Code of Federal Regulations, in
    pairs ("ten oh one", "seven oh six") as a code's number is; "§ 3663A" "section thirty-six sixty-three
    A"; "§§ 841(a)(1) and 846": each section of a list is one (its subsections are left to the rules
    after)."""
    sign = (m.group(2) or "").strip()
    said = {"": "", "§": " section", "§§": " sections"}[sign]

    def section(s: re.Match[str]) -> str:
        letter = f" {s.group(2)}" if s.group(2) else ""
        return f"{nw.code_number(s.group(1))}{letter}{' ' if s.group(3) else ''}{s.group(3)}"

    return f"{m.group(1)}{said} " + re.sub(
        r"([1-9]\d{2,3})([A-Z])?((?:\([a-z\d]{1,4}\))*)", section, m.group(3)
    )


@SECTIONS.rule(r"\b((?i:section|sec\.)\s|§\s?)(\d{1,5})\.(\d{1,4})\b(?![.,]\d)")
def _section(m: re.Match[str]) -> str:
    """ "Code Section 4504.18", "section 775.082": a statute's or a document's section is a number that
    names, said as a code ("forty-five oh four") and its part after the point digit by digit with "oh"
    ("point oh eight two"), as a clerk reads it; not a quantity ("four thousand five hundred four point one
    eight")."""
    whole = m.group(2)
    said = nw.cardinal(int(whole)) if len(whole) <= 2 else nw.code_number(whole)
    return f"{m.group(1)}{said} point {nw.digits(m.group(3))}"


_CHAMBERS = {"H": "House", "S": "Senate"}
_KINDS = {"": "Resolution", "J": "Joint Resolution", "Con": "Concurrent Resolution"}


@SECTIONS.rule(r"\b([HS])\.\s?(?:(J|Con)\.\s?)?Res\.\s?([1-9]\d{0,3})\b(?![.,:]\d)")
def _resolution(m: re.Match[str]) -> str:
    """ "S.J.Res. 68" "Senate Joint Resolution sixty-eight", "H.Res. 12", "H.Con.Res. 107": Congress's
    resolutions by their names, the number as a bill's ("Res." alone had been said "Resolution" after the
    letters, "S.J.Resolution")."""
    return f"{_CHAMBERS[m.group(1)]} {_KINDS[m.group(2) or '']} {nw.code_number(m.group(3))}"


@SECTIONS.rule(
    r"\b(H\.\s?B\.|S\.\s?B\.|A\.\s?B\.|H\.\s?R\.|HB|SB|AB|HR|HF|HJR|SJR|HCR|SCR)\s(No\.\s)?([1-9]\d{0,3})\b(?![.,:]\d)"
)
def _bill(m: re.Match[str]) -> str:
    """ "HB 1002", "H.B. 116", "S. B. No. 1133": a bill's number names it, said in pairs as a code's is
    ("H B ten oh two", "H B one sixteen"), as the glued "HB1448" already was."""
    letters = " ".join(c for c in m.group(1) if c.isalpha())
    return f"{letters} {'Number ' if m.group(2) else ''}{nw.code_number(m.group(3))}"


@SECTIONS.rule(r"§§\s?(?=\d)")
def _sections(m: re.Match[str]) -> str:
    """ "§§ 12-14": eSpeak NG says one "§" "section", and two "section section"."""
    return "sections "


@SECTIONS.rule(r"\b([Dd])oc\.\s?(?=\d)")
def _document(m: re.Match[str]) -> str:
    """ "[doc. 50]": a court filing's document number."""
    return f"{'D' if m.group(1) == 'D' else 'd'}ocument "


# a document's noun: the number after it is the document's identifier ("Ordinance 2024-40"), not a range or
# an amount; an abbreviated one is said in full
_DOCUMENTS = {
    "Ordinance": "Ordinance", "Ord.": "Ordinance", "Resolution": "Resolution", "Res.": "Resolution",
    "Bill": "Bill", "Case": "Case", "Docket": "Docket", "Doc.": "Document", "Doc": "Document",
    "Document": "Document", "Exhibit": "Exhibit", "Law": "Law", "Directive": "Directive",
    "Regulation": "Regulation", "Act": "Act", "Notice": "Notice",
}  # fmt: skip
_DOCUMENT = "|".join(re.escape(d) for d in sorted(_DOCUMENTS, key=len, reverse=True))
_DOCUMENT = f"{_DOCUMENT}|{_DOCUMENT.upper()}"  # "RESOLUTION #17-83" in a minutes' heading


# not "Res." in Congress's "S.J.Res. 68", "H. Res. 12": codes.py says those whole
@DOCUMENTS.rule(
    rf"\b(?<!\.)(?<![HS]\.\s)({_DOCUMENT})(:?\s?)(No\.\s?|NO\.\s?|#)?(\d{{1,4}})(?:-(\d{{1,4}}))?\b(?![-–.,]\d)"
)
def _identifier(m: re.Match[str]) -> str:
    """ "Ordinance 2024-40", "Doc: 32-1", "Ord. 2972", "Assembly Bill 480", "Senate Bill No. 1133",
    "RESOLUTION #17-83", "Act 2024-337": an identifier's parts said as in a code (in pairs from three digits,
    a leading zero digit by digit), one after the other, as most pairs say them (not a range's "to"); "No."
    and "#" are "number"."""
    number = "number " if m.group(3) else ""
    name = _DOCUMENTS.get(m.group(1)) or m.group(1)  # in capitals as written
    if name.lower() in {"act", "notice"} and not m.group(5):
        return m.group(0)  # "the Traffic Management Act 2004": a year; "Notice 5 days"
    said = nw.code_number(m.group(4))
    if m.group(5):
        said += f" {nw.code_number(m.group(5))}"
    elif len(m.group(4)) < 3:
        return f"{name}{m.group(2)}{number}{m.group(4)}"  # "Bill 21", "Case 9": a number
    return f"{name}{m.group(2)}{number}{said}"


@DOCUMENTS.rule(r"\b(No\.|[Nn]umber)\s(0\d{1,3})-(\d{3,8})\b(?![-/.,]\d)")
def _case_number(m: re.Match[str]) -> str:
    """ "Clerk No. 05-51271": a number whose first part has a leading zero is an identifier, not a range;
    its digits are said one by one."""
    return f"number {nw.digits(m.group(2))} {nw.digits(m.group(3))}"
