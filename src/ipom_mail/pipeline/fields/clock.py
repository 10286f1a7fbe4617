"""Clock times as written: "21:34:10", "9:34 pm", "21h34m", "19.58 uur", with the zone beside them.

Split from dates.py: a time is found only when its parts are written, with the
zone token written next to it (after it, in brackets after a few words, or
"UTC 21:34" before it: read in clock_zone.py). Spans of time ("from 21:31 to 21:38") are paired in
clock_spans.py.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from datetime import time

from ipom_mail.pipeline.fields.clock_zone import (
    DIAL_NEUTRAL,
    UNIT,
    named_then_date,
    past_unit,
    zone_after,
    zone_after_date,
    zone_before,
)
from ipom_mail.pipeline.fields.day_periods import (
    period_after,
    period_before,
    period_before_start,
)
from ipom_mail.pipeline.fields.numerals import ascii_digits
from ipom_mail.pipeline.fields.word_clock import is_point, lead_dot_clock, word_clock


@dataclass(frozen=True, slots=True)
class TimeHit:
    """A clock time as written, with the zone token that follows it (if any)."""

    start: int
    end: int
    text: str
    clock: time
    zone: str | None
    hour_certain: bool = True  # False for "9:34" that a 12-hour clock could mean am or pm
    period: bool = False  # a day-period word beside it ("de la noche"): a 12-hour clock


_CLOCK = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,6}))?)?(?![\d:])"
    r"(?:\s?(?P<ampm>[ap]\.?\s?m\.?)(?![^\W\d_]))?",
    re.I,
)
# "21h34", "21h34m UT", "23h41m05s", "21 h 18"
# "21h14", "21 h 14 min", and the Dutch and Flemish hour mark glued to both numbers: "21u14"
_HCLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>\d{1,2})(?:\s?h\s?|(?<![^\W\d_]\d)(?<![^\W\d_]\d\d)u(?=\d{2}))(?P<mi>\d{2})"
    r"(?:\s?m(?:in)?(?:\s?(?P<s>\d{2})\s?s?)?(?![^\W\d_]))?(?!\d)"
)
# "23.12 Uhr", "19.58 uur", "18.52 น." (Thai, นาฬิกา), "17.52 UTC"; or after a word that says
# a time follows: "ore 17.52"
_DOTCLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>\d{1,2})\.(?P<mi>\d{2})(?:\.(?P<s>\d{2}))?"
    r"(?=\s?(?:Uhr|h\b|hod|óra|uur\b|น\.|(?:UTC|UT|GMT|TU)\b)|['’](?:te|ta|de|da)\b)"
    r"|\b(?:ore|om|um|alle|às|godz\.?|kl\.?|klo|kello|ob|saat|στις|в|о|у|u|plkst\.?|kell)\s"
    r"(?P<h2>\d{1,2})\.(?P<mi2>\d{2})(?:\.(?P<s2>\d{2}))?(?![.,]?\d)"
    # the end of a span of such times: "klo 22.14.05–22.14.49"
    r"|(?<=[0-5]\d[–-])(?P<h3>\d{1,2})\.(?P<mi3>\d{2})(?:\.(?P<s3>\d{2}))?(?![.,]?\d)(?=\s)",
    re.I,
)
# "2134 UT", "0434Z": four digits only with a UT word right after them
_HHMM = re.compile(r"(?<![\d.,:/\-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s?(?:UTC|UT|GMT|Z)\b)")
# "20時05分32秒", "19时40分", "오후 7시 12분", "午後9時": hour, minute, second with their own
# characters; a morning/afternoon word before it makes a 12-hour clock certain
_CJK_CLOCK = re.compile(
    r"(?P<h>\d{1,2})\s*[時时시点點]\s*"
    r"(?:(?P<mi>\d{1,2})\s*[分분](?:\s*(?P<s>\d{1,2})\s*[秒초])?|(?P<half_hour>半))?"
)


def _cjk_clock(m: re.Match[str]) -> time | None:
    hour, minute = int(m["h"]), 30 if m["half_hour"] else int(m["mi"] or 0)
    second = int(m["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _day_period(text: str, first: int, end: int, clock: time) -> tuple[time, bool, int] | None:
    """The clock settled by a CLDR day-period word beside it ("9:30 de la noche", "晚上7點"):
    (clock, certain, end of the words); None when no such word is there."""
    unit = UNIT.match(text, end)
    after = period_after(text, end, clock.hour) or (
        period_after(text, unit.end(), clock.hour) if unit else None
    )
    if after is not None:
        hour, end = after
    else:
        before = period_before(text, first, clock.hour)
        if before is None:
            return None
        (hour,) = before
    if hour is None:
        return clock, False, end
    return clock.replace(hour=hour), True, end


def _zone_before_period(text: str, first: int) -> str | None:
    """A zone named before the day-period word that leads a time ("भारतीय समयानुसार शाम
    7:24:10 बजे", "北京时间晚上9点12分" is zone_before's)."""
    start = period_before_start(text, first)
    return None if start is None else zone_before(text, start)


def _clock(m: re.Match[str]) -> time | None:
    groups = m.groupdict()
    hour = int(groups.get("h") or groups.get("h2") or groups["h3"])
    minute = int(groups.get("mi") or groups.get("mi2") or groups["mi3"])
    written = groups.get("s") or groups.get("s2") or groups.get("s3")
    second = int(written) if written else 0
    fraction = m.groupdict().get("f")
    micro = int((fraction + "000000")[:6]) if fraction else 0
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second, micro)


def _hour_group(m: re.Match[str]) -> str:
    return next(g for g in ("h", "h2", "h3") if m.groupdict().get(g))


def _dial_unit(unit: re.Match[str] | None) -> bool:
    """Whether a unit after a time says a 24-hour clock: "Uhr", "น." do, Hindi "बजे"
    ("o'clock", said of a 12-hour dial: "शाम 6:58 बजे") and Georgian "საათზე" do not."""
    return unit is not None and DIAL_NEUTRAL.match(unit.group()) is None


def _hour_certain(m: re.Match[str], unit: bool) -> bool:
    """True unless the hour could be either half of a 12-hour clock ("9:34", not "09:34")."""
    hour = m["h"]
    return bool(m["ampm"]) or unit or hour.startswith("0") or not 1 <= int(hour) <= 12


def find_times(text: str) -> list[TimeHit]:
    """Every clock time in the text with the zone written next to it, in order (the stages
    read the same text several times: it is read once)."""
    return list(_find_times(text))


@functools.lru_cache(maxsize=4)  # texts are cut at fields.MAX_TEXT: little is kept
def _find_times(original: str) -> tuple[TimeHit, ...]:
    # read in ASCII digits, each written as the mail wrote it: "๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น."
    text = ascii_digits(original)
    hits: list[TimeHit] = []
    taken: list[tuple[int, int]] = []  # the union of the hits' spans: one look, not one per hit
    worded = word_clock()
    for regex in (_CLOCK, _HCLOCK, _DOTCLOCK, _HHMM, _CJK_CLOCK, worded, lead_dot_clock()):
        for m in regex.finditer(text):
            clock = _cjk_clock(m) if regex is _CJK_CLOCK else _clock(m)
            first = m.start() if regex is _CJK_CLOCK else m.start(_hour_group(m))
            if clock is None or _overlaps(taken, first, m.end()):
                continue
            iso = first > 0 and text[first - 1] == "T"
            period = None if m.groupdict().get("ampm") else _day_period(text, first, m.end(), clock)
            clock, after = (period[0], period[2]) if period else (clock, m.end())
            zone, end = zone_after(text, after, iso or bool(m.groupdict().get("s")))
            if zone is None:
                zone = (
                    zone_before(text, first)
                    or _zone_before_period(text, first)
                    or named_then_date(text, first)
                    or zone_after_date(text, first, past_unit(text, after))
                )
            if regex is worded and zone is None and not is_point(text, first, m.end()):
                continue  # "2 ч 30 мин" of a time-lapse: a duration
            written = original[first:end].strip(" ()")
            unit = UNIT.match(text, m.end())
            certain = regex is not _CLOCK or _hour_certain(m, _dial_unit(unit))
            if regex is _CJK_CLOCK or regex is worded:
                certain = not 1 <= clock.hour <= 12 or m["h"].startswith("0")
            if period is not None:
                certain = period[1]
            hits.append(TimeHit(first, end, written, clock, zone, certain, period is not None))
            _take(taken, first, end)
    from ipom_mail.pipeline.fields.dot_clock import dot_times

    for first, end, clock, zone in dot_times(text, taken, zone_after):  # "18.56 svensk tid"
        certain = not 1 <= clock.hour <= 12 or text[first] == "0"
        hits.append(TimeHit(first, end, original[first:end].strip(" ()"), clock, zone, certain))
    hits.extend(_spoken(original, text, taken))  # "half past nine in the evening"
    hits.extend(_whole(original, text, [*taken, *((h.start, h.end) for h in hits)]))
    from ipom_mail.pipeline.fields.clause_zone import with_sentence_zone
    from ipom_mail.pipeline.fields.clock_spans import shared_half

    hits = with_sentence_zone(text, _with_stated_zone(text, hits))
    return tuple(shared_half(text, sorted(hits, key=lambda h: h.start)))


def _spoken(original: str, text: str, taken: list[tuple[int, int]]) -> list[TimeHit]:
    """Clocks said in words (fields/spoken_clock.py), with the zone written beside them."""
    from ipom_mail.pipeline.fields.spoken_clock import spoken_times

    hits: list[TimeHit] = []
    for said in spoken_times(text, taken):
        zone, end = zone_after(text, said.end, False)
        if zone is None:
            end = said.end
            zone = (
                zone_before(text, said.start)
                or named_then_date(text, said.start)
                or zone_after_date(text, said.start, past_unit(text, said.end))
            )
        written = original[said.start : end].strip(" ()")
        hits.append(TimeHit(said.start, end, written, said.clock, zone, True, True))
    return hits


def _whole(original: str, text: str, known: list[tuple[int, int]]) -> list[TimeHit]:
    """Whole hours with their zone (fields/whole_hour.py): "um 21 Uhr MESZ"."""
    from ipom_mail.pipeline.fields.whole_hour import whole_hours

    return [
        TimeHit(said.start, end, original[said.start : end].strip(" ()"), said.clock, zone)
        for said, zone, end in whole_hours(text, known)
    ]


def _with_stated_zone(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """The times without a zone of their own in the zone a sentence gives all the mail's
    times ("Toutes les heures sont en HNE"; fields/clause_zone.py)."""
    from ipom_mail.pipeline.fields.clause_zone import stated_zone

    if all(h.zone for h in hits):
        return hits
    stated = stated_zone(text)
    return [h if h.zone or stated is None else replace(h, zone=stated) for h in hits]


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps the union `taken` (disjoint spans, sorted): only the
    last span starting before `end` can, as those spans are sorted by their ends too."""
    index = bisect.bisect_left(taken, (end, -1))
    return index > 0 and taken[index - 1][1] > start


def _take(taken: list[tuple[int, int]], start: int, end: int) -> None:
    """Add [start, end) to the union `taken`, merging the spans it touches."""
    index = bisect.bisect_left(taken, (start, end))
    if index > 0 and taken[index - 1][1] >= start:
        index -= 1
        start, end = taken[index][0], max(end, taken[index][1])
        del taken[index]
    while index < len(taken) and taken[index][0] <= end:
        end = max(end, taken[index][1])
        del taken[index]
    taken.insert(index, (start, end))
