"""location, issue 13: a town with the region, county or state code written after it, a
town after one's own home in German, a town and its part after a nameless site; never a
place the station passed over, a person greeted, a home in a signature or a firm."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tirei do mirante em São Bento do Sapucaí, SP.", "São Bento do Sapucaí, SP"),
        ("Foto feita no sítio em Cunha, SP, às 19h.", "Cunha, SP"),
        ("desde la costanera de Villa Carlos Paz, Córdoba 😍 se reflejaba", "Villa Carlos Paz, Córdoba"),
        ("La saqué en Cafayate, Salta, con trípode.", "Cafayate, Salta"),
        ("Taken from the castle demesne in Birr, Co. Offaly, on a members' night.", "Birr, Co. Offaly"),
        ("Shot from the pier at Kilkee, County Clare.", "Kilkee, County Clare"),
        ("Snímek jsem pořídil na louce, Ondřejov, okres Praha-východ.", "Ondřejov, okres Praha-východ"),
        ("Zdjęcie zrobiłem na polu, Bieszczady, powiat Lesko.", "Bieszczady, powiat Lesko"),
        ("Ripresa dal belvedere, Campo Imperatore, provincia di L'Aquila.", "Campo Imperatore, provincia di L'Aquila"),
    ],
)  # fmt: skip
def test_a_place_with_its_region_county_or_state_code_after_a_comma(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town named after the site it was taken at, in the site's town ("Observatory in Chico")
        ("Taken from the parking lot of the Chico Community Observatory in Chico, California, two days later.", "Chico, California"),
        ("Shot at the Griffith Observatory in Los Angeles, California.", "Los Angeles, California"),
        # one's own home in German: the possessive is the article ("aus meinem Garten in …")
        ("gestern Abend aus meinem Garten in Radebeul (Sachsen). Man erkennt", "Radebeul (Sachsen)"),
        ("Aufgenommen von unserem Balkon in Leipzig.", "Leipzig"),
        ("Fotografiert auf meiner Terrasse in Dresden, gestern.", "Dresden"),
        # a nameless site, then a town and its part ("dalle mura venete di Bergamo Alta")
        ("ripresa giovedì alle 18:14 UTC dalle mura venete di Bergamo Alta. Si vede", "Bergamo Alta"),
        ("fotografata dagli spalti di Bergamo Alta.", "Bergamo Alta"),
    ],
)  # fmt: skip
def test_a_town_after_a_site_or_ones_home_is_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Hola Juan, Córdoba es linda en noviembre.",  # a person greeted
        "Olá Maria, SP está nublado hoje.",  # a person greeted
        "Our supplier is Example Optics, Co. Ltd and ships fast.",  # a firm
        "Bought the lens from Example Optics, Co. Limited.",  # a firm
        "Best wishes,\nJane Doe\nBirr, Co. Offaly",  # the sender's home in a signature
        "-- \nCiarán Ó Dálaigh | Birr, Co. Offaly",  # the sender's home in a signature
        "Gesendet von meinem iPhone in Leipzig Optics",  # a firm's name, not a town's part
    ],
)  # fmt: skip
def test_no_place_from_a_greeting_a_firm_or_a_signature(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ISS flew over Mendoza, Salta. I shot it from a field near Cafayate, Salta.", "Cafayate, Salta"),
        ("A ISS passou sobre Campinas, SP. Eu estava em Cunha, SP.", "Cunha, SP"),
    ],
)  # fmt: skip
def test_where_the_photo_was_taken_wins_over_a_place_the_station_passed_over(
    text: str, place: str
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("passant au-dessus de l'observatoire de Saint-Véran (Hautes-Alpes), prise depuis le parking.", "Saint-Véran (Hautes-Alpes)"),
        ("Photo prise à Gréolières (Alpes-Maritimes) vers 21h.", "Gréolières (Alpes-Maritimes)"),
        ("Aufgenommen bei Görlitz (Sachsen), gestern.", "Görlitz (Sachsen)"),
        ("Shot in Kielder (Northumberland) under dark skies.", "Kielder (Northumberland)"),
    ],
)  # fmt: skip
def test_a_place_with_its_region_in_brackets(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Zdjęcie z działki w Kosinie (powiat Legionowo), wczoraj.",  # Kosin or Kosina
        "Foto alle 21:10 da Rocca (UT).",  # a zone, not Utah
    ],
)  # fmt: skip
def test_no_place_in_a_case_ending_or_a_zone_before_a_bracket(text: str) -> None:
    assert find_location(text) is None


def test_a_place_in_a_case_ending_before_a_bracket_is_its_certain_base_form_alone() -> None:
    text = "Zdjęcie z działki w Jabłonnie (powiat Legionowo), wczoraj."
    assert find_location(text) == "Jabłonna"  # the one form GeoNames knows (place_cases.py)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a case ending: the base form of a place of Czechia (small_towns), no bracket as written
        ("z louky kousek od hvězdárny v Ondřejově (okres Praha-východ). Stanice", "Ondřejov"),
        ("Foto alle 21:10 da Rocca di Mezzo (UT).", "Rocca di Mezzo"),  # a zone, not Utah
    ],
)
def test_before_a_bracket_a_case_ending_or_a_zone_is_left_out(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a part of a named site: "the top of", "le sommet du", "la cima del"
        ("taken from the top of the Worcestershire Beacon on the Malvern Hills. I carried", "Worcestershire Beacon"),
        ("Shot from the summit of Pendle Hill tonight.", "Pendle Hill"),
        ("Shot from the Malvern Hills on Tuesday.", "Malvern Hills"),
        # "on" ends an English place phrase, and joins a town's name
        ("Taken from Leeds on Tuesday night.", "Leeds"),
        ("Taken from Stratford on Avon.", "Stratford on Avon"),
        # a named site with an elided article: "Centre d'Observació de l'Univers"
        ("captat des del Centre d'Observació de l'Univers, Àger, la nit del 26", "Centre d'Observació de l'Univers"),
        ("Presa des del Parc Natural del Montsant, ahir.", "Parc Natural del Montsant"),
    ],
)  # fmt: skip
def test_a_named_site_or_a_part_of_it(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "The ISS flew over the Bay Bridge and the Hills.",  # what the station passed over
        "Bought it from the top of the range catalogue.",  # no site's name
    ],
)  # fmt: skip
def test_no_site_without_a_name(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I am a member of the Offaly Astronomy Club, Co. Offaly.",
        "Forwarded for our member by Grupo Astronómico Córdoba, Córdoba.",
        "Greetings from the Leeds Astronomical Society, Yorkshire.",
        "Mensagem do Clube de Astronomia de Campinas, SP",
        "Georg ist Mitglied der Volkssternwarte Radebeul (Sachsen).",
        "Envoyé par la Société Astronomique de Lyon (Rhône).",
    ],
)  # fmt: skip
def test_no_place_from_a_clubs_name(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("eto yung kuha ko ng ISS sa ibabaw ng dagat ng ulap sa Mt. Apo, Davao del Sur.", "Mt. Apo, Davao del Sur"),
        ("Here is my ISS shot from the summit of Mt. Pinatubo, Tarlac.", "Mt. Pinatubo, Tarlac"),
        ("Desde la playa de Sabang, Palawan, vi pasar la ISS.", "Sabang, Palawan"),
    ],
)  # fmt: skip
def test_a_place_with_its_philippine_province_is_the_place(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "We were camping at Abisko, Aurora borealis was out too.",  # no province "Aurora"
        "Salamat po!\nPaolo\nManila Astronomical Society, Batangas",  # a club's line
    ],
)
def test_a_word_shared_with_a_province_or_a_clubs_line_is_no_place(body: str) -> None:
    assert find_location(body) is None


def test_a_village_no_town_list_holds_is_read_with_its_province_not_the_clubs_region() -> None:
    body = (
        "Les mando mi foto del paso de la ISS sobre Uspallata, Mendoza, con el cordón del "
        "Tigre de fondo. El paso empezó a las 23:58 del sábado 20 (hora argentina, UTC-3).\n\n"
        "Saludos cordiales,\nMartín Echeverría\nAgrupación Astronómica Cuyana\n"
        "Cel. +54 9 261 555-0198\n"
    )
    assert find_location(body) == "Uspallata, Mendoza"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Отправляю снимок прохождения МКС по диску Солнца, снятый сегодня в Подмосковье, "
            "под Звенигородом.",
            "Подмосковье",
        ),
        ("Знімок МКС, зроблений учора в Закарпатті.", None),  # a case ending: not as listed
    ],
)
def test_a_russian_or_ukrainian_region_in_ye_after_in_is_the_region(
    text: str, region: str | None
) -> None:
    assert find_location(text) == region


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the ISS over the SALT dome in\nSutherland, Northern Cape. I took it at 8:22pm SAST.",
         "Sutherland, Northern Cape"),
        ("Shot from the beach at Hermanus, Western Cape, last night.", "Hermanus, Western Cape"),
        ("We watched it from Underberg, KwaZulu-Natal.", "Underberg, KwaZulu-Natal"),
    ],
)  # fmt: skip
def test_a_town_with_its_south_african_province_after_a_comma(text: str, place: str) -> None:
    """South Africa's provinces are regions as Canada's and Australia's are (batch-27)."""
    assert find_location(text) == place


def test_a_direction_after_a_comma_is_no_province() -> None:
    assert find_location("The pass went over Pretoria, North West of the house.") != (
        "Pretoria, North West"
    )
