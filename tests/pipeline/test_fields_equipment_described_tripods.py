"""equipment: a maker with lower-case words saying what kind of tripod, its kind written in a
case after them ("Peak Design seyahat tripodu": Peak Design's travel tripod, "á Benro litla
þrífæti"), is the maker alone, as "á Manfrotto þrífæti" is Manfrotto (batch-39 gave "Peak
Design seyahat"); with its kind in the base form the name stays whole ("Benro carbon tripod"),
and a model's name is kept ("Rollei C5i tripodu")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "Ekipman: Sony A7S III, Sony FE 24mm f/1.4 GM, Peak Design seyahat tripodu.",
            "Peak Design",
        ),
        ("Ekipman: Canon EOS 6D, Benro karbon tripodu.", "Benro"),
        ("Myndavél: Canon EOS 6D á Benro litla þrífæti.", "Benro"),
    ],
)
def test_a_maker_and_the_words_of_its_tripod_s_kind_in_a_case_are_the_maker(
    text: str, maker: str
) -> None:
    items = _items(text)
    assert maker in items
    assert not [i for i in items if i.startswith(f"{maker} ")]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Gear: Canon EOS 6D, Benro carbon tripod.", "Benro carbon tripod"),
        ("Ekipman: Canon EOS 6D, Rollei C5i tripodu.", "Rollei C5i"),
        ("Ekipman: Canon EOS 6D, Manfrotto Befree tripodu.", "Manfrotto Befree"),
    ],
)
def test_a_tripod_s_name_in_its_base_form_or_with_its_model_stays(text: str, item: str) -> None:
    assert item in _items(text)
