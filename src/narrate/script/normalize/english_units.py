"""English unit symbols and their names, singular and plural: "km" ("kilometer", "kilometers").

The measures', fractions', money's and dates' rules read them (`UNITS`, and `UNIT_SYMBOLS`, every symbol as
one pattern); prefixed.py adds the units made of an SI prefix and a base ("ng/mL", "mSv", "ml", "hPa"), so
they are not listed here.
"""

from __future__ import annotations

import re

from narrate.script.normalize.prefixed import with_prefixed

# unit -> (one, many)
UNITS = with_prefixed("en", {
    "km": ("kilometer", "kilometers"), "kms": ("kilometer", "kilometers"), "cm": ("centimeter",
    "centimeters"), "mm": ("millimeter", "millimeters"),
    "mi": ("mile", "miles"), "ft": ("foot", "feet"), "yd": ("yard", "yards"),
    "sq ft": ("square foot", "square feet"), "sq mi": ("square mile", "square miles"),
    "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "LB": ("pound", "pounds"), "LBS": ("pound", "pounds"),  # a price list's capitals ("$0.80/LB")
    "kg": ("kilogram", "kilograms"), "kgs": ("kilogram", "kilograms"), "mg": ("milligram", "milligrams"),
    "kl": ("kiloliter", "kiloliters"), "kL": ("kiloliter", "kiloliters"),  # water rates' "6 kl", "R16,54/kl"
    "mph": ("mile per hour", "miles per hour"), "MPH": ("mile per hour", "miles per hour"),
    "m.p.h": ("mile per hour", "miles per hour"),  # "56 m.p.h." (its period the rule's), was "meters.p.h."
    "km/h": ("kilometer per hour", "kilometers per hour"),
    **dict.fromkeys(("kph", "kmh", "kmph"), ("kilometer per hour", "kilometers per hour")),
    "GB": ("gigabyte", "gigabytes"), "MB": ("megabyte", "megabytes"), "TB": ("terabyte", "terabytes"),
    "KB": ("kilobyte", "kilobytes"), "kB": ("kilobyte", "kilobytes"), "kb": ("kilobyte", "kilobytes"),
    "kW": ("kilowatt", "kilowatts"), "MW": ("megawatt", "megawatts"), "GW": ("gigawatt", "gigawatts"),
    "hrs": ("hour", "hours"), "hr": ("hour", "hours"), "min": ("minute", "minutes"), "sec": ("second",
    "seconds"), "secs": ("second", "seconds"), "mins": ("minute", "minutes"),
    "m": ("meter", "meters"), "km2": ("square kilometer", "square kilometers"),
    "km²": ("square kilometer", "square kilometers"), "m2": ("square meter", "square meters"),
    "m²": ("square meter", "square meters"), "ha": ("hectare", "hectares"),
    "kWh": ("kilowatt hour", "kilowatt hours"), "MWh": ("megawatt hour", "megawatt hours"),
    "kWp": ("kilowatt peak", "kilowatts peak"), "Wh": ("watt hour", "watt hours"),  # kWp: a solar array's
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "hz": ("hertz", "hertz"), "L": ("liter", "liters"),
    "mi²": ("square mile", "square miles"), "BTU": ("B T U", "B T U"), "Btu": ("B T U", "B T U"),
    "sq km": ("square kilometer", "square kilometers"), "sq m": ("square meter", "square meters"),
    "kn": ("knot", "knots"), "kts": ("knot", "knots"), "nm": ("nanometer", "nanometers"),
    "ms": ("millisecond", "milliseconds"), "CFM": ("C F M", "C F M"),
    "t": ("tonne", "tonnes"), "cc": ("C C", "C C"), "in.": ("inch", "inches"),
    "sq. ft.": ("square foot", "square feet"), "lbs.": ("pound", "pounds"), "oz.": ("ounce", "ounces"),
    "ft.": ("foot", "feet"), "mi.": ("mile", "miles"),
    "kW/h": ("kilowatt hour", "kilowatt hours"), "W": ("watt", "watts"), "w": ("watt", "watts"),
    "V": ("volt", "volts"), "kV": ("kilovolt", "kilovolts"), "dB": ("decibel", "decibels"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"), "°C": ("degree Celsius", "degrees Celsius"),
    "° F": ("degree Fahrenheit", "degrees Fahrenheit"), "° C": ("degree Celsius", "degrees Celsius"),
    "degC": ("degree Celsius", "degrees Celsius"), "degF": ("degree Fahrenheit", "degrees Fahrenheit"),
    "yds": ("yard", "yards"), "ins": ("inch", "inches"),  # plurals of "yd", "in" ("110yds", "(37 ins)")
    "mAh": ("milliamp hour", "milliamp hours"), "MBps": ("megabyte per second", "megabytes per second"),
    "tbsp": ("tablespoon", "tablespoons"), "tbsp.": ("tablespoon", "tablespoons"),
    "tbs.": ("tablespoon", "tablespoons"), "tbs": ("tablespoon", "tablespoons"),
    "tsp": ("teaspoon", "teaspoons"), "tsp.": ("teaspoon", "teaspoons"),
    "SF": ("square foot", "square feet"), "Tbsp": ("tablespoon", "tablespoons"),
    "Tbsp.": ("tablespoon", "tablespoons"), "Tb.": ("tablespoon", "tablespoons"),  # "Tb" alone: terabits
    "Tbs.": ("tablespoon", "tablespoons"), "bpm": ("beat per minute", "beats per minute"),
    "g": ("gram", "grams"), "ml/min": ("milliliter per minute", "milliliters per minute"),
    "l/s": ("liter per second", "liters per second"), "l/min": ("liter per minute", "liters per minute"),
    "yr": ("year", "years"), "yrs": ("year", "years"), "mth": ("month", "months"),
    "mths": ("month", "months"), "HP": ("horsepower", "horsepower"),  # "150 HP", as "hp"
    "MP": ("megapixel", "megapixels"), "Tsp": ("teaspoon", "teaspoons"), "Tsp.": ("teaspoon", "teaspoons"),
    # round 11: units of fuel, engines, doses, diets, air and kitchens that news and product copy use
    "mpg": ("mile per gallon", "miles per gallon"), "MPG": ("mile per gallon", "miles per gallon"),
    "gal": ("gallon", "gallons"), "gal.": ("gallon", "gallons"), "qt": ("quart", "quarts"),
    "qt.": ("quart", "quarts"), "fl oz": ("fluid ounce", "fluid ounces"),
    "fl. oz.": ("fluid ounce", "fluid ounces"), "ozs": ("ounce", "ounces"),
    "hp": ("horsepower", "horsepower"), "bhp": ("brake horsepower", "brake horsepower"),
    "lb-ft": ("pound-foot", "pound-feet"), "Nm": ("newton meter", "newton meters"),
    # a torque in feet or inches and pounds, as workshop manuals write it ("35 ft. lbs.", "15–80 ft-lb")
    **dict.fromkeys(("ft-lb", "ft-lbs", "ft. lbs.", "ft. lbs", "ft lbs", "ft/lb"),
                    ("foot-pound", "foot-pounds")),
    **dict.fromkeys(("in-lb", "in-lbs", "in. lbs.", "in. lbs", "in lbs", "in/lb"),
                    ("inch-pound", "inch-pounds")),
    "mcg": ("microgram", "micrograms"),
    "kcal": ("kilocalorie", "kilocalories"), "ppm": ("part per million", "parts per million"),
    "kJ": ("kilojoule", "kilojoules"), "kj": ("kilojoule", "kilojoules"), "MJ": ("megajoule", "megajoules"),
    "ppb": ("part per billion", "parts per billion"), "fps": ("frame per second", "frames per second"),
    "mmHg": ("millimeter of mercury", "millimeters of mercury"), "cl": ("centiliter", "centiliters"),
    "cu ft": ("cubic foot", "cubic feet"), "cu. ft.": ("cubic foot", "cubic feet"),
    "sq in": ("square inch", "square inches"), "sq yd": ("square yard", "square yards"),
    "inHg": ("inch of mercury", "inches of mercury"), "mbar": ("millibar", "millibars"),
    "doz": ("dozen", "dozen"), "masl": ("meter above sea level", "meters above sea level"),
    "gpg": ("grain per gallon", "grains per gallon"), "GPG": ("grain per gallon", "grains per gallon"),
    # round 33: spaced "mmHg" (blood pressure), the grain markets' hundredweight ("$17.32/cwt")
    "mm Hg": ("millimeter of mercury", "millimeters of mercury"),
    "cwt": ("hundredweight", "hundredweight"), "kcals": ("kilocalorie", "kilocalories"),
    "m.a.s.l.": ("meter above sea level", "meters above sea level"),  # and "masl", with "doz" above
    # round 36: loads and pressures in building and tyre copy
    "psf": ("pound per square foot", "pounds per square foot"),
    "psi": ("P S I", "P S I"),  # spelled, as newsreaders and most pairs say it (26 development pairs of 29)
    "bps": ("basis point", "basis points"),  # round 37: rates ("a 75 bps rate cut"); bit rates write "b/s"
})  # fmt: skip
# a kilo- unit written with a capital K ("3,500KG", "25 Km", "3590KHz", "KWh"; no SI prefix is a capital
# K) or all in lower case ("11 kw", "400 kwh"), and hertz in any case ("MHZ", "Ghz"); a capital M or G
# before other units is mega- or giga-: another unit
UNITS.update(
    {
        variant: UNITS[unit]
        for unit in ("km", "kg", "kW", "kWh", "kV", "kHz", "MHz", "GHz")
        for variant in (
            unit[0].upper() + unit[1:],
            unit.upper(),
            unit[0].upper() + unit[1:].lower(),
            unit.lower(),
        )
        if variant not in UNITS
    }
)
# a bit rate, as copy writes it: "64 kbps", "600 Mbps", "640mbps", "21.6 Mbit/s", "50Mb/s", "1 Gbps"
UNITS.update(
    {
        spelling: (f"{name} per second", f"{name}s per second")
        for prefix, name in (("k", "kilobit"), ("M", "megabit"), ("G", "gigabit"))
        for spelling in (f"{prefix}bps", f"{prefix.lower()}bps", f"{prefix}bit/s", f"{prefix}b/s")
    }
)
# a length with a superscript or a digit after it is an area or a volume: "cm³", "in²", "m3"
_LENGTHS = {"mm": "millimeter", "cm": "centimeter", "m": "meter", "km": "kilometer", "in": "inch",
            "ft": "foot", "yd": "yard", "mi": "mile"}  # fmt: skip
_PLURALS = {"inch": "inches", "foot": "feet"}
for _abbr, _one in _LENGTHS.items():
    for _marks, _power in ((("²", "2"), "square"), (("³", "3"), "cubic")):
        for _mark in _marks if _abbr not in {"in", "ft", "yd", "mi"} else _marks[:1]:
            UNITS.setdefault(
                f"{_abbr}{_mark}", (f"{_power} {_one}", f"{_power} {_PLURALS.get(_one, _one + 's')}")
            )
# every symbol above as one pattern, longest first (the measures' and the fractions' rules)
UNIT_SYMBOLS = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
