"""equipment, issue 13 (batch-42): a maker-like word before a number with a unit of distance,
temperature, weight or share names no instrument: Czech "asi 450 km" (about 450 km) is no ZWO
ASI camera, "Meade 30 km away" no telescope. The number of a model ("ASI 462MC", "Celestron
8") and a lens's or telescope's own units ("14 mm", "200 mm") stay."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment_scan import scan
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from tests.mailkit import mail_fields


@pytest.mark.parametrize(
    "sentence",
    [
        "V tu chvíli ISS letěla nad severní Itálií, asi 450 km od nás.",
        "Teplota byla asi 2 °C a nahoře foukalo.",
        "Stanice byla asi 420km vysoko.",
        "The Meade 30 km away was the club's, not mine.",
        "Bylo to asi 90 % oblohy.",
        "Vlhkost asi 85%, ale obloha čistá.",
    ],
)
def test_a_maker_like_word_before_a_measure_is_no_instrument(sentence: str) -> None:
    assert scan(sentence, gazetteer()) == []


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("Kamera ZWO ASI 462MC, asi 450 km od nás.", ["ZWO ASI 462MC"]),
        ("Objektiv Samyang 14 mm f/2.8 na stativu.", ["Samyang 14 mm f/2.8"]),
        ("Guided with a Skywatcher 200 mm finder.", ["Skywatcher 200 mm"]),
        ("Shot with the ASI 224 at 20 °C sensor temperature.", ["ASI 224"]),
    ],
)
def test_a_models_number_and_a_lens_unit_stay(sentence: str, items: list[str]) -> None:
    assert scan(sentence, gazetteer()) == items


def test_a_czech_mail_gives_its_gear_without_the_distance() -> None:
    body = (
        "Dobrý den,\n\nposílám přelet ISS nad Kletí, snímek vznikl 10. dubna 2027 ve 20:47 "
        "SELČ.\nFotoaparát Canon EOS 6D, objektiv Samyang 14 mm f/2.8.\n\nV tu chvíli ISS "
        "letěla nad Itálií, asi 450 km od nás.\n\nS pozdravem\nOndřej Novotný\n"
    )
    fields = mail_fields("ISS nad Kletí", body, "Ondřej Novotný <o@example.cz>")
    assert fields.equipment == ("Canon EOS 6D", "Samyang 14 mm f/2.8")
