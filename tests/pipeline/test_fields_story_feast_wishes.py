"""story: a feast's wish closing the mail ("Καλό Πάσχα σε όλους!", "Frohe Ostern!", "Happy
Easter everyone!", "Eid Mubarak!") and a club's formal sign-off over its board's name ("Z
poważaniem\\nZarząd Koła PTMA w Krakowie") are no story, in many languages; a sentence that
tells an Easter night ("Frohe Ostern hatten wir nicht: es regnete …") stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.closing import closing_line
from ipom_mail.pipeline.fields.story import find_story

STORY = "The station slid across the lit-up bridge just as the clouds opened."


@pytest.mark.parametrize(
    "wish",
    [
        "Καλό Πάσχα σε όλους!",
        "Frohe Ostern!",
        "Joyeuses Pâques",
        "Happy Easter everyone!",
        "Buona Pasqua a tutti!",
        "Feliz Páscoa!",
        "¡Felices Pascuas!",
        "Vrolijk Pasen!",
        "Wesołego Alleluja!",
        "Veselé Velikonoce!",
        "Христос воскресе!",
        "Зі світлим Великоднем!",
        "Srećan Uskrs svima!",
        "Glad påsk!",
        "Hyvää pääsiäistä kaikille!",
        "Paște fericit!",
        "Eid Mubarak!",
        "Happy Diwali to all!",
        "Chag Pesach Sameach!",
    ],
)
def test_a_feast_wish_closing_the_mail_is_no_story(wish: str) -> None:
    assert closing_line(wish)
    assert find_story(f"{STORY}\n\n{wish}\n\nBest,\nNoor\n", "Noor") == STORY


@pytest.mark.parametrize(
    "told",
    [
        "Frohe Ostern hatten wir nicht: es regnete bis Mitternacht, dann kam die ISS.",
        "Happy Easter Sunday crowds were leaving the church as the station flew over.",
        "Καλό Πάσχα περάσαμε στο χωριό, και ο σταθμός πέρασε πάνω από την εκκλησία.",
    ],
)
def test_a_sentence_that_tells_an_easter_night_stays(told: str) -> None:
    assert find_story(f"{told}\n\nCheers,\nNoor\n", "Noor") == told


@pytest.mark.parametrize(
    ("sign_off", "board"),
    [
        ("Z poważaniem", "Zarząd Koła PTMA w Krakowie"),
        ("Łączę pozdrowienia", "Sekcja Obserwacji Słońca PTMA"),
        ("Serdecznie pozdrawiamy", "Klub Astronomiczny Almukantarat"),
    ],
)
def test_a_clubs_sign_off_over_its_boards_name_is_no_story(sign_off: str, board: str) -> None:
    story = find_story(f"{STORY}\n\n{sign_off}\n{board}\n", "Koło PTMA Kraków")
    assert story == STORY
