"""equipment: a labelled value in Hindi, Thai, Vietnamese, Indonesian, Swahili or Catalan
("उपकरण:", "Vifaa:", "Equip:") is cut into its instruments, its kind and joining words left out."""

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
        (
            "उपकरण: Sony A7 III कैमरा और Sigma 24mm f/1.4 DG HSM Art लेंस, Sky-Watcher Star"
            " Adventurer 2i ट्रैकर पर।",
            ["Sony A7 III", "Sigma 24mm f/1.4 DG HSM Art", "Sky-Watcher Star Adventurer 2i"],
        ),
        (
            "कैमरा: Canon EOS 1500D\nलेंस: Canon EF-S 10-18mm\nट्राइपॉड: Digitek DTR 550 LW",
            ["Canon EOS 1500D", "Canon EF-S 10-18mm", "Digitek DTR 550 LW"],
        ),
    ],
)
def test_a_hindi_label_with_kind_and_joining_words_gives_the_instruments_alone(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("อุปกรณ์: กล้อง Canon EOS RP บนขาตั้งกล้อง Benro", ["Canon EOS RP", "ขาตั้งกล้อง Benro"]),
        (
            "Thiết bị: máy ảnh Canon 6D với ống kính Samyang 14mm trên chân máy Benro",
            ["Canon 6D", "Samyang 14mm", "chân máy Benro"],
        ),
        (
            "Alat: teleskop Sky-Watcher Skymax 127 dengan kamera ZWO ASI224MC",
            ["Sky-Watcher Skymax 127", "ZWO ASI224MC"],
        ),
        ("Vifaa: darubini Celestron C8 na kamera ZWO ASI462MC", ["Celestron C8", "ZWO ASI462MC"]),
    ],
)
def test_a_labelled_value_in_thai_vietnamese_indonesian_or_swahili_is_cut_into_instruments(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


def test_the_catalan_label_equip_reads_a_list() -> None:
    text = "Equip: una Canon EOS 90D amb un Tamron 18-400 mm sobre un trípode Benro Rhino."
    assert _items(text) == ["Canon EOS 90D", "Tamron 18-400 mm", "Benro Rhino"]
