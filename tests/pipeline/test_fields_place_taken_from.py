"""location, issue 13: the place is where the photo was taken from, never the landmark
the station passed over, a region one sends greetings from, a settlement's kind word or
one's own rooftop."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_cjk import cjk_place
from ipom_mail.pipeline.fields.place_echo import echoed_place
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _raw


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


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("My ISS over Durham Cathedral, taken on Friday from the Prebends Bridge.", "Prebends Bridge"),
        ("My photo of the ISS over Tower Bridge, taken last night from Butler's Wharf.", "Butler's Wharf"),
        ("Die ISS über Hechingen, aufgenommen gestern Abend von der Burg Hohenzollern aus.", "Burg Hohenzollern"),
        ("L'ISS au-dessus du phare, prise samedi depuis la digue de Kervoyal.", "digue de Kervoyal"),
        ("La ISS sobre la Sagrada Família, tomada anoche desde el mirador del Turó de la Rovira.", "mirador del Turó de la Rovira"),
        ("La ISS sopra il Colosseo, scattata ieri dal Colle Oppio.", "Colle Oppio"),
        ("A ISS sobre a Torre de Belém, feita ontem do Miradouro de Santa Catarina.", "Miradouro de Santa Catarina"),
    ],
)  # fmt: skip
def test_the_spot_named_after_a_verb_of_taking_is_the_place(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "Foto scattata da Marco Bianchi con la sua Nikon.",
        "Aufgenommen vom Balkon, die Zeiten von Heavens-Above.",
        "Pass times taken from Heavens-Above, photo taken from the ISS-tracker's map.",
        "A foto foi feita com a Canon da Maria.",
        # a given name alone that is a town only abroad (Marco, Brazil): the author
        "Ecco la ISS scattata da Marco ieri sera alle 20:31.",
        "La foto della ISS è stata scattata ieri sera da Marco.",
    ],
)
def test_a_person_a_program_or_a_home_after_a_verb_of_taking_is_no_place(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Vi mando la foto (in copia anche a Luca).\n\nLuca Bernardi <luca.b@example.it> ha scritto:", "Luca"),
        ("Ich schicke das Bild, auch an Florian.\n\nFlorian Weber <fw@example.de> schrieb:", "Florian"),
        ("Sending it also to Lincoln.\n\nOn Tue, Lincoln Hayes <lh@example.com> wrote:", "Lincoln"),
    ],
)  # fmt: skip
def test_a_name_the_mail_gives_a_person_is_no_place(body: str, person: str) -> None:
    from ipom_mail.pipeline.fields.place_taken import people_named

    people = people_named(body)
    assert person in people
    assert find_location(body, people) != person


def test_a_lone_noun_taken_from_keeps_the_subjects_landmark_out() -> None:
    body = "anbei mein Foto der ISS über dem Ulmer Münster, aufgenommen gestern Abend von der Adlerbastei aus."
    result = check_message(_raw(body, subject="Einsendung: ISS über dem Ulmer Münster"), Config())
    assert result.fields.location is None  # the spot, not the minster; unsure of its name


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The ISS over the Angel of the North, taken yesterday at 21:14 from Kielder Forest.", "Kielder Forest"),
        ("Die ISS über dem Brocken, aufgenommen gestern um 21:14 von der Burg Hanstein aus.", "Burg Hanstein"),
        ("De ISS boven de Oosterschelde, gemaakt gisteren om 21:14 vanaf de Brouwersdam.", "Brouwersdam"),
        ("La ISS sopra il Gran Sasso, scattata sabato alle 20:31 da Monte Cucco, vicino al rifugio.", "Monte Cucco"),
        ("La ISS sopra la Majella, scattata ieri sera da Campo di Giove.", "Campo di Giove"),
    ],
)  # fmt: skip
def test_a_time_may_stand_between_the_verb_of_taking_and_its_from(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "Foto scattata ieri alle 20:31 da Marco Bianchi.",
        "Foto scattata ieri sera da Giulia Neri, la mia amica.",
        "Aufgenommen gestern um 21:14 von Stefan Brandt.",
    ],
)
def test_who_took_the_photo_after_a_time_is_no_place(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The ISS over the Harbour Bridge, taken from Kirribilli Point Reserve at Milsons Point.", "Kirribilli Point Reserve at Milsons Point"),
        ("De ISS boven het IJsselmeer, genomen vanaf Fort Pampus bij Muiden.", "Fort Pampus bij Muiden"),
        ("ISS över Kattegatt, tagen från Kullabergs Naturreservat vid Mölle.", "Kullabergs Naturreservat vid Mölle"),
    ],
)  # fmt: skip
def test_a_spot_and_the_part_of_town_it_is_at_are_one_place(body: str, place: str) -> None:
    assert find_location(body) == place


def test_a_spot_at_a_part_of_town_beats_the_town_of_the_landmark_passed_over() -> None:
    body = (
        "My shot of the ISS over the Harbour Bridge in Sydney, taken from Kirribilli Point "
        "Reserve at Milsons Point at 7:41 pm AEDT.\n\nCheers,\nSam\n--\nSam Lee | Hornsby Astro Club"
    )
    result = check_message(_raw(body, subject="ISS over the Harbour Bridge"), Config())
    assert result.fields.location == "Kirribilli Point Reserve at Milsons Point"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The ISS over the castle, taken from Calton Hill in December.", None),  # a month
        ("Die ISS über dem Dom, aufgenommen von der Hohen Brücke in Köln.", "Hohen Brücke in Köln"),
    ],
)
def test_a_month_or_a_town_after_the_spot_is_not_part_of_its_name(
    body: str, place: str | None
) -> None:
    assert find_location(body) == place  # a town: read by the town readers, settled to it


def test_a_spot_taken_from_beats_the_town_signed_under_the_name() -> None:
    body = (
        "Vi mando la foto della ISS sopra il Gran Sasso, scattata sabato alle 20:31 da Monte "
        "Cucco, vicino al rifugio.\n\nCieli sereni,\nMarta Rossi\nTeramo"
    )
    result = check_message(_raw(body, subject="ISS sopra il Gran Sasso"), Config())
    assert result.fields.location == "Monte Cucco"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Изпращам снимка на МКС над Витоша, заснета от хижа Алеко в петък вечерта.", "хижа Алеко"),
        ("Снимах от връх Ботев, беше много студено.", "връх Ботев"),
        ("La ISS sopra le Tofane, scattata ieri sera dal rifugio Lagazuoi.", "rifugio Lagazuoi"),
        ("La ISS sopra il lago, scattata alle 21:02 da monte Cucco.", "monte Cucco"),
    ],
)  # fmt: skip
def test_a_spots_word_in_lower_case_before_its_name_is_part_of_the_place(
    body: str, place: str
) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "Снимката е заснета от Мария Стоянова, член на клуба.",
        "Снимката е заснета от мен в събота.",
        "Foto scattata da Luca Neri, mio cugino.",
    ],
)
def test_by_after_a_verb_of_taking_names_the_author_not_a_place(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Kuha mula sa Luneta Park, 7:12 PM PHT.", "Luneta Park"),
        ("nakuhanan ko yung ISS, kuha mula sa Tagaytay ridge kagabi", "Tagaytay"),
    ],
)
def test_a_tagalog_spot_taken_from_is_the_place(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("МКС над язовир Искър, заснета от хижа Алеко снощи.", "хижа Алеко"),
        ("Снимката е направена от връх Ботев в 21:40 ч.", "връх Ботев"),
        ("Ang ISS sa ibabaw ng Bulkang Mayon, kuha mula sa Legazpi kagabi.", "Legazpi"),
        ("Kinunan mula sa Antipolo ang larawan ng ISS.", "Antipolo"),
    ],
)  # fmt: skip
def test_the_spot_taken_from_in_bulgarian_and_filipino(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "Снимката е заснета от Иван Петров над връх Ботев.",  # "от" is "by" too: a person
        "kuha ni Paolo mula sa bubong namin",  # one's own roof, no name
    ],
)  # fmt: skip
def test_who_took_it_or_ones_own_roof_is_no_spot_taken_from(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS-Foto – Wendelstein", "Hier mein Bild der ISS über dem Inntal, fotografiert vom Wendelstein.", "Wendelstein"),
        ("ISS über dem Feldberg", "Die ISS über dem Schwarzwald, aufgenommen gestern Abend vom Feldberg aus.", "Feldberg"),
        ("Einsendung: ISS vom Kahlenberg", "Anbei die ISS über Wien, aufgenommen vom Kahlenberg.", "Kahlenberg"),
    ],
)  # fmt: skip
def test_a_lone_noun_taken_from_that_the_subject_names_too_is_the_place(
    subject: str, body: str, place: str
) -> None:
    result = check_message(_raw(body, subject=subject), Config())
    assert result.fields.location == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS über dem Ulmer Münster", "Die ISS über dem Münster, aufgenommen vom Parkplatz aus."),
        ("ISS über der Alster – Hamburg", "Die ISS über der Alster, fotografiert von der Lombardsbrücke."),
        ("ISS vom Vereinsgelände", "Fotografiert vom Vereinsgelände in Ahlen, wie jedes Jahr."),
    ],
)  # fmt: skip
def test_a_lone_noun_the_subject_does_not_name_stays_unsure(subject: str, body: str) -> None:
    result = check_message(_raw(body, subject=subject), Config())
    assert result.fields.location in (None, "Ahlen")


def test_a_palace_or_castle_after_da_is_a_spot_not_its_author() -> None:
    body = "La ISS sopra Torino, scattata ieri sera da Palazzo Madama."
    assert find_location(body) == "Palazzo Madama"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The ISS over the Opera House, taken from Mrs Macquarie's Chair on Sat 14/11 at 8:42pm.", "Mrs Macquarie's Chair"),
        ("The ISS over the river, shot from Kings Park on Friday evening.", "Kings Park"),
        ("La ISS sobre la bahía, tomada desde Punta Lobos el sábado.", "Punta Lobos"),
    ],
)  # fmt: skip
def test_a_day_after_the_spot_taken_from_ends_its_name(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Aufgenommen vom Brocken am Montag.", None),  # a lone German noun: unsure
        ("Die ISS, fotografiert vom Kahlen Asten am Freitag.", "Kahlen Asten"),
    ],
)
def test_a_weekday_after_a_connector_is_no_town_joined_to_the_spot(
    body: str, place: str | None
) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "La foto è stata scattata ieri sera da Marco Bianchi.",
        "Foto scattata sabato sera da Lucia Marino, socia del gruppo.",
        "Aufgenommen gestern Abend von Stefan Müller.",
        "Tomada anoche por Ana Torres.",
    ],
)
def test_a_person_after_a_verb_of_taking_and_time_words_is_the_author(body: str) -> None:
    assert find_location(body) is None  # "Marco" and "Bianchi" are towns in GeoNames


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Ripresa ieri sera da Bergamo Alta.", "Bergamo Alta"),
        ("Ripresa ieri alle 20:31 da Bergamo Alta.", "Bergamo Alta"),
        ("Scattata ieri sera da Roma.", "Roma"),
        ("Aufgenommen gestern Abend von Berlin Mitte aus.", "Berlin Mitte"),
        ("Aufgenommen am Freitag von Schierke im Harz aus.", "Schierke im Harz"),
    ],
)
def test_a_town_or_its_part_after_a_verb_of_taking_and_time_words_is_the_place(
    body: str, place: str
) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        ("The ISS over the bay, taken from Torre del Mar on Friday.", "Torre del Mar"),
        ("La ISS, tomada desde Plaza de Mayo el domingo.", "Plaza de Mayo"),
        ("Foto tomada desde Sevilla Este el viernes.", "Sevilla Este"),
    ],
)
def test_a_month_or_day_part_inside_a_spots_name_never_cuts_it(body: str, whole: str) -> None:
    assert find_location(body) in (None, whole)  # "Mar", "Mayo", "Este": never cut short


@pytest.mark.parametrize(
    "body",
    [
        "Onze clubavond is met een lezing over de ISS en Artemis.",
        "Una charla sobre la ISS en Artemis y la Soyuz.",
        "Il nostro incontro parla di Shenzhou e del Tiangong.",
    ],
)
def test_a_spacecraft_or_mission_is_no_place(body: str) -> None:
    assert find_location(body) is None  # GeoNames holds "Artemis" as a town
