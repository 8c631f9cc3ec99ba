"""Numbers as English words, the ways a newsreader says them (American style, no "and")."""

from __future__ import annotations

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip
_DIGIT_NAMES = {"0": "oh", **{str(i): _ONES[i] for i in range(1, 10)}}


def cardinal(n: int) -> str:
    """
    >>> cardinal(1234)
    'one thousand two hundred thirty-four'
    >>> cardinal(-5)
    'minus five'
    """
    if n < 0:
        return "minus " + cardinal(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {cardinal(rest)}" if rest else "")
    for value, name in _SCALES:
        if n >= value:
            high, rest = divmod(n, value)
            return f"{cardinal(high)} {name}" + (f" {cardinal(rest)}" if rest else "")
    raise AssertionError(n)  # unreachable: every n >= 1000 meets a scale


def ordinal(n: int) -> str:
    """
    >>> ordinal(21), ordinal(100), ordinal(12)
    ('twenty-first', 'one hundredth', 'twelfth')
    """
    words = cardinal(n)
    head, sep, last = words.rpartition(" ")
    head2, hyphen, last2 = last.rpartition("-")
    return head + sep + head2 + hyphen + _ordinal_word(last2)


def _ordinal_word(word: str) -> str:
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    if word.endswith("y"):
        return word[:-1] + "ieth"
    return word + "th"


def plural_ordinal(n: int) -> str:
    """Fraction denominators: "thirds", "quarters" (not "fourths"), "halves".

    >>> plural_ordinal(3), plural_ordinal(4), plural_ordinal(2)
    ('thirds', 'quarters', 'halves')
    """
    return {2: "halves", 4: "quarters"}.get(n) or ordinal(n) + "s"


def digits(text: str) -> str:
    """Digit by digit, zero as "oh" (phone numbers, ZIP codes).

    >>> digits("2050")
    'two oh five oh'
    """
    return " ".join(_DIGIT_NAMES[c] for c in text if c.isdigit())


def decimal_digits(text: str) -> str:
    """The part after a decimal point, digit by digit, zero as "zero".

    >>> decimal_digits("07")
    'zero seven'
    """
    return " ".join("zero" if c == "0" else _ONES[int(c)] for c in text)


def decimal(text: str) -> str:
    """
    >>> decimal("1.5"), decimal(".5"), decimal("1,234")
    ('one point five', 'point five', 'one thousand two hundred thirty-four')
    """
    whole, _, frac = text.replace(",", "").partition(".")
    head = cardinal(int(whole)) if whole else ""
    if not frac:
        return head
    return f"{head} point {decimal_digits(frac)}".strip()


def pairs(n: int, *, thousands: bool = True) -> str:
    """Four digits read in pairs, as years and house numbers are.

    >>> pairs(1990), pairs(1905), pairs(2005), pairs(1600), pairs(2021)
    ('nineteen ninety', 'nineteen oh five', 'two thousand five', 'sixteen hundred', 'twenty twenty-one')
    >>> pairs(2005, thousands=False)
    'twenty oh five'
    """
    if n < 1000 or n > 9999:
        return short_pairs(n) if 100 <= n < 1000 else cardinal(n)
    high, low = divmod(n, 100)
    if thousands and (n % 1000 == 0 or 2000 <= n < 2010):
        return cardinal(n)
    if low == 0:
        return f"{cardinal(high)} hundred"
    return f"{cardinal(high)} " + (f"oh {_ONES[low]}" if low < 10 else cardinal(low))


def short_pairs(n: int) -> str:
    """Three digits as a model or house number: 737 "seven thirty-seven", 400 "four hundred".

    >>> short_pairs(737), short_pairs(305), short_pairs(400)
    ('seven thirty-seven', 'three oh five', 'four hundred')
    """
    if n < 100 or n > 999 or n % 100 == 0:
        return cardinal(n)
    high, low = divmod(n, 100)
    return f"{_ONES[high]} " + (f"oh {_ONES[low]}" if low < 10 else cardinal(low))


def code_number(text: str) -> str:
    """A number inside a code or a name ("F-35", "Boeing 737", "Form 1040"): in pairs past two digits."""
    if len(text) > 4 or text.startswith("0"):
        return digits(text)
    return pairs(int(text), thousands=False)


def plural_words(words: str) -> str:
    """Decades and centuries: "nineteen ninety" -> "nineteen nineties", "eighteen hundred" -> "... hundreds".

    >>> plural_words("nineteen ninety"), plural_words("sixty"), plural_words("eighteen hundred")
    ('nineteen nineties', 'sixties', 'eighteen hundreds')
    """
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + "s"
