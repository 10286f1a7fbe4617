"""Times in the languages new to the set in batch-14 (issue 13), tested as classes: a zone
named by a place's clock in its own language and case ("თბილისის დროით", "Madrilgo ordua"),
"according to" written onto it in Thai, "local time" with its zone in brackets, dotted
times with seconds, spans in more languages. Sentences written for these tests; traps where
no UT time may be read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.dates import find_times, pair_ranges
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(y: int, mo: int, d: int, hours: float) -> datetime:
    return datetime(y, mo, d, 21, 0, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "თარიღი: 2026 წლის 3 ოქტომბერი\nდრო: 19:40:10 (თბილისის დროით)",
            _sent(2026, 10, 4, 4),
            datetime(2026, 10, 3, 15, 40, 10, tzinfo=UTC),
        ),
        (
            "Ամսաթիվ՝ 2026 թ. հոկտեմբերի 3\nԺամը՝ 19:40 Երևանի ժամանակով",
            _sent(2026, 10, 4, 4),
            datetime(2026, 10, 3, 15, 40, tzinfo=UTC),
        ),
        (
            "Argazkia 2026ko urriaren 3an atera nuen, 20:05ean (Madrilgo ordua).",
            _sent(2026, 10, 4, 2),
            datetime(2026, 10, 3, 18, 5, tzinfo=UTC),
        ),
        (
            "ถ่ายเมื่อ 3 ตุลาคม 2569 เวลา 19:40 น. ตามเวลาไทย",
            _sent(2026, 10, 4, 7),
            datetime(2026, 10, 3, 12, 40, tzinfo=UTC),
        ),
        (
            "Fotografia u bë më 3 tetor 2026 në orën 19:40 (ora e Tiranës).",
            _sent(2026, 10, 4, 2),
            datetime(2026, 10, 3, 17, 40, tzinfo=UTC),
        ),
        (
            "Uzņemts 2026. gada 3. oktobrī plkst. 19.40.12 pēc Latvijas laika.",
            _sent(2026, 10, 4, 3),
            datetime(2026, 10, 3, 16, 40, 12, tzinfo=UTC),
        ),
        (
            "Pildistatud 3. oktoobril 2026 kell 19.40 Eesti aja järgi.",
            _sent(2026, 10, 4, 3),
            datetime(2026, 10, 3, 16, 40, tzinfo=UTC),
        ),
        (
            "La foto és del 3 d'octubre de 2026 a les 20:05, hora local de Girona (CEST).",
            _sent(2026, 10, 4, 2),
            datetime(2026, 10, 3, 18, 5, tzinfo=UTC),
        ),
        (
            "Taken on 3 October 2026 at 21:05 local time (UTC+3) from the lake.",
            _sent(2026, 10, 4, 3),
            datetime(2026, 10, 3, 18, 5, tzinfo=UTC),
        ),
        (
            "Tynnwyd y llun am 00:02:37 GMT fore dydd Sul, 4 Hydref 2026.",
            _sent(2026, 10, 4, 1),
            datetime(2026, 10, 4, 0, 2, 37, tzinfo=UTC),
        ),
        (
            "Photo of the ISS over Dublin, Ireland: 21:05 IST on 3 July 2026.",
            _sent(2026, 7, 4, 1),
            datetime(2026, 7, 3, 20, 5, tzinfo=UTC),
        ),
    ],
)
def test_a_time_with_its_clock_named_in_a_new_language(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        # "local time" alone names no clock: no zone is guessed
        ("Taken on 3 October 2026 at 21:05 local time from the lake.", _sent(2026, 10, 4, 3)),
        (
            "La foto és del 3 d'octubre de 2026 a les 20:05, hora local de Girona.",
            _sent(2026, 10, 4, 2),
        ),
        # Irish Standard Time is Ireland's summer clock: in November Dublin shows GMT
        (
            "Photo of the ISS over Dublin, Ireland: 18:10 IST on 15 November 2026.",
            _sent(2026, 11, 16, 0),
        ),
        # a summer abbreviation written after the clocks went back (25 October 2026)
        (
            "La foto és del 30 d'octubre de 2026 a les 19:05, hora local de Girona (CEST).",
            _sent(2026, 10, 31, 1),
        ),
        # a dotted time with seconds and no zone stays without one
        ("Uzņemts 2026. gada 3. oktobrī plkst. 19.40.12.", _sent(2026, 10, 4, 3)),
        # an approximate Armenian time with no zone
        ("Ամսաթիվ՝ 2026 թ. հոկտեմբերի 3\nԺամը՝ 19:40-ի սահմաններում", _sent(2026, 10, 4, 4)),
    ],
)
def test_no_ut_time_without_a_clock_in_force(text: str, sent: datetime) -> None:
    result = find_taken_at(text, NO_MEDIA, sent)
    assert result.taken_at is None
    assert result.taken_date is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kalimi: nga 16:42Z deri në 16:48Z", ("16:42", "16:48")),
        ("Pas: de les 20:12 a les 20:18 (CEST)", ("20:12", "20:18")),
        ("An pas: ó 18:07 go dtí 18:13 UTC", ("18:07", "18:13")),
        ("გავლა: 18:42-დან 18:48-მდე UTC", ("18:42", "18:48")),
        ("Անցում՝ 18:42-ից մինչև 18:48 UTC", ("18:42", "18:48")),
        ("Roedd y daith o 18:42 tan 18:48 UTC", ("18:42", "18:48")),
    ],
)
def test_spans_in_the_new_languages(text: str, want: tuple[str, str]) -> None:
    pairs = pair_ranges(text, find_times(text))
    assert [(a.clock.strftime("%H:%M"), b.clock.strftime("%H:%M")) for a, b in pairs] == [want]


def test_a_catalan_at_before_a_time_is_no_until() -> None:
    """ "a les 20:15" is "at 20:15": the photo's time, not the end of a span."""
    text = "La foto és del 3 d'octubre de 2026 a les 20:15:30 (CEST)."
    got = find_taken_at(text, NO_MEDIA, _sent(2026, 10, 4, 2)).taken_at
    assert got == datetime(2026, 10, 3, 18, 15, 30, tzinfo=UTC)


def test_two_times_joined_by_i_in_polish_are_no_span() -> None:
    text = "Zdjęcia o 18:42 i 18:48 UTC"
    assert pair_ranges(text, find_times(text)) == []
