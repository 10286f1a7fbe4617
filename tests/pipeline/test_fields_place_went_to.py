"""Where the sender drove, went or headed to (fields/place_went_to.py, issue 13, batch-37):
the place travelled to is where the photo was taken, whatever landmark the station passed
over. Never the town the sender drove from, a town in the signature, a sky object, a home
the photo was taken at, nor one of two places travelled to."""

from __future__ import annotations

import pytest

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
