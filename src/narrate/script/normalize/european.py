"""Forms German, French and Spanish copy writes alike, said before their clock, date and number rules:

- a clock-time range, "10:30–14:00", "8h30-12h": "diez treinta a catorce", "huit heures trente à douze
  heures", "acht Uhr bis zwölf Uhr" (the hyphen would be said "minus", or not at all);
- an ISO date and time stamp, "2022-06-21 17:00:00", written as the language writes dates, for its rules;
- "24/7", round the clock: the two numbers, "vierundzwanzig sieben" (a slash would be said); in Spanish a
  season, "2024/25", "2018/2019": its two years;
- a price in euros with a point before its cents, "380.00€", or the sign in the comma's place, "1€50": the
  language's decimal comma; in French and Spanish the euro's code as its sign after the amount ("13.00 EUR",
  "EUR 24,20");
- "vs", "versus";
- capitals glued to a number, a road or a model ("L134", "l'A13", "la AP7"): the letters, then the number;
- in French and German a fraction, "1/3" "un tiers", "3/4" "trois quarts", "2/3" "zwei Drittel" (eSpeak NG
  says "un barre oblique trois"); Spanish has its own, before its noun (spanish_news.py).

It also owns the rule German and Spanish share in their own places among their rules, a small Roman numeral
after a numbered noun (numbered_roman).
"""

from __future__ import annotations

import re

from narrate.script.normalize.fractions import is_score
from narrate.script.normalize.numbers import roman_value
from narrate.script.normalize.rules import Rules, words
from narrate.script.normalize.spelled import after_between, cardinal, digits, range_word, spelled_letters
from narrate.script.normalize.units import one_before, unit_pattern, unit_words

# the parts of a whole: (one, several)
_PARTS = {
    "fr": {
        2: ("demi", "demis"), 3: ("tiers", "tiers"), 4: ("quart", "quarts"), 5: ("cinquième", "cinquièmes"),
        6: ("sixième", "sixièmes"), 7: ("septième", "septièmes"), 8: ("huitième", "huitièmes"),
        9: ("neuvième", "neuvièmes"), 10: ("dixième", "dixièmes"),
    },
    "de": {
        3: ("Drittel", "Drittel"), 4: ("Viertel", "Viertel"), 5: ("Fünftel", "Fünftel"),
        6: ("Sechstel", "Sechstel"), 8: ("Achtel", "Achtel"), 10: ("Zehntel", "Zehntel"),
    },
}  # fmt: skip
_OVER = {"fr": "sur", "es": "sobre", "de": "von"}  # "17/20": the word for "out of"
_ARTICLE = {
    "fr": re.compile(r"\b(?:[Ll]e|[Ll]es|[Dd]u|[Aa]u|[Dd]es|[Uu]n)\s$"),
    "de": re.compile(r"\b(?:[Ee]in|[Ee]ine[mnrs]?|[Dd]e[rmns]|[Dd]ie|[Dd]as)\s$"),
}
# German's halves agree with their noun: german_cases.py says them

# French: a noun right after "1/2", which "demi-" is joined to; and the endings that make a noun feminine
_NOUN_AFTER = re.compile(
    r"\s(?!(?:de|du|des|d|et|ou|à|au|aux|en|par|pour|sur|le|la|les)\b)([A-Za-zéèêàâîôûç]{3,})\b"
)
_FEMININE_ENDING = re.compile(r"(?:ère|eure|ée|ion|tte|ille|aine|sse|ure|ette|elle|ine|ade|ise)$")
_DETERMINER = re.compile(
    r"\b(?:[Uu]n|[Uu]ne|[Ll]e|[Ll]a|[Cc]e|[Cc]et|[Cc]ette|[Mm]a|[Mm]on|[Ss]a|[Ss]on|[Dd]u|[Aa]u)\s$"
)


def _half(m: re.Match[str], noun: re.Match[str]) -> str:
    """ "1/2 cuillère à café" "une demi-cuillère", "ce 1/2 litre" "ce demi-litre", "1/2 litre" "un
    demi-litre": "demi" before a noun goes with it, and the article is the noun's gender's (eSpeak NG says a
    hyphen as a pause)."""
    if _DETERMINER.search(m.string, max(0, m.start() - 8), m.start()):
        return "demi"
    return "une demi" if _FEMININE_ENDING.search(noun.group(1).lower()) else "un demi"


_ONE_LABEL = {"de": "eins", "es": "uno", "fr": "un"}  # "1" in a code, not an article

# a currency's ISO code after an amount, by its name in each language: (one, several)
_CODES = {
    "USD": {"de": ("US-Dollar", "US-Dollar"), "fr": ("dollar américain", "dollars américains"),
            "es": ("dólar estadounidense", "dólares estadounidenses")},
    "GBP": {"de": ("Pfund", "Pfund"), "fr": ("livre sterling", "livres sterling"),
            "es": ("libra esterlina", "libras esterlinas")},
    "CHF": {"de": ("Franken", "Franken"), "fr": ("franc suisse", "francs suisses"),
            "es": ("franco suizo", "francos suizos")},
    "CAD": {"de": ("kanadischer Dollar", "kanadische Dollar"), "fr": ("dollar canadien", "dollars canadiens"),
            "es": ("dólar canadiense", "dólares canadienses")},
    "JPY": {"de": ("Yen", "Yen"), "fr": ("yen", "yens"), "es": ("yen", "yenes")},
    "CNY": {"de": ("Yuan", "Yuan"), "fr": ("yuan", "yuans"), "es": ("yuan", "yuanes")},
    "MXN": {"de": ("mexikanischer Peso", "mexikanische Pesos"),
            "fr": ("peso mexicain", "pesos mexicains"), "es": ("peso mexicano", "pesos mexicanos")},
    "COP": {"de": ("kolumbianischer Peso", "kolumbianische Pesos"),
            "fr": ("peso colombien", "pesos colombiens"), "es": ("peso colombiano", "pesos colombianos")},
    "ARS": {"de": ("argentinischer Peso", "argentinische Pesos"), "fr": ("peso argentin", "pesos argentins"),
            "es": ("peso argentino", "pesos argentinos")},
    "CLP": {"de": ("chilenischer Peso", "chilenische Pesos"), "fr": ("peso chilien", "pesos chiliens"),
            "es": ("peso chileno", "pesos chilenos")},
    "PEN": {"de": ("Sol", "Soles"), "fr": ("sol", "sols"), "es": ("sol", "soles")},
    "BRL": {"de": ("Real", "Real"), "fr": ("réal", "réals"), "es": ("real", "reales")},
    "XOF": {"de": ("CFA-Franc", "CFA-Franc"), "fr": ("franc CFA", "francs CFA"),
            "es": ("franco CFA", "francos CFA")},
    "XAF": {"de": ("CFA-Franc", "CFA-Franc"), "fr": ("franc CFA", "francs CFA"),
            "es": ("franco CFA", "francos CFA")},
}  # fmt: skip


def numbered_roman(found: Rules, nouns: str, language: str) -> None:
    """Register on FOUND: a Roman numeral up to ten after one of NOUNS (a pattern, "Teil|Band") is its number,
    "Zulassungsbescheinigung Teil I" "Teil eins", "Segunda División B grupo I" "grupo uno", "el tomo II"
    (eSpeak NG says the letter "i"); a numeral with a point after it is left to the rules of ordinals."""

    @found.rule(rf"\b((?:{nouns})\s)(I{{1,3}}|IV|VI{{0,3}}|IX|X)\b(?![.\w])")
    def _numbered(m: re.Match[str]) -> str:
        return m.group(1) + words(roman_value(m.group(2)), language)


def rules(language: str) -> Rules:
    """LANGUAGE's rules for the forms above."""
    found = _whole_first_amount()
    clock = r"(?:[01]?\d|2[0-4]):[0-5]\d" + (r"|(?:[01]?\d|2[0-4])h(?:[0-5]\d)?" if language == "fr" else "")

    @found.rule(r"\b(ISBN|ISSN)((?:-1[03])?:?\s?)(\d[\d-]{7,15}[\dXx])(?![\w-])")
    def _book_number(m: re.Match[str]) -> str:
        """ "ISBN 978-3-944369-63-1": a book's or a serial's number, group by group and digit by digit, as
        English says it (its groups had been read as numbers joined by dashes)."""
        groups = [g for g in m.group(3).split("-") if g]
        said = ", ".join(" ".join(digits(c, language) if c.isdigit() else "X" for c in g) for g in groups)
        return f"{m.group(1)}{m.group(2)}{said}"

    @found.rule(
        r"(?<![\w.,])(\d{1,3}(?:[\s.]\d{3})*)\.(\d\d)(?=\s?(?:€|(?i:euros?|EUR)\b))"
        r"|(?:(?<=€)|(?<=€\s))(\d{1,3}(?:[\s.]\d{3})*)\.(\d\d)(?![\d.,]?\d)"
    )
    def _point_cents(m: re.Match[str]) -> str:
        """ "380.00€", "0.23€ du kW", "1 000.00 €", "€ 14.10": a price in euros with a point before its cents
        (two digits after a point are no group of thousands), written with the language's decimal comma for
        its rules."""
        return f"{m.group(1) or m.group(3)},{m.group(2) or m.group(4)}"

    @found.rule(r"(?<![\w.,])(\d{1,3}(?:[\s.]\d{3})*|\d{4,6})\s?€(\d\d)(?![\w%€]|[.,]\d)")
    def _sign_for_comma(m: re.Match[str]) -> str:
        """ "1€50", "12€90 le kilo": the euro sign written where the decimal comma goes, the euros before it
        and the cents after, as "1,50 €" (eSpeak NG would say the sign between two numbers)."""
        return f"{m.group(1)},{m.group(2)} €"

    if language != "de":  # german.py says the code itself

        @found.rule(r"(?<=\d)\s?EUR\b|\bEUR\s?(\d{1,3}(?:[\s.]\d{3})*(?:,\d\d?)?)(?![\d.,]\d)")
        def _eur(m: re.Match[str]) -> str:
            """ "13,00 EUR", "EUR 24,20": the euro's code, as its sign after the amount, for the amounts'
            rules (eSpeak NG spells the code)."""
            return f"{m.group(1)} €" if m.group(1) else " €"

    @found.rule(
        r"(?<![\w.,])(?:\$\s?)?(\d{1,3}(?:[.\s\u202f\u00a0]\d{3})+|\d+)((?:,\d{1,2})?)\s?"
        rf"({'|'.join(_CODES)})\b(?![-/]\w)"
    )
    def _code_after(m: re.Match[str]) -> str:
        """ "50.000 COP", "20 USD", "$98 MXN": a currency's code after an amount is the currency's name in the
        language, after the amount ("cincuenta mil pesos colombianos", "zwanzig US-Dollar"; eSpeak NG spelled
        the code); a dollar sign before it is the code's currency, said once. Cents are left as decimals."""
        one, several = _CODES[m.group(3)][language]
        if m.group(1) == "1" and not m.group(2):
            return f"{one_before(one, language)} {one}"  # "1 USD" "ein US-Dollar", "1 GBP" "une livre"
        return f"{m.group(1)}{m.group(2)} {several}"

    @found.rule(
        r"(?<![\w.,/:-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
        r"(?:[ T]([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?)?(?![\w/:-]|[.,]\d)"
    )
    def _iso_date(m: re.Match[str]) -> str:
        """ "2022-06-21 17:00:00", "2019-03-04": a date (and a time stamp) written the ISO way, in the
        language's own way for its date and clock rules, "21/06/2022 17:00" ("vingt et un juin deux mille
        vingt-deux, dix-sept heures"); eSpeak NG reads the hyphens as minus signs or not at all."""
        year, month, day = m.group(1, 2, 3)
        date = f"{day}.{month}.{year}" if language == "de" else f"{day}/{month}/{year}"
        return date + (f", {m.group(4)}:{m.group(5)}" if m.group(4) else "")

    @found.rule(rf"(?<![\w.,/:–-])({clock})\s?[-–]\s?({clock})(?![\w/–-]|[.,:]\d)")
    def _clock_range(m: re.Match[str]) -> str:
        return f"{m.group(1)} {range_word(language, m.string, m.start())} {m.group(2)}"

    _said_as_words(found, language)

    _how_many_times(found, language)
    _race_times(found, language)

    if language in ("es", "fr"):

        @found.rule(
            r"(?<![\w/.,-])((?:19|20)\d\d)/(\d\d|(?:19|20)\d\d)(?![\w/]|[.,]\d)"
            r"|(?<![\w/.,-])((?:19|20)\d\d)[-–]((?:19|20)\d\d)(?![\w/–-]|[.,]\d)"
            r"|(?<![\w.,/:–-])((?:1[89]|20)\d\d)-(\d\d)(?![\w/–-]|[.,:]\d)"
        )
        def _season(m: re.Match[str]) -> str:
            """ "el curso 2024/25", "Tercera División 2018/2019", "la temporada 2013-2014", "1983-84": a
            season or a school year, its two years said one after the other (eSpeak NG's Spanish voice says
            the slash, "barra", and the range rules would put "a" between them), in Spanish and French;
            after "entre" they are a span ("y", "et"). Years that do not follow each other ("Expte.
            2031/2018", "entre 2015-2020") are a file's number or a span, left to other rules. The one
            owner of this reading."""
            start, end = next(m.group(i, i + 1) for i in (1, 3, 5) if m.group(i))
            follows = int(end) == int(start) + 1 if len(end) == 4 else int(end) == (int(start) + 1) % 100
            if not follows:
                return m.group(0)
            word = (
                f" {range_word(language, m.string, m.start())} "
                if after_between(language, m.string, m.start())
                else " "
            )
            return f"{cardinal(int(start), language)}{word}{cardinal(int(end), language)}"

    if language == "es":

        @found.rule(r"(?<=\w)\s&\s(?=\w)")
        def _and(m: re.Match[str]) -> str:
            """ "Ecología & Clima": "y" (eSpeak NG's Spanish voice says "ampersand"; its French and German
            voices say "et" and "und" themselves)."""
            return " y "

    _and_a_half(found, language)

    parts = _PARTS.get(language)
    if parts:

        @found.rule(r"(?<![\w/.,])(?<!\d\s)([1-9])/(10|[2-9])(?![\w/]|[.,]\d|\s?[-–]\s?\d)")
        def _fraction(m: re.Match[str]) -> str:
            num, den = int(m.group(1)), int(m.group(2))
            if num >= den or den not in parts:
                return m.group(0)
            one, several = parts[den]
            if num > 1:
                return f"{cardinal(num, language)} {several}"
            if language == "fr" and den == 2 and (noun := _NOUN_AFTER.match(m.string, m.end())):
                return _half(m, noun)
            # "le 1/4 de finale" "le quart", "ein 1/3" "ein Drittel": the article before it is the "one"
            article = _ARTICLE[language].search(m.string, max(0, m.start() - 8), m.start())
            return one if article else f"{'un' if language == 'fr' else 'ein'} {one}"

    _scores(found, language)

    @found.rule(r"(?<![\w.,/@:-])([A-Z]{1,3})(\d{1,4})(?![\w/@-]|[.,:]\d)")
    def _glued_code(m: re.Match[str]) -> str:
        """ "auf der L134", "l'A13", "la AP7", "Audi A5": capitals glued to a number (a road, a model) are the
        letters, then the number said as a number ("L hundertvierunddreißig", "A treize"; eSpeak NG reads the
        digits as one long word, or one by one). One is said here, a label's "uno", "eins", "un", so that no
        agreement with a word after it makes it an article ("Bungalow T1 máx." had been "T un máx.")."""
        code = spelled_letters(m.group(1), language) if language == "es" else m.group(1)  # "A P", "efe"
        return f"{code} {_ONE_LABEL[language] if m.group(2) == '1' else m.group(2)}"

    return found


def _whole_first_amount() -> Rules:
    """The first of the rules: a range's first amount before any rule reads its decimals."""
    found = Rules()

    @found.rule(
        r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+),00(?=\s?(?:bis|und|à|et|a|y|[-–])\s?\d[\d.]*,\d\d\s?"
        r"(?:€|EUR\b|(?i:euros?|franken|francs?|pesos|dólares)\b|CHF\b))"
    )
    def _whole(m: re.Match[str]) -> str:
        """ "60,00 bis 80,00 EUR" "sechzig bis achtzig Euro": a range's first amount in whole units, its
        currency said after the last (the ",00" had been "Komma null null")."""
        return m.group(1)

    return found


def _said_as_words(found: Rules, language: str) -> None:
    @found.rule(r"(?<=\s)vs\.?(?=\s+[\w(«„])")
    def _versus(m: re.Match[str]) -> str:
        """ "+4% vs marché", "Bochum vs. Artland Dragons", "Spiderman vs. Veneno": "versus" (eSpeak NG spells
        its letters, "uve ese", "fau es")."""
        return "versus"

    @found.rule(r"(?<![\w/.,])24/7(?![\w/]|[.,]\d)")
    def _round_the_clock(m: re.Match[str]) -> str:
        return f"{cardinal(24, language)} {cardinal(7, language)}"


def _and_a_half(found: Rules, language: str) -> None:
    if language != "de":
        return

    @found.rule(
        rf"(?<![\w.,/])(\d{{1,3}})\s?(?:½|1/2)(?:\s?({unit_pattern(language)})(?![\w²/]))?(?![\w/]|[.,]\d)"
    )
    def _said(m: re.Match[str]) -> str:
        """ "6 ½ Stunden" "sechseinhalb Stunden", "1 1/2 TL" "eineinhalb Teelöffel", "USA 4½": a whole
        number and a half are one word (eSpeak NG said "sechs" and left the half, or "eins Strich zwei"),
        a unit after them many of it."""
        n = int(m.group(1))
        unit = f" {unit_words(m.group(2), language, one=False)}" if m.group(2) else ""
        return ("ein" if n == 1 else cardinal(n, language)) + "einhalb" + unit


def _scores(found: Rules, language: str) -> None:
    over = _OVER[language]

    @found.rule(
        rf"(?<![\w/.,-])(\d{{1,3}}(?:[.,]\d)?)/(20|100)(?![\w/]|[.,]\d|\s?(?:{unit_pattern(language)})\b)"
    )
    def _score(m: re.Match[str]) -> str:
        """ "17/20", "15,5/20", "92/100": a number over 20 or 100 is a score, "dix-sept sur vingt",
        "diecisiete sobre veinte", "zweiundneunzig von hundert" (a grade's, a wine's; eSpeak NG says the
        slash); neither is a date (no month 20 or 100), but over 20 a whole number up to 12 is left alone, and
        so are a range before a unit ("90/100 km/h") and one part ("1/100"). The numerator is left to the
        numbers' rules."""
        num, den = float(m.group(1).replace(",", ".")), int(m.group(2))
        if not is_score(num, den, whole=m.group(1).isdigit()):
            return m.group(0)
        return f"{m.group(1)} {over} {cardinal(den, language)}"


def _how_many_times(found: Rules, language: str) -> None:
    if language not in ("de", "es"):
        return

    @found.rule(r"(?<![\w.,/])([1-9]\d?)x(?=\s+[^\W\d])")
    def _times(m: re.Match[str]) -> str:
        """ "max. 1x pro Tag", "2x wöchentlich", "2x semana": how many times, "einmal", "zweimal", "dos
        veces" (French says "fois" in its own rules)."""
        n = int(m.group(1))
        if language == "de":
            return ("ein" if n == 1 else cardinal(n, language)) + "mal"
        return "una vez" if n == 1 else f"{cardinal(n, language)} veces"


# a race's minutes, seconds and hundredths: "minute(s)", "seconde(s)"; Spanish says the hundredths' noun too
_RACE_UNITS = {
    "fr": (("une minute", "minutes"), ("seconde", "secondes"), None),
    "es": (("un minuto", "minutos"), ("segundo", "segundos"), ("centésima", "centésimas")),
}


def _race_times(found: Rules, language: str) -> None:
    if language not in _RACE_UNITS:
        return

    @found.rule(
        r"(?<![\w’'.,:])(\d{1,2})(?:\s?[’']\s?(\d\d)\s?(?:[’']{2}|″|\")|m(\d{1,2})s)\s?(\d\d)(c)?(?![\w’'″\"]|[.,]\d)"
    )
    def _race_time(m: re.Match[str]) -> str:
        """ "en 9’49’’20", "1’57″37", "48’35″02", "(2m17s38c)": a race's minutes, seconds and hundredths,
        "neuf minutes quarante-neuf secondes vingt", "dos minutos diecisiete segundos treinta y ocho
        centésimas" (eSpeak NG read the marks as apostrophes and left "m", "s" and "c")."""
        (one_minute, minutes), (one_second, seconds), hundredth = _RACE_UNITS[language]
        mins, secs, cents = int(m.group(1)), int(m.group(2) or m.group(3)), int(m.group(4))
        said = [one_minute if mins == 1 else f"{cardinal(mins, language)} {minutes}"]
        said.append(f"{cardinal(secs, language)} {one_second if secs == 1 else seconds}")
        if hundredth:
            cents_said = "una" if cents == 1 else cardinal(cents, language)
            said.append(f"{cents_said} {hundredth[0] if cents == 1 else hundredth[1]}")
        else:
            said.append(cardinal(cents, language))
        return " ".join(said)
