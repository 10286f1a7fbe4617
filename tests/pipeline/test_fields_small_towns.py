"""location, issue 13: a village in a case ending, where a word of its language says a place
in a case ending follows, is the own name of a place of 500 people or more of that
language's country (GeoNames' cities500); never another country's, never a word that only
looks cut, never a person after "da"."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.small_towns import dropped_vowel_stem, small_stem, small_town


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Večeras sam uhvatio ISS kako prolazi iznad Motovuna, snimljeno s ceste.", "Motovun"),
        ("Přelet ISS nad Ondřejovem, v sobotu večer.", "Ondřejov"),
        ("Pořízený z louky kousek od hvězdárny v Ondřejově (okres Praha-východ).", "Ondřejov"),
        ("Tegnap este 21:12-kor készült a kép Balatonfüreden, egy telefonnal. Üdv, Marci, ő", "Balatonfüred"),
        ("Sūtu ISS fotogrāfiju virs Baldones observatorijas kupola.", "Baldone"),
        ("Vi invio il transito, ripreso ieri sera da Castel Gandolfo sui Colli Albani.", "Castel Gandolfo"),
    ],
)  # fmt: skip
def test_a_village_in_a_case_ending_is_its_own_name_in_its_languages_country(
    body: str, place: str
) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "ISS iznad Ondřejova, u subotu.",  # a Czech village after a Croatian word
        "Posneto nad Poljansko dolino zvečer.",  # an adjective, no village's name cut
        "Este a Balatonon készült a kép, szép idő volt, ő.",  # the lake, no "Balat"
        "Fotografija ISS nad Zgornjo Besnico.",  # two words in a case: never guessed
        "Ripreso ieri sera da Marco Bianchi sui Colli Albani.",  # the author
    ],
)
def test_no_village_where_its_base_form_is_not_certain(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("word", "countries", "base"),
    [
        ("Motovuna", ["HR"], "Motovun"),
        ("Baldones", ["LV"], "Baldone"),
        ("Motovuna", ["CZ"], None),  # not a place of that country
        ("Balatonfüred", ["HU"], None),  # a place itself: no ending to take off
        ("Motovuna", [], None),
    ],
)
def test_a_small_stem_is_a_place_of_the_countries_given(
    word: str, countries: list[str], base: str | None
) -> None:
    assert small_stem(word, countries) == base


def test_a_month_or_a_weekday_is_no_small_town() -> None:
    assert not small_town("Sobota", ["PL", "CZ", "SK"])


@pytest.mark.parametrize(
    ("word", "where", "base"),
    [
        ("Hlohovci", ["SK"], "Hlohovec"),  # "v Hlohovci": the "e" before its "c" dropped
        ("Hlohovca", ["SK"], "Hlohovec"),
        ("Lučenci", ["SK"], "Lučenec"),
        ("Hlohovci", ["PL"], None),  # another country's place is never read
        ("Krakowie", ["PL"], None),  # no vowel was dropped
        ("Trenčíne", ["SK"], None),
    ],
)
def test_a_vowel_a_case_ending_drops_is_put_back_only_for_one_place_of_the_country(
    word: str, where: list[str], base: str | None
) -> None:
    assert dropped_vowel_stem(word, where) == base
