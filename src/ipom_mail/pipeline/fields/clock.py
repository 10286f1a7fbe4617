"""Clock times as written: "21:34:10", "9:34 pm", "21h34m", "19.58 uur", with the zone beside them.

Split from dates.py: a time is found only when its parts are written, with the
zone token written next to it (after it, in brackets after a few words, or
"UTC 21:34" before it), and spans of time ("from 21:31 to 21:38") are paired.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from datetime import time

from ipom_mail.pipeline.fields.zones import NAMED, is_zone_word


@dataclass(frozen=True, slots=True)
class TimeHit:
    """A clock time as written, with the zone token that follows it (if any)."""

    start: int
    end: int
    text: str
    clock: time
    zone: str | None
    hour_certain: bool = True  # False for "9:34" that a 12-hour clock could mean am or pm


_CLOCK = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,6}))?)?(?![\d:])"
    r"(?:\s?(?P<ampm>[ap]\.?\s?m\.?)(?![^\W\d_]))?",
    re.I,
)
# "21h34", "21h34m UT", "23h41m05s", "21 h 18"
_HCLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>\d{1,2})\s?h\s?(?P<mi>\d{2})"
    r"(?:\s?m(?:in)?(?:\s?(?P<s>\d{2})\s?s?)?(?![^\W\d_]))?(?!\d)"
)
# "23.12 Uhr", "19.58 uur", "17.52 UTC"; or after a word that says a time follows: "ore 17.52"
_DOTCLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>\d{1,2})\.(?P<mi>\d{2})(?:\.(?P<s>\d{2}))?"
    r"(?=\s?(?:Uhr|h\b|hod|óra|uur\b|(?:UTC|UT|GMT|TU)\b)|['’](?:te|ta|de|da)\b)"
    r"|\b(?:ore|om|um|alle|às|godz\.?|kl\.?|klo|kello|ob|saat|στις|в|о|у|u)\s"
    r"(?P<h2>\d{1,2})\.(?P<mi2>\d{2})(?![.,]?\d)",
    re.I,
)
# "2134 UT", "0434Z": four digits only with a UT word right after them
_HHMM = re.compile(r"(?<![\d.,:/\-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s?(?:UTC|UT|GMT|Z)\b)")
_UNIT = re.compile(
    r"\s?(?:Uhr|hrs?\b\.?|h\b|hod\b\.?|óra\b|uur\b|czasu|heure|hora|ч\.|часа|год\.)(?!\w)",
    re.I,
)
_NAMED = "|".join(re.escape(n) for n in sorted(NAMED, key=len, reverse=True))
_ZONE_AFTER = re.compile(
    r"\s?[(（]?\s?(?P<z>(?:UTC|UT|GMT|TU)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?(?!\d)"
    r"|[+\-−]\d{2}:?\d{2}(?!\d)|U\.T\.(?:C\.)?|[A-Z][a-z]+(?:/[A-Za-z_\-]+){1,2}"
    rf"|(?i:{_NAMED})(?![^\W\d_])|[^\W\d_]{{1,5}}(?![^\W\d_]))[)）]?"
)
# A zone in brackets a few words after the time: "21:05:33 (ora legale, UTC+2)",
# "22:41 czasu polskiego (CEST)". Nothing else in the brackets may hold a digit.
_PAREN_AFTER = re.compile(r"(?:\s*[^\W\d_]+){0,2}\s*[(（](?P<inner>[^()（）]{1,40})[)）]")
# "北京时间2024年5月18日20时31分", "昨晚北京时间21:08": a zone written as words before the time
_NAMED_BEFORE = re.compile(
    rf"(?P<z>(?i:{_NAMED}))[\s:：]*(?:\d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]\s*)?$"
)
_ZONE_BEFORE = re.compile(r"(?:^|[\s(])(?P<z>UTC|UT|GMT)\)?:?\s?$")


# "20時05分32秒", "19时40分", "오후 7시 12분", "午後9時": hour, minute, second with their own
# characters; a morning/afternoon word before it makes a 12-hour clock certain
_CJK_CLOCK = re.compile(
    r"(?:(?P<half>오전|오후|午前|午後|上午|下午|晚上|早上)\s*)?(?P<h>\d{1,2})\s*[時时시点點]\s*"
    r"(?:(?P<mi>\d{1,2})\s*[分분](?:\s*(?P<s>\d{1,2})\s*[秒초])?|(?P<half_hour>半))?"
)
_AFTERNOON = {"오후", "午後", "下午", "晚上"}


def _cjk_clock(m: re.Match[str]) -> time | None:
    hour, minute = int(m["h"]), 30 if m["half_hour"] else int(m["mi"] or 0)
    second = int(m["s"] or 0)
    if m["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["half"] in _AFTERNOON else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _clock(m: re.Match[str]) -> time | None:
    groups = m.groupdict()
    hour, minute = int(groups.get("h") or groups["h2"]), int(groups.get("mi") or groups["mi2"])
    second = int(m["s"]) if groups.get("s") else 0
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


def _zone_after(text: str, pos: int, iso: bool) -> tuple[str | None, int]:
    """The zone token written right after a time (and its end), or None."""
    unit = _UNIT.match(text, pos)
    after = unit.end() if unit else pos
    for start in dict.fromkeys((pos, after)):  # "czasu polskiego" is a zone; "Uhr" a unit
        m = _ZONE_AFTER.match(text, start)
        if m and is_zone_word(m["z"]):
            bare = m["z"][0] in "+-−"
            if not bare or iso or m.start("z") > start:
                return m["z"].replace(".", "") if m["z"].startswith("U.") else m["z"], m.end()
    return _zone_in_brackets(text, after)


def _zone_in_brackets(text: str, pos: int) -> tuple[str | None, int]:
    """A zone alone among the bracketed words after a time, or None (another time there)."""
    m = _PAREN_AFTER.match(text, pos)
    if not m:
        return None, pos
    pieces = [p.strip() for p in re.split(r"[,;]", m["inner"])]
    zones = [p for p in pieces if is_zone_word(p)]
    others = [p for p in pieces if p not in zones]
    if len(zones) != 1 or any(c.isdigit() for p in others for c in p):
        return None, pos
    return zones[0], m.end()


def _hour_certain(m: re.Match[str], unit: bool) -> bool:
    """True unless the hour could be either half of a 12-hour clock ("9:34", not "09:34")."""
    hour = m["h"]
    return bool(m["ampm"]) or unit or hour.startswith("0") or not 1 <= int(hour) <= 12


def find_times(text: str) -> list[TimeHit]:
    """Every clock time in the text with the zone written next to it, in order."""
    hits: list[TimeHit] = []
    taken: list[tuple[int, int]] = []  # the union of the hits' spans: one look, not one per hit
    for regex in (_CLOCK, _HCLOCK, _DOTCLOCK, _HHMM, _CJK_CLOCK):
        for m in regex.finditer(text):
            clock = _cjk_clock(m) if regex is _CJK_CLOCK else _clock(m)
            first = m.start() if regex is _CJK_CLOCK else m.start("h" if m["h"] else "h2")
            if clock is None or _overlaps(taken, first, m.end()):
                continue
            iso = first > 0 and text[first - 1] == "T"
            zone, end = _zone_after(text, m.end(), iso or bool(m.groupdict().get("s")))
            if zone is None:
                before = _ZONE_BEFORE.search(text, max(0, first - 6), first)
                words = _NAMED_BEFORE.search(text, max(0, first - 40), first)
                zone = before["z"] if before else words["z"] if words else None
            written = text[first:end].strip(" ()")
            certain = regex is not _CLOCK or _hour_certain(m, bool(_UNIT.match(text, m.end())))
            if regex is _CJK_CLOCK and not m["half"]:
                certain = not 1 <= clock.hour <= 12 or m["h"].startswith("0")
            hits.append(TimeHit(first, end, written, clock, zone, certain))
            _take(taken, first, end)
    return sorted(hits, key=lambda h: h.start)


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


_RANGE_WORD = (
    r"\s*(?:[-–—~〜～]|から|至|到|부터|to|till|until|bis|à|a|al|hasta(?: las)?|alle|às|a las|tot|do|és|and|und|et|y|e"
    r"|a ž|až|til|fram till|до|по|έως|ως|μέχρι|până la|la|și|och|og|и|і|ve|και|ja|in)\s*"
)
_BETWEEN = re.compile(
    r"(?:between|zwischen|entre|tra|fra|tussen|między|mezi|între|mellan|mellom|између|između"
    r"|medzi|med|между|між|μεταξύ|arasında|välillä)\s*$",
    re.I,
)


# "between 20:09 and 20:15": these words join two times only after a "between"
_AND = frozenset(
    ["and", "und", "et", "y", "e", "és", "și", "och", "og", "и", "і", "ve", "και", "ja", "in"]
)


def pair_ranges(text: str, times: list[TimeHit]) -> list[tuple[TimeHit, TimeHit]]:
    """Pairs of times written as a span: "21:32–21:38", "from 21:32 to 21:38", "von … bis …"."""
    pairs: list[tuple[TimeHit, TimeHit]] = []
    for first, second in itertools.pairwise(times):
        gap = text[first.end : second.start]
        m = re.fullmatch(_RANGE_WORD, gap, re.I)
        if not m:
            continue
        word = gap.strip().lower()
        joins = word not in _AND
        if (
            joins
            or _BETWEEN.search(text, max(0, first.start - 14), first.start)
            or (word == "és" and re.match(r"\s*között", text[second.end :]))
        ):
            pairs.append((first, second))
    return pairs
