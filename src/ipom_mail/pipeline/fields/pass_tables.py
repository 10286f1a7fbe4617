"""Pass-prediction tables copied into a mail (Heavens-Above, N2YO, ISS Detector, CalSky…),
as text or as an HTML table turned into text: a header naming the pass's start, its
highest point and its end (data/pass_tables.toml, one entry per language), then a row per
pass with its date, brightness, and the times and altitudes of those moments.

    Date    Brightness  Start               Highest point       End
            (mag)       Time      Alt. Az.  Time      Alt. Az.  Time      Alt. Az.
    02 Apr  -3.8        20:41:12  10°  WSW  20:44:30  67°  SSE  20:47:49  10°  E

A row's max elevation is the highest of its altitudes, its brightness the one signed
number in a table with a brightness column. Which row is the photo's is read in
pass_choice.py.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from ipom_mail.pipeline.fields.clause_zone import stated_zone, zones_in
from ipom_mail.pipeline.fields.dates import TimeHit, find_dates, find_times
from ipom_mail.pipeline.fields.labels import word_pattern
from ipom_mail.pipeline.fields.named_dates import MONTH_NAMES


@dataclass(frozen=True, slots=True)
class PassRow:
    """One pass of a table: its date when the row gives one, its start and end times as
    written, its highest altitude and its brightness when the row gives them."""

    day: date | None
    start: TimeHit
    end: TimeHit
    height: float | None
    magnitude: float | None


@dataclass(frozen=True, slots=True)
class PassTable:
    """A table's rows, where it stands in the text, and the zone its times are in."""

    first: int  # the header's first character
    last: int  # the last row's last character
    rows: tuple[PassRow, ...]
    zones: tuple[str, ...]  # every zone named for it: "BST" and "UTC+1" may name one clock


@cache
def _headers() -> dict[str, re.Pattern[str]]:
    text = files("ipom_mail").joinpath("data/pass_tables.toml").read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = tomllib.loads(text)
    return {
        role: word_pattern([w for words in by_lang.values() for w in words])
        for role, by_lang in data.items()
    }


def is_header(line: str) -> bool:
    """Whether a line names the pass's start, then its highest point, then its end."""
    roles = _headers()
    start = roles["start"].search(line)
    highest = roles["highest"].search(line, start.end()) if start else None
    return highest is not None and roles["end"].search(line, highest.end()) is not None


_SUB_HEADER_LINES = 3  # lines between the header and the first row: units, a rule "|---|"
_AROUND = 2  # lines above the header and below the rows where the table's zone is named


def find_tables(text: str, base: date | None) -> list[PassTable]:
    """Every pass table of the text, with its rows; `base` (the message's date) dates
    a row written without its year."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    tables: list[PassTable] = []
    index = 0
    while index < len(lines):
        if not is_header(lines[index]):
            index += 1
            continue
        rows, after = _rows_under(lines, index, base)
        if rows:
            tables.append(_table(lines, starts, index, rows, text))
        index = after
    return tables


def without_tables(text: str, base: date | None) -> str:
    """The text with its pass tables' lines blanked, their line breaks kept: a table's
    times are the passes', never the photo's."""
    for table in find_tables(text, base):
        first, last = table.first, table.last
        text = text[:first] + re.sub(r"[^\n]", " ", text[first:last]) + text[last:]
    return text


def _rows_under(
    lines: list[str], head: int, base: date | None
) -> tuple[list[tuple[int, PassRow]], int]:
    """The rows under the header line `head` (a few lines of units or rules may stand
    between), with their line numbers, and the line after the last one."""
    rows: list[tuple[int, PassRow]] = []
    index = head + 1
    while index < len(lines) and (rows or index - head <= _SUB_HEADER_LINES):
        row = _row(lines[index], base)
        if row is None and rows:
            break
        if row is not None:
            rows.append((index, row))
        index += 1
    return rows, index


def _table(
    lines: list[str], starts: list[int], head: int, rows: list[tuple[int, PassRow]], text: str
) -> PassTable:
    """The table from its header line `head` to its last row, and the zone named in its
    header, its rows, the lines around it, or a sentence for all the mail's times."""
    last = rows[-1][0]
    above = lines[max(0, head - _AROUND) : head]
    below = [ln for ln in lines[last + 1 : last + 1 + _AROUND + 1] if ln.strip()][:1]
    # a single letter after a row's time is a direction ("Z", Polish west), not Zulu
    written = {t.zone for _, r in rows for t in (r.start, r.end) if t.zone and len(t.zone) > 1}
    zones = (
        zones_in(" ; ".join([*above, *below])) | written | _header_zones(lines[head : rows[0][0]])
    )
    zones |= {z for z in [stated_zone(text)] if z}
    has_brightness = any(_headers()["brightness"].search(line) for line in lines[head : rows[0][0]])
    kept = tuple(r if has_brightness else _without_magnitude(r) for _, r in rows)
    return PassTable(starts[head], starts[last] + len(lines[last]), kept, tuple(sorted(zones)))


_CODE = re.compile(r"^(?:[A-Z]{2,5}|(?:UTC|UT|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)$")


def _header_zones(lines: list[str]) -> set[str]:
    """The zones a table's header names as an abbreviation or an offset ("Time (UTC)",
    "Zeit MESZ"): its words are column names ("Irány  Idő", direction and time, is no
    "Iran time")."""
    return {z for z in zones_in(" ; ".join(lines)) if _CODE.match(z)}


def _without_magnitude(row: PassRow) -> PassRow:
    return PassRow(row.day, row.start, row.end, row.height, None)


_ALTITUDE = re.compile(r"(?<![\d.,])(?P<v>\d{1,2}(?:[.,]\d)?)\s?[°º]")
_SIGNED = re.compile(
    r"(?<![\w.,:/])(?P<v>[+\-−–]\s?\d(?:[.,]\d{1,2})?|\d[.,]\d{1,2})(?![\w.,:/°º])"
)
_MAX_TIMES = 3  # the start, the highest point and the end
_ZENITH = 90.0
_BRIGHTEST, _FAINTEST = -8.0, 6.0  # the ISS's magnitudes, and a margin


def _row(line: str, base: date | None) -> PassRow | None:
    """A table row: two or three times (start, [highest point,] end) and its numbers."""
    times = find_times(line)
    if not 2 <= len(times) <= _MAX_TIMES:
        return None
    heights = [float(m["v"].replace(",", ".")) for m in _ALTITUDE.finditer(line)]
    height = max(heights) if heights and len(heights) <= len(times) else None
    rest = _blank(line, [(t.start, t.end) for t in times])
    rest = _blank(rest, [m.span() for m in _ALTITUDE.finditer(rest)])
    day_hits = find_dates(line[: times[0].start], base)
    rest = _blank(rest, [(h.start, h.end) for h in day_hits])
    signed = [_number(m["v"]) for m in _SIGNED.finditer(rest)]
    magnitude = signed[0] if len(signed) == 1 and _FAINTEST >= signed[0] >= _BRIGHTEST else None
    day = _row_day(line[: times[0].start], base)
    height = height if height is not None and height <= _ZENITH else None
    return PassRow(day, times[0], times[-1], height, magnitude)


def _blank(line: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        line = line[:start] + " " * (end - start) + line[end:]
    return line


def _number(raw: str) -> float:
    return float(re.sub(r"\s", "", raw).replace("−", "-").replace("–", "-").replace(",", "."))


@functools.cache
def _day_month() -> re.Pattern[str]:
    """A day and a month's name in a date cell, either way round (compiled at the first
    table: 16 ms, and most mail holds none)."""
    months = "|".join(re.escape(w) for w in sorted(MONTH_NAMES, key=len, reverse=True))
    return re.compile(
        rf"(?<![\d.:])(?P<d>\d{{1,2}})\.?\s*(?<![^\W\d_])(?P<m>{months})(?![^\W\d_])"
        rf"|(?<![^\W\d_])(?P<m2>{months})(?![^\W\d_])\.?\s*(?P<d2>\d{{1,2}})(?![\d:])",
        re.I,
    )


def _row_day(cell: str, base: date | None) -> date | None:
    """The row's date from its date cell: one written in full, or a day and a month's name
    or abbreviation without a year ("02 Apr", "09 avr.", "márc. 10"), in the year that puts
    it nearest the mail."""
    full = [h for h in find_dates(cell, base) if len(h.readings) == 1]
    if len(full) == 1:
        return full[0].readings[0]
    found = list(_day_month().finditer(cell))
    if len(found) != 1 or base is None:
        return None
    m = found[0]
    month = MONTH_NAMES[(m["m"] or m["m2"]).lower()]
    day = int(m["d"] or m["d2"])
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs(d - base)) if options else None
