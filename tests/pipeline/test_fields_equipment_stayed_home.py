"""equipment: an instrument a later part of its sentence says stayed at home, in the car or the
dome, or was not taken, is no item, in many languages; the instruments used in the same mail
stay, and words about something else after an instrument leave it alone."""

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
        "My Celestron C8 stayed at home this time.",
        "Mein Celestron C8 ist diesmal zu Hause geblieben, zu windig.",
        "Mijn Celestron C8 bleef thuis.",
        "La lunette Takahashi FSQ-106 du club est restée au local à Gap.",
        "Il Celestron C8 è rimasto a casa stavolta.",
        "El Celestron C8 se quedó en casa.",
        "O Celestron C8 ficou em casa desta vez.",
        "Teleskopu Sky-Watcher 150/750 tym razem nie brałem – za ciężki.",
        "Celestron C8 zůstal doma.",
        "Celestron C8 на этот раз остался дома.",
        "Celestron C8 цього разу залишився вдома.",
        "Celestron C8 jäi tällä kertaa kotiin.",
        "Celestron C8 jäi seekord koju.",
        "A Celestron C8 ezúttal otthon maradt.",
        "Celestron 9.25'i bu sefer evde, İstanbul'da bıraktım; geniş açı daha güzel.",
        "Celestron C8 stannade hemma den här gången.",
        "Celestron C8 ble hjemme.",
        "Το Celestron C8 έμεινε στο σπίτι.",
        "Celestron C8 a rămas acasă.",
        "Celestron C8 liko namuose.",
        "הטלסקופ Celestron C11 שלי נשאר בבית בתל אביב, לא היה לו מקום ברכב.",
        "تلسكوب Celestron C8 بقي في المنزل.",
        "تلسکوپ Celestron C8 در خانه ماند.",
        "집에 있는 셀레스트론 C8 망원경은 이번에 가져가지 않았습니다.",
        "Celestron C8は今回持って行かなかった。",
        "Celestron C8 这次没带。",
    ],
)
def test_an_instrument_that_stayed_home_is_dropped_and_the_gear_used_stays(sentence: str) -> None:
    assert _items(USED + sentence) == ["Nikon Z6", "Sigma 14mm f/1.8 Art"]


@pytest.mark.parametrize(
    "text",
    [
        "I had my Celestron 2x barlow in the eyepiece case but left it off, the field was tight.",
        "(I'd packed the iOptron SkyGuider Pro too, but the polar scope fogged up so it never "
        "came out of the bag.)",
    ],
)
def test_it_after_a_case_or_a_part_is_the_instrument_named_before(text: str) -> None:
    assert _items(USED + text) == ["Nikon Z6", "Sigma 14mm f/1.8 Art"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the gear used first in the sentence, the gear left at home after it
        ("Nikon D750 used, the Celestron C8 stayed at home.", ["Nikon D750"]),
        ("Canon 6D dabei, der Barlow blieb zu Hause.", ["Canon 6D"]),
        # something else stayed at home, not the instrument before it
        ("Shot with a Canon 6D while my family stayed at home.", ["Canon 6D"]),
        ("Nikon D750 von 2015, die Kinder sind zu Hause geblieben.", ["Nikon D750"]),
        # a number or another instrument between: the words are about that
        ("Canon 6D; at 23:10 the others stayed home.", ["Canon 6D"]),
        ("Sony A7 III and an old lens that I didn't use much before.", ["Sony A7 III"]),
        # "not only": both were used
        ("Celestron C8 and ZWO ASI462MC, both on the mount.", ["Celestron C8", "ZWO ASI462MC"]),
    ],
)
def test_the_words_are_about_the_thing_they_stand_by(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Canon 6D ma mio figlio è rimasto a casa.", ["Canon 6D"]),
        ("Nikon D750, mój syn został w domu.", ["Nikon D750"]),
        ("Sony A7 III und meine Frau ist zu Hause geblieben.", ["Sony A7 III"]),
        ("Canon R6 pendant que ma femme est restée à la maison.", ["Canon R6"]),
        ("Nikon Z6 kun perhe jäi kotiin.", ["Nikon Z6"]),
    ],
)
def test_someone_else_staying_home_leaves_the_instrument(text: str, items: list[str]) -> None:
    assert _items(text) == items
