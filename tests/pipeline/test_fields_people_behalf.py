"""photographer: a photo sent on behalf of someone named in full ("namens my seun, Pieter
Botha", "im Namen meiner Tochter Lena Vogt") credits that person, not the sender; a club or
a first name alone leaves the credit to the sender."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer

NIGHT = "The station crossed the Plough at 21:14 UT."


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("I am sending this on behalf of my granddaughter, Amy Fletcher (12).", "Amy Fletcher"),
        ("Ich schicke das Foto im Namen meiner Tochter Lena Vogt.", "Lena Vogt"),
        ("Je vous l'envoie de la part de mon ami Hugo Bernard.", "Hugo Bernard"),
        ("Os lo mando en nombre de mi hijo Mateo Serrano.", "Mateo Serrano"),
        ("Hier is de foto namens mijn zoon Daan Jansen.", "Daan Jansen"),
        ("Ek stuur dit namens my dogter, Anri du Toit.", "Anri du Toit"),
    ],
)
def test_a_photo_sent_on_behalf_of_a_named_person_credits_them(opening: str, name: str) -> None:
    text = f"{opening}\n\n{NIGHT}\n\nBest,\nRobert Hale\n"
    assert find_photographer("Robert Hale", text, ()).name == name


@pytest.mark.parametrize(
    "opening",
    [
        "I am writing on behalf of the Kent Astronomy Society.",
        "Ich schicke das Foto im Namen meines Sohnes.",
        "Je vous l'envoie de la part de mon fils Hugo.",
    ],
)
def test_a_club_or_a_first_name_alone_leaves_the_credit_to_the_sender(opening: str) -> None:
    text = f"{opening}\n\n{NIGHT}\n"
    assert find_photographer("Robert Hale", text, ()).name == "Robert Hale"


def test_a_club_named_after_other_words_is_no_one_to_credit() -> None:
    text = f"Im Namen des Vereins Sternfreunde Nord sende ich dieses Bild.\n\n{NIGHT}\n"
    assert find_photographer("Robert Hale", text, ()).name == "Robert Hale"
