"""Where the sender drove, went or headed to (fields/place_went_to.py, issue 13, batch-37):
the place travelled to is where the photo was taken, whatever landmark the station passed
over. Never the town the sender drove from, a town in the signature, a sky object, a home
the photo was taken at, nor one of two places travelled to."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_went_cased import went_cased_place
from ipom_mail.pipeline.fields.place_went_to import went_to_place
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Drove to\nLake Tekapo after work on Saturday and got there in time.", "Lake Tekapo"),
        ("We headed out to Cherry Springs State Park for the pass.", "Cherry Springs State Park"),
        ("Fuimos hasta el Observatorio del Teide el sábado por la noche.", "Observatorio del Teide"),
        ("Gestern bin ich nach Purkersdorf gefahren, der Himmel war klar.", "Purkersdorf"),
        ("Gisteren zijn we naar Dwingeloo gereden voor de overgang.", "Dwingeloo"),
        ("Fomos até Brazópolis no sábado para fotografar.", "Brazópolis"),
        ("Samedi, nous sommes allés à Gap, le ciel était parfait.", "Gap"),
    ],
)  # fmt: skip
def test_the_place_the_sender_drove_or_went_to_is_the_place(text: str, place: str) -> None:
    assert went_to_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Drove up from Christchurch after work.",  # no "to": where the sender came from
        "We went to bed early after the pass.",  # no name
        "I drove to Lake Tekapo last month, but this one was shot from my back garden.",
        "Drove to Lake Tekapo, clouds. Then we drove to Twizel and saw it.",  # two places
        "Then we went to Mars and back, figuratively.",  # a sky object
        "We went to the Ursa Tampere meeting afterwards.",  # no place's name
        "Also bin ich auf den Schneeberg gefahren.",  # no town, no site by its kind
    ],
)
def test_no_place_travelled_from_at_home_two_or_unsure(text: str) -> None:
    assert went_to_place(text) is None


def test_the_lake_driven_to_beats_the_church_in_view_and_the_signatures_town() -> None:
    body = (
        "Kia ora,\n\nHere's my shot of the ISS arcing over the Church of the Good Shepherd. "
        "Drove to\nLake Tekapo after work on Saturday and got there with ten minutes to spare."
        "\n\nCheers,\nHemi Walker\nChristchurch\n"
    )
    assert mail_place("ISS over the Church of the Good Shepherd", body) == "Lake Tekapo"


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # a town driven from is the journey's start: the town driven to is the place
        ("ISS pass", "Drove up from Christchurch after work, then drove to Lake Tekapo.\n\nHemi",
         "Lake Tekapo"),
        ("ISS-Foto", "Wir sind von Wien nach Purkersdorf gefahren, um die ISS zu sehen.\n\nVerena",
         "Purkersdorf"),
    ],
)  # fmt: skip
def test_the_town_driven_to_not_from(subject: str, body: str, place: str) -> None:
    assert mail_place(subject, body) == place


def test_a_signatures_town_is_no_place_when_the_photo_was_taken_at_home() -> None:
    body = (
        "Drove to Lake Tekapo last week but it clouded over. This one is from my back garden."
        "\n\nCheers,\nHemi Walker\nChristchurch\n"
    )
    assert mail_place("ISS over the church", body) != "Lake Tekapo"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town's base form GeoNames makes certain
        ("W sobotę pojechałem do Zakopanego i zrobiłem zdjęcie.", "Zakopane"),
        ("V sobotu jsem jel do Jindřichova Hradce a vyfotil ISS.", "Jindřichův Hradec"),
        ("V sobotu som išiel do Popradu a odfotil som ISS.", "Poprad"),
        ("В субботу я поехал в Калугу и снял МКС.", "Калуга"),
        ("У суботу я поїхав до Чернівців і сфотографував МКС.", "Чернівці"),
        ("U subotu sam otišao u Višnjan i snimio ISS.", "Višnjan"),
        # no certain base form: the name as written after a preposition that leads to a place
        ("Wczoraj weszliśmy na Śnieżkę i zrobiłem to zdjęcie.", "Śnieżkę"),
        ("V sobotu jsem jel do Jizerských hor a vyfotil ISS.", "Jizerských hor"),
        ("В субботу я поехал в Карелию и снял МКС.", "Карелию"),
        ("У суботу я поїхав на Говерлу і сфотографував МКС.", "Говерлу"),
        ("U subotu sam otišao na Učku i snimio ISS.", "Učku"),
        ("W sobotę pojechałem w Bieszczady i tam zrobiłem zdjęcie.", "Bieszczady"),
    ],
)
def test_the_place_gone_to_in_a_case_is_its_base_form_or_as_written(text: str, place: str) -> None:
    assert went_cased_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "W sobotę pojechałem do Marka i razem zrobiliśmy zdjęcie.",  # "do" + a person
        "W sobotę pojechałem do Bieszczad i tam zrobiłem zdjęcie.",  # "do": a person too
        "Pojechaliśmy na Wielkanoc do babci.",  # a feast
        "Мы поехали на Новый год к родителям.",  # a feast
        "В субботу я поехал в Калугу, а потом поехал в Карелию.",  # two places
        "Jel jsem do Jindřichova Hradce, pak jsem šel na Kleť.",  # two places
        "У суботу я поїхав до Івана і ми сфотографували МКС.",  # "до" + a person
        "Poszedłem na spacer i zrobiłem zdjęcie.",  # no name
        # a place in a case elsewhere: the photo's, read (or left) by fields/place_cases.py
        "Zdjęcie zrobione w Wetlinie, potem pojechałem na Śnieżkę.",
        "Weszliśmy na Śnieżkę w zeszłym roku, ale to zdjęcie jest z mojego balkonu.",  # home
    ],
)
def test_no_place_gone_to_in_a_case_when_a_person_a_feast_or_two(text: str) -> None:
    assert went_cased_place(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("Zdjęcie ISS", "Cześć,\n\nW sobotę pojechałem do Zakopanego i zrobiłem to zdjęcie ISS."
         "\n\nPozdrawiam,\nMarek Nowak\nKraków\n", "Zakopane"),
        ("Фото МКС", "Здравствуйте,\n\nв субботу я поехал в Карелию и снял МКС.\n\nС уважением,"
         "\nИван Петров\n", "Карелию"),
        ("Foto ISS", "Dobrý den,\n\nv sobotu jsem jel do Jizerských hor a vyfotil jsem ISS."
         "\n\nS pozdravem\nJan Novák\n", "Jizerských hor"),
    ],
)  # fmt: skip
def test_the_place_gone_to_in_a_case_is_the_mails_place(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place
