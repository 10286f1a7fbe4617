"""equipment: a Soviet lens line named with its focal length and f-number after a slash, in
either script ("объектив Зенитар 16/2,8", "Zenitar 16/2.8"), is one instrument, its f-number
with it; a shutter time after it is no part of it."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media


def _items(text: str) -> list[str]:
    return list(find_equipment(text, Media(items=())))


@pytest.mark.parametrize(
    ("line", "lens"),
    [
        ("Техника: Canon EOS 90D, объектив Зенитар 16/2,8 (фишай), штатив.", "Зенитар 16/2,8"),
        ("Gear: Canon EOS 90D, Zenitar 16/2.8.", "Zenitar 16/2.8"),
        ("Техніка: Canon EOS 90D, об'єктив Зенітар 16/2,8.", "Зенітар 16/2,8"),
    ],
)
def test_a_soviet_lens_keeps_its_f_number(line: str, lens: str) -> None:
    assert lens in _items(line)


def test_a_shutter_time_after_a_soviet_lens_is_no_part_of_it() -> None:
    items = _items("Техника: Canon EOS 90D, объектив Гелиос 44-2, 1/60 с, ISO 800.")
    assert "Гелиос 44-2" in items
