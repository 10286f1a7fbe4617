"""A date in a relative clause after the photo's time ("…, which was launched on 13 July")
is that clause's event's: it neither dates the time nor, as the mail's only date, the photo
(issue 13: a time takes its date from its own clause, never from another event's)."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

SENT = "Fri, 16 Jul 2027 09:27:40 +0200"


@pytest.mark.parametrize(
    "body",
    [
        "Um 23:58 MESZ flog die ISS neben Crew Dragon, der am 13. Juli gestartet war.",
        "O 23:58 CEST ISS przeleciała obok Crew Dragon, który wystartował 13 lipca.",
        "ISS à 23h58 (heure de Paris), à côté du Crew Dragon, qui avait décollé le 13 juillet.",
        "La ISS pasó a las 23:58 CEST junto a la Crew Dragon, que despegó el 13 de julio.",
        "МКС пролетела в 00:58 по московскому времени рядом с Crew Dragon, который стартовал "
        "13 июля.",
        "SKS pārlidoja 23:58:30 pēc Latvijas laika, blakus Crew Dragon, kas tika palaists "
        "13. jūlijā.",
    ],
)
def test_a_date_in_another_events_relative_clause_dates_neither_the_time_nor_the_photo(
    body: str,
) -> None:
    fields = mail_fields("ISS", body, date=SENT, follow_up=True)
    assert fields.taken_at is None
    assert fields.taken_date is None


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the date written beside the time still dates it, whatever clause follows
        (
            "Um 23:58 MESZ am 15. Juli flog die ISS neben Crew Dragon, der am 13. Juli "
            "gestartet war.",
            "2027-07-15T21:58:00+00:00",
        ),
        # a relative clause that holds no date changes nothing
        (
            "Am 15. Juli um 23:58 MESZ flog die ISS über den Dom, den ich seit Jahren "
            "fotografiere.",
            "2027-07-15T21:58:00+00:00",
        ),
        # the date before the time, in the photo's own clause
        (
            "Photo taken at 21:14 UTC on 13 July, which was a clear night.",
            "2027-07-13T21:14:00+00:00",
        ),
    ],
)
def test_a_date_of_the_photos_own_clause_still_dates_it(body: str, when: str) -> None:
    fields = mail_fields("ISS", body, date=SENT, follow_up=True)
    assert fields.taken_at is not None and fields.taken_at.isoformat() == when
