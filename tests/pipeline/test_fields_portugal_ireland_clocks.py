"""Relative days on clocks one name or one country does not settle (issue 13, batch-25,
latent): Portugal keeps three clocks, mainland and Madeira on WET/WEST, the Azores an hour
behind (UTC−1 in winter, UTC+0 in summer), so "ontem à noite, às 18:42 (hora dos Açores)"
converts on the Azores' clock and "hora de Lisboa" on the mainland's, whatever the Date
header's offset; "hora local" with no place gives no UT time. Ireland's "IST" is its summer
clock: for a December evening in Dublin it is no clock in force, so no UT time and a note;
India's IST (UTC+5:30) from an Indian sender still converts."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
WINTER_UT = "Fri, 04 Dec 2026 09:12:00 +0000"
SUMMER_WEST = "Tue, 14 Jul 2026 09:12:00 +0100"


@pytest.mark.parametrize(
    ("sent", "text", "want"),
    [
        (
            WINTER_UT,
            "Ontem à noite, às 18:42 (hora de Lisboa), fotografei a ISS.",
            datetime(2026, 12, 3, 18, 42, tzinfo=UTC),
        ),
        (
            WINTER_UT,
            "Ontem à noite, às 18:42 (hora dos Açores), fotografei a ISS.",
            datetime(2026, 12, 3, 19, 42, tzinfo=UTC),
        ),
        (
            "Fri, 04 Dec 2026 09:12:00 -0100",
            "Ontem à noite, às 18:42 hora dos Açores, fotografei a ISS.",
            datetime(2026, 12, 3, 19, 42, tzinfo=UTC),
        ),
        (
            WINTER_UT,
            "Ontem, às 18:42 hora da Madeira, fotografei a ISS.",
            datetime(2026, 12, 3, 18, 42, tzinfo=UTC),
        ),
        (
            SUMMER_WEST,
            "Ontem à noite, às 22:42 (hora de Lisboa), fotografei a ISS.",
            datetime(2026, 7, 13, 21, 42, tzinfo=UTC),
        ),
        (
            "Tue, 14 Jul 2026 09:12:00 +0000",
            "Ontem à noite, às 22:42 (hora dos Açores), fotografei a ISS.",
            datetime(2026, 7, 13, 22, 42, tzinfo=UTC),
        ),
        (  # the night the clocks went back: Saturday evening was still on summer time
            "Sun, 25 Oct 2026 09:00:00 +0000",
            "Ontem à noite, às 21:10 (hora de Lisboa), fotografei a ISS.",
            datetime(2026, 10, 24, 20, 10, tzinfo=UTC),
        ),
    ],
)
def test_yesterday_on_a_portuguese_clock_converts_on_that_clock(
    sent: str, text: str, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, parsedate_to_datetime(sent)).taken_at == want


@pytest.mark.parametrize(
    ("sent", "text"),
    [
        (WINTER_UT, "Ontem à noite, às 18:42 (hora local), fotografei a ISS."),
        (SUMMER_WEST, "Ontem, às 22:42, fotografei a ISS."),
    ],
)
def test_yesterday_on_a_local_clock_with_no_place_gives_no_ut_time(sent: str, text: str) -> None:
    result = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(sent))
    assert result.taken_at is None
    assert any("no zone" in note for note in result.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday evening at 18:42 IST from Dublin I caught the ISS.",
        "Last night at 18:42 IST I photographed the ISS over Galway.",
    ],
)
def test_an_irish_ist_on_a_december_evening_is_no_clock_in_force(text: str) -> None:
    result = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(WINTER_UT))
    assert result.taken_at is None
    assert any("GMT" in note for note in result.notes)


def test_an_irish_ist_on_a_july_evening_is_summer_time() -> None:
    text = "Photographed the ISS from Dublin on 13 July 2026 at 22:42 IST."
    result = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(SUMMER_WEST))
    assert result.taken_at == datetime(2026, 7, 13, 21, 42, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday evening at 18:42 IST I caught the ISS from Bengaluru.",
        "Yesterday evening at 18:42 IST I caught the ISS.",  # the header's +0530 settles it
    ],
)
def test_an_indian_ist_from_an_indian_sender_converts(text: str) -> None:
    sent = parsedate_to_datetime("Fri, 04 Dec 2026 09:12:00 +0530")
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == datetime(2026, 12, 3, 13, 12, tzinfo=UTC)


def test_an_ist_with_nothing_to_settle_it_gives_no_ut_time() -> None:
    text = "Yesterday evening at 18:42 IST I caught the ISS."
    result = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(WINTER_UT))
    assert result.taken_at is None
