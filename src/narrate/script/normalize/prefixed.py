"""Units of lab and engineering copy made of an SI prefix and a base: "ng/mL", "100 µl", "400 µS/cm", "MPa".

Lab results, reagent sheets, water reports, building specifications and radiation readings write
concentrations, volumes and pressures with prefixes that the unit tables do not list one by one, and eSpeak NG
spells them letter by letter ("n g slash m L"). A unit here (grams, litres, moles, a molar "mM", siemens,
pascals, and radiation's sieverts, grays, becquerels and curies, the last prefixed only) is named by joining
its prefix's word to its base's, in each language ("Mikro" + "liter" "Mikroliter", "micro" + "litre"
"microlitre"), singular and plural; an enzyme's activity per a volume or a mass is "units per" it ("50 U/l"
"Units pro Liter", "unidades por litro"), and a material's strength newtons per square millimetre ("N/mm²").
The micro sign is written three ways: "µ" (the micro sign), "μ" (Greek mu, which NFKC makes of it) and "u"
("50 ug/ml"). Where a table already names a
unit, its entry is kept. Left out as other things in copy: "nM" (a torque's newton-metres in French copy),
"nl", "pl" and a molar "M" alone (a million).
"""

from __future__ import annotations

_MICRO = ("µ", "μ", "u")
# a base's symbol -> the prefixes it takes here ("" is the base alone)
_TAKES = {"g": ("p", "n", *_MICRO), "l": (*_MICRO, "m", "d"), "L": (*_MICRO, "m", "d"),
          "mol": ("", "p", "n", *_MICRO, "m"), "M": (*_MICRO, "m"), "S": (*_MICRO, "m"),
          "Pa": ("h", "k", "M", "G"), "Sv": ("", "n", *_MICRO, "m"), "Gy": ("", *_MICRO, "m"),
          "Bq": ("", "k", "M", "G"), "Ci": ("p", "n", *_MICRO, "m", "k", "M")}  # fmt: skip
_PREFIX = {
    "en": {"p": "pico", "n": "nano", "µ": "micro", "m": "milli", "d": "deci", "h": "hecto", "k": "kilo",
           "M": "mega", "G": "giga", "": ""},
    "de": {"p": "Piko", "n": "Nano", "µ": "Mikro", "m": "Milli", "d": "Dezi", "h": "Hekto", "k": "Kilo",
           "M": "Mega", "G": "Giga", "": ""},
    "es": {"p": "pico", "n": "nano", "µ": "micro", "m": "mili", "d": "deci", "h": "hecto", "k": "kilo",
           "M": "mega", "G": "giga", "": ""},
    "fr": {"p": "pico", "n": "nano", "µ": "micro", "m": "milli", "d": "déci", "h": "hecto", "k": "kilo",
           "M": "méga", "G": "giga", "": ""},
}  # fmt: skip
# a base's symbol -> (after one, after any other number)
_BASE = {
    "en": {"g": ("gram", "grams"), "l": ("liter", "liters"), "mol": ("mole", "moles"),
           "M": ("molar", "molar"), "S": ("siemens", "siemens"), "Pa": ("pascal", "pascals"),
           "Sv": ("sievert", "sieverts"), "Gy": ("gray", "grays"), "Bq": ("becquerel", "becquerels"),
           "Ci": ("curie", "curies")},
    "de": {"g": ("gramm", "gramm"), "l": ("liter", "liter"), "mol": ("mol", "mol"), "M": ("molar", "molar"),
           "S": ("siemens", "siemens"), "Pa": ("pascal", "pascal"),
           "Sv": ("sievert", "sievert"), "Gy": ("gray", "gray"), "Bq": ("becquerel", "becquerel"),
           "Ci": ("curie", "curie")},
    "es": {"g": ("gramo", "gramos"), "l": ("litro", "litros"), "mol": ("mol", "moles"),
           "M": ("molar", "molares"), "S": ("siemens", "siemens"), "Pa": ("pascal", "pascales"),
           "Sv": ("sievert", "sieverts"), "Gy": ("gray", "grays"), "Bq": ("becquerelio", "becquerelios"),
           "Ci": ("curio", "curios")},
    "fr": {"g": ("gramme", "grammes"), "l": ("litre", "litres"), "mol": ("mole", "moles"),
           "M": ("molaire", "molaires"), "S": ("siemens", "siemens"), "Pa": ("pascal", "pascals"),
           "Sv": ("sievert", "sieverts"), "Gy": ("gray", "grays"), "Bq": ("becquerel", "becquerels"),
           "Ci": ("curie", "curies")},
}  # fmt: skip
# an enzyme's units of activity, per the volumes and masses they are measured in
_UNIT = {
    "en": ("unit", "units"),
    "de": ("Unit", "Units"),
    "es": ("unidad", "unidades"),
    "fr": ("unité", "unités"),
}
# a material's strength, newtons per square millimetre ("C25/30: 25 N/mm²")
_STRENGTH = {
    "en": ("newton per square millimeter", "newtons per square millimeter"),
    "de": ("Newton pro Quadratmillimeter", "Newton pro Quadratmillimeter"),
    "es": ("newton por milímetro cuadrado", "newtons por milímetro cuadrado"),
    "fr": ("newton par millimètre carré", "newtons par millimètre carré"),
}
_PER = {"en": "per", "de": "pro", "es": "por", "fr": "par"}
_PER_WHAT = ("l", "L", "ml", "mL", "dl", "dL", "g")


def _name(language: str, prefix: str, base: str) -> tuple[str, str]:
    """PREFIX and BASE said in LANGUAGE, after one and after any other number ("" is the base alone)."""
    one, many = _BASE[language][base.lower() if base == "L" else base]
    word = _PREFIX[language]["µ" if prefix in _MICRO else prefix]
    if not word and language == "de":  # a German noun's capital: "0,2 mol/L" "Mol pro Liter"
        return one.capitalize(), many.capitalize()
    return word + one, word + many


def _named(language: str) -> dict[str, tuple[str, str]]:
    """Every prefixed unit of LANGUAGE with its names, and units of activity per a volume or a mass."""
    names = {
        prefix + base: _name(language, prefix, base) for base, takes in _TAKES.items() for prefix in takes
    }
    unit_one, unit_many = _UNIT[language]
    names |= dict.fromkeys(("N/mm²", "N/mm2"), _STRENGTH[language])
    pers = {what: f"{_PER[language]} {_name(language, what[:-1], what[-1])[0]}" for what in _PER_WHAT}
    for what, per in pers.items():
        names[f"U/{what}"] = (f"{unit_one} {per}", f"{unit_many} {per}")
        if language in {"en", "de"}:  # "5,3 - 12,9 kU/l" "Kilounits pro Liter"
            scale = "Kilo" if language == "de" else "kilo"
            names[f"kU/{what}"] = (f"{scale}{unit_one.lower()} {per}", f"{scale}{unit_many.lower()} {per}")
    if language == "en":  # "pg. 2" is English copy's page: a picogram only before a slash ("9–52 pg/mL")
        one, many = names.pop("pg")
        names |= {
            f"pg/{what}": (f"{one} {per}", f"{many} {per}") for what, per in pers.items() if what != "g"
        }
    return names


def with_prefixed(language: str, table: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """TABLE (LANGUAGE's unit symbols and their names) with the prefixed units it does not name yet."""
    return {**_named(language), **table}
