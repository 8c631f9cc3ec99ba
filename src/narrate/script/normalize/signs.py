"""German, French and Spanish signs and marks eSpeak NG says nothing for, or says wrong.

- a formula's signs: "= 1800 W ÷ 1000 × 4 Stunden" "gleich ... geteilt durch ... mal" (eSpeak NG drops them);
  a subtraction's dash, a power of ten and "+/-" are sums.py's;
- a bound before a number: "(<5 km)" "menos de cinco kilómetros", "≥ 18 ans" "au moins dix-huit ans"; in
  French a minus sign before an age, "(-26 ans)" "moins de vingt-six ans";
- a tilde before a number, "about": "(~5,0%)" "environ cinq virgule zéro pour cent", and between two a range,
  "8,8 ~ 11,8" "à"; an "x" between numbers ("21.5 x 28 centímetros" "por", "mal"; French says a size "par",
  "30 x 40 cm", "1280 × 720 pixels", and a product "fois", "140 x 28% = 39,2");
- a job advert's "(m/w/d)" "männlich, weiblich, divers" (eSpeak NG spells the letters);
- "Bft 8" "Beaufort acht", the wind's force; "©" "Copyright" (French eSpeak NG says it already).
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules
from narrate.script.normalize.spelled import SIGNS, cardinal
from narrate.script.normalize.sums import TIMES, arithmetic

_EQUALS = {"de": "gleich", "es": "igual a", "fr": "égale"}
_DIVIDED = {"de": "geteilt durch", "es": "entre", "fr": "divisé par"}
_ABOUT = {"de": "etwa", "es": "aproximadamente", "fr": "environ"}
_TO = {"de": "bis", "es": "a", "fr": "à"}
_GENDERS = {"m": "männlich", "w": "weiblich", "f": "weiblich", "d": "divers", "x": "divers"}


PLUS = {language: said["+"] for language, said in SIGNS.items()}  # "+" before a number
_COMPARED = {  # a bound before a number, as English's "under", "over", "at least", "at most"
    "de": {"<": "unter", ">": "über", "≥": "mindestens", "≤": "höchstens"},
    "es": {"<": "menos de", ">": "más de", "≥": "al menos", "≤": "como máximo"},
    "fr": {"<": "moins de", ">": "plus de", "≥": "au moins", "≤": "au plus"},
}


def rules(language: str) -> Rules:
    """LANGUAGE's rules for signs (German, French and Spanish); sums first."""
    signs = arithmetic(language)

    if language == "fr":

        @signs.rule(
            r"(?<=\d)\s?[x×]\s?(?=\d[\d  .,]*(?:\s?[x×]\s?\d[\d  .,]*)*\s?"
            r"(?:pixels?|px|[cmk]?m|mètres?|centimètres?|millimètres?)\b)"
            r"|(?<![\w.,])([1-9]\d{2,3})\s?[x×]\s?(?=[1-9]\d{2,3}(?![\w.,]\d|\d|\s?=))"
        )
        def _size(m: re.Match[str]) -> str:
            """ "30 x 40 cm", "81 x 46 x 36 cm", "1280 × 720 pixels", "(1920 × 1080, 441 ppp)": a size's
            sign, before its sides and their unit or between two numbers of three or four digits (a screen's
            pixels), is "par"."""
            return f"{m.group(1) or ''} par "

        @signs.rule(r"(?<![\w.,)-])[-−–](?=[1-9]\d?\s?ans\b)")
        def _under_age(m: re.Match[str]) -> str:
            """ "Tarif jeunes (-26 ans)", "enfants de -16 ans", "-12 ans gratuit": a minus sign before an age
            is "moins de" (under; no age is negative; it had been "moins vingt-six ans")."""
            return f"{_COMPARED['fr']['<']} "

        @signs.rule(r"(?<=\d)\s?x\s?(?=\d)")
        def _times(m: re.Match[str]) -> str:
            """ "140 x 28% = 39,2": another letter x between numbers is the sign "fois" (eSpeak NG says
            "iks"), as "×" is ("2×2 voies" "deux fois deux voies")."""
            return " fois "

    @signs.rule(r"\s?([×÷])\s?|(?<![^\s(])=(?=\s)|(?<=\d)\s?=\s?(?=\d)|(?<=\d)\s?(\*)\s?(?=\d)")
    def _formula(m: re.Match[str]) -> str:
        """ "1000 × 4", "55*40*23 cm", "= 7,2 kWh": a formula's sign is said (an equals sign alone between
        spaces, or between two numbers: "?id=9084" is left; an asterisk between two numbers)."""
        sign = m.group(1) or m.group(2) or "="
        word = {"=": _EQUALS, "×": TIMES, "*": TIMES, "÷": _DIVIDED}[sign][language]
        return f" {word} "

    @signs.rule(r"(?<=[\s(])\+\s(?=\d)")
    def _plus(m: re.Match[str]) -> str:
        """ "(+ 7% en moyenne)": a plus sign parted from its number is still said ("plus", "más"; French
        keeps the sign, which its voice says)."""
        return f"{PLUS[language]} "

    if language == "de":

        @signs.rule(r"\b((?:Maßstab|Maßstabs|Verhältnis)\s(?:von\s)?)(\d{1,3}):(\d{1,6})\b(?![:.,]\d)")
        def _ratio(m: re.Match[str]) -> str:
            """ "im Maßstab 1:11" "eins zu elf": a scale or a ratio (not a clock's "ein Uhr elf")."""
            return f"{m.group(1)}{cardinal(int(m.group(2)), 'de')} zu {cardinal(int(m.group(3)), 'de')}"

        @signs.rule(r"(?<![\w.,:])(\d{1,3}):(?=\d,\d(?![\d:]|,\d))")
        def _decimal_ratio(m: re.Match[str]) -> str:
            """ "Lichtstärke 1:2,8" "eins zu zwei Komma acht": a colon before one digit and a decimal is a
            ratio, a lens's aperture (no clock's or score's number has decimals, and a race time's seconds
            have two digits, "1:52,37"; eSpeak NG left the colon unsaid)."""
            return f"{m.group(1)} zu "

    @signs.rule(r"(?<=\()[-−–]\s(?=\d)")
    def _minus(m: re.Match[str]) -> str:
        """ "bac général (- 3,3 points)" "moins": a minus sign parted from its number, opening a bracket (a
        dash elsewhere may part a clause)."""
        return f"{SIGNS[language][m.group(0)[0]]} "

    @signs.rule(r"(?<![\w<>=-])([<>≥≤])\s?(?=\d)")
    def _compared(m: re.Match[str]) -> str:
        """ "rutas cortas (<5 km)" "menos de cinco kilómetros", "bei >30 Grad" "über dreißig Grad"."""
        return f"{_COMPARED[language][m.group(1)]} "

    @signs.rule(r"(?<=\d)\s?~\s?(?=\d)")
    def _tilde_range(m: re.Match[str]) -> str:
        """ "8,8 ~ 11,8" "huit virgule huit à onze virgule huit": between two numbers a tilde is a range, as
        East Asian copy and its translations write it (English's symbols.py says "to" the same)."""
        return f" {_TO[language]} "

    @signs.rule(r"(?<![\w~])~\s?(?=[+−–-]?\d)|(\S?)≈\s?(?=[+−–-]?\d)")
    def _about(m: re.Match[str]) -> str:
        """ "(~5,0%)" "environ", "≈ 5 km": a tilde or an almost-equal sign before a number is "about"."""
        glued = m.group(1) or ""
        return f"{glued}{' ' if glued and glued not in '([' else ''}{_ABOUT[language]} "

    @signs.rule(
        r"(?<![\w/])([fFƒ])(?:\s?/\s?(\d{1,2}(?:[.,]\d)?)|\s(\d{1,2}[.,]\d))"
        r"(?:\s?([-–])\s?(\d{1,2}(?:[.,]\d)?))?(?![\w/]|[.,]\d)"
    )
    def _f_number(m: re.Match[str]) -> str:
        """ "Blende von f/5.6 anstatt f/4", "f 2.8", "f/3.5-5.6": a lens's f-number, its decimal with the
        language's separator ("f fünf Komma sechs"; a point had been a date's or the number's end, and the
        slash was said). Spanish copy's point stays a point ("f uno punto ocho"), as its pairs read it."""
        first, last = m.group(2) or m.group(3), m.group(5)
        if language != "es":
            first, last = first.replace(".", ","), last and last.replace(".", ",")
        return f"f {first}" + (f"{m.group(4)}{last}" if last else "")

    if language != "fr":

        @signs.rule(r"(?<=\d)(\s?(?:mm|cm|m|km)\b)?\s?x\s?(?=\d)")
        def _by(m: re.Match[str]) -> str:
            """ "2 x 3 Meter", "4m x 4m", "30 cm x 20 cm": a size's "x", a unit after its first number."""
            return f"{m.group(1) or ''} {TIMES[language]} "

    if language == "de":

        @signs.rule(r"\(([mwfdx])/([mwfdx])(?:/([mwfdx]))?\)", re.IGNORECASE)
        def _genders(m: re.Match[str]) -> str:
            """ "Administrator (m/w/d)" "(männlich, weiblich, divers)": a job advert's genders."""
            letters = [g.lower() for g in m.groups() if g]
            if len(set(letters)) != len(letters):
                return m.group(0)
            return f"({', '.join(_GENDERS[g] for g in letters)})"

        @signs.rule(r"(?:\b[Cc]opyright\s?)?©\s?")
        def _copyright(m: re.Match[str]) -> str:
            """ "Foto: © FF Tramin" "Copyright" (eSpeak NG says nothing for the sign); once after the word."""
            return "Copyright "

        @signs.rule(r"(?<![\w.])Bft\.?(?=\s?\d)")
        def _beaufort(m: re.Match[str]) -> str:
            """ "(Bft 8)" "Beaufort acht": the wind's force on the Beaufort scale."""
            return "Beaufort "

    return signs
