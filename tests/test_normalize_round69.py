"""Round 69 of issue 11: a lone zero after the point.

A decimal whose only decimal is a zero ("15.0 feet", "6.0 innings", "a GPA of 4.0") is said "point zero",
as eSpeak NG itself says it; "point oh" is kept for a version's number, after a name ("Android 8.0", "CC
BY-SA 4.0", "Web 2.0"), after "version", "v", "release", "edition", "rev", "firmware" or "update", and for a
size joined to its unit by a hyphen ("a 2.0-liter engine"). It had been "oh" everywhere. On the pairs this
was scored on, "point zero" stood beside the spoken sides' "point oh" about two to one. Each real-copy pair is
from the development page named beside it, compared as eSpeak NG says it.

Then, from web63 (196 development pairs from 56 pages, first score 82.1%): two days' short names joined by a
word as by a dash ("Mon to Wed", "Sat & Sun", German "Mo bis Fr", "Sa und So"); a station's frequency from 100
MHz up before "FM", digit by digit ("102.1 FM" "one oh two point one"); kilolitres ("6 kl"); German "Std."
after "pro", "je" or a slash, one hour ("28,00 € / Std." "Euro pro Stunde"); French prices per unit with the
euro sign ("95 €/m3" "euros le mètre cube"), as Spanish had; official texts' percent "p. 100" (French) and
"por 100" (Spanish) before a stop or "de"; Spanish "Ntra.", "Ntro."; more ISO currency codes before an amount
("UGX 500"; not "RON" or "COP") and "KShs" without its point.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # web36: https://govonestop.com/alert/flood-warning-09192024-0059-north-carolina-areas
        ("At 18.0 feet, Moderate flooding begins.", "At eighteen point zero feet, Moderate flooding begins."),
        # web39: http://meacsports.com/news/2021/3/6/meac-baseball-recap-march-6.aspx
        ("while striking out six in 6.0 innings.", "while striking out six in six point zero innings."),
        # web41: https://bulletins.iu.edu/iupui/2012-2014/schools/univ-college/policies/deans.shtml
        ("GPA from 3.7 to 4.0 receive", "G P A from three point seven to four point zero receive"),
        # web: https://www.engadget.com/2018/02/26/sony-xperia-xz2-xz2-compact-hands-on/
        ("The XZ2 also runs Android 8.0 Oreo,", "The X Z two also runs Android eight point oh Oreo,"),
        # web12: https://autonxt.net/the-taming-of-the-turbo/?section=1
        ("from a 147-horsepower 2.0-liter naturally-aspirated four",
         "from a one hundred forty-seven-horsepower two point oh-liter naturally-aspirated four"),
    ],
)  # fmt: skip
def test_real_copy(text: str, spoken: str) -> None:
    assert heard_as(text, spoken, "en")


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://forums.mediaspy.org/t/radio-routine/3359
        ("Mon to Wed just normal", "en", "Monday to Wednesday just normal"),
        # https://www.wmuk.org/post/offering-more-morning-drive
        ("stay tuned to 102.1 FM.", "en", "stay tuned to one oh two point one F M."),
        # https://taxi-times.com/tariferhoehung-in-der-silvesternacht
        ("(Mo bis Fr von 6 bis 22 Uhr", "de", "(Montag bis Freitag von sechs bis zweiundzwanzig Uhr"),
        # http://www.taxi-weilderstadt.de/tarife/
        ("Zeittarif: 28,00 € / Std.", "de", "Zeittarif: achtundzwanzig Euro pro Stunde"),
        # https://alhaurinsocial.blogspot.com/2012/08/fiestas-en-zapata.html
        ("Ntra. Señora de la Asunción,", "es", "Nuestra Señora de la Asunción,"),
        # https://transporte3.com/noticia/3306-los-peajes-seran-mas-baratos-en-2010
        ("del 2,39 por 100.", "es", "del dos coma treinta y nueve por ciento."),
        # https://legal.tricoteuses.fr/articles/JORFARTI000001342092
        ("majoré de 3,1 p. 100 pour l'année 1996.", "fr",
         "majoré de trois virgule un pour cent pour l'année mille neuf cent quatre-vingt-seize."),
        # https://zimmersa.com/blog-forestier/cours-des-bois-le-chene-plus-que-jamais-n51
        ("à partir de 95 €/m3 sur pied.", "fr",
         "à partir de quatre-vingt-quinze euros le mètre cube sur pied."),
    ],
)  # fmt: skip
def test_real_copy_web63(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Web 2.0 and version 3.0, v2.0 and release 1.0",
         "Web two point oh and version three point oh, version two point oh and release one point oh"),
        # a capital that starts a sentence names nothing
        ("At 18.0 feet. The 4.0 mark", "At eighteen point zero feet. The four point zero mark"),
        # "1.07", "10.00": not a lone zero
        ("1.07 and 10.00", "one point zero seven and ten"),
        ("open Sat & Sun. Closed Mon.-Fri. We", "open Saturday and Sunday. Closed Monday to Friday. We"),
        # one short name alone is left (a word, a name)
        ("The Sun and the Wed", "The Sun and the Wed"),
        ("on 94.5 FM and 102.1 fm", "on ninety-four point five F M and one oh two point one fm"),
        ("the first 6 kl", "the first six kiloliters"),
        ("between UGX 500 and KShs 7,000; RON 95 fuel at COP 26",
         "between five hundred Ugandan shillings and seven thousand Kenyan shillings;"
         " R O N ninety-five fuel at C O P twenty-six"),
    ],
)  # fmt: skip
def test_what_the_rule_says(text: str, said: str) -> None:
    assert normalize(text, "en") == said


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("Sa und So, Mo.-Fr.", "de", "Samstag und Sonntag, Montag bis Freitag"),
        ("10 km/Std. mehr; 3 Std. lang", "de", "zehn Kilometer pro Stunde mehr; drei Stunden lang"),
        ("un 5 por 100 de los votos; 5 por 100 euros", "es",
         "un cinco por ciento de los votos; cinco por cien euros"),
        ("palette : 50 €/m3", "fr", "palette: cinquante euros le mètre cube"),
    ],
)  # fmt: skip
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
