"""location, issue 13: words beside a place that are no part of its name. An instrument
passed over is no place ("over the Himalayan Chandra Telescope at the Indian Astronomical
Observatory": the place is after "at"); a Subject's name in the genitive before an "over"
postposition is no base form ("ISS Tähtikallion yllä"); a lower-case noun before a site's
name is the part one stood on ("s terase Zvjezdarnice Višnjan": of the terrace)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_over import first_over
from ipom_mail.pipeline.fields.place_pictured import pictured_place
from ipom_mail.pipeline.fields.site_phrases import site_phrase
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    "text",
    [
        "This is the ISS passing over the Himalayan Chandra Telescope at the Indian"
        " Astronomical Observatory, Hanle, Ladakh, captured on Monday.",
        "The ISS over the Lovell radio telescope last night.",
        "La ISS sobre el Gran Telescopio Canarias anoche.",
        "ISS boven de Dwingeloo Radiotelescoop, vorige week.",
    ],
)
def test_an_instrument_passed_over_is_no_place(text: str) -> None:
    assert first_over(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ISS over Southwold, telescope on a tripod.", "Southwold"),  # the next clause's
        ("ISS over Southwold.", "Southwold"),
    ],
)
def test_an_instrument_word_after_a_comma_leaves_the_town_passed_over(
    text: str, place: str
) -> None:
    assert first_over(text) == place


def test_the_observatory_after_at_is_the_place_not_the_telescope_passed_over() -> None:
    body = (
        "Dear Sir/Madam,\n\nThis is the ISS passing over the Himalayan Chandra Telescope at"
        " the Indian\nAstronomical Observatory, Hanle, Ladakh, captured on Monday, 2 November"
        " 2026 at\n8:12:45 pm IST.\n\nThanks and regards,\nTenzin Norboo\n"
    )
    place = mail_place("Submission for ISS Photo of the Month - Hanle, Ladakh", body)
    assert place is not None and "Chandra" not in place and "Hanle" in place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS Tähtikallion yllä",
         "lähetän kuvan, jossa ISS kulkee Ursan Tähtikallion observatorion kupolien yli."),
        ("ISS Suomenlinnan yllä", "Tässä kuvani ISS:stä Suomenlinnan yllä."),
    ],
)  # fmt: skip
def test_a_subjects_genitive_before_an_over_postposition_is_no_base_form(
    subject: str, body: str
) -> None:
    assert pictured_place(subject, body) is None


def test_a_subjects_base_form_still_names_the_genitive_passed_over() -> None:
    body = "Tässä kuvani ISS:stä Suomenlinnan yllä."
    assert pictured_place("ISS ja Suomenlinna", body) == "Suomenlinna"


def test_a_finnish_observatorys_genitive_is_never_the_place() -> None:
    body = (
        "Hei,\n\nlähetän kuvan, jossa ISS kulkee Ursan Tähtikallion observatorion kupolien yli"
        "\nArtjärvellä. Kuva on otettu eilen illalla klo 20.41 Suomen aikaa.\n\n"
        "Terveisin\nJussi Heikkinen\nLahti\n"
    )
    assert mail_place("ISS Tähtikallion yllä", body) not in {"Tähtikallion", "Lahti"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("snimljeno u 19:05 CEST, s terase Zvjezdarnice Višnjan u Istri.",
         "Zvjezdarnice Višnjan u Istri"),
        ("posneto s terase Observatorija Javornik pri Ljubljani.",
         "Observatorija Javornik pri Ljubljani"),
    ],
)  # fmt: skip
def test_a_lower_case_noun_before_a_sites_name_is_no_part_of_the_place(
    text: str, place: str
) -> None:
    assert site_phrase(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ripresa dalla terrazza della Specola Vaticana a Castel Gandolfo.",
         "terrazza della Specola Vaticana a Castel Gandolfo"),
        ("Tatt fra brygga ved Tjuvholmen i Oslo.", "brygga ved Tjuvholmen i Oslo"),
    ],
)  # fmt: skip
def test_a_spot_joined_to_the_name_by_a_word_of_place_or_of_stays(text: str, place: str) -> None:
    assert site_phrase(text) == place


def test_a_site_named_from_its_first_word_keeps_its_whole_name() -> None:
    assert site_phrase("posneto s Observatorija Javornik pri Ljubljani.") == (
        "Observatorija Javornik pri Ljubljani"
    )
