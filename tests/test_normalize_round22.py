"""Round 22 of issue 11: readings of real web copy (tests/data/normalize/web16/, development pairs of money,
ranges, web addresses and telephone numbers in English and of German, Austrian and Swiss copy, written by an
annotator who did not read or run narrate, committed and scored before these rules: 72.9%).

A web address's path that is a page's name in capitals or a page with its type ("facebook.com/SabbathdayLake
ShakerVillage", "signup.html"), said as eSpeak NG alone said it; a German telephone number after the word
that names it, its groups parted by spaces; the emergency number after "Nummer"; a second day after "to"
("May 6 to 22,"); "Coun.", "Approx."; a ticker after its exchange ("(NASDAQ: AAPL)"); the Austrian titles and
abbreviations "Ing.", "LAbg.", "NÖ", "Zw.", "resp."; "Dr." at the head of a compound street name; "and"
after "between" in a range in German, French and Spanish; a point before one or two digits and a scale word
("1.4 Millionen"); round numbers with "-er" ("6.000er-Marke"); a text message's short code; "$2T"; rupees
and paise. Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # http://feedreader.com/observe/mainesocialnetworking.com/2016%2F07%2F18%2Fevents-130%2F%3F+itemId=4366936326?from=55798379
        ("or follow at facebook.com/SabbathdayLakeShakerVillage.", "en",
         "or follow at facebook dot com slash Sabbathday Lake Shaker Village."),
        # https://www.moz.de/artikel-ansicht/dg/0/1/1793205/
        ("unter der Rufnummer 03341 3300 umgehend zu", "de",
         "unter der Rufnummer null drei drei vier eins, drei drei null null umgehend zu"),
        # https://nachrichten.ag/deutschland/sachsen/zwickau/muelltonnen-brand-in-chemnitz-zeugen-gesucht-nach-verheerendem-feuer
        ("unter der Telefonnummer 0375 428 4480 zu melden.", "de",
         "unter der Telefonnummer null drei sieben fünf, vier zwei acht vier vier acht null zu melden."),
        ("in der Dr.-Friedrich-Drechsler-Straße abgestellt war.", "de",
         "in der Doktor-Friedrich-Drechsler-Straße abgestellt war."),
        # https://www.paz-online.de/Stadt-Peine/Jagd-auf-Gullydeckel-Gangster-Peiner-Polizei-bittet-Bevoelkerung-um-Mithilfe
        ("unter der Nummer 110 oder", "de", "unter der Nummer eins eins null oder"),
        # https://southsoundbiz.com/examiner_posts/gas-prices-way-up-so-far-this-year/
        ("streak since May 6 to 22, when", "en", "streak since May sixth to twenty-second, when"),
        # http://www.stthomastimesjournal.com/2017/12/18/st-thomas-council-approves-tax-hike-for-city
        ("Coun. Gary Clarke, council", "en", "Councillor Gary Clarke, council"),
        # http://www.spartanburg.com/news/2017/05/city-council-approves-first-reading-upcoming-fiscal-year-budget/
        ("Approx. $389,005 for mandatory increases", "en",
         "Approximately three hundred eighty-nine thousand five dollars for mandatory increases"),
        # http://www.economiccalendar.com/2017/08/04/nasdaq-composite-index-books-gains-as-calm-prevails-on-wall-street/
        ("Apple Inc. (NASDAQ: AAPL) rose 0.5%.", "en",
         "Apple Incorporated (Nasdaq: A A P L) rose zero point five percent."),
        # https://www.leader-kamptal.at/category/aktuelles/page/14/?print=print-search
        ("Bürgermeister Ing. Kraushofer: „Der Gemeindebus", "de",
         "Bürgermeister Ingenieur Kraushofer: „Der Gemeindebus"),
        ("LAbg. Josef Edlinger: „Der", "de", "Landtagsabgeordneter Josef Edlinger: „Der"),
        ("Laister (Mobilität NÖ Regional) und Danja", "de",
         "Laister (Mobilität Niederösterreich Regional) und Danja"),
        ("Zw. 5 – 10 Fahrgäste gibt es", "de", "Zwischen fünf und zehn Fahrgäste gibt es"),
        # https://sp-ostermundigen.ch/blog/2023/10/18/fraktion-sp-gruene-gewerkschaften-fordert-ein-ende-der-schuldenwirtschaft-in-ostermundigen-2
        ("Steuersatz von 1,79 bringt Mehreinnahmen von ca. 1.4 Millionen", "de",
         "Steuersatz von eins Komma sieben neun bringt Mehreinnahmen von zirka eins Komma vier Millionen"),
        # https://www.lauperswil.ch/aus-lauperswil/aktuelle-meldungen/388-budget-2024
        ("um CHF 370'300.00 resp. 5.8 % höheren Fiskalertrag", "de",
         "um dreihundertsiebzigtausenddreihundert Franken respektive fünf Komma acht Prozent höheren "
         "Fiskalertrag"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the annotators' pairs also hold readings these rules leave (a lower-case "P C alert", "Dax",
        # "a two trillion dollar market value", the second "Rs. 9.50 paise"); the part these rules read:
        # https://dispatchnews.com/news/2020/sep/16/pierce-county-alert-notifies-residents-of-emergenc/
        ("or text pcalert to 888777.", "en", "or text pcalert to eight eight eight seven seven seven."),
        # https://finanznews-123.de/dax-schliest-klar-uber-der-6-000er-marke
        ("über der 6.000er-Marke", "de", "über der Sechstausender-Marke"),
        # https://www.foxbusiness.com/markets/us-stocks-august-6-2020
        ("as Apple nears $2T market value", "en", "as Apple nears two trillion dollars market value"),
        # http://www.thehindu.com/business/Industry/after-onions-tomato-prices-soar/article5317582.ece?ref=relatedNews
        ("selling at Rs. 8.50 per kg and", "en", "selling at eight rupees and fifty paise per kilogram and"),
        # https://news.caloes.ca.gov/stay-informed-stay-prepared-sign-up-for-emergency-alerts
        ("Visit https://calalerts.org/signup.html to sign up", "en",
         "Visit calalerts dot org slash signup dot html to sign up"),
    ],
)  # fmt: skip
def test_the_part_these_rules_read(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("text your friends to 2000 people", "en", "text your friends to two thousand people"),  # no code
        ("May 6 to 22 people", "en", "May sixth to twenty-two people"),  # a count, not a day
        ("Hausnummer 110 und", "de", "Hausnummer hundertzehn und"),  # a house, not a call
        ("$20 T bills", "en", "twenty dollars T bills"),  # "T" apart from the amount
        ("the ₦2.50 levy", "en", "the two naira and fifty kobo levy"),  # "kobo" has no "-s" (was "kobos")
        ("zwischen 20-30 Prozent", "de", "zwischen zwanzig und dreißig Prozent"),
        ("entre 20-30 personas", "es", "entre veinte y treinta personas"),
        ("20-30 Prozent", "de", "zwanzig bis dreißig Prozent"),  # "bis" without "zwischen"
        ("Dipl.-Ing. Maier sagte", "de", "Diplomingenieur Maier sagte"),
        ("at www.bbc.co.uk/news/uk-politics-12345678 now", "en", "at B B C dot co dot U K now"),  # a slug
    ],
)
def test_what_the_rules_leave(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
