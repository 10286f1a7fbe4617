"""Date recognisers: numeric formats, month names in many languages; time labels.

Hand-written because the general parsers invent what is missing (dateparser
reads "67°" as 1967 and fills a missing date from today; dateutil's fuzzy
mode misreads German and Spanish): here a date is found only when its parts
are written, and a date that reads two ways is reported with both readings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from ipom_mail.pipeline.fields.clock import TimeHit as TimeHit
from ipom_mail.pipeline.fields.clock import find_times as find_times
from ipom_mail.pipeline.fields.clock_spans import pair_ranges as pair_ranges
from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.numerals import ascii_digits
from ipom_mail.pipeline.fields.weekday_words import (
    certain_weekday_before,
    weekday_after,
    weekday_before,
)
from ipom_mail.pipeline.fields.words import ERAS
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
# "2026 оны 8-р сарын 11-ний", "2026 оны 8 сарын 11": Mongolian writes the year's, the
# month's and the day's own words (and case endings) after their numbers
_MN_DATE = re.compile(
    rf"(?<!\d)(?P<y>{YEAR})\s*(?:оны|он)\s+(?P<m>\d{{1,2}})(?:\s*-?\s*р)?\s*сары[нд]\s+"
    r"(?P<d>\d{1,2})(?![\d:])(?:\s*-?\s*(?:ний|ны|нд|ид|нээс|ны өдөр)(?![^\W\d_]))?"
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
    weekday: int | None = None  # a weekday written beside it that none of its readings is


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
    for m in _MN_DATE.finditer(text):
        hits.append(hit_of(m, [day_of(int(m["y"]), int(m["m"]), int(m["d"]))]))
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
    from ipom_mail.pipeline.fields.calendar_dates import solar_hijri_dates
    from ipom_mail.pipeline.fields.named_dates import named_spans

    text = ascii_digits(text)  # "۱۷ مارس ۲۰۲۷": the same positions
    numeric = [(h.start, h.end) for h in _numeric(text) + solar_hijri_dates(text)]
    return sorted(numeric + named_spans(text))


def _not_times(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The dates that are no dotted time with its seconds that its neighbours make a time
    (clock.py): one of a from–to span ("klo 18.02.15–18.04.50"), one with its zone or unit
    after it ("pukul 19.07.35 WITA", "ob 18.12.30 po srednjeevropskem času"), one after a
    word for "at" ("um 21.10.05", "kl. 20.11.30"). "22.12.40" there is 22:12:40, never 22
    December 2040: such a date neither dates a time nor says the photo is still to come."""
    if not any(h.style == "." for h in hits):
        return hits
    starts = {t.start for t in find_times(text)}
    return [h for h in hits if h.style != "." or h.start not in starts]


def find_dates(text: str, base: date | None = None) -> list[DateHit]:
    """Every date written in the text, in order; `base` (the message date) dates a yearless one."""
    text = ascii_digits(text)  # "۱۷ مارس ۲۰۲۷": the same positions
    return sorted(_not_times(text, written_dates(text, base)), key=lambda h: h.start)


def written_dates(text: str, base: date | None = None) -> list[DateHit]:
    """find_dates before its dotted times are told apart: what looks like a date, read
    without reading the text's clocks (a clock's reader may ask whether a day is named)."""
    from ipom_mail.pipeline.fields.calendar_dates import solar_hijri_dates
    from ipom_mail.pipeline.fields.named_dates import (
        cjk_month_days,
        dotted_month_days,
        named_dates,
    )
    from ipom_mail.pipeline.fields.relative_months import relative_month_dates
    from ipom_mail.pipeline.fields.spelled_dates import spelled_dates

    text = ascii_digits(text)  # "۱۷ مارس ۲۰۲۷": the same positions
    taken: list[DateHit] = []
    found = spelled_dates(text, base) + _numeric(text) + named_dates(text, base)
    found += solar_hijri_dates(text)  # "۲۵ آذر ۱۴۰۵": 16 December 2026
    found += relative_month_dates(text, base)  # "de 3e van vorige maand"
    for hit in found + cjk_month_days(text, base) + dotted_month_days(text, base):
        if not hit.readings or any(h.start < hit.end and hit.start < h.end for h in taken):
            continue
        taken.append(hit)
    return taken


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
    04/11/2023") or right after it ("02/04/2027 (Friday)"): the mail itself settles which
    way round it is. A weekday named whole that no reading falls on (or two different
    ones) leaves the date no reading: the sender must say which day it was."""
    head = text[max(0, hit.start - 20) : hit.start]
    after = weekday_after(text[hit.end : hit.end + 24])
    sure = {d for d in (certain_weekday_before(head), after) if d is not None}
    named = sure or {d for d in (weekday_before(head),) if d is not None}
    if not named:
        return hit
    fitting = tuple(r for r in hit.readings if r.weekday() in named)
    if len(named) == 1 and fitting:
        return replace(hit, readings=fitting)
    return replace(hit, readings=(), weekday=min(sure)) if sure else hit


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
    + r")\s*(?:[(（](?P<zone>[^)）]{1,24})[)）])?"
    r"(?:\s*in\s+(?P<zone2>UTC|UT|GMT))?\s*(?:[:：՝|=\t]|\s{2,}|\s(?=\d))",
    re.I,
)


def when_label(line: str) -> tuple[bool, str | None]:
    """Whether a line is labelled as the photo's date/time, and the zone its label names."""
    m = _WHEN_LABEL.match(line)
    if not m:
        return False, None
    zone = m["zone"] or m["zone2"]
    return True, zone.strip() if zone and is_zone_word(zone.strip()) else None
