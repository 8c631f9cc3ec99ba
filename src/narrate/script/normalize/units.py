"""Units after a number in German, Spanish and French, said as words: "50 km" "cincuenta kilómetros".

eSpeak NG spells most unit symbols in these languages ("km" "ka eme", "MB" "em be", "ha" "ha"). A symbol
after a number (with or without a space, "3MB") is replaced by its name, singular after exactly one, plural
otherwise, where "1" is the article ("ein Kilometer", "una tonelada"); "X/Y" is "X per Y" ("Wh/kg"
"Wattstunden pro Kilogramm"). The number is left for the language's later rules (Spanish agreement sees
the feminine "toneladas", "hectáreas"; `spelled.py` writes it out).
"""

from __future__ import annotations

import re

from narrate.script.normalize.prefixed import with_prefixed
from narrate.script.normalize.rules import Rules, ends_sentence, quotation_open
from narrate.script.normalize.spelled import SIGNS

# symbol -> (after one, after any other number); prefixed.py adds the units made of an SI prefix and a base
_TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "km": ("Kilometer", "Kilometer"), "m": ("Meter", "Meter"), "cm": ("Zentimeter", "Zentimeter"),
        "mm": ("Millimeter", "Millimeter"), "kg": ("Kilogramm", "Kilogramm"), "g": ("Gramm", "Gramm"),
        "t": ("Tonne", "Tonnen"), "l": ("Liter", "Liter"), "ha": ("Hektar", "Hektar"),
        "km²": ("Quadratkilometer", "Quadratkilometer"), "m²": ("Quadratmeter", "Quadratmeter"),
        "m³": ("Kubikmeter", "Kubikmeter"), "cm³": ("Kubikzentimeter", "Kubikzentimeter"),
        "cm²": ("Quadratzentimeter", "Quadratzentimeter"), "mm²": ("Quadratmillimeter", "Quadratmillimeter"),
        "mA": ("Milliampere", "Milliampere"), "kn": ("Knoten", "Knoten"),
        "MB": ("Megabyte", "Megabyte"), "GB": ("Gigabyte", "Gigabyte"), "TB": ("Terabyte", "Terabyte"),
        "kbit": ("Kilobit", "Kilobit"), "Mbit": ("Megabit", "Megabit"), "Gbit": ("Gigabit", "Gigabit"),
        "kbps": ("Kilobit pro Sekunde", "Kilobit pro Sekunde"), "KB": ("Kilobyte", "Kilobyte"),
        "Mbps": ("Megabit pro Sekunde", "Megabit pro Sekunde"), "Nm": ("Newtonmeter", "Newtonmeter"),
        "Gbps": ("Gigabit pro Sekunde", "Gigabit pro Sekunde"), "Ah": ("Amperestunde", "Amperestunden"),
        "kW": ("Kilowatt", "Kilowatt"), "MW": ("Megawatt", "Megawatt"), "GW": ("Gigawatt", "Gigawatt"),
        "Wh": ("Wattstunde", "Wattstunden"), "kWh": ("Kilowattstunde", "Kilowattstunden"),
        "kWp": ("Kilowatt-Peak", "Kilowatt-Peak"),  # a solar array's rated power
        "MWh": ("Megawattstunde", "Megawattstunden"), "GWh": ("Gigawattstunde", "Gigawattstunden"),
        "h": ("Stunde", "Stunden"), "°C": ("Grad Celsius", "Grad Celsius"), "°": ("Grad", "Grad"),
        "‰": ("Promille", "Promille"), "dB": ("Dezibel", "Dezibel"), "dB(A)": ("Dezibel A", "Dezibel A"),
        "°F": ("Grad Fahrenheit", "Grad Fahrenheit"),
        "W": ("Watt", "Watt"), "V": ("Volt", "Volt"), "kV": ("Kilovolt", "Kilovolt"),
        "Hz": ("Hertz", "Hertz"), "kHz": ("Kilohertz", "Kilohertz"), "MHz": ("Megahertz", "Megahertz"),
        "GHz": ("Gigahertz", "Gigahertz"),
        "min": ("Minute", "Minuten"), "Min": ("Minute", "Minuten"), "s": ("Sekunde", "Sekunden"),
        "Sek": ("Sekunde", "Sekunden"), "sec": ("Sekunde", "Sekunden"), "mbar": ("Millibar", "Millibar"),
        "mmHg": ("Millimeter Quecksilbersäule", "Millimeter Quecksilbersäule"),  # blood pressure
        "mg": ("Milligramm", "Milligramm"),
        "cl": ("Zentiliter", "Zentiliter"), "°dH": ("Grad deutscher Härte", "Grad deutscher Härte"),
        "kcal": ("Kilokalorie", "Kilokalorien"), "kJ": ("Kilojoule", "Kilojoule"),
        "TL": ("Teelöffel", "Teelöffel"), "EL": ("Esslöffel", "Esslöffel"),  # a recipe's spoons
        # the Swiss franc's short sign after an amount ("DZ ab ca. 150 Fr.", "50 SFr."); before one,
        # german_news' _sign_before says it; its code alone ("150 CHF") is european.py's, as every code is,
        # and is here for a price per a unit or a word ("50 CHF/Nacht")
        "Fr.": ("Franken", "Franken"), "SFr.": ("Franken", "Franken"), "CHF": ("Franken", "Franken"),
        "Hm": ("Höhenmeter", "Höhenmeter"), "Km": ("Kilometer", "Kilometer"),  # a hike's climb, "16 Km"
        "mAh": ("Milliamperestunde", "Milliamperestunden"),  # a battery's charge
        "mph": ("Meile pro Stunde", "Meilen pro Stunde"),  # a hurricane's winds, "(157 mph)"
    },
    "es": {
        "km": ("kilómetro", "kilómetros"), "m": ("metro", "metros"), "cm": ("centímetro", "centímetros"),
        "mm": ("milímetro", "milímetros"), "kg": ("kilo", "kilos"), "g": ("gramo", "gramos"),
        "t": ("tonelada", "toneladas"), "l": ("litro", "litros"), "ha": ("hectárea", "hectáreas"),
        "km²": ("kilómetro cuadrado", "kilómetros cuadrados"), "m²": ("metro cuadrado", "metros cuadrados"),
        "m³": ("metro cúbico", "metros cúbicos"), "cm³": ("centímetro cúbico", "centímetros cúbicos"),
        "cm²": ("centímetro cuadrado", "centímetros cuadrados"),
        "mm²": ("milímetro cuadrado", "milímetros cuadrados"),
        "mA": ("miliamperio", "miliamperios"), "kn": ("nudo", "nudos"),
        "hm³": ("hectómetro cúbico", "hectómetros cúbicos"),  # a reservoir's water ("45.724 hm³ embalsados")
        "MB": ("megabyte", "megabytes"), "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"),
        "kbit": ("kilobit", "kilobits"), "Mbit": ("megabit", "megabits"), "Gbit": ("gigabit", "gigabits"),
        "kbps": ("kilobit por segundo", "kilobits por segundo"), "KB": ("kilobyte", "kilobytes"),
        "Mbps": ("megabit por segundo", "megabits por segundo"), "Nm": ("newton metro", "newton metros"),
        "Gbps": ("gigabit por segundo", "gigabits por segundo"), "Ah": ("amperio hora", "amperios hora"),
        "kW": ("kilovatio", "kilovatios"), "MW": ("megavatio", "megavatios"),
        "GW": ("gigavatio", "gigavatios"), "dB": ("decibelio", "decibelios"),
        "kWh": ("kilovatio hora", "kilovatios hora"), "MWh": ("megavatio hora", "megavatios hora"),
        "kWp": ("kilovatio pico", "kilovatios pico"), "Wh": ("vatio hora", "vatios hora"),
        # "°C" is "grados" in weather copy: so most annotators read it (round 25: 13 pairs in 10 sets); 5
        # pairs in 3 sets say "grados centígrados"
        "hs": ("hora", "horas"),  # "de 10 a 17hs": the hours as Latin American copy writes them
        "h": ("hora", "horas"), "°C": ("grado", "grados"), "°F": ("grado Fahrenheit", "grados Fahrenheit"),
        "W": ("vatio", "vatios"), "V": ("voltio", "voltios"), "kV": ("kilovoltio", "kilovoltios"),
        "Hz": ("hercio", "hercios"), "kHz": ("kilohercio", "kilohercios"),
        "MHz": ("megahercio", "megahercios"), "GHz": ("gigahercio", "gigahercios"),
        "min": ("minuto", "minutos"), "s": ("segundo", "segundos"),
        "mbar": ("milibar", "milibares"),
        # a degree sign alone: eSpeak NG says "grados" for it, but after "veintiuno" ("21°"), not the
        # "veintiún" that agrees with it
        "°": ("grado", "grados"), "dB(A)": ("decibelio A", "decibelios A"),
        "‰": ("por mil", "por mil"), "mmHg": ("milímetro de mercurio", "milímetros de mercurio"),
        "mg": ("miligramo", "miligramos"),
        "cl": ("centilitro", "centilitros"), "kcal": ("kilocaloría", "kilocalorías"),
        "kJ": ("kilojulio", "kilojulios"),
        "CV": ("caballo", "caballos"),  # caballos de vapor, a car's power ("190 CV")
        "cc": ("centímetro cúbico", "centímetros cúbicos"),  # "60 cc leche", a motorbike's "125 cc"
        "gr": ("gramo", "gramos"), "gr.": ("gramo", "gramos"),  # "200 gr." (a point the sentence may keep)
        "mAh": ("miliamperio hora", "miliamperios hora"), "mph": ("milla por hora", "millas por hora"),
        "rpm": ("revolución por minuto", "revoluciones por minuto"),
    },
    "fr": {
        "km": ("kilomètre", "kilomètres"), "m": ("mètre", "mètres"), "cm": ("centimètre", "centimètres"),
        "mm": ("millimètre", "millimètres"), "kg": ("kilogramme", "kilogrammes"), "g": ("gramme", "grammes"),
        "t": ("tonne", "tonnes"), "l": ("litre", "litres"), "ha": ("hectare", "hectares"),
        "pi": ("pied", "pieds"), "tr": ("tour", "tours"),  # Quebec's "987 m (3 238 pi)", "6.100 tr/min"
        "km²": ("kilomètre carré", "kilomètres carrés"), "m²": ("mètre carré", "mètres carrés"),
        "m³": ("mètre cube", "mètres cubes"), "cm³": ("centimètre cube", "centimètres cubes"),
        "cc": ("centimètre cube", "centimètres cubes"),  # a motorbike's "300 cc"
        "cm²": ("centimètre carré", "centimètres carrés"), "mm²": ("millimètre carré", "millimètres carrés"),
        "mA": ("milliampère", "milliampères"), "kn": ("nœud", "nœuds"),
        "Mo": ("mégaoctet", "mégaoctets"), "MB": ("mégaoctet", "mégaoctets"),
        "kbit": ("kilobit", "kilobits"), "Mbit": ("mégabit", "mégabits"), "Gbit": ("gigabit", "gigabits"),
        "kbps": ("kilobit par seconde", "kilobits par seconde"), "KB": ("kilooctet", "kilooctets"),
        "Mbps": ("mégabit par seconde", "mégabits par seconde"), "Ko": ("kilooctet", "kilooctets"),
        "Gbps": ("gigabit par seconde", "gigabits par seconde"), "Nm": ("newton-mètre", "newtons-mètres"),
        "Go": ("gigaoctet", "gigaoctets"), "dB": ("décibel", "décibels"),
        "To": ("téraoctet", "téraoctets"), "dB(A)": ("décibel A", "décibels A"),
        "kW": ("kilowatt", "kilowatts"), "MW": ("mégawatt", "mégawatts"), "GW": ("gigawatt", "gigawatts"),
        "kWh": ("kilowattheure", "kilowattheures"), "MWh": ("mégawattheure", "mégawattheures"),
        "kWc": ("kilowatt-crête", "kilowatts-crête"), "Wc": ("watt-crête", "watts-crête"),  # solar, "3 kWc"
        "°C": ("degré", "degrés"), "°": ("degré", "degrés"),  # "21° à 26°C": a degree sign alone
        "‰": ("pour mille", "pour mille"), "mmHg": ("millimètre de mercure", "millimètres de mercure"),
        "°F": ("degré Fahrenheit", "degrés Fahrenheit"), "Wh": ("wattheure", "wattheures"),
        "W": ("watt", "watts"), "V": ("volt", "volts"), "kV": ("kilovolt", "kilovolts"),
        "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("mégahertz", "mégahertz"),
        "GHz": ("gigahertz", "gigahertz"),
        "mg": ("milligramme", "milligrammes"),
        "cl": ("centilitre", "centilitres"), "kcal": ("kilocalorie", "kilocalories"),
        "kJ": ("kilojoule", "kilojoules"), "mbar": ("millibar", "millibars"),
        "ch": ("cheval", "chevaux"), "CV": ("cheval", "chevaux"),  # chevaux-vapeur, a car's power ("130 ch")
        "min": ("minute", "minutes"), "sec": ("seconde", "secondes"), "s": ("seconde", "secondes"),
        "mn": ("minute", "minutes"),  # "de 30 à 60 mn", French copy's other short form
        "gr": ("gramme", "grammes"),  # "200 gr de farine", as Spanish copy writes it too
        "càs": ("cuillère à soupe", "cuillères à soupe"), "càc": ("cuillère à café", "cuillères à café"),
        "mAh": ("milliampère-heure", "milliampères-heures"),
        "mph": ("mile par heure", "miles par heure"), "Ah": ("ampère-heure", "ampères-heures"),
    },
}  # fmt: skip
UNITS = {language: with_prefixed(language, table) for language, table in _TABLES.items()}
_PER = {"de": "pro", "es": "por", "fr": "par"}
_SPANS = {  # a span of time after a slash
    "de": "Stunde|Sekunde|Minute|Tag|Woche|Monat|Jahr|Nacht",
    "es": "hora|segundo|minuto|día|semana|mes|año|noche",
    "fr": "heure|seconde|minute|jour|semaine|mois|an|année|nuit",
}
_PER_100_KM = {"de": "auf hundert Kilometer", "es": "a los cien kilómetros", "fr": "aux cent kilomètres"}
_ONE = {"de": ("ein", "eine"), "es": ("un", "una"), "fr": ("un", "une")}  # before a masculine, feminine unit
_FEMININE = (
    "Tonne", "stunde", "Stunde", "tonelada", "hectárea", "hora", "tonne", "Kilokalorie", "kilocaloría",
    "kilocalorie", "minute", "Minute", "cuillère", "seconde", "heure", "Sekunde", "revolución",
    "libra", "Meile", "milla", "livre",  # a pound, of weight or of money ("une livre sterling")
)  # fmt: skip
_SPEED = {"de": "Kilometer pro Stunde", "es": "kilómetros por hora", "fr": "kilomètres heure"}


# other ways copy writes a symbol: "50 m2", "50 cm3" (no superscript), "36ºC" (the ordinal sign for the
# degree sign), "230º C" (a space before the C)
_ALIASES = {
    "m2": "m²", "km2": "km²", "m3": "m³", "cm3": "cm³", "hm3": "hm³", "cm2": "cm²", "mm2": "mm²",
    "ºC": "°C", "º C": "°C", "° C": "°C", "mL": "ml", "ºF": "°F", "º F": "°F", "° F": "°F", "mm Hg": "mmHg",
    "Kg": "kg", "KG": "kg", "cL": "cl",  # a symbol's capitals as copy writes them: "22Kg", "20cL"
    "w": "W", "kB": "KB", "KByte": "KB", "MByte": "MB", "GByte": "GB", "TByte": "TB",  # "900w", "512 KByte"
    "kw": "kW", "Kw": "kW", "KW": "kW", "kwh": "kWh", "Kwh": "kWh",
    "KWh": "kWh",  # "onze kw", "3000 kwh": a kilowatt in copy's cases
    "kms": "km", "cms": "cm", "ccm": "cm³",  # "5 kms de bouchon", "25 cms de diámetro", "50 ccm"
    "kj": "kJ", "kcals": "kcal",
    "cv": "CV",  # "110 cv", a car's power in Spanish copy
    "MBit": "Mbit", "Mb": "Mbit", "kb": "kbit", "Kbit": "kbit", "GBit": "Gbit", "Gb": "Gbit",  # "21,6 MBit/s"
    "KM": "km", "HM": "Hm", "hm": "Hm",  # a race's distance and climb: "50KM / 2000HM"
}  # fmt: skip
# a unit "per" a word's abbreviation: "mg/j" "milligrammes par jour", "kWh/m²/an"
_PER_SHORT = {
    "de": {"L": "Liter"},
    "es": {"L": "litro"},
    "fr": {"j": "jour", "an": "an", "L": "litre", "h": "heure"},
}
# a currency, as a word or a sign, before "/" and a unit: "Cent/kWh", "euros/m²"
_MONEY = {
    "de": {"Cent": "Cent", "ct": "Cent", "ct.": "Cent", "Ct": "Cent", "Ct.": "Cent", "Euro": "Euro",
           "€": "Euro", "EUR": "Euro"},  # the currency's code: "434 EUR/t"
    "es": {"euros": "euros", "€": "euros", "EUR": "euros", "céntimos": "céntimos"},
    "fr": {"euros": "euros", "euro": "euros", "€": "euros", "EUR": "euros", "centimes": "centimes"},
}  # fmt: skip
_SINGULAR_MONEY = {"euros": "euro", "céntimos": "céntimo", "centimes": "centime"}
_PER_WORD = {"de": "pro|je", "es": "por|el|cada", "fr": "par|le|du|au"}  # "euros le m²": one of it
# what is counted, abbreviated after its number: a place's people, a book's pages (one and many)
_COUNTED = {
    "de": {"Einw.": ("Einwohner", "Einwohner"), "S.": ("Seite", "Seiten")},
    "es": {"hab.": ("habitante", "habitantes"), "págs.": ("página", "páginas")},
    "fr": {"hab.": ("habitant", "habitants"), "p.": ("page", "pages")},
}
_INCH = {"de": ("Zoll", "Zoll"), "es": ("pulgada", "pulgadas"), "fr": ("pouce", "pouces")}
# a scale word after a number, before its unit: "150 Millionen km", "150 millions de km"
_SCALE = {
    "de": r"Millionen|Milliarden|Billionen|Mio\.|Mrd\.",
    "es": r"(?:millones|millón|billones|billón)\sde",
    "fr": r"(?:millions?|milliards?|billions?)\s(?:de\s|d['’])",
}


# each language's symbols and the other ways copy writes them, with their names
_NAMED = {
    language: {**table, **{alias: table[symbol] for alias, symbol in _ALIASES.items() if symbol in table}}
    for language, table in UNITS.items()
}


def _symbols(language: str) -> str:
    """A pattern of LANGUAGE's unit symbols and their aliases, longest first."""
    return "|".join(re.escape(s) for s in sorted(_NAMED[language], key=len, reverse=True))


def unit_pattern(language: str) -> str:
    """A pattern of LANGUAGE's unit symbols alone or per another one ("m³/s"), or "km/h"."""
    symbols = _symbols(language)
    return rf"km/h|(?:{symbols})(?:/(?:{symbols}|L\b))?"  # "mg/L": a capital L only after a slash


def unit_words(unit: str, language: str, *, one: bool, dative: bool = False) -> str:
    """UNIT (a symbol, an alias, "X/Y" or "X/word") said after a number, singular after one: "m³/s"
    "metros cúbicos por segundo"; DATIVE: a German plural in -er takes its "n" ("mit 8,6 l" "Litern")."""
    if unit == "km/h":  # "mit 611 km/h" "Kilometern pro Stunde"
        return _SPEED[language].replace("meter ", "metern ") if dative and not one else _SPEED[language]
    units = _NAMED[language]
    head, *pers = [unit] if unit in units else unit.split("/")  # "U/l" is one unit's
    said = units["l" if head == "L" else head][0 if one else 1]
    if dative and language == "de" and not one and said.endswith("er") and " pro " not in said:
        said += "n"
    for per in pers:  # "kWh/m²/an" "kilowattheures par mètre carré par an"
        name = units[per][0] if per in units else _PER_SHORT[language].get(per, per)
        said += f" {_PER[language]} {name}"
    return said


def one_before(noun: str, language: str) -> str:
    """ "1" as the article before NOUN (a unit's name): "une heure", "un minuto", "eine Stunde"."""
    head = noun.split(maxsplit=1)[0]
    # a French watt-hour is masculine ("un kilowattheure"), though its last part, "heure", is not
    return _ONE[language][head.endswith(_FEMININE) and not head.endswith(("wattheure", "ampère-heure"))]


# a preposition that governs the dative before the amount, past words of how much ("von mehr als 50 cm³") and
# a range's or a size's first numbers ("von 3 – 6 cm"); not "auf", "in", "über" ("auf 100 km/h beschleunigt")
# nor "zwischen" ("zwischen 25 und 40 Liter" may be a subject), nor before a noun ("mit 160 mm Federweg")
_DATIVE_BEFORE = re.compile(
    r"\b(?:[Aa]us|[Bb]ei|[Mm]it|[Nn]ach|[Ss]eit|[Vv]on|(?<!bis\s)[Zz]u|[Aa]b|[Uu]nter)\s"
    r"(?:(?:rund|knapp|ca\.|circa|etwa|mehr als|weniger als|über|bis zu|mindestens|höchstens|maximal|nur|gut"
    r"|fast|jeweils|ihren|seinen|unseren|den|diesen)\s)*(?:\d[\d.,]*\s?(?:[-–x×]|bis|und|mal)\s?){0,2}$"
)


def _dative(text: str, at: int, end: int) -> bool:
    noun_after = re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", text[end:])
    return not noun_after and bool(_DATIVE_BEFORE.search(text, max(0, at - 50), at))


def unit_price(language: str, unit: str) -> str:
    """ "per UNIT" after an amount of money: in French a unit's price is "le mètre carré", "la tonne" (as
    "trois euros le kilo" is said), elsewhere "pro Kilowattstunde", "por metro cuadrado"."""
    name = UNITS[language][unit][0]
    if language != "fr":
        return f"{_PER[language]} {name}"
    if re.match(r"[aeiouyéh]", name):
        return f"l'{name}"
    return f"{'la' if name.endswith(_FEMININE) else 'le'} {name}"


def _one_of(m: re.Match[str], money: str, language: str) -> str:
    """MONEY in the singular after an amount of one written just before M ("1 €/kg" "un euro por kilo"), and
    in French after one and its cents, plural only from two ("1,05 € / nuit" "un euro cinq par nuit";
    Spanish says "uno coma cinco euros")."""
    one = r"1(?:,\d\d?)?" if language == "fr" else "1"
    if re.search(rf"(?<![\d.,]){one}\s?$", m.string[max(0, m.start() - 7) : m.start()]):
        return _SINGULAR_MONEY.get(money, money)
    return money


# Spanish "ha" before a past participle is the verb ("el 112 ha enviado"), not hectares
HABER = re.compile(r"\s+[a-záéíóúñ]+(?:ado|ido|ada|ida|to|cho|so)\b")


def rules(language: str) -> Rules:
    """LANGUAGE's rules naming the unit after a number, after a currency and a slash, and after "per"."""
    units, symbols = _NAMED[language], _symbols(language)
    # "h/Woche", "km/jour": a unit per a word (of three letters or more, a noun's capital in German)
    noun = "[A-ZÄÖÜ][a-zäöüß]{2,20}" if language == "de" else "[a-záéíóúñèêàç]{3,20}"
    per_word = "|".join([noun, *_PER_SHORT[language]])  # and French "j", "an"
    named = Rules()

    @named.rule(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?[lL]\s?/\s?100\s?km\b")
    def _consumption(m: re.Match[str]) -> str:
        """ "4,0 l/100 km" "quatre virgule zéro litres aux cent kilomètres": a car's fuel use (eSpeak NG says
        "l" and "slash")."""
        litres = units["l"][0 if m.group(1) == "1" else 1]
        return f"{m.group(1)} {litres} {_PER_100_KM[language]}"

    @named.rule(
        # at most six groups: a long run of them is not scanned again from each of its numbers; a minus sign
        # before "1" is taken with it (said before the article)
        rf"(?:(?<=[\s(])[-−–](?=1\s?[^\d\s.,]))?(?<![\w.,])(\d+(?:[.,]\d+|[  ]\d{{3}}){{0,6}})(\s?)"
        # "2023 l'usine": elided; "kWh/m²/an": per two units or words
        rf"(km/h|(?:{symbols}|L(?=/))(?:/(?:{symbols}|{per_word})){{0,2}})(?![\w²/]|['’]\w)"
    )
    def _unit(m: re.Match[str]) -> str:
        number, unit = m.group(1), m.group(3)
        if re.fullmatch(r"0\d+", number) or (
            language == "es" and unit == "ha" and HABER.match(m.string, m.end())
        ):
            return m.group(0)  # "061 ha enviado": a number with a leading 0 measures nothing; "ha" is a verb
        one = number == "1"
        said = unit_words(unit, language, one=one, dative=_dative(m.string, m.start(), m.end()))
        if unit == "km/h":
            return f"{number} {said}"
        if unit.endswith(".") and ends_sentence(m.string, m.end()):
            said += "."  # "85 gr." at the sentence's end: the point ends it too
        minus = f"{SIGNS[language]['-']} " if m.group(0)[0] in "-−–" else ""  # "de -1 °C" "de moins un degré"
        return f"{minus}{one_before(said, language) if one else number} {said}"

    money = "|".join(re.escape(s) for s in _MONEY[language])

    @named.rule(rf"(?<![^\W\d]|/)({money})\s?/\s?({symbols})(?![\w²/])")  # "9,5ct/kWh" too
    def _money_per_unit(m: re.Match[str]) -> str:
        """ "29,13 Cent/kWh" "Cent pro Kilowattstunde", "3,8 ct. / kWh", "4 800 euros/m²" "euros le mètre
        carré"."""
        glued = m.start() > 0 and m.string[m.start() - 1].isdigit()
        if glued and not m.group(1)[0].isalpha() and "/ " not in m.group(0):
            return m.group(0)  # "46€/m²": amounts.py's; "1€ / km" is not
        symbol = _ALIASES.get(m.group(2), m.group(2))
        money = _MONEY[language][m.group(1)]
        return f"{' ' if glued else ''}{_one_of(m, money, language)} {unit_price(language, symbol)}"

    @named.rule(rf"(?<![\w./,-])(?:({noun})|({symbols}))\s?/\s?({symbols})(?![\w²/]|['’]\w)")
    def _per_symbol(m: re.Match[str]) -> str:
        """ "Preise/kg" "Preise pro Kilogramm", "32 Liter/m²", "hl/ha" "hectolitres par hectare", "mg/l": a
        noun, or a unit with no number, per a unit (eSpeak NG said the slash and the letters); a letter alone
        is no unit's but a litre after a unit."""
        if len(m.group(2) or "ha") < 2 or (len(m.group(3)) < 2 and not (m.group(2) and m.group(3) in "lL")):
            return m.group(0)
        return f"{m.group(1) or units[m.group(2)][1]} {_PER[language]} {units[m.group(3)][0]}"

    # a price per a noun: "160 Euro/Nacht" "Euro pro Nacht", "1.32€ /noche", "2€ / injection", "860 € / an";
    # French and Spanish "€/hab." glued after its number is amounts.py's
    @named.rule(rf"(?<![^\W\d]|/)({money})\s?/\s?({noun}{'|an' if language == 'fr' else ''})(?![\w/])")
    def _money_per_word(m: re.Match[str]) -> str:
        space = " " if m.string[m.start() - 1 : m.start()].isdigit() else ""
        if (language != "de" and m.group(0).startswith("€/")) or (space and m.group(1)[0].isalpha()):
            return m.group(0)
        return f"{space}{_one_of(m, _MONEY[language][m.group(1)], language)} {_PER[language]} {m.group(2)}"

    _per_span(named, language)

    @named.rule(r'(?<![\w/.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:"|″)(?![\w"″])')
    def _inch_mark(m: re.Match[str]) -> str:
        """'une dalle de 15,5"' "quinze virgule cinq pouces", '55" TV': a double quote after a number, where
        no quotation is open, is an inch mark, as in English (eSpeak NG said nothing for it)."""
        if quotation_open(m.string, m.start()):
            return m.group(0)  # 'le "Top 5"': a quotation's end
        one = m.group(1) == "1"
        name = _INCH[language][0 if one else 1]
        return f"{one_before(name, language) if one else m.group(1)} {name}"

    counted = _COUNTED[language]

    @named.rule(rf"(?<=\d)\s({'|'.join(map(re.escape, counted))})(?=[\s,;:)|]|$)(?!\s?\d)")
    def _counted(m: re.Match[str]) -> str:
        """ "(1 090 hab., Cantal)" "mille quatre-vingt-dix habitants", "5.000 Einw.", "Actes sud, 2022,
        240 p." "pages", "320 S." "Seiten": a place's people or a book's pages after their number (eSpeak NG
        said "hab" and the letters); the point ends the sentence too where one does. Not before a number
        ("3,1 p. 100" is "pour cent"); a price per head, "€/hab.", is amounts.py's."""
        one, many = counted[m.group(1)]
        single = re.search(r"(?<![\d.,])(?<!\d\s)1$", m.string[max(0, m.start() - 3) : m.start()])
        return f" {one if single else many}" + ("." if ends_sentence(m.string, m.end()) else "")

    @named.rule(rf"(?<!\w)({_SCALE[language]})\s?({symbols})(?![\w²/]|['’]\w)")
    def _scaled_unit(m: re.Match[str]) -> str:
        """ "150 Millionen km" "Millionen Kilometer", "150 millions de km" "millions de kilomètres": a unit
        after a number's scale word is many of it (eSpeak NG said the letters); of one letter, "t" only."""
        if len(m.group(2)) < 2 and m.group(2) != "t":
            return m.group(0)
        space = "" if m.group(1).endswith(("'", "’")) else " "
        return f"{m.group(1)}{space}{units[m.group(2)][1]}"

    @named.rule(rf"\b({_PER_WORD[language]})\s({symbols})(?![\w²/])")
    def _per_unit(m: re.Match[str]) -> str:
        """ "13,94 Cent pro kWh" "pro Kilowattstunde", "euros le m²": a unit after "per" is one of it (a
        symbol of one letter after the word is left alone: "je m" is not a unit's)."""
        if len(m.group(2)) < 2:
            return m.group(0)
        name = units[m.group(2)][0]
        if m.group(1) == "le" and re.match(r"[aeiouyéh]", name):
            return f"l'{name}"  # "le ha" "l'hectare"
        return f"{m.group(1)} {name}"

    return named


def _per_span(named: Rules, language: str) -> None:
    @named.rule(rf"(?<=[^\W\d_]{{3}})(?<!\bp[eor]r)(?<!\bpro)/({_SPANS[language]})\b(?![/-])")
    def _said(m: re.Match[str]) -> str:
        """ "126.000 kilómetros/hora" "kilómetros por hora", "d'électricité/semaine" "par semaine", "pro
        Person/Tag" "pro Person pro Tag": a word, a slash and a span of time (eSpeak NG said the slash)."""
        return f" {_PER[language]} {m.group(1)}"
