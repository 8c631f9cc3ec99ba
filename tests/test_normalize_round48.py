"""Round 48 of issue 11: readings of real web copy (tests/data/normalize/web42/, development pairs from 51
pages on 51 sites: British, Irish, Canadian, Australian and Indian regional news, Belgian, Swiss, Canadian and
French copy, Latin American and Spanish copy; written by an annotator who did not read or run narrate and
committed before these rules; first score 74.1%), and what the round's rules leave alone.

A whole amount after the peso's sign in Spanish copy; a temperature with a plus sign; kilobytes; a number to
call after "contacting"; a cricket score, runs for wickets. Each pair is the annotator's, from the page named
beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://m.elcolombiano.com/antioquia/capturado-policia-con-millones-de-pesos-en-efectivo-en-una-mochila-en-antioquia-CJ28563515
        ("le encontraron $253 millones en efectivo,", "es",
         "le encontraron doscientos cincuenta y tres millones de pesos en efectivo,"),
        # https://urgente24.com/dinero/bajo-el-dolar-el-petroleo-pero-la-nafta-no-subir-segundo-aumento-el-mes-n613688
        ("cerca de los $25 por litro de nafta.", "es", "cerca de los veinticinco pesos por litro de nafta."),
        # https://www.stephenblais.ca/winter-weather-advisory-monday-january-7-2019/
        ("evening -10C rising to +1C by", "en",
         "evening minus ten degrees Celsius rising to plus one degree Celsius by"),
        # http://www.southampton.gov.uk/modernGov/ieListDocuments.aspx?CId=122&MID=8323
        ("pdf icon PDF 677 KB To consider", "en",
         "pdf icon P D F six hundred seventy-seven kilobytes To consider"),
        # https://helensburghadvertiser.co.uk/news/24666721.helensburgh-police-warn-new-fraud-scam-fake-officers
        ('number and contacting 101." They also', "en", 'number and contacting one oh one." They also'),
        # https://sports365news.com/ranji-trophy-highlights-rana-completes-fifer-shardul-lifts-mumbai-to-450
        ("their innings at 536/8. Tanay Thyagarajan", "en",
         "their innings at five hundred thirty-six for eight. Tanay Thyagarajan"),
        # https://thesportsrush.com/cricket-news-highest-score-in-ranji-trophy-innings-full-list-of-highest-innings-scores-in-ranji-trophy/
        ("innings total (944/6d) in India’s premier", "en",
         "innings total (nine hundred forty-four for six declared) in India’s premier"),
        # https://glamourtips.com.au/blog-page/page/28/
        ("worth about 50/1. This is", "en", "worth about fifty to one. This is"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # an identifier after its word keeps its letter; a number after "contact" before a noun is a count
        ("Gate +5C", "en", "Gate plus five C"),
        ("contact 100 people", "en", "contact one hundred people"),
        # slashes that are no cricket score: a date, round the clock, a fraction
        ("the 9/11 attacks", "en", "the nine eleven attacks"),
        ("open 24/7", "en", "open twenty-four seven"),
        ("a 3/4 share", "en", "a three quarters share"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
