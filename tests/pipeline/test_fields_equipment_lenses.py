"""equipment: a lens is one item with its focal range and aperture, and is named once; a kit
lens, a fisheye and a lens named by its kind and focal length, in Latin or Arabic script."""

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


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Equipment: Canon EOS M50 with the EF-M 15-45mm kit lens", "EF-M 15-45mm"),
        ("I used my Canon 2000D and the Canon EF-S 18-55mm kit lens.", "Canon EF-S 18-55mm"),
        ("Ausrüstung: Canon EOS 250D mit dem EF-S 18-55mm Kit-Objektiv", "EF-S 18-55mm"),
        # a lens named by its focal length alone keeps the words: a number names nothing
        ("Camera: Nikon D5600 with 18-55mm kit lens", "18-55mm kit lens"),
        ("nikon z50 w/ the 16-50 kit lens on my joby gorillapod", "16-50 kit lens"),
        ("Nikon D5600 and the kit lens.", "kit lens"),
    ],
)
def test_a_kit_lens_named_by_its_line_is_named_without_kit(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("canon 2000d + samyang 8mm fisheye на штативі manfrotto", "samyang 8mm fisheye"),
        ("Canon 6D + Sigma 15mm f/2.8 fish-eye", "Sigma 15mm f/2.8 fish-eye"),
        ("Nikon D750 with a Samyang 8mm f/3.5 Fisheye", "Samyang 8mm f/3.5 Fisheye"),
    ],
)
def test_a_fisheye_is_part_of_the_lens_name(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("المعدات: كاميرا نيكون D850 مع عدسة نيكور 14-24 مم f/2.8", "نيكور 14-24 مم f/2.8"),
        ("استخدمت كاميرا سوني A7 III مع عدسة سيجما 14 مم f/1.8", "سيجما 14 مم f/1.8"),
        ("تجهیزات: دوربین نیکون D750 با لنز سیگما 14mm", "سیگما 14mm"),
    ],
)
def test_a_lens_written_in_arabic_script_is_read_with_its_focal_length(
    text: str, lens: str
) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("foi com a canon t7 + lente 50mm f/1.8 no tripé velbon", "50mm f/1.8"),
        ("Nikon D750 con obiettivo 35 mm f/1.4 su treppiede", "35 mm f/1.4"),
        ("Sony A7 III mit Objektiv 24mm f/1.4", "24mm f/1.4"),
    ],
)
def test_a_lens_named_by_its_kind_and_focal_length_is_the_focal_length(
    text: str, lens: str
) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    "text",
    ["I zoomed the lens 50mm further", "Canon 6D, objectif 14mm f/2.8 Samyang"],
)
def test_a_focal_length_after_a_lens_kind_that_goes_on_names_no_lens_alone(text: str) -> None:
    assert not any(item[0].isdigit() for item in _items(text))
