"""What the English rules share: an ordered registry of (pattern, replacement) rules, and number patterns.

Each rule module keeps its own `Rules` list; `english.py` runs the lists in a fixed order (most specific
first), so once a rule has turned digits into words no later number rule can see them again. The checks
every language's rules share live here too: `words` (numbers in any language), `ends_sentence` (an
abbreviation's point that is the sentence's too) and `quotation_open` (a double quote that closes a
quotation, not an inch mark).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from num2words import num2words

from narrate.script.normalize.english_units import UNIT_SYMBOLS
from narrate.script.normalize.needs import has_digit, needs_digit
from narrate.script.normalize.tables import HOW_OFTEN

Replace = Callable[[re.Match[str]], str]
Rule = tuple[re.Pattern[str], Replace]

# a number the rules before have said in words: what "~" and "+" may stand before, what no glued measure
# takes for its noun ("20mins £14" is "20mins fourteen pounds" by the measures' turn)
NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety)\b"
)
NUM = r"\d{1,3}(?:,\d{3}){1,6}|\d+"  # 1,234,567 or 1234 (bounded: a long run of groups is not re-scanned)
DEC = rf"(?:{NUM})(?:\.\d+)?|\.\d+"

# words after "a $15 ..." / "a 5 km ..." that show the amount is not an adjective
NOT_NOUN = {
    "a", "an", "the", "of", "to", "in", "per", "for", "and", "or", "from", "at", "on", "by", "each", "more",
    "less", "than", "away", "north", "south", "east", "west", "long", "tall", "wide", "high", "deep", "old",
    "apiece", "total", "with", "was", "is", "are", "were", "will", "last", "ago", "worth", "thick", "thin",
    "longer", "wider", "deeper", "higher", "taller", "thicker", "shall", "been", "being",
    # other words that cannot be the noun an amount qualifies: conjunctions, prepositions, verbs, pronouns
    "when", "while", "but", "so", "if", "as", "that", "which", "who", "into", "onto", "up", "down", "off",
    "before", "after", "during", "since", "until", "because", "via", "across", "around", "about", "under",
    "over", "above", "below", "through", "then", "too", "also", "still", "now", "has", "had", "have", "be",
    "could", "would", "should", "may", "might", "must", "not", "it", "they", "we", "you", "i", "he", "she",
    "this", "these", "those", "there", "here", "where", "all", "both", "only", "just", "even", "again",
    "like", "near", "out", "apart", "behind", "beyond", "within", "without", "between", "among", "against",
    "toward", "towards", "plus", "including", "instead", "yet", "nor", "every", "yesterday", "today",
    "tomorrow", "tonight", "daily", "weekly", "next", "earlier", "later", "overnight",
    "minus", "times", "equals",  # a sum's words: "(41g – 27g = 14g)" "forty-one grams minus"
    "once", "twice", "thrice", "thereafter",  # how often or when: "4.4mg/kg twice a day"
}  # fmt: skip


class Rules:
    """An ordered list of rules; `@rules.rule(pattern)` registers a replacement function."""

    def __init__(self) -> None:
        self.items: list[Rule] = []

    def rule(self, pattern: str, flags: int = 0) -> Callable[[Replace], Replace]:
        """Register FUNC as the replacement for PATTERN, after the rules registered before it."""

        def register(func: Replace) -> Replace:
            self.items.append((re.compile(pattern, flags), func))
            return func

        return register


def run(rules: list[Rule], text: str) -> str:
    """Apply RULES to TEXT one after the other; a match that would say a part of a run of digits ("1,5",
    "36:9", "42/88") in words and leave the rest is left as written (see whole)."""
    digits = has_digit(text)
    for pattern, func in rules:
        if not digits and needs_digit(pattern):
            continue  # it cannot match here (narrate.script.normalize.needs)
        said = pattern.sub(_whole_runs(func), text)
        if said is not text:  # re returns TEXT itself when nothing matched
            text, digits = said, has_digit(said)
    return text


def _whole_runs(func: Replace) -> Replace:
    def replace(m: re.Match[str]) -> str:
        said = func(m)
        return said if whole(m, said) else m.group(0)

    return replace


_SEPARATOR = ",.:/"  # what joins digits into one run: "1,234.5", "12:30", "15.01.2020", "11/17/05"


def whole(m: re.Match[str], said: str) -> bool:
    """Whether SAID, the replacement of M, leaves no run of digits half said: where M begins or ends inside a
    run (digits joined by a separator are one run), the digits it takes there must stay as they are ("0%" ->
    "0 percent" after "40" is whole). No rule is written for the half left over, and eSpeak NG reads a whole
    run better than a half said in words and a half left in digits.

    >>> [whole(re.search(r"\\d+", t), "five") for t in ("1,5", "a 15 b", "1.")]
    [False, True, True]
    >>> whole(re.search(r"\\d%", "40%"), "0 percent")
    True
    """
    text, start, end = m.string, m.start(), m.end()
    found = m.group(0)
    if found[:1].isdigit() and _joined(text, start - 1, -1):
        lead = re.match(r"\d+", found)
        if lead and not said.startswith(lead.group(0)):
            return False
    if found[-1:].isdigit() and _joined(text, end, 1):
        # the trailing digits, found from the end (a search for r"\d+$" tries every start: quadratic on a
        # run of 18,000 digits)
        first = len(found)
        while first and found[first - 1].isdigit():
            first -= 1
        if not said.endswith(found[first:]):
            return False
    return True


def _joined(text: str, at: int, step: int) -> bool:
    """Whether the run of digits next to TEXT[at] goes on through it: a digit, or a separator then a digit."""
    if not 0 <= at < len(text):
        return False
    if text[at].isdigit():
        return True
    beyond = at + step
    return text[at] in _SEPARATOR and 0 <= beyond < len(text) and text[beyond].isdigit()


# a determiner before an amount: an article, a demonstrative, a possessive ("Epstein's $77 million mansion")
DETERMINER = (
    r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y"
    r"|(?!(?:[Ii]t|[Tt]hat|[Tt]here|[Ww]hat|[Hh]e|[Ss]he|[Hh]ere|[Ww]ho|[Ww]here|[Ll]et)['’]s\b)[\w-]{1,40}['’]s)"
)


# what follows a count of millions written "5m", "1.2m": a plural noun, maybe after a place's initials ("5m
# people", "3m UK homes", "6.4m TEUs"), or a deadline ("raise 5m by 2020"); a number glued to "m" before
# anything else is a length ("400m from", "between 4m and 8m", "up to 5.5m (with driver)", "Social distancing
# of 2m must"), as before a closed word's "s" ("a draft of 0.5m whereas")
MILLIONS_AFTER = re.compile(
    r"\s+(?:[A-Z]{2,4}\s+)?(?:people|men|women|children"
    r"|(?!(?:is|was|has|does|as|us|its|this|his|plus|less|whereas|unless|thus|always|perhaps|towards"
    r"|afterwards|besides|sometimes)\b)(?:[a-z]+|[A-Z]{2,})s)\b"
    r"|\s+by\s+(?:19|20)\d\d\b"
)


# "pts" after a number: points (an index's, a team's), the same word in English and French, where eSpeak
# NG spells it; a period after it is kept where it ends the sentence; "0,3 pt" one point or less
POINTS = r"(?<=\d)\s?pts?\b(?:\.(?=\s+[a-zé]))?"


def points(m: re.Match[str]) -> str:
    return " points" if "pts" in m.group(0) else " point"


_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.IGNORECASE)


def joint(text: str, start: int) -> str:
    """The word between the ends of a range that starts at START: "to", or "and" after "between" ("between
    10-20 people", "between 3:30-5:55 a.m.")."""
    return "and" if _BETWEEN.search(text[max(0, start - 40) : start]) else "to"


_BETWEEN_WORDS = {
    "nearly", "almost", "about", "roughly", "around", "some", "over", "just", "only", "estimated",
    "additional", "extra", "whopping", "proposed", "planned", "record", "new", "annual", "total", "initial",
    "first", "original", "reported", "remaining", "further", "combined", "previous", "expected", "potential",
    "massive", "huge", "modest", "average", "possible", "hefty", "required", "minimum", "maximum", "brand",
    "major", "historic", "landmark", "staggering", "same",
}  # fmt: skip


def code_length(run: str, after: str, word: str = "[a-z]") -> bool:
    """Whether RUN, digits without separators, is a code rather than a count: ten digits or more, or seven
    or more that no WORD follows in AFTER ("Bug 1553982, which", "PMID: 23018282 Owner"). A count that large
    carries its thousands' separators in edited copy, and where it does not, it stands before what it counts
    ("sold 120000000 copies"; German, whose nouns have capitals, passes any word as WORD).

    >>> code_length("23018282", " Owner"), code_length("120000000", " copies")
    (True, False)
    """
    return len(run) >= 10 or (len(run) >= 7 and not re.match(rf"\s{word}", after))


def determiner_before(text: str, start: int) -> str | None:
    """The determiner right before an amount ("a 9.58s record"), or with words between (an adverb, a
    compound adjective), which makes the amount an adjective too: "the nearly $1.2 billion increase", "the
    two-year $44.6 billion budget", "the required 15 ft clearance"."""
    m = re.search(rf"\b({DETERMINER})\s+((?:\S+\s+){{0,2}})$", text[max(0, start - 80) : start])
    # an adverb or adjective, or a compound adjective ("two-year", "30-year," before a second adjective)
    compound = re.compile(r"[a-z\d]+-[a-z]+,?")
    if not m or not all(w in _BETWEEN_WORDS or compound.fullmatch(w) for w in m.group(2).split()):
        return None
    return m.group(1)


_DIMENSIONS = {"long", "tall", "wide", "high", "deep", "thick", "thin"}


def adjectival(article: str | None, text: str, end: int) -> bool:
    """ "a $15 minimum wage", "a 5 km run": the amount is an adjective, so its unit stays singular.

    The word after the amount is a noun it qualifies, whatever its case ("a $65 billion China-Pakistan
    project"), also past a conversion in brackets ("a 1,340km (832-mile) border").

    >>> adjectival("a", "a 5 km run", 6), adjectival("a", "a 5 km (3-mile) Run", 6)
    (True, True)
    >>> adjectival("a", "a 5 km of it", 6), adjectival(None, "5 km run", 4)
    (False, False)
    >>> adjectival("an", "an $8 m raised", 6), adjectival("a", "a 2 km longer than", 6)
    (False, False)
    >>> adjectival("a", "a 6 mm thick pane", 6), adjectival("a", "a 6 mm thick and", 6)
    (True, False)
    """
    # "a $10 per person fee": the price per something, then its noun
    per = re.match(r"\s+per\s+[a-z]+\s+([a-z][a-z-]+)\b", text[end : end + 60])
    if not article or per is not None:
        return bool(article) and per is not None and per.group(1) not in {*NOT_NOUN, "per"}
    nxt = re.match(r"(?:\s+\([^()]{1,40}\))?\s+([A-Za-z]+)\b(\s+[a-z]+\b)?", text[end : end + 80])
    if nxt is not None and nxt.group(1) in _DIMENSIONS and nxt.group(2):
        return nxt.group(2).strip() not in NOT_NOUN  # "a 6mm thick pane": the measure and its adjective
    if nxt is None or nxt.group(1).lower() in NOT_NOUN:
        return False
    if nxt.group(2) and nxt.group(2).split()[0] == "than":
        return False  # "1.1°C cooler than", "$5 cheaper than": a comparative's difference, not an adjective
    if not re.fullmatch(r"[a-z]{3,}(?:ed|ly)", nxt.group(1)):
        return True
    # "$1.4 billion budgeted": a participle; "a $300K wooded lot", "a $4.08 monthly increase": an adjective
    # before its noun (of the words in -ly, those of how often: "paid $5 monthly" is an adverb's)
    noun = nxt.group(2)
    before_noun = nxt.group(1).endswith("ed") or nxt.group(1) in HOW_OFTEN
    return bool(noun) and before_noun and noun.strip() not in NOT_NOUN


# num2words 0.5 writes Spanish "veintiuno mil", "treinta y uno millones": before "mil", "millón" and
# "millones" a final "uno" is "un" (and "veintiuno" "veintiún"), as the RAE and every newsreader have it;
# and French ordinals "quatre-vingtsième", "deux centsième" (the plural "s" goes before "-ième")
_SPANISH_UNO = re.compile(r"(\b|i)uno(?= (?:mil|millón|millones|billón|billones)\b)")


def words(n: int, language: str, to: str = "cardinal") -> str:
    """num2words in LANGUAGE ("de", "fr", "es").

    >>> words(1993, "de", "year"), words(8, "de", "ordinal"), words(31_000_000, "es"), words(21_000, "es")
    ('neunzehnhundertdreiundneunzig', 'achte', 'treinta y un millones', 'veintiún mil')
    >>> words(80, "fr", "ordinal"), words(200, "fr", "ordinal"), words(125, "de", "ordinal")
    ('quatre-vingtième', 'deux centième', 'hundertfünfundzwanzigste')
    """
    said = str(num2words(n, lang=language, to=to))
    if language == "es" and to == "cardinal":
        said = _SPANISH_UNO.sub(lambda m: "iún" if m.group(1) == "i" else "un", said)
    if language == "fr" and to == "ordinal":
        said = said.replace("vingtsième", "vingtième").replace("centsième", "centième")  # "80e", "200e"
    if language == "de" and to == "ordinal":  # "125." "hundertfünfundzwanzigste", as the cardinal drops it
        said = re.sub(r"^ein(?=hundert|tausend)", "", said)
    return said


_SENTENCE_NEXT = re.compile(r"\s*$|\s+(?:[¿¡]|(\w))")


def ends_sentence(text: str, end: int) -> bool:
    """Whether TEXT ends at END (spaces at most) or a sentence begins after it: a space, then a capital of
    any script, or Spanish's opening "¿" or "¡". An abbreviation's point just before END is then the
    sentence's point too (copy writes one point for both), so the spoken text keeps it for the pause."""
    m = _SENTENCE_NEXT.match(text, end)
    return m is not None and (m.group(1) is None or m.group(1).isupper())


def quotation_open(text: str, at: int) -> bool:
    """Whether a quotation opened by a straight double quote is open at AT: read from the start (at most
    the 2,000 characters before AT), a quote opens one unless it follows a number (an inch mark there), and
    any quote closes an open one ('("2")', 'Length 48", Width 40"').

    >>> quotation_open('Length 48", Width 40"', 20), quotation_open('version ("2")', 10)
    (False, True)
    """
    start = max(0, at - 2000)
    is_open = False
    for i in [i for i, c in enumerate(text[start:at], start) if c == '"']:
        if is_open:
            is_open = False
        elif not (i and text[i - 1].isdigit()):
            is_open = True
    return is_open


def unchanged(m: re.Match[str]) -> str:
    """The match as written (a rule that decides to leave its text alone)."""
    return m.group(0)


def bare_too(names: Iterable[str]) -> str:
    """An alternation of NAMES, each also without its accents: copy in capitals often drops them ("07 AOUT
    2027", "FEVRIER"), and some copy in lower case too.

    >>> bare_too(["août", "mai"])
    'août|aout|mai'
    """
    said = {}
    for name in names:
        bare = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
        said.update(dict.fromkeys([name, unicodedata.normalize("NFC", bare)]))
    return "|".join(said)


_SIDE = rf"(?:{DEC})\s?(?:{UNIT_SYMBOLS})?"
_SIDES_BEFORE = re.compile(rf"(?:(?<![\w.,]){_SIDE}\sby\s)+$")
_SIDES_AFTER = re.compile(rf"(?:\sby\s{_SIDE}(?![\w.,]\w))+")


def size_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the size that the amount at TEXT[start:end] is a side of starts and ends, for an adjective's
    article before its first side and its noun after its last: "a 3m by 3m space" (the rule for "x" has
    said "by" by then); START and END when the amount is no side."""
    before = _SIDES_BEFORE.search(text[max(0, start - 80) : start])
    after = _SIDES_AFTER.match(text, end)
    return (start - len(before.group(0)) if before else start, after.end() if after else end)
