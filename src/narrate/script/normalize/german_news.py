"""German news and council copy: abbreviations, a match's minute, "h" after a clock time, and the euro sign.

Before the number rules (`BEFORE`):
- "1,80 Meter" is "ein Meter achtzig": one or two metres with two decimals, a height's reading;
- "23:00 h" is "dreiundzwanzig Uhr": after a clock time "h" is the hour of the clock, not "Stunden";
- "(74')" is "(vierundsiebzigste Minute)": a match's minute in brackets (eSpeak NG says nothing for "'");
- abbreviations a newsreader says in full: "max." "maximal", "lt." "laut", "Bgm." "Bürgermeister",
  "Lk." "Landkreis", "Min." after a number "Minuten", "TOP" before a number "Tagesordnungspunkt", "Mio"
  and "Mrd" without a point before a currency ("23 Mio €"), "Hl. Geist" "Heilig Geist";
- "Frankfurt/Main" is "Frankfurt am Main": a town and its river after a slash.

After german.py's rules and the ranges (`AMOUNTS`):
- "22,50 €/kW" "zweiundzwanzig Euro fünfzig pro Kilowatt", "473.400,00 Euro" "... vierhundert Euro": an
  amount's cents are said after the currency, and none are said for ",00"; under one euro the cents alone
  ("0,70 Euro" "siebzig Cent");
- "1" before a measure is "ein" ("bis -1 Grad" "minus ein Grad", "1 bis 2 Litern" "ein bis zwei Litern"),
  "eine" before a feminine one ("1 Stunde"); eSpeak NG says the counting "eins".

After them (`AFTER`):
- "€" after an amount is "Euro" (eSpeak NG says nothing for it before a bracket, "2.292.000 €)"), "€/Jahr"
  "Euro pro Jahr";
- "mit 1.908.828 Euro" "mit einer Million ...": a dative preposition before "eine Million" or "Milliarde"
  ("von 1,69 €" "von einem Euro neunundsechzig").
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules, ends_sentence, words
from narrate.script.normalize.spelled import cardinal, digits

BEFORE = Rules()
AMOUNTS = Rules()
AFTER = Rules()


_ER_NOUNS = {1: "Einser", 7: "Siebener"}  # the others are the number and "-er": "Dreier", "Zwölfer"


@BEFORE.rule(
    r"(?<![\d.,:-])\b([1-9]|1[0-2]|[1-9]00|[1-9]\d{0,2}(?:\.000)+|20[0-4][1-9])er(?=[\s-]|[.,;:!?)]|$)(?!-Jahre)"
)
def _er_noun(m: re.Match[str]) -> str:
    """ "ein 3er BMW" "ein Dreier B M W", "die 5er-Gruppe", "die 6.000er-Marke" "Sechstausender-Marke", "die
    2023er-Umsätze" "Zweitausenddreiundzwanziger": a number with "-er" names a kind by it (eSpeak NG says
    "drei E R"); "20er" and "1990er" (decades) are german.py's."""
    n = int(m.group(1).replace(".", ""))
    return _ER_NOUNS.get(n) or cardinal(n, "de").capitalize() + "er"


_SIGN_BEFORE = {
    "€": "€",
    "EUR": "Euro",
    "T€": "Tausend Euro",
    "CHF": "Franken",
    "Fr.": "Franken",
    "SFr.": "Franken",
}


@BEFORE.rule(
    r"(?<![\w.])(?<!\d\s)(T€|€|EUR|CHF|S?Fr\.)\s?(\d{1,3}(?:['’.]\d{3})+|\d+)((?:,\d{1,2})?)(?:[.,](?:00|--?|–))?"
    r"(\s(?:Mio\.|Mrd\.|Millionen|Milliarden))?(?![\d'’]|[.,]\d)"
)
def _sign_before(m: re.Match[str]) -> str:
    """ "€ 26 Mio.", "T€ 520", "CHF 150'000.00", "Fr. 50'000.-", "EUR 160,--/Nacht": a currency written
    before the amount, as council and Swiss copy write it, is said after it ("sechsundzwanzig Millionen
    Euro"); ".00", ",-" and ",--" say none. Not a sign right after a number, which is that amount's ("3
    Nächte 165 € 4 Nächte": "hundertfünfundsechzig Euro", then "vier Nächte")."""
    return f"{m.group(2)}{m.group(3)}{m.group(4) or ''} {_SIGN_BEFORE[m.group(1)]}"


@BEFORE.rule(r"(?<![\w.])(?<!\d\s)Euro\s(\d{1,3}(?:\.\d{3})*)(?:,(\d\d)|,[-–]{1,2})(?![\d.,])")
def _euro_word_before(m: re.Match[str]) -> str:
    """ "bei Euro 45,00", "zusätzlich Euro 8,–", "Kurtaxe Euro 1,10": the currency's word before a price with
    its cents (or a dash for none), as hotel and council copy write it, is said after it, as the sign is
    ("fünfundvierzig Euro"); without cents it may be a name ("Euro 2024")."""
    cents = m.group(2)
    return f"{m.group(1)}{',' + cents if cents and cents != '00' else ''} €"


@BEFORE.rule(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{2,20})nr\.(?=\s?\d)")
def _number_compound(m: re.Match[str]) -> str:
    """ "Flurnr. 2846" "Flurnummer", "Hausnr. 5", "Kundennr.": a noun's "-nr." before a number is "-nummer"
    (eSpeak NG says the letters)."""
    return f"{m.group(1)}nummer"


@BEFORE.rule(r"(?:(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{1,20}(?:-|\s)?)|(?<=-))?([Ss])tr\.(?=\s?\d)")
def _street(m: re.Match[str]) -> str:
    """ "Schulstr. 1b" "Schulstraße", "Goethe-Str. 5", "Graf-Arco-Str. 3", "Berliner Str. 12": a street's
    "-str." before its house number is "-straße" (eSpeak NG says "Schulstr" as it is written)."""
    return f"{m.group(1) or ''}{m.group(2)}traße"


@BEFORE.rule(r"(?<![\w.])min\.(?=\s?(?:\d|\())")
def _at_least(m: re.Match[str]) -> str:
    """ "(min. 1,5 Meter)", "min. 60%": "min." before an amount is "mindestens", as "max." is "maximal" (after
    a number, "43:49 min.", it is minutes)."""
    return "mindestens"


# rivers a town is named by, with their gender's preposition ("Frankfurt am Main", "Halle an der Saale")
_RIVERS = {
    "Main": "am", "Rhein": "am", "Neckar": "am", "Inn": "am", "Lech": "am", "Regen": "am",
    "Oder": "an der", "Saale": "an der", "Donau": "an der", "Elbe": "an der", "Weser": "an der",
    "Ruhr": "an der", "Lahn": "an der", "Mosel": "an der", "Havel": "an der", "Spree": "an der",
    "Isar": "an der", "Ilm": "an der", "Fulda": "an der", "Werra": "an der", "Aller": "an der",
    "Leine": "an der", "Saar": "an der", "Dosse": "an der",
}  # fmt: skip
_RIVER = "|".join(_RIVERS)


@BEFORE.rule(rf"(?<![\w/])(?!(?:{_RIVER})/)([A-ZÄÖÜ][a-zäöüß]+)/(?:({_RIVER})\b(?!-)|(M)\.)")
def _on_river(m: re.Match[str]) -> str:
    """ "Frankfurt/Main (dpa)", "Frankfurt/M.", "Halle/Saale": a town and the river it is on, after a slash,
    "Frankfurt am Main" (eSpeak NG says the slash); not two rivers ("Rhein/Main") or a compound
    ("Rhein/Main-Gebiet")."""
    river = m.group(2) or "Main"
    return f"{m.group(1)} {_RIVERS[river]} {river}"


@BEFORE.rule(r"(?<![\d.,:])\b(\d{1,2}[:.][0-5]\d)\s?h\b(?![/²³.]\w)")
def _clock_hour(m: re.Match[str]) -> str:
    """ "23:00 h" "23:00 Uhr" (german.py then says the time)."""
    return f"{m.group(1)} Uhr"


@BEFORE.rule(r"(?<=\d)\s?ff\.?(?=[\s,;:)]|$)")
def _following(m: re.Match[str]) -> str:
    """ "Haushaltsjahre 2024ff", "S. 12 ff.": "ff." after a number is "fortfolgende" (eSpeak NG: "F F")."""
    return " fortfolgende"


@BEFORE.rule(r"§§\s?(?=\d)")
def _paragraphs(m: re.Match[str]) -> str:
    """ "§§ 133 Abs. 1": eSpeak NG says one "§" "Paragraf" and nothing for two."""
    return "Paragrafen "


@BEFORE.rule(r"(?<!§)§\s?(?=\d)")
def _paragraph(m: re.Match[str]) -> str:
    """ "(§ 52 Abs. 1", "(§52 BGB)": eSpeak NG says "§" "Paragraf" in a sentence but nothing after a bracket
    or glued to its number, so the word is written out."""
    return "Paragraf "


@BEFORE.rule(r"(?<=Paragraf\s)(\d{1,4})([a-z])\b")
def _lettered_paragraph(m: re.Match[str]) -> str:
    """ "§ 263a StGB" "Paragraf zweihundertdreiundsechzig a": a section's number and its letter."""
    return f"{cardinal(int(m.group(1)), 'de')} {m.group(2)}"


@BEFORE.rule(r"(?<=\d)[,.][-–](?=\s?(?:€|Euro\b|EUR\b|Franken\b|CHF\b|Fr\.))")
def _whole_euros(m: re.Match[str]) -> str:
    """ "70,- €", "79.000,– €", "7000.-€", "24.-Euro", "6'139'200.- Franken": an amount with a dash for its
    cents is whole euros (or francs)."""
    return "" if m.string[m.end() : m.end() + 1].isspace() else " "  # "24.-Euro": the space left out


@BEFORE.rule(r"(?<![\w.])geb\.(?=\s?\d)")
def _born(m: re.Match[str]) -> str:
    """ "Matthias, geb. 1975": "geboren" before a year or a date ("geb. Schmidt", a maiden name, is left)."""
    return "geboren"


@BEFORE.rule(r"(?<=\d)\su\.\s(?=\d)")
def _and_between_numbers(m: re.Match[str]) -> str:
    """ "(Schlehenhang 2 u. 4)": "u." between two numbers is "und"."""
    return " und "


@BEFORE.rule(r"(?<=\sUhr)\s?[-–]\s?(?=(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s?Uhr\b)")
def _until(m: re.Match[str]) -> str:
    """ "08:00 Uhr – 20:00 Uhr" "acht Uhr bis zwanzig Uhr": a dash between two times is "bis" (eSpeak NG says
    nothing there)."""
    return " bis "


@BEFORE.rule(r"\bv\.\s(?=\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b)")
def _of_date(m: re.Match[str]) -> str:
    """ "Urteil v. 25.03.2025": "v." before a date is "vom" (german.py then inflects the date)."""
    return "vom "


@BEFORE.rule(r"(?<![\w.,:])(\d{1,2}\.)(?=(?:Jahrhundert|Jahrtausend|Liga|Klasse|Platz|Runde|Spieltag)\b)")
def _glued_ordinal(m: re.Match[str]) -> str:
    """ "im 19.Jahrhundert" "im 19. Jahrhundert": an ordinal's point run into the noun it counts (german.py
    then says the ordinal)."""
    return f"{m.group(1)} "


_METRES = r"\s?(?:Meter\b|m(?![\w²³/]))"


# also the first of a range ("1,75 bis 1,80 Meter")
@BEFORE.rule(rf"(?<![\w.,])([12]),([0-9]\d)(?:{_METRES}|(?=\s?(?:bis|–|-)\s?[12],\d\d{_METRES}))")
def _metres_and_centimetres(m: re.Match[str]) -> str:
    """ "etwa 1,80 Meter groß" "ein Meter achtzig", "1,75 m" "ein Meter fünfundsiebzig": a height (one
    or two metres, two decimals) is said with the centimetres after the unit (eSpeak NG: "eins Komma acht
    null"); a longer length's decimals stay digits ("4,40 Meter", tests/test_normalize.py)."""
    metres = "ein" if m.group(1) == "1" else "zwei"
    return f"{metres} Meter {cardinal(int(m.group(2)), 'de')}"


@BEFORE.rule(r"\((\d{1,3})['’′]\)")
def _match_minute(m: re.Match[str]) -> str:
    """ "(74')" "(vierundsiebzigste Minute)"."""
    return f"({words(int(m.group(1)), 'de', 'ordinal')} Minute)"


@BEFORE.rule(r"(?<=\()(\d{1,3})\.(?:(?=,\s[A-ZÄÖÜ])|\s?\+\s?(\d{1,2})(?=[,)]))")
def _scorer_minute(m: re.Match[str]) -> str:
    """ "1:0 (56., Spahiu)", "(90.+2)": the minute of a goal in a match report, an ordinal; added time after
    "plus"."""
    said = words(int(m.group(1)), "de", "ordinal")
    return f"{said} plus {words(int(m.group(2)), 'de')}" if m.group(2) else said


@BEFORE.rule(r"(\s\d{1,3}[a-z]?,?\s)(\d{5}|(?!19|20)[1-9]\d{3})(?=\s[A-ZÄÖÜ][a-zäöüß])")
def _postcode(m: re.Match[str]) -> str:
    """ "Auf der Höhe 16, 24351 Damp", "Städtle 14 9490 Vaduz": five digits (four in Austria, Switzerland and
    Liechtenstein, not a year's) after a house number, before the place's name, are its postcode, said digit
    by digit."""
    return m.group(1) + digits(m.group(2), "de")


@BEFORE.rule(r"(\b\d{1,2}\.\d{1,2}\.\d{4},?\s)([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,:]\d|\s?Uhr)")
def _stamp_time(m: re.Match[str]) -> str:
    """ "21.11.2024 10.28": a time with a point after a date (a story's time stamp) is a clock time,
    "zehn Uhr achtundzwanzig", as "10:28" there already is."""
    hour = "ein" if m.group(2).lstrip("0") == "1" else cardinal(int(m.group(2)), "de")
    minutes = "" if m.group(3) == "00" else f" {cardinal(int(m.group(3)), 'de')}"
    return f"{m.group(1)}{hour} Uhr{minutes}"


@BEFORE.rule(r"(?<![\w.,'’(])(\d{1,3})['’′](?=\s[A-ZÄÖÜ])")
def _bare_minute(m: re.Match[str]) -> str:
    """ "89' Tor Bayern": a match's minute before what happened in it, "neunundachtzigste Minute"."""
    return f"{words(int(m.group(1)), 'de', 'ordinal')} Minute"


@BEFORE.rule(r"(\([^()\d]{2,40},\s)(\d{1,3})\.\)")
def _minute_after_name(m: re.Match[str]) -> str:
    """ "Rote Karte: Schraml (Göppingen, 28.)": the same minute written after the name, "achtundzwanzigste"
    (a number with a point that closes the brackets does not end a sentence)."""
    return f"{m.group(1)}{words(int(m.group(2)), 'de', 'ordinal')})"


@BEFORE.rule(r"(?<=\s)ü\.\s?(d\.\s?)?M\.")
def _above_sea(m: re.Match[str]) -> str:
    """ "2100 m ü.M.", "(1200 m ü. M.)": Swiss copy's height "über Meer" (above the sea); "795 m ü.d.M."
    "über dem Meeresspiegel"; the point ends the sentence too at its end or before a capital."""
    said = "über dem Meeresspiegel" if m.group(1) else "über Meer"
    return said + ("." if ends_sentence(m.string, m.end()) else "")


@BEFORE.rule(r"(?<=\d\s)Min\.(?=\s[a-zäöü])")
def _minutes(m: re.Match[str]) -> str:
    """ "35 Min. gedauert" "Minuten" (before a capital the point may end the sentence: left alone)."""
    return "Minuten"


@BEFORE.rule(r"\b(Millionen|Milliarden|Mio\.|Mrd\.)\sEUR\b")
def _euro_code(m: re.Match[str]) -> str:
    """ "8,5 Millionen EUR brutto": the currency's code after the amount's scale, "Euro"."""
    return f"{m.group(1)} Euro"


@BEFORE.rule(r"(?<=\d\s)(Mio|Mrd)(?=\s?(?:€|Euro\b|EUR\b)|\s[A-ZÄÖÜ][a-zäöüß])")
def _million_sign(m: re.Match[str]) -> str:
    """ "23 Mio €" "Millionen Euro": without its point before a currency, said as "Mio." is (german.py)."""
    return f"{m.group(1)}." + ("" if m.string[m.end() : m.end() + 1].isspace() else " ")


@BEFORE.rule(r"(?<![\w.])Hl\.(?=\s(?:Geist|Kreuz|Blut|Grab)\b)")
def _holy(m: re.Match[str]) -> str:
    """ "Hl. Geist" "Heilig Geist": in the names "Heilig Geist", "Heilig Kreuz", "Heilig Blut", "Heilig Grab"
    (a church's, a parish's); before a saint's name its ending would be the case's, and is left alone."""
    return "Heilig"


@BEFORE.rule(r"(?<![\w-])TOP(?=\s\d{1,3}\b)")
def _agenda_item(m: re.Match[str]) -> str:
    """ "In TOP 3" "In Tagesordnungspunkt drei": a council agenda's item."""
    return "Tagesordnungspunkt"


@AMOUNTS.rule(
    r"(?<![\w.,'’])(\d{1,3}(?:\.\d{3}){1,4}|\d{1,9}),(\d\d)(?![\d,])\s?(?:€|Euro\b)"
    r"(?:/([A-ZÄÖÜ][a-zäöüß]{1,20}))?(?![\w/])"
)
def _cents(m: re.Match[str]) -> str:
    """ "1035,20 Euro" "tausendfünfunddreißig Euro zwanzig", "473.400,00 Euro" "... vierhundert Euro"; under
    one euro the cents alone, "0,70 Euro" "siebzig Cent" (as "$0.70" is "seventy cents")."""
    whole, cents = int(m.group(1).replace(".", "")), int(m.group(2))
    if whole == 0 and not cents:
        return m.group(0)
    if whole == 0:
        said = ("ein" if cents == 1 else cardinal(cents, "de")) + " Cent"
    else:
        said = ("ein" if whole == 1 else cardinal(whole, "de")) + " Euro"
        if cents:
            said += f" {cardinal(cents, 'de')}"
    return said + (f" pro {m.group(3)}" if m.group(3) else "")


# measures a "1" before them counts: masculine and neuter, then feminine (a noun not listed, "Satz 1
# Grundgesetz", "die Bella 1", may be a label's number, said "eins")
_MEASURES = (
    r"Grad|Liter|Meter|Kilometer|Zentimeter|Millimeter|Kilogramm|Gramm|Euro|Cent|Dollar|Franken|Prozent"
    r"|Prozentpunkt|Jahr|Monat|Tag|Mal|Stück|Kilowatt|Megawatt|Watt|Volt|Hektar"
)
_FEMININE_MEASURES = r"Stunde|Minute|Sekunde|Woche|Tonne|Nacht"
_LABEL_BEFORE = re.compile(
    r"(?:Satz|Absatz|Abs\.|Artikel|Art\.|Nr\.|Nummer|Seite|S\.|Kapitel|Paragraf|Paragraph|§|Ziffer|Anlage"
    r"|Platz|Punkt|Band|Teil|Stufe|Liga|Gleis|Linie|Tor|Halle)\s$"
)


@AMOUNTS.rule(
    r"(?<![\w.,:/−–-])(?:(?<![^\s(])([−–-]))?1(?![\d.,:/]\w)"
    rf"(?=\s(?:(?:bis|oder)\s\d+\s[A-ZÄÖÜ]|({_MEASURES})\b|({_FEMININE_MEASURES})\b))"
)
def _one(m: re.Match[str]) -> str:
    """ "bis -1 Grad" "minus ein Grad", "1 Stunde" "eine Stunde", "1 bis 2 Litern" "ein bis zwei" (a range's
    "ein" whatever the noun's gender: "ein bis zwei Wochen")."""
    if _LABEL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group(0)
    said = "eine" if m.group(3) else "ein"
    return f"minus {said}" if m.group(1) else said


@AFTER.rule(r"(?<=[a-zäöüß])\s?€(?:/([A-ZÄÖÜ][a-zäöüß]{1,20}))?(?![\w/])")
def _euro(m: re.Match[str]) -> str:
    """ "zehn€/Jahr" "zehn Euro pro Jahr", "zweihundertzweiundneunzigtausend €)" "... Euro)"."""
    return " Euro" + (f" pro {m.group(1)}" if m.group(1) else "")


@AFTER.rule(
    r"\b(mit|von|bei|aus|seit|zu|nach|gegenüber)\s"
    rf"(eine\s(?:Million|Milliarde|{_FEMININE_MEASURES})|ein\s(?:{_MEASURES}))\b"
)
def _dative_one(m: re.Match[str]) -> str:
    """ "mit eine Million" (a number said as counted) "mit einer Million", "von ein Euro" "von einem Euro",
    "seit eine Woche" "seit einer Woche"."""
    article, noun = m.group(2).split()
    return f"{m.group(1)} {'einer' if article == 'eine' else 'einem'} {noun}"
