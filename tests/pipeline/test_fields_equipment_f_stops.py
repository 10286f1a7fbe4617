"""equipment: an aperture written with the local word for the f-stop ("Blende 2,2",
"diaframma f/2.8", "絞りF2.8") is an exposure setting, never an instrument; a lens named with
its own f-ratio stays whole."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kamera: Nikon Z6 II, 15 s, Blende 2,2, ISO 800", "Nikon Z6 II"),
        ("Attrezzatura: Sony A7 III, 10 s, diaframma f/2.8, ISO 1600", "Sony A7 III"),
        ("Equipo: Canon EOS R6, 8 s, diafragma 2,8, ISO 3200", "Canon EOS R6"),
        ("Sprzęt: Nikon D750, 20 s, przysłona 2.8, ISO 800", "Nikon D750"),
        ("Utrustning: Sony A7S, 10 s, bländare 2,8, ISO 1600", "Sony A7S"),
        ("Kamera: Canon EOS 6D, 15 s, aukko 2,8, ISO 1600", "Canon EOS 6D"),
        ("Камера: Canon EOS 6D, 15 с, диафрагма 2,8, ISO 1600", "Canon EOS 6D"),
        ("機材：Nikon Z6, 絞り F2.8, ISO 1600", "Nikon Z6"),
        ("器材：Nikon Z6，光圈 f/2.8，ISO 1600", "Nikon Z6"),
    ],
)
def test_a_local_f_stop_word_with_its_number_is_no_instrument(text: str, kept: str) -> None:
    items = _items(text)
    assert kept in items
    assert not any(any(c.isdigit() for c in i) and i not in (kept,) for i in items), items


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Kamera: Nikon Z6 II mit Nikkor Z 20 mm f/1.8 S, Blende 2,2", "Nikkor Z 20 mm f/1.8 S"),
        ("Equipo: Sony A7 III, Samyang 14mm F2.8, diafragma 4", "Samyang 14mm F2.8"),
    ],
)
def test_a_lens_named_with_its_f_ratio_stays_whole(text: str, lens: str) -> None:
    # trap: the lens's own "f/1.8" is part of its name, the f-stop word's number is not
    assert lens in _items(text)
