"""A photo's time line labelled with the photo's own word, and a Finnish pass in its cases
(batch 25).

"Zdjęcie: 17:31:12 czasu polskiego" under "zrobione w czwartek 12 listopada" and over
"Przelot: od 17:28 do 17:34" gave no time: the photo's word as a line's label before a time
makes it the photo's time line, dated by the mail's one date. "Lähetän kuvasarjan ISS:n
ylilennosta … 29.10.2026" was not read as about the photo: "ylilento" (a pass) is
"ylilenno-" in its cases.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 11, 13, 7, 52, tzinfo=timezone(timedelta(hours=1)))
SHOT = datetime(2026, 11, 12, 16, 31, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "przesyłam zdjęcie ISS, zrobione w czwartek 12 listopada w Wetlinie.\n\n"
        "Zdjęcie: 17:31:12 czasu polskiego (pojedyncza klatka 20 s)\n"
        "Przelot: od 17:28 do 17:34, maks. wysokość 61°",
        "Here is my photo of the ISS from Thursday 12 November.\n\n"
        "Photo: 17:31:12 CET (one frame of 20 s)\nPass: from 17:28 to 17:34 CET",
        "Hier mein Bild der ISS vom 12. November.\n\nFoto: 17:31:12 MEZ\n"
        "Überflug: von 17:28 bis 17:34 MEZ",
    ],
)
def test_a_line_labelled_photo_before_a_time_is_the_photos_time(text: str) -> None:
    assert find_taken_at(text, Media(()), SENT).taken_at == SHOT


def test_a_photo_label_before_no_time_dates_nothing_of_its_own() -> None:
    text = "Moje zdjęcie z 12 listopada.\n\nZdjęcie: IMG_1731.jpg\nPrzelot: od 17:28 do 17:34"
    assert find_taken_at(text, Media(()), SENT).taken_at is None


@pytest.mark.parametrize("case", ["ylilennosta", "ylilennon", "ylilentoa"])
def test_a_finnish_pass_in_its_cases_is_about_the_photo(case: str) -> None:
    text = (
        f"Lähetän kuvasarjan ISS:n {case} Sodankylässä torstaina 29.10.2026. Asema lensi\n"
        "revontulikaaren läpi.\n\n"
        "Sarja kuvattu klo 17.02.10–17.08.40 Suomen aikaa (40 kuvaa à 8 s + tauot)."
    )
    sent = datetime(2026, 10, 30, 9, 12, tzinfo=timezone(timedelta(hours=2)))
    taken = find_taken_at(text, Media(()), sent)
    assert (taken.taken_at, taken.until) == (
        datetime(2026, 10, 29, 15, 2, 10, tzinfo=UTC),
        datetime(2026, 10, 29, 15, 8, 40, tzinfo=UTC),
    )


CLUB_SENT = datetime(2026, 11, 10, 14, 22, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    "gathering",
    [
        "Members on this list: our year-end function is on Wednesday 25/11/2026 at 19:00, "
        "please RSVP by Friday.",
        "An alle Mitglieder: unsere Weihnachtsfeier ist am Mittwoch 25/11/2026 um 19:00.",
        "Aan de leden: het eindejaarsfeest is op woensdag 25/11/2026 om 19:00.",
    ],
)
def test_a_clubs_gathering_in_a_forward_leaves_the_photos_date(gathering: str) -> None:
    text = (
        f"Forwarding a submission from one of our members.\n\n{gathering}\n\n"
        "It's the ISS passing over the headgear in Cullinan on Sat 07/11/2026.\n\n"
        "Time: 19:21:30 SAST\nPass: 19:19 to 19:25 SAST"
    )
    taken = find_taken_at(text, Media(()), CLUB_SENT)
    assert taken.taken_at == datetime(2026, 11, 7, 17, 21, 30, tzinfo=UTC)
