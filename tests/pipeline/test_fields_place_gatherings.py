"""location, issue 13: a sentence about another gathering (a club's meetup, an observing
evening, with its day or time) names its venue, never the photo's place, though it wraps
over lines; a gathering where the photo was taken still names it."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_phrases import without_plans
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Pour info, notre club organise une soirée d'observation ouverte au public le\nsamedi 27 février à 20h00 à Gap.", "Gap"),
        ("Our next club meetup is on February 20 at 7:00 PM at the PAGASA Observatory in\nQuezon City, if anyone from your side is in Manila.", "Manila"),
        ("Am Freitag um 19:30 ist unser Vereinstreffen in Göttingen.", "Göttingen"),
        ("Il 14 marzo alle 21:00 c'è la serata pubblica a Bergamo.", "Bergamo"),
    ],
)  # fmt: skip
def test_a_sentence_about_another_gathering_names_no_place(text: str, venue: str) -> None:
    assert venue not in without_plans(text)


def test_the_photos_own_gathering_keeps_its_place() -> None:
    text = "At our club's star party on Saturday I caught the ISS at 21:40 UT from Cherry Springs."
    assert "Cherry Springs" in without_plans(text)


def test_the_place_the_photo_was_taken_outranks_a_club_evenings_town() -> None:
    body = (
        "Je vous propose mon transit de l'ISS devant la Lune, réalisé le vendredi 19 février\n"
        "2027 depuis Saint-Véran, dans les Hautes-Alpes.\n\n"
        "Pour info, notre club organise une soirée d'observation ouverte au public le\n"
        "samedi 27 février à 20h00 à Gap.\n"
    )
    assert mail_place("Transit de l'ISS devant la Lune", body) == "Saint-Véran"
