"""German abbreviations eSpeak NG spells or reads as a word, and what they stand for (german.py's rule says
them)."""

# abbreviations eSpeak NG spells or reads as a word ("z. B." "zet be", "bzw." "be zet we", "usw." "usf")
ABBREVIATIONS = {
    "z. B.": "zum Beispiel", "bzw.": "beziehungsweise", "d. h.": "das heißt", "u. a.": "unter anderem",
    "usw.": "und so weiter", "etc.": "et cetera", "ca.": "zirka", "Nr.": "Nummer", "Mio.": "Millionen",
    "ca": "zirka",  # "ca 20 Minuten": the point left out
    "Mrd.": "Milliarden", "Tsd.": "Tausend", "vgl.": "vergleiche", "ggf.": "gegebenenfalls",
    "inkl.": "inklusive", "evtl.": "eventuell", "bspw.": "beispielsweise", "zzgl.": "zuzüglich",
    "einschl.": "einschließlich",
    "Dr.": "Doktor", "Prof.": "Professor", "u. U.": "unter Umständen", "z. T.": "zum Teil",
    "i. d. R.": "in der Regel", "o. ä.": "oder Ähnliches", "o. Ä.": "oder Ähnliches", "s. o.": "siehe oben",
    "s. u.": "siehe unten", "max.": "maximal", "lt.": "laut", "Bgm.": "Bürgermeister", "Lk.": "Landkreis",
    "i. H. v.": "in Höhe von", "Bio.": "Billionen", "Hbf": "Hauptbahnhof", "Hbf.": "Hauptbahnhof",
    "sog.": "sogenannte", "rd.": "rund", "StGB": "Strafgesetzbuch", "BauGB": "Baugesetzbuch",
    "StPO": "Strafprozessordnung", "ZPO": "Zivilprozessordnung", "HGB": "Handelsgesetzbuch",
    "v. H.": "vom Hundert", "Mag.": "Magister", "mind.": "mindestens", "Mind.": "Mindestens",
    "Dipl.-Ing.": "Diplomingenieur", "Dipl. Ing.": "Diplomingenieur", "Ing.": "Ingenieur",
    "LKR.": "Landkreis", "resp.": "respektive", "zw.": "zwischen", "Zw.": "Zwischen",
    "ggfs.": "gegebenenfalls", "Lkr.": "Landkreis", "LAbg.": "Landtagsabgeordneter", "Std.": "Stunden",
    "BGM": "Bürgermeister", "MwSt.": "Mehrwertsteuer", "v. l. n. r.": "von links nach rechts",
    "v. l.": "von links", "v. r.": "von rechts", "e. V.": "eingetragener Verein", "NÖ": "Niederösterreich",
    "OÖ": "Oberösterreich", "Jh.": "Jahrhundert", "Jhd.": "Jahrhundert", "Jhdt.": "Jahrhundert",
    "v. Chr.": "vor Christus", "n. Chr.": "nach Christus", "gem.": "gemäß", "MwSt": "Mehrwertsteuer",
    "Inkl.": "Inklusive", "zB": "zum Beispiel", "Ca.": "Zirka", "Jg.": "Jahrgang", "D. h.": "Das heißt",
    "ggü.": "gegenüber", "Max.": "Maximal", "Z. B.": "Zum Beispiel", "i. Tr.": "in der Trockenmasse",
    "p. a.": "per anno",  # an interest rate's year, "42 % p.a."
    # Duden's other spelling: eSpeak NG's German reads "circa" /kɪrka/, "zirka" /tsɪrka/ as German says it
    "circa": "zirka", "Circa": "Zirka",
    # Duden's common abbreviations that need no ending to agree
    "Abb.": "Abbildung", "Anm.": "Anmerkung", "Fa.": "Firma", "Gebr.": "Gebrüder", "Hrsg.": "Herausgeber",
    "insb.": "insbesondere", "bzgl.": "bezüglich", "Bsp.": "Beispiel", "v. a.": "vor allem", "Hr.": "Herr",
    "Bhf.": "Bahnhof", "Tab.": "Tabelle", "Gde.": "Gemeinde", "u. v. m.": "und vieles mehr",
    "z. Zt.": "zurzeit", "i. A.": "im Auftrag",
}  # fmt: skip
# their point may also end the sentence
ENDS_A_LIST = {"usw.", "etc.", "Jh.", "Jhd.", "Jhdt.", "v. Chr.", "n. Chr.", "p. a."}
SINGULAR = {"Mio.": "Million", "Mrd.": "Milliarde", "Bio.": "Billion", "Std.": "Stunde"}  # after "1"
