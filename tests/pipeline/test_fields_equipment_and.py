"""equipment, issue 13: a lens series before its maker is part of the lens ("AF-S Nikkor");
an "and" that ends a line of a wrapped list of instruments is no
part of the instrument before it ("cámara ZWO ASI462MC y / Barlow …")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import text_items


@pytest.mark.parametrize(
    ("text", "camera"),
    [
        ("Equipo: montura Sky-Watcher EQ6-R, cámara ZWO ASI462MC y\nBarlow Baader 2.25x.", "ZWO ASI462MC"),
        ("Attrezzatura: Skywatcher 150/750 su EQ5, camera ZWO ASI224MC e\nBarlow GSO 2x.", "ZWO ASI224MC"),
        ("Ausrüstung: Celestron C9.25 auf CEM60, Kamera ZWO ASI183MM und\nBarlow TeleVue 2x.", "ZWO ASI183MM"),
    ],
)  # fmt: skip
def test_an_and_ending_a_wrapped_line_is_no_part_of_the_instrument(text: str, camera: str) -> None:
    items = text_items(text)
    assert camera in items
    assert not any(i.startswith(camera) and i != camera for i in items)


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Gear: Nikon Z6 II, AF-S Nikkor 14-24mm f/2.8G ED, Benro tripod", "AF-S Nikkor 14-24mm f/2.8G ED"),
        ("Objektiv: AF-P Nikkor 10-20mm f/4.5-5.6G VR", "AF-P Nikkor 10-20mm f/4.5-5.6G VR"),
        ("Objectif : AF-S Nikkor 20mm f/1.8G ED", "AF-S Nikkor 20mm f/1.8G ED"),
        ("Nikon D7500 mit dem AF-P Nikkor 10-20mm, auf Stativ", "AF-P Nikkor 10-20mm"),
    ],
)  # fmt: skip
def test_a_lens_series_before_its_maker_is_part_of_the_lens(text: str, lens: str) -> None:
    assert lens in text_items(text)
