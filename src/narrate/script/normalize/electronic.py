"""E-mail and web addresses, telephone numbers and digit-group codes: said briefly, digit by digit.

Web addresses are said without "https" and "www" ("N P R dot org"), a short path read, a long one (dates,
slugs, ids) left out. Telephone numbers are read in their groups with "oh" for zero and toll-free "eight
hundred"; ISBNs and other dashed codes group by group.
"""

from __future__ import annotations

import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.acronyms import pronounceable
from narrate.script.normalize.rules import Rules
from narrate.script.normalize.tables import MONTHS, SPELLED, WORD_ACRONYMS
from narrate.words import segment, word_ranks

RULES = Rules()
rule = RULES.rule

TLDS = (
    r"com|org|net|gov|edu|mil|int|io|co|uk|us|ca|de|fr|es|it|info|news|tv|ly|me|ai|app|dev|fm|biz|online|eu|au|nz"
    r"|in|za|ie|ch|nl|be|at|se|no|dk|fi|pl|pt|jp|cn|ru|br|mx|ke|ng|tz|na"
)
# lower case, or a whole address in capitals ("NPR.ORG"); "said.It" is no address
TLD = rf"(?:{TLDS}|{TLDS.upper()})"
_GLUED = 8  # letters from which a label may be words written together ("nationalpost", "becausewecare")
_COMMON_LABELS = {"com", "org", "net", "gov", "edu", "mil", "co", "io", "tv", "fm", "bit", "app", "dev", "me"}


# the shape of one English syllable: "ebb", "fox", "sec" are words; "apr", "ua", "npr" are not
_SYLLABLE = re.compile(
    r"(?:[bcdfghjklmnpqrstvwxz]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kn|ph|pl|pr|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr"
    r"|tw|wh|wr)?(?:[aeiouy]|ai|au|ay|ea|ee|ei|ey|ie|oa|oi|oo|ou|ow|oy|ue)(?:[bcdfgklmnprstvxz]|bb|ck|ct|dd"
    r"|ff|ft|gg|ld|lf|lk|ll|lm|lp|lt|mp|nd|ng|nk|nn|nt|pp|pt|rb|rd|rk|rm|rn|rp|rt|sh|sk|sp|ss|st|th|tt|wn|zz)?"
)


def _label(label: str, last: bool = False) -> str:
    """One part of a domain name as said: a hyphen said "dash", a short label spelled unless a word.

    "npr" -> "N P R", "ebb" stays "ebb" (it has the shape of an English syllable), "lbda" is spelled (no
    word starts "lb"); a long label of words written together is said as those words ("themusicvenue");
    another is left to eSpeak NG, which spells what it cannot say ("ietf"). The ending (LAST) is spelled when
    short ("uk").
    """
    if "-" in label:
        return " dash ".join(_label(p) for p in label.split("-") if p)
    if label.lower() in _COMMON_LABELS:
        return label.lower()
    upper = label.upper()
    if upper in SPELLED:
        return " ".join(upper)
    short = len(label) <= 3 and upper not in WORD_ACRONYMS
    vowels = len(label) == 2 and not re.search("[^aeiouAEIOU]", label)  # "oa.org": no syllable of English
    if short and (last or vowels or label.isupper() or not _SYLLABLE.fullmatch(label.lower())):
        return " ".join(upper)
    if len(label) == 4 and label.isalpha() and upper not in WORD_ACRONYMS and not pronounceable(upper):
        return " ".join(upper)  # "lbda", "ncaa": letters, as an initialism of four is said
    return _words_in(label) or label


def _words_in(label: str) -> str | None:
    """The words a label is made of, said: parted by its capitals ("BonitaSpringsChamber"), written together
    ("themusicvenue" "the music venue"), or letters and words ("wcroads"); None when it is none of these."""
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,6}", label):
        return " ".join(re.findall(r"[A-Z][a-z]+", label))
    words = segment(label.lower() if label.isupper() else label) if len(label) >= _GLUED else None
    return " ".join(words) if words else _letters_and_words(label)


# two letters that end an English syllable as one sound, not an initialism's letters after a word
_DIGRAPHS = {"ck", "ch", "sh", "th", "ng", "ph", "gh", "wh"}


def _letters_and_words(label: str) -> str | None:
    """A label that cannot be said as a word, made of a few letters and words: the letters spelled, the
    words said ("wcroads" "W C roads", "nytimes" "N Y times", "weatherfordtx" "weatherford T X"); None for
    any other (left to eSpeak NG)."""
    run = label.lower()
    if not (5 <= len(run) <= 20 and label.isalpha() and (label.islower() or label.isupper())):
        return None
    if pronounceable(run.upper()) or run in word_ranks():
        return None
    if words := segment(run):  # "mybank": words alone, shorter than glued words usually are
        return " ".join(words)
    # letters (no vowel among them: "cal" in "calalerts" is a syllable) before the words first, the fewest
    # first; after them at least two ("nbcnews" is not "nbcnew S")
    splits = [(run[:k], run[k:], True) for k in (2, 3, 4)] + [(run[-k:], run[:-k], False) for k in (2, 3, 4)]
    for letters, rest, before in splits:
        if (
            len(rest) >= 4
            and not re.search("[aeiou]", letters)
            and (before or letters not in _DIGRAPHS)  # "hackmatack" is no "hackmata C K"
            and (said := _said_words(rest))
        ):
            spelled = " ".join(letters.upper())
            return f"{spelled} {said}" if before else f"{said} {spelled}"
    return None


def _said_words(run: str) -> str | None:
    """RUN as a listed word, or as words written together; else None."""
    if run in word_ranks():
        return run
    words = segment(run)
    return " ".join(words) if words else None


def domain(name: str) -> str:
    """A domain name as said: "www.npr.org" -> "N P R dot org"."""
    labels = [p for p in name.split(".") if p]
    if labels and labels[0].lower() == "www":
        labels = labels[1:]
    # a US state's code before "us" ("doj.state.or.us") is spelled, as the ending is
    state = len(labels) - 2 if len(labels) > 2 and labels[-1].lower() == "us" and len(labels[-2]) == 2 else -1
    return " dot ".join(_label(p, i in {len(labels) - 1, state}) for i, p in enumerate(labels))


def _local_part(text: str) -> str:
    """The part of an e-mail address before "@": dots said, underscores and digits read."""
    parts = [p for p in re.split(r"([._+-])", text) if p]
    names = {".": "dot", "_": "underscore", "-": "dash", "+": "plus"}
    return " ".join(names.get(p) or (nw.digits(p) if p.isdigit() else _glued(p)) for p in parts)


def _glued(part: str) -> str:
    """A long part of an e-mail address made of words written together, said as those words ("recall" in
    "hudsonglowrattlerecall"); any other as written."""
    words = segment(part) if len(part) >= _GLUED and part.isalpha() and part.islower() else None
    return " ".join(words) if words else part


@rule(rf"\b([\w.+-]{{1,64}})@([\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{0,6}}\.(?:{TLD}|[a-z]{{2,6}}))\b")
def _email(m: re.Match[str]) -> str:
    return f"{_local_part(m.group(1).strip('.'))} at {domain(m.group(2))}"


_PATH_WORD = re.compile(r"[A-Za-z]{1,20}(?:-[A-Za-z]{1,20})?")  # "news", "license-info"
# a page's name in capitals ("SabbathdayLakeShakerVillage"); a page with its type ("signup.html")
_PATH_NAME = re.compile(r"(?:[A-Z][a-z]{1,15}){2,5}")
_PAGE = re.compile(r"(.+)\.(html?|php|aspx?|pdf)", re.IGNORECASE)


def _path_segment(part: str) -> str | None:
    """A path part as said, or None when it is not words (a date, a slug, an id)."""
    page = _PAGE.fullmatch(part)
    if page:
        said = _path_segment(page.group(1))
        return f"{said} dot {page.group(2).lower()}" if said else None
    if _PATH_WORD.fullmatch(part):  # "roadclosures": words written together are said as those words
        words = segment(part) if len(part) >= _GLUED and part.islower() else None
        return " ".join(words) if words else part.replace("-", " ")
    if _PATH_NAME.fullmatch(part):
        return " ".join(re.findall(r"[A-Z][a-z]+", part))
    # a station's page, a number and a word ("facebook.com/13news", "/wsb2"): the number as a number
    numbered = re.fullmatch(r"(\d{1,3})([A-Za-z]{2,12})|([A-Za-z]{2,12})(\d{1,3})", part)
    if numbered:
        if numbered.group(1):
            return f"{nw.cardinal(int(numbered.group(1)))} {numbered.group(2)}"
        return f"{numbered.group(3)} {nw.cardinal(int(numbered.group(4)))}"
    return None


@rule(
    rf"\b(?i:https?://)?((?:[\w-]{{1,63}}\.){{1,6}}{TLD})\b((?:/[\w%~+-]*)+(?:\.\w+)?)?/?"
    r"(?:[?#]\S*)?"
    r"(?=[\s,;:)\]\"”'’!?]|\.(?:\s|$)|$)"
)
def _url(m: re.Match[str]) -> str:
    said = domain(m.group(1))
    segments = [_path_segment(s) for s in (m.group(2) or "").split("/") if s]
    # said briefly: a short path is read ("npr.org/news"), a long one (dates, slugs, ids) left out
    if segments and len(segments) <= 2 and all(segments):
        said += "".join(f" slash {s}" for s in segments)
    return said


@rule(r"\bhttps?://\S+?(?=[\s,;)\]\"”]|[.!?](?:\s|$)|$)", re.IGNORECASE)
def _other_url(m: re.Match[str]) -> str:
    """A web address on no domain the rules know (an IP address, a rare ending): "a web link"."""
    host = re.match(r"https?://(?:www\.)?([\w-]+(?:\.[\w-]+)*)", m.group(0), re.IGNORECASE)
    return domain(host.group(1)) if host and re.search(r"[A-Za-z]", host.group(1)) else "a web link"


# words after "call 999" that show the number is not counting a noun ("call 100 people")
_CLAUSE = "(?:now|or|and|if|for|immediately|today|instead|to|on|from|at|in|when|as|with)"


def _phone_group(group: str) -> str:
    """A group of a telephone number, digit by digit; a toll-free code is "eight hundred" ("0800" in
    Britain "oh eight hundred", "1800" in Australia and India "one eight hundred")."""
    if group.lstrip("01") == "800" and len(group) <= 4:
        return f"{nw.digits(group[:-3])} eight hundred".strip()
    return nw.digits(group)


@rule(r"(?<![\w$.-])(?:(\+\d{1,3})\s)(\(0\)\s?)?((?:\d{2,4}[\s.-]){1,3}\d{3,4})\b")
def _phone_intl(m: re.Match[str]) -> str:
    """ "+44 20 3239 3535"; "+63 (0) 2877 1111": the trunk zero in brackets, dialled only from inside the
    country, is said as written."""
    country = "plus " + nw.digits(m.group(1)) + (" (zero)" if m.group(2) else "")
    return ", ".join([country, *(nw.digits(g) for g in re.split(r"[\s.-]", m.group(3)))])


@rule(
    r"(?<![\w$.-])(?:(1)[-.\s])?(?:\((\d{3})\)\s?|(\d{3})[-.\s/])(\d{3})[-.](\d{4})\b(?![-.]\d)"
    r"(?:\s?x\s?(\d{1,5})\b)?"
)
def _phone(m: re.Match[str]) -> str:
    """ "(856) 461-1460", "1-800-974-9794", "856-461-1460 x1" (an extension after the number, written "ext."
    for the extension rule below to say)."""
    groups = [g for g in (m.group(2) or m.group(3), m.group(4), m.group(5)) if g]
    said = ", ".join((["one"] if m.group(1) else []) + [_phone_group(g) for g in groups])
    return f"{said}, ext. {m.group(6)}" if m.group(6) else said


@rule(
    r"(?<![\w$.-])(?:(1)-)?(8(?:00|88|77|66|55|44|33))(?:-(?=[A-Z][A-Za-z]+(?:\b|\d))(?:([A-Z]{2,7})(\d{1,5})\b)?"
    r"|(?<=1-8\d\d)(?=\s(?:numbers?|lines?|hotlines?)\b))"
)
def _vanity(m: re.Match[str]) -> str:
    """ "1-800-FLOWERS", "888-Call-FCC", "1-877-CARS654": a toll-free number spelled in words after its area
    code, which is said as a telephone number's group; digits after the word, one by one. "this 1-800
    number": the toll-free code alone (it had been a range, "one to eight hundred")."""
    said = ", ".join((["one"] if m.group(1) else []) + [_phone_group(m.group(2))])
    if m.end() == m.end(2):
        return said
    return said + " " + (f"{m.group(3)} {nw.digits(m.group(4))}" if m.group(3) else "")


@rule(
    r"(?<![\w$.,+-])(?:(0\d{2,4})|\((0\d{1,4})\))(?:[\s-](\d{3,4})\s(\d{3,4})|[\s-](\d{6,8}))\b(?![\s.,-]?\d)"
)
def _phone_trunk(m: re.Match[str]) -> str:
    """ "020 8983 5430", "0161 496 0000", "08744 244888", "0522-2238200": a number dialled with its trunk
    zero, in groups of digits (as in Britain, Ireland, Australia, India); no amount starts with a zero. The
    area code in brackets too: "(01262) 606715", "(020) 7946 0958", and in brackets one of two digits,
    "(03) 9320 6888" (Australia), "(01) 668 8441" (Dublin)."""
    said = ", ".join(_phone_group(g) for g in m.groups()[2:] if g)
    return f"{_phone_group(m.group(1))}, {said}" if m.group(1) else f"({_phone_group(m.group(2))}) {said}"


@rule(r"(?<![\w$€£₹.,-])(?<!Rs )(?<!Rs\. )(\d{9,15})\b(?![.,]\d{3}(?!\d)|[.,]\d{1,2}\b)")
def _long_digits(m: re.Match[str]) -> str:
    """ "9454417413": nine digits or more, with no separator, is a telephone number or a code, said digit by
    digit; copy writes an amount that large with separators or in words ("12,000,000", "12 million"); but
    one that counts a noun stays a number ("120000000 copies")."""
    if _counts_noun(m):
        return m.group(0)
    return nw.digits(m.group(1))


def _counts_noun(m: re.Match[str]) -> bool:
    """The number is followed by a noun it counts ("500-1000 people") and nothing before it calls it a
    number to dial."""
    counted = re.match(r"\s+(?!" + _CLAUSE + r"\b|number|line|hotline|ext)[a-z]{3,}\b", m.string[m.end() :])
    return bool(counted) and not _TO_CALL.search(m.string[max(0, m.start() - 24) : m.start()])


@rule(r"(?<![\w$.,-])(?:(1)-)?((?:\d{3}-){1,2})([A-Z]{4,7})\b(?![-\w])(?:\s?\((\d{4}(?:-\d{4})?)\))?")
def _vanity_after(m: re.Match[str]) -> str:
    """ "1-800-222-TIPS (8477)", "707-543-DRUG", "215-STOP": a number ending in a word to dial, its groups
    of digits said as a telephone number's, the word as written; the word's digits after it, one by one."""
    groups = [g for g in m.group(2).split("-") if g]
    said = ", ".join((["one"] if m.group(1) else []) + [_phone_group(g) for g in groups])
    tail = f" ({nw.digits(m.group(4))})" if m.group(4) else ""
    return f"{said} {m.group(3)}{tail}"


@rule(r"(?:(?<=^)|(?<=[\s(]))(?<!\d\s)(?<!\d\s[AaPp][Mm]\s)(?<!\d[AaPp][Mm]\s)[-−](?=\d)")
def _minus(m: re.Match[str]) -> str:
    """ "-5 C": a sign before a number is "minus"; not after a number or a time ("10 am -6 pm" is a span,
    which the clock rules read), nor before a day of a month ("-13 January": a list's bullet; no day is
    negative)."""
    if _DAY_OF_MONTH.match(m.string, m.end()):
        return ""
    return "minus "


_MONTH_NAMES = "|".join([*MONTHS.values(), *(k.title() for k in MONTHS), "Sept"])  # capitalised: "-3 may be"
_DAY_OF_MONTH = re.compile(rf"(?:0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)?\s(?:{_MONTH_NAMES})\b")


@rule(r"(?<![\w$.,/-])(\d{1,5}(?:-\d{1,7}){2,})\b(?![-/]\d)")
def _digit_groups(m: re.Match[str]) -> str:
    # 978-0-19-515461-5, 0-19-515461-5: codes read digit by digit, group by group
    groups = m.group(1).split("-")
    if len(groups) == 3 and len(groups[0]) == 4 and all(len(g) <= 2 for g in groups[1:]):
        return m.group(0)  # 2021-06-12 is a date (the date rules read it)
    if len(groups) == 3 and len(groups[2]) in {2, 4} and all(len(g) <= 2 for g in groups[:2]):
        return m.group(0)  # 06-12-2021 and 7-10-07 too
    return ", ".join(nw.digits(g) for g in groups)


# words before a number that make it one to call: "call 555-1212 weekdays", "Tel. 555-1212"
_TO_CALL = re.compile(
    r"\b(?:call|phone|tel|telephone|fax|text|dial|contact|reach|line|hotline|number|no|at|or)\W*$",
    re.IGNORECASE,
)


@rule(r"(?<![\w$.,-])(\d{3})-(\d{3})(\d{4})\b(?![-.,]\d)")
def _phone_area_glued(m: re.Match[str]) -> str:
    """ "352-7424830": an area code, then the number's two groups run together: said in its three groups
    (a range before a noun it counts is left: "100-1000000 people")."""
    if _counts_noun(m):
        return m.group(0)
    return ", ".join(_phone_group(g) for g in m.groups())


@rule(r"(?<![\w$.,-])(\d{3})-(\d{4})\b(?!-)")
def _phone_local(m: re.Match[str]) -> str:
    """ "555-1212": a local number, in its groups; but before a noun, with nothing before it to call it a
    number to call, it is a range ("700-1200 words", "500-1000 people")."""
    if _counts_noun(m):
        return m.group(0)
    return f"{nw.digits(m.group(1))}, {nw.digits(m.group(2))}"


_SERVICE = (
    r"calls?|lines?|numbers?|services?|(?:help|hot)lines?|operators?|cent(?:er|re)s?|system|dispatch\w*|app"
    r"|info\w*"
)


@rule(
    r"(?<![\d,.$€£¥₹])(?<![$€£¥₹]\s)\b(911|988|(?:[2-8]11|999|101|111)(?=\s+(?:"
    + _SERVICE
    + r")\b))\b(?![,.]\d)"
    r"(?![\d,.]*\s*(?:%|percent))"
)
def _service_number(m: re.Match[str]) -> str:
    """911 and 988 (the emergency and crisis lines), and 211 ... 811, Britain's 999, 101 and 111 before
    "call", "line", "service" and the like, are said digit by digit; "411 seats" is a number (it had been
    "four one one seats"), and so is an amount ("£988" had been "£nine eight eight")."""
    return nw.digits(m.group(1))


@rule(
    r"\b((?i:dial(?:l?ing|l?ed)?|call(?:ing|ed)?|ring(?:ing)?|rang|text(?:ing|ed)?|phon(?:e|ing|ed)|contact(?:ing|ed)?))"
    r"\s(\d{3,4})\b"
    r"(?![,.]\d|\s?%|\s+(?!" + _CLAUSE + r"\b)[a-z])"
)
def _dialled(m: re.Match[str]) -> str:
    """ "Dial 112", "call 999", "by calling 101", "I called 112 and": a number to dial, digit by digit (not
    before a noun: "call 100 people", "called 200 families")."""
    return f"{m.group(1)} {nw.digits(m.group(2))}"


_TEXT_TO = r"\b((?i:text(?:ing)?)\s(?:(?:[\w'‘’\"“”]+\s){1,3}?to|on))"  # "text JOIN to", "text on"


@rule(
    _TEXT_TO + r"\s(\d{4,6})\b(?![,.]\d|\s?%|\s+(?!" + _CLAUSE + r"\b)[a-z])"
    r"|\b((?i:text(?:ing)?)\s[“\"])(\d{4,6})(?=[”\"])"
)
def _short_code(m: re.Match[str]) -> str:
    """ "text JOIN to 544487", "texting MHA to 741741", "text on 61016", 'text "274637"': a text message's
    short code, digit by digit, as it is keyed."""
    if m.group(1):
        return f"{m.group(1)} {nw.digits(m.group(2))}"
    return f"{m.group(3)}{nw.digits(m.group(4))}"


@rule(
    r"\b((?i:dial|call|ring|text|phone|telephone|tel\.?|hotline|helpline|on|at)(?:\sof)?)\s(1[38]\d{1,2}|\d{2,4})"
    r"((?:\s\d{3,4}){1,2})\b(?![.,]\d|\s?%)"
)
def _spaced_phone(m: re.Match[str]) -> str:
    """ "at 131 444", "on 1800 333 000", "call 0800 555 111": digit groups parted by spaces after a word
    that calls them a number to dial; English copy parts an amount's thousands with commas, not spaces."""
    groups = [m.group(2), *m.group(3).split()]
    if sum(map(len, groups)) < 6 or _counts_noun(m):
        return m.group(0)  # "at 100 200 people"
    return f"{m.group(1)} " + ", ".join(_phone_group(g) for g in groups)


@rule(r"\b(?:ext\.?|extension)\s*(?!(?:19|20)\d\d\b)(\d{1,6})\b", re.IGNORECASE)
def _extension(m: re.Match[str]) -> str:
    """ "ext. 204", "extension 2235": a telephone's extension, digit by digit (not "extension 2025")."""
    return f"extension {nw.digits(m.group(1))}"
