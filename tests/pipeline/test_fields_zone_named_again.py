"""A pass window whose zone is named again after a comma ("El paso fue de las 20:38 a las
20:44, también hora del centro"; issue 13, batch-20) is read in that zone, in the languages
of data/zone_words.toml [again]. A zone that is not named after the word stays unread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


@pytest.mark.parametrize(
    ("text", "sent", "start", "end"),
    [
        (
            "La tomé el domingo 25 de abril de 2027, a las 20:41:30 hora del centro.\n\n"
            "El paso fue de las 20:38 a las 20:44, también hora del centro, con una "
            "elevación máxima de 80°.",
            datetime(2027, 4, 26, 10, 5, tzinfo=timezone(timedelta(hours=-6))),
            datetime(2027, 4, 26, 2, 38, tzinfo=UTC),
            datetime(2027, 4, 26, 2, 44, tzinfo=UTC),
        ),
        (
            "Снимок сделан 25 апреля 2027 года в 21:41:30 мск.\n\n"
            "Пролёт длился с 21:38 до 21:44, тоже мск, высота 80°.",
            datetime(2027, 4, 26, 10, 5, tzinfo=timezone(timedelta(hours=3))),
            datetime(2027, 4, 25, 18, 38, tzinfo=UTC),
            datetime(2027, 4, 25, 18, 44, tzinfo=UTC),
        ),
        (
            "Photo taken on 25 April 2027 at 21:41:30 Moscow time.\n\n"
            "The pass lasted from 21:38 to 21:44, also Moscow time, max elevation 80°.",
            datetime(2027, 4, 26, 10, 5, tzinfo=timezone(timedelta(hours=3))),
            datetime(2027, 4, 25, 18, 38, tzinfo=UTC),
            datetime(2027, 4, 25, 18, 44, tzinfo=UTC),
        ),
    ],
)
def test_a_window_takes_the_zone_named_again(
    text: str, sent: datetime, start: datetime, end: datetime
) -> None:
    flyby = find_flyby(text, find_taken_at(text, NO_MEDIA, sent), sent)
    assert (flyby.start, flyby.end) == (start, end)


def test_a_word_after_also_that_names_no_zone_leaves_the_mails_one_clock() -> None:
    """ "también muy brillante" names no zone: the window is read in the mail's one clock,
    which holds the photo's time (batch-21: a window a paragraph away from the photo's
    zoned time), not in a zone made of "muy brillante"."""
    text = (
        "La tomé el domingo 25 de abril de 2027, a las 20:41:30 hora del centro.\n\n"
        "El paso fue de las 20:38 a las 20:44, también muy brillante."
    )
    sent = datetime(2027, 4, 26, 10, 5, tzinfo=timezone(timedelta(hours=-6)))
    flyby = find_flyby(text, find_taken_at(text, NO_MEDIA, sent), sent)
    assert (flyby.start, flyby.end) == (
        datetime(2027, 4, 26, 2, 38, tzinfo=UTC),
        datetime(2027, 4, 26, 2, 44, tzinfo=UTC),
    )


def test_a_word_after_also_that_names_no_zone_gives_no_window_beside_another_day() -> None:
    text = (
        "La tomé el domingo 25 de abril de 2027, a las 20:41:30 hora del centro.\n\n"
        "Mañana el paso será de las 20:38 a las 20:44, también muy brillante."
    )
    sent = datetime(2027, 4, 26, 10, 5, tzinfo=timezone(timedelta(hours=-6)))
    flyby = find_flyby(text, find_taken_at(text, NO_MEDIA, sent), sent)
    assert (flyby.start, flyby.end) == (None, None)
