"""A club's note names its member in a grammatical case ("posielam fotografiu nášho člena
Petra Baláža", "zdjęcie naszego członka Jana Kowalskiego", "фото нашего члена клуба Ивана
Петрова"): the member is credited when the mail writes the name in the nominative too (their
signature under their pasted words, a line naming the author), never by a guessed
declension, never the forwarder."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

SENT = "Wed, 15 Sep 2027 08:00:00 +0000"

SIGNED = [
    (
        "Anna Malá <office@club.example.sk>",
        "Dobrý deň,\n\nposielam fotografiu nášho člena Petra Baláža.\n\nPrechod ISS cez Slnko "
        "7. augusta 2027 o 10:14:32 UT, vidno aj dve škvrny.\n\nPeter Baláž\n\n--\nAnna Malá\n",
        "Peter Baláž",
    ),
    (
        "Ewa Nowak <biuro@klub.example.pl>",
        "Dzień dobry,\n\nprzesyłam zdjęcie naszego członka Jana Kowalskiego.\n\nISS nad Wawelem "
        "7 sierpnia 2027 o 10:14:32 UT.\n\nAutor: Jan Kowalski\n\nPozdrawiam,\nEwa Nowak\n",
        "Jan Kowalski",
    ),
    (
        "Сергей Морозов <club@example.ru>",
        "Здравствуйте,\n\nотправляю фото нашего члена клуба Ивана Петрова.\n\nМКС над Казанью "
        "7 августа 2027 года в 10:14:32 UT.\n\nИван Петров\n\n--\nСергей Морозов\n",
        "Иван Петров",
    ),
    (
        "Jana Dvořák <office@club.example.cz>",
        "Dobrý den,\n\nposílám snímek našeho člena Pavla Svobody.\n\nPřelet ISS nad Prahou "
        "7. srpna 2027 v 10:14:32 UT.\n\nPavel Svoboda\n\nS pozdravem\nJana Dvořák\n",
        "Pavel Svoboda",
    ),
]


@pytest.mark.parametrize(("sender", "body", "credit"), SIGNED)
def test_a_declined_member_is_credited_by_the_nominative_the_mail_writes(
    sender: str, body: str, credit: str
) -> None:
    fields = mail_fields("ISS foto", body, sender, date=SENT, follow_up=True)
    assert fields.photographer.name == credit


TRAPS = [
    (  # only the genitive, and the secretary's signature: nobody
        "Anna Malá <office@club.example.sk>",
        "Dobrý deň,\n\nposielam fotografiu nášho člena Petra Baláža.\n\nPrechod ISS cez Slnko "
        "7. augusta 2027 o 10:14:32 UT.\n\nAnna Malá\n",
    ),
    (  # another person of a like name ("Petra Balážová" is no Peter Baláž)
        "Anna Malá <office@club.example.sk>",
        "Dobrý deň,\n\nposielam fotografiu nášho člena Petra Baláža.\n\nPrechod ISS cez Slnko "
        "7. augusta 2027 o 10:14:32 UT.\n\nPetra Balážová\n",
    ),
    (  # the genitive written again is still no nominative
        "Ewa Nowak <biuro@klub.example.pl>",
        "Dzień dobry,\n\nprzesyłam zdjęcie naszego członka Jana Kowalskiego. Zdjęcie Jana "
        "Kowalskiego zrobione 7 sierpnia 2027 o 10:14:32 UT.\n\nJana Kowalskiego\n\nEwa Nowak\n",
    ),
    (  # the forwarder's own name is never the member's
        "Jan Kowalski <biuro@klub.example.pl>",
        "Dzień dobry,\n\nprzesyłam zdjęcie naszego członka Jana Kowalskiego (mojego syna). ISS "
        "7 sierpnia 2027 o 10:14:32 UT.\n\nJan Kowalski\n",
    ),
]


@pytest.mark.parametrize(("sender", "body"), TRAPS)
def test_a_declined_member_without_a_sure_nominative_is_credited_to_nobody(
    sender: str, body: str
) -> None:
    fields = mail_fields("ISS foto", body, sender, date=SENT, follow_up=True)
    assert fields.photographer.name is None
