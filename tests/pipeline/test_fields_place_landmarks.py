"""A landmark in the frame is not where the photo was taken from (issue 13).

The ISS passing over, behind or above a landmark ("over Kissing Camels", "por cima da
Ponte Luís I", "passando por cima do Cristo Redentor") names what was pictured. When the
mail also says where the photographer stood ("at Garden of the Gods in Colorado Springs",
"tirada do cais de Vila Nova de Gaia", "feita do Mirante Dona Marta"), that is the place;
when it says nothing else, the landmark is all the mail gives, and a spot that names the
landmark again ("from the beach below the cliff") is at it.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_echo import echoed_place
from ipom_mail.pipeline.fields.place_pictured import pictured_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Spent the evening at Red Rocks Park in Denver. The ISS went almost straight "
            "over Creation Rock.",
            "Denver",
        ),
        (
            "Ich war am Rheinufer in Düsseldorf. Die ISS zog direkt über Gerresheimer Glashütte.",
            "Düsseldorf",
        ),
        (
            "La ISS pasó justo sobre Peña Cortada. Estaba en el Mirador de San Nicolás en Granada.",
            "Granada",
        ),
    ],
)
def test_a_landmark_passed_over_gives_way_to_the_town_the_photographer_was_in(
    text: str, place: str
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        ("The ISS went almost straight over Creation Rock.", "Creation Rock"),
        (
            "Mit billede viser ISS over Stevns Klint, fotograferet fra stranden neden for klinten.",
            "Stevns Klint",
        ),
        (
            "Bilden visar ISS över Kullaberg, fotograferad från stigen nedanför Kullaberg.",
            "Kullaberg",
        ),
        (
            "Photo of the ISS over Durdle Door, shot from the beach right below Durdle Door.",
            "Durdle Door",
        ),
    ],
)
def test_a_landmark_is_the_place_when_the_mail_names_no_other(text: str, landmark: str) -> None:
    assert find_location(text) == landmark


@pytest.mark.parametrize(
    "text",
    [
        "Photo of the ISS over Durdle Door, shot from a friend's garden.",
        "Bilden visar ISS över Kullaberg, fotograferad från en väns trädgård.",
    ],
)
def test_a_landmark_is_no_place_when_the_photo_was_taken_from_somewhere_unnamed(
    text: str,
) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A ISS passou por cima da Torre de Belém, foto tirada do cais de Oeiras.", "Oeiras"),
        (
            "Foto da ISS por cima do Farol da Barra, feita do Mirante do Cristo.",
            "Mirante do Cristo",
        ),
        ("La ISS sopra il Duomo, scattata dal molo di Trieste.", "Trieste"),
        (
            "La ISS por encima de la Alhambra, tomada desde el Mirador de San Nicolás.",
            "Mirador de San Nicolás",
        ),
        ("The ISS over the Tyne Bridge, taken from the quay at Gateshead.", "Gateshead"),
    ],
)
def test_the_place_taken_from_wins_over_the_landmark_passed_over(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_spot_without_a_town_after_taken_from_gives_no_place() -> None:
    assert find_location("Foto tomada desde el estacionamiento de la Puerta Norte.") is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS sobre o Farol da Barra", "Foto da ISS a passar por cima do Farol da Barra."),
        ("ISS sobre la Alhambra", "La ISS pasando por encima de la Alhambra."),
    ],
)
def test_a_landmark_the_subject_and_body_say_was_passed_over_is_no_place(
    subject: str, body: str
) -> None:
    assert echoed_place(subject, body) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Photo de l'ISS au-dessus du Pic du Midi, prise depuis le col du Tourmalet pendant "
            "la nuit.",
            "col du Tourmalet",
        ),
        ("La ISS sobre el Teide, tomada desde el mirador de Chipeque.", "mirador de Chipeque"),
        ("La ISS, scattata dal passo di Giau durante la notte.", "passo di Giau"),
    ],
)
def test_a_site_headed_by_its_kind_after_a_verb_of_taking_is_the_place(
    text: str, place: str
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "ISS au-dessus du Puy de Dôme",
            "Voici l'ISS passant au-dessus du sommet du Puy de Dôme, juste après le coucher.",
            "Puy de Dôme",
        ),
        (
            "ISS sopra Campo Imperatore",
            "La ISS è passata sopra l'altopiano di Campo Imperatore.",
            "Campo Imperatore",
        ),
        ("ISS over Bamburgh", "The ISS passing over the dunes at Bamburgh.", "Bamburgh"),
    ],
)
def test_what_subject_and_body_say_was_passed_over_is_the_place_when_no_other_is_named(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS sobre el Teide", "La ISS pasando sobre el Teide, tomada desde Vilaflor."),
        ("ISS über dem Brocken", "Die ISS über dem Brocken, aufgenommen in Wernigerode."),
        ("ISS nad Śnieżką", "ISS przelatująca nad Śnieżką."),  # a case ending: base unknown
        ("ISS over the Moon", "The ISS over the Moon crater Tycho."),
    ],
)
def test_what_was_passed_over_is_no_place_when_taken_elsewhere_or_unsure(
    subject: str, body: str
) -> None:
    assert pictured_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS ja Suomenlinna", "Tässä kuvani ISS:stä Suomenlinnan yllä.", "Suomenlinna"),
        ("ISS ja Olavinlinna", "Kuva ISS:stä Olavinlinnan yläpuolella.", "Olavinlinna"),
        ("ISS ja Toompea", "ISS Toompea kohal, selge taevas.", "Toompea"),
    ],
)
def test_a_name_before_an_over_postposition_is_given_in_the_subjects_form(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


def test_a_genitive_before_an_over_postposition_needs_its_base_form_in_the_subject() -> None:
    assert pictured_place("ISS-kuva", "Kuva ISS:stä Hangon yllä.") is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "МКС над Белоградчик",
            "Снимах станцията, докато минаваше над Белоградчик. Беше четвъртък, а мъглата "
            "се вдигаше от долината.",
            "Белоградчик",
        ),
        (
            "Снимка: МКС над НАО Рожен",
            "Станцията мина над купола на НАО Рожен. Вечерта беше студена, а мъглата "
            "покриваше долината под нас като море в четвъртък.",
            "НАО Рожен",
        ),
    ],
)
def test_a_bulgarian_name_after_nad_is_written_as_it_is(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place  # Bulgarian declines no names


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("МКС над Эльбрусом", "Станция прошла над Эльбрусом, съемка с объектом в кадре."),
        ("МКС над Говерлою", "Станція пройшла над Говерлою, зйомка з тієї ж точки."),
        ("МКС над Авалом", "Станица је прошла над Авалом, у четвртак."),
    ],
)
def test_a_name_after_nad_in_a_declining_language_stays_unread(subject: str, body: str) -> None:
    assert pictured_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS over OAN Calar Alto", "The ISS passing over the domes of OAN Calar Alto.", "OAN Calar Alto"),
        ("ISS over ZWO Seestar", "The ISS passing over my ZWO Seestar.", None),  # a maker's model
    ],
)  # fmt: skip
def test_an_institutions_capitals_before_a_name_make_a_site_not_a_model(
    subject: str, body: str, place: str | None
) -> None:
    assert pictured_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "La SSI au-dessus de l'observatoire du Pic du Midi",
            "La station passe au-dessus de la coupole de l'Observatoire du Pic du Midi.",
            "Observatoire du Pic du Midi",
        ),
        (
            "ISS sopra l'osservatorio di Campo Imperatore",
            "La ISS passa sopra la cupola dell'Osservatorio di Campo Imperatore.",
            "Osservatorio di Campo Imperatore",
        ),
        (
            "La ISS sobre el observatorio del Teide",
            "La ISS pasando sobre la cúpula del Observatorio del Teide.",
            "Observatorio del Teide",
        ),
    ],
)
def test_a_kind_the_subject_writes_before_the_name_starts_the_bodys_name(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


def test_a_site_passed_over_is_no_place_when_the_photo_was_taken_elsewhere() -> None:
    subject = "La SSI au-dessus de l'observatoire du Pic du Midi"
    body = "La SSI au-dessus de l'Observatoire du Pic du Midi, prise depuis Bagnères-de-Bigorre."
    assert pictured_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS over Lista fyr", "Stasjonen gikk rett over Lista fyr, og det blåste godt i går kveld.", "Lista fyr"),
        ("ISS över Falsterbo fyr", "Rymdstationen passerade över Falsterbo fyr. Det var stormigt.", "Falsterbo fyr"),
        ("ISS over Rubjerg Knude fyr", "Stationen fløj lige over Rubjerg Knude fyr, klar himmel.", "Rubjerg Knude fyr"),
    ],
)  # fmt: skip
def test_a_site_passed_over_keeps_its_kind_after_the_name(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


def test_a_lighthouse_passed_over_is_no_place_when_taken_from_elsewhere() -> None:
    body = "Stasjonen gikk over Lista fyr, tatt fra Vanse i går kveld."
    assert pictured_place("ISS over Lista fyr", body) is None


@pytest.mark.parametrize(
    ("subject", "body", "people", "place"),
    [
        ("ISS sobre o Cristo Rei", "Enviamos a foto da nossa sócia, a Marília Santos.\n\nA ISS a passar por cima do Cristo Rei, ontem à noite.", {"Marília"}, "Cristo Rei"),
        ("ISS over Glastonbury Tor", "Sent on behalf of our member, from Florence Hart.\n\nThe ISS over Glastonbury Tor, last night.", {"Florence"}, "Glastonbury Tor"),
        # the same mails, the person not written with an address: a town may be named
        ("ISS sobre o Cristo Rei", "Enviamos a foto da nossa sócia, a Marília Santos.\n\nA ISS a passar por cima do Cristo Rei, ontem à noite.", set(), None),
        ("ISS over Glastonbury Tor", "Sent on behalf of our member, from Florence Hart.\n\nThe ISS over Glastonbury Tor, last night.", set(), None),
        # a town besides the person: taken elsewhere
        ("ISS sobre o Cristo Rei", "Enviamos a foto da nossa sócia, a Marília Santos, tirada em Almada.\n\nA ISS por cima do Cristo Rei, ontem.", {"Marília"}, None),
    ],
)  # fmt: skip
def test_a_person_the_mail_writes_with_an_address_is_no_other_place(
    subject: str, body: str, people: set[str], place: str | None
) -> None:
    assert pictured_place(subject, body, frozenset(people)) == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS Gaztelugatxe gainean", "Argazkia: ISS Gaztelugatxeko San Juan ermitaren gainetik, Bermeotik gertu.", "Gaztelugatxe"),
        ("ISS Urkiola gainean", "Estazioa Urkiolako santutegiaren gainetik igarotzen.", "Urkiola"),
        ("ISS ja Suomenlinna", "Kuva ISS Suomenlinnan vanhan linnoituksen yllä.", "Suomenlinna"),
        ("ISS ja Toompea", "ISS Toompea lossi kohal, selge taevas.", "Toompea"),
    ],
)  # fmt: skip
def test_a_name_may_start_the_phrase_an_over_postposition_ends(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS argazkia", "Estazioa Urkiolako santutegiaren gainetik igarotzen."),  # no base form
        ("ISS Urkiola gainean", "Estazioa Urkiolako mendi oso garai eta ederraren gainetik."),  # too far
        ("ISS ja Hanko", "Kuva ISS:stä Hangon yllä, otettu Tammisaaresta."),  # a Finnish name no stem shares
    ],
)  # fmt: skip
def test_no_postposition_over_without_the_subjects_base_form_near_it(
    subject: str, body: str
) -> None:
    assert pictured_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "ISS-Überflug über dem Brocken",
            "Es zeigt die ISS, wie sie um 23:17 MEZ über dem Brockenhaus hinwegzieht; im "
            "Vordergrund der Bahnhof.",
            "Brocken",
        ),
        (
            "ISS boven de Dom",  # too short a name to head a compound: never read so
            "De ISS vloog boven de Domtoren voorbij.",
            None,
        ),
        (
            "ISS über dem Feldberg",
            "Die ISS zog über den Feldbergturm.",
            "Feldberg",
        ),
    ],
)
def test_a_compound_the_subjects_name_heads_is_that_name(
    subject: str, body: str, place: str | None
) -> None:
    assert pictured_place(subject, body) == place


def test_a_compound_seen_from_elsewhere_is_no_place() -> None:
    body = "Die ISS zog über den Feldbergturm, aufgenommen in Freiburg."
    assert pictured_place("ISS über dem Feldberg", body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("TKS virš Molėtų observatorijos",
         "siunčiu TKS praskridimą virš Molėtų astronomijos\nobservatorijos kupolų Kulionyse.",
         "Molėtų astronomijos observatorijos"),
        ("SKS virs Baldones observatorijas", "Sūtu SKS fotogrāfiju virs Baldones observatorijas.",
         "Baldones observatorijas"),
    ],
)  # fmt: skip
def test_a_declined_name_passed_over_is_given_with_its_sites_kind_as_written(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


def test_a_declined_name_passed_over_with_no_kind_after_it_stays_unsettled() -> None:
    assert pictured_place("TKS virš Molėtų", "TKS praskridimas virš Molėtų vakar.") is None
