"""Swiss cantons in brackets after a place ("Froideville (VD)", "Winterthur (ZH)"): the canton's name in the
copy's language (eSpeak NG spells the letters, "vé dé")."""

from __future__ import annotations

import re

from narrate.script.normalize.rules import Rules

# code -> (French name, German name)
CANTONS = {
    "AG": ("Argovie", "Aargau"), "AI": ("Appenzell Rhodes-Intérieures", "Appenzell Innerrhoden"),
    "AR": ("Appenzell Rhodes-Extérieures", "Appenzell Ausserrhoden"), "BE": ("Berne", "Bern"),
    "BL": ("Bâle-Campagne", "Basel-Landschaft"), "BS": ("Bâle-Ville", "Basel-Stadt"),
    "FR": ("Fribourg", "Freiburg"), "GE": ("Genève", "Genf"), "GL": ("Glaris", "Glarus"),
    "GR": ("Grisons", "Graubünden"), "JU": ("Jura", "Jura"), "LU": ("Lucerne", "Luzern"),
    "NE": ("Neuchâtel", "Neuenburg"), "NW": ("Nidwald", "Nidwalden"), "OW": ("Obwald", "Obwalden"),
    "SG": ("Saint-Gall", "Sankt Gallen"), "SH": ("Schaffhouse", "Schaffhausen"),
    "SO": ("Soleure", "Solothurn"),
    "SZ": ("Schwytz", "Schwyz"), "TG": ("Thurgovie", "Thurgau"), "TI": ("Tessin", "Tessin"),
    "UR": ("Uri", "Uri"), "VD": ("Vaud", "Waadt"), "VS": ("Valais", "Wallis"), "ZG": ("Zoug", "Zug"),
    "ZH": ("Zurich", "Zürich"),
}  # fmt: skip


def rules(language: str) -> Rules:
    """LANGUAGE's ("fr" or "de") rule for a canton's code in brackets after a place's name."""
    cantons = Rules()
    column = 0 if language == "fr" else 1

    @cantons.rule(r"(?<=[a-zà-ÿß]\s)\((" + "|".join(CANTONS) + r")\)")
    def _canton(m: re.Match[str]) -> str:
        return f"({CANTONS[m.group(1)][column]})"

    return cantons
