"""location, issue 13: a plan to show the photo on a day or at an hour the sentence gives
names where it will be shown, never where it was taken, though no gathering is named; a
plan with no day, and the photo's own sentence, keep their places."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_phrases import without_plans
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Την Κυριακή 1 Νοεμβρίου στις 18:00 θα παρουσιάσω τη φωτογραφία και στο Ίδρυμα Ευγενίδου\nστην Αθήνα, αν κάποιος είναι κοντά.", "Αθήνα"),
        ("On Friday 6 November at 19:00 I will present the photo at the public library in Cork.", "Cork"),
        ("Am 12. November zeige ich das Bild auch im Planetarium in Bochum.", "Bochum"),
        ("Le 3 décembre je la présenterai à la médiathèque de Nancy.", "Nancy"),
    ],
)  # fmt: skip
def test_a_plan_to_show_the_photo_on_a_day_names_no_place(text: str, venue: str) -> None:
    assert venue not in without_plans(text)


def test_a_plan_without_a_day_keeps_its_sentence() -> None:
    text = "I will share the photo with friends in Cork."
    assert "Cork" in without_plans(text)


def test_the_photos_own_place_outranks_the_town_it_will_be_shown_in() -> None:
    body = (
        "I photographed the ISS from Kilkenny on 24 October.\n\n"
        "On Sunday 1 November at 18:00 I will present the photo at the library in Galway.\n"
    )
    assert mail_place("ISS pass", body) == "Kilkenny"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Φωτογραφία ISS", "Σας στέλνω τη φωτογραφία μου με τον ISS, το Σάββατο 24 Οκτωβρίου.\n\nΤην Κυριακή 1 Νοεμβρίου στις 18:00 θα παρουσιάσω τη φωτογραφία στο Ίδρυμα Ευγενίδου\nστην Αθήνα.\n"),
        ("ISS pass", "Here is my photo of the ISS from 24 October.\n\nOn Sunday 1 November at 18:00 I will present the photo at the library in Galway.\n"),
    ],
)  # fmt: skip
def test_a_town_named_only_where_the_photo_will_be_shown_is_no_place(
    subject: str, body: str
) -> None:
    assert mail_place(subject, body) is None
