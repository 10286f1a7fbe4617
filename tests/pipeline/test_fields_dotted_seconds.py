"""A dotted time with its seconds after a word for "at" or before a unit or zone ("ob
22.12.40 po poletnem času (20.12.40 UT)", "um 22.10.05 Uhr", "u 21.10.15") is a time,
never a date (22 December 2040, 22 October 2005): such a false date neither dates a time
nor blocks the mail's own date (issue 13, batch-21). A dotted date under a date label
stays a date.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _taken(text: str, sent: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    taken = find_taken_at(text, NO_MEDIA, datetime.fromisoformat(sent))
    at = taken.taken_at.strftime("%Y-%m-%dT%H:%M:%S") if taken.taken_at else None
    return at, taken.taken_date, taken.notes


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "pošiljam svojo fotografijo ISS, ki je v ponedeljek, 27. julija 2026,\n"
            "preletela nebo nad mojim vrtom.\n\n"
            "Posnetek je nastal ob 22.12.40 po poletnem času (20.12.40 UT).",
            "2026-07-29T20:40:00+02:00",
            "2026-07-27T20:12:40",
        ),
        (  # the date reading (22 October 2005) is in the past: it dated the UT time before
            "Die ISS über Berlin am Montag, 27. Juli 2026. "
            "Aufnahme um 22.10.05 Uhr Sommerzeit (20.10.05 UT).",
            "2026-07-29T20:40:00+02:00",
            "2026-07-27T20:10:05",
        ),
        (
            "Šaljem fotografiju ISS-a snimljenu 27. srpnja 2026.\n\n"
            "Snimljeno u 21.10.15 po ljetnom vremenu, odnosno 19.10.15 UT.",
            "2026-07-29T20:40:00+02:00",
            "2026-07-27T19:10:15",
        ),
        (
            "Ecco la ISS fotografata il 27 luglio 2026 alle 22.11.05 ora legale (20.11.05 UT).",
            "2026-07-29T20:40:00+02:00",
            "2026-07-27T20:11:05",
        ),
    ],
)
def test_a_dotted_time_with_its_seconds_is_a_time_not_a_date(
    text: str, sent: str, want: str
) -> None:
    at, _, notes = _taken(text, sent)
    assert at == want
    assert not any("after the message was sent" in note for note in notes)


def test_a_dotted_time_alone_gives_no_date_and_no_note_of_a_future_date() -> None:
    at, day, notes = _taken(
        "Posnetek je nastal ob 22.12.40 po poletnem času.", "2026-07-29T20:40:00+02:00"
    )
    assert (at, day) == (None, None)
    assert not any("22.12.40" in note and "after" in note for note in notes)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Foto der ISS.\nDatum: 27.07.26\n", "2026-07-27"),  # a date label: a date
        ("Snímek ISS ze dne 27.07.26, bez času.", "2026-07-27"),
    ],
)
def test_a_dotted_date_with_no_word_for_at_stays_a_date(text: str, day: str) -> None:
    at, taken_date, _ = _taken(text, "2026-07-29T20:40:00+02:00")
    assert (at, taken_date) == (None, day)
