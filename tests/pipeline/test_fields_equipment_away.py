"""equipment: an instrument the mail says was away for repair, lent to someone else, or never
used though brought (batch-42) is no item, in many languages; the gear used in the same mail
stays, and the same words about something else leave the instrument alone."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())
USED = "Camera: Nikon Z6 with Sigma 14mm f/1.8 Art.\n\n"


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    "sentence",
    [
        "Mijn H-alfa-kijker (Lunt LS60) staat nog bij de reparateur, anders had ik die gebruikt.",
        "My Lunt LS60 is at the repairer, otherwise I would have tried it.",
        "Mein Lunt LS60 ist gerade in Reparatur.",
        "Трекер Star Adventurer я позичила подрузі на інший вечір.",
        "Мой Celestron C8 сейчас в ремонте.",
        "Mon Lunt LS60 est en réparation.",
        "Il mio Lunt LS60 è in riparazione.",
        "Mój Celestron C8 jest w naprawie.",
        "Celestron C8 tamirde, o yüzden kullanamadım.",
        "Arkadaşım Emre'nin Canon 6D'sini de ödünç almıştım ama hiç kullanmadım.",
        "Eigentlich wollte ich mit meinem Skywatcher Evostar 120ED fotografieren, aber der ist "
        "seit Wochen zur Justage beim Händler.",
        "Nu am folosit montura Sky-Watcher EQ5 pe care o aveam în portbagaj.",
    ],
)
def test_an_instrument_away_lent_or_never_used_is_dropped(sentence: str) -> None:
    assert _items(USED + sentence) == ["Nikon Z6", "Sigma 14mm f/1.8 Art"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # someone else's gear went for repair; the instrument named stays
        ("Celestron C8, while my car was at the repairer.", ["Celestron C8"]),
        # borrowed and used: "pożyczyłem" says nothing of lending
        ("Pożyczyłem Canon 6D od kolegi i nim zrobiłem zdjęcie.", ["Canon 6D"]),
        # the lent item is another one than the one named first
        ("Nikon D750 used; my Barlow lent to a friend.", ["Nikon D750"]),
    ],
)
def test_words_of_repair_or_lending_about_something_else_leave_the_instrument(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "sentence",
    [
        "Mon ami Pierre m'avait prêté son filtre Optolong L-eNhance, mais pour le lendemain soir, "
        "pour la nébuleuse de la Rosette : il n'a pas servi pour l'ISS.",
        "Teleskop Celestron NexStar 127SLT milik kawan saya saya pinjam untuk malam esoknya; ia "
        "tidak digunakan untuk gambar ini.",
        "My friend lent me his Optolong L-eNhance for the nebula the next night; it wasn't used "
        "for this photo.",
        "Den Optolong L-eNhance hatte ich für den Nebel dabei, er kam nicht zum Einsatz.",
    ],
)
def test_an_instrument_a_later_clause_says_was_not_used_for_this_photo_is_dropped(
    sentence: str,
) -> None:
    assert _items(USED + sentence) == ["Nikon Z6", "Sigma 14mm f/1.8 Art"]


def test_an_instrument_in_the_gear_list_stays_though_a_clause_says_it_was_not_used_for_one_shot() -> (
    None
):
    text = (
        "Gear: Nikon Z6, Sigma 14mm f/1.8 Art, Optolong L-eNhance.\n\n"
        "For the first frames the Optolong L-eNhance wasn't used for the wide shot."
    )
    assert _items(text) == ["Nikon Z6", "Sigma 14mm f/1.8 Art", "Optolong L-eNhance"]
