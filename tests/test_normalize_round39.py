"""Round 39 of issue 11: readings of real web copy (tests/data/normalize/web33/, development pairs from 46
pages on 46 sites, weighted to English dates, times, ranges and years, and German, French and Spanish news;
written by an annotator who did not read or run narrate and committed before these rules; first score 83.8%),
and what the round's rules leave alone.

A month's AP abbreviation with its period and no day ("Sept. TBA"); a time stamp's zero seconds before
a.m./p.m. ("03:15:00 PM"); a span from a clock time to noon or midnight with a dash; in German a final score
before the half-time score in brackets ("22:25 (9:12)"), a match's minute with no article ("(17. Minute)"),
a club's "1. FC", a town and its river after a slash ("Frankfurt/Main"); in French a written ordinal in a
line set in capitals ("12E JOURNÉE"). Each pair is the annotator's, from the page named beside it, compared
as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://phillipsfreelibrary.org/Pages/Index/226015/calendar-of-meetings
        ("Sept. TBA Oct. 17th at 7 pm (please", "en",
         "September T B A October seventeenth at seven p m (please"),
        # http://bluedudesportstalk.blogspot.com/2012/06/team-usa-track-and-field-london.html
        ("Jun 25, 2012 6/25/2012 03:15:00 PM The Late", "en",
         "June twenty-fifth, twenty twelve June twenty-fifth, twenty twelve three fifteen p m The Late"),
        # https://newsonmedia.com/texas-sized-non-conference-showdowns-no-6-lsu-at-no-9-texas-and-no-1-clemson-hosting-no-12-texas-am-on-abc-highlight-early-season-impact-week-across-espns-networks
        ("The Home Depot (9 a.m. – noon) will begin the", "en",
         "The Home Depot (nine a m to noon) will begin the"),
        # https://sechzger.de/sonntagsspiele-der-dritten-liga-saarbruecken-bleibt-oben-dran/
        ("VfB Oldenburg – 1. FC Saarbrücken 0:1 (0:0)", "de",
         "V f B Oldenburg – Erster F C Saarbrücken null zu eins (null zu null)"),
        ("erstmals (17. Minute). In der 29. Minute musste", "de",
         "erstmals (siebzehnte Minute). In der neunundzwanzigsten Minute musste"),
        # https://sg-regensburg.de/handball-bundesliga-kompakt-leipzig-verliert-gegen-goeppingen-hannover-mit-unentschieden-gegen-bhc/
        ("eine überraschende 22:25 (9:12)-Heimniederlage gegen Frisch", "de",
         "eine überraschende zweiundzwanzig zu fünfundzwanzig (neun-zu-zwölf)-Heimniederlage gegen Frisch"),
        # https://handballwoche.de/flensburg-klettert-auf-platz-zwei-hannover-nur-remis
        ("Frankfurt/Main (dpa) – Der deutsche", "de", "Frankfurt am Main (d p a) – Der deutsche"),
        # http://www.madeinfoot.com/infos/article-l2-les-resultats-de-la-soiree--12e-journee--329012.html
        ("DE LA 12E JOURNÉE DE LIGUE 2 Samedi 28 novembre", "fr",
         "DE LA DOUZIÈME JOURNÉE DE LIGUE DEUX Samedi vingt-huit novembre"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("Aug. and Sept. figures", "en", "August and September figures"),
        ("in Sept. The board met", "en", "in September. The board met"),  # a sentence may end there
        ("10 p.m. - midnight", "en", "ten p m to midnight"),
        ("ab 18:30 (18:00 Einlass)", "de", "ab achtzehn Uhr dreißig (achtzehn Uhr Einlass)"),  # clock times
        ("Sieg 2:1 (1:0) gegen", "de", "Sieg zwei zu eins (eins zu null) gegen"),
        ("beim 1. FC Köln", "de", "beim ersten FC Köln"),
        ("im Rhein/Main-Gebiet", "de", "im Rhein/Main-Gebiet"),  # two rivers: no town
        ("Halle/Saale", "de", "Halle an der Saale"),
        ("LE 1ER MAI", "fr", "LE PREMIER MAI"),
        ("la 3E étape", "fr", "la 3E étape"),  # not a line in capitals
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
