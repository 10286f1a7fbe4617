"""A month as the curator types it (YYYY-MM) is one range of UT time, December included."""

from __future__ import annotations

from datetime import UTC, datetime

from ipom_mail.store.month import month_bounds


def test_december_ends_where_the_next_year_begins() -> None:
    assert month_bounds("2024-12") == (
        datetime(2024, 12, 1, tzinfo=UTC),
        datetime(2025, 1, 1, tzinfo=UTC),
    )


def test_a_month_starts_at_midnight_ut_on_its_first_day() -> None:
    start, end = month_bounds("2024-02")
    assert (start.isoformat(), end.isoformat()) == (
        "2024-02-01T00:00:00+00:00",
        "2024-03-01T00:00:00+00:00",
    )
