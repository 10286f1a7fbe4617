"""equipment: a line the mail program wrapped: a maker at the end of a line whose model's code
the next line begins with is one name; a maker alone on a line a sentence wrapped onto is no
sentence's start ("… kubah teleskop / Zeiss, dan …": the dome of the Zeiss telescope, no
instrument), while a named instrument first on a line is still read."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.field_lines import continues
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Equipment: Orion SkyQuest XT10 (manually tracked) together with a ZWO\n"
            "ASI462MC and a Tele Vue 2x Powermate, 1.5 ms exposures, gain 380.",
            "ZWO ASI462MC",
        ),
        (
            "Ausrüstung: Celestron C8 und eine Kamera von ZWO\nASI178MM, Belichtung 2 ms",
            "ZWO ASI178MM",
        ),
        ("Matériel : lunette TS-Optics 80 et boîtier Nikon\nD7500 sur trépied", "Nikon D7500"),
        ("Fotografiado con mi cámara Nikon\nD5300 desde la terraza.", "Nikon D5300"),
    ],
)
def test_a_maker_a_line_ends_with_and_its_model_on_the_next_are_one_name(
    text: str, item: str
) -> None:
    items = _items(text)
    assert item in items
    maker = item.split()[0]
    assert maker not in items


@pytest.mark.parametrize(
    "text",
    [
        "Camera: Canon\n2024 was a good year for the ISS.",  # no model's code
        "Kamera: Nikon\n20:15 UT, 1/500 s",  # a time
        "Equipment: Canon\nCamera: ZWO ASI462MC",  # a label of its own
    ],
)
def test_a_next_line_without_a_model_code_does_not_take_the_maker(text: str) -> None:
    first_line_maker = text.split("\n")[0].split()[-1]
    assert not any(i.startswith(f"{first_line_maker} ") for i in _items(text))


@pytest.mark.parametrize(
    "text",
    [
        "ISS melintas tepat di atas kubah teleskop\nZeiss, dan karena langit masih agak terang.",
        "Die ISS zog genau über die Kuppel des großen\nZeiss, den man bei Führungen zeigt.",
        "I took it with my trusty old\nNikon, and it worked.",
    ],
)
def test_a_maker_alone_on_a_line_a_sentence_wrapped_onto_is_no_instrument(text: str) -> None:
    assert _items(text) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Here is my photo.\nNikon D750, ISO 800", "Nikon D750"),  # a line of its own
        ("Photo attached\nNikon D750 on a tripod", "Nikon D750"),
        ("I took it with my trusty\nNikon D750 and a tripod.", "Nikon D750"),  # named by model
    ],
)
def test_a_named_instrument_first_on_a_line_is_still_read(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("field", "line", "goes_on"),
    [
        (
            "Equipment: Orion SkyQuest XT10 Dobsonian together with a ZWO",
            "ASI462MC and a Tele Vue 2x Powermate, 1.5 ms exposures, gain 380.",
            True,
        ),
        ("Ausrüstung: Celestron C8 und eine Kamera von ZWO", "ASI178MM, Belichtung 2 ms", True),
        ("Equipment: Celestron C8 and ZWO", "It was a cold night.", False),  # a sentence
        ("Equipment: Celestron C8 with Baader.", "ASI178MM was not used.", False),  # ended
    ],
)
def test_a_line_after_a_maker_alone_goes_on_with_its_model(
    field: str, line: str, goes_on: bool
) -> None:
    assert continues(field, line) is goes_on
