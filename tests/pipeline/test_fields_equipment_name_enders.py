"""equipment: a word after an instrument's name that ends it: a kind with a Turkish case
ending ("teleskobuna": to the telescope), a word saying what the instrument is for or that a
motor drives it ("imaging", "motorisée"), and a maker written in Arabic script before its
model, which is part of the name."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ekipman: Sky-Watcher EQ5 montürüne takılı Nikon D7500", "Sky-Watcher EQ5"),
        ("Ekipman: Canon EOS 250D kamerasına bağlı 2x Barlow", "Canon EOS 250D"),
        ("Ekipman: Celestron C8 teleskobunda Sony A7 III ile çektim", "Celestron C8"),
        ("Ekipman: Sky-Watcher 150/750 teleskopla, ZWO ASI224MC", "Sky-Watcher 150/750"),
    ],
)
def test_a_turkish_kind_in_a_case_after_a_name_is_no_part_of_it(text: str, named: str) -> None:
    assert named in _items(text)
    assert not any(item.startswith(named + " ") for item in _items(text))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Scope: William Optics RedCat 51 imaging refractor", "William Optics RedCat 51"),
        ("Telescope: Celestron RASA 8 imaging astrograph, ZWO ASI2600MC", "Celestron RASA 8"),
        ("Mount: iOptron CEM26 equatorial mount", "iOptron CEM26"),
        ("Matériel : Canon EOS 6D sur une monture Vixen GP2 motorisée.", "Vixen GP2"),
        ("Equipo: Nikon Z6 sobre una montura Sky-Watcher HEQ5 motorizada", "Sky-Watcher HEQ5"),
        (
            "Attrezzatura: montatura Sky-Watcher EQ6-R equatoriale, Canon EOS 80D",
            "Sky-Watcher EQ6-R",
        ),
        ("Uitrusting: Sky-Watcher EQ3-2 gemotoriseerd, Canon EOS 2000D", "Sky-Watcher EQ3-2"),
    ],
)
def test_a_word_saying_what_an_instrument_is_for_or_how_it_turns_ends_its_name(
    text: str, named: str
) -> None:
    assert named in _items(text)
    assert not any(item.startswith(named + " ") for item in _items(text))


def test_a_maker_alone_before_a_describing_word_is_not_cut_to_the_maker() -> None:
    assert "QHY" not in _items("Camera: QHY imaging camera")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("المعدات: كاميرا نيكون Z6 II مع عدسة 24-70mm", "نيكون Z6 II"),
        ("المعدات: كاميرا كانون EOS R6 على حامل ثلاثي", "كانون EOS R6"),
        ("استخدمت عدسة سوني FE 200-600mm G على حامل Benro", "سوني FE 200-600mm G"),
    ],
)
def test_a_maker_written_in_arabic_script_starts_the_name_of_its_model(
    text: str, named: str
) -> None:
    assert named in _items(text)


def test_a_month_written_in_arabic_with_canon_s_arabic_name_is_no_camera() -> None:
    assert _items("صورت المحطة في كانون الثاني فوق دمشق") == []
