"""location, batch-39: a site one stood on "above" a town, and a region narrowed by a town
"near" which after its comma. "s vidikovca na Marjanu iznad Splita" (from the viewpoint on
Marjan above Split): the "over" word places the site, the station did not pass over Split;
the town is never the place. "в Карпатах, біля Ворохти" (in the Carpathians, near Vorokhta):
the town after the comma narrows the region before it, and is the place where its base
form is certain."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_cases import base_form, declined_place
from ipom_mail.pipeline.fields.place_declined import cased_over_town
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    "text",
    [
        "Šaljem fotografiju ISS-a snimljenu s vidikovca na Marjanu iznad Splita.",
        "Zdjęcie zrobiłem na Górze Gradowej nad Gdańskiem, stacja leciała wysoko.",
        "Fotil jsem na Svatém Kopečku nad Olomoucí, ISS letěla vysoko.",
        "Snimio sam ISS na Sljemenu iznad Zagreba.",
    ],
)  # fmt: skip
def test_a_town_below_the_site_one_stood_on_is_no_town_passed_over(text: str) -> None:
    assert cased_over_town(text) is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Snimio sam ISS iznad Splita sinoć u 20:14.", "Split"),
        ("Przelot ISS nad Gdańskiem, wczoraj o 19:02.", "Gdańsk"),
        ("Fotka ISS nad Olomoucí, v pátek večer.", "Olomouc"),
    ],
)  # fmt: skip
def test_a_town_the_station_passed_over_is_still_read(text: str, town: str) -> None:
    assert cased_over_town(text) == town


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS iznad Splita", "Pozdrav!\n\nŠaljem svoju fotografiju ISS-a snimljenu s vidikovca na Marjanu iznad Splita.\nU kadru su i svjetla luke.\n\nLijep pozdrav,\nIvana\n"),
        ("ISS nad Ljubljano", "Pozdravljeni,\n\nv torek zvečer sem bil na Rožniku nad Ljubljano in ujel ISS.\n\nLep pozdrav,\nLuka\n"),
        ("Przelot ISS", "Dzień dobry,\n\nzdjęcie zrobiłem na Górze Gradowej nad Gdańskiem, stacja leciała wysoko.\n\nPozdrawiam\nJan\n"),
    ],
)  # fmt: skip
def test_a_mail_taken_on_a_site_above_a_town_never_gives_the_town(subject: str, body: str) -> None:
    assert mail_place(subject, body) is None  # the site's base form is not certain


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Олена знімала минулого четверга в Карпатах, біля Ворохти, вперше сама, без моєї допомоги, і дуже пишається.", "Ворохта"),
        ("Pošiljam fotografijo preleta. Fotografiral sem v Alpah, pri Kranjski Gori, v torek zvečer, ko je bilo jasno.", "Kranjska Gora"),
        ("Отправляю свой снимок станции. Снимал на даче в Подмосковье, под Звенигородом, вчера вечером, погода была ясная.", "Звенигород"),
        ("Надсилаю своє фото станції. Знімав у Житомирі, біля Ратуші, вчора ввечері, з друзями.", "Житомир"),  # no town: the first
        ("Przesyłam zdjęcie stacji. Zdjęcie zrobione wczoraj w Zakopanem, koło Gubałówki, w piątek wieczorem.", "Zakopane"),  # no town: the first
    ],
)  # fmt: skip
def test_a_region_is_narrowed_by_the_town_near_which_after_its_comma(text: str, place: str) -> None:
    assert declined_place(text) == place


def test_a_ukrainian_genitive_after_near_or_from_is_put_back() -> None:
    assert base_form("Ворохти", ("uk",)) == "Ворохта"
    assert base_form("Полтави", ("uk",)) == "Полтава"


def test_a_whole_mail_with_a_region_then_a_town_near_which() -> None:
    body = (
        "Добрий день!\n\nНадсилаю фото МКС. Олена знімала минулого четверга в Карпатах, біля"
        " Ворохти, вперше сама.\n\nНа фото станція пролітає над хребтом Чорногори.\n\n"
        "З повагою,\nІгор Ткаченко\n"
    )
    assert mail_place("Фото МКС", body) == "Ворохта"
