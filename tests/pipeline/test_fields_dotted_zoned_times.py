"""A dotted time with seconds and its zone after it is a time, never a second date of its
sentence (issue 13, batch-20: "Minggu malam, 18 April 2027 … pukul 19.07.35 WITA" read
19.07.35 as a date, and the sentence's two dates dated nothing). A dotted date without a
zone stays a date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "Foto ISS saya ambil Minggu malam, 18 April 2027, dari Jatiluwih, pukul 19.07.35 WITA.",
            datetime(2027, 4, 19, 7, 45, tzinfo=timezone(timedelta(hours=8))),
            datetime(2027, 4, 18, 11, 7, 35, tzinfo=UTC),
        ),
        (
            "Foto ISS ini saya ambil pada 18 April 2027 dari atap rumah saya di Bandung, pukul "
            "19.07.35 WIB.",
            datetime(2027, 4, 19, 7, 45, tzinfo=timezone(timedelta(hours=7))),
            datetime(2027, 4, 18, 12, 7, 35, tzinfo=UTC),
        ),
        (
            "Kuva otettu sunnuntaina 18. huhtikuuta 2027 mökin laiturilta Espoossa, klo 21.04.30 "
            "Suomen aikaa.",
            datetime(2027, 4, 19, 7, 45, tzinfo=timezone(timedelta(hours=3))),
            datetime(2027, 4, 18, 18, 4, 30, tzinfo=UTC),
        ),
    ],
)
def test_a_dotted_time_with_its_zone_is_no_date(text: str, sent: datetime, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


def test_a_dotted_date_without_a_zone_still_dates_the_time() -> None:
    text = "Foto ISS diambil 18.04.2027 pukul 19.07 WITA dari Jatiluwih."
    sent = datetime(2027, 4, 19, 7, 45, tzinfo=timezone(timedelta(hours=8)))
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == datetime(2027, 4, 18, 11, 7, tzinfo=UTC)
