"""Spanish, French and German: what eSpeak NG's own rules say wrong, in words from num2words.

What it gets wrong, measured with the same IPA comparison as the English pairs:

- German years, ordinals and dates, clock times (`german.py`), telephone numbers (`german_phone.py`);
- French clock times, ordinals and initialisms (`french.py`, `french_letters.py`), and the telephone numbers,
  heights and currency signs said before the units (`french_news.py`);
- Spanish and French hours with a point ("19.00 horas"; Spanish hours are feminine, "las veintiuna");
- Spanish numbers agreeing with their noun (`spanish.py`); unit symbols after a number (`units.py`);
- in French and Spanish, a currency sign after the amount and "de" after a round million (`amounts.py`);
- in all three, the number sign ("N° 5"), a hyphen between two numbers ("20-30" "bis", "à", "a"), and in
  French and Spanish numeric dates ("le 03/10/2024") and spans of years ("2020-2024", `numeric_dates.py`);
- and, last, every other number, which is written out in words (`spelled.py`): eSpeak NG's reading of
  digits ("einhundertdreiundfünfzig") is not what a newsreader's script says ("hundertdreiundfünfzig").

Japanese kanji, which eSpeak NG cannot read at all, are written in kana when pykakasi is installed
(`japanese.py`).
"""

from __future__ import annotations

import re

from narrate.script.normalize import (
    amounts,
    european,
    german_news,
    japanese,
    numeric_dates,
    signs,
    spelled,
    units,
)
from narrate.script.normalize.french import FRENCH, fr_clock
from narrate.script.normalize.french_letters import FRENCH_LETTERS
from narrate.script.normalize.french_news import BEFORE as FRENCH_BEFORE
from narrate.script.normalize.german import BEFORE_UNITS, GERMAN
from narrate.script.normalize.german_days import DAYS
from narrate.script.normalize.german_ordinals import CENTURIES, ORDINALS
from narrate.script.normalize.german_phone import PHONES
from narrate.script.normalize.german_rulers import RULERS
from narrate.script.normalize.rules import Rules, run, words
from narrate.script.normalize.spanish import BEFORE_UNITS as ES_BEFORE_UNITS
from narrate.script.normalize.spanish import SPANISH, hour
from narrate.script.normalize.spanish_abbreviations import ABBREVIATIONS as ES_ABBREVIATIONS
from narrate.script.normalize.spanish_news import SPANISH_NEWS
from narrate.script.normalize.spelled import cardinal, range_word


def _ranges(language: str) -> Rules:
    """ "20-30 Prozent" "20 bis 30", "2-3 jours" "2 à 3", "ganó 3-1" "3 a 1": the hyphen between two numbers
    is the word for "to" (eSpeak NG says nothing there, or "Strich"); the numbers are left to the rules after.
    As in English, also a hyphen with spaces ("(14 - 18 Jahre)") and decimals ("1,50-1,75%").

    French and Spanish say a score the same way; German only a range ("3:1" is its score), so there the second
    number must be the larger. Also between thousands written with points ("Cota 1.800-2.200"). Not in a
    chain ("4-3-3", "2024-05-03"), a number with a decimal point, a code ("A-7"), or from a number with a
    leading zero (a phone number, "030-1234"); after a number sign, a hyphen (not a dash) joins the parts of
    a label: "n° 2001-692" is a law's number, its parts said with nothing between.
    """
    rules = Rules()
    number = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,4})(?:,\d{1,3})?"  # "1.800-2.200": thousands' points too

    @rules.rule(rf"(?<![\w.,/:–-])(?!0\d)({number})(-|\s?–\s?|\s-\s)({number})(?![\w/–-]|[.,:]\d)")
    def _range(m: re.Match[str]) -> str:
        if m.group(2) == "-" and _NUMBERED.search(m.string, max(0, m.start() - 12), m.start()):
            return f"{m.group(1)} {m.group(3)}"
        if language == "de" and _value(m.group(3)) <= _value(m.group(1)):
            return m.group(0)
        if language == "fr" and _WAR.search(m.string, max(0, m.start() - 12), m.start()):
            return f"{m.group(1)} {m.group(3)}"  # "la guerre de 14-18": a war's name, "quatorze-dix-huit"
        return f"{m.group(1)} {range_word(language, m.string, m.start())} {m.group(3)}"

    return rules


def _value(number: str) -> float:
    """ "1,5" 1.5, "12.500" 12500: a number written with a decimal comma and thousands' points."""
    return float(number.replace(".", "").replace(",", "."))


_WAR = re.compile(r"\b[Gg]uerre de\s$")

# a number sign or its word just before a number ("N° 5" is "numéro 5" by then): what follows is a label
_NUMBERED = re.compile(r"(?:\b(?:[Nn]uméro|[Nn]úmero|Nummer|Nr\.)|\b[Nn]\s?[°º])\s?$")


_PRESSURE_OVER = {"de": "zu", "es": "sobre", "fr": "sur"}


def _before_units(language: str) -> Rules:
    """Before `units.py` names the units: "70/80 km/h" "70 à 80 km/h" (two numbers and a slash before a unit
    are a range, the second the larger; a fraction's denominator, "3/4 kg", has one digit), and in French a
    unit per hour ("40 mm/h" "quarante millimètres par heure"; units.py leaves the French "h" alone, which is
    a clock's hour, and "km/h" is "kilomètres heure")."""
    rules = Rules()
    symbols = "|".join(re.escape(s) for s in sorted(units.UNITS[language], key=len, reverse=True))

    @rules.rule(rf"(?<![\w.,/:-])(\d{{1,4}})/(\d{{1,4}})(?=\s?(?:km/h|%|(?:{symbols})(?![\w²])))")
    def _slash_range(m: re.Match[str]) -> str:
        if re.match(r"\s?mm\s?Hg", m.string[m.end() :]):  # a blood pressure, "120/80 mmHg"
            return f"{m.group(1)} {_PRESSURE_OVER[language]} {m.group(2)}"
        if int(m.group(2)) <= int(m.group(1)) or int(m.group(2)) < 10:  # "3/4 kg" is a fraction
            return m.group(0)
        return f"{m.group(1)} {range_word(language, m.string, m.start())} {m.group(2)}"

    if language in {"fr", "de"}:

        @rules.rule(rf"(?<![\w.,])(\d{{1,3}})\.(\d{{1,2}})(?=\s?(?!h\b)(?:{symbols})(?![\w²/]))")
        def _decimal_point(m: re.Match[str]) -> str:
            """ "(PDF, 4.34 MB)", "ca. 3.6 kg": a point before one or two digits and a unit is a decimal (a
            thousand's point has three digits, a date no unit after it), the language's comma; not before a
            clock's "h" ("10.30 h")."""
            return f"{m.group(1)},{m.group(2)}"

    if language == "fr":

        @rules.rule(rf"(?<![\w.,])(\d+(?:,\d+)?)\s?(?!km/h)({symbols})/h(?![\w/²])")
        def _per_hour(m: re.Match[str]) -> str:
            one = m.group(1) == "1"
            name = units.UNITS["fr"][m.group(2)][0 if one else 1]
            amount = ("une" if name.startswith("tonne") else "un") if one else m.group(1)
            return f"{amount} {name} par heure"

    return rules


# hour, minute, second: (after one, after any other number)
_TIME_UNITS = {
    "de": (("Stunde", "Stunden"), ("Minute", "Minuten"), ("Sekunde", "Sekunden")),
    "es": (("hora", "horas"), ("minuto", "minutos"), ("segundo", "segundos")),
    "fr": (("heure", "heures"), ("minute", "minutes"), ("seconde", "secondes")),
}


def _durations(language: str) -> Rules:
    """A race's time, its parts named (before the numbers are written out, which then agree with them):
    "2:01:41", "( 02:22:19 )", "2h34:09" "deux heures une minute quarante et une secondes" (under ten hours:
    "12:30:15" may be a clock);
    "1:32.997" (minutes, seconds and their decimals) "eine Minute zweiunddreißig Komma neun neun sieben"; and
    in French the marks of minutes and seconds, "1h59'40''", "2h15'34", "2'50''"."""
    rules = Rules()
    (hour1, hours), (minute1, minutes), (second1, seconds) = _TIME_UNITS[language]

    def count(n: int, one: str, many: str) -> str:
        """ "2 heures", "une minute"; German's "1 Minute" is left for german_news.py, which says its case."""
        if n != 1:
            return f"{n} {many}"
        return f"{'1' if language == 'de' else units.one_before(one, language)} {one}"

    def named(h: int, m: int, s: int) -> str:
        pairs = ((h, (hour1, hours)), (m, (minute1, minutes)), (s, (second1, seconds)))
        parts = [count(n, one, many) for n, (one, many) in pairs if n]
        if language == "es" and len(parts) > 1:  # "dos horas, cinco minutos y doce segundos"
            return f"{', '.join(parts[:-1])} y {parts[-1]}"
        if len(parts) == 2 and h and s:  # "deux heures et trente-cinq secondes", the minutes left out
            return f"{parts[0]} et {parts[1]}"
        return " ".join(parts) or f"0 {seconds}"

    if language != "de":  # german.py says "2:03:17" and "2:03:17 Stunden" itself
        # not when the copy names the unit itself ("2:03:59 horas")
        @rules.rule(
            r"(?<![\d:.,])0?(\d)(?::|(?<=\d)h)([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d|\s?(?:h|heures?|horas?)\b)"
        )
        def _race(m: re.Match[str]) -> str:
            """ "2:01:41", "( 02:22:19 )", "2h34:09"."""
            return named(int(m.group(1)), int(m.group(2)), int(m.group(3)))

    @rules.rule(
        r"(?<![\w.,:])(?:(\d{1,2})\s?h\s?(?=\d{1,2}\s?(?:min|m)\s?\d|\d\d\s\d\d\s?s\b))?"
        r"([0-5]?\d)\s?(?:min|m)?\s?([0-5]\d)\s?s\b(?!\.\w)"
    )
    def _lettered(m: re.Match[str]) -> str:
        """ "44min48s", "1h50min09s", "3m06s", "1h32 17s": a race's time with its units' letters."""
        if not (m.group(1) or re.search(r"\d\s?(?:min|m)\s?\d", m.group(0))):
            return m.group(0)  # "10 20s": no unit between the numbers
        return named(int(m.group(1) or 0), int(m.group(2)), int(m.group(3)))

    @rules.rule(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:]|[.,]\d)")
    def _lap(m: re.Match[str]) -> str:
        return f"{count(int(m.group(1)), minute1, minutes)} {int(m.group(2))},{m.group(3)}"

    prime, double = "[’'′]", "(?:[’'′]{2}|″|[\"”])"
    if language in {"fr", "es"}:  # "2'50''", "4’ 58’’", "2'59\"": minutes and seconds

        @rules.rule(rf"(?<![\w.,’'′])(\d{{1,2}})\s?{prime}\s?([0-5]\d)\s?{double}(?!\d)")
        def _marked_minutes(m: re.Match[str]) -> str:
            return named(0, int(m.group(1)), int(m.group(2)))

    if language == "fr":

        @rules.rule(rf"(?<![\w.,])(\d{{1,2}})h(\d{{2}}){prime}(\d{{2}})(?:{double})?(?!\d)")
        def _marked(m: re.Match[str]) -> str:
            return named(int(m.group(1)), int(m.group(2)), int(m.group(3)))

        @rules.rule(rf"(?<![\w.,’'′])(\d{{1,2}}){double}(\d{{2}})(?![\d’'′″\"”])")
        def _marked_seconds(m: re.Match[str]) -> str:
            """ "(20''94)": a sprint's seconds and hundredths, "vingt secondes quatre-vingt-quatorze"."""
            hundredths = ("zéro " if m.group(2).startswith("0") else "") + str(int(m.group(2)))  # "21″04"
            return f"{count(int(m.group(1)), second1, seconds)} {hundredths}"

    return rules


_DOT = {"de": "Punkt", "es": "punto", "fr": "point"}
_DASH = {"de": "Bindestrich", "es": "guion", "fr": "tiret"}  # a hyphen in a web address (English's "dash")
_NUMBER_SIGN = {"de": "Nummer", "es": "número", "fr": "numéro"}
_AT = {"de": "ät", "es": "arroba", "fr": "arobase"}  # "@" in an e-mail address
_SIGNS = {  # the other signs of an e-mail address's name
    language: {".": _DOT[language], "-": _DASH[language], "_": under, "+": "plus"}
    for language, under in (("de", "Unterstrich"), ("es", "guion bajo"), ("fr", "tiret bas"))
}


_KILOMETRE = {"es": "kilómetro", "fr": "kilomètre"}


def _number_sign(language: str) -> Rules:
    """ "N° 7021/22", "nº 5": the number sign before a number is the word for "number" (eSpeak NG says
    "N Grad", "N grados"); in French and Spanish "km" before a number ("del km 9", "Km. 77", "Km 173 – 4e
    cat.") is a road's or a race's kilometre post, "kilómetro", "kilomètre"."""
    rules = Rules()

    @rules.rule(r"(?<![\w])[Nn]\.?\s?[°º]\s?(?=\d)|(?<![\w&#])#\s?(?=\d)")  # "révision #3"
    def _sign(m: re.Match[str]) -> str:
        return f"{_NUMBER_SIGN[language]} "

    if language == "fr":  # "la nationale No 3", "no. 5": French has no word "no" (Spanish has)

        @rules.rule(r"(?<![\w.])[Nn]o\.?\s(?=\d)")
        def _no(m: re.Match[str]) -> str:
            return "numéro "

    if language in _KILOMETRE:

        @rules.rule(r"(?<![\w.,])(?<!\d\s)([kK])[mM]\.?\s(?=\d{1,4}\b)")
        def _kilometre_post(m: re.Match[str]) -> str:
            word = _KILOMETRE[language]
            return f"{word if m.group(1) == 'k' else word.capitalize()} "

    return rules


_SLASH = {"de": "Schrägstrich", "es": "barra", "fr": "slash"}
# the endings of the addresses German, French and Spanish copy gives: Europe's, Latin America's ("gob.mx"),
# Canada's and French-speaking Africa's, and the generic ones
_TOP_LEVEL = (
    "de|at|ch|li|eu|es|fr|be|lu|it|pt|uk|ca|us|mx|ar|co|cl|pe|ve|gt|do|pa|pr|py|uy|ec|bo|cr|hn|ni|sv|cu"
    "|ma|sn|ci|tn|dz|cm|com|org|net|info|edu|gov|int"
)


def _international(language: str) -> Rules:
    """ "+41 21 315 36 81", "+49 30 1234 5678", "+49 345 2203326", "0043 732 778601": a telephone number after
    its country code, group by group, as that language reads them (French and Spanish a group as a number,
    "trois cent quinze"; German digit by digit but for pairs, as german_phone.py; a group of five digits or
    more digit by digit everywhere); the "00" that dials abroad is said digit by digit with the code ("null
    null vier drei"). eSpeak NG ran the groups together ("vingt et un mille ...", "neunundvierzigtausend")."""
    rules = Rules()

    @rules.rule(r"(?<![\w+])(\+|00(?=[1-9]))(\d{1,3})((?:[\s.-]\(?\d{1,8}\)?){2,5})(?![\w.,-]?\d)")
    def _number(m: re.Match[str]) -> str:
        groups = re.findall(r"\d+", m.group(3))
        if sum(map(len, groups)) < 6:
            return m.group(0)  # "+5 3 2": too short for a subscriber's number
        said = [
            spelled.digits(g, language)
            if g.startswith("0") or len(g) > 4 or (language == "de" and len(g) != 2)
            else cardinal(int(g), language)
            for g in groups
        ]
        code = m.group(2)
        dialled = f"{signs.PLUS[language]} {cardinal(int(code), language)}" if m.group(1) == "+" else ""
        return f"{dialled or spelled.digits('00' + code, language)}, " + ", ".join(said)

    return rules


# languages whose readers say a web address's "www" (development pairs: 12 of 17, 7 of 12)
_WWW_SAID = {"de", "fr"}


def _addresses(language: str) -> Rules:
    """A web address in running text: "Ambrosiainfo.de" "Ambrosiainfo Punkt D E" (a country's two letters
    spelled, "com", "org", "net", "info" said as words), without "https://", "www." or a path; a hyphen in
    the name is said ("www.ville-boe.fr" "ville tiret boe point F R")."""
    rules = Rules()

    def said_domain(name: str, top: str) -> str:
        ending = top if len(top) > 2 or (language, top) == ("es", "es") else " ".join(top.upper())
        return f" {_DOT[language]} ".join([*name.replace("-", f" {_DASH[language]} ").split("."), ending])

    @rules.rule(
        r"(?<![\w.+-])([\w+-]{1,64}(?:\.[\w+-]{1,64}){0,4})@([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*)"
        r"\.([a-z]{2,6})\b(?![.@-]?\w)"
    )
    def _email(m: re.Match[str]) -> str:
        """ "oac@ayuntavila.com" "oac arroba ayuntavila punto com": the sign said in the language's word
        ("arroba", "arobase", "ät"), the points and hyphens in the name said as in a web address."""
        local = re.sub(r"[._+-]", lambda c: f" {_SIGNS[language][c.group(0)]} ", m.group(1))
        return f"{local} {_AT[language]} {said_domain(m.group(2), m.group(3))}"

    @rules.rule(
        r"(?<![\w.@/-])(?:https?://)?(?:www\.)?([A-Za-zÄÖÜäöüß][\w-]*(?:\.[a-z][\w-]*)*)"
        rf"\.({_TOP_LEVEL})\b(/\S*[\w/=#-])?(?![.@-]?\w)"
    )
    def _address(m: re.Match[str]) -> str:
        """A short path of words is read, as in English ("bahn.de/streckenagent" "... Schrägstrich
        streckenagent"); a long one (dates, slugs, ids) is left out."""
        said = said_domain(m.group(1), m.group(2))
        if language in _WWW_SAID and re.match(r"(?:https?://)?www\.", m.group(0), re.IGNORECASE):
            said = f"w w w {_DOT[language]} {said}"  # German and French readers say it ("weh weh weh Punkt")
        parts = [p for p in (m.group(3) or "").split("/") if p]
        if parts and len(parts) <= 2 and all(re.fullmatch(r"[A-Za-zÄÖÜäöüßéèàç]{2,20}", p) for p in parts):
            said += "".join(f" {_SLASH[language]} {p}" for p in parts)
        return said

    return rules


def _hours(language: str, hour_word: str) -> Rules:
    rules = Rules()

    @rules.rule(rf"(?<![\d.,])\b([01]?\d|2[0-3])[.:]([0-5]\d)\s({hour_word})\b")
    def _time(m: re.Match[str]) -> str:
        minutes = int(m.group(2))
        if language == "fr":  # "19.21 heures" is said "dix-neuf heures vingt et une", as "19h21" is
            return fr_clock(int(m.group(1)), minutes)
        tail = f" {words(minutes, language)}" if minutes else ""
        said = hour(int(m.group(1))) if language == "es" else words(int(m.group(1)), language)
        return f"{said}{tail} {m.group(3)}"

    return rules


_RULES = {
    "de": DAYS.items
    + _durations("de").items
    + _international("de").items
    + european.rules("de").items
    + _addresses("de").items
    + signs.rules("de").items
    + _number_sign("de").items
    + spelled.phone_word("de").items
    + PHONES.items
    + german_news.BEFORE.items
    + BEFORE_UNITS.items
    + _before_units("de").items
    + units.rules("de").items
    + CENTURIES.items
    + GERMAN.items
    + ORDINALS.items
    + RULERS.items
    + _ranges("de").items
    + german_news.AMOUNTS.items
    + spelled.rules("de").items
    + german_news.AFTER.items,
    "fr": spelled.phone_word("fr").items
    + FRENCH_BEFORE.items
    + _durations("fr").items
    + _international("fr").items
    + european.rules("fr").items
    + FRENCH_LETTERS.items
    + _addresses("fr").items
    + signs.rules("fr").items
    + _number_sign("fr").items
    + numeric_dates.rules("fr").items
    + _before_units("fr").items
    + units.rules("fr").items
    + FRENCH.items
    + _ranges("fr").items
    + amounts.rules("fr").items
    + _hours("fr", "heures?").items
    + spelled.rules("fr").items,
    "es": ES_ABBREVIATIONS.items
    + _durations("es").items
    + _international("es").items
    + european.rules("es").items
    + _addresses("es").items
    + signs.rules("es").items
    + _number_sign("es").items
    + spelled.phone_word("es").items
    + SPANISH_NEWS.items
    + numeric_dates.rules("es").items
    + ES_BEFORE_UNITS.items
    + _before_units("es").items
    + units.rules("es").items
    + _hours("es", "horas?").items
    + _ranges("es").items
    + amounts.rules("es").items
    + SPANISH.items
    + spelled.rules("es").items,
}


def apply(text: str, language: str) -> str:
    """LANGUAGE's rules over TEXT (a language without rules is left to eSpeak NG)."""
    if language == "ja":
        return japanese.kana(text)
    return run(_RULES.get(language, []), text)
