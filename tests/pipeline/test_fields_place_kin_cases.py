"""A name after an inner word read in the mail's own language: Russian "в Архызе" is in a
case ending though Bulgarian writes "в" before a name as it is; its base form is given only
when the town list or GeoNames make it certain (fields/place_spots.py)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location

_RU = "Станция прошла почти точно над куполом, а облака подсвечивали горы. Снимал весь вечер."


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (f"Отправляю снимок МКС над башней БТА в Архызе. {_RU}", "Архыз"),
        (f"Отправляю снимок МКС над маяком в Новороссийске. {_RU}", "Новороссийск"),
    ],
)  # fmt: skip
def test_a_russian_name_after_a_landmark_is_given_in_its_base_form(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        f"Отправляю снимок МКС над башней БТА в Кукушкине. {_RU}",  # no such place: no guess
        f"Отправляю снимок МКС над башней в Новом Саду. {_RU}",  # two declined words: unsure
    ],
)  # fmt: skip
def test_a_russian_name_with_no_certain_base_form_gives_no_place(text: str) -> None:
    assert find_location(text) is None


def test_a_bulgarian_name_after_v_stays_as_written() -> None:
    text = "Изпращам снимка на МКС от двора ми в Смолян. Станцията мина точно над къщата ни."
    assert find_location(text) == "Смолян"
