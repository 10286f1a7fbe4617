"""Clock times as written: "21:34:10", "9:34 pm", "21h34m", "19.58 uur", with the zone beside them.

Split from dates.py: a time is found only when its parts are written, with the
zone token written next to it (after it, in brackets after a few words, or
"UTC 21:34" before it). Spans of time ("from 21:31 to 21:38") are paired in
clock_spans.py.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from datetime import time

from ipom_mail.pipeline.fields.bracket_zone import zone_in_brackets
from ipom_mail.pipeline.fields.day_periods import period_after, period_before
from ipom_mail.pipeline.fields.word_clock import (
    is_point,
    lead_dot_clock,
    word_clock,
    zone_right_there,
    zone_start_after_date,
)
from ipom_mail.pipeline.fields.zone_names import zone_name_at
from ipom_mail.pipeline.fields.zone_regions import region_zone_at
from ipom_mail.pipeline.fields.zones import (
    AGAIN_ZONE,
    BEFORE_GLUED,
    BEFORE_ZONE,
    LOWER_AFTER_PERIOD,
    NAMED,
    is_zone_word,
)


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
# "23.12 Uhr", "19.58 uur", "17.52 UTC"; or after a word that says a time follows: "ore 17.52"
_DOTCLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>\d{1,2})\.(?P<mi>\d{2})(?:\.(?P<s>\d{2}))?"
    r"(?=\s?(?:Uhr|h\b|hod|óra|uur\b|(?:UTC|UT|GMT|TU)\b)|['’](?:te|ta|de|da)\b)"
    r"|\b(?:ore|om|um|alle|às|godz\.?|kl\.?|klo|kello|ob|saat|στις|в|о|у|u|plkst\.?|kell)\s"
    r"(?P<h2>\d{1,2})\.(?P<mi2>\d{2})(?:\.(?P<s2>\d{2}))?(?![.,]?\d)"
    # the end of a span of such times: "klo 22.14.05–22.14.49"
    r"|(?<=[0-5]\d[–-])(?P<h3>\d{1,2})\.(?P<mi3>\d{2})(?:\.(?P<s3>\d{2}))?(?![.,]?\d)(?=\s)",
    re.I,
)
# "2134 UT", "0434Z": four digits only with a UT word right after them
_HHMM = re.compile(r"(?<![\d.,:/\-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s?(?:UTC|UT|GMT|Z)\b)")
_UNIT = re.compile(
    r"\s?(?:Uhr|hrs?\b\.?|h\b|hod\b\.?|óra\b|uur\b|czasu|heure|hora|ч\.|часа|год\.|बजे|น\.)(?!\w)",
    re.I,
)
# A zone written in words may wrap onto the next line ("18:09:30 ora\nitaliana")
_WRAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_CJK_CHAR = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"


def _alternation(cjk: bool) -> str:
    """The zones written as words (longest first), CJK ones or the others: a CJK name is
    tried only where a CJK character follows, so a Latin text pays for the others only."""
    named = [n for n in sorted(NAMED, key=len, reverse=True) if bool(re.match(_CJK_CHAR, n)) is cjk]
    return "|".join(_WRAP.join(map(re.escape, n.split(" "))) for n in named)


_NAMED = rf"{_alternation(False)}|(?={_CJK_CHAR})(?:{_alternation(True)})"
_ZONE_AFTER = re.compile(
    r"\s?[(（]?\s?(?P<z>(?:UTC|UT|GMT|TU)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?(?!\d)"
    r"|[+\-−]\d{2}:?\d{2}(?!\d)|U\.T\.(?:C\.)?|[A-Z][a-z]+(?:/[A-Za-z_\-]+){1,2}"
    rf"|(?i:{_NAMED})(?![^\W\d_])|[^\W\d_]{{1,5}}(?![^\W\d_]))[)）]?"
)


@functools.cache
def _before_named() -> re.Pattern[str]:
    """ "23:58:40 по мск": a short word between the time and a zone written as words
    (compiled at its first use: 35 ms, and most mail writes UT or an abbreviation)."""
    return re.compile(
        rf"\s?(?:(?i:{'|'.join(map(re.escape, BEFORE_ZONE))})\s|(?:{'|'.join(map(re.escape, BEFORE_GLUED))})\s?)"
        rf"(?P<z>(?i:{_NAMED}))(?![^\W\d_])"
    )


@functools.cache
def _named_before() -> re.Pattern[str]:
    """ "北京时间2024年5月18日20时31分", "昨晚北京时间21:08": a zone written as words before the
    time; a day-period or weekday word of up to three CJK characters may stand before the
    time ("北京时间2026年8月9日晚上9点12分", "日本時間 2026年3月1日（日）午後8時"). Compiled at
    its first use, as _before_named."""
    return re.compile(
        rf"(?P<z>(?i:{_NAMED}))[\s:：]*(?:\d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]\s*)?"
        rf"(?:[(（]?{_CJK_CHAR}{{1,3}}[)）]?\s*){{0,2}}$"
    )


# "de las 20:38 a las 20:44, también hora del centro": a zone named again after a comma
_AGAIN = re.compile(rf",[ \t]+(?i:{'|'.join(map(re.escape, AGAIN_ZONE))})(?=[ \t])")
_ZONE_BEFORE = re.compile(r"(?:^|[\s(])(?P<z>UTC|UT|GMT)\)?:?\s?$")


@functools.cache
def _named_then_date_pattern() -> re.Pattern[str]:
    """ "magyar idő szerint 2027. március 10-én 18:52:30-kor", "по московскому времени 3
    апреля в 23:58": a zone in words, then the date, then the time, with short words at most
    between. Compiled at its first use, as _before_named."""
    return re.compile(
        rf"(?<![^\W\d_])(?P<z>(?i:{_NAMED}))(?![^\W\d_])(?P<gap>[^\n:;!?()]{{1,40}})$"
    )


_SHORT_WORDS = re.compile(r"(?:[\s,.\-]|[^\W\d_]{1,3}(?![^\W\d_]))*")  # "le", "à", "в", "-én"


# "20時05分32秒", "19时40分", "오후 7시 12분", "午後9時": hour, minute, second with their own
# characters; a morning/afternoon word before it makes a 12-hour clock certain
_CJK_CLOCK = re.compile(
    r"(?P<h>\d{1,2})\s*[時时시点點]\s*"
    r"(?:(?P<mi>\d{1,2})\s*[分분](?:\s*(?P<s>\d{1,2})\s*[秒초])?|(?P<half_hour>半))?"
)


def _named_then_date(text: str, first: int) -> str | None:
    """The zone named in words before the date that stands before the time at `first`
    (_named_then_date_pattern): only a date and short words may stand between."""
    m = _named_then_date_pattern().search(text, max(0, first - 80), first)
    if m is None:
        return None
    from ipom_mail.pipeline.fields.dates import date_spans

    gap = m["gap"]
    spans = date_spans(gap)
    for start, end in spans:
        gap = gap[:start] + " " * (end - start) + gap[end:]
    return m["z"] if spans and _SHORT_WORDS.fullmatch(gap) else None


def _cjk_clock(m: re.Match[str]) -> time | None:
    hour, minute = int(m["h"]), 30 if m["half_hour"] else int(m["mi"] or 0)
    second = int(m["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _day_period(text: str, first: int, end: int, clock: time) -> tuple[time, bool, int] | None:
    """The clock settled by a CLDR day-period word beside it ("9:30 de la noche", "晚上7點"):
    (clock, certain, end of the words); None when no such word is there."""
    unit = _UNIT.match(text, end)
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


# "19:58:22-kor", "21:30'da": a case ending written onto the time
_SUFFIX = re.compile(r"(?:-|['’])[^\W\d_]{1,4}(?![^\W\d_])")
_COMMA = re.compile(r",[ \t]")


def comma_end(comma: re.Match[str] | None) -> int:
    """Where a comma after a time ends (-1 without one): after it only a zone in words
    counts ("21:58:12, hora dos Açores"), not a lone word ("21:58, ISO 800")."""
    return comma.end() if comma else -1


def _hour_group(m: re.Match[str]) -> str:
    return next(g for g in ("h", "h2", "h3") if m.groupdict().get(g))


_BRACKET_REST = re.compile(r"\s*[,;]\s*(?P<rest>[^()（）\n]{1,30})[)）]")


def _zone_after(text: str, pos: int, iso: bool) -> tuple[str | None, int]:
    """The zone token written right after a time (and its end), or None: after a unit
    ("Uhr"), a case ending ("19:58:22-kor") or a comma ("21:58:12, hora dos Açores").
    Another clock in the bracket it opens is part of what was written ("(hora de Madrid,
    UTC+2)"): in_force.py checks that both are one clock on the date."""
    zone, end = _zone_after_time(text, pos, iso)
    rest = _BRACKET_REST.match(text, end) if zone else None
    if rest and any(c in text[pos:end] for c in "(（") and is_zone_word(rest["rest"].strip()):
        return zone, rest.end()
    return zone, end


def _zone_after_time(text: str, pos: int, iso: bool) -> tuple[str | None, int]:
    """The zone right after a time, as _zone_after reads it."""
    suffix = _SUFFIX.match(text, pos)
    pos = suffix.end() if suffix else pos
    unit = _UNIT.match(text, pos)
    after = unit.end() if unit else pos
    comma = _COMMA.match(text, after)
    for start in dict.fromkeys((pos, after, comma.end() if comma else after)):
        m = _ZONE_AFTER.match(text, start)  # "czasu polskiego" is a zone; "Uhr" a unit
        if m and is_zone_word(m["z"]) and (start != comma_end(comma) or " " in m["z"].strip()):
            bare = m["z"][0] in "+-−"
            if not bare or iso or m.start("z") > start:
                return m["z"].replace(".", "") if m["z"].startswith("U.") else m["z"], m.end()
    again = _AGAIN.match(text, after)
    word = _before_named().match(text, after) or (again and _ZONE_AFTER.match(text, again.end()))
    if word and is_zone_word(word["z"]):
        return word["z"], word.end()
    for start in dict.fromkeys((pos, after, comma.end() if comma else after)):
        named = _cldr_after(text, start)  # CLDR's names are words: after a comma too
        if named[0] is not None:
            return named
        whole = region_zone_at(text, start)  # "giờ Việt Nam", "(বাংলাদেশ সময়)"
        if whole is not None:
            closing = 1 if text[whole[2] : whole[2] + 1] in ")）" else 0
            return text[whole[1] : whole[2]], whole[2] + closing
    return _lower_after_period(text, pos) or zone_in_brackets(text, after)


_PERIOD_END = re.compile(r"(?<![^\W\d_])[ap]\.?\s?m\.?$", re.I)
_LOWER_WORD = re.compile(r"\s?\(?([a-z]{3,4})\)?(?![^\W\d_])")


def _lower_after_period(text: str, pos: int) -> tuple[str, int] | None:
    """A lower-case abbreviation right after "am" or "pm" ("9:14 pm edt", a phone's mail;
    data/zone_words.toml [lower_after_period]), in upper case; else None."""
    if _PERIOD_END.search(text, max(0, pos - 5), pos) is None:
        return None
    m = _LOWER_WORD.match(text, pos)
    return (m[1].upper(), m.end()) if m and m[1] in LOWER_AFTER_PERIOD else None


def _past_unit(text: str, pos: int) -> int:
    """Where a unit after a time ends ("00:04 Uhr am Sonntag, 21. März"), else `pos`."""
    unit = _UNIT.match(text, pos)
    return unit.end() if unit else pos


def _cldr_after(text: str, pos: int) -> tuple[str | None, int]:
    """A zone CLDR names, in words, right after a time ("u 21:41 po srednjoeuropskom …")."""
    gap = re.match(r"[ \t]?[(（]?", text[pos : pos + 2])
    start = pos + (gap.end() if gap else 0)
    if start >= len(text) or not text[start].isalpha():
        return None, pos
    found = zone_name_at(text, start)
    if found is None:
        return None, pos
    _, first, end = found
    closing = 1 if text[end : end + 1] in ")）" and start > pos and text[start - 1] in "(（" else 0
    return text[first:end], end + closing


def _dial_unit(unit: re.Match[str] | None) -> bool:
    """Whether a unit after a time says a 24-hour clock: "Uhr", "น." do, Hindi "बजे"
    ("o'clock", said of a 12-hour dial: "शाम 6:58 बजे") does not."""
    return unit is not None and "बजे" not in unit.group()


def _hour_certain(m: re.Match[str], unit: bool) -> bool:
    """True unless the hour could be either half of a 12-hour clock ("9:34", not "09:34")."""
    hour = m["h"]
    return bool(m["ampm"]) or unit or hour.startswith("0") or not 1 <= int(hour) <= 12


def find_times(text: str) -> list[TimeHit]:
    """Every clock time in the text with the zone written next to it, in order (the stages
    read the same text several times: it is read once)."""
    return list(_find_times(text))


@functools.lru_cache(maxsize=4)  # texts are cut at fields.MAX_TEXT: little is kept
def _find_times(text: str) -> tuple[TimeHit, ...]:
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
            zone, end = _zone_after(text, after, iso or bool(m.groupdict().get("s")))
            if zone is None:
                zone = (
                    _zone_before(text, first)
                    or _named_then_date(text, first)
                    or _zone_after_date(text, first, _past_unit(text, after))
                )
            if regex is worded and zone is None and not is_point(text, first, m.end()):
                continue  # "2 ч 30 мин" of a time-lapse: a duration
            written = text[first:end].strip(" ()")
            unit = _UNIT.match(text, m.end())
            certain = regex is not _CLOCK or _hour_certain(m, _dial_unit(unit))
            if regex is _CJK_CLOCK or regex is worded:
                certain = not 1 <= clock.hour <= 12 or m["h"].startswith("0")
            if period is not None:
                certain = period[1]
            hits.append(TimeHit(first, end, written, clock, zone, certain, period is not None))
            _take(taken, first, end)
    from ipom_mail.pipeline.fields.dot_clock import dot_times

    for first, end, clock, zone in dot_times(text, taken, _zone_after):  # "18.56 svensk tid"
        certain = not 1 <= clock.hour <= 12 or text[first] == "0"
        hits.append(TimeHit(first, end, text[first:end].strip(" ()"), clock, zone, certain))
    from ipom_mail.pipeline.fields.clause_zone import with_sentence_zone

    hits = with_sentence_zone(text, _with_stated_zone(text, hits))
    return tuple(sorted(hits, key=lambda h: h.start))


def _with_stated_zone(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """The times without a zone of their own in the zone a sentence gives all the mail's
    times ("Toutes les heures sont en HNE"; fields/clause_zone.py)."""
    from ipom_mail.pipeline.fields.clause_zone import stated_zone

    if all(h.zone for h in hits):
        return hits
    stated = stated_zone(text)
    return [h if h.zone or stated is None else replace(h, zone=stated) for h in hits]


def _zone_before(text: str, first: int) -> str | None:
    """A zone written before a time: "UTC 21:34", "北京时间2024年5月18日20时31分"."""
    before = _ZONE_BEFORE.search(text, max(0, first - 6), first)
    words = _named_before().search(text, max(0, first - 40), first)
    return before["z"] if before else words["z"] if words else None


def _zone_after_date(text: str, first: int, end: int) -> str | None:
    """The zone right after the date that follows a time: "19 giờ 05 phút, ngày 19 tháng
    3 năm 2027 (giờ Việt Nam)", "21:05, 19 March 2027 (CET)"; the bracket reader refuses
    brackets after a date, as the date's digits might be another time's."""
    date_end = zone_start_after_date(text, first, end)
    if date_end is None:
        return None
    zone, _ = _zone_after(text, date_end, False)
    at = text.find(zone, date_end) if zone else -1
    return zone if zone and at >= 0 and zone_right_there(text, date_end, at) else None


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
