"""location, issue 13: the place is where the photo was taken from, never the landmark
the station passed over, a region one sends greetings from, a settlement's kind word or
one's own rooftop."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_cjk import cjk_place
from ipom_mail.pipeline.fields.place_echo import echoed_place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("ISS over kirka på Ringsaker, tatt fra hytta mi på Brumunddal.", "Brumunddal"),
        ("ISS over fyret på Lindesnes, tatt fra hytten vår på Spangereid.", "Spangereid"),
        ("ISS över fyren på Hoburgen, tagen från stugan vid Burgsvik.", "Burgsvik"),
        ("The ISS over the lighthouse at Souter, taken from the beach at Whitburn.", "Whitburn"),
    ],
)  # fmt: skip
def test_the_place_taken_from_beats_the_landmark_passed_over(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "Min bild på ISS som passerar över Lilla Karlsö, fyren vid kusten.",
        "The ISS passing over St Aidan, the church on the hill, last night.",
        "ISS over Vardehaug, fyret ute i havet.",
    ],
)  # fmt: skip
def test_a_landmark_the_mail_calls_so_is_never_the_place(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    "body",
    [
        "Die ISS zog über den Gipfel.\n\nLiebe Grüße aus Tirol\nAnna",
        "The ISS crossed the Plough.\n\nKind regards from Yorkshire\nTom",
        "La ISS cruzó el cielo.\n\nSaludos desde Andalucía\nLuis",
    ],
)  # fmt: skip
def test_a_region_one_sends_greetings_from_is_not_the_place(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("Přelet ISS nad Šumavou", "Foceno z obce Stachy na Šumavě, 22:10 SELČ.", "Stachy"),
        ("ISS nad Oravou", "Odfotené z obce Zuberec na Orave.", "Zuberec"),
        ("МКС над Селигером", "Снято из деревни Осташково на Селигере.", "Осташково"),
    ],
)  # fmt: skip
def test_a_village_named_after_its_kind_is_the_name_alone(
    subject: str, body: str, place: str
) -> None:
    assert echoed_place(subject, body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("在杭州市西湖区自家楼顶拍摄的。", "杭州市西湖区"),
        ("昨晚在成都我家阳台拍的。", "成都"),
        ("在广州天河区屋顶拍摄。", "广州天河区"),
        ("在石家庄拍摄的。", "石家庄"),
    ],
)  # fmt: skip
def test_a_chinese_rooftop_after_the_district_is_not_part_of_the_place(
    body: str, place: str
) -> None:
    assert cjk_place(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Снимал из деревни Малые Вязёмы в ночь на субботу.", "Малые Вязёмы"),
        ("Vyfoceno z obce Horní Planá, 22:10 SELČ.", "Horní Planá"),
        ("Zdjęcie zrobione z wsi Murzasichle w sobotę.", "Murzasichle"),
        ("Знято біля села Яремче.", "Яремче"),
        ("Снято у деревни Ивановка Московской области.", None),
    ],
)  # fmt: skip
def test_a_village_after_its_declined_kind_is_its_name_as_written(
    body: str, place: str | None
) -> None:
    assert find_location(body) == place
