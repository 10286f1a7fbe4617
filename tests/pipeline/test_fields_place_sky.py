"""location: the sky's objects by name ("a téli Tejút felett", "over the Pleiades", "sopra la
Via Lattea"; data/locatives.toml [sky_names]) are never where a photo was taken, in any
language; a word cut from the start of a longer name ("deasupra Castelului Peleș") is no town;
a Subject's name after a dash that is the forwarded author's is no place."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_declined import cased_over_town
from ipom_mail.pipeline.fields.place_sky import sky_name
from tests.mailkit import mail_fields, mail_place


@pytest.mark.parametrize(
    ("name", "start", "sky"),
    [
        ("Tejút", False, True),  # the Milky Way, Hungarian
        ("Млечный Путь", False, True),
        ("Via Lattea", False, True),
        ("Droga Mleczna", False, True),
        ("Plejaden", False, True),
        ("天の川", False, True),
        ("Orion Nebula", True, True),  # a name that begins with one, where asked
        ("Orion Nebula", False, False),
        ("Szeged", False, False),  # a town
        ("Tejútrendszer Kft", True, False),  # a word that only begins like one
    ],
)  # fmt: skip
def test_a_sky_objects_name_is_known_in_many_languages(name: str, start: bool, sky: bool) -> None:
    assert sky_name(name, start=start) is sky


@pytest.mark.parametrize(
    "body",
    [
        "Lefotóztam az ISS-t március 29-én este, amikor a téli Tejút felett húzott el.",
        "La stazione è passata ieri sera sopra la Via Lattea, che spettacolo.",
        "Die Station zog gestern Abend über die Milchstraße hinweg.",
        "The station passed over the Milky Way last night, a lovely sight.",
        "Stacja przeleciała wczoraj nad Drogą Mleczną, piękny widok.",
    ],
)
def test_what_the_station_passed_over_in_the_sky_is_no_place(body: str) -> None:
    assert mail_place("ISS", f"{body}\n\nBence") is None


def test_a_town_passed_over_is_still_one() -> None:
    body = "Lefotóztam az ISS-t tegnap este, amikor Szeged felett húzott el."
    assert mail_place("ISS", f"{body}\n\nBence") == "Szeged"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Am prins aseară ISS-ul deasupra Castelului Peleș, din parcare.", None),
        ("ISS iznad Splita, snimljeno s balkona.", "Split"),  # a whole word in its case
        ("ISS nad Olomoucí, včera večer.", "Olomouc"),
    ],
)
def test_a_word_cut_from_the_start_of_a_longer_name_is_no_town(
    text: str, place: str | None
) -> None:
    assert cased_over_town(text) == place


def test_a_forwarded_authors_name_after_the_subjects_dash_is_no_place() -> None:
    body = (
        "Vă trimitem mai jos fotografia membrului nostru.\n\n"
        "---------- Forwarded message ---------\n"
        "De la: Andrei Popescu <andrei.popescu@example.ro>\n"
        "Subject: fotografie ISS\n\n"
        "Am prins aseară ISS-ul deasupra Castelului Peleș, la ora 21:03.\n\nAndrei\n"
    )
    fields = mail_fields("Fwd: fotografie ISS - Andrei Popescu", body, "Club <club@example.ro>")
    assert fields.location is None


@pytest.mark.parametrize(
    ("subject", "author"),
    [
        ("Fwd: ISS sobre Montserrat - Jordi Puig", "Jordi Puig i Serra"),  # Catalan's "i"
        ("Fwd: foto ISS - Maria Santos", "Maria Santos da Silva"),
        ("Fwd: ISS foto - Jan Vermeer", "Jan Vermeer van den Berg"),  # two small words
    ],
)
def test_a_forwarded_authors_name_with_its_small_words_is_no_place(
    subject: str, author: str
) -> None:
    body = (
        f"Us reenviem el correu d'un soci nostre, {author}, que vol participar.\n\n"
        "---------- Forwarded message ---------\n"
        f"De: {author} <author@example.org>\n"
        "Subject: ISS\n\n"
        "us passo la meva foto de l'ISS feta des del mirador a les 23:02:10 CEST.\n"
    )
    assert mail_fields(subject, body, "Club <club@example.org>").location is None
