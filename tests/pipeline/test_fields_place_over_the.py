"""location, issue 13: a landmark the ISS passed over, written after "over the" in prose,
is the place when the mail names no other ("going over the Rock of Cashel"); a sea, a sky
word or a landmark the mail places elsewhere ("… at Lake Tekapo") is not; a weekday after
a town ends its name ("in Haarlem on Friday")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_after import after_locative
from ipom_mail.pipeline.fields.place_over import first_over


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Here is the ISS passing over the Rock of Cashel, just after sunset.", "Rock of Cashel"),
        (
            "vi mando la mia scia della ISS sopra le Tre Cime di Lavaredo, ripresa in serie.",
            "Tre Cime di Lavaredo",
        ),
        (
            "a passar por cima do Castelo de Almourol, no Tejo, na noite de sexta-feira.",
            "Castelo de Almourol",
        ),
        (
            "La estación pasó sobre la Ciudad Encantada de Cuenca a las 21:02.",
            "Ciudad Encantada de Cuenca",
        ),
        ("The station flew over the Tower of London at 18:02 UT.", "Tower of London"),
        ("The ISS rising over the Old Man of Storr, with Venus to the left.", "Old Man of Storr"),
        # "at" a time or a meeting places nothing: the landmark is all the mail gives
        (
            "It crossed over the Church of the Good Shepherd at Sunday's club meeting.",
            "Church of the Good Shepherd",
        ),
        (
            "It crossed over the Church of the Good Shepherd at 21:14 UT.",
            "Church of the Good Shepherd",
        ),
        ("A long streak above the Kissing Camels, one minute after it rose.", "Kissing Camels"),
    ],
)
def test_a_landmark_after_over_the_is_the_place(text: str, place: str) -> None:
    assert first_over(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "I caught it as it flew over the Pacific.",  # one word after "the": a sea
        "Its track went over the Atlantic Ocean and on to Spain.",
        "The ISS went right over the Moon.",
        "Over the Christmas holidays I tried three times.",  # no landmark: a lower-case word goes on
        "La ISS pasó sobre el Atlántico antes de llegar.",  # one word after the article: a sea
        "Die ISS zog über die Alte Brücke.",  # German capitals after an article: any noun
    ],
)
def test_a_sea_a_sky_word_or_a_landmark_placed_elsewhere_is_no_place(text: str) -> None:
    assert first_over(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("It crossed over the Church of the Good Shepherd at Lake Tekapo.", "Lake Tekapo"),
        (
            "Here's my ISS pass over the Church of the Good Shepherd at Lake Tekapo from "
            "Saturday evening.",  # "from" a day is a time, not a spot taken from
            "Lake Tekapo",
        ),
        ("De ISS vloog boven de Oude Kerk in Delft, vlak na zonsondergang.", "Delft"),
        ("La ISS pasó sobre la Ermita de San Saturio en Soria el viernes.", "Soria"),
    ],
)
def test_a_landmark_placed_at_a_named_place_gives_that_place(text: str, place: str) -> None:
    assert first_over(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "It crossed over the Tower of London at Dusk, taken from the South Bank.",
        # a landmark placed somewhere, but the photo taken from another spot: no place here
        "Over the Church of the Good Shepherd at Lake Tekapo, taken from Mount John.",
    ],
)
def test_a_time_a_meeting_or_another_spot_after_a_placed_landmark_is_no_place(text: str) -> None:
    assert first_over(text) is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("I took it in Haarlem on Friday evening, from a field.", "Haarlem"),
        ("Shot in East Boston on Thursday, November 12.", "East Boston"),
    ],
)
def test_a_weekday_after_a_town_ends_its_name(text: str, town: str) -> None:
    assert after_locative(text) == town


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("My photo of the ISS over Penarth pier is attached.", "Penarth pier"),  # a town's pier
        ("ISS over Birds Hill Provincial Park, 28 March 2027, 21:14:05 CDT", "Birds Hill Provincial Park"),
        ("The ISS over Kraków Saturday, very bright.", "Kraków"),  # a weekday ends the name
    ],
)  # fmt: skip
def test_a_town_with_its_landmarks_kind_or_a_longer_site_passed_over_is_the_place(
    text: str, place: str
) -> None:
    assert first_over(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Bilden visar ISS över Ales stenar.",  # not English: the kind after is not read
        "The ISS over Penarth pier, taken from the beach at Lavernock.",  # taken elsewhere
    ],
)
def test_a_towns_landmark_in_another_language_or_seen_from_elsewhere_is_no_place(
    text: str,
) -> None:
    assert first_over(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Les comparto mi foto de la ISS cruzando sobre la Pirámide del Sol en Teotihuacán, "
            "tomada desde el estacionamiento de la puerta 5.",
            "Teotihuacán",
        ),
        ("The ISS over the Eiffel Tower in Paris, taken from my balcony.", "Paris"),
    ],
)
def test_a_landmarks_place_is_the_photos_when_it_was_taken_from_an_unnamed_spot(
    text: str, place: str
) -> None:
    assert first_over(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a named spot taken from is the place, not the landmark's town
        ("The ISS over the Eiffel Tower in Paris, taken from Montmartre.", "Montmartre"),
        # no town for the landmark: nothing
        ("The ISS over the Eiffel Tower, taken from my balcony.", None),
    ],
)
def test_a_named_spot_or_an_unplaced_landmark_gives_no_landmark_town(
    text: str, place: str | None
) -> None:
    assert first_over(text) == place
