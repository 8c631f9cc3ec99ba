"""Round 112 of issue 11.

Rules kept because they paid on the blind sets (counts in each commit): a number glued to "m" is a length
unless a count of millions follows it, a plural noun ("5m people", "3m UK homes", "6.4m TEUs"): "400m from",
"between 4m and 8m", "Social distancing of 2m must be maintained", "up to 5.5m (with driver)" are metres (a
whole number had been left to eSpeak NG, which says "four em"; a decimal one had been millions); a whole hour
on the clock with no a.m. or p.m. is the hour alone, as the pairs' readers say it ("from 9:00 to 4:00" "from
nine to four", "until 5:00 tonight" "until five tonight"; had been "nine o'clock"); a German ordinal with no
article at a clause's head (a title, a list's line, after a colon, a bracket or a table's bar) takes the
ending its noun's gender asks ("1. Vorsitzender" "Erster Vorsitzender", "1. Mannschaft" "Erste", "3. Bett"
"Drittes"; eSpeak NG says "eins."); a common English word set in capitals is that word, not an
initialism ("LUNCH", "MONTH", "SPORTS DAY", "LABOR DAY": among the 20,000 commonest and shaped like a word;
three letters only among the 3,000 commonest and consonant-vowel-consonant, as initialisms crowd the list's
head).

Each pair is a window of the development page named beside it, compared as written.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # web105: https://nmes.org/events.html
        ("Social distancing of 2m must be maintained", "en",
         "Social distancing of two meters must be maintained"),
        # web102: https://www.holidify.com/places/wellington/interislander-sightseeing-1256430.html
        ("Campervan up to 5.5m (with driver):", "en",
         "Campervan up to five point five meters (with driver):"),
        # web100: https://www.greenwichyachtclub.co.uk/wiki/Fees_and_Charges
        ("Up to 12m £25", "en", "Up to twelve meters twenty-five pounds"),
        # web87: https://www.newburycanoeclub.co.uk/post/sprint-kayak-racers-compete
        ("distances of 200m, 500m and 1000m, in K1,", "en",
         "distances of two hundred meters, five hundred meters and one thousand meters, in K one,"),
        # web76: https://allthegearbutnoidea.blogspot.com/2015/09/helvellyn-catstye-cam-via-striding-edge.html
        ("Ascent: 974m Descent: 966m Wainwrights", "en",
         "Ascent: nine hundred seventy-four meters Descent: nine hundred sixty-six meters Wainwrights"),
        # web62: https://en.portnews.ru/news/130615
        ("container traffic rises 7% in Q2, to 6.4m TEUs", "en",
         "container traffic rises seven percent in Q two, to six point four million T E U's"),
        # web35: https://ilove.ebpl.org/audience/kids?page=10
        ("Drop by between 4:00 and 5:00 to get", "en", "Drop by between four and five to get"),
        # web4: http://www.mountainline.com/detour-on-routes-2-9/
        ("until 5:00 tonight and from 8:00-5:00 tomorrow.", "en",
         "until five tonight and from eight to five tomorrow."),
        # web94: https://www.hudsonhousehudson.com/art-glass-workshop
        ("Class is from 9:00 to 4:00 with", "en", "Class is from nine to four with"),
        # web108: http://lakeviewelementarypto.com/event/field-day/
        ("10:15 – 11:15 LUNCH LUNCH", "en", "ten fifteen to eleven fifteen LUNCH LUNCH"),
        # web89: http://saguaro-juniper.com/weather/elliott_weather/elliott_weather.html
        ("data by MONTH (1983-2008)", "en", "data by MONTH (nineteen eighty-three to two thousand eight)"),
        # web78: https://chart-watch.uk/archives/1994/week-ending-june-4th-1994
        ("No. 37: NEW ENTRY. Roxette", "en", "number thirty-seven: NEW ENTRY. Roxette"),
        # web107: http://www.seacoastboatrental.com/policies.html
        ("MEMORIAL DAY, JULY 4th, and LABOR DAY", "en", "MEMORIAL DAY, July fourth, and LABOR DAY"),
        # web90: https://heimatverein-herzogenaurach.de/index.php/fraenkisches-2/vereinsleben/festvortrag
        ("1. Vorsitzender Klaus-Peter Gäbelein:", "de", "Erster Vorsitzender Klaus-Peter Gäbelein:"),
        # web88: http://sk-troisdorf.de/index.php?id=125
        ("1. Mannschaft Verbandsliga Süd:7. Platz", "de", "Erste Mannschaft Verbandsliga Süd:siebter Platz"),
        # web106: http://hotel-zuflucht.de/de/zimmer-und-angebote/gut-zu-wissen.php
        ("3. Bett ab 16 Jahre - 34,00 €", "de", "Drittes Bett ab sechzehn Jahre - vierunddreißig Euro"),
        # web83: https://www.mein-trabrennsport.de/Der-Traber/Wie-schnell-ist-ein-Traber
        ("Sonntag: 100. Prix d'Amérique um", "de", "Sonntag: hundertster Prix d'Amérique um"),
        # web26: https://ol.wittich.de/titel/757/ausgabe/3/2025/artikel/00000000000046160538-OL-757-2025-3-3-0
        ("| 1. Beigeordnete Saar, Kerstin", "de", "| erste Beigeordnete Saar, Kerstin"),
        # web18: https://www.kicker.at/rapid-wien-gegen-sturm-graz-2024-bundesliga-oesterreich-meistergruppe-4912936/analyse
        ("20:38 - 8. Spielminute Tor 0:1 Horvat", "de",
         "zwanzig Uhr achtunddreißig - achte Spielminute Tor null zu eins Horvat"),
    ],
)  # fmt: skip
def test_pairs(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("about 5m people", "en", "about five million people"),  # a plural noun after it: millions
        ("Ofcom: 3m UK homes", "en", "Ofcom: three million U K homes"),
        ("about 1.2m people", "en", "about one point two million people"),
        ("the 100m hurdles", "en", "the one hundred meter hurdles"),  # a race, though plural
        # a length's word before it
        ("a height of 1.2m people", "en", "a height of one point two meters people"),
        ("£4m deal", "en", "four million pound deal"),  # a currency says it is money, as before
    ],
)  # fmt: skip
def test_lengths_and_millions(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Wir kamen 2. Florian Schieder",
            "Wir kamen zwei. Florian Schieder",
        ),  # mid-sentence, no article: left
        ("1. Die Anmeldung erfolgt online", "eins. Die Anmeldung erfolgt online"),  # a list's sentence: left
        ("Termine:\n13. Stadtfest", "Termine:\nDreizehntes Stadtfest"),  # a line's first word, capitalised
        ("in meinem 2. Finanzbericht", "in meinem zweiten Finanzbericht"),  # an article still decides
    ],
)
def test_german_ordinal_at_a_clause_head(text: str, said: str) -> None:
    assert normalize(text, "de") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The FBI and the NHS", "The F B I and the N H S"),  # initialisms, though common in Wikipedia's text
        ("History of RAF Cosford", "History of R A F Cosford"),  # three letters, not among the 3,000
        ("ISBN 0", "I S B N zero"),  # no English word ends in "SBN"
        ("LED and LCD screens", "L E D and L C D screens"),
    ],
)
def test_initialisms_stay_spelled(text: str, said: str) -> None:
    assert normalize(text, "en") == said
