"""equipment, issue 13: an equipment line whose second sentence goes on with the list (a
maker, or a kind's word and a maker, and a name) gives that item too; a second sentence of
prose or settings, or one naming a maker alone, gives none."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import text_items


@pytest.mark.parametrize(
    ("line", "last"),
    [
        ("Equipment: Celestron C8 on a Celestron CGEM mount. Baader Solar Continuum filter on the front.",
         "Baader Solar Continuum filter"),
        ("Ausrüstung: Canon EOS 6D mit Sigma 14 mm f/1.8 Art. Stativ Manfrotto 055.", "Manfrotto 055"),
        ("Equipo: Sony A7 III con Sony FE 24mm f/1.4 GM. Trípode Benro Mach3.", "Benro Mach3"),
        ("Equipamento: Nikon Z6 com Nikkor Z 20mm f/1.8 S. Filtro Baader UHC-S.", "Baader UHC-S"),
    ],
)  # fmt: skip
def test_a_second_sentence_that_goes_on_with_the_list_gives_its_item(line: str, last: str) -> None:
    assert text_items(line)[-1] == last


@pytest.mark.parametrize(
    "line",
    [
        "Equipment: Nikon D750, Nikkor 20mm f/1.8. Hand-held against a fence post.",
        "Equipment: Sony A7S with Sony FE 24mm f/1.4 GM. Exposure 2 s at ISO 3200.",
        "Equipment: Canon EOS R6, Canon RF 15-35mm. Canon service fixed the shutter last year.",
        "Matériel : Nikon D850 et Samyang 14 mm f/2.8. Filtre Baader UHC-S devant l'objectif.",
    ],
)
def test_a_second_sentence_of_prose_settings_or_a_maker_alone_gives_nothing(line: str) -> None:
    assert len(text_items(line)) == 2
