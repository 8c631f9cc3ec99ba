"""Round 25 of issue 11: readings of real web copy (tests/data/normalize/web19/, development pairs of
addresses, abbreviations, codes, fractions and web addresses in English, and Spanish copy, written by an
annotator who did not read or run narrate, committed and scored before these rules: 64.1%).

"Atty. Gen.", "Asst.", "Supt.", "Esq.", "aka", "ppd."; the US Army's ranks in capitals before a name ("COL
Randall Cudworth"); a dotted direction before a street ("N.W."); a floor after its ordinal ("7th Fl.");
a round thousand as a house number ("33000 Civic Center Drive", as eSpeak NG alone said it); the fraction
slash ("1⁄4"); "#" and "No." before a code ("#R96-006", "No. A113633"); "NO." in capitals; in Spanish "Dª",
"Mª" and council lists in capitals, a day's leading zero after its month ("marzo 07"), "y/o", "núm.",
"u$s", nine digits run together as a telephone number, and "ºC" said "grados" (most annotators' reading).
Each pair is the annotator's, from the page named beside it, compared as eSpeak NG says it.
"""

from __future__ import annotations

import pytest

from narrate.script.normalize import normalize
from tests.spoken import heard_as


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # https://print.casetext.com/case/state-v-barnes-229
        ('Babbitt, Atty. Gen. by Cleon M. Duke, Asst. Atty. Gen.,', 'en',
         'Babbitt, Attorney General by Cleon M. Duke, Assistant Attorney General,'),
        # https://ncrecords.nationalcityca.gov/WebLink/DocView.aspx?dbid=0&id=104834&repo=NATIONALCITY
        ('C. M. BICHENLLAUB, Supt. of the San', 'en',
         'C. M. Bichenllaub, Superintendent of the San'),
        # http://estatedocbox.com/Buying_and_Selling_Homes/122853445-Njlrc-new-jersey-law-revision-commission.html
        ('John M. Cannel, Esq., Executive Director', 'en',
         'John M. Cannel, Esquire, Executive Director'),
        # https://www.rallypoint.com/answers/9058456.commanders-call-your-companies-to-attention-or-battalion-attention?loc=recent_rside&pos=0
        ('Other than what COL Randall Cudworth, I', 'en',
         'Other than what Colonel Randall Cudworth, I'),
        # https://www.rallypoint.com/answers/9058456.commanders-call-your-companies-to-attention-or-battalion-attention?loc=recent_rside&pos=0
        ('Steuben (aka Baron von Steuben)', 'en',
         'Steuben (also known as Baron von Steuben)'),
        # http://estatedocbox.com/Buying_and_Selling_Homes/122853445-Njlrc-new-jersey-law-revision-commission.html
        ('COMMISSION 153 Halsey Street, 7th Fl., Box Newark,', 'en',
         'commission one fifty-three Halsey Street, Seventh Floor, Box Newark,'),
        # https://www.businessrecord.com/mercys-urbandale-clinic-will-relocate/
        ('new facility at 4005 N.W. Urbandale Drive.', 'en',
         'new facility at forty oh five Northwest Urbandale Drive.'),
        # https://docs.ci.livonia.mi.us/WebLink/DocView.aspx?dbid=0&id=196731&repo=LIVONIA
        ('City Hall , 33000 Civic Center Drive. Mr. Daniel', 'en',
         'City Hall , thirty-three thousand Civic Center Drive. Mister Daniel'),
        # https://www.food.com/recipe/walla-walla-onion-casserole-299635
        ('- 1⁄4 cup butter - 1 tablespoon flour', 'en',
         '- one quarter cup butter - one tablespoon flour'),
        # http://ecases.us/case/calctapp/c2337086/people-v-jacobs
        ('Defendant and Appellant.No. A113633. Court of Appeal', 'en',
         'Defendant and Appellant.Number A one one three six three three. Court of Appeal'),
        # https://publicrecords.laportetx.gov/WebLink/0/doc/418095/Page37.aspx
        ('Rezone Request #R96-006, The request,', 'en',
         'Rezone Request number R ninety-six oh oh six, The request,'),
        # http://www.milpa-alta.df.gob.mx/index.php/cesac1/25-tramites-por-catalogo-servicios-cesac/352-oficios-vigilancia-y-patrullaje-policiaco
        ('3. Teléfono y/o correo electrónico para', 'es',
         'tres. Teléfono y o correo electrónico para'),
        # https://1library.co/document/z3ed149q-acta-sesion-ordinaria-ayuntamiento-pleno-celebrada-dia-septiembre.html
        ('Concejales: D. Raúl Lledó Saura Dª. Mª Carmen Guillén Roca', 'es',
         'Concejales: don Raúl Lledó Saura doña María Carmen Guillén Roca'),
        # https://www.eldiarioalerta.com/articulo/agencias/temperaturas-maximas-vuelven-subir-manana-espana-poniendo-aviso-provincias/20210727192802210018.html
        ('Península, superando los 35º C en el interior', 'es',
         'Península, superando los treinta y cinco grados en el interior'),
        # http://www.lainformacion.com/espana/Jornada-calor-Cordoba-alcanzara_0_1044195675.html
        ('bajaron de los 30ºC y en Sevilla 27ºC. En', 'es',
         'bajaron de los treinta grados y en Sevilla veintisiete grados. En'),
        # http://www.lainformacion.com/espana/Jornada-calor-Cordoba-alcanzara_0_1044195675.html
        ('llegado a los 45ºC... y hoy será', 'es',
         'llegado a los cuarenta y cinco grados... y hoy será'),
        # https://caliescribe.com/2024/05/18/tribunal-declara-nulidad-del-pot-de-cali/
        ('mediante Auto No.289 de marzo 07 de 2014 de la', 'es',
         'mediante Auto número doscientos ochenta y nueve de marzo siete de dos mil catorce de la'),
        # https://www.diariopopular.com.ar/economia/pese-la-intervencion-del-banco-central-el-dolar-cerro-la-semana-1515-n862750
        ('operó en los u$s115.657, según Binance.', 'es',
         'operó en los ciento quince mil seiscientos cincuenta y siete dólares, según Binance.'),
    ],
)  # fmt: skip
def test_from_real_copy(text: str, language: str, spoken: str) -> None:
    assert heard_as(text, spoken, language), normalize(text, language)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the annotator's pair also says "cero diez" for "010" (other annotators say "cero uno cero")
        ("al teléfono gratuito 900705010.", "es", "al teléfono gratuito novecientos setenta cincuenta diez."),
        ("son 612345678 euros", "es",
         "son seiscientos doce millones trescientos cuarenta y cinco mil seiscientos setenta y ocho euros"),
        ("at 2000 Main St.", "en", "at two thousand Main Street"),
        ("at 1600 Pennsylvania Avenue", "en", "at sixteen hundred Pennsylvania Avenue"),  # in pairs still
        ("#MeToo-style", "en", "hashtag Me Too-style"),  # no digit: a hashtag
        ("SGT PEPPER", "en", "S G T PEPPER"),  # a rank only before a capitalised name
        ("Franklin D. Roosevelt dijo", "es", "Franklin D. Roosevelt dijo"),  # a middle initial
    ],
)  # fmt: skip
def test_what_the_rules_leave(text: str, language: str, said: str) -> None:
    assert normalize(text, language) == said
