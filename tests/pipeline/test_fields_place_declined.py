"""location, issue 13: a town in a case ending whose base form is certain: its own name less
an ending after an "over" word that declines it, or a Greek feminine town after "της"."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_declined import cased_over_town, greek_genitive_town
from ipom_mail.pipeline.fields.towns import own_stem


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("přelet ISS 7. 7. 2024 ve 22:51 místního času nad Olomoucí. Fotoaparát: Canon.", "Olomouc"),
        ("Snimio sam ISS iznad Splita sinoć u 20:14.", "Split"),
        ("Przelot ISS nad Lublinem, wczoraj o 19:02.", "Lublin"),
        ("Pilt ISS-ist, mis lendab üle Tartu vana tähetorni.", "Tartu"),  # genitive as written
        ("Foto ISS-ist üle Tallinna eile õhtul.", "Tallinn"),
    ],
)  # fmt: skip
def test_a_town_passed_over_in_a_case_ending_is_its_own_name(text: str, town: str) -> None:
    assert cased_over_town(text) == town


@pytest.mark.parametrize(
    "text",
    [
        "Przelot ISS nad Krakowem wczoraj.",  # "Krakow" is no town's own name: Kraków is
        "Přelet ISS nad Brnem.",  # the base form drops a vowel: never guessed
        "ISS prolétla nad Krkonošemi a nad Měsícem.",  # mountains, the Moon
        "Przelot nad Zieloną Górą.",  # two words: an adjective's ending too
        "ISS nad Olomoucí-Neředínem.",  # a town's part
    ],
)
def test_a_name_whose_base_form_is_not_certain_is_no_place(text: str) -> None:
    assert cased_over_town(text) is None


@pytest.mark.parametrize(
    ("word", "town"),
    [("Olomoucí", "Olomouc"), ("Gdańskiem", "Gdańsk"), ("Zagrebom", "Zagreb"), ("Poznaniem", None)],
)
def test_a_towns_own_stem_is_its_own_name_only(word: str, town: str | None) -> None:
    assert own_stem(word) == town


def test_a_greek_feminine_town_after_a_spot_and_its_article_is_its_base_form() -> None:
    text = "Απόψε τράβηξα τον ISS πάνω από τον Λευκό Πύργο, από την παραλία της Θεσσαλονίκης."
    assert greek_genitive_town(text) == "Θεσσαλονίκη"
    assert find_location(text) == "Θεσσαλονίκη"


@pytest.mark.parametrize(
    "text",
    [
        "Από την παραλία της Μονεμβασιάς.",  # no town of the list: never guessed
        "Η φωτογραφία της Μαρίας.",  # a person's, after no spot
        "Από την παραλία του Βόλου.",  # masculine: not read
    ],
)
def test_a_greek_genitive_that_is_no_listed_town_or_after_no_spot_is_no_place(text: str) -> None:
    assert greek_genitive_town(text) is None


def test_a_greek_feminine_town_of_the_list_after_a_beach_is_read() -> None:
    assert greek_genitive_town("Τραβηγμένη από την παραλία της Γλυφάδας.") == "Γλυφάδα"


def test_another_languages_word_for_a_town_is_no_own_name() -> None:
    assert cased_over_town("Foto üle Splita.") == "Split"  # never "Splita", a town's other name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ο ISS πέρασε πάνω από τον Πειραιά, λίγο μετά τις 21:00.", "Πειραιάς"),  # a town
        ("Ο σταθμός πέρασε πάνω από τον Βόλο.", "Βόλος"),
        # the mail itself writes the base form
        ("Ο Όλυμπος ήταν χιονισμένος. Ο ISS πέρασε πάνω από τον Όλυμπο.", "Όλυμπος"),
    ],
)
def test_a_greek_masculine_name_after_ton_is_given_in_its_base_form(text: str, place: str) -> None:
    # "τον" declines the name after it: Πειραιά, Βόλο, Όλυμπο are accusatives
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Η φωτογραφία δείχνει τον ISS πάνω από τον Όλυμπο.",  # Όλυμπος: no town, not written
        "Ο σταθμός πέρασε πάνω από τον Υμηττό.",
        "Φωτογραφία του ISS πάνω από τον Ψηλορείτη",
        "ISS πάνω από τον Παρθενώνα",  # a landmark in the frame, never the place
        "Ο σταθμός πέρασε πάνω από τους Δελφούς.",  # a plural: Δελφοί is no listed town
    ],
)
def test_a_greek_accusative_whose_base_form_is_not_certain_is_no_place(text: str) -> None:
    assert find_location(text) is None


def test_a_greek_name_after_a_feminine_or_neuter_article_keeps_its_form() -> None:
    assert find_location("Ο ISS πάνω από την Αθήνα, απόψε.") == "Αθήνα"
    assert find_location("Ο ISS πέρασε πάνω από το Πήλιο.") == "Πήλιο"


def test_a_greek_feminine_name_in_o_is_its_base_form_when_that_is_a_town() -> None:
    # the islands of the "-ος" nouns: "τη Ρόδο" is Ρόδος, a town of GeoNames
    assert find_location("Ο ISS πέρασε πάνω από τη Ρόδο.") == "Ρόδος"
    assert find_location("Τράβηξα τη φωτογραφία από τη Ρόδο.") == "Ρόδος"
