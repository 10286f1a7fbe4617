"""A pass's window written in words beside the photo's own time (blind batches 11, 13, 17,
18; issue 13): the rise word wrapped onto the line before its time ("Jaam ilmus\\nläänest
kell 21:03 ja kadus … kell 21:07"), a culmination's time with its words between ("kwam op
om 21:32 … stond op het hoogste punt om 21:35:40 … ging onder om 21:39"), the end as "into
Earth's shadow". The window is the flyby's, the shot inside it the photo's; a window alone
gives no photo time, and a time after the rise in another sentence is no window's end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2027, 4, 9, 8, 20, tzinfo=timezone(timedelta(hours=2)))


def _read(text: str) -> tuple[datetime | None, datetime | None, datetime | None]:
    taken = find_taken_at(text, Media(()), SENT)
    flyby = find_flyby(text, taken, SENT)
    return taken.taken_at, flyby.start, flyby.end


def _at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2027, 4, 8, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            # Estonian, the rise word at the end of the line before its time
            "Pilt on tehtud eile õhtul, 8. aprillil 2027. Jaam ilmus\nläänest kell 21:32 ja kadus "
            "Maa varju kell 21:39 Eesti aja järgi. Pilt on tehtud\nkell 21:35:12 Eesti aja järgi.",
            18,
        ),
        (
            # Dutch, the culmination's time and its words between the rise and the set
            "Mijn foto van donderdag 8 april 2027. De ISS kwam op om 21:32 Nederlandse "
            "zomertijd in het westen, stond op het hoogste punt om 21:35:40 (62° hoog) en ging "
            "onder om 21:39 in het oosten. Mijn foto is gemaakt om 21:35:12.",
            19,
        ),
        (
            # English, the end as the station's going into Earth's shadow
            "My photo of the ISS, taken on Thursday 8 April 2027 at 8.35:12 pm BST from Surrey, UK."
            "\n\nPass (all times BST): appeared in the WSW at 8.32pm, max 62° at 8.35pm, into "
            "Earth's shadow at 8.39pm.",
            19,
        ),
    ],
)
def test_a_pass_window_in_words_beside_the_shot(text: str, hours: int) -> None:
    taken_at, start, end = _read(text)
    assert (start, end) == (_at(hours, 32), _at(hours, 39))
    if "8.35:12" not in text:
        assert taken_at == _at(hours, 35, 12)


def test_a_window_alone_gives_no_photo_time() -> None:
    text = (
        "Pilt on tehtud eile õhtul, 8. aprillil 2027. Jaam ilmus\nläänest kell 21:32 ja kadus "
        "Maa varju kell 21:39 Eesti aja järgi."
    )
    taken_at, start, end = _read(text)
    assert taken_at is None
    assert (start, end) == (_at(18, 32), _at(18, 39))  # Estonian summer time, UTC+3


def test_a_rise_word_in_a_sentence_before_is_no_window() -> None:
    # the line before ends its sentence: "ilmus" there is no rise of this line's time
    text = (
        "Jaam ilmus.\nTäna, 8. aprillil 2027, kell 21:32 Eesti aja järgi alustasin ja kadus "
        "kell 21:39 Eesti aja järgi."
    )
    _, start, end = _read(text)
    assert start is None and end is None
