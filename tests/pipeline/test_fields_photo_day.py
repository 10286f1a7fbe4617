"""The date a mail gives its photo dates a time under a label or a series in another line
or paragraph (issue 13, batch-21): the mail's one date in the sentence that presents the
photo, or of several dates the one written where the sender speaks of their own photo
("Les comparto mi tránsito …, el 05/07/2026" beside "el 28/06/2026, lo intenté"); a
relative day ("zrobione wczoraj wieczorem") the same, an unrelated event's date and time
staying the event's. Never a meeting's date, nor one of two own photos' dates.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media
from tests.pipeline.test_fields_forward_frames import fields_of

NO_MEDIA = Media(items=())


def _taken(text: str, sent: str) -> tuple[str | None, str | None]:
    taken = find_taken_at(text, NO_MEDIA, datetime.fromisoformat(sent))
    fmt = "%Y-%m-%dT%H:%M:%S"
    return (
        taken.taken_at.strftime(fmt) if taken.taken_at else None,
        taken.until.strftime(fmt) if taken.until else None,
    )


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "מצורפת התמונה שלי של תחנת החלל הבינלאומית חולפת מעל מכתש רמון, שצילמתי "
            "מטיילת המצפה במצפה רמון ביום שלישי, 14 ביולי 2026.\n\n"
            "שעת הצילום: 20:31:55 שעון ישראל\nגובה מרבי 76°, בהירות -3.8.\n",
            "2026-07-16T11:20:44+03:00",
            ("2026-07-14T17:31:55", None),
        ),
        (
            "przesyłam moje zdjęcie przelotu ISS nad Śnieżką, zrobione wczoraj wieczorem.\n\n"
            "Miejsce: Przełęcz Okraj\n"
            "Początek ekspozycji: 22:41:05 CEST, czas naświetlania 30 s.\n\n"
            "Za tydzień, 25 lipca o 21:00, prowadzę pokaz nieba dla turystów – zapraszam!\n",
            "2026-07-19T08:47:33+02:00",
            ("2026-07-18T20:41:05", None),
        ),
        (
            "Les comparto mi tránsito de la ISS frente al Sol, captado desde Cholula, "
            "el 05/07/2026.\nLa semana pasada, el 28/06/2026, lo intenté pero se nubló.\n\n"
            "Hora del tránsito: 12:34:09 hora del centro (UTC-6), duración 0.71 s.\n",
            "2026-07-06T18:40:12-06:00",
            ("2026-07-05T18:34:09", None),
        ),
        (
            "Hier mein Bild der ISS vom 12. Juli 2026.\n\n"
            "Aufnahmebeginn 22:31:40 MESZ\nAufnahmeende 22:33:10 MESZ\n"
            "Überflug: Beginn 22:30 MESZ, Ende 22:36 MESZ\n",
            "2026-07-15T14:22:08+02:00",
            ("2026-07-12T20:31:40", "2026-07-12T20:33:10"),
        ),
        (
            "Here's the ISS picture I mentioned at Friday's meeting - the station arcing over "
            "the viewpoint at Box Hill, Surrey, on Sunday 28 June.\n\n"
            "It's a stack of 40 frames taken from 22:58 to 23:04 BST, pass max 83°.\n",
            "2026-07-02T20:12:45+01:00",
            ("2026-06-28T21:58:00", "2026-06-28T22:04:00"),
        ),
        (
            "tu je moja fotka preletu ISS nad Poľanou. Fotil som dnes večer, 15. júla, zo "
            "záhrady za domom.\n\nZačiatok expozície: 22:27:30 SELČ, expozícia 30 s.\n",
            "2026-07-15T23:18:00+02:00",
            ("2026-07-15T20:27:30", None),
        ),
        (
            "My photo of the ISS, taken on 16 April 2027.\n\n"
            "I also tried on 14 April 2027, but it clouded over.\n\n"
            "The station crossed Orion at 21:05:40 UTC.",
            "2027-04-19T09:30:00+00:00",
            ("2027-04-16T21:05:40", None),
        ),
        (
            "Mein Foto der ISS, aufgenommen am 16. April 2027.\n"
            "Am 14. April 2027 hatte es sich leider zugezogen.\n\n"
            "Die Station kreuzte den Orion um 21:05:40 UTC.",
            "2027-04-19T09:30:00+00:00",
            ("2027-04-16T21:05:40", None),
        ),
        (
            "Przesyłam moje zdjęcie ISS z 16 kwietnia 2027.\n"
            "14 kwietnia 2027 próbowałem, ale nie udało się.\n\n"
            "Stacja przeleciała przez Oriona o 21:05:40 UTC.",
            "2027-04-19T09:30:00+00:00",
            ("2027-04-16T21:05:40", None),
        ),
    ],
)
def test_the_date_the_mail_gives_its_photo_dates_a_time_in_another_line(
    text: str, sent: str, want: tuple[str | None, str | None]
) -> None:
    assert _taken(text, sent) == want


@pytest.mark.parametrize(
    "text",
    [
        # two photos of the sender's, two dates: which one is this time's?
        "Here is my photo of 5 July 2026. My photo of 28 June 2026 was better.\n\n"
        "Time: 21:30:15 CEST\n",
        # a labelled date line gives another date than the photo's sentence
        "Les comparto mi foto de la ISS del 05/07/2026.\n\nFecha: 28/06/2026\n\n"
        "El tránsito fue a las 21:30:15 CEST.\n",
        # a bare date after the dash is the meeting's, not the photo's
        "Here's the picture I showed at our meeting - on Friday 26 June.\n\nTime: 21:34:10 BST\n",
        # another day's attempt that may have given the photo too
        "My photo of the ISS, taken on 5 July 2026.\n\nI also tried on 28 June 2026.\n\n"
        "The station crossed Orion at 21:05:40 UTC.",
        # dates of the sky, none where the sender speaks of a photo
        "On 5 July 2026 the sky cleared. On 28 June 2026 it was cloudy.\n\nTime: 21:30:15 CEST\n",
        # a prediction's time is no photo's, whatever the date ("predijo": a past tense)
        "Les comparto mi tránsito de la ISS, captado desde Cholula el 5 de julio de 2026.\n\n"
        "Transit-finder predijo el tránsito a las 12:34:09 hora del centro.\n",
        "Here is my transit of the ISS across the Sun, captured on 5 July 2026.\n\n"
        "Transit-finder predicted it at 12:34:09 CEST.\n",
        # the photo's one date reads two ways: the mail does not settle it
        "My photo of the ISS, taken on 05/07/2026.\n\nTime: 21:30:15 CEST\n",
        # a meeting's date and time are the meeting's
        "Attached is my photo of the ISS.\n\nOur next meeting is on 25 July at 19:30 CEST.\n",
    ],
)
def test_no_date_is_given_to_a_time_when_the_mail_does_not_settle_its_photos(text: str) -> None:
    assert _taken(text, "2026-07-29T20:40:00+02:00") == (None, None)


def test_a_forwarded_mails_date_line_dates_no_time_of_the_original() -> None:
    """The Date line of a forwarded message is when it was sent, not the photo's date."""
    body = (
        "Forwarding this on behalf of one of our members, Sarah Kingdon.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Sarah Kingdon <s.kingdon@example.co.uk>\n"
        "Date: Tue, 30 Jun 2026 at 22:47\n"
        "Subject: ISS over Box Hill\n"
        "To: Peter Hollis <secretary@astro.example.org.uk>\n\n"
        "Hi Peter,\n\nHere's my ISS picture over the viewpoint at Box Hill.\n\n"
        "It's a stack of 40 frames taken from 22:58 to 23:04 BST.\n\nSarah\n"
    )
    sender = "Peter Hollis <secretary@astro.example.org.uk>"
    fields = fields_of(body, sender, "Fwd: ISS over Box Hill", "Thu, 02 Jul 2026 20:12:45 +0100")
    assert (fields.taken_at, fields.taken_until) == (None, None)
