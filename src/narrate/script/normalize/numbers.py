"""Numbers as English words, the ways a newsreader says them (American style, no "and").

Cardinals, ordinals and years come from num2words; this module only trims its British "and" and commas and
adds the readings num2words has no mode for (digit by digit, pairs in codes, decades, fraction
denominators). A numeral longer than `LONG` digits is never turned into an int (Python refuses past 4,300
digits, and nobody says "ten quattuordecillion"): it is read digit by digit. `roman_value` serves every
language's rules.
"""

from __future__ import annotations

from num2words import num2words

LONG = 15  # digits: longer numerals are read digit by digit
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_DIGIT_NAMES = {"0": "oh", **{str(i): _ONES[i] for i in range(1, 10)}}
_DECIMAL_NAMES = {str(i): _ONES[i] for i in range(10)}


def _american(words: str) -> str:
    """num2words' "one thousand, two hundred and five" as an American newsreader says it."""
    return words.replace(",", "").replace(" and ", " ")


def cardinal(n: int) -> str:
    """
    >>> cardinal(1234)
    'one thousand two hundred thirty-four'
    >>> cardinal(-5)
    'minus five'
    """
    return _american(num2words(n))


def ordinal(n: int) -> str:
    """
    >>> ordinal(21), ordinal(100), ordinal(12)
    ('twenty-first', 'one hundredth', 'twelfth')
    """
    return _american(num2words(n, to="ordinal"))


def is_long(text: str) -> bool:
    """Whether a numeral (digits, maybe with commas) is too long to say as one number."""
    return sum(c.isdigit() for c in text) > LONG


def number(text: str) -> str:
    """A whole numeral as written ("1,234", "007", or 30,000 digits), said as a number or digit by digit.

    >>> number("1,234"), number("1" * 16)[:12]
    ('one thousand two hundred thirty-four', 'one one one ')
    """
    plain = text.replace(",", "")
    if is_long(plain):
        return decimal_digits(plain)
    return cardinal(int(plain))


def ordinal_text(text: str) -> str:
    """A written ordinal's number ("21" of "21st"); a long one is read digit by digit, then "th"."""
    plain = text.replace(",", "")
    return f"number {decimal_digits(plain)}" if is_long(plain) else ordinal(int(plain))


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
    return " ".join(_DIGIT_NAMES[c] for c in text if c in _DIGIT_NAMES)


def decimal_digits(text: str) -> str:
    """The part after a decimal point, digit by digit, zero as "zero".

    >>> decimal_digits("07")
    'zero seven'
    """
    return " ".join(_DECIMAL_NAMES[c] for c in text if c in _DECIMAL_NAMES)


def decimal(text: str, *, version: bool = False) -> str:
    """A decimal; a lone zero after the point is "zero" ("15.0 feet"), or "oh" in a VERSION's number ("Web
    2.0", "Android 8.0").

    >>> decimal("1.5"), decimal(".5"), decimal("1,234")
    ('one point five', 'point five', 'one thousand two hundred thirty-four')
    >>> decimal("2.0"), decimal("2.0", version=True), decimal("1.07")
    ('two point zero', 'two point oh', 'one point zero seven')
    >>> decimal("119.70"), decimal("39,908.00")
    ('one hundred nineteen point seven zero', 'thirty-nine thousand nine hundred eight')
    """
    whole, _, frac = text.replace(",", "").partition(".")
    head = number(whole) if whole else ""
    if not frac:
        return head
    if frac == "0":
        return f"{head} point {'oh' if version else 'zero'}".strip()
    if len(frac) > 1 and not frac.strip("0"):  # "39,908.00": zeros alone are not said
        return head or "zero"
    return f"{head} point {decimal_digits(frac)}".strip()


def season_end(start: str, end: str) -> str:
    """The second year of a span written short after its first ("2019-20", "2005/06"): a number, the next
    century's first year said whole, and a season's second year with its zero said as in a year.

    >>> season_end("2019", "20"), season_end("1999", "00"), season_end("2005", "06"), season_end("2001", "05")
    ('twenty', 'two thousand', 'oh six', 'five')
    """
    if end == "00":
        return pairs(int(start) // 100 * 100 + 100)
    if end[0] == "0" and int(end) == (int(start) + 1) % 100:
        return f"oh {cardinal(int(end))}"  # "the 2005-06 school year" "two thousand five to oh six"
    return cardinal(int(end))


def pairs(n: int, *, thousands: bool = True) -> str:
    """Four digits read in pairs, as years and house numbers are.

    >>> pairs(1990), pairs(1905), pairs(2005), pairs(1600), pairs(2021)
    ('nineteen ninety', 'nineteen oh five', 'two thousand five', 'sixteen hundred', 'twenty twenty-one')
    >>> pairs(2005, thousands=False)
    'twenty oh five'
    """
    if n < 1000 or n > 9999:
        return short_pairs(n) if 100 <= n < 1000 else cardinal(n)
    if thousands:
        return _american(num2words(n, to="year")).replace("oh-", "oh ")
    high, low = divmod(n, 100)
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
    >>> plural_words("two by six")  # "2x6s"
    'two by sixes'
    """
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + ("es" if words.endswith("x") else "s")


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(text: str) -> int:
    """
    >>> roman_value("XIV"), roman_value("LIV")
    (14, 54)
    """
    total = 0
    for here, nxt in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[here]
        total += -value if nxt and _ROMAN_VALUES[nxt] > value else value
    return total
