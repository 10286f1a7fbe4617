"""equipment, issue 13: an "and" that ends a line of a wrapped list of instruments is no
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
