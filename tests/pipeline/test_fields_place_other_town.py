"""location, issue 13 (batch-25): the photo's place beside another town in the same mail (a
club's, a greeting's), read as written; a Vietnamese town GeoNames spells with another D; the
village after "at ours in" in the sentence of taking. Never the club's town, never a lake
passed over alone, never a place in another sentence."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_home_in import home_in_place
from ipom_mail.pipeline.fields.towns import is_town
from tests.mailkit import mail_place

_CLUB = (
    "\n\nThanks,\nFiona\n\n--\nFiona Marsden\nNewcastle Astronomical Society\nNewcastle upon Tyne"
)


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("Photo of the Month - ISS trail over Kielder",
         "The ISS over the Milky Way from the dark-sky park at Kielder, Northumberland, on Tuesday."
         + _CLUB, "Kielder, Northumberland"),
        ("Foto del mes – la ISS desde Tepoztlán",
         "Mi foto del paso de ayer, desde Tepoztlán, Morelos. La tomé a las 19:21.\n\n"
         "Saludos desde la CDMX,\nRodrigo", "Tepoztlán, Morelos"),
        ("ISS au-dessus de Gap", "Photo prise depuis Gap, Hautes-Alpes, hier soir.\n\n"
         "Amitiés,\nLuc\nClub Astro de Marseille", "Gap, Hautes-Alpes"),
    ],
)  # fmt: skip
def test_a_place_with_its_region_beats_the_clubs_town(subject: str, body: str, place: str) -> None:
    assert mail_place(subject, body) == place


def test_a_vietnamese_town_is_read_with_the_letter_the_mail_writes() -> None:
    assert is_town("Đà Lạt") and is_town("Ðà Lạt")  # GeoNames writes the Icelandic eth
    body = (
        "Em gửi ảnh Trạm bay ngang qua hồ Xuân Hương ở Đà Lạt, chụp tối qua.\n\n"
        "Em cảm ơn ạ!\nLan\nCLB Thiên văn nghiệp dư TP. Hồ Chí Minh"
    )
    assert mail_place("Gửi ảnh ISS", body) == "Đà Lạt"
    assert mail_place("Ảnh ISS", "Trạm bay ngang qua cầu Rồng ở Đà Nẵng.") == "Đà Nẵng"


def test_a_lake_passed_over_without_its_town_is_no_place() -> None:
    assert mail_place("Ảnh ISS", "Trạm bay ngang qua hồ Xuân Hương, chụp tối qua.") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Es ist die ISS, aufgenommen am Mittwoch, 11.11.2026, bei uns in\n"
         "St. Koloman vom Parkplatz am Trattberg aus.", "St. Koloman"),
        ("Gisteren bij ons in Dwingeloo gefotografeerd.", "Dwingeloo"),
        ("Taken last night at home in Kielder, a tiny village.", "Kielder"),
        # one's own garden, balcony or terrace between "at ours" and "in" (batch-37)
        ("Aufgenommen bei uns im Garten in Purkersdorf mit meinem Celestron C8.", "Purkersdorf"),
        ("Fotografiert bei mir auf dem Balkon in Mödling, gestern um 18 Uhr.", "Mödling"),
        ("Shot from the tripod in our back garden in Kielder, a tiny village.", "Kielder"),
        ("Gisteren bij ons in de tuin in Dwingeloo gefotografeerd.", "Dwingeloo"),
    ],
)  # fmt: skip
def test_the_village_at_the_senders_own_place_in_the_sentence_of_taking(
    text: str, place: str
) -> None:
    assert home_in_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Bei uns in Wien war es bewölkt. Also bin ich auf den Schneeberg gefahren.",
        "Bei uns in Linz regnet es seit Tagen. Aufgenommen habe ich es im Urlaub.",
        "Aufgenommen gestern, bei uns in der Sternwarte.",
        "Aufgenommen bei uns in Astronomischer Arbeitskreis Salzburg.",
        "Bei uns im Garten in Purkersdorf blüht es. Aufgenommen habe ich es am Kahlenberg.",
        "Our garden in Kielder was cloudy, so I drove to the coast and took it there.",
    ],
)
def test_no_village_from_where_one_lives_in_another_sentence_nor_a_club(text: str) -> None:
    assert home_in_place(text) is None


def test_the_village_in_a_forwarded_mail_beats_the_forwarders_town() -> None:
    body = (
        "anbei leite ich die Einsendung unseres Mitglieds weiter.\n\n"
        "Mit freundlichen Grüßen\nHerbert Lindner\nObmann, Astronomischer Arbeitskreis Salzburg\n\n"
        "Es ist die ISS, aufgenommen am Mittwoch, 11.11.2026, bei uns in St. Koloman vom "
        "Parkplatz am Trattberg aus.\n\nLiebe Grüße\nKathi"
    )
    assert mail_place("WG: ISS-Foto für IPOM", body) == "St. Koloman"
