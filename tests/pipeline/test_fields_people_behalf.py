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
        ("Mando isto em nome da minha filha Maria das Dores Lima.", "Maria das Dores Lima"),
        # German capitalises its nouns: the article and the noun after the name are no name
        ("Ich schicke im Namen meines Sohnes Jan Novak das Foto vom Dienstag.", "Jan Novak"),
        ("Ich sende im Namen meiner Tochter Lena Vogt die Aufnahme der ISS.", "Lena Vogt"),
        ("Je vous envoie de la part de ma fille Anne du Toit la photo.", "Anne du Toit"),
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


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Mando a foto em nome do meu neto, Caio Ferreira.", "Caio Ferreira"),
        ("Vi scrivo a nome della mia allieva Chiara Fontana.", "Chiara Fontana"),
        ("Les escribo en nombre del socio Álvaro Ruiz.", "Álvaro Ruiz"),
        ("Berikut foto karya murid saya, Siti Rahmawati, dari kelas X.", "Siti Rahmawati"),
        ("Saya mengirim foto ini atas nama anak saya, Budi Santoso.", "Budi Santoso"),
    ],
)
def test_on_behalf_of_in_more_languages_and_forms_credits_the_named_person(
    opening: str, name: str
) -> None:
    text = f"{opening}\n\n{NIGHT}\n\nSalam,\nRobert Hale\n"
    assert find_photographer("Robert Hale", text, ()).name == name


@pytest.mark.parametrize(
    ("asking", "name"),
    [
        ("Please credit my son Oliver Grant.", "Oliver Grant"),
        ("Photo credit: Nora Blake", "Nora Blake"),
        ("Merci de créditer ma fille Inès Moreau.", "Inès Moreau"),
        ("Bildnachweis: Paul Ebert", "Paul Ebert"),
        ("Mohon kreditnya atas nama Ayu Wulandari.", "Ayu Wulandari"),
        ("Por favor, coloquem o crédito em nome dela: Lívia Prado.", "Lívia Prado"),
    ],
)
def test_a_request_to_credit_a_named_person_credits_them(asking: str, name: str) -> None:
    text = f"Here is the photo.\n\n{NIGHT}\n\n{asking}\n\nBest,\nRobert Hale\n"
    assert find_photographer("Robert Hale", text, ()).name == name


@pytest.mark.parametrize(
    "line",
    [
        "Please credit the Kent Astronomy Society.",
        "Credit: NASA",
        "Mohon kreditnya atas nama klub astronomi sekolah kami.",
        "Saya anggota Karya Ilmiah Remaja di sekolah.",
        "Credit goes to my wife Jane Hale for driving us there.",
        "Please credit my daughter Mia.",
    ],
)
def test_a_credit_to_no_full_name_of_a_person_leaves_the_credit_to_the_sender(line: str) -> None:
    text = f"Here is the photo.\n\n{NIGHT}\n\n{line}\n\nBest,\nRobert Hale\n"
    assert find_photographer("Robert Hale", text, ()).name == "Robert Hale"
