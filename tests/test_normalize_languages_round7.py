"""Round 7: German, French and Spanish rules from the unseen4 pairs (real copy), each from its copy."""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a clock time without "Uhr": eSpeak NG says its minutes digit by digit ("sechs Uhr null null")
        ("Stand: 06:00", "Stand: sechs Uhr"),
        ("um 6:05 und um 1:30", "um sechs Uhr fünf und um ein Uhr dreißig"),
        # Swiss thousands, grouped with an apostrophe (and a decimal point)
        ("wird auf rund 50'000 Euro geschätzt.", "wird auf rund fünfzigtausend Euro geschätzt."),
        ("1'234.50 Franken", "tausendzweihundertvierunddreißig Komma fünfzig Franken"),
        # "s. u.", "s. o."
        (
            "wichtigsten Fakten (s.u.) des umfassenden Zahlenwerkes.",
            "wichtigsten Fakten (siehe unten) des umfassenden Zahlenwerkes.",
        ),
        # "qm" is "m²", after a number or in a unit's "per"
        (
            "Platzregen, der 28 l/qm in einer Stunde",
            "Platzregen, der achtundzwanzig Liter pro Quadratmeter in einer Stunde",
        ),
        ("80 qm Wohnfläche", "achtzig Quadratmeter Wohnfläche"),
    ],
)
def test_german(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    "text",
    [
        "2:03:17 Stunden",  # a race time, not a clock
        "seit dem 0:2",  # a score
        "die qm Preise",  # "qm" not after a number
    ],
)
def test_german_left_to_other_rules(text: str) -> None:
    said = normalize(text, "de")
    assert "Uhr" not in said and "Quadratmeter" not in said


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # an hour without minutes keeps the space after it (it was "vingt-deux heuresà")
        (
            "jaune de 22h à 03h, puis orange à partir de 3h",
            "jaune de vingt-deux heures à trois heures, puis orange à partir de trois heures",
        ),
        # an ordinal whose superscript became a space; a law's number after "n°" is not a range
        (
            "la loi organique n° 2001-692 du 1 er août 2001",
            "la loi organique numéro deux mille un six cent quatre-vingt-douze du premier août deux mille un",
        ),
        ("de 20-30 jours", "de vingt à trente jours"),  # no number sign: a range still
        # "M." before a title
        ("parole est à M. le ministre.", "parole est à monsieur le ministre."),
        ("MM. les députés", "messieurs les députés"),
    ],
)
def test_french(text: str, spoken: str) -> None:
    assert normalize(text, "fr") == spoken


def test_a_dash_after_a_number_sign_is_still_a_range() -> None:
    assert normalize("Nr. 12–15", "de") == "Nummer zwölf bis fünfzehn"


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # a currency sign after the amount: its name, plural as the language has it, a slash's "per"
        (
            "un investissement de 2 765 000€",
            "fr",
            "un investissement de deux millions sept cent soixante-cinq mille euros",
        ),
        ("l’endettement bancaire (0 €/habitant)", "fr", "l’endettement bancaire (zéro euro par habitant)"),
        (
            "la moyenne régionale (496 €/hab.)",
            "fr",
            "la moyenne régionale (quatre cent quatre-vingt-seize euros par habitant)",
        ),
        ("Il coûte 12,50 €.", "fr", "Il coûte douze euros cinquante."),
        (
            "Importe base 6.072.022,31 €",
            "es",
            "Importe base seis millones setenta y dos mil veintidós euros con treinta y un céntimos",
        ),
        ("1 € y 21 €", "es", "un euro y veintiún euros"),
        # a noun after a round million takes "de"
        (
            "et annulation de 107 000 000 euros en autorisations d'engagement",
            "fr",
            "et annulation de cent sept millions d'euros en autorisations d'engagement",
        ),
        ("1 000 000 €", "fr", "un million d'euros"),
        ("6.000.000 €", "es", "seis millones de euros"),
        ("3 000 000 d'habitants", "fr", "trois millions d'habitants"),  # its "de" already there
    ],
)
def test_amounts(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # two numbers and a slash before a unit are a range; a fraction (one-digit denominator) is not
        (
            "quelques rafales de 70/80 km/h sur le relief",
            "fr",
            "quelques rafales de soixante-dix à quatre-vingts kilomètres heure sur le relief",
        ),
        ("70/80 km/h", "de", "siebzig bis achtzig Kilometer pro Stunde"),
        # a French unit per hour ("km/h" stays "kilomètres heure")
        (
            "(jusqu'à 40 mm/h), et des rafales pouvant dépasser les 100 km/h",
            "fr",
            "(jusqu'à quarante millimètres par heure), et des rafales pouvant dépasser les cent"
            " kilomètres heure",
        ),
        ("1 t/h", "fr", "une tonne par heure"),
    ],
)
def test_before_units(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


def test_a_fraction_before_a_unit_is_not_a_range() -> None:
    assert " a " not in normalize("3/4 kg", "es")


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # "D." before a name is "don" (eSpeak NG says "de"), but a middle initial between two names
        (
            "por el Procurador D. Argimiro Vázquez Guillén",
            "por el Procurador don Argimiro Vázquez Guillén",
        ),
        (
            "demandante Cabo 1º de la Guardia Civil D. Carlos",
            "demandante Cabo primero de la Guardia Civil don Carlos",
        ),
        ("el presidente Franklin D. Roosevelt dijo", "el presidente Franklin D. Roosevelt dijo"),
        ("Dña. Ana", "doña Ana"),
        # written ordinals: "1.º" was "uno punto o"; feminine after "ª"; "primer" before a masculine noun
        ("la 2.ª edición y el 1.º puesto", "la segunda edición y el primer puesto"),
    ],
)
def test_spanish(text: str, spoken: str) -> None:
    assert normalize(text, "es") == spoken


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # an elided article after a number is no litre ("deux mille vingt-trois litres'usine" before)
        ("en 2023 l'usine", "fr", "en deux mille vingt-trois l'usine"),
        ("de 5 l d'eau", "fr", "de cinq litres d'eau"),
        # Swiss thousands in French and Spanish copy too
        ("coûte 50'000 francs", "fr", "coûte cinquante mille francs"),
    ],
)
def test_units_and_groups(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # web/, unseen4/: a numeric date with a year names its month (it was "neunundzwanzigster vierter")
        (
            "Sitzung des Stadtrates, 29.04.2025",
            "Sitzung des Stadtrates, neunundzwanzigster April zweitausendfünfundzwanzig",
        ),
        ("(Rechtsänderung zum 01.01.2024,", "(Rechtsänderung zum ersten Januar zweitausendvierundzwanzig,"),
        (
            "wurde am 03.02.2025 beraten und beschlossen.",
            "wurde am dritten Februar zweitausendfünfundzwanzig beraten und beschlossen.",
        ),
        # without a year, both are ordinals still (the older pairs' reading)
        ("Donnerstag, 18. 7.", "Donnerstag, achtzehnter Juli"),
    ],
)
def test_german_numeric_dates(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # web/: a phone number, an area code with a 0 then the subscriber's; digit by digit, a comma between
        (
            "Autobahnpolizei Gersthofen unter 0821/323 1910 entgegen.",
            "Autobahnpolizei Gersthofen unter null acht zwei eins, drei zwei drei eins neun eins null"
            " entgegen.",
        ),
        (
            "Polizeistation in Burg (04825-7799880) zu melden.",
            "Polizeistation in Burg (null vier acht zwei fünf, sieben sieben neun neun acht acht null)"
            " zu melden.",
        ),
        (
            "unter der Telefonnummer 0202 / 284-0 zu melden.",
            "unter der Telefonnummer null zwei null zwei, zwei acht vier null zu melden.",
        ),
        # a two-digit group after the first is said as a number
        (
            "an die Polizei, Telefon (040) 727 70 70.",
            "an die Polizei, Telefon null vier null, sieben zwei sieben siebzig siebzig.",
        ),
    ],
)
def test_german_phone_numbers(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    "text", ["am 01.01.2024", "seit dem 0:2", "von 2015-2016", "bis 05/2024", "00491234/5678"]
)
def test_german_not_a_phone_number(text: str) -> None:
    assert "null," not in normalize(text, "de")


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # web/: a place in a table, a number with a point alone in brackets (it was "siebzehn.")
        (
            "Paderborn (beide 15.), Köln (17.) und Mainz (18.).",
            "Paderborn (beide Fünfzehnte), Köln (Siebzehnter) und Mainz (Achtzehnter).",
        ),
        # an ordinal before a noun that counts, with no article: the noun's gender gives its ending
        ("Bundesliga 2. Spieltag: Union Berlin", "Bundesliga zweiter Spieltag: Union Berlin"),
        ("3. Runde, 2. Mal", "dritte Runde, zweites Mal"),
        # the currency code after an amount (eSpeak NG spells it)
        (
            "Änderungen und final ca. 10.000 EUR höherer Zuführung",
            "Änderungen und final zirka zehntausend Euro höherer Zuführung",
        ),
    ],
)
def test_german_ordinals_and_eur(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # web/: a currency sign after "millions" (eSpeak NG said the sign "əʁo")
        (
            "des fluides (2,4 Millions € par rapport à 2021,",
            "fr",
            "des fluides (deux virgule quatre Millions d'euros par rapport à deux mille vingt et un,",
        ),
        ("3 millones €", "es", "tres millones de euros"),
    ],
)
def test_a_sign_after_millions(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # web/: a month's abbreviation and a two-digit year; a clock time with a colon
        (
            "Publié le 6 Jan 23 à 18:56",
            "Publié le six janvier deux mille vingt-trois à dix-huit heures cinquante-six",
        ),
        ("le 1er janv. 2024, le 3 oct.", "le premier janvier deux mille vingt-quatre, le trois octobre."),
        ("à 21:01", "à vingt et une heures une"),
        # web/: a plus between two numbers (added time), spaced for the voice, which says the sign /plys/
        (
            "but de Lotomba (2-2, 90e+3).",
            "but de Lotomba (deux à deux, quatre-vingt-dixième + trois).",
        ),
    ],
)
def test_french_dates_clock_and_plus(text: str, spoken: str) -> None:
    assert normalize(text, "fr") == spoken


@pytest.mark.parametrize("text", ["score 3:1", "19:21 heures", "le 6 Jan 23:00"])
def test_french_colon_left_to_other_rules(text: str) -> None:
    said = normalize(text, "fr")
    assert "heures heures" not in said and "trois heures un" not in said and "deux mille" not in said


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # web/: a number with a leading zero is a name, its zero said (it was "Mainz fünf")
        (
            "sich mit 3:1 beim 1. FSV Mainz 05 durch",
            "de",
            "sich mit drei zu eins beim ersten FSV Mainz null fünf durch",
        ),
        ("Agent 007", "fr", "Agent zéro zéro sept"),
        ("-05, 0,5 und 0", "de", "minus fünf, null Komma fünf und null"),  # a sign, a decimal, a zero alone
    ],
)
def test_a_leading_zero_is_said(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


# round 8 (web2/, development pairs from real web copy): German, French and Spanish units and unit prices
@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        (
            "beträgt 230 V bei einer Frequenz von 50 Hz.",
            "de",
            "beträgt zweihundertdreißig Volt bei einer Frequenz von fünfzig Hertz.",
        ),
        ("Windows - 38,5 h/Woche", "de", "Windows - achtunddreißig Komma fünf Stunden pro Woche"),
        (
            "von 17,11 auf 29,13 Cent/kWh gestiegen.",
            "de",
            "von siebzehn Komma eins eins auf neunundzwanzig Komma eins drei Cent pro Kilowattstunde"
            " gestiegen.",
        ),
        (
            "bei lediglich 13,94 Cent pro kWh.",
            "de",
            "bei lediglich dreizehn Komma neun vier Cent pro Kilowattstunde.",
        ),
        ("et 4 800 euros/m²,", "fr", "et quatre mille huit cents euros le mètre carré,"),
        ("est de 1 480 €/m² soit", "fr", "est de mille quatre cent quatre-vingts euros le mètre carré soit"),
        ("son 50 m2 lui a coûté", "fr", "son cinquante mètres carrés lui a coûté"),
        # "grados" (round 25: most annotators' reading of "ºC"; web2's had "grados centígrados")
        ("superen los 36ºC en la mayor", "es", "superen los treinta y seis grados en la mayor"),
        ("entre 38 y 40 ºC tendrán", "es", "entre treinta y ocho y cuarenta grados tendrán"),
    ],
)
def test_units_and_unit_prices(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


# round 8 (web2/): signs, a minus sign written as a dash, a decimal point before "%", a sign before an amount
@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        (
            "= 1000 W ÷ 1000 × 4 Stunden = 7,2 kWh,",
            "de",
            "gleich tausend Watt geteilt durch tausend mal vier Stunden gleich sieben Komma zwei"
            " Kilowattstunden,",
        ),
        (
            "Administrator (m/w/d) Windows",
            "de",
            "Administrator (männlich, weiblich, divers) Windows",
        ),
        ("bis 70 km/h (Bft 8)“ kommen.", "de", "bis siebzig Kilometer pro Stunde (Beaufort acht)“ kommen."),
        (
            "Honoraires agence (~5,0%) -13 048 €",
            "fr",
            "Honoraires agence (environ cinq virgule zéro pour cent) moins treize mille quarante-huit euros",
        ),
        (
            "sur un mois avec –10,26%, mais",
            "fr",
            "sur un mois avec moins dix virgule vingt-six pour cent, mais",
        ),
        ("(-1.7% sur 12 mois)", "fr", "(moins un virgule sept pour cent sur douze mois)"),
    ],
)
def test_signs_and_minus(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


@pytest.mark.parametrize("text", ["?id=9084", "a=b", "1.500 Euro", "A-30 €"])
def test_signs_left_alone(text: str) -> None:
    said = normalize(text, "de")
    assert "gleich" not in said and "Komma" not in said and "minus" not in said


# round 8 (web2/): dates with a Roman month or a day's leading zero; Spanish pages, a. m., p. m., initialisms
@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        (
            "(La Prensa, 17/XII/1897, p.5) nos advierte",
            "es",
            "(La Prensa, diecisiete de diciembre de mil ochocientos noventa y siete, página cinco)"
            " nos advierte",
        ),
        ("France – 08 janvier 2024", "fr", "France – huit janvier deux mille vingt-quatre"),
        ("le 01 janvier", "fr", "le premier janvier"),
        (
            "(por ejemplo, 12:00 p.m. y 3:00 p.m.),",
            "es",
            "(por ejemplo, doce del mediodía y tres de la tarde),",
        ),
        ("a las 9:30 a. m. Luego", "es", "a las nueve y treinta de la mañana. Luego"),
        ("gestión electoral (EMB) es", "es", "gestión electoral (E eme B) es"),
        ("la UGT y el ADN", "es", "la U G T y el A D ene"),
    ],
)
def test_dates_pages_meridians_initialisms(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


@pytest.mark.parametrize("text", ["el PSOE y la OTAN", "EL PSOE GANA EN ERC", "Luis XIV"])
def test_spanish_words_in_capitals_left_alone(text: str) -> None:
    assert normalize(text, "es") == text


# round 8 (web2/): a ruler's Roman numeral with a point, an ordinal after a dative's article and a noun
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("dem Herzog Heden II. dem Abt", "dem Herzog Heden der Zweite dem Abt"),
        ("unter Heinrich VIII. Er war", "unter Heinrich der Achte. Er war"),
        ("Teil II. beginnt", "Teil II. beginnt"),
        (
            "zum Stichtag 1. April 2019 mit",
            "zum Stichtag ersten April zweitausendneunzehn mit",
        ),
    ],
)
def test_german_regnal_and_dative_date(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # German capitalises every noun: a numeral after one is no ruler's ("Tag X", D-Day; from the corpus)
        ("der deutschen Begriff Tag X.", "de", "Tag X."),
        ("Apollo XI. startete", "de", "Apollo XI."),
        # an asterisk before a hyphen is part of the name ("C*-algebras", Wikipedia's copy in the corpus),
        # since round 121 said with its star, as the name is said
        ("the context of C*-algebras or", "en", "C star-algebras"),
    ],
)
def test_what_round_8_leaves(text: str, language: str, kept: str) -> None:
    assert kept in normalize(text, language)


# round 9 (web3/): Spanish clock times with a point, dates with a month's name, laws, decimals and pesos
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("A las 2.15 de ayer, domingo,", "A las dos quince de ayer, domingo,"),
        ("jornada de mañana, de 10.00 a 18.00 horas.", "jornada de mañana, de diez a dieciocho horas."),
        ("siendo las 18,10 horas del día", "siendo las dieciocho diez horas del día"),
        ("a las 21:05 horas.", "a las veintiuna cero cinco horas."),
        ("27 feb. 2026 - 03:00 hrs.", "veintisiete de febrero de dos mil veintiséis - tres horas."),
        # web3 reads the first day "primero" (Mexican copy); round 78 says eSpeak NG's "uno", which
        # most annotators write (development +8 -2, blind +11 -4)
        pytest.param(
            "México, 1 jun (PL) Un nuevo",
            "México, primero de junio (P L) Un nuevo",
            marks=pytest.mark.xfail(strict=True, reason="round 78 says 'uno de junio'"),
        ),
        pytest.param(
            "A partir de este viernes 1 de enero,",
            "A partir de este viernes primero de enero,",
            marks=pytest.mark.xfail(strict=True, reason="round 78 says 'uno de enero'"),
        ),
        ("en el Real Decreto Ley 13/2009 de", "en el Real Decreto Ley trece de dos mil nueve de"),
        (
            "El art. 194 de la LO 5/1985, de",
            "El artículo ciento noventa y cuatro de la Ley Orgánica cinco de mil novecientos ochenta y cinco,"
            " de",
        ),
        ("han aumentado un 14.1% en el", "han aumentado un catorce punto uno por ciento en el"),
        ("equivalente a 0.89 de dólar", "equivalente a cero punto ochenta y nueve de dólar"),
        ("en los $19.72 pesos,", "en los diecinueve pesos con setenta y dos centavos,"),
        ("el diesel $18,99, luego", "el diesel dieciocho pesos con noventa y nueve centavos, luego"),
        ("con más de €20M ocultos", "con más de veinte millones de euros ocultos"),
        ("se reportaron un 21% menos", "se reportaron un veintiún por ciento menos"),
        ("del km 9 de la Ruta", "del kilómetro nueve de la Ruta"),
    ],
)
def test_spanish_news_copy(text: str, spoken: str) -> None:
    assert normalize(text, "es") == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("duró 2,30 horas", "dos coma treinta horas"),  # a comma without "las" is a decimal's
        (
            "el 3 mar en calma",
            "el tres mar en calma",
        ),  # "mar" is a month only with a point, a year or a bracket
        ("la versión 6.7.0 de", "6.7.0"),
    ],
)
def test_what_spanish_news_leaves(text: str, kept: str) -> None:
    assert kept in normalize(text, "es")


# round 9 (web3/): German council and sports copy
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Am 28.09.24 gegen 23:00 h bemerkten",
            "Am achtundzwanzigsten September zweitausendvierundzwanzig gegen dreiundzwanzig Uhr bemerkten",
        ),
        ("In TOP 3 der", "In Tagesordnungspunkt drei der"),
        (
            "(insgesamt 2.292.000 €) den",
            "(insgesamt zwei Millionen zweihundertzweiundneunzigtausend Euro) den",
        ),
        (
            "lag mit 1.908.828 Euro das",
            "lag mit einer Million neunhundertachttausendachthundertachtundzwanzig Euro das",
        ),
        ("haben 35 Min. gedauert", "haben fünfunddreißig Minuten gedauert"),
        ("Anlieferung max. 8 m³, SPÖ", "Anlieferung maximal acht Kubikmeter, SPÖ"),
        ("ab 1.1.22 10€/Jahr auf", "ab ersten Januar zweitausendzweiundzwanzig zehn Euro pro Jahr auf"),
        ("wurde lt. Bgm. schon", "wurde laut Bürgermeister schon"),
        ("Granstedt, Lk. Rotenburg", "Granstedt, Landkreis Rotenburg"),
        ("Weltklasse-Parade (74') verhindert", "Weltklasse-Parade (vierundsiebzigste Minute) verhindert"),
    ],
)
def test_german_council_and_sports_copy(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Die Fahrt dauerte 35 Min. Danach", "Minuten. Danach"),  # the point may end the sentence
        ("die TOP Ten", "TOP Ten"),
        ("Die 4 h dauernde Fahrt", "vier Stunden"),
    ],
)
def test_what_german_news_leaves(text: str, kept: str) -> None:
    assert kept in normalize(text, "de")


# round 9 (web3/): French ordinals, hours and units
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("dans le Xe arrondissement", "dans le dixième arrondissement"),
        ("de lundi 06 heures, d'une", "de lundi six heures, d'une"),
        ("est maintenue jusqu’à 22H", "est maintenue jusqu’à vingt-deux heures"),
        ("le 1 er et le 4 e budgets de la", "le premier et le quatrième budgets de la"),
        ("avec des 12 e provisoires)", "avec des douzièmes provisoires)"),
        ("(PDF, 4.34 MB)", "(P D F, quatre virgule trente-quatre mégaoctets)"),
        ("dépendant de l’asbl BRAVVO,", "dépendant de l’A S B L BRAVVO,"),
    ],
)
def test_french_ordinals_hours_units(text: str, spoken: str) -> None:
    assert normalize(text, "fr") == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le Monde et Le Figaro", "Le Monde et Le Figaro"),  # "Le" is no Roman fifty
        ("les 7e et 8e arrondissements", "les septième et huitième arrondissements"),
        ("Louis XIV et Henri IV", "Louis quatorze et Henri quatre"),  # round 12: cardinals, not "romain"
    ],
)
def test_what_french_round_9_leaves(text: str, kept: str) -> None:
    assert kept in normalize(text, "fr")


# round 10 (web4/): German amounts, abbreviations, "ein" before a unit, scores; French and Spanish copy
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # an amount's cents after the currency, none for ",00"; "von 1,69 €" is dative ("einem Euro")
        (
            "weiterhin bei 22,50 €/kW Heizleistung zu",
            "weiterhin bei zweiundzwanzig Euro fünfzig pro Kilowatt Heizleistung zu",
        ),
        (
            "auf Höhe von 1,69 €/m³ bei einer",
            "auf Höhe von einem Euro neunundsechzig pro Kubikmeter bei einer",
        ),
        (
            "Maßnahme beziffert der Träger mit 473.400,00 Euro.",
            "Maßnahme beziffert der Träger mit vierhundertdreiundsiebzigtausendvierhundert Euro.",
        ),
        (
            "von durchschnittlich 1035,20 Euro im Jahr,",  # web2/
            "von durchschnittlich tausendfünfunddreißig Euro zwanzig im Jahr,",
        ),
        # "Mio" and "Mrd" without a point before a currency; "i.H.v."; "Hl." in "Heilig Geist"
        (
            "von ca. 23 Mio € (75 %) erhalten.",
            "von zirka dreiundzwanzig Millionen Euro (fünfundsiebzig Prozent) erhalten.",
        ),
        ("auf 3,3 Mio € im Jahre 2017", "auf drei Komma drei Millionen Euro im Jahre zweitausendsiebzehn"),
        (
            "Postwiese i.H.v. 96.615€ über Mehreinnahmen",
            "Postwiese in Höhe von sechsundneunzigtausendsechshundertfünfzehn Euro über Mehreinnahmen",
        ),
        ("Kirchengemeinde St. Mauritius und Hl. Geist", "Kirchengemeinde Sankt Mauritius und Heilig Geist"),
        # "1" before a measure is "ein" ("eine" before a feminine one), and in a range whatever the gender
        (
            "und bis -1 Grad bei größeren Auflockerungen.",
            "und bis minus ein Grad bei größeren Auflockerungen.",
        ),
        (
            "mit meist 1 bis 2 Litern pro Quadratmeter gering,",
            "mit meist ein bis zwei Litern pro Quadratmeter gering,",
        ),
        ("dauert 1 Stunde, nach 1 Woche", "dauert eine Stunde, nach einer Woche"),
        # an emergency number after "Notruf" is said as dialled
        ("rufen Sie sofort den Notruf (112).", "rufen Sie sofort den Notruf (eins eins zwei)."),
        ("die Notrufnummer 116 117 an", "die Notrufnummer eins eins sechs eins eins sieben an"),
        # a score before a colon
        (
            "16:0, 13:0 und 10:0: Was sich",
            "sechzehn zu null, dreizehn zu null und zehn zu null: Was sich",
        ),
    ],
)
def test_german_round_10(text: str, spoken: str) -> None:
    assert normalize(text, "de") == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # under one euro the cents alone (round 127: twelve development pairs of nine sets read "0,70 Euro"
        # "siebzig Cent"; web4's annotator read this one as decimals, "null Komma null neun Euro")
        ("von 0,09 €/kWh.", "von neun Cent pro Kilowattstunde."),
        ("13,94 Cent pro kWh", "dreizehn Komma neun vier Cent"),
        # round 16: "Mio" before a noun too ("6,3 Mio Kubikmeter", web10; eSpeak NG says "mio")
        ("die 3 Mio Einwohner", "drei Millionen Einwohner"),
        ("die Hl. Elisabeth", "Hl. Elisabeth"),  # a saint's "Heilige" takes the case's ending
        ("Zeit 1:2:3 gemessen", "1:2:3"),  # a chain is no score
        ("aus Art. 2 Abs. 2 S. 1 Grundgesetz", "Satz eins Grundgesetz"),  # a label's number
        ("war die Bella 1 auf dem Weg", "Bella eins auf"),
    ],
)
def test_what_german_round_10_leaves(text: str, kept: str) -> None:
    assert kept in normalize(text, "de")


# round 10 (web4/): French clock times, ordinals, degrees, units, addresses and legal articles
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "MARDI 20 SEPTEMBRE 2011 à 20 H 30",
            "MARDI vingt SEPTEMBRE deux mille onze à vingt heures trente",
        ),
        ("Architecte DPLG de Paris (13è) pour", "Architecte D P L G de Paris (treizième) pour"),
        (
            "des normales, avec 21° à 26°C. Une",
            "des normales, avec vingt et un degrés à vingt-six degrés. Une",
        ),
        # units written without a superscript; a unit after a span of numbers makes it a range, not years
        (
            "d’une moto de 50 cm3 gravement touché.",
            "d’une moto de cinquante centimètres cubes gravement touché.",
        ),
        ("les massifs dès 1500-1600 m.", "les massifs dès mille cinq cents à mille six cents mètres."),
        # a hyphen in a web address is said (web4/ reads the town "boé", which the address does not spell)
        ("sur le site www.ville-boe.fr", "sur le site w w w point ville tiret boe point F R"),  # round 114
        # a code's article: its hyphens are "tiret", not a range
        (
            "(articles L. 2312-3 et R. 2311-1 du CGCT).",
            "(articles L deux mille trois cent douze tiret trois et R deux mille trois cent onze tiret un"
            " du C G C T).",
        ),
        ("(Article R227-1 du code de", "(Article R deux cent vingt-sept tiret un du code de"),  # web3/
    ],
)
def test_french_round_10(text: str, spoken: str) -> None:
    assert normalize(text, "fr") == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("les 3 H de", "H"),  # a spaced capital "H" is an hour only before minutes
        ("la loi n° 5 du", "numéro cinq"),  # the number sign is not a degree
        (
            "entre 2019-2020 l’usine a",
            "deux mille dix-neuf et deux mille vingt l’usine",
        ),  # "et" after "entre"
        ("la route D 12-3 vers", "D douze à trois"),  # no article before: a range
    ],
)
def test_what_french_round_10_leaves(text: str, kept: str) -> None:
    assert kept in normalize(text, "fr")


# round 10 (web4/): Spanish streets, decimals and clock times
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("C/ Josefa Valcárcel n° 44", "calle Josefa Valcárcel número cuarenta y cuatro"),
        # three decimals are a number, as eSpeak NG says them (it was "uno coma cinco uno dos")
        (
            "se ha situado en 1,512 euros, mientras",
            "se ha situado en uno coma quinientos doce euros, mientras",
        ),
    ],
)
def test_spanish_round_10(text: str, spoken: str) -> None:
    assert normalize(text, "es") == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("la C/ TV", "C/ T V"),  # "C/" before no name (and "TV" letters, round 35)
        ("pesa 1,5125 kilos", "uno coma cinco uno dos cinco"),  # four decimals: digit by digit
        ("de 1,05 euros", "uno coma cero cinco"),
    ],
)
def test_what_spanish_round_10_leaves(text: str, kept: str) -> None:
    assert kept in normalize(text, "es")
