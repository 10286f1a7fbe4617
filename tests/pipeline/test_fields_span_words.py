"""Spans written with words the reader does or does not know (blind batch 16, issue 13).

"από τις 21:04:10 έως τις 21:09:30 ώρα Ελλάδος" once gave the series' END as the photo's
time: the zone is written after the second time only. A span's words with their article
("έως τις", "עד") now make the span; and words between a zoneless time and a zoned one
that no list knows never make the zoned time the photo's: no time rather than a wrong one.
Dates written in other scripts' digits ("۱۷ مارس ۲۰۲۷") date a time as ASCII ones do, and
"hora oficial (UTC+2)" names the clock of the time before it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 9, 13, 10, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    "text",
    [
        "2026-09-12: a run of frames from 21:04:10 thru 21:09:30 CEST over the lake.",
        "2026-09-12: eine Serie von 21:04:10 bis ca. 21:09:30 MESZ über dem See.",
        "2026-09-12: een reeks van 21:04:10 tot ongeveer 21:09:30 CEST boven het meer.",
        "2026-09-12: una serie dalle 21:04:10 fin verso le 21:09:30 ora italiana sul lago.",
        "2026-09-12: seria zdjęć od 21:04:10 do około 21:09:30 czasu polskiego nad jeziorem.",
        "2026-09-12: σειρά λήψεων από τις 21:04:10 μέχρι περίπου τις 21:09:30 ώρα Ελλάδος.",
    ],
)
def test_a_zoned_time_after_words_not_understood_is_never_the_photos(text: str) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at is None
    assert any("may be a span" in note for note in taken.notes)


def test_a_time_restated_after_local_time_is_still_the_photos() -> None:
    text = "On 12 September 2026 the photo was taken at 21:09:30 local time 19:09:30 UTC."
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at == datetime(2026, 9, 12, 19, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Σειρά 40 λήψεων, από τις 21:04:10 έως τις 21:09:30 ώρα Ελλάδος, 12 Σεπτεμβρίου 2026.",
        "Σειρά 40 λήψεων, από τις 21:04:10 ως τις 21:09:30 ώρα Ελλάδος, 12 Σεπτεμβρίου 2026.",
        "Σειρά 40 λήψεων, 12 Σεπτεμβρίου 2026, μέχρι και τις 21:09:30 ώρα Ελλάδος, "
        "από τις 21:04:10 ώρα Ελλάδος.",
    ],
)
def test_a_greek_series_is_taken_at_its_start_until_its_end(text: str) -> None:
    sent = datetime(2026, 9, 13, 10, 0, tzinfo=timezone(timedelta(hours=3)))
    taken = find_taken_at(text, Media(()), sent)
    start = datetime(2026, 9, 12, 18, 4, 10, tzinfo=UTC)
    if "μέχρι και" in text:  # the end written first: no series, and no end as the shot
        assert taken.taken_at in (None, start)
        return
    assert (taken.taken_at, taken.until) == (start, datetime(2026, 9, 12, 18, 9, 30, tzinfo=UTC))


def test_a_hebrew_pass_window_is_the_flyby_not_the_photos_time() -> None:
    sent = datetime(2027, 1, 3, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    text = "תאריך: 2 בינואר 2027\nהמעבר: מ-17:48 עד 17:54 שעון ישראל, גובה מרבי 72°"
    taken = find_taken_at(text, Media(()), sent)
    flyby = find_flyby(text, taken, sent)
    assert taken.taken_at is None
    assert (flyby.start, flyby.end) == (
        datetime(2027, 1, 2, 15, 48, tzinfo=UTC),
        datetime(2027, 1, 2, 15, 54, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "این عکس ۱۷ مارس ۲۰۲۷ ساعت ۱۹:۲۴:۱۰ به وقت تهران گرفته شده است.",
            datetime(2027, 3, 17, 15, 54, 10, tzinfo=UTC),  # Tehran keeps +03:30 all year
        ),
        (
            "التقطت الصورة يوم ١٧ مارس ٢٠٢٧ الساعة ١٨:٢٤:١٠ UTC.",
            datetime(2027, 3, 17, 18, 24, 10, tzinfo=UTC),
        ),
        (
            "तस्वीर १७ मार्च २०२७ को २०:१०:०५ UTC पर ली गई।",
            datetime(2027, 3, 17, 20, 10, 5, tzinfo=UTC),
        ),
    ],
)
def test_a_date_in_another_scripts_digits_dates_the_time(text: str, expected: datetime) -> None:
    sent = datetime(2027, 3, 18, 11, 40, tzinfo=timezone(timedelta(hours=3, minutes=30)))
    assert find_taken_at(text, Media(()), sent).taken_at == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La foto és del 7 d'abril de 2027 a les 21:32:50, hora oficial (UTC+2).",
            datetime(2027, 4, 7, 19, 32, 50, tzinfo=UTC),
        ),
        (
            "La foto es del 7 de abril de 2027 a las 21:32:50, hora oficial peninsular (CEST).",
            datetime(2027, 4, 7, 19, 32, 50, tzinfo=UTC),
        ),
        (
            "A foto é de 7 de abril de 2027 às 19:32:50, hora oficial de Brasília (UTC-3).",
            datetime(2027, 4, 7, 22, 32, 50, tzinfo=UTC),
        ),
    ],
)
def test_official_time_then_its_zone_in_brackets(text: str, expected: datetime) -> None:
    sent = datetime(2027, 4, 8, 23, 10, tzinfo=timezone(timedelta(hours=2)))
    assert find_taken_at(text, Media(()), sent).taken_at == expected
