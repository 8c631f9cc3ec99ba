"""Round 44 of issue 11: readings of real web copy (tests/data/normalize/web38/, development pairs from 55
pages on 55 sites: English obituaries, farm markets, courts, elections and consumer news, French and German
regional news; written by an annotator who did not read or run narrate and committed before these rules; first
score 87.9%; and the misses of the older development sets), and what the round's rules leave alone.

German dates after a holiday's weekday or an early morning one, and after an adjective ("am heutigen Dienstag
(5. Juli)"); a 24-hour time before "hours" ("at approximately 2015 hours"); the cent sign after its number; an
ISO date and time stamp in German, French and Spanish copy; a German file's or plot's number with a slash,
"Strich". Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://bnn.de/kraichgau/bruchsal/oestringen/verantwortlich-sind-die-vereine-im-wechsel
        ("am Pfingstmontag, 29. Mai, von 14 bis 17.30 Uhr.", "de",
         "am Pfingstmontag, neunundzwanzigsten Mai, von vierzehn bis siebzehn Uhr dreißig."),
        # https://www.sueddeutsche.de/muenchen/landkreismuenchen/neubiberg-zwei-wochen-keine-s-bahn-1.3610778
        ("Von Samstagfrüh, 5. August, 4 Uhr bis", "de", "Von Samstagfrüh, fünften August, vier Uhr bis"),
        # http://forms.smartvoter.org/2014/11/04/ca/si_measures.html
        ("imposing a 1¢ per ounce general tax", "en", "imposing a one cent per ounce general tax"),
        # https://ronrosstoday.com/awesome-crap/
        ("table for only 10¢ each”), and fiddling", "en", "table for only ten cents each”), and fiddling"),
        # https://de.openlegaldata.io/case/lg-magdeburg-2017-08-09-26-ns-317-26-ns-45
        ("Landgericht Magdeburg - 26 Ns 3/17,", "de",
         "Landgericht Magdeburg - sechsundzwanzig N s drei Strich siebzehn,"),
        # https://www.amt-schlei-ostsee.de/sitzungstermine/sitzungstermine/04/001/n-380.htm
        ("Beschlussvorlage - 38/2014", "de", "Beschlussvorlage - achtunddreißig Strich zweitausendvierzehn"),
        # https://verkehrslexikon.de/Texte/Rspr2817.php
        ("Beschluss vom 14.10.2009 - 1 Ss 310/09 - Kein", "de",
         "Beschluss vom vierzehnten Oktober zweitausendneun - eins S s dreihundertzehn Strich null neun "
         "- Kein"),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the case an adjective between the preposition and the weekday keeps
        ("am heutigen Dienstag (5. Juli)", "de", "am heutigen Dienstag (fünften Juli)"),
        # a weekday alone heads a date in the nominative
        ("Donnerstag, 22. Oktober, in Altheim", "de", "Donnerstag, zweiundzwanzigster Oktober, in Altheim"),
        # a time before "hours" after a word that places it; durations stay numbers
        ("at approximately 2015 hours, Ptl.", "en", "at approximately twenty fifteen hours, Ptl."),
        ("Time: 1020 hours", "en", "Time: ten twenty hours"),
        ("at 0800 hours", "en", "at oh eight hundred hours"),
        ("after 20 hours", "en", "after twenty hours"),
        ("99¢", "en", "ninety-nine cents"),
        # ISO dates and stamps, said by each language's own date and clock rules
        ("2022-06-21 17:00:00 – 2022-06-23", "fr",
         "vingt et un juin deux mille vingt-deux, dix-sept heures – vingt-trois juin deux mille vingt-deux"),
        ("am 2022-06-21 um", "de", "am einundzwanzigsten Juni zweitausendzweiundzwanzig um"),
        ("el 2022-06-21 a las", "es", "el veintiuno de junio de dos mil veintidós a las"),
        # a slash in German: a telephone number, a fraction, a season and "24/7" keep their rules
        ("Flst.Nrn. 686/1 und", "de", "Flst.Nrn. sechshundertsechsundachtzig Strich eins und"),
        ("Telefon 08171/93 51 20", "de",
         "Telefon null acht eins sieben eins, dreiundneunzig einundfünfzig zwanzig"),
        ("etwa 2/3 der", "de", "etwa zwei Drittel der"),
        ("die Saison 2020/21 war", "de", "die Saison zweitausendzwanzig einundzwanzig war"),
        ("das Camp 24/7 am", "de", "das Camp vierundzwanzig sieben am"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
