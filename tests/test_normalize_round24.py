"""Round 24 of issue 11: readings of real web copy (tests/data/normalize/web18/, development pairs of
telephone numbers, decimals, ranges and abbreviations in English, and German and French copy, written by an
annotator who did not read or run narrate, committed and scored before these rules: 62.5%).

A text message's short code after "texting ... to" and "text on"; an area code glued to its number
("352-7424830"); "and" for a range of times after "between"; a month-first numeric date with points where no
day-first date can be ("09.13.2024"); "24 X 7"; "pts"; "Co" before an Irish county; "$US"; the Australian,
New Zealand and Central European time zones; in German a date after a weekday's time of day ("Am
Sonntagmittag, 16. Dezember" dative), a date with no space after its point ("06.Oktober"), the first time of
a span that writes "Uhr" once, "ggfs."; in French "la guerre de 14-18" (as eSpeak NG alone said it), "80-ème"
(and num2words' "quatre-vingtsième"), a Quebec number, "$" after an amount, a spaced
decimal comma before "%". Each pair is the annotator's, from the page named beside it, compared as
eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://polizei-schweiz.ch/zrich-nach-unfall-geflchtet-zeugenaufruf
        ('Am Sonntagmittag, 16. Dezember 2007, verlor der', 'de',
         'Am Sonntagmittag, sechzehnten Dezember zweitausendsieben, verlor der'),
        # https://www.5min.at/wien/5202510071140/graffiti-einsatz-schreckschuss-stoppt-fluechtigen-tatverdaechtigen/
        ('Montagnacht, 06.Oktober um 02.35 Uhr:', 'de',
         'Montagnacht, sechster Oktober um zwei Uhr fünfunddreißig:'),
        # https://wp.komma-bickenbach.de/?p=2917
        ('sind die dann ggfs. noch notwendigen Anhebungen', 'de',
         'sind die dann gegebenenfalls noch notwendigen Anhebungen'),
        # https://www.polizeinews.ch/2009/01/01
        ('zwischen 19.30 und 07.00 Uhr zu insgesamt', 'de',
         'zwischen neunzehn Uhr dreißig und sieben Uhr zu insgesamt'),
        # https://businesstoday.in/markets/stocks/story/investor-wealth-rises-historic-march-23-crash-sensex-nifty-ase-291546-2021-03-23
        ('Sensex ends 280 pts higher, Nifty at 14,814;', 'en',
         'Sensex ends two hundred eighty points higher, Nifty at fourteen thousand eight hundred fourteen;'),
        # https://kclr96fm.com/motorists-who-used-the-m11-southbound-through-gorey-co-wexford-yesterday-evening-asked-to-contact-gardai/
        ('the M11 Southbound through Gorey, Co Wexford last evening', 'en',
         'the M eleven Southbound through Gorey, County Wexford last evening'),
        # https://www.dvidshub.net/image/8655917/us-army-corps-engineers-change-command
        ('UNITED STATES 09.13.2024 Photo by', 'en',
         'United States September thirteenth, twenty twenty-four Photo by'),
        # https://on-walkabout.net/2009/06/01/aussie-dollars-soars-to-over-80-us-cents/
        ('was trading at $US0.8086, up 1.6 US cents', 'en',
         'was trading at zero point eight zero eight six U S dollars, up one point six U S cents'),
        # https://kvia.com/news/2025/07/22/police-searching-for-persons-of-interest-after-dozens-of-cars-damaged
        ('cars between 3:30-5:55 a.m. on July 13.', 'en',
         'cars between three thirty and five fifty-five a m on July thirteenth.'),
        # https://dpjju.in/helplines.html
        ('functions on 24 X 7 basis to', 'en',
         'functions on twenty-four by seven basis to'),
        # https://www.dailycommercial.com/news/20200330/lake-county-opens-citizen-information-hotline-for-residents
        ('Heath hotline at 352-7424830. The', 'en',
         'Heath hotline at three five two, seven four two, four eight three oh. The'),
        # https://familyandcaregivertoolkit.org/988-crisis-lifeline
        ('Line by texting MHA to 741741.', 'en',
         'Line by texting M H A to seven four one, seven four one.'),
        # https://www.gazette-news.co.uk/news/19400237.train-crime-contact-british-transport-police/?ref=rss
        ('can text on 61016 to tell BTP', 'en',
         'can text on six one oh one six to tell B T P'),
        # https://spvm.qc.ca/fr/Communiques/Details/15930
        ('Info-Crime Montréal au 514 393-1133 ou via', 'fr',
         'Info-Crime Montréal au cinq un quatre, trois neuf trois, onze trente-trois ou via'),
        # https://www.levif.be/sport/autres-sports/jupiler-pro-league-15e-journee-le-standard-champion-dautomne-anderlecht-revient-4e
        ('Le Standard (34 pts) avait en effet', 'fr',
         'Le Standard (trente-quatre points) avait en effet'),
        # https://www.vrt.be/vrtnws/fr/2013/02/04/un_clasico_virilsesoldeparunpartage-1-1540910/
        ('de Biglia (80-ème, double avertissement), les', 'fr',
         'de Biglia (quatre-vingtième, double avertissement), les'),
        # https://spvm.qc.ca/fr/Communiques/Details/15930
        ('méfait (de 5000 $ et moins).', 'fr',
         'méfait (de cinq mille dollars et moins).'),
        # https://www.midilibre.fr/2023/12/27/budget-primitif-discute-au-conseil-municipal-11664844.php
        ('secondaires : 15, 64 %.', 'fr',
         'secondaires : quinze virgule soixante-quatre pour cent.'),
        # https://coaraze.fr/category/actualites/page/46
        ('pendant la guerre de 14-18, pour militer', 'fr',
         'pendant la guerre de quatorze-dix-huit, pour militer'),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("text on 2000 people", "en", "text on two thousand people"),  # a count, not a code
        ("from 100-1000000 people", "en", "from one hundred to one million people"),  # a range
        ("open 9-5 p.m.", "en", "open nine to five p m."),  # "to" without "between"
        ("on 15.01.2020 and", "en", "on the fifteenth of January, twenty twenty and"),  # day first still
        ("in 1066 the", "en", "in ten sixty-six the"),  # a year: no time zone after it
        ("won by 3 pts.", "en", "won by three points."),  # the sentence keeps its point
        ("Smith Co Limited", "en", "Smith Co Limited"),  # no Irish county after it
        ("Donnerstag, 8. Mai", "de", "Donnerstag, achter Mai"),  # no preposition: nominative
        ("zwischen 5 und 7 Uhr", "de", "zwischen fünf und sieben Uhr"),
        ("de 14-18 ans", "fr", "de quatorze à dix-huit ans"),  # no war: a range
        ("les 120 000-2000 personnes", "fr", "les cent vingt mille-deux mille personnes"),  # no phone
        ("le 200e anniversaire", "fr", "le deux centième anniversaire"),  # num2words: "deux centsième"
    ],
)
def test_what_the_rules_leave(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
