"""equipment: a model's name is given whole or not at all (issue 13). A capitalised word right
after a model's code used to be cut off ("GoPro Hero 12 Black" read as "GoPro Hero 12",
"Meade ETX-90 Observer" as "Meade ETX-90"): a curator calls that a wrong value. An edition,
series or colour word there belongs to the name; a word known to be something else (a
sentence begun without a full stop, a kind, a German noun, a program, a day word) ends it; any
other word may be the model's own, so the item is left out rather than cut short."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Shot with a GoPro Hero 12 Black.", "GoPro Hero 12 Black"),
        ("Foto mit meiner GoPro Hero 12 Black gemacht.", "GoPro Hero 12 Black"),
        ("Grabado con la GoPro Hero 12 Black, en modo nocturno.", "GoPro Hero 12 Black"),
        ("I used my Meade ETX-90 Observer to catch the ISS.", "Meade ETX-90 Observer"),
        ("Photo prise avec mon Meade ETX-90 Observer sur la terrasse.", "Meade ETX-90 Observer"),
        ("Ripresa col Celestron NexStar 8SE Deluxe.", "Celestron NexStar 8SE Deluxe"),
        ("Zdjęcie przez Explore Scientific ED80 Essential.", "Explore Scientific ED80 Essential"),
        ("Shot with a GoPro Hero 11 Black Edition on a tripod.", "GoPro Hero 11 Black Edition"),
        ("Camera: GoPro Hero 12 Black", "GoPro Hero 12 Black"),
    ],
)
def test_an_edition_word_after_a_models_code_is_kept_with_it(text: str, whole: str) -> None:
    assert whole in _items(text)
    assert whole.rsplit(" ", 1)[0] not in _items(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Taken with Canon 6D The pass was bright.", ["Canon 6D"]),
        ("I used a Nikon D750 Yesterday the sky was clear.", ["Nikon D750"]),
        ("Ich habe mit der Canon EOS R6 Aufnahmen gemacht.", ["Canon EOS R6"]),
        ("mit der Nikon D750 Belichtung 2 s", ["Nikon D750"]),
        ("Nikon D750 Gehäuse und Samyang 14mm", ["Nikon D750", "Samyang 14mm"]),
        ("Shot on a Sony A7 III Body with a Samyang 14mm.", ["Sony A7 III", "Samyang 14mm"]),
        ("Снято на Canon 6D Вчера было ясно", ["Canon 6D"]),
        ("Stacked from a Nikon Z6 Siril run", ["Nikon Z6"]),
        ("Shot with a Nikon D750 Thanks", ["Nikon D750"]),
        ("Gemaakt met een Sony A7 III Vanavond.", ["Sony A7 III"]),
    ],
)
def test_a_word_known_to_be_something_else_ends_the_name(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Shot with my Nikon D750 Tom", []),  # a name signed on the model's line
        ("Aufgenommen mit der Canon 6D Anna", []),
        ("I used my Meade ETX-90 Mirador to catch the ISS.", []),  # an unknown edition
        ("Taken with a Canon 6D Anna and a Samyang 14mm.", ["Samyang 14mm"]),
    ],
)
def test_an_unknown_word_after_a_models_code_leaves_the_item_out(
    text: str, items: list[str]
) -> None:
    # the word may be the model's own: the name is never given cut short before it
    assert _items(text) == items


def test_a_lower_case_word_or_a_new_line_after_the_code_is_no_part_of_the_name() -> None:
    assert _items("Shot with a Nikon D750 and a Samyang 14mm.") == ["Nikon D750", "Samyang 14mm"]
    assert _items("I took it with my Nikon D750\nTom") == ["Nikon D750"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Gear: Nikon D750 Samyang 14mm f/2.8 Manfrotto 055",
            ["Nikon D750", "Samyang 14mm f/2.8", "Manfrotto 055"],
        ),
        ("Ausrüstung: Canon 6D Sigma 14mm", ["Canon 6D", "Sigma 14mm"]),
        ("Equipo: ZWO ASI462MC Celestron C8", ["ZWO ASI462MC", "Celestron C8"]),
        ("Camera: Canon EOS R6 Mark II", ["Canon EOS R6 Mark II"]),  # one maker: one name
        # the second maker names what the lens fits, no model of its own
        ("Lens: Sigma 150-600mm Contemporary Canon EF", ["Sigma 150-600mm Contemporary Canon EF"]),
    ],
)
def test_two_makers_models_in_a_labelled_list_without_commas_are_two_items(
    text: str, items: list[str]
) -> None:
    # "Nikon D750 Samyang 14mm" glued into one name was a wrong value
    assert _items(text) == items
