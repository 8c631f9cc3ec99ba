"""Round 71 of issue 11: rules from the misses of web64 to web69 (1,250 development pairs).

A German span of clock times that writes "Uhr" once, after the second time, says a full first hour without its
"Uhr", as the page writes it ("von 10.00 bis 17.00 Uhr" "von zehn bis siebzehn Uhr"); a first time with
minutes keeps its "Uhr" ("neunzehn Uhr dreißig bis zwanzig Uhr"), and a span that writes "Uhr" twice keeps
both. A dash with no space around it ("08.00-09.00 Uhr") is a span too.

A Spanish Roman numeral between an article and a noun is an ordinal agreeing with the article, now up to XXXIX
and before a small-letter noun too ("la XV edición" "la decimoquinta edición"), and a compound ordinal agrees
in both its words ("la vigésima primera Marcha"). A king's or a pope's name in capitals before a numeral of
two letters or more is regnal as it is in small letters ("HENRY VIII" "HENRY the Eighth"). A number with a
decimal glued to a unit that is otherwise only read spaced from its number ("mi", "ha", "min", "t") is a
measure ("13.3mi", "22.76ha"); "5yd" without a decimal is still likelier a code. German "§" before a number is
written out "Paragraf": eSpeak NG says nothing for it after a bracket or glued to its number ("(§ 52 Abs. 1").
Spanish "1" after "el", "del" or "al" and before a word in "-a" is the number itself, a verb after it ("el 1
representa"), left to eSpeak NG ("uno"), not made to agree ("una"). Spanish "º" without a point after a number
above one is a degree sign, not an ordinal, after the plural article "los" ("no superaría los 28º") or with a
temperature's words before it or "de máxima" after it ("una máxima de 35º", "31º de máxima"); a rank in
brackets stays an ordinal ("(10º)" "décimo"). A statute's or a document's section after "Section", "Sec." or
"§" with a point in its number is a name, not a quantity: its whole part said as a code ("forty-five oh four",
"two twenty") and its part after the point digit by digit with "oh" ("Section 775.082" "seven seventy-five
point oh eight two"). Two grammatical corrections: Spanish "1 millón" is "un millón" (it had been "uno
millón", as eSpeak NG also says); an amount followed by a comparative and "than" is not an adjective, so its
unit stays plural ("1.1° C cooler than" "one point one degrees Celsius"). Superscript letters (Unicode's
modifier letters) are folded to plain letters before the rules (NFKC on those characters only, as issue 11
asks for compatibility characters): an ordinal's ending "1ᵉʳ", "2ⁿᵈ", "1ˢᵗ" is then read as the ordinal;
superscript digits stay ("m²"). A page's reading time "2 min read" is "two minute read" (the unit an adjective
before the noun "read"). A US state's postal code after a place and a comma is the state also where the text
goes on with a small-letter word or a bracket ("of Herminate, TN took", "Des Moines, IA (Wellmark") and where
the place starts the text ("Minneapolis, MN,"). A French Roman ordinal of two letters or more ("IIIe", "VIe")
is an ordinal before a stop or a comma too (a Paris arrondissement after an address: "rue de Turenne, IIIe."
"troisième"); a single letter ("Ve") still only before a word. An English race time with decimals under ten
minutes is said as the sport says it, "1:43.01" "one forty-three point zero one", "1:02.59" "one oh two point
five nine"; from ten minutes with its units, "13:34.25" "thirteen minutes thirty-four point two five seconds"
(it had been "one minute forty-three point zero one"; first measured in round 71 at blind +1 -1 and held back,
kept in round 76 when the new blind set unseen107 took it to +5 -1). French sprint times written with the
seconds' double prime, "20''94", "21″04", are seconds then hundredths ("vingt secondes quatre-vingt-
quatorze"); held back in rounds 72 to 76 at blind +0, kept in round 77 at +3 -0 (unseen108, a blind set whose
themes were chosen to hold such forms). A weight in stones and pounds, "9st 0lb", "8st 9lb", is "nine stone
zero pounds" (it had been "ninth zero pounds"); "the 1st 5lb" stays the first; held back at blind +0, kept in
round 77 at +3 -0 (unseen109, a blind set whose themes were chosen to hold such forms). Each real-copy pair is
from the development page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # web64: https://www.museum-sagar.de/oeffnungszeiten/
        ("gesetzliche Feiertage: 14:00 bis 18:00 Uhr", "de",
         "gesetzliche Feiertage: vierzehn bis achtzehn Uhr"),
        # web64: https://www.rbbtext.de/130
        ("von 10.00 bis 17.00 Uhr.", "de", "von zehn bis siebzehn Uhr."),
        # web64: http://www.glasmuseum-weisswasser.de/oeffnung.htm
        ("Dienstag bis Freitag | 09:00 bis 16:00 Uhr |", "de",
         "Dienstag bis Freitag | neun bis sechzehn Uhr |"),
        # web43: http://www.altenburg.gv.at/Gemeindenachrichten_April_2004
        ("Montag von 08.00-09.00 Uhr", "de", "Montag von acht bis neun Uhr"),
        # web65: https://pequenasdos.com/animate-el-proximo-sabado-16-de-septiembre-a-participar-en-la-xv-fiesta-de-la-vendimia-de-la-pequena-do-segoviana-valtiendas
        ("la XV edición de la Fiesta", "es", "la decimoquinta edición de la Fiesta"),
        # web19: https://v4.barbastro.org/actualidad/actualidad-todas?start=1692
        ("luna llena, la XXI Marcha nocturna al", "es",
         "luna llena, la vigésima primera Marcha nocturna al"),
        # web65: http://www.stuff.co.nz/travel/international/2176009/Henry-VIIIs-500th-anniversary
        ("HENRY VIII: With the 500th anniversary", "en",
         "HENRY THE EIGHTH: With the five hundredth anniversary"),
        # web24: https://referaty.centrum.sk/cudzie-jazyky/anglictina/1095/?print=1
        ("Popes POPE PIUS XII Eugenio Maria Giuseppe", "en",
         "Popes POPE PIUS the Twelfth Eugenio Maria Giuseppe"),
        # web65: https://tdcdemocracy.tendringdc.gov.uk/mgAi.aspx?ID=2214
        ("garages on 22.76ha with two vehicular", "en",
         "garages on twenty-two point seven six hectares with two vehicular"),
        # web65: https://bbs.clutchfans.net/threads/chevron-houston-marathon-aramco-half-marathon.261519/page-2
        ("overall 90.33 for 13.3mi on the GPS.", "en",
         "overall ninety point three three for thirteen point three miles on the G P S."),
        # web62: https://dkfb.co.uk/2023/07/29/single-return-price-increase-1st-august-2023/
        ("(Over 7.5t)", "en", "(Over seven point five tonnes)"),
        # web64: https://wahlen.sachsen.de/buergermeisterwahlen-2019-wahlstatistik.html
        ("(§ 52 Abs. 1 der Kommunalwahlordnung)", "de",
         "(Paragraf zweiundfünfzig Absatz eins der Kommunalwahlordnung)"),
        # web64: http://clubdereposteria.com/pautas-para-hornear-temperaturas-del-horno/
        ("es de 1 a 5, el 1 representa Muy Bajo,", "es", "es de uno a cinco, el uno representa Muy Bajo,"),
        # web66: https://www.lacapital.com.ar/la-ciudad/el-tiempo-rosario-alerta-amarillo-la-madrugada-y-nublado-la-tarde-n10243499.html
        ("que no superaría los 28º.", "es", "que no superaría los veintiocho grados."),
        ("cielo despejado y 31º de máxima,", "es", "cielo despejado y treinta y un grados de máxima,"),
        ("una máxima de 35º y una mínima de 20º.", "es",
         "una máxima de treinta y cinco grados y una mínima de veinte grados."),
        # web48: https://www.palmyratownship.com/meeting-minutes/may-23-2017-public-hearing-license-tax-levy-cont/
        ("Code Section 4504.18 for the purpose", "en",
         "Code Section forty-five oh four point one eight for the purpose"),
        # web9: http://fl.findacase.com/research/wfrmDocViewer.aspx/xq/fac.20170505_0005648.FL.htm/qx
        ("Pursuant to section 775.082(10), Florida Statutes, the", "en",
         "Pursuant to section seven seventy-five point oh eight two (ten), Florida Statutes, the"),
        # web3: https://hudson.legistar.com/LegislationDetail.aspx?GUID=F55692ED-A178-49BF-92B7-2F156FB7091E&ID=2706907
        ("with Codified Ordinances Section 220.03, RULES, the", "en",
         "with Codified Ordinances Section two twenty point oh three, RULES, the"),
        # web68: https://pasaporteinformativo.mx/2022/08/14/mas-de-2-millones-de-turistas-viajaran-por-mexico-durante-el-fin-de-semana-de-el-grito
        ("la llegada de 1 millón 12 mil turistas a hotel.", "es",
         "la llegada de un millón doce mil turistas a hotel."),
        # web11: http://truganinaweather.com/news/news-digest.htm
        ("was 13.7° C. This is 1.1° C cooler than", "en",
         "was thirteen point seven degrees Celsius. This is one point one degrees Celsius cooler than"),
        # web68: https://www.kelwatt.fr/prix/augmentation-electricite
        ("du 1ᵉʳ août 2021 au 21 juillet 2025.", "fr",
         "du premier août deux mille vingt et un au vingt et un juillet deux mille vingt-cinq."),
        # web68: https://utilitypilot.co.uk/blog/what-is-unit-rate-electricity-bill
        ("9 min read Illustrative diagram", "en", "nine minute read Illustrative diagram"),
        # web51: https://rdavies20lfc.wixsite.com/startplayingdarts/single-post/2017/04/09/checkouts-using-321-darts
        ("Apr 9, 2017 - 2 min read", "en", "April ninth, twenty seventeen - two minute read"),
        # web64: https://swimswam.com/15-year-old-olivia-swalley-drops-215-200-breast-at-des-moines-sectionals/
        ("Des Moines, IA (Wellmark YMCA)", "en", "Des Moines, Iowa (Wellmark Y M C A)"),
        # web66: https://www.fox29.com/sports/gore-tex-philadelphia-marathon-and-half-marathon-results
        ("of Herminate, TN took home first", "en", "of Herminate, Tennessee took home first"),
        # web9: https://www.legacy.com/obituaries/progress-index/obituary.aspx?n=john-t-smith&pid=196993631&fhid=15194
        ("Mr. John T. Smith, III of Petersburg, VA departed", "en",
         "Mister John T. Smith, the Third of Petersburg, Virginia departed"),
        # web69: http://filotimia.blogspot.com/2011/11/15-bistrots.html
        ("Café des Musées 49, rue de Turenne, IIIe.", "fr",
         "Café des Musées quarante-neuf, rue de Turenne, troisième."),
        ("Relais 9, carrefour de l'Odéon, VIe.", "fr", "Relais neuf, carrefour de l'Odéon, sixième."),
        # web64: https://wcfcourier.com/sports/high-school/swimming/state-swimming-waterloos-caughron-cedar-falls-frericks-clock-top-three-finishes/article_84587c87-3b91-55cc-9977-b09cf8600231.html
        ("school-record time of 1:43.01 that was good for 19th.", "en",
         "school-record time of one forty-three point zero one that was good for nineteenth."),
        # web53: https://michezotv.com/omanyala-retains-mens-100m-title-at-national-athletics-championships/?noamp=mobile
        ("with a time of 13:34.25.", "en",
         "with a time of thirteen minutes thirty-four point two five seconds."),
        # web8: https://hpshplaidline.org/2018/05/02/track-and-field-2/
        ("4x100m Relay HP-(G) 1:02.59 (B) 51.44", "en",
         "four by one hundred meter Relay H P-(G) one oh two point five nine (B) fifty-one point four four"),
        # web66: http://www.latribunedesantilles.net/article/championnats-de-france-de-natation
        ("record d'Eamon Sullivan (21''28).", "fr",
         "record d'Eamon Sullivan (vingt et une secondes vingt-huit)."),
        # web70: https://www.staging.libe.io/sports/jeux-olympiques/jo-de-tokyo-en-natation-lhypersprint-du-50-metres-20210730_SGFB7H65HVEMLEFSHAD7J67QSA
        ("en 21″04 aux Mondiaux 2019 à Gwangju,", "fr",
         "en vingt et une secondes zéro quatre aux Mondiaux deux mille dix-neuf à Gwangju,"),
        # web67: https://racingquestions.co.uk/which-were-the-longest-priced-winners-of-the-kentucky-derby
        ("carry 126lb, or 9st 0lb, and fillies", "en",
         "carry one hundred twenty-six pounds, or nine stone zero pounds, and fillies"),
    ],
)  # fmt: skip
def test_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("von 08.00-09.00 Uhr", "de", "von acht bis neun Uhr"),
        ("zwischen 19.00 und 07.00 Uhr", "de", "zwischen neunzehn und sieben Uhr"),
        ("von 10.00 bis 17.30 Uhr", "de", "von zehn bis siebzehn Uhr dreißig"),
        # what it leaves: a first time with minutes, and a span that writes "Uhr" twice
        ("19.30 - 20.00 Uhr", "de", "neunzehn Uhr dreißig bis zwanzig Uhr"),
        ("19:00 Uhr bis 20:52 Uhr", "de", "neunzehn Uhr bis zwanzig Uhr zweiundfünfzig"),
        ("la IV edición", "es", "la cuarta edición"),
        ("el XXI Congreso", "es", "el vigésimo primer Congreso"),
        ("las XII Jornadas", "es", "las duodécimas Jornadas"),
        # what it leaves: a numeral before a preposition, a century
        ("el X para todos", "es", "el X para todos"),
        ("del siglo XV", "es", "del siglo quince"),
        ("ELIZABETH II DIES", "en", "ELIZABETH the second DIES"),
        ("KING GEORGE III", "en", "KING GEORGE the third"),
        # what it leaves: a single letter after a name in capitals may be an initial; an activist's name
        ("JOHN V SMITH", "en", "JOHN V SMITH"),
        ("MALCOLM X", "en", "MALCOLM X"),
        ("89.15min", "en", "eighty-nine point one five minutes"),
        ("5yd", "en", "5yd"),
        ("(§52 BGB)", "de", "(Paragraf zweiundfünfzig BGB)"),
        ("§§ 133 Abs. 1", "de", "Paragrafen hundertdreiunddreißig Absatz eins"),
        ("el 1 representa", "es", "el uno representa"),
        ("1 cucharadita", "es", "una cucharadita"),
        ("el Celta (10º) empató", "es", "el Celta (décimo) empató"),
        ("quedó 3º en la temperatura", "es", "quedó tercero en la temperatura"),
        ("Section 6.8 of the Code", "en", "Section six point eight of the Code"),
        ("1 millón de euros", "es", "un millón de euros"),
        ("the 1ˢᵗ place", "en", "the first place"),
        ("it took 5 minutes reading", "en", "it took five minutes reading"),
        ("Minneapolis, MN, and", "en", "Minneapolis, Minnesota, and"),
        ("Katie Allen, MD, PhD", "en", "Katie Allen, M D, PhD"),
        ("le XIXe siècle", "fr", "le dix-neuvième siècle"),
        ("le Ve, ", "fr", "le Ve,"),
        ("en 9''58", "fr", "en neuf secondes cinquante-huit"),
        ("weighs 11st 4lb", "en", "weighs eleven stone four pounds"),
        ("the 1st 5 lbs", "en", "the first five pounds"),
        ("un écran 15''", "fr", "un écran quinze''"),
        ("on the 2ⁿᵈ of May", "en", "on the second of May"),
        ("10 m² flat", "en", "ten square meters flat"),
        ("a 5 km run", "en", "a five kilometer run"),
        (
            "Government Code Section 54956.9",
            "en",
            "Government Code Section five four nine five six point nine",
        ),
    ],
)
def test_what_the_rules_say(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
