"""Units after a number in German, Spanish and French, said as words: "50 km" "cincuenta kilómetros".

eSpeak NG spells most unit symbols in these languages ("km" "ka eme", "MB" "em be", "ha" "ha"). A symbol
after a number (with or without a space, "3MB") is replaced by its name, singular after exactly one, plural
otherwise, where "1" is the article ("ein Kilometer", "una tonelada"); "X/Y" is "X per Y" ("Wh/kg"
"Wattstunden pro Kilogramm"). The number is left for the language's later rules (Spanish agreement sees
the feminine "toneladas", "hectáreas"; `spelled.py` writes it out).
"""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules

# symbol -> (after one, after any other number)
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "km": ("Kilometer", "Kilometer"), "m": ("Meter", "Meter"), "cm": ("Zentimeter", "Zentimeter"),
        "mm": ("Millimeter", "Millimeter"), "kg": ("Kilogramm", "Kilogramm"), "g": ("Gramm", "Gramm"),
        "t": ("Tonne", "Tonnen"), "l": ("Liter", "Liter"), "ha": ("Hektar", "Hektar"),
        "km²": ("Quadratkilometer", "Quadratkilometer"), "m²": ("Quadratmeter", "Quadratmeter"),
        "MB": ("Megabyte", "Megabyte"), "GB": ("Gigabyte", "Gigabyte"), "TB": ("Terabyte", "Terabyte"),
        "kW": ("Kilowatt", "Kilowatt"), "MW": ("Megawatt", "Megawatt"), "GW": ("Gigawatt", "Gigawatt"),
        "Wh": ("Wattstunde", "Wattstunden"), "kWh": ("Kilowattstunde", "Kilowattstunden"),
        "MWh": ("Megawattstunde", "Megawattstunden"), "GWh": ("Gigawattstunde", "Gigawattstunden"),
        "h": ("Stunde", "Stunden"), "°C": ("Grad Celsius", "Grad Celsius"),
    },
    "es": {
        "km": ("kilómetro", "kilómetros"), "m": ("metro", "metros"), "cm": ("centímetro", "centímetros"),
        "mm": ("milímetro", "milímetros"), "kg": ("kilo", "kilos"), "g": ("gramo", "gramos"),
        "t": ("tonelada", "toneladas"), "l": ("litro", "litros"), "ha": ("hectárea", "hectáreas"),
        "km²": ("kilómetro cuadrado", "kilómetros cuadrados"), "m²": ("metro cuadrado", "metros cuadrados"),
        "MB": ("megabyte", "megabytes"), "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"),
        "kW": ("kilovatio", "kilovatios"), "MW": ("megavatio", "megavatios"),
        "GW": ("gigavatio", "gigavatios"),
        "kWh": ("kilovatio hora", "kilovatios hora"), "MWh": ("megavatio hora", "megavatios hora"),
        "h": ("hora", "horas"), "°C": ("grado", "grados"),
    },
    "fr": {
        "km": ("kilomètre", "kilomètres"), "m": ("mètre", "mètres"), "cm": ("centimètre", "centimètres"),
        "mm": ("millimètre", "millimètres"), "kg": ("kilogramme", "kilogrammes"), "g": ("gramme", "grammes"),
        "t": ("tonne", "tonnes"), "l": ("litre", "litres"), "ha": ("hectare", "hectares"),
        "km²": ("kilomètre carré", "kilomètres carrés"), "m²": ("mètre carré", "mètres carrés"),
        "Mo": ("mégaoctet", "mégaoctets"), "Go": ("gigaoctet", "gigaoctets"),
        "To": ("téraoctet", "téraoctets"),
        "kW": ("kilowatt", "kilowatts"), "MW": ("mégawatt", "mégawatts"), "GW": ("gigawatt", "gigawatts"),
        "kWh": ("kilowattheure", "kilowattheures"), "MWh": ("mégawattheure", "mégawattheures"),
        "°C": ("degré", "degrés"),
    },
}  # fmt: skip
_PER = {"de": "pro", "es": "por", "fr": "par"}
_ONE = {
    "de": ("ein", "eine"),
    "es": ("un", "una"),
    "fr": ("un", "une"),
}  # before a masculine, a feminine unit
_FEMININE = ("Tonne", "stunde", "Stunde", "tonelada", "hectárea", "hora", "tonne")
_SPEED = {"de": "Kilometer pro Stunde", "es": "kilómetros por hora", "fr": "kilomètres heure"}


def rules(language: str) -> Rules:
    """LANGUAGE's rule naming the unit after a number."""
    units = UNITS[language]
    symbols = "|".join(re.escape(s) for s in sorted(units, key=len, reverse=True))
    named = Rules()

    @named.rule(
        # at most six groups: a long run of them is not scanned again from each of its numbers
        rf"(?<![\w.,])(\d+(?:[.,]\d+|[  ]\d{{3}}){{0,6}})(\s?)"
        rf"(km/h|(?:{symbols})(?:/(?:{symbols}))?)(?![\w²/]|['’]\w)"  # "2023 l'usine": an article, elided
    )
    def _unit(m: re.Match[str]) -> str:
        number, unit = m.group(1), m.group(3)
        if unit == "km/h":
            return f"{number} {_SPEED[language]}"
        one = number == "1"
        head, _, per = unit.partition("/")
        said = units[head][0 if one else 1]
        if per:
            said += f" {_PER[language]} {units[per][0]}"
        if one:
            return f"{_ONE[language][said.split()[0].endswith(_FEMININE)]} {said}"
        return f"{number} {said}"

    return named
