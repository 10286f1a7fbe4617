"""equipment: a lens is one item with its focal range and aperture, and is named once."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Canon EOS R6 with the Sigma Art 14mm f/1.8 lens, on a tripod.",
            ["Canon EOS R6", "Sigma Art 14mm f/1.8 lens", "tripod"],
        ),
        (
            "My Sony A7 III and a Tamron SP 15-30mm f/2.8 lens.",
            ["Sony A7 III", "Tamron SP 15-30mm f/2.8 lens"],
        ),
        (
            "Nikon D750 + Tokina at-x 11-20mm f/2.8 lens, 10 s at ISO 3200.",
            ["Nikon D750", "Tokina at-x 11-20mm f/2.8 lens"],
        ),
        (
            "Usé mi Nikon D5600 con el Tokina atx-i 11-16mm f/2.8.",
            ["Nikon D5600", "Tokina atx-i 11-16mm f/2.8"],
        ),
    ],
)
def test_a_lens_series_keeps_its_focal_range_and_aperture(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Canon 6D 24mm lens on a tripod.", ["Canon 6D", "24mm lens", "tripod"]),
        ("I used a Canon EOS R 50mm lens setup.", ["Canon EOS R", "50mm lens"]),
        ("Sky-Watcher Star Adventurer 24mm lens", ["Sky-Watcher Star Adventurer", "24mm lens"]),
    ],
)
def test_a_camera_or_mount_before_a_focal_length_stays_an_item_of_its_own(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Camera Canon EOS 6D with a Samyang 14mm f/2.8. With a 14mm lens the trail fits.",
            ["Canon EOS 6D", "Samyang 14mm f/2.8"],
        ),
        (
            "Appareil Nikon Z6 avec un Samyang 24mm f/1.4. Avec un objectif de 24 mm, pas "
            "besoin de suivi.",
            ["Nikon Z6", "Samyang 24mm f/1.4"],
        ),
        (
            "Câmera Canon EOS Rebel T7 e lente Canon EF 75-300mm. Com a lente de 75-300mm "
            "deu para pegar os painéis.",
            ["Canon EOS Rebel T7", "Canon EF 75-300mm"],
        ),
    ],
)
def test_a_lens_named_again_by_its_focal_length_is_the_same_lens(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


def test_a_lens_named_only_by_its_focal_length_is_an_item() -> None:
    assert _items("I only had my Canon 80D and a 50mm lens.") == ["Canon 80D", "50mm lens"]
