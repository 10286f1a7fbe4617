"""Which calendar day a time belongs to when its date is a night (issue 13).

"Late Friday night, November 20 … at 12:04:19 AM" is the 21st: a small-hours time
(00:00–05:59) with a date the sentence calls a night is on the next day. A night
written as two days ("the night of 20 to 21", "in der Nacht vom 20. auf den 21.",
"la nuit du 20 au 21") puts an evening time on the first and a small-hours one on
the second; a time that is neither is given no date (never a guessed one).
A night may also be written after its date ("6월 29일(월) 밤", "6月29日の夜").
Words from data/labels.toml [night_of], [night_after] and [night].
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from functools import cache

from ipom_mail.pipeline.fields.labels import label_pattern, label_words_raw, whole_words

_SMALL_HOURS = time(6, 0)  # before this, a night's time is on its second day
_EVENING = time(18, 0)  # from this, a night's time is on its first day
# Only a comma or one weekday-long word may stand between the night words and the date.
_BETWEEN = r"[\s,]*(?:[^\W\d_]{5,}[\s,]+)?$"
# "20 to 21", "20. auf den 21.", "20 au 21", "20–21", "со второго на третье", "на осми
# срещу девети": two days (digits or ordinal words) and a few short words between.
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d|[:.h]\d)\.?(?:st|nd|rd|th)?")  # no clock
_BETWEEN_DAYS = re.compile(
    r"\s*(?:[-–/]|(?:[^\W\d_]{1,6}\s+){0,2}[^\W\d_]{1,6}"
    r"|[^\W\d_]{1,6}(?:\s+[^\W\d_]{3,9},?){1,2})\s*"
)  # or "into Saturday June": a word, then a weekday or a month or both
# between the night word and its first day: a few words ("of the", "of Friday June")
_WORDS_ONLY = re.compile(r"(?:\s*[^\W\d_]{1,9},?){0,4}\s*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
_REACH = 40  # characters: how far before a date its night words may stand


@cache
def _night_of() -> re.Pattern[str]:
    """The words that call the date right after them a night, ending at its start."""
    return re.compile(rf"(?:{label_pattern('night_of').pattern}){_BETWEEN}", re.I)


@cache
def _night_after() -> re.Pattern[str]:
    """The words that call the date right before them a night, from its end."""
    words = label_words_raw("night_after")
    return re.compile(rf"[\s,]*(?:[(（][^()（）\n]{{1,12}}[)）])?[\s,]*(?:{words})", re.I)


@cache
def _night_of_either() -> re.Pattern[str]:
    """The words of a night named by one date that usage reads both ways."""
    return re.compile(rf"(?:{label_pattern('night_of_either').pattern}){_BETWEEN}", re.I)


def _days_after(text: str, start: int) -> list[tuple[int, int, int]]:
    """(start, end, day) of the first two days written from `start` on, in digits or in
    ordinal words ("второго", "осми"), each with where it is written."""
    from ipom_mail.pipeline.fields.ordinal_days import ordinal_starting_at

    tokens = list(_WORD.finditer(text, start))
    days: list[tuple[int, int, int]] = []
    i = 0
    while i < len(tokens) and len(days) < 2:
        digits = _DAY.match(text, tokens[i].start())
        if digits is not None:
            days.append((digits.start(), digits.end(), int(digits.group(1))))
        elif (words := ordinal_starting_at(tokens, i)) is not None:
            days.append((tokens[i].start(), tokens[words.last - 1].end(), words.day))
            i = words.last - 1
        i += 1
    return days


def _two_days(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first and second day numbers of a night written as two days ("the night of 20
    to 21", "the night of Friday June 20 into Saturday June 21") when the date
    text[start:end] is one of them and the night word stands just before them; else None."""
    lead = max(0, start - 2 * _REACH)  # the second of two whole dates stands further
    nights = list(whole_words("night").finditer(text, lead, end))
    if not nights:
        return None
    night = nights[-1]
    days = _days_after(text[: end + _REACH], night.end())
    if len(days) < 2 or not _WORDS_ONLY.fullmatch(text, night.end(), days[0][0]):
        return None
    (first_start, first_end, first), (second_start, second_end, second) = days
    if not _BETWEEN_DAYS.fullmatch(text, first_end, second_start):
        return None
    if not (first_start < end and start < second_end):
        return None  # another date after the night's
    if second != first + 1 and not (second == 1 and first >= 28):
        return None
    return first, second


def in_two_day_night(text: str, start: int, end: int) -> bool:
    """Whether the date text[start:end] is one of a night written as two days ("the night
    of the 2nd to the 3rd"): with no time, it names no one day."""
    return _two_days(text, start, end) is not None


def night_day(text: str, start: int, end: int, day: date, clock: time) -> date | None:
    """The day a time at `clock` belongs to, given the date text[start:end] read as `day`:
    the next day for a small-hours time when that date is called a night, the night's
    evening or morning day for a night written as two days, else `day` itself."""
    pair = _two_days(text, start, end)
    if pair is not None and day.day in pair:
        first_day = day if day.day == pair[0] else day - timedelta(days=1)
        if clock < _SMALL_HOURS:
            return first_day + timedelta(days=1)
        return first_day if clock >= _EVENING else None
    before = text[max(0, start - _REACH) : start]
    if clock < _SMALL_HOURS and _night_of_either().search(before):
        return None  # "la notte del 20, alle 2:10": the 20th or the 21st
    if clock < _SMALL_HOURS and (_night_of().search(before) or _night_after().match(text, end)):
        return day + timedelta(days=1)
    return day
