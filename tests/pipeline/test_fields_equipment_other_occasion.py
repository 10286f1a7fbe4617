"""equipment: gear a sentence tells of as used on another night or at another time ("The night
before we had the Celestron C8 out for the planets", "上个月拍月凌时用的是朋友的星特朗C11") is
no item of the photo, in many languages; the gear after its "but", or named in the gear list
too, stays. A mount left at home with the verb after its "I have" ("Montáž Star Adventurer
som nechala doma") is no item either."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


USED = "Camera: Nikon Z6 with Sigma 14mm f/1.8 Art.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The night before we had the Celestron C8 out for Saturn.",
        "Last month I shot the Moon with a friend's Celestron C11.",
        "In der Nacht davor hatten wir das Celestron C8 für die Planeten aufgebaut.",
        "La veille, nous avions sorti le Celestron C8 pour Jupiter.",
        "La noche anterior usamos el Celestron C8 para los planetas.",
        "Poprzedniej nocy używaliśmy teleskopu Celestron C8 do planet.",
        "Предишната нощ бяхме с телескопа Celestron C8 за планетите.",
        "Накануне мы снимали планеты в Celestron C8.",
        "Geçen ay Celestron C8 ile Ay'ı çektim.",
        "上个月拍月凌时用的是朋友的星特朗C11，这次没有带。",
        "先月はセレストロン C8で月を撮りました。",
    ],
)
def test_gear_of_another_night_is_no_item(sentence: str) -> None:
    items = _items(USED + sentence)
    assert "Nikon Z6" in items
    assert not any("C8" in i or "C11" in i for i in items)


@pytest.mark.parametrize(
    "sentence",
    [
        "Montáž Star Adventurer som nechala doma, batoh bol ťažký.",
        "Montáž Star Adventurer jsem nechal doma.",
        "Монтировку Star Adventurer забыл дома.",
        "ポータブル赤道儀 Star Adventurer は家に忘れてしまったので、固定撮影です。",
    ],
)
def test_a_mount_left_at_home_with_the_verb_last_is_no_item(sentence: str) -> None:
    items = _items(USED + sentence)
    assert "Nikon Z6" in items
    assert not any("Star Adventurer" in i for i in items)


@pytest.mark.parametrize(
    "text",
    [
        # the gear after "but" was used
        "Last month I only had a phone, but this time I shot with the Canon EOS 6D.",
        "Предишната нощ валеше, но сега снимах с Canon EOS 6D.",
        # named in the gear list as well: the same camera both nights
        "Equipment: Canon EOS 6D.\n\nThe night before I had the Canon EOS 6D on the Moon too.",
        # a night that is the photo's own
        "Last night I shot the pass with the Canon EOS 6D.",
        # the occasion deep in the sentence, not opening it
        "I shot the pass with the Canon EOS 6D and my tripod from the garden, as the week before.",
    ],
)
def test_gear_used_for_the_photo_stays(text: str) -> None:
    assert "Canon EOS 6D" in _items(text)
