"""Clock times: "12:55 p.m. ET" is "twelve fifty-five p m Eastern time".

a.m. and p.m. in any case, with or without periods and spaces ("1AM", "9 a.m.", "10:30P.M."); a 24-hour
time ("23:51") said as its hours and minutes. A time zone after a time is said in full whether written in
capitals or in lower case ("EST", "est"); a two-letter zone only in capitals ("ET", not "et" or "Mt.").
"""

from __future__ import annotations

import functools
import re

from narrate.script.normalize import numbers as nw
from narrate.script.normalize.rules import Rules, adjectival, determiner_before, joint
from narrate.script.normalize.tables import FULL_WEEKDAYS, TIME_ZONES

RULES = Rules()
rule = RULES.rule

_AMPM = r"([ap])\.?\s?m\b\.?"
_LOWER_ZONES = [z.lower() for z in TIME_ZONES if len(z) >= 3]
_ZONE = r"(?:,?\s(" + "|".join([*TIME_ZONES, *_LOWER_ZONES]) + r")\b(?![.'’-]?\w))?"


@rule(r"(?<![\w.,:])([01]?\d|2[0-3])h([0-5]\d)(?![\w:]|[.,]\d)")
def _french_style(m: re.Match[str]) -> str:
    """ "at 17h00", "Closing ceremony 4h15 pm": a clock time written the French way is a clock time, read by
    the rules below as "17:00" is (eSpeak NG said "h")."""
    return f"{m.group(1)}:{m.group(2)}"


@rule(r"\b([Nn]oon|[Mm]idnight)\s?[-–]\s?(?=\d{1,2}(?::\d\d)?\s?[ap]\.?\s?m\b)")
def _noon_range(m: re.Match[str]) -> str:
    """ "noon – 12:30 p.m.": a span of time from noon or midnight to a clock time is said with "to", as one
    between two clock times is."""
    return f"{m.group(1)} to "


@rule(r"\b(\d{1,2}(?::\d\d)?\s?[ap]\.?\s?m\b\.?)\s?[-–]\s?(?=noon\b|midnight\b)", re.IGNORECASE)
def _range_to_noon(m: re.Match[str]) -> str:
    """ "(9 a.m. – noon)", "10 p.m.-midnight": from a clock time to noon or midnight, said with "to"."""
    return f"{m.group(1)} to "


@rule(r"(?<![\d:.])\b((?:0?\d|1[0-2]):[0-5]\d):00(?=\s?[ap]\.?\s?m\b)", re.IGNORECASE)
def _zero_seconds(m: re.Match[str]) -> str:
    """ "03:15:00 PM" (a log's or a listing's time stamp): the hour and minutes, "three fifteen p m"; seconds
    that are zero are not said."""
    return m.group(1)


def clock(hour: int, minute: str | None, *, ampm: bool) -> str:
    """ "12", "55" -> "twelve fifty-five"; "6", "00" -> "six", with or without a.m./p.m. (readers of the
    pairs say "from nine to four", "until five tonight", "at nine" far more often than "o'clock"); an hour
    only the 24-hour clock has, "17", "00" -> "seventeen hundred" (nobody says "seventeen o'clock")."""
    said = nw.cardinal(hour)
    if minute is None or minute == "00":
        if not ampm and minute and hour > 12:
            return f"{said} hundred"
        if not ampm and minute and hour in {0, 24}:
            return "midnight"
        return said
    m = int(minute)
    return f"{said} oh {nw.cardinal(m)}" if m < 10 else f"{said} {nw.cardinal(m)}"


def zone(code: str | None) -> str:
    """The time zone's name after a time (" Eastern time"), or nothing."""
    if not code:
        return ""
    return f" {TIME_ZONES.get(code.upper(), code)}"


@rule(
    rf"(?<![\w$.,/:-])(\d{{1,2}})(?:[:.](\d{{2}}))?(?:\s?[-–]\s?|/(?=\d{{1,2}}\s?[aApP]))(\d{{1,2}})(?:[:.](\d{{2}}))?"
    rf"\s?(?i:{_AMPM}){_ZONE}"
)
def _hours_ampm(m: re.Match[str]) -> str:
    """ "5-7 p.m.", "10:30-11 a.m.", "By 10/11pm": hours from one to the other, a.m. or p.m. written once,
    after both."""
    first, last = int(m.group(1)), int(m.group(3))
    if not (1 <= first <= 12 and 1 <= last <= 12) or any(g and int(g) > 59 for g in (m.group(2), m.group(4))):
        return m.group(0)
    to = joint(m.string, m.start())
    said = f"{clock(first, m.group(2), ampm=True)} {to} {clock(last, m.group(4), ampm=True)}"
    return f"{said} {m.group(5).lower()} m" + zone(m.group(6)) + _sentence_end(m)


@rule(rf"(?<![\d:.])\b(1[0-2]|0?[1-9]):([0-5]\d)([ap])\b(?![\w'’]|\.\w){_ZONE}")
def _time_a_p(m: re.Match[str]) -> str:
    """ "5:45p", "10:30a": a clock time with a or p glued after it (timetables, listings) is a.m. or p.m."""
    return f"{clock(int(m.group(1)), m.group(2), ampm=True)} {m.group(3)} m" + zone(m.group(4))


@rule(
    rf"\b(\d{{1,2}})(?:[:.](\d{{2}}))?\s?(?i:{_AMPM})"
    rf"(?:\s?[-–]\s?(\d{{1,2}})(?:[:.](\d{{2}}))?\s?(?i:{_AMPM}))?{_ZONE}"
)
def _time_ampm(m: re.Match[str]) -> str:
    hour = int(m.group(1))
    if not 0 <= hour <= 24 or (m.group(2) and int(m.group(2)) > 59):
        return m.group(0)
    said = f"{clock(hour, m.group(2), ampm=True)} {m.group(3).lower()} m"
    if m.group(4):
        to = joint(m.string, m.start())
        said += f" {to} {clock(int(m.group(4)), m.group(5), ampm=True)} {m.group(6).lower()} m"
    return said + zone(m.group(7)) + _sentence_end(m)


@rule(r"(?<![\d:.])\b(\d{1,2}):([0-5]\d)\s?(min(?:s|utes?)?\s?)?/\s?(km|mi|mile)\b")
def _pace(m: re.Match[str]) -> str:
    """ "pace 4:15 min/km" "four fifteen minutes per kilometer", "7:30/mile" "seven thirty per mile": a
    runner's pace, minutes and seconds per distance (the unit had been left as written, "min/km")."""
    unit = "kilometer" if m.group(4) == "km" else "mile"
    seconds = int(m.group(2))
    if not seconds:
        return f"{nw.cardinal(int(m.group(1)))} minutes per {unit}"  # "5:00/km"
    said = clock(int(m.group(1)), m.group(2), ampm=True)
    return f"{said} {'minutes ' if m.group(3) else ''}per {unit}"


@rule(
    rf"(?<![\d:.])\b([01]?\d|2[0-3]):([0-5]\d):([0-5]\d)(?![\d:]|\.\d)"
    rf"(?=\s?(?:[aApP]\.?\s?[mM]\b|UTC?\b|GMT\b|{'|'.join(TIME_ZONES)}\b))(?:\s?(?i:{_AMPM}))?{_ZONE}"
)
def _clock_seconds(m: re.Match[str]) -> str:
    """ "at 20:17:40 UT", "(4:17:40 p.m. EDT)", "13:32:00 UTC": a clock time with its seconds, before a.m.,
    p.m. or a time zone, "twenty seventeen and forty seconds" (no seconds said for ":00")."""
    hour, seconds = int(m.group(1)), int(m.group(3))
    if m.group(4) and not 1 <= hour <= 12:
        return m.group(0)
    said = clock(hour, m.group(2), ampm=bool(m.group(4)))
    if seconds:
        said += f" and {nw.cardinal(seconds)} second{'' if seconds == 1 else 's'}"
    if m.group(4):
        said += f" {m.group(4).lower()} m"
    return said + zone(m.group(5)) + (_sentence_end(m) if m.group(4) else "")


@rule(r"(?<![\d:.])(\d):([0-5]\d):([0-5]\d)(?![\d:]|\.\d|\s?[ap]\.?m\b)")
def _duration(m: re.Match[str]) -> str:
    """ "1:07:40", "(2:28:06)": hours, minutes and seconds (a race or a record), each said with its unit.
    Under ten hours: "12:30:15" is likelier a clock with its seconds, left to the other rules."""
    parts = zip((int(g) for g in m.groups()), ("hour", "minute", "second"), strict=True)
    said = [f"{nw.cardinal(n)} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n]
    return ", ".join(said) or "zero seconds"


@rule(
    r"(?<![\w.,:])(?:(\d{1,3})\s?h\s?([0-5]?\d)\s?(?:min|mins|minutes?|m)(?:\s?([0-5]?\d)\s?s)?"
    r"|(\d{1,3})\s?m\s?([0-5]?\d)\s?s)\b(?!\.\w)"
)
def _hours_minutes(m: re.Match[str]) -> str:
    """ "10h28min", "2h 30min", "1h 30m", "(52m 25s)": a duration in hours and minutes, or minutes and
    seconds, each said with its unit ("m" alone is metres, but not between hours and seconds)."""
    found = m.group(1, 2, 3) if m.group(1) else (None, m.group(4), m.group(5))
    parts = zip((int(g or 0) for g in found), ("hour", "minute", "second"), strict=True)
    return (
        " ".join(f"{nw.cardinal(n)} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n)
        or "zero minutes"
    )


@rule(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:]|[.,]\d)")
def _lap(m: re.Match[str]) -> str:
    """ "a lap of 1:23.456", "swam 1:02.59": a race time, minutes then seconds with their decimals (no clock
    has them). Under ten minutes it is said as the sport says it, "one oh two point five nine"; from ten
    minutes on with its units, "thirteen minutes thirty-four point two five seconds"."""
    minutes = int(m.group(1))
    seconds = nw.decimal(f"{int(m.group(2))}.{m.group(3)}")
    if minutes < 10:
        return f"{nw.cardinal(minutes)} {'oh ' if m.group(2).startswith('0') else ''}{seconds}"
    return f"{nw.cardinal(minutes)} minutes {seconds} seconds"


@rule(r"(?<![\w.,’'′])(\d{1,2})\s?['’′]\s?(1[2-9]|[2-5]\d)(\.\d{1,3})?\s?(?:\"|''|’’|″|”)(?!\d)")
def _marked_minutes(m: re.Match[str]) -> str:
    """ "dropped to 1'20\"", "a 59'16\"", "1’12”": a race's minutes and seconds by their marks, each said with
    its unit. Only from twelve seconds on: under twelve the marks may be feet and inches ("5'10\"")."""
    minutes, seconds = int(m.group(1)), nw.decimal(f"{int(m.group(2))}{m.group(3) or ''}")
    return f"{nw.cardinal(minutes)} minute{'' if minutes == 1 else 's'} {seconds} seconds"


# Words that start a sentence and cannot go on with a time ("8 p.m. Tickets ..." is not one of them: a
# name, a day or a place after the time may be, "at 9 a.m. Mt. Hood"; there the period is left out as before)
_STARTS_SENTENCE = re.compile(
    r"\s+[\"“‘'(\[]*(?:The|A|An|It|Its|He|She|They|We|I|You|This|That|These|Those|There|Then|But|And|So"
    r"|Or|If|When|While|After|Before|In|On|At|For|By|From|With|As)\b"
)


def _sentence_end(m: re.Match[str]) -> str:
    """ "." when the period of "a.m." also ends the sentence (AP writes one period for both), so that the
    sentence's pause stays: at the end of the text, or before a word that starts a sentence."""
    if not m.group(0).endswith("."):
        return ""
    rest = m.string[m.end() :]
    return "." if not rest.strip() or _STARTS_SENTENCE.match(rest) else ""


@rule(r"(?<![\w.,])(\d{1,3}\.\d{1,3})s\b(?!['’])")
def _decimal_seconds(m: re.Match[str]) -> str:
    """ "Winning time: 58.70s", "(slow by 1.10s)": a decimal glued to "s" is seconds ("5s" is left); "a
    9.58s world record" is an adjective's "second"."""
    adjective = adjectival(determiner_before(m.string, m.start()), m.string, m.end())
    return f"{nw.decimal(m.group(1))} {'second' if adjective else 'seconds'}"


@rule(rf"(?<![\d:.])\b([01]?\d|2[0-3]):([0-5]\d)\s?[-–]\s?([01]?\d|2[0-3]):([0-5]\d)\b(?!:\d){_ZONE}")
def _times(m: re.Match[str]) -> str:
    """ "from 10:00-11:30": one clock time to another ("ten to eleven thirty")."""
    first = clock(int(m.group(1)), m.group(2), ampm=True)
    return f"{first} {joint(m.string, m.start())} {clock(int(m.group(3)), m.group(4), ampm=False)}" + zone(
        m.group(5)
    )


@rule(r"(?<![\d:.])\b([01]?\d|2[0-3]):([0-5]\d)(?:\s?(hrs|hours)\b|(?=\s?o['’]clock\b))")
def _time_in_words(m: re.Match[str]) -> str:
    """ "from 15:00 hrs" "fifteen hundred hours", "between 06:30 and 07:30 hours": a clock time before
    "hrs" is the 24-hour clock's, said as its hours are; "until 18:00 o'clock" "eighteen o'clock": before
    "o'clock" the hour alone (not "eighteen hundred o'clock")."""
    hour, minute = int(m.group(1)), m.group(2)
    if not m.group(3):
        return m.group(0) if minute != "00" else nw.cardinal(hour)
    # a written leading zero is said where the text's clock has hours past twelve, as for "_time" below
    lead = "oh " if m.group(1).startswith("0") and hour and _hours_past_twelve(m.string) else ""
    if minute == "00":
        return f"{lead}{nw.cardinal(hour) if hour else 'zero'} hundred hours"
    return f"{lead}{clock(hour, minute, ampm=True)} hours"


@rule(rf"(?<![\d:.])\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:\d){_ZONE}")
def _time(m: re.Match[str]) -> str:
    """ "at 22:40", "at 9:30"; "until 05:00" beside "from 16:00" "oh five hundred": an hour written with its
    leading zero where the text's clock has hours past twelve is said on the 24-hour clock, as "sixteen
    hundred" is."""
    hour = m.group(1)
    if len(hour) == 2 and hour.startswith("0") and hour != "00" and _hours_past_twelve(m.string):
        minute = "hundred" if m.group(2) == "00" else clock(0, m.group(2), ampm=False).split(" ", 1)[1]
        return f"oh {nw.cardinal(int(hour))} {minute}" + zone(m.group(3))
    return clock(int(hour), m.group(2), ampm=False) + zone(m.group(3))


# a time on the 24-hour clock that only it has ("16:00", "22:40"), with nothing after it that says a.m./p.m.
_HOURS_PAST_TWELVE = re.compile(r"(?<![\d:.])\b(?:1[3-9]|2[0-3]):[0-5]\d\b(?!:\d|\s?[apAP]\.?[mM]\b)")


@functools.lru_cache(maxsize=4)
def _hours_past_twelve(text: str) -> bool:
    """Whether TEXT has such a time; once per text, not once per time in it (a page of times stays linear)."""
    return _HOURS_PAST_TWELVE.search(text) is not None


_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


@rule(rf"\b({_HOUR_WORDS})\s([ap])\.m\.")
def _word_ampm(m: re.Match[str]) -> str:
    """ "three or four a.m.": an hour in words before a.m. or p.m."""
    return f"{m.group(1)} {m.group(2)} m" + _sentence_end(m)


@rule(r"\b(1[0-2]|0?[1-9])([0-5]\d)\s?([ap])\.?m\b\.?")
def _glued_clock(m: re.Match[str]) -> str:
    """ "As of 1230am": hours and minutes written without their colon before a.m. or p.m."""
    return f"{clock(int(m.group(1)), m.group(2), ampm=True)} {m.group(3).lower()} m" + _sentence_end(m)


@rule(
    r"\b((?:[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Aa]t|[Bb]y|[Aa]fter|[Bb]efore)\s|(?<![\w$.,:/-]))(1[0-2]|[1-9])([0-5]\d)"
    r"\s([AP])M\b" + _ZONE
)
def _forecast_clock(m: re.Match[str]) -> str:
    """ "in effect from 1000 AM until 400 PM", "346 PM CDT Mon May 20 2013": the National Weather Service's
    times, without a colon, in capitals after a word that places a time or before a time zone (a station's
    "1230 AM" is its frequency)."""
    if not m.group(1) and not m.group(5):
        return m.group(0)
    return f"{m.group(1)}{clock(int(m.group(2)), m.group(3), ampm=True)} {m.group(4)} M" + zone(m.group(5))


@rule(
    r"(?<![\w$.,:/-])([01]\d|2[0-3])([0-5]\d)(?=,?\s(?:"
    + "|".join(z for z in TIME_ZONES if len(z) >= 3)
    + r")\b)"
    + _ZONE
)
def _hhmm_zone(m: re.Match[str]) -> str:
    """ "at 1630 AEST": four digits before a time zone are a 24-hour time, "sixteen thirty" (not a year);
    a written leading zero is said, "(0309 GMT Thursday)" "oh three oh nine", "0900 GMT" "oh nine hundred"."""
    hour, minutes = int(m.group(1)), m.group(2)
    said = _oh_clock(hour, minutes) if m.group(1).startswith("0") else clock(hour, minutes, ampm=False)
    return said + zone(m.group(3))


def _oh_clock(hour: int, minutes: str) -> str:
    """A 24-hour time written with its leading zero: "oh nine hundred", "oh three oh nine"."""
    return "oh " + (f"{nw.cardinal(hour)} hundred" if minutes == "00" else clock(hour, minutes, ampm=True))


@rule(
    r"\b([Bb]efore|[Aa]fter|[Bb]etween|[Ff]rom|[Uu]ntil|[Tt]ill|[Ss]ince)\s0([1-9])([0-5]\d)(?![\d:/-]|[.,]\d|\s?\d)"
)
def _zero_clock(m: re.Match[str]) -> str:
    """ "before 0930", "between 0700 and 1900": four digits with a leading zero after a word that places a
    time are a 24-hour time, "oh nine thirty", "oh seven hundred" (not digits: a telephone number goes on
    with more digits, and "at 0800" may begin one)."""
    return f"{m.group(1)} {_oh_clock(int(m.group(2)), m.group(3))}"


@rule(
    r"\b([Aa]t|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]eyond|[Aa]pproximately|[Aa]bout|[Aa]round|Time:)\s([01]\d|2[0-3])"
    r"(?:([0-5]\d)\s?(?:hrs|hours)|\s?hrs)\b"
)
def _hours_clock(m: re.Match[str]) -> str:
    """ "open at 16hrs", "beyond 1830hrs", "at approximately 2015 hours", "Time: 1020 hours": a 24-hour time
    said "sixteen hundred hours" ("eighteen thirty", "twenty fifteen").

    Only after a word that places a time: "after 20 hours", "for 12hrs", "volunteered 1200 hours" are
    durations; "hours" only after four digits ("at 16 hours" may be one).
    """
    hour, minute = int(m.group(2)), m.group(3)
    lead = f"{m.group(1)} " + ("oh " if m.group(2).startswith("0") and hour else "")
    if not minute or minute == "00":
        return f"{lead}{nw.cardinal(hour) if hour else 'zero'} hundred hours"
    return f"{lead}{clock(hour, minute, ampm=True)} hours"


@rule(rf"(?<=\b[apAP] [mM])\s\(({'|'.join(TIME_ZONES)})\)")
def _zone_in_brackets(m: re.Match[str]) -> str:
    """ "7 p.m. (CDT)": a time zone in brackets after a time (said by then) is said in full, as it is
    without them ("seven p m Central Daylight Time"); the brackets are not heard."""
    return zone(m.group(1))


# a part of the day after a time written with a point, which makes it a clock time ("7.30 in the morning")
DAY_PART = r"(?:(?:this|in\sthe)\s(?:morning|afternoon|evening)|tonight)"


@rule(
    r"\b([Aa]t|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom)\s([01]?\d|2[0-3])\.([0-5]\d)"
    rf"(?=\s(?:{DAY_PART}|today|tomorrow|on\s(?:{FULL_WEEKDAYS}))\b)"
)
def _dotted_clock(m: re.Match[str]) -> str:
    """ "at 7.10 this evening", "at 7.30 in the morning", "until 9.30 on Friday": British copy's point
    between hours and minutes, before a word that names the day or its part, is a clock time ("seven
    ten"), not a decimal."""
    return f"{m.group(1)} {clock(int(m.group(2)), m.group(3), ampm=True)}"
