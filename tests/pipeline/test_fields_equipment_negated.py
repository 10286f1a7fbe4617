"""equipment: an instrument the mail says was not used ("not … but", "this time not") is no
item, in any language, and a negation about something else leaves the other instruments of
the sentence alone."""

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
        ("Nikon Z5 and a Sigma 105mm, without the 3x Barlow tonight.", ["Nikon Z5", "Sigma 105mm"]),
        ("Fujifilm X-T3 mit Samyang 12mm, ohne den 2x Barlow.", ["Fujifilm X-T3", "Samyang 12mm"]),
        (
            "Pentax K-1 avec un Tamron 70-200mm, sans ma barlow 2x.",
            ["Pentax K-1", "Tamron 70-200mm"],
        ),
        ("Canon R8 con Laowa 15mm, sin la Barlow 2x esta vez.", ["Canon R8", "Laowa 15mm"]),
        ("Nikon Z6 con Viltrox 13mm, senza Barlow 2.5x.", ["Nikon Z6", "Viltrox 13mm"]),
        ("Sony A7C z Sigma 24mm, bez Barlowa 2x Baader.", ["Sony A7C", "Sigma 24mm"]),
        (
            "Canon 90D och Tokina 11-20mm, utan 2x Barlow den gången.",
            ["Canon 90D", "Tokina 11-20mm"],
        ),
        ("Olympus E-M1 med Laowa 9mm, uden 2x Barlow.", ["Olympus E-M1", "Laowa 9mm"]),
        ("sony a6000 + samyang 12mm, 3x barlow yok bu gece", ["sony a6000", "samyang 12mm"]),
        ("Canon 6D, Samyang 14mm, 바로우 2x 없이", ["Canon 6D", "Samyang 14mm"]),
        ("Celestron C8 и ZWO ASI462MC, без 2x Barlow.", ["Celestron C8", "ZWO ASI462MC"]),
        ("Nikon D810 ja Sigma 20mm, ilman 2x Barlowia.", ["Nikon D810", "Sigma 20mm"]),
        ("Nikon D810 e Sigma 20mm, sem a Barlow 2x desta vez.", ["Nikon D810", "Sigma 20mm"]),
        ("Pentax K-70 with a Sigma 17-50mm, no 2x Barlow on it.", ["Pentax K-70", "Sigma 17-50mm"]),
        ("Canon 250D और Laowa 12mm, 3x Barlow के बिना।", ["Canon 250D", "Laowa 12mm"]),
        ("器材：Nikon Z5，Viltrox 20mm，没用2倍巴洛镜", ["Nikon Z5", "Viltrox 20mm"]),
        ("Sony A7S + Sigma 35mm, barlow 2x gabe.", ["Sony A7S", "Sigma 35mm"]),
    ],
)
def test_an_instrument_said_not_to_be_used_is_no_item(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Equipment: Canon 6D, Samyang 14mm, 2x Barlow not used", ["Canon 6D", "Samyang 14mm"]),
        ("Ausrüstung: Nikon Z6, Baader 2,25x Barlow nicht benutzt", ["Nikon Z6"]),
        ("Matériel : Sony A7 III, pas de reducer, aucun filtre", ["Sony A7 III"]),
        ("Sprzęt: Canon 250D, bez filtra Baader, statyw", ["Canon 250D", "statyw"]),
        ("Felszerelés: Nikon D750, Barlow nélkül", ["Nikon D750"]),
        ("Equipamento: Canon EOS 80D, sem tripé Innorel RT-90C", ["Canon EOS 80D"]),
    ],
)
def test_a_labelled_piece_that_says_not_used_is_no_item(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the negation is about the sky or a mount the sender lacked: the rest was used
        ("Canon 6D with a Samyang 14mm, no clouds at all.", ["Canon 6D", "Samyang 14mm"]),
        (
            "Without a tracking mount I could not go past 2 s, so the Nikon D750 sat on a "
            "Manfrotto tripod.",
            ["Nikon D750", "Manfrotto tripod"],
        ),
        ("Ohne Wolken war es leicht: Nikon Z6 mit Samyang 24mm.", ["Nikon Z6", "Samyang 24mm"]),
        ("Sans nuages, Canon R6 et Sigma 14mm.", ["Canon R6", "Sigma 14mm"]),
        # Portuguese "no" is "on the": the tripod was used
        (
            "Equipamento: Canon EOS 80D, no tripé Innorel RT-90C",
            ["Canon EOS 80D", "Innorel RT-90C"],
        ),
        ("Fotografei com a Canon 6D acoplada no Celestron C8.", ["Canon 6D", "Celestron C8"]),
    ],
)
def test_a_negation_about_something_else_keeps_the_instruments(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Canon R6 and Sigma 14mm. Normally I add the Optolong L-eNhance, but I left it at "
            "home tonight.",
            ["Canon R6", "Sigma 14mm"],
        ),
        (
            "Nikon Z6 con Samyang 24mm. Di solito porto la Sky-Watcher Star Adventurer GTi, ma "
            "stavolta non l'ho portata.",
            ["Nikon Z6", "Samyang 24mm"],
        ),
        (
            "Sony A7 III, Tamron 17-28mm. Normalde Baader Morpheus 17.5mm da takarım ama bu kez "
            "yanıma almadım.",
            ["Sony A7 III", "Tamron 17-28mm"],
        ),
        (
            "Canon 6D mit Samyang 14mm. Sonst nehme ich den Kenko Skytracker mit, aber ich habe "
            "ihn zu Hause gelassen.",
            ["Canon 6D", "Samyang 14mm"],
        ),
        ("I forgot to pack my Celestron Barlow, so the Canon 6D ran bare.", ["Canon 6D"]),
        ("La Canon 6D, mais mon Kenko Skytracker est resté à la maison.", ["Canon 6D"]),
    ],
)
def test_an_instrument_left_at_home_is_no_item(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # forgetting or leaving something that is no instrument keeps the gear
        ("I forgot how cold it was; Canon 6D with a Samyang 14mm.", ["Canon 6D", "Samyang 14mm"]),
        ("The iOptron SkyGuider Pro tracker worked well.", ["iOptron SkyGuider Pro"]),
        (
            "Nikon D750 e Sigma 14mm, ma il cavalletto l'ho lasciato a casa.",
            ["Nikon D750", "Sigma 14mm"],
        ),
        (
            "Canon R6 ile çektim, Sigma 14mm ile. Bu arada şemsiyemi yanıma almadım.",
            ["Canon R6", "Sigma 14mm"],
        ),
        ("Ich hatte die Nikon Z6 dabei, den Regenschirm habe ich vergessen.", ["Nikon Z6"]),
    ],
)
def test_something_else_left_at_home_keeps_the_instruments(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Felszerelés: ezúttal nem a Skymax 127-es Makszutovval, hanem fotóobjektívvel: "
            "Canon EOS 250D + Canon EF-S 10-18mm f/4.5-5.6 IS STM, Sky-Watcher Star Adventurer "
            "GTi mechanikán",
            [
                "Canon EOS 250D",
                "Canon EF-S 10-18mm f/4.5-5.6 IS STM",
                "Sky-Watcher Star Adventurer GTi",
            ],
        ),
        (
            "Felszerelés: ma nem a Celestron C8, hanem egy Samyang 14 mm-es objektív, Canon EOS R6",
            ["Samyang 14 mm", "Canon EOS R6"],
        ),
        (
            "Equipment: this time not the Skymax 127 but a Samyang 14mm f/2.8 on a Canon EOS R6",
            ["Samyang 14mm f/2.8", "Canon EOS R6"],
        ),
        (
            "Ausrüstung: diesmal nicht das Skymax 127, sondern ein Samyang 14mm f/2.8 an der Canon EOS R6",
            ["Samyang 14mm f/2.8", "Canon EOS R6"],
        ),
        (
            "Attrezzatura: stavolta non il Mak Skymax 127 ma un Samyang 14mm f/2.8 su Canon EOS R6",
            ["Samyang 14mm f/2.8", "Canon EOS R6"],
        ),
        (
            "Ausrüstung: heute ohne Barlow, Celestron C8 und ZWO ASI462MC",
            ["Celestron C8", "ZWO ASI462MC"],
        ),
    ],
)
def test_an_instrument_set_aside_by_not_but_is_no_item(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Equipment: not only the Canon EOS R6 but also a Samyang 14mm f/2.8",
        "Ausrüstung: nicht nur die Canon EOS R6, sondern auch das Samyang 14mm f/2.8",
        "Felszerelés: nem csak a Canon EOS R6, hanem a Samyang 14mm f/2.8",
        "Attrezzatura: non solo la Canon EOS R6 ma anche il Samyang 14mm f/2.8",
    ],
)
def test_not_only_but_also_keeps_both_instruments(text: str) -> None:
    assert _items(text) == ["Canon EOS R6", "Samyang 14mm f/2.8"]
