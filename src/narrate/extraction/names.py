"""Bylines: the people, wire agencies and staff desks a page credits, in any script, without "By", dates,
job titles or interface words, joined as the page lists them ("A, B, C").  person_names() takes people only
(for lines found in the body, where a capitalised phrase is as often a place or a label); byline_names()
also takes agencies ("Associated Press", "dpa"), staff credits ("Guardian staff reporter") and, from the
page's own author metadata, any short credit in any script ("読売新聞", "Иван Петров")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_LEAD = re.compile(
    r"^\s*(?:(?:written|words|story|text|reporting|posted|report|photos?|video|interview|compiled|edited)"
    r"\s+)?"
    r"(?:by|par|por|von|di|door|de|av|af|by:|par:|por:|von:|autor:|author:|authors:|auteur:)\s*[:\-–]?\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:\b(?i:edited|written|reporting|additional reporting) by\b"
    r"|,|;|\||/|\n|•|·|&|(?i:\band\b|\bund\b|\bet\b|\bwith\b)|\by\b|\be\b|\bmit\b|\bavec\b"
    r"|\bog\b|\boch\b|\ben\b|\bve\b|\bés\b|\bja\b|\bи\b)\s*"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ROLES = _words(
    """staff writer writers reporter reporters correspondent correspondents editor editors contributor
    contributors columnist producer journalist senior chief managing associate deputy photographer analyst
    host intern freelance special contributing"""
)
_TIMES = _words("updated published posted")
_NOT_NAME_WORDS = _words(
    # roles and desks
    """staff writer writers reporter reporters correspondent correspondents editor editors editorial
    contributor contributors columnist producer journalist desk team bureau newsroom admin administrator user
    username guest developer developers webmaster webmasters
    anonymous unknown author authors staffer senior chief managing associate deputy photographer analyst host
    intern freelance special contributing games technology science politics sports business health opinion
    culture entertainment travel food national international"""
    # organisations
    """ news radio press media magazine times post herald tribune journal daily weekly inc llc ltd corp
    company
    group network agency wire associated reuters afp ap npr bbc cnn online digital publishing publications
    foundation university institute society club official blog site website wikimedia projects organization
    organisation public service television tv"""
    # date and time words (not April, May, June, August: they are given names too)
    """ updated published posted min ago hours minutes am pm edt est gmt utc version january february march
    september october november december feb mar apr jun jul aug sep sept oct nov dec monday tuesday
    wednesday thursday friday saturday sunday today"""
    # (nor "Jan", a given name as often as January)
    # interface words
    """ follow share email twitter facebook more view profile articles posts see all comments comment print
    subscribe close menu home the a an of for"""
    # a desk the paper calls its own ("Our Foreign Staff", "Our Correspondent") names no person
    """ our"""
)
_PARTICLES = _words(
    "de da di del della der den van von la le du dos das bin ibn al el y st. mc ter ten zu af e"
)
_GENERATIONS = _words("jr jr. sr sr. ii iii iv")
_DEGREES = _words("phd md ma ms bs mba rn esq dds mph")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s*\d{{4}})?|\d{{1,2}}\.?\s+{_MONTH},?\s+\d{{4}})",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def person_names(raw: str, *, exclude: tuple[str, ...] = (), cjk: bool = True) -> list[str]:
    """The person names in a byline string, in order, without duplicates.

    >>> person_names("By Jane Doe and JOHN SMITH, Staff Writers | Updated June 3, 2024")
    ['Jane Doe', 'John Smith']
    >>> person_names("Games Editor")
    []
    >>> person_names("Stella Kim, Jennifer Jett and Alabama Public Radio", exclude=("Alabama Public Radio",))
    ['Stella Kim', 'Jennifer Jett']

    Names in scripts without capitals to go by (CJK, Arabic, Hangul...) are taken only when cjk is true:
    from structured data.
    """
    return _collect(raw, exclude, lambda part: _person(part, cjk))


def byline_names(raw: str, *, exclude: tuple[str, ...] = (), structured: bool = False) -> list[str]:
    """The credits in a byline string: people, wire agencies and staff desks; from the page's own author
    metadata (structured) also any other short credit in any script.

    >>> byline_names("By Jane Doe, The Associated Press")
    ['Jane Doe', 'The Associated Press']
    >>> byline_names("dpa"), byline_names("Guardian staff reporter"), byline_names("Staff Writer")
    (['dpa'], ['Guardian staff reporter'], [])
    >>> byline_names("読売新聞オンライン", structured=True), byline_names("محمد علي", structured=True)
    (['読売新聞オンライン'], ['محمد علي'])
    >>> byline_names("Share on Facebook", structured=True), byline_names("Newsroom", structured=True)
    ([], [])
    """
    return _collect(raw, exclude, lambda part: _credit(part, structured))


def _collect(raw: str, exclude: tuple[str, ...], take: Callable[[str], str | None]) -> list[str]:
    """What TAKE accepts among the parts of a byline string, in order, without duplicates or EXCLUDE."""
    excluded = {_key(e) for e in exclude if e}
    names: list[str] = []
    parts = _parts(raw)
    for i, part in enumerate(parts):
        name = take(part)
        if name is None and i + 1 < len(parts) and len(part.split()) == 1:
            name = _inverted(part, parts[i + 1])
        if name and _key(name) not in excluded and _key(name) not in {_key(n) for n in names}:
            names.append(name)
    return names


def _parts(raw: str) -> list[str]:
    """A byline string cut where one credit ends: commas, "and" in several languages, bars, lines."""
    # photographers, illustrators and video producers are credited, not authors: cut their credit off
    text = re.split(r"\b(?i:photos?|photography|illustrations?|video|graphics?|images?) by\b", raw)[0]
    text = _DATE.sub(" , ", text)
    text = re.sub(r"\((?:https?:|www\.)[^)]*\)|\[[^\]]*\]", " ", text)  # "(http://...)"
    # a nickname inside a name: "Richard (R.J.) Eskow", "Robert (Bob) Smith"
    text = re.sub(r"(?<=[A-Za-z.])\s+\(([A-Z][\w.'’-]{0,15})\)\s+(?=[A-Z])", r" \1 ", text)
    text = re.sub(r"https?://\S+|\S+@\S+\.\S+|@\w+", " ", text).replace("(", ",").replace(")", ",")
    text = re.sub(r"\b\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{1,4})?\b|\b\d+\b", " , ", text)  # dates, times, counts
    return [p for p in _SPLIT.split(text) if p and p.strip()]


def _person(part: str, caseless: bool) -> str | None:
    name = _name(part)
    if name and not caseless and not any(ch.isupper() for ch in name):
        return None  # a short CJK string in page markup is as often a label ("人氣", "設定") as a name
    return name


_AGENCY = re.compile(
    r"(?:the )?(?:associated press|ap|reuters|afp|agence france[- ]presse|dpa|deutsche presse-agentur|apa|kna"
    r"|epd|sda|keystone-sda|ats|ansa|efe|europa press|lusa|anp|belga|ritzau|ritzau scanpix|tt|ntb|stt|pap"
    r"|čtk|ctk|tasr|mti|hina|bta|tass|ria novosti|interfax|ukrinform|kyodo|jiji|xinhua|yonhap|aap|pti|ians"
    r"|ani|bernama|antara|upi|bloomberg|(?:the )?canadian press|press association|pa media|pa)"
    r"(?: in [\w .'’-]{2,30})?",  # "Associated Press in Valencia"
    re.IGNORECASE,
)
_STAFF = re.compile(
    r"(?:[\w.'’&-]+ ){1,4}(?:staff|redaktion|newsroom|desk)(?: (?:reporters?|writers?|reports?))?", re.I
)
_NOT_CREDIT = _words(
    """admin administrator user username guest anonymous unknown author authors autor auteur redaction
    follow share email twitter facebook instagram linkedin whatsapp more view profile see all comments print
    subscribe close menu home login read min ago updated published posted"""
)
# a credit of nothing but such words names no one: "News", "Nachrichten", "Online Editorial Team"
_GENERIC = _words(
    """news nachrichten noticias nouvelles notizie nieuws nyheter nyheder uutiset wiadomości новости haberler
    actualités actualidad aktuell online digital editorial redaktion rédaction redacción redazione team
    the la le el die der das"""
)


def _credit(part: str, structured: bool) -> str | None:
    """A person, an agency, a staff desk; from structured data any short credit (an organisation, a name in
    a script without capitals)."""
    text = _LEAD.sub("", " " + part.strip(" \t.:-–—'\"“”")).strip()
    person = _person(text, structured)
    if (
        person
        or _AGENCY.fullmatch(text)
        or (_STAFF.fullmatch(text) and text.split()[0].lower() not in _ROLES)
    ):
        return person or squash_spaces(text)
    words = text.split()
    if not structured or not 1 <= len(words) <= 6 or len(text) > 60:
        return None
    if all(w.lower().strip(".,:") in _ROLES | _GENERIC for w in words):
        return None  # "Staff Writer", "Senior Correspondent", "Nachrichten": a role or a rubric, not a credit
    if any(w.lower().strip(".,:") in _NOT_CREDIT for w in words) or re.search(r"\d|\w\.\w{2,}\b|[@/:]", text):
        return None
    cased = [ch for ch in text if ch.isalpha() and (ch.isupper() or ch.islower())]
    if not cased:
        return squash_spaces(text)  # a name in a script without capitals: "読売新聞オンライン", "محمد علي"
    # one capitalised word is as often a placeholder ("FAIL", "Redaktion") as a credit
    return squash_spaces(text) if len(words) >= 2 and text[0].isupper() else None


def publisher_credit(raw: str, publishers: tuple[str, ...]) -> str | None:
    """The publisher, where a byline string credits it ("DER SPIEGEL" on a Spiegel page).

    >>> publisher_credit("Stuttgarter Zeitung, dpa", ("Stuttgarter Zeitung",))
    'Stuttgarter Zeitung'
    """
    keys = {_key(p) for p in publishers if p}
    return next((squash_spaces(p) for p in _parts(raw) if _key(p) in keys), None)


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


def _inverted(last: str, first: str) -> str | None:
    """ "Jong, Michiel de" (catalogue order) -> "Michiel de Jong", when neither part is a name alone."""
    if _name(first) is not None or not last.strip()[:1].isupper():
        return None
    return _name(f"{first.strip()} {last.strip()}")


def _name(part: str) -> str | None:  # noqa: PLR0911  (one early exit per rule reads clearer)
    part = _LEAD.sub("", " " + part.strip(" \t.:-–—'\"“”")).strip()
    part = _LEAD.sub("", " " + part).strip()  # "Written by" then "By"
    part = re.sub(r"\s+(?:is|was|has|writes|covers)\b.*$", "", part)  # a bio sentence after the name
    words = part.replace("\u00a0", " ").split()
    words = _trim_roles(words)
    while words and words[-1].lower().strip(",.") in _DEGREES:
        words.pop()
    generation = words.pop() if len(words) > 2 and words[-1].lower().strip(",.") in _GENERATIONS else None
    if _CJK.search(part):
        return part if 2 <= len(part) <= 8 and " " not in part.strip() else None
    if not 2 <= len(words) <= 7 or sum(w.lower() not in _PARTICLES for w in words) > 5:
        return None
    for word in words:
        bare = word.strip(".,'’-").lower()
        initials = re.fullmatch(r"(?:[A-Z]\.){2,3}", word)  # "R.J.", not "example.com"
        if (
            bare in _NOT_NAME_WORDS
            or any(ch.isdigit() for ch in word)
            or ("." in word.strip(".")[1:-1] and not initials)
        ):
            return None
        if not word[0].isupper() and bare not in _PARTICLES:
            return None
        if not all(ch.isalpha() or ch in ".'’-" for ch in word) or (len(word) == 1 and word.isalpha()):
            return None  # "S Sky": a lone letter without its dot is not an initial
    if not words[-1][0].isupper() or len(words[-1].strip(".")) < 2:
        return None  # "J J", "Smith J."
    return " ".join([_title_if_shouting(w) for w in words] + ([generation] if generation else []))


def _trim_roles(words: list[str]) -> list[str]:
    """ "Senior Correspondent Jane Doe", "Jane Doe Staff Writer", "Jane Doe Updated 5:30 PM": the name alone.
    Only roles and update stamps are cut: "New York Times" must not become "New York"."""

    def bare(word: str) -> str:
        return word.strip(".,'’-").lower()

    start = 0
    while start < len(words) and bare(words[start]) in _ROLES:
        start += 1
    words = words[start:]
    for i, word in enumerate(words[2:], start=2):
        if bare(word) in _ROLES or bare(word) in _TIMES:
            return words[:i]
    return words


def _title_if_shouting(word: str) -> str:
    """JOHN -> John (spoken and shown better), but initials (J.R.) and McX stay."""
    initials = "." in word.strip(".")
    if word.isupper() and len(word.strip(".")) > 2 and not initials:  # JEAN-LUC O'BRIEN -> Jean-Luc O'Brien
        return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)
    return word


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return re.sub(r"[^\w]+", " ", "".join(c for c in folded if not unicodedata.combining(c))).strip()


def join_names(names: list[str]) -> str | None:
    """Several names as the page lists them: "A", "A, B", "A, B, C"; None for none.

    >>> join_names(["A"]), join_names(["A", "B", "C"]), join_names([])
    ('A', 'A, B, C', None)
    """
    return ", ".join(names) if names else None


_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has been|covers|writes)\b"
    r"(?=.{0,160}\b(?:reporter|correspondent|editor|writer|journalist|columnist|producer|host|anchor|"
    r"contributor|critic|photographer|reports|covers)\b)",
)


def bio_name(paragraph: str) -> str | None:
    """The author named by a bio paragraph: "Bobby Allyn is a business reporter at NPR ...".

    >>> bio_name("Bobby Allyn is a business reporter at NPR based in San Francisco.")
    'Bobby Allyn'
    >>> bio_name("Smith is a former police officer.")
    """
    match = _BIO.match(paragraph.strip())
    if not match:
        return None
    names = person_names(match.group("name"))
    return names[0] if names else None
