"""A zone abbreviation that was not in force at that date and place (issue 13, wrong value 2).

Never completed silently, never guessed (docs/design.md invariants 6 and 7): no value, a
note, and a question for the reply. When the mail names the place, the question
holds both readings: by the clock in force there, and as written.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 12, 0, tzinfo=timezone(timedelta(hours=1)))


IN_FORCE = [
    # (text, sent, UT by the clock in force there, the abbreviation in force)
    (
        "Taken 14 July 2023 at 9:12 pm CST from Houston, Texas.",
        _sent(2023, 7, 20),
        datetime(2023, 7, 15, 2, 12, tzinfo=UTC),
        "CDT",
    ),
    (
        "I imaged the ISS from Manorville NY, USA on 9 March 2020 at 6:47am EST.",
        _sent(2020, 3, 9),
        datetime(2020, 3, 9, 10, 47, tzinfo=UTC),
        "EDT",
    ),
    (
        "Shot on 2 August 2024 at 22:05 PST in Seattle.",
        _sent(2024, 8, 5),
        datetime(2024, 8, 3, 5, 5, tzinfo=UTC),
        "PDT",
    ),
    (
        "Aufgenommen am 14.07.2023 um 23:10 MEZ in Berlin.",
        _sent(2023, 7, 20),
        datetime(2023, 7, 14, 21, 10, tzinfo=UTC),
        "CEST",
    ),
    (
        "Photo prise le 3 août 2024 à 22:40 CET depuis Lyon, France.",
        _sent(2024, 8, 5),
        datetime(2024, 8, 3, 20, 40, tzinfo=UTC),
        "CEST",
    ),
    (
        "Taken on 10 January 2024 at 6:15 pm EDT from Boston.",
        _sent(2024, 1, 12),
        datetime(2024, 1, 10, 23, 15, tzinfo=UTC),
        "EST",
    ),
    (
        "Captured 20 June 2024 at 18:30 AEDT over Sydney.",
        _sent(2024, 6, 22),
        datetime(2024, 6, 20, 8, 30, tzinfo=UTC),
        "AEST",
    ),
]


@pytest.mark.parametrize(("text", "sent", "want", "abbr"), IN_FORCE)
def test_an_abbreviation_out_of_season_at_a_named_place_asks_with_both_readings(
    text: str, sent: datetime, want: datetime, abbr: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at is None
    (question,) = taken.questions
    assert (question.kind, question.zone, question.ut) == ("zone_in_force", abbr, want)
    assert question.ut_as_written is not None
    assert abs(question.ut_as_written - want) == timedelta(hours=1)
    assert any(abbr in n for n in taken.notes)


NO_PLACE = [
    ("Taken 14 July 2023 at 21:12 MST.", _sent(2023, 7, 20), "MDT"),
    ("Pass on 9 March 2020 at 6:47am EST, very bright.", _sent(2020, 3, 9), "EDT"),
    ("Aufgenommen am 14.07.2023 um 23:10 MEZ.", _sent(2023, 7, 20), "CEST"),
    ("Prise le 3 août 2024 à 22:40 HNEC.", _sent(2024, 8, 5), "CEST"),
    ("Taken 10 January 2024 at 18:15 PDT.", _sent(2024, 1, 12), "PST"),
    ("Captured 20 June 2024 at 18:30 AEDT.", _sent(2024, 6, 22), "AEST"),
]


@pytest.mark.parametrize(("text", "sent", "abbr"), NO_PLACE)
def test_an_abbreviation_out_of_season_with_no_place_gives_no_time_and_asks(
    text: str, sent: datetime, abbr: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at is None
    (question,) = taken.questions
    assert (question.kind, question.zone) == ("zone_not_in_force", abbr)


def test_a_place_on_another_clock_does_not_settle_an_out_of_season_abbreviation() -> None:
    # EST in July, from Texas (Central time): neither clock fits; ask
    taken = find_taken_at("Taken 14 July 2023 at 21:12 EST in Austin, TX.", NO_MEDIA,
                          _sent(2023, 7, 20))  # fmt: skip
    assert taken.taken_at is None
    assert [q.kind for q in taken.questions] == ["zone_not_in_force"]


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        # Arizona keeps MST all summer: as written, nothing to ask
        (
            "Taken 14 July 2023 at 21:12 MST from Phoenix, Arizona.",
            _sent(2023, 7, 20),
            datetime(2023, 7, 15, 4, 12, tzinfo=UTC),
        ),
        (
            "Taken 10 January 2024 at 18:15 EST from New York.",
            _sent(2024, 1, 12),
            datetime(2024, 1, 10, 23, 15, tzinfo=UTC),
        ),
        (
            "Aufgenommen am 14.07.2023 um 23:10 MESZ.",
            _sent(2023, 7, 20),
            datetime(2023, 7, 14, 21, 10, tzinfo=UTC),
        ),
    ],
)
def test_an_abbreviation_in_force_is_read_as_written_and_asks_nothing(
    text: str, sent: datetime, want: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at == want
    assert taken.questions == ()
