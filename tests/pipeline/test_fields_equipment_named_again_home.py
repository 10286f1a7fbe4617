"""equipment (issue 13, batch-31): an instrument named, then after "but" named again by its kind
with the words that it stayed at home ("svojim Sky-Watcher 200P teleskopom, ali sam teleskop i
montažu EQ5 ostavio kod kuće") is no item, in Bosnian, Croatian, Serbian, Slovenian, Macedonian,
English and German; the verb before "at home" without its "I have" says it too. Another kind
after "but" is another instrument: the one named stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


USED = "\n\nOprema: Nikon D750 + Tamron SP 15-30mm f/2.8"


@pytest.mark.parametrize(
    "sentence",
    [
        "Htio sam snimati svojim Sky-Watcher 200P teleskopom, ali sam teleskop i montažu EQ5 ostavio kod kuće.",
        "Хтео сам да снимам Sky-Watcher 200P телескопом, али сам телескоп и монтажу EQ5 оставио код куће.",
        "Hotel sem uporabiti Sky-Watcher 200P teleskop, ampak sem teleskop in montažo EQ5 pustil doma.",
        "Сакав да го користам Sky-Watcher 200P телескопот, но телескопот го оставив дома.",
        "I meant to use my Sky-Watcher 200P telescope, but the telescope stayed at home.",
        "Ich wollte mein Sky-Watcher 200P Teleskop nehmen, aber das Teleskop ist zu Hause geblieben.",
    ],
)  # fmt: skip
def test_an_instrument_named_again_by_its_kind_that_stayed_home_is_none(sentence: str) -> None:
    items = _items(sentence + USED)
    assert "Nikon D750" in items
    assert not any(i.startswith(("Sky-Watcher", "EQ5")) for i in items)


@pytest.mark.parametrize(
    "sentence",
    [
        "Montažu EQ5 ostavio sam kod kuće.",
        "Montažu EQ5 sam ostavio kod kuće.",
        "Montaža EQ5 ostala je kod kuće.",
        "Монтажа EQ5 остала је код куће.",
    ],
)
def test_the_verb_before_at_home_without_i_have_says_it_stayed(sentence: str) -> None:
    assert "EQ5" not in _items(sentence + USED)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Snimio sam Sky-Watcher 200P teleskopom, ali sam fotoaparat ostavio kod kuće.", "Sky-Watcher 200P"),
        ("Hotel sem uporabiti Sky-Watcher 200P teleskop, ampak sem fotoaparat pustil doma.", "Sky-Watcher 200P"),
        ("I shot with my Sky-Watcher 200P telescope, but the camera bag stayed at home.", "Sky-Watcher 200P telescope"),
        ("Snimio sam Sky-Watcher 200P teleskopom, ali je porodica ostala kod kuće.", "Sky-Watcher 200P"),
    ],
)  # fmt: skip
def test_another_kind_or_subject_after_but_leaves_the_instrument(sentence: str, kept: str) -> None:
    assert kept in _items(sentence + USED)
