"""Text normalisation judged as issue 7 judges it: eSpeak NG's phonemes of what narrate says vs the expected
reading, ignoring stress and the word "and", over the written/spoken pairs in tests/data/normalize/.

`python tests/test_normalize.py` prints the per-class Markdown table for the README.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrate.script.normalize import normalize
from narrate.script.normalize.rules import ends_sentence
from narrate.script.phonemes import comparable, phonemes

DATA = Path(__file__).parent / "data" / "normalize"
TARGET = 0.70  # issue 7: at least 70% of held-out pairs said right


@dataclass(frozen=True)
class Score:
    name: str
    pairs: int
    raw: int  # eSpeak NG on the written text
    narrate: int  # eSpeak NG on narrate's normalised text


def read_pairs(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text("utf-8").splitlines()
    pairs = [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("# ")]
    assert all(len(p) == 2 for p in pairs), path
    return [(w, s) for w, s in pairs]


def same(a: str, b: str) -> bool:
    return comparable(phonemes(a)) == comparable(phonemes(b))


def said_as(written: str, spoken: str) -> bool:
    """Whether narrate's reading of WRITTEN sounds as SPOKEN (the rounds' pairs from real copy)."""
    return same(normalize(written), spoken)


def score(folder: Path) -> list[Score]:
    scores = []
    for path in sorted(folder.glob("*.tsv")):
        pairs = read_pairs(path)
        raw = sum(same(written, spoken) for written, spoken in pairs)
        ours = sum(same(normalize(written), spoken) for written, spoken in pairs)
        scores.append(Score(path.stem, len(pairs), raw, ours))
    return scores


def rate(scores: list[Score], attr: str) -> float:
    return sum(getattr(s, attr) for s in scores) / sum(s.pairs for s in scores)


@pytest.fixture(scope="module")
def development() -> list[Score]:
    return score(DATA)


@pytest.fixture(scope="module")
def heldout() -> list[Score]:
    return score(DATA / "heldout")


def test_every_class_has_enough_pairs(development: list[Score], heldout: list[Score]) -> None:
    assert len(development) >= 14
    assert all(s.pairs >= 15 for s in development), [(s.name, s.pairs) for s in development if s.pairs < 15]
    assert {s.name for s in heldout} == {s.name for s in development}


def test_heldout_pairs_said_right_at_least_70_percent(heldout: list[Score]) -> None:
    assert rate(heldout, "narrate") >= TARGET


def test_development_pairs_said_right(development: list[Score]) -> None:
    # issue 11 round 2: 454 of 458 English pairs (99.1%); round 4 (74 new pairs): 524 of 532 (98.5%);
    # round 114 left words joined by a slash to eSpeak NG (blind sets +51 -12) and said "a ¼ mile" "a
    # quarter mile" as "a 1/4 mile" was (blind +2 -0): this set's "and/or", "autumn/winter" and "a ¼ mile
    # walk" ("a one quarter") now miss, 594 of 607 (97.9%)
    assert rate(development, "narrate") >= 0.975
    weakest = min(development, key=lambda s: s.narrate / s.pairs)
    assert weakest.narrate / weakest.pairs >= 0.85, weakest  # electronic, 22 of 25 (round 4)


def test_narrate_beats_raw_espeak_in_every_class(development: list[Score]) -> None:
    assert rate(development, "raw") < 0.5  # the baseline issue 7 reports is 27%
    for s in development:
        assert s.narrate >= s.raw, s


@pytest.mark.parametrize(
    ("language", "floor"),
    # issue 11, round 4: German 123 of 124 (99.2%), Spanish 48 of 49 (98.0%), French 52 of 54 (96.3%);
    # round 5: German 186 of 187 (99.5%), Spanish 62 of 63 (98.4%), French 77 of 78 (98.7%);
    # round 7 decided that a German numeric date with a year names its month ("29.04.2025" "April", as real
    # copy is read): two older pairs that read it as an ordinal ("31.10.2022" "zehnten") now miss, 184 of 187
    # round 31 read the Spanish emergency number "el 112" "uno uno dos", as five pairs of seven do (three
    # blind sets rose): the development pair that reads "ciento doce" now misses, 61 of 63 (96.8%)
    # round 46 said a count's whole hundreds as thousands, "tausendzweihundert", as eSpeak NG does (three
    # blind sets rose; the web sets' annotators differ): the two pairs here that read "rund zwölfhundert
    # Israeli" and "Rund elfhundert Anhänger" now miss, 182 of 187 (97.3%)
    # after round 143 French leaves a plus sign to the voice, which says it /plys/ as a reader does: the six
    # pairs here whose spoken side writes the word "plus" (which eSpeak NG says /ply/, the adverb's) now miss
    # on phonemes though the audio is right, 71 of 78 (91.0%)
    [("de", 0.97), ("es", 0.96), ("fr", 0.91)],
)
def test_other_language_development_pairs_said_right(language: str, floor: float) -> None:
    pairs = read_pairs(DATA / language / "pairs.tsv")

    def said_right(text: str, spoken: str) -> bool:
        return comparable(phonemes(text, language)) == comparable(phonemes(spoken, language))

    ours = sum(said_right(normalize(written, language), spoken) for written, spoken in pairs)
    raw = sum(said_right(written, spoken) for written, spoken in pairs)
    assert ours / len(pairs) >= floor, (ours, len(pairs))
    assert ours >= raw


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # round 4: numbers are written out, but not a code or a version (an amount after the peso's sign was
        # left too until round 48, which says "cinco millones de pesos"; French phones until round 168)
        ("Galaxy Tab S10-Reihe, Version 2.1.3, H1N1", "de"),
    ],
)
def test_other_languages_are_left_to_espeak(text: str, language: str) -> None:
    assert normalize(text, language) == text


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # round 27: eSpeak NG ran the groups into one number ("seiscientos setenta y siete millones ...");
        # round 158: groups of three are said digit by digit, as the pairs read them
        ("el teléfono 677 904 624", "es", "el teléfono seis siete siete, nueve cero cuatro, seis dos cuatro"),
        # eSpeak NG says "douze ache cinquante-cinq": the old test kept "12h55", issue 11 changes it
        (
            "Le 12 juin 2021 à 12h55.",
            "fr",
            "Le douze juin deux mille vingt et un à douze heures cinquante-cinq.",
        ),
        (
            "am 8. Mai 2026 ab 13.45 Uhr",
            "de",
            "am achten Mai zweitausendsechsundzwanzig ab dreizehn Uhr fünfundvierzig",
        ),
        (
            "im Jahr 1993, in den 1990er Jahren",
            "de",
            "im Jahr neunzehnhundertdreiundneunzig, in den neunzehnhundertneunziger Jahren",
        ),
        ("a las 19.00 horas", "es", "a las diecinueve horas"),
        ("le 7e mois, le 1er mai, la 1re fois", "fr", "le septième mois, le premier mai, la première fois"),
        ("Seit 2019 gehören", "de", "Seit zweitausendneunzehn gehören"),
        # issue 11, round 3: German ordinals take the case the words before them ask for; numeric dates
        (
            "am Freitag, 28. April, Am 25. und 26. Mai",
            "de",
            "am Freitag, achtundzwanzigsten April, Am fünfundzwanzigsten und sechsundzwanzigsten Mai",
        ),
        (
            "Donnerstag, 18. 7.; bis zum 31.10.2022",
            "de",
            "Donnerstag, achtzehnter Juli; bis zum einunddreißigsten Oktober zweitausendzweiundzwanzig",
        ),
        (
            "Das Datum soll der 10. Juli sein, vom 3. bis 5. Juni",
            "de",
            "Das Datum soll der zehnte Juli sein, vom dritten bis fünften Juni",
        ),
        (
            "Beim 50. Berlin-Marathon, im 19. Jahrhundert, auf den 15.",
            "de",
            "Beim fünfzigsten Berlin-Marathon, im neunzehnten Jahrhundert, auf den fünfzehnten",
        ),
        (
            "1.10 Uhr: um 1 Uhr, um 17 Uhr, Version 2.1.3",
            "de",
            "ein Uhr zehn: um ein Uhr, um siebzehn Uhr, Version 2.1.3",
        ),
        # German abbreviations eSpeak NG spells ("zet be"); "1 Mio." is "eine Million", not "eins Million"
        (
            "wie z.B. der, bzw. die EU, Nr. 5, ca. 50, u. a. in Berlin, Äpfel usw. Die",
            "de",
            "wie zum Beispiel der, beziehungsweise die EU, Nummer fünf, zirka fünfzig, unter anderem in "
            "Berlin, Äpfel und so weiter. Die",
        ),
        (
            "1 Mio. Euro, 3 Mio. Euro, 1 Milliarde, 2 Mrd.",
            "de",
            "eine Million Euro, drei Millionen Euro, eine Milliarde, zwei Milliarden.",
        ),
        # German race times (eSpeak NG: "zwei Uhr drei Uhr siebzehn Stunden"); a clock time stays a clock time
        (
            "von 2:03:17 Stunden, Petros (2:04:59), die 2:05 Stunden, um 23:51 Uhr, 12:00:00 Uhr",
            "de",
            "von zwei Stunden drei Minuten und siebzehn Sekunden, Petros (zwei Stunden vier Minuten und "
            "neunundfünfzig Sekunden), die zwei Stunden und fünf Minuten, "
            "um dreiundzwanzig Uhr einundfünfzig, 12:00:00 Uhr",
        ),
        # a German number from 1100 to 1999 is a year unless a noun, a unit or "rund" shows it is a count
        (
            "seiner Gründung 1973 als, das 1980 unter, gezählten 1922 Aktivitäten, rund 1500 kamen, 1500 m",
            "de",
            "seiner Gründung neunzehnhundertdreiundsiebzig als, das neunzehnhundertachtzig unter, "
            "gezählten tausendneunhundertzweiundzwanzig Aktivitäten, rund tausendfünfhundert kamen, "
            "tausendfünfhundert Meter",  # a count's whole hundreds as thousands since round 46
        ),
        # round 4, from write-part copy: numbers written out ("hundert", not eSpeak NG's "einhundert"),
        # year spans, decades, ages, scores, minutes and seconds, citations, "St.", web addresses
        (
            "In Eichholz von 153 Kids nur 57 kamen. rund 38 664 Palästinenser, Etwa 30.000 Leute, 49,9%",
            "de",
            "In Eichholz von hundertdreiundfünfzig Kids nur siebenundfünfzig kamen. rund "
            "achtunddreißigtausendsechshundertvierundsechzig Palästinenser, Etwa dreißigtausend Leute, "
            "neunundvierzig Komma neun Prozent",
        ),
        (
            "von 2024–26, Migrationskrise 2015/16, seit den 90er Jahren, der damals 33-Jährige, seit dem 0:2",
            "de",
            "von zweitausendvierundzwanzig bis sechsundzwanzig, Migrationskrise zweitausendfünfzehn "
            "sechzehn, seit den neunziger Jahren, der damals Dreiunddreißigjährige, seit dem null zu zwei",
        ),
        (
            "in 72:53 Minuten, aus Art. 2 Abs. 2 S. 1 GG, auf S. 12, in St. Pauli, Laut Umweltbundesamt.de",
            "de",
            "in zweiundsiebzig Minuten und dreiundfünfzig Sekunden, aus Artikel zwei Absatz zwei Satz eins "
            "GG, auf Seite zwölf, in Sankt Pauli, Laut Umweltbundesamt Punkt D E",
        ),
        (
            "des europäischen Patents EP2237607 besitzt, 5 St. Äpfel",
            "de",
            "des europäischen Patents EP zwei zwei drei sieben sechs null sieben besitzt, fünf St. Äpfel",
        ),
        # unit symbols eSpeak NG spells ("ka em"), named after a number; "1" is the article
        (
            "von 400 bis 500 Wh/kg und 1.000 Wh/l, 1 km, 1 t, 1,5 km, 130 km/h",
            "de",
            "von vierhundert bis fünfhundert Wattstunden pro Kilogramm und tausend Wattstunden pro Liter, "
            "ein Kilometer, eine Tonne, eins Komma fünf Kilometer, hundertdreißig Kilometer pro Stunde",
        ),
        (
            "avanzó 50 km, al reducir a 3MB, unas 21 t",
            "es",
            "avanzó cincuenta kilómetros, al reducir a tres megabytes, unas veintiuna toneladas",
        ),
        ("à 130 km/h, 1 t, 5 m.", "fr", "à cent trente kilomètres heure, une tonne, cinq mètres."),
        # round 4: French minutes and hours are feminine; Spanish scores, match minutes, kings, codes
        (
            "8h41 - Le Premier ministre, à 21h01",
            "fr",
            "huit heures quarante et une - Le Premier ministre, à vingt et une heures une",
        ),
        (
            "(3-3, min, 38). (0-1, min 6) Felipe VI, 21 retenes, 21 muertes, de la N-340A",
            "es",
            "(tres a tres, minuto treinta y ocho). (cero a uno, minuto seis) Felipe sexto, veintiún retenes, "
            "veintiuna muertes, de la N trescientos cuarenta A",
        ),
        # "19.21 heures" is said as "19h21" is: the hour word after the hour, feminine minutes
        (
            "à 19.21 heures, à 21.01 heures, à 1.21 heure",
            "fr",
            "à dix-neuf heures vingt et une, à vingt et une heures une, à une heure vingt et une",
        ),
        # round 5: French pairs of capitals are initialisms ("l'u" is eSpeak NG's reading of "l'UE"), not in a
        # headline in capitals or a Roman numeral (round 12: said as a cardinal, "Louis quinze"); the number
        # sign is the word "number"
        (
            "l'UE, IA : JO-2024, Louis XV, OK, LE PS A GAGNÉ, n° 5",
            "fr",
            "l'U E, I A: J O-deux mille vingt-quatre, Louis quinze, OK, LE PS A GAGNÉ, numéro cinq",
        ),
        ("Nº 5", "es", "número cinco"),
        # French and Spanish numeric dates (day first) and spans of two full years
        (
            "le 03/10/2024, le 1/5/2024. La période 2020-2024, 12/25/2024",
            "fr",
            "le trois octobre deux mille vingt-quatre, le premier mai deux mille vingt-quatre. La période "
            "deux mille vingt à deux mille vingt-quatre, 12/25/2024",
        ),
        (
            "el 03/10/2024; entre 2020-2024",
            "es",
            "el tres de octubre de dos mil veinticuatro; entre dos mil veinte y dos mil veinticuatro",
        ),
        # "M." before a name is "monsieur" (eSpeak NG: "M"); "EE.UU." is "Estados Unidos" ("ee punto uu")
        (
            "M. Macron et MM. Dupont, le M. de la fin",
            "fr",
            "monsieur Macron et messieurs Dupont, le M. de la fin",
        ),
        ("en EE. UU. Los, de EE.UU., y", "es", "en Estados Unidos. Los, de Estados Unidos, y"),
        # German capitals around small letters are an initialism; a slash in a numbered thing is "Strich"
        (
            "von AfD-Mann Otten, die GmbH, Gesetz N° 7021/22, Nr. 12/3",
            "de",
            "von A F D-Mann Otten, die G M B H, Gesetz Nummer siebentausendeinundzwanzig Strich "
            "zweiundzwanzig, Nummer zwölf Strich drei",
        ),
        # a numeric date before a comma or ending a sentence; a span of two full years
        (
            "am 03.10.2024, als; bis zum 1.10.2022. Von 2020-2024, 2024-2020",
            "de",
            "am dritten Oktober zweitausendvierundzwanzig, als; bis zum ersten Oktober "
            "zweitausendzweiundzwanzig. Von zweitausendzwanzig bis zweitausendvierundzwanzig, "
            "zweitausendvierundzwanzig-zweitausendzwanzig",
        ),
        # a hyphen between two numbers is "bis" in a German range (not a score, a chain or a phone number)
        (
            "20-30 Prozent, 2-3 Tage, 3-1, 4-3-3, 2024-05-03, Tel. 030-1234",
            "de",
            "zwanzig bis dreißig Prozent, zwei bis drei Tage, drei-eins, vier-drei-drei, "
            "dritter Mai zweitausendvierundzwanzig, Telefon null drei null, eins zwei drei vier",  # r. 7-50
        ),
        ("2-3 jours, score 3-1, la RN-7", "fr", "deux à trois jours, score trois à un, la R N-sept"),
        ("2-3 días, ganó 3-1, la A-7", "es", "dos a tres días, ganó tres a uno, la A-siete"),
        # an amount's two decimals are cents, said as a number (after "Euro": web2/, web4/); other German
        # decimals digit by digit
        (
            "nicht einmal 0,20 US-Dollar, 3,50 Euro, 4,40 Meter",
            "de",
            "nicht einmal null Komma zwanzig US-Dollar, drei Euro fünfzig, vier Komma vier null Meter",
        ),
        ("Ninja ZX-10RR", "de", "Ninja ZX zehn R R"),
        # Spanish numbers agree with their noun (eSpeak NG: "doscientos veintiuno personas")
        (
            "hasta las 221 personas, otras 122.797 han, 31 años, 21 días, las 21:59 horas, el 21 de junio",
            "es",
            "hasta las doscientas veintiuna personas, otras ciento veintidós mil setecientas noventa y siete "
            "han, treinta y un años, veintiún días, las veintiuna cincuenta y nueve horas, "
            "el veintiuno de junio",
        ),
        (
            "200 millones de personas, 38 muertos, 4.000 hectáreas",
            "es",
            "doscientos millones de personas, treinta y ocho muertos, cuatro mil hectáreas",
        ),
    ],
)
def test_other_languages_where_espeak_is_wrong(text: str, language: str, spoken: str) -> None:
    assert normalize(text, language) == spoken


@pytest.mark.parametrize(
    "text",
    [
        "I think I can.",  # the pronoun, not a Roman numeral
        "Researchers have long criticized the technology.",
        "She said it was a one-year moratorium.",
        "Smith said he has no plans to until there is a national law.",
    ],
)
def test_plain_words_are_left_alone(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("AMAZON HALTS POLICE USE", "AMAZON HALTS POLICE USE"),  # a headline in capitals is not acronyms
        ("IBM's decision", "I B M's decision"),
        ("the CEOs", "the C E O's"),
        (
            "Updated on June 12 at 12:55 p.m. ET",
            "Updated on June twelfth at twelve fifty-five p m Eastern time",
        ),
        ("Visit https://www.npr.org/2021/06/10/1004231/amazon-halts.", "Visit N P R dot org."),
        ("Call (800) 654-4262.", "Call eight hundred, six five four, four two six two."),
        ("Charles I was beheaded; told John I was", "Charles I was beheaded; told John I was"),
        ("Charles I.", "Charles the first."),
        ("Rocky II and Super Bowl XLVIII", "Rocky two and Super Bowl forty-eight"),
        ("from Jan. 31-Feb. 2", "from January thirty-first to February second"),
        ("on 12 June 2021", "on the twelfth of June, twenty twenty-one"),
        ("the 100 m final, 5m people", "the one hundred meter final, five million people"),
        ("It fell to -5.", "It fell to minus five."),
        # issue 11: crashes (KeyError in the time-zone lookup) and variants of handled forms
        ("1:59 p.m. est", "one fifty-nine p m Eastern Standard Time"),
        ("9 a.m. Mt. Hood", "nine a m Mount Hood"),
        ("1am et", "one a m et"),
        ("july 25 2012", "July twenty-fifth, twenty twelve"),
        ("jan. 15 and SEPT. 15", "January fifteenth and September fifteenth"),
        ("on 25 jul 2012", "on the twenty-fifth of July, twenty twelve"),
        ("by june 30", "by June thirtieth"),
        ("on the 15th of May", "on the fifteenth of May"),
        ("on 11/17/05", "on November seventeenth, two thousand five"),
        ("on 2016/07/03", "on July third, twenty sixteen"),
        ("on 15.01.2020", "on the fifteenth of January, twenty twenty"),
        ("on 25/12/2020", "on the twenty-fifth of December, twenty twenty"),
        ("the 1980 s and the 1980's", "the nineteen eighties and the nineteen eighties"),
        ("1/4th of it", "one quarter of it"),
        ("the 2016/17 season", "the twenty sixteen to seventeen season"),
        ("the 5 may have", "the five may have"),
        ("at 10:30P.M. PST, then", "at ten thirty p m Pacific Standard Time, then"),
        ("email j.doe@Example.org today", "email j dot doe at Example dot org today"),
        ("Call 555.123.4567", "Call five five five, one two three, four five six seven"),
        ("a $5-billion takeover", "a five billion dollar takeover"),
        ("Currently £204.98", "Currently two hundred four pounds ninety-eight"),
        ("R95bn", "ninety-five billion rand"),
        (
            "ISBN 978-0-19-515461-5",
            "I S B N nine seven eight, oh, one nine, five one five four six one, five",
        ),
        # issue 11, round 2: temperatures without a degree sign, watts, volts, decibels, pence, "per" a unit
        ("Around 60C, -5C at night", "Around sixty degrees Celsius, minus five degrees Celsius at night"),
        ("seat 12C, a 30C day", "seat twelve C, a thirty degree Celsius day"),
        ("at 300w and 52dB, 15p", "at three hundred watts and fifty-two decibels, fifteen pence"),
        ("30p per kW/h, 1p per kg", "thirty pence per kilowatt hour, one penny per kilogram"),
        # an amount after a possessive or before a capitalised noun or a bracketed conversion is an adjective
        ("Epstein’s $77million Manhattan home", "Epstein’s seventy-seven million dollar Manhattan home"),
        ("a 40km (25-mile) Road", "a forty kilometer (twenty-five-mile) Road"),
        ("It’s $5 million cheaper", "It’s five million dollars cheaper"),
        ("$12/month or £80/yr", "twelve dollars a month or eighty pounds a year"),
        ("$35 USD, $9.99 USD", "thirty-five U S dollars, nine U S dollars and ninety-nine cents"),
        ("the U.K.’s exit; S.A. (PDVSA)", "the U K’s exit; S A (P D V S A)"),
        (
            "Murphy (D., Conn.) and Cruz (R-Texas)",
            "Murphy (Democrat, Connecticut) and Cruz (Republican of Texas)",
        ),
        (
            "access No 10 Downing Street, p. 652",
            "access number ten Downing Street, page six hundred fifty-two",
        ),
        ("won 6-4, 6-0; ages 5-7, 8-10", "won six four, six love; ages five to seven, eight to ten"),
        ("overall, 9/10; 7/10 of a second", "overall, nine out of ten; seven tenths of a second"),
        ("complex n\u2009×\u2009n matrices, Ed\u2060 Hirs", "complex n by n matrices, Ed Hirs"),
        (
            "on July 9 and 10, and May 3 or 4 2021",
            "on July ninth and tenth, and May third or fourth, twenty twenty-one",
        ),
        ("on July 9 and 10 people died", "on July ninth and ten people died"),
        ("summer ’80, the class of ’05, the ’80s", "summer eighty, the class of oh five, the eighties"),
        ("at three or four a.m., then", "at three or four a m, then"),
        (
            "Dial 112 or call 999 now; call 100 people",
            "Dial one one two or call nine nine nine now; call one hundred people",
        ),
        ("the Keystone XL pipeline, Final Fantasy XV", "the Keystone X L pipeline, Final Fantasy fifteen"),
        (
            "Web 2.0 and a 7.0 quake, 1.07",
            "Web two point oh and a seven point zero quake, one point zero seven",
        ),
        # round 4, from real copy: a domain label said as a word or spelled, a hyphen in a domain
        ("Since I do co-own ebb.org with my wife", "Since I do co-own ebb dot org with my wife"),
        ("email news@apr.org", "email news at A P R dot org"),
        ("https://drinks-unhosted.5apps.com/ and wants", "drinks dash unhosted dot 5apps dot com and wants"),
        (
            "(http://trustee.ietf.org/license-info) in effect",
            # spelled since round 50 (no English word ends "TF"); eSpeak NG spelled "ietf" itself, same sound
            "(trustee dot I E T F dot org slash license info) in effect",
        ),
        # money in other shapes, and an amount as an adjective past an adverb or a compound
        ("cost 620m/-.", "cost six hundred twenty million shillings."),
        (
            "a profit of 10,000/- to 15,000/- per day",
            "a profit of ten thousand to fifteen thousand shillings per day",
        ),
        (
            "sign the two-year $44.6 billion budget.",
            "sign the two-year forty-four point six billion dollar budget.",
        ),
        ("an estimated $12 million worth of Bitcoin", "an estimated twelve million dollars worth of Bitcoin"),
        (
            "an additional $1.4 billion budgeted over",
            "an additional one point four billion dollars budgeted over",
        ),
        (
            "a $35-a-night motel; $60/person/year",
            "a thirty-five dollar a night motel; sixty dollars per person per year",
        ),
        ("The tests cost 50 Euro per sample.", "The tests cost fifty euros per sample."),
        # units: glued before a noun, metres before a distance word, millions before a plural noun
        ("6p per hour for 200W dryers", "six pence per hour for two hundred watt dryers"),
        (
            "located 400m from the Lindi Bus Stand; 2m people",
            "located four hundred meters from the Lindi Bus Stand; two million people",
        ),
        # codes and versions
        ("the market, elmo666, wrote", "the market, elmo six six six, wrote"),
        ("the SLG46620V is", "the S L G four six six two oh V is"),
        ("comply with HTTP/1.1; see v2", "comply with H T T P one point one; see version two"),
        ("version 1.6.0 of the", "version one point six point oh of the"),
        # a 24-hour time with "hrs"; a duration stays a duration
        ("open at 16hrs, after 12hrs", "open at sixteen hundred hours, after twelve hours"),
        ("a 400&percnt; increase", "a four hundred percent increase"),
        ("Sammy Davis Jr.'s Secret", "Sammy Davis Junior's Secret"),
        ("camp 2-to-1 in", "camp two to one in"),
        ("warm the benches/ We’ve been", "warm the benches, We’ve been"),
        # a band of prices: the number's plural, the currency understood (it was "three hundred dollarss")
        (
            "homes in the $300s, shares in the low $20s",
            "homes in the three hundreds, shares in the low twenties",
        ),
        # a year after a prefix (an audit's probe; it was "mid-two thousand twenty-four")
        ("by mid-2024, below pre-2020 levels", "by mid-twenty twenty-four, below pre-twenty twenty levels"),
    ],
)
def test_examples(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_time_that_ends_a_sentence_keeps_the_sentence_s_pause() -> None:
    """AP writes one period for "p.m." and the sentence; a word that starts a sentence after it keeps it.
    A day, a zone or a name after the time goes on with the sentence (the Post's copy: "as early as 1 p.m.
    Central"), and so does anything not known to start one."""
    assert normalize("Polls close at 8 p.m. The count begins at once.") == (
        "Polls close at eight p m. The count begins at once."
    )
    assert normalize("He left at 10pm.") == "He left at ten p m."
    assert normalize("Those storms could fire as early as 1 p.m. Central") == (
        "Those storms could fire as early as one p m Central"
    )
    assert normalize("The vote is at 9 a.m. Tuesday in the chamber.") == (
        "The vote is at nine a m Tuesday in the chamber."
    )


# --- properties: normalize never raises, and what a rule claims leaves no digits behind --------------------

_MONTHS = ["January", "Jan.", "jan", "SEPT.", "Sept", "sep.", "June", "june", "DEC", "March", "Oct."]
_ZONES = ["ET", "et", "EST", "est", "Pst", "PT", "gmt", "UTC", "Mt.", "CDT", ""]


def _cased(text: str, how: int) -> str:
    return [text, text.lower(), text.upper()][how % 3]


_day = st.integers(1, 28).map(str)
_year = st.integers(1100, 2099).map(str)
_date = st.one_of(
    st.builds(
        lambda m, d, y, c: _cased(f"{m} {d}, {y}", c), st.sampled_from(_MONTHS), _day, _year, st.integers()
    ),
    st.builds(lambda d, m, y: f"{d} {m} {y}", _day, st.sampled_from(_MONTHS), _year),
    st.builds(lambda m, d, y: f"{m}/{d}/{y}", st.integers(1, 12), _day, _year),
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", _year, st.integers(1, 12), st.integers(1, 28)),
)
_time = st.builds(
    lambda h, mi, ap, z: f"{h}:{mi:02d} {ap} {z}".strip(),
    st.integers(1, 12),
    st.integers(0, 59),
    st.sampled_from(["a.m.", "p.m.", "AM", "pm", "P.M.", "am"]),
    st.sampled_from(_ZONES),
)
_money = st.builds(
    lambda c, n, s: f"{c}{n}{s}",
    st.sampled_from(["$", "£", "€"]),
    st.one_of(st.integers(0, 10**9).map(str), st.decimals(0, 10**6, places=2).map(str)),
    st.sampled_from(["", " million", "bn", "k", "-billion"]),
)
_number = st.one_of(st.integers(-(10**12), 10**12).map(str), st.integers(0, 10**9).map("{:,}".format))
_long_digits = st.builds(
    lambda n, d: (d * (n // len(d) + 1))[:n],
    st.integers(16, 20_000),
    st.text("0123456789", min_size=1, max_size=7),
)
_claimed = st.one_of(_date, _time, _money, _number, _long_digits)
_url = st.sampled_from(
    ["https://www.npr.org/2021/06/10/x", "NPR.ORG", "a.b@c.com", "http://1.2.3.4/x", "www.x.io"]
)
_fragment = st.one_of(
    _claimed, _url, st.text(max_size=30), st.sampled_from(["the", "on", ",", ".", "—", "(", ")"])
)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "ja", None])
@pytest.mark.parametrize(
    "text",
    [  # found by benchmarks/fuzz_text.py's long runs: a Spanish rule's int() of 4,500 digits raised
        "544" + ".000" * 1500 + " personas",
        "1" + " 000" * 1500 + " km",
        "12,5" * 1000 + " euros",
    ],
)
def test_numbers_of_thousands_of_groups_do_not_raise(text: str, language: str | None) -> None:
    """Such a number is read digit by digit or left as written, and the word after it is still said."""
    said = normalize(text, language)
    last = {"personas": ("personas",), "euros": ("euros",)}.get(text.rsplit(maxsplit=1)[-1], UNIT_KM)
    assert said.endswith(last), said[-40:]


UNIT_KM = ("km", "kilometers", "Kilometer", "kilomètres", "kilómetros")


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["en", "de", "fr", "es", "ja", None]))
def test_normalize_never_raises_on_any_text(text: str, language: str | None) -> None:
    assert isinstance(normalize(text, language), str)


@settings(derandomize=True, max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_fragment, max_size=12), st.sampled_from(["en", "de", "fr", "es"]))
def test_normalize_never_raises_on_news_like_text(fragments: list[str], language: str) -> None:
    assert isinstance(normalize(" ".join(fragments), language), str)


@settings(derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_claimed, min_size=1, max_size=6))
def test_claimed_numbers_leave_no_digits(fragments: list[str]) -> None:
    said = normalize(" and ".join(fragments))
    assert not re.search(r"\d", said), (fragments, said)


# runs of digits joined by separators, many of which no rule reads ("1,5", "1,2345", "12,34,567", "36:9",
# "42/88"), with what may stand before and after an amount
_run = st.builds(
    lambda first, rest: first + "".join(sep + digits for sep, digits in rest),
    st.from_regex(r"[0-9]{1,4}", fullmatch=True),
    st.lists(
        st.tuples(st.sampled_from([",", ".", ":", "/"]), st.from_regex(r"[0-9]{1,4}", fullmatch=True)),
        max_size=3,
    ),
)
_around_odd = st.builds(
    lambda before, digits, after: f"It was {before}{digits}{after} today",
    st.sampled_from(["", "$", "€", "£", "#", "~", "about ", "a ", "the ", "No. ", "("]),
    _run,
    st.sampled_from(
        ["", "%", " million", "bn", "m", " km", "th", "s", "am", " p.m.", "°C", " ET", "-year-old", ")"]
    ),
)


@settings(derandomize=True, max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_around_odd)
def test_a_number_is_said_whole_or_left_whole(text: str) -> None:
    """Never half of a run of digits said as words and the rest left as digits ("one euro,5 Mio.",
    "one thousand two hundred thirty-four dollars5", "number thirty-six:nine"): a run no rule reads whole is
    left to eSpeak NG whole."""
    said = normalize(text)
    # a word and digits, or two words, joined (by a separator or nothing) where the text had only digits
    glued = r"[^\W\d_][,.:/]?\d|[a-z][,:/][a-z]" + ("" if re.search(r"\d[A-Za-z]", text) else r"|\d[^\W\d_]")
    assert not re.search(glued, said), (text, said)


def markdown(dev: list[Score], held: list[Score]) -> str:
    """The README table: per class, pairs and rates, development and held-out sets together."""
    by_name = {s.name: s for s in held}
    rows = [
        "| class | pairs | raw eSpeak NG | narrate | held-out pairs | raw | narrate |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in dev:
        h = by_name[s.name]
        rows.append(
            f"| {s.name} | {s.pairs} | {100 * s.raw / s.pairs:.0f}% | {100 * s.narrate / s.pairs:.0f}% "
            f"| {h.pairs} | {100 * h.raw / h.pairs:.0f}% | {100 * h.narrate / h.pairs:.0f}% |"
        )
    total = lambda scores: sum(x.pairs for x in scores)  # noqa: E731
    rows.append(
        f"| **total** | {total(dev)} | {100 * rate(dev, 'raw'):.0f}% | {100 * rate(dev, 'narrate'):.0f}% "
        f"| {total(held)} | {100 * rate(held, 'raw'):.0f}% | {100 * rate(held, 'narrate'):.0f}% |"
    )
    return "\n".join(rows)


def test_a_point_ends_the_sentence_before_a_capital_of_any_script_or_at_the_end() -> None:
    """The one check the languages' rules share (rules.ends_sentence): a space then a capital, "¿" or "¡",
    or nothing but spaces; a lower-case word, a digit or two spaces then a lower-case word do not."""
    text = "de 85 gr."
    for after, ends in [
        ("", True),
        ("  ", True),
        (" El", True),
        (" Über", True),
        (" Été", True),
        (" ¿Cuánto?", True),
        (" Ωμέγα", True),
        (" y", False),
        ("  y", False),  # the earlier two-character window took this for the end
        (" 5", False),
        (", y", False),
    ]:
        assert ends_sentence(text + after, len(text)) is ends, after


if __name__ == "__main__":
    sys.stdout.write(markdown(score(DATA), score(DATA / "heldout")) + "\n")
