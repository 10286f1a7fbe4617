"""A time restated on another clock, a phone's "Feb 19", a window "entre las … y las …", and a
window's end in its start's half of the day (batch 24, issue 13)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

MADRID = datetime(2027, 2, 1, 19, 47, tzinfo=timezone(timedelta(hours=1)))
PHOTO = (
    "Os envío mi tránsito de la ISS por delante del Sol, captado el sábado 30 de enero de 2027.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Hora del tránsito: 11:41:07 TU (12:41:07 hora peninsular)",
        "Hora del tránsito: 12:41:07 hora peninsular (11:41:07 UTC)",
        "Time of transit: 11:41:07 UT (12:41:07 CET)",
    ],
)
def test_a_time_restated_on_another_clock_takes_the_photos_one_date(line: str) -> None:
    taken = find_taken_at(PHOTO + line, Media(()), MADRID)
    assert taken.taken_at == datetime(2027, 1, 30, 11, 41, 7, tzinfo=UTC)


def test_a_restatement_that_says_another_moment_gives_no_time() -> None:
    line = "Hora del tránsito: 11:41:07 TU (13:41:07 hora peninsular)"
    taken = find_taken_at(PHOTO + line, Media(()), MADRID)
    assert taken.taken_at is None
    assert taken.taken_date == "2027-01-30"


def test_two_times_in_separate_lines_are_no_restatement() -> None:
    text = PHOTO + "Primer intento: 11:38:00 TU\nTránsito: 12:41:07 hora peninsular"
    assert find_taken_at(text, Media(()), MADRID).taken_at is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("dumaan kaninang gabi, Feb 19 🙏", date(2027, 2, 19)),
        ("shot it Jan 4th from the roof", date(2027, 1, 4)),
    ],
)
def test_a_capitalised_short_month_before_its_day_is_a_date(text: str, day: date) -> None:
    assert [hit.readings for hit in find_dates(text, date(2027, 2, 20))] == [(day,)]


@pytest.mark.parametrize(
    "text", ["mar 3 y set 12", "12 Set of frames", "Dec", "num tripé Vanguard Alta Pro 2+", "Pro 2"]
)
def test_a_short_month_in_lower_case_or_after_the_day_stays_weak(text: str) -> None:
    assert find_dates(text, date(2027, 2, 20)) == []


SANTIAGO = datetime(2027, 1, 31, 16, 8, tzinfo=timezone(timedelta(hours=-3)))


@pytest.mark.parametrize(
    "text",
    [
        "La tomé el jueves 28 de enero a las 21:36:20 hora de Chile continental. "
        "El paso completo fue entre las 21:33 y las 21:39 (hora de Chile).",
        "La tomé el jueves 28 de enero a las 21:36:20 hora de Chile continental. "
        "El paso fue entre 21:33 y 21:39 (hora de Chile).",
    ],
)
def test_a_window_between_two_times_with_their_article_is_the_pass(text: str) -> None:
    taken = find_taken_at(text, Media(()), SANTIAGO)
    assert taken.taken_at == datetime(2027, 1, 29, 0, 36, 20, tzinfo=UTC)
    flyby = find_flyby(text, taken, SANTIAGO)
    assert (flyby.start, flyby.end) == (
        datetime(2027, 1, 29, 0, 33, tzinfo=UTC),
        datetime(2027, 1, 29, 0, 39, tzinfo=UTC),
    )


def test_two_times_joined_by_and_without_between_are_no_window() -> None:
    text = "El 28 de enero de 2027 hice fotos a las 21:33 y las 21:39 (hora de Chile)."
    taken = find_taken_at(text, Media(()), SANTIAGO)
    assert find_flyby(text, taken, SANTIAGO).start is None


SEOUL = datetime(2027, 1, 26, 23, 2, tzinfo=timezone(timedelta(hours=9)))


@pytest.mark.parametrize(
    "text",
    [
        "2027년 1월 24일 통과 시간: 오후 7시 0분 ~ 7시 6분 (한국시간)",
        "Pass on 24 January 2027 from 7:00 pm to 7:06 KST",
    ],
)
def test_a_windows_end_is_in_the_half_of_the_day_its_start_is_said_in(text: str) -> None:
    taken = find_taken_at(text, Media(()), SEOUL)
    flyby = find_flyby(text, taken, SEOUL)
    assert (flyby.start, flyby.end) == (
        datetime(2027, 1, 24, 10, 0, tzinfo=UTC),
        datetime(2027, 1, 24, 10, 6, tzinfo=UTC),
    )


def test_a_24_hour_start_gives_no_half_to_an_end_twelve_hours_on() -> None:
    text = "Pass on 24 January 2027 from 19:00 to 7:06 KST"
    taken = find_taken_at(text, Media(()), SEOUL)
    assert find_flyby(text, taken, SEOUL).start is None
