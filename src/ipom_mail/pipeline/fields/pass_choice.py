"""Which row of a pass table copied into the mail is the photo's pass (tables read in
pass_tables.py).

A table of several passes names the photo's only through the photo's time: the one row
whose window, read in the table's zone on the row's date, holds the photo's UT time. A
table of one pass is the photo's unless the photo's time falls outside it. The row's
times become the pass's UT start and end only when the table, its heading or the mail
names their zone; its height and brightness need no zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ipom_mail.pipeline.fields.in_force import convert
from ipom_mail.pipeline.fields.pass_tables import PassRow, PassTable, find_tables
from ipom_mail.pipeline.fields.taken_at import TakenAt
from ipom_mail.pipeline.fields.zones import Zone, parse_zone

_MARGIN = timedelta(minutes=2)  # a shot begun as the station cleared the trees, before "Start"
_MIN_SPAN = timedelta(minutes=1)
_MAX_SPAN = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class TablePass:
    """The photo's pass as a table gives it, and where the tables stand in the text (the
    other readers leave those lines alone)."""

    start: datetime | None = None
    end: datetime | None = None
    height: float | None = None
    magnitude: float | None = None
    spans: tuple[tuple[int, int], ...] = ()


def table_pass(text: str, taken: TakenAt, header: datetime | None) -> TablePass:
    """The photo's pass from the tables of `text`, or an empty TablePass."""
    tables = find_tables(text, header.date() if header is not None else None)
    spans = tuple((t.first, t.last) for t in tables)
    chosen = [c for t in tables if (c := _chosen(t, text, taken, header)) is not None]
    if len(chosen) != 1:
        return TablePass(spans=spans)
    row, window = chosen[0]
    start, end = window if window is not None else (None, None)
    return TablePass(start, end, row.height, row.magnitude, spans)


def _chosen(
    table: PassTable, text: str, taken: TakenAt, header: datetime | None
) -> tuple[PassRow, tuple[datetime, datetime] | None] | None:
    """The table's row that is the photo's pass, with its UT window when its zone is known."""
    windows = [_window(row, table, text, taken, header) for row in table.rows]
    if taken.taken_at is None:
        return (table.rows[0], windows[0]) if len(table.rows) == 1 else None
    moment = taken.taken_at.astimezone(UTC)
    holding = [
        (row, w)
        for row, w in zip(table.rows, windows, strict=True)
        if w is not None and w[0] - _MARGIN <= moment <= w[1] + _MARGIN
    ]
    if len(holding) == 1:
        return holding[0]
    return None


def _window(
    row: PassRow, table: PassTable, text: str, taken: TakenAt, header: datetime | None
) -> tuple[datetime, datetime] | None:
    """The row's UT start and end, on its own date (or, for a row without one, the
    photo's only local date), in the table's zone: every usable zone named for the table
    must give the same window ("BST = UTC+1"); None when they differ or none is known."""
    day = row.day or _photo_day(taken, len(table.rows))
    if day is None:
        return None
    zones = [z for name in table.zones if (z := parse_zone(name, text, header)) and z.usable]
    windows = {_in_zone(row, day, zone, text, header) for zone in zones}
    return windows.pop() if len(windows) == 1 else None


def _in_zone(
    row: PassRow, day: date, zone: Zone, text: str, header: datetime | None
) -> tuple[datetime, datetime] | None:
    """The row's UT window on the local `day` in `zone`, when it is as long as a pass."""
    start = convert(datetime.combine(day, row.start.clock), zone, row.start.text, text, header).ut
    end = convert(datetime.combine(day, row.end.clock), zone, row.end.text, text, header).ut
    if start is None or end is None:
        return None
    if end < start:
        end += timedelta(days=1)  # a pass across midnight
    return (start, end) if _MIN_SPAN <= end - start <= _MAX_SPAN else None


def _photo_day(taken: TakenAt, rows: int) -> date | None:
    """The photo's local date, for a table of one row that gives none."""
    if rows != 1 or taken.taken_date is None:
        return None
    return date.fromisoformat(taken.taken_date)
