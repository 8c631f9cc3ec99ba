"""Word lists for the English rules: AP style abbreviations, units, currencies, time zones, acronyms."""

from __future__ import annotations

MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November",
    "dec": "December",
}  # fmt: skip

# symbol -> (one, many, hundredth)
CURRENCIES: dict[str, tuple[str, str, str | None]] = {
    "$": ("dollar", "dollars", "cent"), "£": ("pound", "pounds", "penny"),
    "€": ("euro", "euros", "cent"), "¥": ("yen", "yen", None),
    "₹": ("rupee", "rupees", "paisa"),
    "₦": ("naira", "naira", "kobo"), "₱": ("peso", "pesos", "centavo"), "₩": ("won", "won", None),
    "₽": ("ruble", "rubles", None), "₺": ("lira", "lira", None), "₪": ("shekel", "shekels", None),
    "₴": ("hryvnia", "hryvnias", None), "฿": ("baht", "baht", None), "₵": ("cedi", "cedis", None),
    # a dollar sign with its country's letters, and currencies written with letters before the amount
    "US$": ("U S dollar", "U S dollars", "cent"), "$US": ("U S dollar", "U S dollars", "cent"),
    "A$": ("Australian dollar", "Australian dollars", "cent"),
    "$A": ("Australian dollar", "Australian dollars", "cent"),  # Australian copy's "$A2,434", as "$US"
    "$NZ": ("New Zealand dollar", "New Zealand dollars", "cent"),
    "AU$": ("Australian dollar", "Australian dollars", "cent"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent"),
    "CA$": ("Canadian dollar", "Canadian dollars", "cent"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent"),
    "NT$": ("New Taiwan dollar", "New Taiwan dollars", "cent"),
    "S$": ("Singapore dollar", "Singapore dollars", "cent"),
    "N$": ("Namibian dollar", "Namibian dollars", "cent"), "R$": ("real", "reais", "centavo"),
    "J$": ("Jamaican dollar", "Jamaican dollars", "cent"),
    "TT$": ("Trinidad and Tobago dollar", "Trinidad and Tobago dollars", "cent"),
    "EC$": ("East Caribbean dollar", "East Caribbean dollars", "cent"),
    "BDS$": ("Barbados dollar", "Barbados dollars", "cent"),
    "Bds$": ("Barbados dollar", "Barbados dollars", "cent"),
    "Rs.": ("rupee", "rupees", "paisa"), "Rs": ("rupee", "rupees", "paisa"),
    **dict.fromkeys(("KSh", "Ksh", "Ksh.", "Kshs.", "Kshs"), ("Kenyan shilling", "Kenyan shillings", None)),
    "KShs.": ("Kenyan shilling", "Kenyan shillings", None),
    "KShs": ("Kenyan shilling", "Kenyan shillings", None),
    "TSh": ("Tanzanian shilling", "Tanzanian shillings", None), "Sh": ("shilling", "shillings", None),
    "sh": ("shilling", "shillings", None),  # Kenyan copy's "(sh146m)"
    "Rwf": ("Rwandan franc", "Rwandan francs", None), "Frw": ("Rwandan franc", "Rwandan francs", None),
    "RM": ("ringgit", "ringgit", "sen"), "CHF": ("Swiss franc", "Swiss francs", "centime"),
    # ISO 4217 codes written before an amount ("CNY8.277", "USD 5.2"), the world's most traded and the
    # currencies of the countries the corpora's news comes from; not codes that are also words or names
    # ("TRY", "PHP", "SAR")
    "USD": ("U S dollar", "U S dollars", "cent"), "EUR": ("euro", "euros", "cent"),
    "GBP": ("pound", "pounds", "penny"), "JPY": ("yen", "yen", None), "CNY": ("yuan", "yuan", None),
    "RMB": ("yuan", "yuan", None), "INR": ("rupee", "rupees", "paisa"),
    "AUD": ("Australian dollar", "Australian dollars", "cent"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent"),
    "NZD": ("New Zealand dollar", "New Zealand dollars", "cent"),
    "HKD": ("Hong Kong dollar", "Hong Kong dollars", "cent"),
    "SGD": ("Singapore dollar", "Singapore dollars", "cent"),
    "TWD": ("New Taiwan dollar", "New Taiwan dollars", "cent"), "ZAR": ("rand", "rand", "cent"),
    "NGN": ("naira", "naira", "kobo"), "KES": ("Kenyan shilling", "Kenyan shillings", None),
    "BRL": ("real", "reais", "centavo"), "MXN": ("Mexican peso", "Mexican pesos", "centavo"),
    "RUB": ("ruble", "rubles", None), "KRW": ("won", "won", None),
    "SEK": ("Swedish krona", "Swedish kronor", None), "NOK": ("Norwegian krone", "Norwegian kroner", None),
    "DKK": ("Danish krone", "Danish kroner", None), "PLN": ("zloty", "zlotys", None),
    "IDR": ("rupiah", "rupiah", None), "THB": ("baht", "baht", None),
    "AED": ("dirham", "dirhams", None), "ILS": ("shekel", "shekels", None),
    # more of Africa's, Asia's and Latin America's codes, and Europe's outside the euro; not "RON" (octane)
    # or "COP" (the climate conferences)
    "UGX": ("Ugandan shilling", "Ugandan shillings", None),
    "TZS": ("Tanzanian shilling", "Tanzanian shillings", None), "GHS": ("cedi", "cedis", None),
    "ZMW": ("kwacha", "kwacha", None), "ETB": ("birr", "birr", None), "EGP": ("Egyptian pound",
    "Egyptian pounds", None), "XOF": ("C F A franc", "C F A francs", None), "XAF": ("C F A franc",
    "C F A francs", None), "PKR": ("Pakistani rupee", "Pakistani rupees", None),
    "LKR": ("Sri Lankan rupee", "Sri Lankan rupees", None), "BDT": ("taka", "taka", None),
    "NPR": ("Nepalese rupee", "Nepalese rupees", None), "VND": ("dong", "dong", None),
    "MYR": ("ringgit", "ringgit", "sen"), "QAR": ("riyal", "riyals", None), "KWD": ("dinar", "dinars", None),
    "UAH": ("hryvnia", "hryvnias", None), "CZK": ("koruna", "korunas", None), "HUF": ("forint", "forints",
    None), "ISK": ("krona", "kronur", None), "ARS": ("Argentine peso", "Argentine pesos", "centavo"),
    "CLP": ("Chilean peso", "Chilean pesos", None),
}  # fmt: skip
# ISO 4217 codes: the three capitals among the signs above ("USD", "EUR"), which copy also writes after an
# amount ("200.00 EUR") or joined to the dollar sign ("AUD$10")
# (not "NPR", the radio network: "Copyright 2021 NPR")
ISO_CODES = [c for c in CURRENCIES if len(c) == 3 and c.isalpha() and c.isupper() and c != "NPR"]
CURRENCIES.update({f"{c}$": CURRENCIES[c] for c in ISO_CODES if "dollar" in CURRENCIES[c][0]})

TIME_ZONES = {
    "ET": "Eastern time", "EDT": "Eastern Daylight Time", "EST": "Eastern Standard Time",
    "CT": "Central time", "CDT": "Central Daylight Time", "CST": "Central Standard Time",
    "MT": "Mountain time", "MDT": "Mountain Daylight Time", "MST": "Mountain Standard Time",
    "PT": "Pacific time", "PDT": "Pacific Daylight Time", "PST": "Pacific Standard Time",
    "GMT": "G M T", "UTC": "U T C", "BST": "British Summer Time", "IST": "Indian Standard Time",
    "AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
    "ACST": "Australian Central Standard Time", "ACDT": "Australian Central Daylight Time",
    "AWST": "Australian Western Standard Time", "NZST": "New Zealand Standard Time",
    "NZDT": "New Zealand Daylight Time", "CET": "Central European Time",
    "CEST": "Central European Summer Time",
}  # fmt: skip


STREET_SUFFIXES = (
    "Street",
    "St.",
    "Avenue",
    "Ave.",
    "Drive",
    "Dr.",
    "Boulevard",
    "Blvd.",
    "Road",
    "Rd.",
    "Lane",
    "Ln.",
    "Way",
    "Loop",
    "Place",
    "Pl.",
    "Court",
    "Ct.",
    "Parkway",
    "Pkwy.",
    "Highway",
    "Hwy.",
    "Square",
    "Circle",
    "Terrace",
    "Plaza",
    "Trail",  # round 34: the USPS's other common suffixes
    "Pike",
    "Turnpike",
    "Crescent",
    "Alley",
    "St",  # without their points, as British and much web copy writes them
    "Ave",
    "Rd",
    "Blvd",
)

# words of how often: "2x weekly" ("twice weekly"), "a $4.08 monthly increase" (an adjective before its noun)
HOW_OFTEN = ("hourly", "daily", "nightly", "weekly", "biweekly", "monthly", "quarterly", "yearly", "annually")

# the points of the compass, abbreviated (addresses' directions and quadrants, winds, bearings)
COMPASS_POINTS = {
    "N": "north", "S": "south", "E": "east", "W": "west", "NE": "northeast", "NW": "northwest",
    "SE": "southeast", "SW": "southwest", "NNE": "north-northeast", "ENE": "east-northeast",
    "ESE": "east-southeast", "SSE": "south-southeast", "SSW": "south-southwest", "WSW": "west-southwest",
    "WNW": "west-northwest", "NNW": "north-northwest",
}  # fmt: skip

# days' short names, as dates and opening hours write them
WEEKDAYS = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
    "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday",
}  # fmt: skip
FULL_WEEKDAYS = "|".join(dict.fromkeys(WEEKDAYS.values()))  # "Monday|Tuesday|...", for patterns

# AP style titles before a name
TITLES = {
    "Dr.": "Doctor", "Sen.": "Senator", "Sens.": "Senators", "Gov.": "Governor", "Rep.": "Representative",
    "Reps.": "Representatives", "Lt.": "Lieutenant", "Gen.": "General", "Col.": "Colonel", "Maj.": "Major",
    "Sgt.": "Sergeant", "Pfc.": "Private First Class", "Spc.": "Specialist", "Capt.": "Captain",
    "Cpl.": "Corporal", "Adm.": "Admiral", "Cmdr.": "Commander",
    "Prof.": "Professor", "Rev.": "Reverend", "Supt.": "Superintendent", "Det.": "Detective",
    "Atty.": "Attorney", "Asst.": "Assistant", "Pres.": "President", "Mt.": "Mount", "Ft.": "Fort",
    "Mr.": "Mister", "Mrs.": "Missus",
    "Ms.": "Miz", "Rt.": "Route", "Rte.": "Route", "Hwy.": "Highway", "Gov's.": "Governor's",
    "Vol.": "Volume", "Pg.": "Page", "pg.": "page", "Fig.": "Figure", "p.": "page",
    "pp.": "pages",
    "Brig.": "Brigadier", "Msgr.": "Monsignor", "Hon.": "Honorable", "Assoc.": "Associate", "Pt.": "Point",
    "Coun.": "Councillor", "Sec.": "Secretary",
}  # fmt: skip

# British style drops the full stop of a title that keeps its last letter ("Ms Bowles", "Lt Col Smith"):
# before a name these are titles too ("Gen", "Rev" and "Rep" are left out: "Gen Z", "rev", "sales rep")
UNDOTTED_TITLES = {
    **{t: TITLES[t + "."] for t in ("Ms", "Lt", "Col", "Maj", "Sgt", "Capt", "Cpl", "Adm", "Cmdr", "Prof")},
    **{t: TITLES[t + "."] for t in ("Supt", "Det")},
    "Insp": "Inspector", "Cllr": "Councillor", "Brig": "Brigadier", "Atty": "Attorney",
    # the US Army's ranks in capitals, as its press releases write them ("COL Randall Cudworth")
    "GEN": "General", "LTG": "Lieutenant General", "MG": "Major General", "BG": "Brigadier General",
    "COL": "Colonel", "LTC": "Lieutenant Colonel", "MAJ": "Major", "CPT": "Captain",
    "1LT": "First Lieutenant", "2LT": "Second Lieutenant", "CSM": "Command Sergeant Major",
    "SGM": "Sergeant Major", "1SG": "First Sergeant", "MSG": "Master Sergeant", "SFC": "Sergeant First Class",
    "SSG": "Staff Sergeant", "SGT": "Sergeant", "CPL": "Corporal", "SPC": "Specialist",
    "PFC": "Private First Class",
}  # fmt: skip

# abbreviations read in place wherever they stand (mostly after a name or a number)
ABBREVIATIONS_AFTER_NAME = {
    "Jr.": "Junior", "Sr.": "Senior", "Ave.": "Avenue", "Blvd.": "Boulevard", "Rd.": "Road", "Ln.": "Lane",
    "Pkwy.": "Parkway", "Ct.": "Court", "Pl.": "Place", "Corp.": "Corporation", "Inc.": "Incorporated",
    "Co.": "Company", "Ltd.": "Limited", "Bros.": "Brothers", "Assn.": "Association", "Dept.": "Department",
    "Univ.": "University", "vs.": "versus", "etc.": "et cetera", "e.g.": "for example",
    "E.g.": "For example", "i.e.": "that is", "ie.": "that is", "Cos.": "Companies",
    "approx.": "approximately", "Approx.": "Approximately", "Ste.": "Suite", "Apt.": "Apartment",
    "approx": "approximately", "Approx": "Approximately",  # its point left out ("at approx 10:18am")
    "Govt.": "Government", "Twp.": "Township",
    "Govt": "Government", "Atty.": "Attorney", "Pg.": "Page", "incl.": "including", "excl.": "excluding",
    "a.k.a.": "also known as", "aka": "also known as", "Esq.": "Esquire", "Supt.": "Superintendent",
    "ppd.": "postponed", "Sts.": "Streets", "Aves.": "Avenues", "Rds.": "Roads",
    "Cir.": "Circuit", "Inf.": "Infantry", "Div.": "Division", "f/k/a": "formerly known as",
    "a/k/a": "also known as", "d/b/a": "doing business as", "Dist.": "District", "cf.": "compare",
    "Cf.": "Compare", "Misc.": "Miscellaneous", "Mfg.": "Manufacturing",
}  # fmt: skip

# AP style state abbreviations in datelines and after a city
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip

# Canadian Press abbreviations of the provinces, after a place ("Abbotsford, B.C.,")
CP_PROVINCES = {
    "B.C.": "British Columbia", "Alta.": "Alberta", "Sask.": "Saskatchewan", "Ont.": "Ontario",
    "Que.": "Quebec", "N.B.": "New Brunswick", "N.S.": "Nova Scotia", "P.E.I.": "Prince Edward Island",
    "N.L.": "Newfoundland and Labrador", "Nfld.": "Newfoundland",
}  # fmt: skip

# USPS codes, only read as a state before a ZIP code
POSTAL_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "D C", "PR": "Puerto Rico",
}  # fmt: skip
# the states' names, longest first, as one pattern's alternatives ("West Virginia" before "Virginia")
STATE_NAMES = "|".join(sorted(set(POSTAL_STATES.values()), key=len, reverse=True))

# all-capitals words said as words although the vowel pattern alone would not tell (TSA and LED, once here,
# are spelled by newsreaders; "DAX" and "CAC" are the Frankfurt and Paris indices, said as words)
WORD_ACRONYMS = {
    "NASA", "NATO", "UNESCO", "UNICEF", "FEMA", "OPEC", "COVID", "AIDS", "SARS", "MERS", "NASDAQ", "OSHA",
    "HUD", "DACA", "SWAT", "ISIS", "NAFTA", "LASIK", "SCOTUS", "POTUS", "FLOTUS", "GIF", "JPEG", "RAM", "ROM",
    "PIN", "LAN", "ZIP", "CAT", "DOS", "ARM", "NOAA", "ASAP", "AWOL", "CERN", "FIFA", "IKEA", "INTERPOL",
    "DAX", "CAC", "MAX",
}  # fmt: skip

# all-capitals words said as words, but not as eSpeak NG reads their letters: how they are said
RESPELLED = {"FTSE": "Footsie", "DOB": "date of birth", "LTD": "Limited"}  # said as the words they stand for

# all-capitals words spelled although their vowel pattern looks like a word
SPELLED = {
    "ACLU", "UCLA", "USDA", "NAACP", "AARP", "NCAA", "USPS", "USAID", "IBM", "CEO", "CFO", "MIT",
    "EPA", "USA", "UAE", "AP", "NPR", "PBS", "BBC", "ABC", "CBS", "NBC", "CNN", "USC", "NYU", "IRA", "IRS",
    "UFO", "EU", "UN", "AI", "ICU", "OBGYN", "ESPN", "LED",
}  # fmt: skip

# ordinary words written in capitals for emphasis (and in specifications): said as words, never spelled
SHOUTED = {
    "NOT", "MAY", "MUST", "SHALL", "SHOULD", "ALL", "AND", "OR", "THE", "NEW", "FREE", "NOW", "BREAKING",
    "NO",
    "YES", "ONLY", "NEVER", "VERY", "WILL", "ARE", "IS", "WAS", "YOU", "WE", "OUR", "THIS", "THAT", "STOP",
    "HELP", "LIVE", "UPDATE", "UPDATED", "WATCH", "READ", "MORE", "NEWS", "OFF", "OUT", "WARNING", "NOTE",
    "ON", "IN", "OF", "TO", "FOR", "BY", "HOW", "WHY", "WHAT", "WHO", "OK", "DO",
}  # fmt: skip

# kings, queens, popes, emperors: "Henry VIII" is "Henry the Eighth"; other names + numeral are cardinals
_REGNAL = """Henry Elizabeth Louis George Edward Charles William James Richard John Paul Pius Benedict Leo
    Gregory Innocent Clement Alexander Frederick Philip Ferdinand Napoleon Peter Catherine Mary Victoria Anne
    Alfonso
    Carlos Felipe Juan Constantine Ivan Nicholas Boniface Urban Sixtus Ptolemy Ramesses Rameses Amenhotep
    Thutmose Henri Wilhelm Friedrich Karl Gustav Olaf Harald Haakon Christian Frederik Margrethe Willem Albert
    Leopold Baudouin Rainier Hassan Abdullah Hussein Mohammed Rama Otto Conrad Rudolf Maximilian Joseph
    Francis Sancho Manuel Pedro Afonso Sebastian Stephen Matilda Jane Malcolm David Robert Duncan
    Kenneth Edmund Harold Canute Ethelred Edgar Xerxes Darius Cyrus Antiochus Cleopatra Selim Mehmed Murad
    Suleiman Ahmed Tutankhamun Akhenaten Sigismund Casimir Wladyslaw Valdemar Eric Magnus Sverre Christina
    Juliana Beatrix Adolf Umberto Vittorio Emmanuel Lothair Pepin Clovis Childeric Sergius Julius Sylvester
    Marcellus Felix Martin Adrian Hadrian Celestine Eugene Honorius Lucius Callixtus Hyginus Anacletus"""
REGNAL_NAMES = "|".join(_REGNAL.split())
