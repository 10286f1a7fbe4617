"""location: a town's part named with its kind after one's roof or home ("desde la azotea de
mi casa en la colonia Narvarte", "מגג הבניין שלנו בשכונת פלורנטין", "از پشت‌بام خانه‌مان در
محله تجریش گرفتم") is the place as written; never the kind alone, a lower-case word after it,
nor the verb of taking after it (issue 13, batch-20)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La tomé desde la azotea de mi casa en la colonia Narvarte, el domingo.", "colonia Narvarte"),
        ("Foto tomada desde el balcón de mi casa en el barrio Palermo, anoche.", "barrio Palermo"),
        ("Mình chụp từ sân thượng nhà mình ở quận Bình Thạnh, TP. Hồ Chí Minh.", "quận Bình Thạnh"),
        ("Prise depuis le balcon de notre maison à Lyon, hier soir.", "Lyon"),
    ],
)  # fmt: skip
def test_a_towns_part_named_with_its_kind_after_ones_home_is_the_place(
    text: str, place: str | None
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "La tomé desde la azotea de mi casa en la colonia, el domingo.",  # the kind alone
        "Mình chụp từ sân thượng nhà mình ở quận trung tâm.",  # no name after the kind
    ],
)
def test_a_kind_with_no_name_after_it_is_no_place(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("צילמתי הערב מגג הבניין שלנו בשכונת פלורנטין.", "שכונת פלורנטין"),
        ("צילמתי מהמרפסת שלי בשכונת נווה צדק, אחרי השקיעה.", "שכונת נווה צדק"),
        ("عکس را از پشت‌بام خانه‌مان در محله تجریش گرفتم، ساعت ۲۰:۴۵.", "محله تجریش"),
        ("از حیاط خانه در روستای ابیانه گرفتیم.", "روستای ابیانه"),
    ],
)
def test_a_neighbourhood_after_ones_roof_is_read_without_capitals(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_persian_verb_of_taking_is_never_part_of_the_name() -> None:
    place = find_location("از پشت‌بام خانه‌مان در محله تجریش عکاسی کردم.")
    assert place == "محله تجریش"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Captured this morning (Monday, 12 April 2027) from the rooftop of our apartment "
         "building in Koramangala, Bengaluru.", "Koramangala, Bengaluru"),
        ("Taken on (Friday, 23 May) from my terrace in Kothrud, Pune.", "Kothrud, Pune"),
    ],
)  # fmt: skip
def test_a_date_in_brackets_is_no_address_that_hides_the_town(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_signatures_street_address_still_names_no_place() -> None:
    assert find_location("Example Astro Club, 250 Park Avenue, Leeds") is None
