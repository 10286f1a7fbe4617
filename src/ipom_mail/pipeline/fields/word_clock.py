"""Clocks written with hour and minute words, not a colon (issue 13): "19 giờ 05 phút",
"19 óra 5 perckor", "в 19 ч 05 мин", "19 นาฬิกา 05 นาที", and "pukul 19.05".

The words are data (data/clock_words.toml, one table per language); clock.py reads
the matches as it reads its other forms. The same words name durations ("2 ч 30 мин"
of a time-lapse), so a word clock counts only as a point in time: after a lead word
("в", "lúc", "στις"), with an "at" ending ("05-kor"), with a zone after it or with a
date right beside it. A zone written after such a date is the time's too ("19 giờ 05
phút, ngày 19 tháng 3 năm 2027 (giờ Việt Nam)").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

_LETTER_END = r"(?![^\W\d_])"
_LETTER_START = r"(?<![^\W\d_])"
# what may stand between a time and a date beside it: ", ngày ", " on ", ", le "
_TO_DATE = re.compile(r"[ \t]*,?[ \t]*(?:[^\W\d_]{1,6}\.?[ \t]+)?")
_FROM_DATE = re.compile(r"[ \t]*,?[ \t]*(?:[^\W\d_]{1,6}\.?[ \t]+)?$")
_WINDOW = 60  # characters either side of a time where a date beside it is looked for
_ZONE_GAP = 2  # characters: a zone right after the date ("2027 (giờ Việt Nam)")
# a year the date reader left after the day and month, with its word: " năm 2027", " 2027 г."
_YEAR_TAIL = re.compile(
    r"[ \t]*,?[ \t]*(?:[^\W\d_]{1,5}[ \t]+)?\d{4}(?!\d)(?:[ \t]*[^\W\d_]{1,4}\.)?"
)


@cache
def _tables() -> dict[str, dict[str, Any]]:
    text = files("ipom_mail").joinpath("data/clock_words.toml").read_text("utf-8")
    return tomllib.loads(text)


def _words(key: str, spaced_only: bool | None = None) -> list[tuple[str, bool]]:
    """Every language's words under `key`, with whether the language spaces its words."""
    found: dict[str, bool] = {}
    for table in _tables().values():
        spaced = bool(table.get("spaced", True))
        if spaced_only is None or spaced is spaced_only:
            for word in table.get(key, ()):
                found.setdefault(word, spaced)
    return sorted(found.items(), key=lambda item: len(item[0]), reverse=True)


def _either(words: Iterable[tuple[str, bool]]) -> str:
    """The words as one alternation, each ending at a word's end where words are spaced."""
    return "|".join(
        re.escape(w) + (_LETTER_END if spaced and w[-1].isalpha() else "") for w, spaced in words
    )


@cache
def word_clock() -> re.Pattern[str]:
    """Hour word, minute (its word, unless two digits), seconds and their word."""
    join = _either(_words("join"))
    return re.compile(
        # digits of any script ("৬টা ৫২ মিনিট"): clock.py checks the hour and minute
        rf"(?<![\d.,:])(?P<h>\d{{1,2}})\s*(?:{_either(_words('hour'))})\s*"
        rf"(?:(?:{join})\s+)?"
        rf"(?:(?P<mi>\d{{1,2}})\s*(?:{_either(_words('minute'))})"
        rf"(?:\s*(?P<s>\d{{1,2}})\s*(?:{_either(_words('second'))}))?"
        r"|(?P<mi2>\d{2})(?![\d.,:]))",
        re.I,
    )


@cache
def lead_dot_clock() -> re.Pattern[str]:
    """ "pukul 19.05", "saat 19.05.20": a dot time after a word that says a time follows."""
    return re.compile(
        rf"{_LETTER_START}(?:{_either(_words('dot_lead'))})\s+"
        r"(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?:\.(?P<s>[0-5]\d))?(?![.,]?\d)",
        re.I,
    )


@cache
def _lead_before() -> re.Pattern[str]:
    return re.compile(rf"{_LETTER_START}(?:{_either(_words('lead'))})\s*$", re.I)


@cache
def _point_after() -> re.Pattern[str]:
    return re.compile(rf"-?(?:{'|'.join(re.escape(p) for p, _ in _words('point'))})", re.I)


def _point_ending(text: str, end: int) -> bool:
    """Whether an "at" ending is written onto the clock ("05-kor", "5 perckor")."""
    ending = _point_after()
    if ending.match(text, end):
        return True
    tail = text[max(0, end - 6) : end]
    return any(tail.endswith(p) for p, _ in _words("point"))


def date_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The date written right before or right after the time at [start, end), a weekday's
    name at most between, or None.
    Dates are looked for in a window around the time: a megabyte of log lines with a time
    on each is read once, not once per time."""
    from ipom_mail.pipeline.fields.dates import date_spans
    from ipom_mail.pipeline.fields.weekday_words import only_a_weekday

    base = max(0, start - _WINDOW)
    gap = _TO_DATE.match(text, end)
    after = gap.end() if gap else end
    for first, last in date_spans(text[base : end + _WINDOW]):
        first, last = first + base, last + base
        if first == after or (after < first < after + 16 and only_a_weekday(text[after:first])):
            return first, last  # "0:04 del domingo 21 de marzo"
        if last <= start and len(text[last:start]) < 12 and _FROM_DATE.search(text[last:start]):
            return first, last
    return None


@cache
def _clock_only() -> tuple[str, ...]:
    """The hour words of languages whose durations use another word (Thai "นาฬิกา")."""
    return tuple(w for t in _tables().values() if t.get("clock_only") for w in t.get("hour", ()))


def is_point(text: str, start: int, end: int) -> bool:
    """Whether a word clock at [start, end) is a point in time, not a duration: a clock-only
    hour word, a lead word before it, an "at" ending, or a date right beside a two-digit
    hour."""
    if any(word in text[start:end] for word in _clock_only()):
        return True
    if _lead_before().search(text[max(0, start - 16) : start]) or _point_ending(text, end):
        return True
    # beside a date only a two-digit hour: "19 giờ 05 phút, ngày 19 tháng 3", not the
    # "2 ч 30 мин, 14 марта" a time-lapse lasted
    two_digits = text[start : start + 2].isdigit()
    return two_digits and date_beside(text, start, end) is not None


def zone_start_after_date(text: str, start: int, end: int) -> int | None:
    """Where a zone may start after the date that follows a time ("19 giờ 05 phút, ngày 19
    tháng 3 năm 2027 (giờ Việt Nam)"): the date's end; None without such a date."""
    found = date_beside(text, start, end)
    if found is None or found[0] < end:
        return None
    year = _YEAR_TAIL.match(text, found[1])
    return year.end() if year else found[1]


def zone_right_there(text: str, pos: int, zone_start: int) -> bool:
    """Whether a zone read from `pos` starts right there, a space or bracket away."""
    return zone_start - pos <= _ZONE_GAP
