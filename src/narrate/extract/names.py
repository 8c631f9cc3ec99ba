"""Bylines as person names only: no "By", dates, job titles, "Staff" or site names; joined "A, B and C"."""

from __future__ import annotations

import re
import unicodedata

_LEAD = re.compile(
    r"^\s*(?:(?:written|words|story|text|reporting|posted|report|photos?|video|interview|compiled|edited)"
    r"\s+)?"
    r"(?:by|par|por|von|di|door|de|av|af|by:|par:|por:|von:|autor:|author:|authors:|auteur:)\s*[:\-–]?\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:\b(?i:edited|written|reporting|additional reporting) by\b"
    r"|,|;|\||/|\n|•|·|&|(?i:\band\b|\bund\b|\bet\b|\bwith\b)|\by\b|\be\b|\bmit\b|\bavec\b)\s*"
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
    username guest
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
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
    wednesday thursday friday saturday sunday today"""
    # interface words
    """ follow share email twitter facebook more view profile articles posts see all comments comment print
    subscribe close menu home the a an of for"""
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

    CJK names (no spaces, no capitals to go by) are taken only when cjk is true: from structured data.
    """
    # photographers, illustrators and video producers are credited, not authors: cut their credit off
    text = re.split(r"\b(?i:photos?|photography|illustrations?|video|graphics?|images?) by\b", raw)[0]
    text = _DATE.sub(" , ", text)
    text = re.sub(r"\((?:https?:|www\.)[^)]*\)|\[[^\]]*\]", " ", text)  # "(http://...)"
    # a nickname inside a name: "Richard (R.J.) Eskow", "Robert (Bob) Smith"
    text = re.sub(r"(?<=[A-Za-z.])\s+\(([A-Z][\w.'’-]{0,15})\)\s+(?=[A-Z])", r" \1 ", text)
    text = re.sub(r"https?://\S+|\S+@\S+\.\S+|@\w+", " ", text).replace("(", ",").replace(")", ",")
    text = re.sub(r"\b\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{1,4})?\b|\b\d+\b", " , ", text)  # dates, times, counts
    excluded = {_key(e) for e in exclude if e}
    names: list[str] = []
    parts = [p for p in _SPLIT.split(text) if p and p.strip()]
    for i, part in enumerate(parts):
        name = _name(part)
        if name and not cjk and _CJK.search(name):
            name = None  # a short CJK string in page markup is as often a label ("人氣", "設定") as a name
        if name is None and i + 1 < len(parts) and len(part.split()) == 1:
            name = _inverted(part, parts[i + 1])
        if name and _key(name) not in excluded and _key(name) not in {_key(n) for n in names}:
            names.append(name)
    return names


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
    """ "A", "A and B", "A, B and C".

    >>> join_names(["A"]), join_names(["A", "B"]), join_names(["A", "B", "C"])
    ('A', 'A and B', 'A, B and C')
    """
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


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
