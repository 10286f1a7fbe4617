"""Which date a time belongs to (issue 13, wrong values 1 and 3), tested as classes.

1. An all-numeric date that reads two ways is settled only by the mail itself
   (another date in the same style that reads one way, a weekday beside it, or a
   reading after the send date being impossible); never by nearness to the send
   date, a place, a zone or the Date header's offset. Otherwise no value, and a
   question with both readings.
3. A time takes its date from its own sentence, line, label or paragraph, a
   relative word against the Date header, or the submission a follow-up completes;
   never from an unrelated date elsewhere in the mail.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at, parse_time_answer
from ipom_mail.pipeline.values import Media, Question

NO_MEDIA = Media(())


def _sent(y: int, m: int, d: int, hours: float = 0) -> datetime:
    return datetime(y, m, d, 12, 0, tzinfo=timezone(timedelta(hours=hours)))


# ------------------------------------------------------------------ 1. dates that read two ways

TWO_WAYS = [
    # (text, Date header) — every one sent soon after one reading, the sender's clock in a
    # country that writes the other way round: none of that settles it.
    ("Taken 04/11/2023 at 21:34 UT from Boulder, Colorado.", _sent(2023, 11, 20, -7)),
    ("Photo du 01/09/2024 à 20:26:48 TU.", _sent(2024, 9, 2, 2)),
    ("Fecha: 3/8/2024   Hora: 02:15 UTC", _sent(2024, 8, 5, -4)),
    ("Foto scattata il 05-06-2024 alle 21:10 UTC.", _sent(2024, 6, 5, 2)),
    ("ISS pass 02/03/2024, 18:45 GMT, London.", _sent(2024, 3, 3, 0)),
    ("Aufnahme am 07/08/23 um 20:01 UT.", _sent(2023, 8, 7, 2)),
]


@pytest.mark.parametrize(("text", "sent"), TWO_WAYS)
def test_a_date_that_reads_two_ways_gives_no_value(text: str, sent: datetime) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at is None
    assert taken.taken_date is None


@pytest.mark.parametrize(("text", "sent"), TWO_WAYS)
def test_a_date_that_reads_two_ways_becomes_a_question_with_both_readings(
    text: str, sent: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    (question,) = taken.questions
    assert question.kind == "date_order"
    assert len(question.dates) == 2
    first, second = question.dates
    assert (first.day, first.month) == (second.month, second.day)


def test_the_colorado_case_asks_april_or_november() -> None:
    taken = find_taken_at("Taken 04/11/2023 at 21:34 UT.", NO_MEDIA, _sent(2023, 11, 20, -6))
    assert taken.questions == (
        Question("date_order", "04/11/2023", (date(2023, 11, 4), date(2023, 4, 11))),
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # another date in the same style that reads one way settles the order
        (
            "Pass of 04/11/2023 at 21:34 UT. My earlier one was on 25/10/2023.",
            datetime(2023, 11, 4, 21, 34, tzinfo=UTC),
        ),
        (
            "Shot 04/11/2023 at 21:34 UT; I also tried on 10/28/2023 but clouds.",
            datetime(2023, 4, 11, 21, 34, tzinfo=UTC),
        ),
        (
            "Date: 04-11-2023 21:34 UTC\nPrevious attempt: 10-30-2023",
            datetime(2023, 4, 11, 21, 34, tzinfo=UTC),
        ),
        # a weekday beside it settles it (4 Nov 2023 was a Saturday, 11 Apr a Tuesday)
        (
            "Taken on Saturday 04/11/2023 at 21:34 UT.",
            datetime(2023, 11, 4, 21, 34, tzinfo=UTC),
        ),
        (
            "Taken on Tuesday, 04/11/2023 at 21:34 UT.",
            datetime(2023, 4, 11, 21, 34, tzinfo=UTC),
        ),
        (
            "Aufgenommen am Samstag 04/11/2023 um 21:34 UT.",
            datetime(2023, 11, 4, 21, 34, tzinfo=UTC),
        ),
        (
            "Prise le mardi 04/11/2023 à 21:34 TU.",
            datetime(2023, 4, 11, 21, 34, tzinfo=UTC),
        ),
    ],
)
def test_the_mail_itself_settles_a_date_that_reads_two_ways(text: str, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, _sent(2023, 11, 20, -6)).taken_at == want


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        # the sentence presenting the photo names its day: yesterday of the day of sending
        ("V prílohe posielam fotku ISS zo včerajšieho večera.\n\nČas: 5. 6. 2027 o 21:52:30 SELČ",
         _sent(2027, 6, 6, 2), datetime(2027, 6, 5, 19, 52, 30, tzinfo=UTC)),
        ("Voici ma photo de l'ISS d'hier soir.\nHeure : 5/6/2027 21:52:30 CEST",
         _sent(2027, 6, 6, 2), datetime(2027, 6, 5, 19, 52, 30, tzinfo=UTC)),
        ("Here's my photo of the ISS from last night.\nTime: 6/5/2027 9:52:30 PM EDT",
         _sent(2027, 6, 6, -4), datetime(2027, 6, 6, 1, 52, 30, tzinfo=UTC)),
        ("Przesyłam zdjęcie ISS z wczoraj.\nData: 05.06.2027, 21:52 UTC",
         _sent(2027, 6, 6, 2), datetime(2027, 6, 5, 21, 52, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_relative_day_in_the_sentence_presenting_the_photo_settles_a_date_that_reads_two_ways(
    text: str, sent: datetime, want: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert (taken.taken_at, taken.questions) == (want, ())


@pytest.mark.parametrize(
    "text",
    [
        # "yesterday" about something else: the photo's date is still a question
        "Attached is my ISS photo.\nYesterday I bought a new lens.\nTaken 6/5/2027 at 21:52 UTC",
        "Yesterday I bought a new lens. Photo taken 6/5/2027 at 21:52 UTC",
        # sent the day after one reading, with no word naming the day: nearness settles nothing
        "Here is my photo of the ISS.\nTaken 6/5/2027 at 21:52 UTC",
    ],
)
def test_a_relative_day_elsewhere_or_nearness_alone_settles_nothing(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(2027, 6, 6, 2))
    assert taken.taken_at is None
    assert [q.kind for q in taken.questions] == ["date_order"]


def test_a_style_written_both_ways_in_one_mail_settles_nothing() -> None:
    text = "Taken 04/11/2023 at 21:34 UT. Tried 25/10/2023 and 10/28/2023 too."
    assert find_taken_at(text, NO_MEDIA, _sent(2023, 11, 20)).taken_at is None


def test_a_date_in_another_style_does_not_settle_a_slashed_one() -> None:
    text = "Taken 04/11/2023 at 21:34 UT. Earlier try: 25.10.2023."
    assert find_taken_at(text, NO_MEDIA, _sent(2023, 11, 20)).taken_at is None


def test_a_reading_after_the_send_date_is_impossible_so_the_other_one_stands() -> None:
    taken = find_taken_at("Taken 04/11/2023 at 21:34 UT.", NO_MEDIA, _sent(2023, 4, 12, -6))
    assert taken.taken_at == datetime(2023, 4, 11, 21, 34, tzinfo=UTC)
    assert taken.questions == ()


def test_a_date_that_reads_one_way_asks_nothing() -> None:
    taken = find_taken_at("Taken 25/10/2023 at 21:34 UT.", NO_MEDIA, _sent(2023, 11, 20))
    assert taken.taken_at == datetime(2023, 10, 25, 21, 34, tzinfo=UTC)
    assert taken.questions == ()


# ------------------------------------------------------------------ 3. a time's own date

UNRELATED = [
    # a time in one paragraph, another event's date in another: never joined
    "I caught the ISS at 21:34 UT, it was very bright.\n\n"
    "Our club's star party is on 14 October 2023, all welcome!",
    "Pass at 19:02 UTC over the observatory.\n\n"
    "PS: the next meeting of the astro club is on 2023-10-20.",
    "Die ISS um 20:15 UT fotografiert.\n\nUnser Sternwartenabend ist am 14.10.2023.",
    "Photo de l'ISS à 21:10 TU.\n\nLa réunion du club aura lieu le 12 octobre 2023.",
    "Foto de la ISS a las 22:05 UTC.\n\nLa charla del club será el 10/10/2023 a las 19h.",
    "Foto della ISS alle 21:50 UTC.\n\nLa conferenza in sede è il 13 ottobre 2023.",
]


@pytest.mark.parametrize("text", UNRELATED)
def test_a_time_never_takes_an_unrelated_events_date(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(2023, 10, 16, 2))
    assert taken.taken_at is None
    assert taken.taken_date is None


def test_a_time_takes_the_date_of_another_paragraph_about_something_else_never() -> None:
    text = (
        "On 3 October 2023 I tried but it was cloudy.\n\n"
        "Tonight's pass was clear: I took it at 19:40 UT from my balcony."
    )
    taken = find_taken_at(text, NO_MEDIA, _sent(2023, 10, 16, 2))
    assert taken.taken_at is None or taken.taken_at.date() != date(2023, 10, 3)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Taken on 14 October 2023 at 21:34 UT.", datetime(2023, 10, 14, 21, 34, tzinfo=UTC)),
        (  # its own paragraph, another sentence
            "I photographed the ISS on 14 October 2023 from Lyon.\nThe pass peaked at 21:34 UT.",
            datetime(2023, 10, 14, 21, 34, tzinfo=UTC),
        ),
        (  # labelled lines in one block
            "Date: 2023-10-14\nTime (UT): 21:34",
            datetime(2023, 10, 14, 21, 34, tzinfo=UTC),
        ),
        (  # labelled lines, separated by a blank line
            "Datum: 14.10.2023\n\nUhrzeit (UT): 21:34",
            datetime(2023, 10, 14, 21, 34, tzinfo=UTC),
        ),
    ],
)
def test_a_time_takes_the_date_of_its_own_sentence_paragraph_or_label(
    text: str, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, _sent(2023, 10, 16, 2)).taken_at == want


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "Caught the ISS last night at 21:34 UT.\n\nStar party on 2023-10-28!",
            datetime(2023, 10, 16, 9, 0, tzinfo=timezone(timedelta(hours=2))),
            datetime(2023, 10, 15, 21, 34, tzinfo=UTC),
        ),
        (
            "Gestern um 20:15 UT fotografiert.\n\nTreffen am 28.10.2023.",
            datetime(2023, 10, 16, 9, 0, tzinfo=timezone(timedelta(hours=2))),
            datetime(2023, 10, 15, 20, 15, tzinfo=UTC),
        ),
    ],
)
def test_a_relative_word_dates_a_time_even_with_an_unrelated_date_elsewhere(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


def test_a_follow_up_time_takes_the_date_of_the_submission_it_completes() -> None:
    taken = parse_time_answer("The time was 21:34 UT.", date(2023, 10, 14), _sent(2023, 10, 16))
    assert taken.taken_at == datetime(2023, 10, 14, 21, 34, tzinfo=UTC)
