"""location, issue 13: a place written in a case ending (Slavic, Finnish) or after a
Bulgarian "from" is given in its base form where GeoNames makes it certain: exactly one form
the language's case endings put back (data/locatives.toml [case_bases]) is a place of the
language's country, by its own name or by its name in Cyrillic. None otherwise: a village
GeoNames does not know, a stem two towns share, an adjective made from a town's name."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_cases import base_form, declined_place
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS nad Jindřichovým Hradcem", "Posílám snímek ISS, která včera v 17:44 SEČ přeletěla nad zámkem\nv Jindřichově Hradci. Fotoaparát Nikon Z6 II.\n", "Jindřichův Hradec"),
        ("Prijava – ISS iznad Višnjana", "U prilogu šaljem fotografiju ISS-a snimljenu u Višnjanu, ispred kupole zvjezdarnice.\nUsput, ako ste u Zagrebu, 19. studenoga držim predavanje.\n", "Višnjan"),
        ("ISS nad Črnim Vrhom", "Pošiljam fotografijo preleta ISS, posneto včeraj zvečer na Črnem Vrhu nad Idrijo, pri observatoriju.\n", "Črni Vrh"),
        ("IPOM: МКС над Чернівцями", "Надсилаю фото МКС над Резиденцією митрополитів у Чернівцях, зняте вчора ввечері.\n", "Чернівці"),
        ("ISS ja revontulet", "Lähetän kuvasarjan ISS:n ylilennosta Sodankylässä torstaina 29.10.2026.\n", "Sodankylä"),
        ("Транзит на МКС пред Луната", "Изпращам ви снимка на транзит на МКС пред Луната, заснет от\nБелоградчик на 22.11.2026 г. в 21:04:33 ч. българско време.\n", "Белоградчик"),
        ("Przelot ISS", "Przesyłam zdjęcie ISS zrobione wczoraj w Krakowie, z bulwarów nad Wisłą.\n", "Kraków"),
        ("Zdjęcie ISS – konkurs", "Przesyłam zdjęcie stacji nad Giewontem. Zdjęcie zrobiłem w Zakopanem, z Gubałówki, w piątek wieczorem.\n", "Zakopane"),
        ("Фото МКС", "Надсилаю свій знімок станції, зроблений у неділю ввечері у Житомирі, з даху нашого будинку.\n", "Житомир"),
        ("Фото МКС над замком", "Надсилаю своє фото станції над Ужгородським замком. Знімок зроблено в Ужгороді у четвер увечері.\n", "Ужгород"),
        ("Фота МКС", "Вось мой здымак МКС, якая праляцела над Нацыянальнай бібліятэкай у Мінску ўчора ўвечары.\n", "Мінск"),
    ],
)  # fmt: skip
def test_a_place_in_a_case_ending_is_its_base_form_where_geonames_makes_it_certain(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Wetlina or Wetlin: GeoNames knows neither, and the adjective is no town
        ("Przelot nad Bieszczadami", "Przesyłam zdjęcie ISS nad połoniną, zrobione w czwartek w Wetlinie w Bieszczadach.\nStacja przeleciała nad Połoniną Wetlińską.\n"),
        # Tarnów and the village Tarnowa are both places whose case this could be
        ("Przelot ISS", "Przesyłam zdjęcie ISS zrobione wczoraj w Tarnowie, z rynku.\n"),
        # a declined word that is no place: a person
        ("Przelot ISS", "Przesyłam zdjęcie ISS zrobione wczoraj z Jankiem, moim bratem.\n"),
        # Helsinki's inessive changes its stem: its base form is never guessed
        ("ISS Helsingissä", "Lähetän kuvan ISS:n ylilennosta Helsingissä eilen illalla.\n"),
    ],
)  # fmt: skip
def test_a_name_whose_base_form_is_not_certain_gives_no_place(subject: str, body: str) -> None:
    assert mail_place(subject, body) is None


@pytest.mark.parametrize(
    ("name", "lang", "base"),
    [
        ("Českých Budějovicích", "cs", "České Budějovice"),
        ("Львові", "uk", "Львів"),
        ("Subotici", "sr", "Subotica"),
        ("Суботици", "sr", "Суботица"),
        ("Казани", "ru", "Казань"),
        ("Oulussa", "fi", "Oulu"),
        ("Praze", "cs", None),  # Praha: its ending changes a consonant, never guessed
        ("Połoniny Wetlińskiej", "pl", None),  # a mountain pasture named after the village
        ("Tarnowie", "pl", None),  # Tarnów or Tarnowa
        ("Zakopanem", "pl", "Zakopane"),
        ("Житомирі", "uk", "Житомир"),
        ("Одесі", "uk", "Одеса"),
        ("Мінску", "be", "Мінск"),
        ("Мінскі", "be", None),  # an adjective made from the town's name, no case of it
    ],
)  # fmt: skip
def test_each_word_is_put_back_by_its_languages_endings(
    name: str, lang: str, base: str | None
) -> None:
    assert base_form(name, (lang,)) == base


def test_after_a_lead_the_first_name_is_the_place_or_nothing() -> None:
    text = "Zdjęcie zrobione w Wetlinie, potem pojechałem do domu w Krakowie i tam je obrobiłem."
    assert declined_place(text) is None  # never the later town in its stead
