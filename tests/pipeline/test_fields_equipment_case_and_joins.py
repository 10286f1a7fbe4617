"""equipment: a Turkish kind with a case suffix glued after the name ("Manfrotto Compact Action
tripoduna": onto the tripod), a Basque kind after it ("Lunt LS60THa eguzki-teleskopioa", "AZ-GTi
muntaia") and "and" in a script with no capitals opening a listed item (", और Simpex 3500", ", و
Samyang 14mm") are no part of the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media


def _items(text: str) -> list[str]:
    return list(find_equipment(text, Media(items=())))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Ekipman: Fujifilm X-T30, Manfrotto Compact Action tripoduna takılı",
            "Manfrotto Compact Action",
        ),
        ("Ekipman: Nikon D5600, Benro A1573F tripodunda.", "Benro A1573F"),
        ("Tresneria: Lunt LS60THa eguzki-teleskopioa, ZWO ASI174MM kamera.", "Lunt LS60THa"),
        ("Tresneria: ZWO ASI174MM kamera eta Sky-Watcher AZ-GTi muntaia.", "Sky-Watcher AZ-GTi"),
        ("उपकरण: Canon EOS 1500D कैमरा, Tamron 17-35 लेंस, और Simpex 3500 ट्राइपॉड।", "Simpex 3500"),
        ("الأدوات: Canon EOS 90D، و Samyang 14mm، مع Manfrotto Befree", "Manfrotto Befree"),
    ],
)
def test_a_kind_in_a_case_or_a_leading_and_is_no_part_of_the_name(text: str, item: str) -> None:
    items = _items(text)
    assert item in items
    assert not any(
        i.startswith(("और", "و ", "مع")) or i.endswith(("tripoduna", "muntaia")) for i in items
    )


def test_a_model_word_like_a_kind_stays() -> None:
    assert "Manfrotto Compact Action" in _items("Tripod: Manfrotto Compact Action, ISO 1600.")
