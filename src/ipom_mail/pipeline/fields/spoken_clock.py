"""Clock times said in words (issue 33): "half past nine in the evening", "o wpół do
dziesiątej wieczorem", "saat dokuzu çeyrek geçe", "às oito da noite", "saa tatu na robo
usiku" (Swahili hours count from 06:00 and 18:00), "สองทุ่มสิบห้านาที" (Thai 20:15).

The words are data (data/spoken_clocks.toml). An hour said on a 12-hour dial is read
only when a day-period word right beside it settles its half of the day (CLDR's, or the
language's own); "half past nine" alone, or with a word that contradicts it, is not read:
a wrong half of the day is a wrong UT time. Thai's hour words name their part of the day.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import time
from functools import cache
from importlib.resources import files
from typing import Any

from num2words import num2words

from ipom_mail.pipeline.fields.day_period_elsewhere import period_elsewhere
from ipom_mail.pipeline.fields.day_periods import (
    compound_period_before,
    period_after,
    period_before,
    period_within,
)

_AM_PM = re.compile(r"[\s\u00a0]*(?P<w>[ap])\.?\s?m\.?(?![^\W\d_])", re.I)
_SPACE = r"[\s\u00a0]+"
_DIGITS = r"[0-5]?\d(?!\d)"
_MAX_FORMS = 16  # forms in one language: a regex group per form stays small


@dataclass(frozen=True, slots=True)
class Spoken:
    """A clock said in words: where it is written, and its 24-hour reading."""

    start: int
    end: int
    clock: time


@dataclass(frozen=True, slots=True)
class _Form:
    regex: re.Pattern[str]
    hours: tuple[int, ...]  # the hour each of the regex's hour words names
    minutes: int
    add: int
    lowest: int
    highest: int
    bare: bool  # "at {h}": a bare number word, made a clock only by a period word after it
    back: bool  # "{m-}": the minutes are counted back from the hour


@cache
def _tables() -> dict[str, dict[str, Any]]:
    text = files("ipom_mail").joinpath("data/spoken_clocks.toml").read_text("utf-8")
    return tomllib.loads(text)


def _hour_words(table: dict[str, Any], name: str) -> list[tuple[str, int]]:
    return [
        (word, index + 1) for index, forms in enumerate(table[name]) for word in forms.split("|")
    ]


def _number_words(table: dict[str, Any]) -> dict[str, int]:
    """Minute numbers in words from a language's tens and units (Thai "สิบห้า" is 15)."""
    units = {w: i + 1 for i, forms in enumerate(table.get("units", ())) for w in forms.split("|")}
    found: dict[str, int] = dict(units)
    for ten, word in enumerate(table.get("tens", ()), start=1):
        found[word] = ten * 10
        found.update({word + u: ten * 10 + n for u, n in units.items()})
    return found


@cache
def _said_minutes(code: str) -> dict[str, int]:
    """A language's minute numbers in words, 1 to 59: `numbers` names 1 and on, `decades`
    the tens past them, joined to a unit by `join` ("vinte e cinco", "twenty-five")."""
    table = _tables()[code]
    units = [forms.split("|") for forms in table.get("numbers", ())]
    found = {w: n for n, forms in enumerate(units, start=1) for w in forms}
    joins = table.get("join", " ").split("|")
    for value, word in table.get("decades", ()):
        found[word] = value
        for n, forms in enumerate(units[:9], start=1):
            found.update({f"{word}{join}{unit}": value + n for join in joins for unit in forms})
    if lang := table.get("num2words"):  # "trentuno", "quarantotto": a vowel elided
        found.update({num2words(n, lang=lang): n for n in range(1, 60)})
    return {w.lower(): n for w, n in found.items() if 0 < n < 60}


def _minute_pattern(code: str) -> str:
    """`{m}`: minutes in digits (unless `minute_digits` is false), or in the language's words
    ("às oito e vinte")."""
    words = sorted(_said_minutes(code), key=len, reverse=True)
    spelled = [re.escape(w).replace(r"\ ", _SPACE) + r"(?![^\W\d_])" for w in words]
    digits = [_DIGITS] if _tables()[code].get("minute_digits", True) else []
    return f"(?P<m>{'|'.join([*digits, *spelled])})"


def _minute_tail(table: dict[str, Any]) -> str:
    """What may follow the hour: a number and the minute word, or the word for half."""
    words = table.get("minutes", ())
    if not words and not table.get("half"):
        return ""
    numbers = sorted(_number_words(table), key=len, reverse=True)
    number = "|".join([r"\d{1,2}", *map(re.escape, numbers)])
    minute = "|".join(map(re.escape, words))
    half = "|".join(map(re.escape, table.get("half", ())))
    tail = f"(?P<n>{number})\\s*(?:{minute})" if words else ""
    if half:
        tail = f"{tail}|(?P<half>{half})" if tail else f"(?P<half>{half})"
    return f"(?:\\s*(?:{tail}))?"


@cache
def _forms() -> tuple[tuple[str, tuple[_Form, ...]], ...]:
    """Every language's forms as regexes, with the language's table name."""
    out: list[tuple[str, tuple[_Form, ...]]] = []
    for code, table in _tables().items():
        spaced = table.get("spaced", not table.get("dial24"))
        edge_start, edge_end = (r"(?<![^\W\d_])", r"(?![^\W\d_])") if spaced else ("", "")
        tail = _minute_tail(table)
        forms: list[_Form] = []
        for said, minutes, add, *bounds in table["forms"][:_MAX_FORMS]:
            name = re.search(r"\{h(?::(\w+))?\}", said)
            assert name is not None, said  # every form names its hour
            words = _hour_words(table, name[1] or "hours")
            words.sort(key=lambda item: len(item[0]), reverse=True)
            alternation = "|".join(f"(?P<w{i}>{re.escape(w)})" for i, (w, _) in enumerate(words))
            before, after = said[: name.start()], said[name.end() :]
            gap = "" if spaced else r"\s*"  # Thai "2 ทุ่ม" beside "สองทุ่ม"
            minute = _minute_pattern(code)
            pattern = (
                edge_start
                + _literal(before, minute)
                + (gap if before else "")  # never a run of blanks before the hour
                + f"(?<!\\d)(?:{alternation}){gap}"
                + _literal(after, minute)
                + tail
                + edge_end
            )
            lowest, highest = bounds if bounds else (1, 12)
            hours = tuple(h for _, h in words)
            # "at {h}", "om {h}": a number word after a preposition; "quarter to {h}" is a clock
            bare = said.rstrip().endswith("}") and "{m" not in said and not minutes
            regex = re.compile(pattern, re.I)
            back = "{m-}" in said
            forms.append(_Form(regex, hours, minutes, add, lowest, highest, bare, back))
        out.append((code, tuple(forms)))
    return tuple(out)


def _literal(said: str, minute: str) -> str:
    """The words of a form around its hour as a regex, `{m}` (or `{m-}`) the minutes."""
    escaped = re.escape(said).replace(r"\ ", _SPACE)
    return escaped.replace(r"\{m\}", minute).replace(r"\{m\-\}", minute)


def _own_period(
    table: dict[str, Any], text: str, pos: int, hour: int
) -> tuple[int | None, int] | None:
    """The language's own day-period word right after `pos` (Swahili "usiku")."""
    for word, spans in table.get("periods", {}).items():
        m = re.compile(rf"[\s\u00a0,]*{re.escape(word)}(?![^\W\d_])", re.I).match(text, pos)
        if m:
            dial = (hour % 12, hour % 12 + 12)
            readings = {h for h in dial if any(a <= h < b for a, b in spans)}
            return (readings.pop() if len(readings) == 1 else None), m.end()
    return None


def _settled(
    code: str, text: str, span: tuple[int, int], hour: int, bare: bool
) -> tuple[int, int] | None:
    """The 24-hour hour of a 12-hour dial's `hour` said at [start, end), by the period word
    beside it, and the end of the words; None when no word settles it."""
    start, end = span
    table = _tables()[code]
    if "periods" in table:
        own = _own_period(table, text, end, hour)
        return None if own is None or own[0] is None else (own[0], own[1])
    ampm = _AM_PM.match(text, end)
    if ampm:
        return hour % 12 + (12 if ampm["w"].lower() == "p" else 0), ampm.end()
    after = period_after(text, end, hour)
    if after is not None:
        return None if after[0] is None else (after[0], after[1])
    if bare:
        return None  # "at night at one point": "at one" is a clock only with its word after
    before = period_before(text, start, hour)
    lead = _lead(code).search(text, max(0, start - _LEAD_REACH), start)
    if before is None and lead is not None:  # "last night at a quarter to seven"
        before = period_before(text, lead.start(), hour)
    if before is None:  # "am Dienstagabend, 20. Oktober, um zehn nach sieben"
        compound = compound_period_before(text, start, hour)
        if compound is None:  # "I går kveld var jeg ute. ISS kom kvart over seks"
            compound = _outing_period(code, text, start, hour)
        if compound is None:  # "Gestern Abend … ¶ um Viertel nach neun (MESZ)"
            compound = period_elsewhere(text, start, hour)
        return None if compound is None else (compound, end)
    return None if before[0] is None else (before[0], end)


_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)|\n\s*\n")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _outing_period(code: str, text: str, start: int, hour: int) -> int | None:
    """The hour by a day-period word in the sentence right before the time's, when that
    sentence tells of the same outing (an `outing` word of the language: "var jeg ute") and
    holds no clock of its own; None otherwise ("I går kveld så vi på TV.")."""
    words = _tables()[code].get("outing", ())
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    if (
        not words
        or not ends
        or text[ends[-1] : start].count("\n")
        or _CLOCK.search(text, ends[-1], start)
    ):
        return None
    begin = ends[-2] if len(ends) > 1 else text.rfind("\n", 0, ends[-1] - 1) + 1
    previous = text[begin : ends[-1]]
    if _CLOCK.search(previous) or not _outing(code).search(previous):
        return None
    return period_within(text, begin, ends[-1], hour)


@cache
def _outing(code: str) -> re.Pattern[str]:
    """A language's words telling of the outing the photo was taken on (`outing`)."""
    words = "|".join(re.escape(w).replace(r"\ ", _SPACE) for w in _tables()[code]["outing"])
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.I)


_LEAD_REACH = 16  # characters: a lead word and the blanks after it


@cache
def _lead(code: str) -> re.Pattern[str]:
    """The words that may stand between a day-period word and the time it settles
    (`lead`: "at", "kello", "klockan"), as a regex ending where the time starts."""
    lead = _tables()[code].get("lead", ())
    words = "|".join(re.escape(w).replace(r"\ ", _SPACE) for w in lead)
    return re.compile(rf"(?<![^\W\d_])(?:{words}){_SPACE}$" if words else r"(?!)", re.I)


def spoken_times(text: str, known: list[tuple[int, int]]) -> list[Spoken]:
    """Every clock said in words whose hour is certain, apart from the spans `known`."""
    found: list[Spoken] = []
    for code, forms in _forms():
        for form in forms:
            for m in form.regex.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in known):
                    continue
                hit = _reading(code, form, text, m)
                if hit is not None:
                    found.append(hit)
                    known = [*known, (hit.start, hit.end)]
    return sorted(found, key=lambda h: h.start)


def _reading(code: str, form: _Form, text: str, m: re.Match[str]) -> Spoken | None:
    table = _tables()[code]
    index = int(next(k for k, v in m.groupdict().items() if k.startswith("w") and v)[1:])
    hour = form.hours[index]
    if not form.lowest <= hour <= form.highest:
        return None
    minutes = form.minutes
    spelled = m.groupdict().get("m")
    if spelled:
        words = _said_minutes(code)
        count = int(spelled) if spelled.isdigit() else words[" ".join(spelled.lower().split())]
        minutes += -count if form.back else count
    number = m.groupdict().get("n")
    if number:
        words = _number_words(table)
        minutes += int(number) if number.isdigit() else words.get(number, 60)
    elif m.groupdict().get("half"):
        minutes += 30
    if not -45 <= minutes <= 59:  # Czech "čtvrt na deset" is 9:15
        return None
    end = m.end()
    if table.get("dial24"):
        total = (hour + form.add) % 24 * 60 + minutes
    else:
        # the dial's hour the clock is in: "wpół do dziesiątej" (half to ten) is 9:30
        said = ((hour + form.add - 1) % 12 + 1) * 60 + minutes
        hour, minute = divmod(said, 60)
        settled = _settled(code, text, (m.start(), end), (hour - 1) % 12 + 1, form.bare)
        if settled is None:
            return None
        (hour, end), total = settled, settled[0] * 60 + minute
    total %= 24 * 60
    return Spoken(m.start(), end, time(total // 60, total % 60))
