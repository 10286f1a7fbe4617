"""A weekday read after a place's comma is no area of that place (blind batch 23, issue
13): "di Lembang, Jumat, 18 September 2026" is Lembang, never "Lembang, Jumat"; a
weekday inside a place's own name stays ("Boca Chica, Santo Domingo")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ini foto ISS yang saya ambil dari halaman Observatorium Bosscha di Lembang, Jumat,\n"
         "18 September 2026 pukul 18.47.30 WIB.", "Lembang"),
        ("Saya memotret ISS dari halaman rumah di Bandung, Sabtu,\n19 September 2026 pukul "
         "18.40 WIB.", "Bandung"),
        ("Foto der ISS über Bad Tölz, Samstag, 19. September 2026 um 20:47 MESZ.", "Bad Tölz"),
        ("Here is the ISS, shot from Boca Chica, Santo Domingo, on 18 September 2026.",
         "Boca Chica, Santo Domingo"),
        ("Location: Castlebar, Mayo", "Castlebar, Mayo"),
    ],
)  # fmt: skip
def test_a_weekday_after_a_places_comma_is_no_part_of_the_place(text: str, place: str) -> None:
    assert find_location(text) == place
