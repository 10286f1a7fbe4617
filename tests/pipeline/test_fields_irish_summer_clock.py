"""Ireland's "IST" is Irish Standard Time, the summer clock (UTC+1); in winter Ireland keeps
GMT (issue 13, batch-14). An "IST" the mail's place settles as Irish is checked against the
date like any summer abbreviation: in November it gives the date only and the reply asks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.zones import Zone, parse_zone, to_ut
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(y: int, mo: int, d: int) -> datetime:
    return datetime(y, mo, d, 9, 0, tzinfo=timezone(timedelta(hours=0)))


@pytest.mark.parametrize(
    "text",
    [
        "ISS over Galway, Ireland: 18:10 IST on 15 November 2026.",
        "Shot from Cork, Ireland on 2 January 2026 at 17:40 IST.",
    ],
)
def test_an_irish_ist_in_winter_gives_the_date_only(text: str) -> None:
    result = find_taken_at(text, NO_MEDIA, _sent(2026, 11, 16))
    assert result.taken_at is None
    assert result.taken_date is not None
    assert any("GMT" in note for note in result.notes)


def test_an_irish_ist_in_summer_is_utc_plus_one_without_a_note() -> None:
    result = find_taken_at(
        "ISS over Galway, Ireland: 22:40 IST on 15 July 2026.", NO_MEDIA, _sent(2026, 7, 16)
    )
    assert result.taken_at == datetime(2026, 7, 15, 21, 40, tzinfo=UTC)
    assert result.notes == ()


def test_a_summer_abbreviation_written_in_winter_is_still_noted_elsewhere() -> None:
    """The season check reads the clock's offset, not dst(): Berlin's CEST in January."""
    zone = parse_zone("CEST")
    assert isinstance(zone, Zone)
    ut, notes = to_ut(datetime(2026, 1, 15, 20, 0), zone)
    assert ut == datetime(2026, 1, 15, 18, 0, tzinfo=UTC)
    assert notes and "standard time" in notes[0]
