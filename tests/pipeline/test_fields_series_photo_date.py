"""A series or long exposure written in a sentence of its own takes the one date the mail
gives its photo (issue 13, batch-14: "ma photo … prise le samedi 7 novembre 2026" and, a
paragraph on, "18 poses … entre 18h52 et 18h55 (heure de Paris)"). Never when the mail gives
another date, the date is another event's, or the series' sentence names a day of its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = datetime(2026, 11, 10, 22, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Voici ma photo de l'ISS prise depuis Arles le samedi 7 novembre 2026.\n\n"
            "C'est un empilement de 20 poses prises entre 18h40 et 18h44 (heure de Paris).",
            datetime(2026, 11, 7, 17, 40, tzinfo=UTC),
            datetime(2026, 11, 7, 17, 44, tzinfo=UTC),
        ),
        (
            "My photo of the ISS, taken from Whitby on 7 November 2026.\n\n"
            "It is a stack of 30 exposures taken from 17:40 to 17:44 UT.",
            datetime(2026, 11, 7, 17, 40, tzinfo=UTC),
            datetime(2026, 11, 7, 17, 44, tzinfo=UTC),
        ),
        (
            "Mein Foto der ISS, aufgenommen am 7. November 2026 in Jena.\n\n"
            "Die Serie von 40 Aufnahmen lief von 18:40 bis 18:44 MEZ.",
            datetime(2026, 11, 7, 17, 40, tzinfo=UTC),
            datetime(2026, 11, 7, 17, 44, tzinfo=UTC),
        ),
    ],
)
def test_a_series_takes_the_photos_one_date(text: str, start: datetime, end: datetime) -> None:
    got = find_taken_at(text, NO_MEDIA, SENT)
    assert (got.taken_at, got.until) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # the series' own sentence names another day
        "My photo of the ISS, taken from Whitby on 7 November 2026.\n\n"
        "On Sunday I also shot a series of 30 exposures from 17:40 to 17:44 UT.",
        # tomorrow's series is no photo's
        "Voici ma photo de l'ISS prise depuis Arles le samedi 7 novembre 2026.\n\n"
        "Demain je ferai une série de 20 poses entre 18h40 et 18h44 (heure de Paris).",
        # two dates in the mail: which is the series'?
        "My photo of the ISS, taken from Whitby on 7 November 2026.\n\n"
        "The club met on 8 November 2026.\n\n"
        "It is a stack of 30 exposures taken from 17:40 to 17:44 UT.",
        # the one date is a meeting's, not the photo's
        "Our star party is on 14 November 2026.\n\n"
        "My photo is a stack of 30 exposures taken from 17:40 to 17:44 UT.",
        # not a series: a pass window in another paragraph keeps no date
        "My photo of the ISS, taken from Whitby on 7 November 2026.\n\n"
        "The pass was visible from 17:40 to 17:44 UT.",
    ],
)
def test_no_date_for_a_series_the_mail_does_not_date(text: str) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at is None
