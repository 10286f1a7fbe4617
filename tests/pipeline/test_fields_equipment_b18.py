"""equipment (batch-18): a Barlow's kind before its maker's model in a labelled value, and a
camera maker that is also a common word written in lower case before its model, in many
languages."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "barlow"),
    [
        (
            "Matériel : lunette Sky-Watcher Evostar 80ED, avec une Barlow Celestron X-Cel LX 2x"
            " et une caméra ZWO ASI224MC.",
            "Celestron X-Cel LX 2x",
        ),
        ("Equipment: Celestron C8, a Barlow Baader VIP, ZWO ASI462MC", "Baader VIP"),
        ("Ausrüstung: C8 mit einer Barlow TeleVue Powermate 2.5x", "TeleVue Powermate 2.5x"),
        (
            "Equipo: Skymax 127 + una Barlow Celestron Ultima 2x + ZWO ASI224MC",
            "Celestron Ultima 2x",
        ),
    ],
)
def test_a_barlows_kind_before_its_makers_model_is_no_part_of_its_name_in_a_labelled_value(
    text: str, barlow: str
) -> None:
    assert barlow in _items(text)


@pytest.mark.parametrize(
    ("text", "barlow"),
    [
        (
            "Matériel : C8 avec une Barlow Celestron 2x et une caméra ZWO ASI224MC",
            "Barlow Celestron 2x",
        ),
        ("Equipo: Skymax 127 + una Barlow Svbony 2x + ZWO ASI224MC", "Barlow Svbony 2x"),
        ("Equipo: Celestron C8, Barlow Celestron 2,5x, ZWO ASI224MC", "Barlow Celestron 2,5x"),
    ],
)
def test_a_barlow_named_by_its_maker_and_magnification_alone_keeps_its_kind(
    text: str, barlow: str
) -> None:
    assert barlow in _items(text)


@pytest.mark.parametrize(
    ("text", "camera"),
    [
        ("fuji x-t4 with the xf 16mm f1.4 on top of my old sirui t-025x", "fuji x-t4"),
        ("fuji x100v on a tripod, 10 s", "fuji x100v"),
        ("foto tirada com a fuji xt3 e uma lente de 12mm", "fuji xt3"),
        ("orion xt8 and a zwo asi224mc", "orion xt8"),
    ],
)
def test_a_makers_name_that_is_a_common_word_names_a_camera_before_its_model_in_lower_case(
    text: str, camera: str
) -> None:
    assert camera in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "mount fuji at dusk, shot with a canon r6",
        "orion m42 was up as well, canon 600d",
        "the iss went past fuji x2 times tonight",
        "fuji f2 at dusk",
    ],
)
def test_a_lower_case_common_word_before_no_model_names_no_camera(text: str) -> None:
    assert not any(item.startswith(("fuji", "orion")) for item in _items(text))
