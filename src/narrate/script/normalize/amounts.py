"""French and Spanish amounts: a currency sign after the number, and "de" after a round million.

- "2 765 000€", "496 €/hab.", "6.072.022,31 €", Quebec's "5000 $": eSpeak NG says the euro sign "əʁo" in
  French and "euro", always singular, in Spanish, and reads no "per" in the slash. The amount is said with
  the currency's name after it, plural from two in French ("zéro euro") and after all but one in Spanish,
  its cents as a newsreader says them ("douze euros cinquante", "veintidós euros con treinta y un
  céntimos"), and a "per" after a slash ("€/habitant" "euros par habitant");
- "107 000 000 euros" is "cent sept millions d'euros": a noun after a round million takes "de" (as it does
  after the word, "773 millions d'euros"), with or without the currency sign; so does a sign after the word
  ("2,4 Millions €" "millions d'euros").

The numbers are said here (Spanish ones agreeing with the currency's gender), not left to the later rules.
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules, ends_sentence
from narrate.script.normalize.spanish import agreeing
from narrate.script.normalize.spelled import cardinal
from narrate.script.normalize.units import UNITS, unit_price

# sign -> (one, many, feminine)
_CURRENCIES = {
    "fr": {"€": ("euro", "euros", False), "£": ("livre", "livres", True), "$": ("dollar", "dollars", False)},
    "es": {"€": ("euro", "euros", False), "£": ("libra", "libras", True)},
}
_SIGNS = {"fr": {"+": "plus"}, "es": {"+": "más"}}
for _signs, _minus in ((_SIGNS["fr"], "moins"), (_SIGNS["es"], "menos")):
    _signs.update(dict.fromkeys("−–-", _minus))
_CENTS = {"fr": ("centime", "centimes"), "es": ("céntimo", "céntimos")}
_PER = {"fr": "par", "es": "por"}
# ("65$/h" "soixante-cinq dollars par heure")
_PER_WORDS = {
    "fr": {"hab": "habitant", "an": "an", "h": "heure"},
    "es": {"hab": "habitante", "año": "año", "h": "hora"},
}
# words after a round million that are not its noun: prepositions, conjunctions, "de" already there
_NOT_NOUN = {
    "fr": {"de", "d", "du", "des", "et", "ou", "à", "au", "aux", "en", "par", "pour", "sur", "dans", "avec",
           "contre", "selon", "environ", "sont", "ont", "est", "a", "qui", "que", "soit"},
    "es": {"de", "del", "y", "e", "o", "u", "a", "al", "en", "por", "para", "con", "contra", "sobre", "que",
           "según", "entre", "son", "han", "es", "ha", "sin"},
}  # fmt: skip
_NUMBER = r"\d{1,3}(?:[  .]\d{3}){1,6}|\d{1,7}"


def _said(n: int, language: str, feminine: bool) -> str:
    """N before a noun of the gender given: "vingt et une livres", "veintiún euros"."""
    if language == "es":
        return agreeing(n, feminine)
    said = cardinal(n, "fr")
    return re.sub(r"\bun$", "une", said) if feminine else said


def _of(language: str, noun: str) -> str:
    """ "de" before NOUN, "d'" before a French vowel or h."""
    return "d'" if language == "fr" and re.match(r"[aeiouyàâéèêîïôûh]", noun, re.IGNORECASE) else "de "


def rules(language: str) -> Rules:
    """LANGUAGE's rules for amounts (French and Spanish)."""
    amounts = Rules()
    currencies = _CURRENCIES[language]
    sign = "[" + "".join(re.escape(c) for c in currencies) + "]"
    per_units = UNITS[language]

    @amounts.rule(rf"\b([Mm]illi(?:on|ard)s?|[Mm]ill(?:ón|ones))\s?({sign})(?![\w/])")
    def _million_sign(m: re.Match[str]) -> str:
        """ "2,4 Millions €" "millions d'euros", "3 millones €" "millones de euros": a sign after the word."""
        many = currencies[m.group(2)][1]
        return f"{m.group(1)} {_of(language, many)}{many}"

    @amounts.rule(
        rf"(?:(?<![^\s(\[])([+−–-]))?(?<![\w.,])(?<!\S/)(?<![^\s(\[][−–-])({_NUMBER})(?:,(\d{{1,2}}))?\s?({sign})"
        r"(?:/(k?m[²³23]|[^\W\d_]+\.?)(?:/([^\W\d_]+))?)?(?![\w/²])"
    )
    def _currency(m: re.Match[str]) -> str:
        """ "-13 048 €" "moins treize mille quarante-huit euros": a sign before the amount is said with it."""
        said = _amount(m, m.group(2), m.group(3), m.group(4))
        return f"{_SIGNS[language][m.group(1)]} {said}" if m.group(1) else said

    @amounts.rule(rf"(?<![\w.,$])({sign})\s?({_NUMBER})(?:,(\d\d?))?(?![\w.,]?\d|\s?{sign}|\s[Mm]ill)")
    def _sign_before(m: re.Match[str]) -> str:
        """ "de $25 sera", "por € 25 por persona": a sign before the amount, as English copy writes it (eSpeak
        NG said it first, "dollar vingt-cinq", "euro veinticinco")."""
        return _amount(m, m.group(2), m.group(3), m.group(1), tail=False)

    def _amount(m: re.Match[str], number: str, cents_text: str | None, sign: str, tail: bool = True) -> str:
        whole, cents = int(re.sub(r"\D", "", number)), int((cents_text or "0").ljust(2, "0"))
        one, many, feminine = currencies[sign]
        plural = whole >= 2 if language == "fr" else whole != 1
        name = many if plural else one
        if whole >= 1_000_000 and whole % 1_000_000 == 0 and not cents:
            name = _of(language, name) + name
        said = f"{_said(whole, language, feminine)} {name}" if whole or not cents else ""
        if cents:
            cent_name = _CENTS[language][cents != 1]
            if not said:
                said = f"{_said(cents, language, False)} {cent_name}"
            elif language == "fr":
                said += f" {cardinal(cents, 'fr')}"  # "douze euros cinquante"
            else:
                said += f" con {_said(cents, 'es', False)} {cent_name}"
        if per := m.group(5) if tail else None:
            key = per.rstrip(".").replace("2", "²").replace("3", "³")  # "€/m3" as "€/m³"
            if m.group(6):  # "46€/m²/an" "quarante-six euros par mètre carré par an"
                name = per_units[key][0] if key in per_units else _PER_WORDS[language].get(key, key)
                last = _PER_WORDS[language].get(m.group(6), m.group(6))
                return f"{said} {_PER[language]} {name} {_PER[language]} {last}"
            if key in per_units:  # "€/m²" "euros le mètre carré" in French
                said += f" {unit_price(language, key)}"
            else:
                said += f" {_PER[language]} {_PER_WORDS[language].get(key, key)}"
            if per.endswith(".") and (key not in _PER_WORDS[language] or ends_sentence(m.string, m.end())):
                said += "."  # a point that ends the sentence
        return said

    if language == "fr":

        @amounts.rule(rf"(?<![\w.,/])({_NUMBER}),(\d{{2}})\s(euros?|dollars?)\b(?!\s?/)")
        def _cents_after_word(m: re.Match[str]) -> str:
            """ "133,20 euros" "cent trente-trois euros vingt": the cents after the currency's word, as
            after its sign (eSpeak NG says "virgule vingt"); under one unit it is left as written."""
            whole, cents = int(re.sub(r"\D", "", m.group(1))), int(m.group(2))
            if not whole:
                return m.group(0)
            said = f"{cardinal(whole, 'fr')} {m.group(3)}"
            return f"{said} {cardinal(cents, 'fr')}" if cents else said

    @amounts.rule(r"(?<![\w.,/-])(\d{1,3}(?:[  .]000){2,6})\s+(?=([^\W\d_][\w'’-]*))")
    def _round_million(m: re.Match[str]) -> str:
        noun = m.group(2)
        if re.split(r"['’]", noun.lower())[0] in _NOT_NOUN[language] or not noun[0].islower():
            return m.group(0)
        whole = int(re.sub(r"\D", "", m.group(1)))
        return f"{cardinal(whole, language)} {_of(language, noun)}"

    return amounts
