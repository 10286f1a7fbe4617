"""The mail's one date, written in a sentence about the photo, dates its one time written
without a date in another paragraph (issue 13, batch-20: "my lunar transit of the ISS from
Friday night, 16 April 2027" ¶ "the station enters the disc at 23:31:08 Irish time").
Never when the mail writes another date, the date is another event's, several times are
left without a date (a pass's rows), or "last night" reads another day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = datetime(2027, 4, 19, 9, 30, tzinfo=UTC)  # a Date header in UT: any clock may send it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Here's my lunar transit of the ISS from Friday night, 16 April 2027.\n\n"
            "In the SER file the station enters the disc at 23:31:08 UTC+1.",
            datetime(2027, 4, 16, 22, 31, 8, tzinfo=UTC),
        ),
        (
            "Voici mon transit solaire de l'ISS, photographié le samedi 17 avril 2027.\n\n"
            "Heure du transit : 13h42min07s, heure de Paris.",
            datetime(2027, 4, 17, 11, 42, 7, tzinfo=UTC),
        ),
        (
            "Vi invio la foto della ISS scattata domenica 18 aprile 2027.\n\n"
            "La stazione è passata sopra il lago alle 21:14:30 ora legale italiana.",
            datetime(2027, 4, 18, 19, 14, 30, tzinfo=UTC),
        ),
        (
            "18 Nisan 2027 Pazar akşamı ISS'i fotoğrafladım.\n\n"
            "İstasyon 21:05:40 TSİ'de göl üzerindeydi.",
            datetime(2027, 4, 18, 18, 5, 40, tzinfo=UTC),
        ),
        (
            # a small-hours time after a date called a night is on the next day
            "My photo of the ISS, taken on the night of Friday, 16 April 2027.\n\n"
            "It crossed Cygnus at 00:41:10 UTC.",
            datetime(2027, 4, 17, 0, 41, 10, tzinfo=UTC),
        ),
    ],
)
def test_the_mails_one_date_dates_its_one_time(text: str, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == want


@pytest.mark.parametrize(
    "text",
    [
        # a pass's rows: three times without a date, which is the photo's?
        "My photo of the ISS, taken on 16 April 2027.\n\n"
        "Pass: appeared at 21:38 UTC, max at 21:41 UTC, vanished at 21:44 UTC.",
        # a pass window dates the time, not the mail's date: after midnight it is the next day
        "The pass on 16 April 2027 ran from 23:52 to 00:03 UTC.\n\n"
        "My photo was taken at 00:01:10 UTC.",
        # two dates in the mail
        "My photo of the ISS, taken on 16 April 2027.\n\n"
        "I also tried on 14 April 2027.\n\n"
        "The station crossed Orion at 21:05:40 UTC.",
        # the one date is another event's
        "Our star party is on 16 April 2027.\n\n"
        "My photo: the station crossed Orion at 21:05:40 UTC.",
        # the date is in no sentence about the photo
        "The weather was awful until 16 April 2027.\n\nThe station crossed Orion at 21:05:40 UTC.",
        # the time's own sentence names its day: tomorrow's pass, Sunday's try
        "My photo of the ISS, taken on 16 April 2027.\n\n"
        "Tomorrow it passes over again at 21:05:40 UTC.",
        "Mein Foto der ISS, aufgenommen am 16. April 2027.\n\n"
        "Am Sonntag kam sie um 21:05:40 UTC wieder.",
        # "last night" reads another day than the date written
        "My photo of the ISS, taken on 12 April 2027.\n\n"
        "Last night the station crossed Orion at 21:05:40 UTC.",
    ],
)
def test_no_date_for_a_time_the_mail_does_not_date(text: str) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at is None
