"""The readers under the photo's time: dates in many languages and formats, a date that
reads two ways, clock times with their zones, spans of time, labelled lines, and no text
that makes them fail."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipom_mail.pipeline.fields.dates import find_dates, find_times, pair_ranges, settle, when_label
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2024, 5, 20, 10, 0, tzinfo=timezone(timedelta(hours=2)))
NO_MEDIA = Media(())

MAY_12 = date(2024, 5, 12)


@pytest.mark.parametrize(
    "written",
    [
        "12 May 2024",
        "May 12th, 2024",
        "12th of May 2024",
        "12. Mai 2024",
        "12 mai 2024",
        "12 de mayo de 2024",
        "12 maggio 2024",
        "12 de maio de 2024",
        "12 mei 2024",
        "12 maja 2024",
        "12. května 2024",
        "2024. május 12.",
        "2024-05-12",
        "2024.05.12.",
    ],
)
def test_dates_are_read_in_many_languages_and_formats(written: str) -> None:
    hits = find_dates(f"on {written} we saw it")
    assert [h.readings for h in hits] == [(MAY_12,)]


@pytest.mark.parametrize("written", ["12.05.2024", "12. 5. 2024", "04.07.2024"])
def test_a_dotted_date_with_both_parts_up_to_12_reads_two_ways_too(written: str) -> None:
    # the blind brief: a numeric date that reads two ways is certain only if the mail says
    (hit,) = find_dates(f"on {written} we saw it")
    assert len(hit.readings) == 2
    (other,) = find_dates("on 25.05.2024 we saw it")
    assert other.readings == (date(2024, 5, 25),)


def test_a_slashed_date_with_both_parts_up_to_12_reads_two_ways() -> None:
    (hit,) = find_dates("03/04/2024")
    assert set(hit.readings) == {date(2024, 4, 3), date(2024, 3, 4)}
    assert settle(hit, date(2024, 5, 20)) is None


def test_a_slashed_date_with_a_day_over_12_reads_one_way() -> None:
    (hit,) = find_dates("12/25/2023")
    assert hit.readings == (date(2023, 12, 25),)


def test_the_message_date_settles_a_slashed_date_when_one_reading_is_in_the_future() -> None:
    (hit,) = find_dates("05/12/2024")
    assert settle(hit, date(2024, 5, 20)) == MAY_12


@pytest.mark.parametrize("text", ["Max Pass 84°", "67° elevation", "ISO 1600, 1/500 s, f/4.0"])
def test_numbers_that_are_not_dates_give_no_date(text: str) -> None:
    assert find_dates(text, date(2024, 5, 20)) == []


def test_a_yearless_date_is_read_only_near_the_message_date() -> None:
    assert find_dates("on 12 May", date(2024, 5, 20))[0].readings == (MAY_12,)
    assert find_dates("on 12 May", None) == []
    assert find_dates("on 12 November", date(2024, 5, 20)) == []  # half a year back: unsure
    assert find_dates("on 12 may be", date(2024, 5, 20)) == []


@pytest.mark.parametrize(
    ("written", "clock", "zone"),
    [
        ("11:59:12PM", time(23, 59, 12), None),
        ("6:47am EST", time(6, 47), "EST"),
        ("12:05 a.m. UTC", time(0, 5), "UTC"),
        ("21h34 TU", time(21, 34), "TU"),
        ("21.34 Uhr MESZ", time(21, 34), "MESZ"),
        ("21:34:10Z", time(21, 34, 10), "Z"),
        ("21:34 (UTC)", time(21, 34), "UTC"),
        ("21:34 hrs UT", time(21, 34), "UT"),
        ("21:34 UTC+2", time(21, 34), "UTC+2"),
    ],
)
def test_clock_times_are_read_with_their_zone(written: str, clock: time, zone: str | None) -> None:
    (hit,) = find_times(f"at {written} over the house")
    assert (hit.clock, hit.zone) == (clock, zone)


def test_a_word_after_a_time_that_is_no_zone_is_ignored() -> None:
    (hit,) = find_times("at 21:34 ISS was bright")
    assert hit.zone is None


@pytest.mark.parametrize(
    "text",
    [
        "from 21:32 to 21:38 UT",
        "21:32–21:38 UTC",
        "von 21:32 bis 21:38 Uhr",
        "between 21:32 and 21:38",
    ],
)
def test_spans_of_time_are_paired(text: str) -> None:
    times = find_times(text)
    assert len(pair_ranges(text, times)) == 1


def test_two_separate_times_are_not_a_span() -> None:
    text = "at 21:32 UT and 21:38 UT"
    assert pair_ranges(text, find_times(text)) == []


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Time/date (UT): 2024-05-12", "UT"),
        ("Aufnahmezeit: 23:34", None),
        ("Date de prise de vue : 12 mai", None),
        ("Fecha y hora (UTC): 12/05/2024", "UTC"),
        ("Datum/tijd 12-05-2024", None),
        ("Időpont: 2024. május 12.", None),
        ("Datum pořízení: 12. 5. 2024", None),
    ],
)
def test_labelled_lines_are_recognised_with_the_zone_in_the_label(
    line: str, zone: str | None
) -> None:
    assert when_label(line) == (True, zone)


def test_a_sentence_is_not_a_label() -> None:
    assert when_label("When the ISS came over I was ready")[0] is False


_ALPHABET = st.sampled_from([*list("0123456789:./-–° ()+UTCESMaypmhZ\nDate:Időpont"), "Uhr"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_no_text_makes_the_reader_fail(text: str) -> None:
    result = find_taken_at(text, NO_MEDIA, SENT)
    assert result.taken_at is None or result.taken_at.tzinfo is UTC
