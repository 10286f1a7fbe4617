"""Date recognisers: numeric formats, month names in many languages; time labels, "tonight".

Hand-written because the general parsers invent what is missing (dateparser
reads "67°" as 1967 and fills a missing date from today; dateutil's fuzzy
mode misreads German and Spanish): here a date is found only when its parts
are written, and a date that reads two ways is reported with both readings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Literal

from ipom_mail.pipeline.fields.clock import TimeHit as TimeHit
from ipom_mail.pipeline.fields.clock import find_times as find_times
from ipom_mail.pipeline.fields.clock_spans import pair_ranges as pair_ranges
from ipom_mail.pipeline.fields.labels import label_words_raw, whole_words
from ipom_mail.pipeline.fields.numerals import ascii_digits
from ipom_mail.pipeline.fields.words import (
    ERAS,
    relative_day_pattern,
    weekday_before,
)
from ipom_mail.pipeline.fields.zones import is_zone_word

YEAR = r"(?:19[89]\d|20\d\d)"

_ISO = re.compile(
    rf"(?<![\d.])(?P<y>{YEAR})(?P<s>[-/]|\.\s?)(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})\.?"
    r"(?:\s*[-–]\s*(?P<d2>\d{1,2})(?![\d:])\.?)?(?![\d:])"
)
_DMY_RANGE = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*[-–]\s*(?P<d2>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?"
    rf"(?P<y>{YEAR})(?!\d)"
)
_DMY_DOT = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)?\d\d)(?!\d|\.\d)"
)
_SLASH = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)?\d\d)(?![\d/])"
)
# "2023年10月14日", "2024년 2월 10일": year, month and day with their own characters
_CJK_DATE = re.compile(
    rf"(?:(?<!\d)(?P<y>{YEAR})|(?P<era>{'|'.join(ERAS)})\s*(?P<ey>\d{{1,3}}|元))"
    r"\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
)
# "12-V-2024", "12. V. 2024": a Roman month (Poland, Czechia, Hungary, Italy)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_DMY_ROMAN = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})(?P<s>[-./])\s?(?P<m>[IVX]{{1,4}})\s?(?P=s)\s?"
    rf"(?P<y>{YEAR})(?!\d)"
)


Order = Literal["dmy", "mdy"]


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date as written: one reading when certain, two when day and month may swap."""

    start: int
    end: int
    text: str
    readings: tuple[date, ...]
    last: date | None = None  # the last day, when the text gives a range of days
    year_given: bool = True
    style: str | None = None  # an all-numeric date's separator ("/", "-"): the same style
    order: Order | None = None  # which way round it was written, when only one way fits


def day_of(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(raw: str) -> int:
    return int(raw) + 2000 if len(raw) == 2 else int(raw)


def hit_of(match: re.Match[str], readings: list[date | None], last: date | None = None) -> DateHit:
    unique = tuple(dict.fromkeys(r for r in readings if r is not None))
    return DateHit(match.start(), match.end(), match.group(0).strip(" ,."), unique, last)


def _short_year_ok(first: str, second: str, year: str) -> bool:
    """A two-digit year is read only in the full form 12.05.24 (not a version like 2.6.28)."""
    return len(year) == 4 or (len(first) == 2 and len(second) == 2)


def _numeric(text: str) -> list[DateHit]:
    hits: list[DateHit] = []
    for m in _ISO.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        hits.append(hit_of(m, [day_of(y, mo, d)], day_of(y, mo, int(m["d2"])) if m["d2"] else None))
    for m in _CJK_DATE.finditer(text):
        year = int(m["y"]) if m["y"] else ERAS[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"]))
        hits.append(hit_of(m, [day_of(year, int(m["m"]), int(m["d"]))]))
    for m in _DMY_RANGE.finditer(text):
        y, mo = int(m["y"]), int(m["m"])
        hits.append(hit_of(m, [day_of(y, mo, int(m["d"]))], day_of(y, mo, int(m["d2"]))))
    for m in _DMY_DOT.finditer(text):
        if _short_year_ok(m["d"], m["m"], m["y"]):
            y, a, b = _year(m["y"]), int(m["d"]), int(m["m"])
            hit = hit_of(m, [day_of(y, b, a), day_of(y, a, b)])  # 04.07.2024 reads two ways too
            order: Order | None = "dmy" if a > 12 >= b else "mdy" if b > 12 >= a else None
            hits.append(replace(hit, style=".", order=order))
    for m in _DMY_ROMAN.finditer(text):
        if m["m"] in _ROMAN_MONTHS:
            month = _ROMAN_MONTHS.index(m["m"]) + 1
            hits.append(hit_of(m, [day_of(int(m["y"]), month, int(m["d"]))]))
    for m in _SLASH.finditer(text):
        if not _short_year_ok(m["a"], m["b"], m["y"]):
            continue
        y, a, b = _year(m["y"]), int(m["a"]), int(m["b"])
        hit = hit_of(m, [day_of(y, b, a), day_of(y, a, b)])
        order = "dmy" if a > 12 >= b else "mdy" if b > 12 >= a else None
        hits.append(replace(hit, style=m["s"], order=order))
    return hits


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where dates are written in `text`, with or without a year (not read, only found)."""
    from ipom_mail.pipeline.fields.named_dates import named_spans

    text = ascii_digits(text)  # "۱۷ مارس ۲۰۲۷": the same positions
    return sorted([(h.start, h.end) for h in _numeric(text)] + named_spans(text))


def find_dates(text: str, base: date | None = None) -> list[DateHit]:
    """Every date written in the text, in order; `base` (the message date) dates a yearless one."""
    from ipom_mail.pipeline.fields.named_dates import cjk_month_days, named_dates
    from ipom_mail.pipeline.fields.spelled_dates import spelled_dates

    text = ascii_digits(text)  # "۱۷ مارس ۲۰۲۷": the same positions
    taken: list[DateHit] = []
    found = spelled_dates(text) + _numeric(text) + named_dates(text, base)
    for hit in found + cjk_month_days(text, base):
        if not hit.readings or any(h.start < hit.end and hit.start < h.end for h in taken):
            continue
        taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


def settle(hit: DateHit, base: date | None, order: Order | None = None) -> date | None:
    """The one date a hit means, or None when its readings cannot be told apart.

    Two readings (04/11/2023) are settled only by the mail itself: `order`, the
    way round the same mail (or the sender's earlier submissions) writes dates in
    this style, or because one reading is after the message was sent and so
    impossible. Nearness to the send date, a place or a zone never settle it.
    """
    readings = hit.readings
    if order is not None and len(readings) == 2:
        readings = (readings[0],) if order == "dmy" else (readings[1],)
    if base is not None:
        readings = tuple(r for r in readings if r <= base + timedelta(days=1))
    return readings[0] if len(readings) == 1 else None


def mail_order(
    hits: list[DateHit], sender_order: Mapping[str, Order] | None = None
) -> dict[str, Order]:
    """Per numeric style, the way round this mail writes dates: from its dates that read
    only one way (25/12/2023), else from the sender's earlier submissions (`sender_order`,
    per style, looked up in the store). A style written both ways settles nothing."""
    seen: dict[str, set[Order]] = {}
    for hit in hits:
        if hit.style is not None and hit.order is not None:
            seen.setdefault(hit.style, set()).add(hit.order)
    found = {style: orders.pop() for style, orders in seen.items() if len(orders) == 1}
    for hit in hits:
        if hit.style is not None and hit.style not in seen and hit.style in (sender_order or {}):
            found[hit.style] = (sender_order or {})[hit.style]
    return found


def with_weekday(text: str, hit: DateHit) -> DateHit:
    """Keep the readings that fall on the weekday written just before the date ("Tuesday
    04/11/2023"): the mail itself settles which way round it is."""
    if len(hit.readings) < 2:
        return hit
    named = weekday_before(text[max(0, hit.start - 20) : hit.start])
    if named is None:
        return hit
    fitting = tuple(r for r in hit.readings if r.weekday() == named)
    return replace(hit, readings=fitting) if fitting else hit


_WHEN_WORDS = (
    r"(?:photo |image )?(?:(?:date|time)\s*(?:/|and|&|,|\+)\s*(?:date|time)|date|time)"
    r"(?: (?:taken|of (?:the )?(?:capture|observation|photo|image|exposure|imaging|transit)))?",
    r"taken(?: on| at)?",
    r"captured(?: on| at)?",
    r"when",
    r"aufnahme(?:zeit(?:punkt)?|datum)?",
    r"aufgenommen(?: am| um)?",
    r"(?:uhr)?zeit(?:punkt)?",
    r"datum(?:\s*(?:/|und|&|,|en|a|i)\s*(?:uhrzeit|zeit|tijd|čas|czas))?"
    r"(?: (?:der aufnahme|pořízení|snímku|opname))?",
    r"date(?:\s*(?:/|et)\s*heure)?(?: de (?:la )?prise de vue)?",
    r"heure(?: de (?:la )?prise de vue)?",
    r"prise de vue",
    r"fecha(?:\s*(?:/|y)\s*hora)?(?: de (?:la )?(?:toma|captura|foto(?:grafía)?|imagen))?",
    r"hora(?: de (?:la )?(?:toma|captura))?",
    r"data(?:\s*(?:/|e|i)\s*(?:ora|hora|godzina))?"
    r"(?: (?:dello scatto|della ripresa|da foto|wykonania|zdjęcia|obserwacji))?",
    r"ora(?:rio)?(?: dello scatto)?",
    r"scattata(?: il)?",
    r"godzina",
    r"czas(?: wykonania| obserwacji)?",
    r"tijd(?:stip)?",
    r"opname(?:datum|tijd)",
    r"čas(?: pořízení)?",
    r"(?:a )?felvétel időpontja",
    r"időpont(?:ja)?",
    r"dátum(?: és idő)?",
    r"idő",
    r"készült",
)
# A bilingual label's first half ("Aeg / Time (UT)", "Saat / Time:"): one or two words.
_OTHER_HALF = r"(?:[^\W\d_]+(?: [^\W\d_]+)?\s*/\s*)?"
_WHEN_LABEL = re.compile(
    r"^[\s|*•·>\-–]*"
    + _OTHER_HALF
    + "(?:"
    + "|".join(_WHEN_WORDS)
    + "|"
    + label_words_raw("when_labels")
    + r")\s*(?:\((?P<zone>[^)]{1,24})\))?"
    r"(?:\s*in\s+(?P<zone2>UTC|UT|GMT))?\s*(?:[:：|=\t]|\s{2,}|\s(?=\d))",
    re.I,
)


def when_label(line: str) -> tuple[bool, str | None]:
    """Whether a line is labelled as the photo's date/time, and the zone its label names."""
    m = _WHEN_LABEL.match(line)
    if not m:
        return False, None
    zone = m["zone"] or m["zone2"]
    return True, zone.strip() if zone and is_zone_word(zone.strip()) else None


_TONIGHT = re.compile(
    r"\b(?:tonight|this evening|heute abend|ce soir|esta noche|stasera|esta noite|vanavond"
    r"|dziś wieczorem|dnes večer|ma este)\b",
    re.I,
)
_YESTERDAY = re.compile(
    r"\b(?:yesterday|gestern|hier soir|anoche|ayer|ieri|ontem|gisteravond|gisteren|wczoraj"
    r"|včera|tegnap)\b",
    re.I,
)
_LAST_NIGHT = re.compile(r"\b(?:last night|letzte nacht|la nuit dernière|vannacht)\b", re.I)


_CJK_END = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_LABELLED = frozenset({"tonight", "yesterday", "last_night"})  # data/labels.toml sections


def relative_kinds(text: str) -> list[str]:
    """The kinds of relative day the words name: "tonight", "yesterday", "last_night",
    "before_yesterday"."""
    return [
        kind
        for kind, rx in (
            ("tonight", _TONIGHT),
            ("yesterday", _YESTERDAY),
            ("last_night", _LAST_NIGHT),
            ("before_yesterday", None),
        )
        if (rx is not None and rx.search(text))
        or (kind in _LABELLED and whole_words(kind).search(text))
        or (kind != "last_night" and relative_day_pattern(kind).search(text))
    ]


def relative_day(text: str, clock: time | None, header: datetime | None) -> date | None:
    """The date meant by "tonight", "yesterday", "last night" or "the day before yesterday"
    (CLDR's "predvčerom", "vorgestern"), by the sender's own clock.

    Only when the Date header kept the sender's offset (a zero offset may be a
    converted one), and only when one kind of word is used.
    """
    if header is None or not header.utcoffset():
        return None
    kinds = relative_kinds(text)
    if len(kinds) != 1:
        return None
    today = header.date()
    if kinds[0] == "before_yesterday":
        return today - timedelta(days=2)
    if kinds[0] == "tonight":
        return today if clock is None or clock <= header.time() else None
    if kinds[0] == "yesterday" or clock is None or clock.hour >= 12:
        return today - timedelta(days=1)
    return None  # "last night at 00:30": before or after midnight?


# "hoy a las 21:12", "today at 9:12 pm", "heute um 21:12": the today word, a preposition of
# at most two short words, then the time
_TODAY_GAP = re.compile(r"\s+(?:[^\W\d_]{1,5}\.?\s+){0,2}$")


def today_beside(text: str, pos: int, clock: time, header: datetime | None) -> date | None:
    """The Date header's day for a time written right after CLDR's "today" ("saqué hoy a
    las 21:12"), when that time is before the mail was sent by the sender's own clock;
    else None. Only a today beside the time dates it: "today I send you…" dates nothing."""
    if header is None or not header.utcoffset() or clock > header.time():
        return None
    before = text[max(0, pos - 30) : pos]
    return header.date() if half_beside(before, clock) is not None else None


def half_beside(before: str, clock: time) -> str | None:
    """The today word ("today", "hoy") or half of today ("this morning", "ce soir") that ends
    `before` with a preposition at most between ("This morning at 05:48"), or None; a
    morning's time only after a morning word ("this morning at 9:40 pm" dates nothing)."""
    kinds = [("today", relative_day_pattern("today"))]
    if clock.hour < 12:
        kinds.append(("this_morning", whole_words("this_morning")))
    kinds.append(("this_evening", whole_words("this_evening")))
    for kind, rx in kinds:
        if any(_TODAY_GAP.fullmatch(before, m.end()) for m in rx.finditer(before)):
            return kind
    return None
