"""A pass window written with no zone, in another paragraph than the photo's zoned time
("… snimljenu u subotu 18. srpnja 2026. u 21h34 (UTC+2)." ¶ "Prelet: … vidljiv od 21h31 do
21h37."), is read in the mail's zone when, so read, it holds the photo's time, in one way
only (issue 13, batch-21). A window that does not hold it then stays unread: it may be in
UT, or another pass.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _window(text: str, sent: str) -> tuple[str | None, str | None]:
    header = datetime.fromisoformat(sent)
    flyby = find_flyby(text, find_taken_at(text, NO_MEDIA, header), header)
    fmt = "%Y-%m-%dT%H:%M:%S"
    return (
        flyby.start.strftime(fmt) if flyby.start else None,
        flyby.end.strftime(fmt) if flyby.end else None,
    )


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "šaljem svoju fotografiju ISS-a iznad Zvjezdarnice Višnjan, snimljenu u subotu "
            "18. srpnja 2026. u 21h34 (UTC+2).\n\nOprema: Fujifilm X-T5.\n"
            "Prelet: najveća visina 77°, magnituda -3,8, vidljiv od 21h31 do 21h37.\n",
            "2026-07-20T11:14:52+02:00",
            ("2026-07-18T19:31:00", "2026-07-18T19:37:00"),
        ),
        (
            "Photo prise le samedi 18 juillet 2026 à 22h17 (heure de Paris).\n\n"
            "Matériel : Nikon Z6.\nPassage visible de 22h13 à 22h20, hauteur maximale 70°.\n",
            "2026-07-20T11:14:52+02:00",
            ("2026-07-18T20:13:00", "2026-07-18T20:20:00"),
        ),
        (  # was a trap before batch-21 (a window in another paragraph)
            "Aufgenommen am 7. November 2026 um 18:42 MEZ.\n\n"
            "Der Überflug ging von 18:39 bis 18:45.",
            "2026-11-08T10:00:00+01:00",
            ("2026-11-07T17:39:00", "2026-11-07T17:45:00"),
        ),
        (
            "My photo of the ISS, taken on 18 July 2026 at 21:34:10 BST.\n\n"
            "Gear: Canon R6.\nThe pass was visible from 21:31 to 21:37, max 77°.\n",
            "2026-07-20T11:14:52+01:00",
            ("2026-07-18T20:31:00", "2026-07-18T20:37:00"),
        ),
    ],
)
def test_a_zoneless_window_is_read_in_the_mails_zone_when_it_holds_the_photo(
    text: str, sent: str, want: tuple[str, str]
) -> None:
    assert _window(text, sent) == want


@pytest.mark.parametrize(
    "text",
    [
        # written in UT beside a local photo time: read so, it does not hold the photo
        "šaljem svoju fotografiju ISS-a, snimljenu u subotu 18. srpnja 2026. u 21h34 "
        "(UTC+2).\n\nPrelet: vidljiv od 19h31 do 19h37.\n",
        # its sentence names a day of its own: another pass's, maybe
        "šaljem svoju fotografiju ISS-a, snimljenu u subotu 18. srpnja 2026. u 21h34 "
        "(UTC+2).\n\nSutra će prelet biti vidljiv od 21h31 do 21h37.\n",
        "Snimljeno u subotu 18. srpnja 2026. u 21h34 (UTC+2).\n\n"
        "U nedjelju je prelet bio vidljiv od 21h31 do 21h37.\n",
        # another pass: the window does not hold the photo's time
        "šaljem svoju fotografiju ISS-a, snimljenu u subotu 18. srpnja 2026. u 21h34 "
        "(UTC+2).\n\nSljedeći prelet: vidljiv od 23h05 do 23h11.\n",
    ],
)
def test_a_zoneless_window_that_does_not_hold_the_photo_stays_unread(text: str) -> None:
    assert _window(text, "2026-07-20T11:14:52+02:00") == (None, None)
