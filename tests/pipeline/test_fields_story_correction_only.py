"""story: a mail that only corrects a time of the sender's quoted earlier mail ("у свом
јучерашњем мејлу сам погрешно написао време … не у 20:21, него у 20:12", "In my mail
yesterday I wrote the wrong time: not 20:21 but 20:12") has no story, nor is its apology for
the confusion one ("Извињавам се због забуне.", "Sorry for any confusion!"); the time is the
corrected one. A paragraph beside the correction that tells the photo stays."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.values import Fields
from tests.mailkit import mail_fields

_SENDER = "Милош Јовановић <milos.jovanovic@example.rs>"
_QUOTE = (
    "\n\n> ----- Original message -----\n> From: Милош Јовановић <milos.jovanovic@example.rs>\n"
    "> Sent: Tuesday, 21 April 2026 22:47\n> Subject: ISS\n>\n"
    "> {photo}\n> {time}\n> Canon EOS RP, Samyang 14mm.\n"
)


def _mail(note: str, photo: str, time: str) -> Fields:
    body = f"Hi,\n\n{note}\n\nМилош{_QUOTE.format(photo=photo, time=time)}"
    return mail_fields("Re: ISS", body, sender=_SENDER, date="Wed, 22 Apr 2026 08:02:00 +0200")


@pytest.mark.parametrize(
    ("note", "photo", "time"),
    [
        (
            "у свом јучерашњем мејлу сам погрешно написао време. Фотографија није снимљена у\n"
            "20:21, него у 20:12 по средњоевропском летњем времену, 20. априла. Све остало је\n"
            "исправно.\n\nИзвињавам се због забуне.",
            "Шаљем фотографију МКС коју сам снимио синоћ на Фрушкој гори.",
            "Време: 20:21 CEST, 20. април 2026.",
        ),
        (
            "In my mail yesterday I got the time wrong: the photo was not taken at 20:21 but at"
            " 20:12 CEST on 20 April.\n\nSorry for any confusion!",
            "Here is my ISS photo from the hill above the village.",
            "Time: 20:21 CEST, 20 April 2026.",
        ),
        (
            "In meiner gestrigen Mail habe ich mich bei der Uhrzeit vertippt: nicht 20:21, sondern"
            " 20:12 MESZ.\n\nEntschuldigung für die Verwirrung.",
            "Hier mein ISS-Foto vom Hügel über dem Dorf.",
            "Zeit: 20:21 MESZ, 20. April 2026.",
        ),
    ],
)
def test_a_mail_that_only_corrects_a_time_has_no_story(note: str, photo: str, time: str) -> None:
    fields = _mail(note, photo, time)
    assert fields.story is None
    assert fields.taken_at == datetime(2026, 4, 20, 18, 12, tzinfo=UTC)


def test_a_paragraph_beside_the_correction_that_tells_the_photo_stays() -> None:
    told = "The station crossed right over the old monastery, which I had not noticed before."
    fields = _mail(
        f"I got the time wrong yesterday: not 20:21 but 20:12 CEST.\n\n{told}",
        "Here is my ISS photo.",
        "Time: 20:21 CEST, 20 April 2026.",
    )
    assert fields.story == told
