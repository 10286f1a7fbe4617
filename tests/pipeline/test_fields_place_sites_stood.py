"""location, issue 13 (batch-26): a site one goes to and stands at, named by the Subject and
the body, is the place: an observatory the station passed over (not a landmark seen from
afar), with the town it lies in after "in" or before the Subject's name in brackets; a name
after an observatory's genitive; a site by its kind after a spot, wrapped onto the next line;
a site by its kind in a Subject part after the data part."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_above import above_place
from ipom_mail.pipeline.fields.place_kinds import kind_site
from ipom_mail.pipeline.fields.place_pictured import pictured_place
from ipom_mail.pipeline.fields.place_subject import subject_place
from ipom_mail.pipeline.fields.place_unwrap import unwrapped


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "Fwd: ISS over Kielder Observatory",
            "It's the ISS arcing over the Kielder Observatory buildings, taken at 18:07 GMT.",
            "Kielder Observatory",
        ),
        (
            "ISS over Siding Spring - IPOM entry",
            "My ISS pass over the telescope dome at Siding Spring Observatory, near "
            "Coonabarabran NSW, shot last night.",
            "Siding Spring Observatory",
        ),
        (
            "Überflug über der Sternwarte Gahberg",
            "Mein Bild der ISS über der Kuppel der Sternwarte Gahberg in Weyregg am Attersee, "
            "aufgenommen um 19:58 MESZ.",
            "Sternwarte Gahberg in Weyregg am Attersee",
        ),
        (
            "Sled ISS nad observatorijem Črni Vrh",
            "Pošiljam sled ISS nad kupolo observatorija Črni Vrh nad Idrijo. Gre za serijo.",
            "Črni Vrh nad Idrijo",
        ),
        (
            "L'ISS sobre el Montsec",
            "La meva foto de l'ISS passant per sobre del Centre d'Observació de l'Univers, a "
            "Àger (el Montsec), dijous a les 19:33.",
            "Àger (el Montsec)",
        ),
    ],
)  # fmt: skip
def test_an_observatory_passed_over_is_where_the_photographer_stood(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a landmark seen from afar names no place one stood at
        ("ISS over Haapsalu Castle", "The ISS passing over Haapsalu Castle at 18:02 UTC."),
        # a site's kind alone before "in" is no site's name: "Sternwarte in München"
        ("ISS über der Sternwarte", "Die ISS über der Sternwarte in München, um 19:58 MESZ."),
        # a landmark at a lookout is no site one stands at: the lookout is read elsewhere
        (
            "ISS over the Three Sisters",
            "The ISS rising over the Three Sisters at Echo Point, Katoomba, last night.",
        ),
        # a town in brackets the Subject does not name
        (
            "L'ISS sobre el Montsec",
            "L'ISS per sobre del Centre d'Observació, a Balaguer (la Noguera), dijous.",
        ),
    ],
)  # fmt: skip
def test_a_landmark_seen_from_afar_or_an_unnamed_town_gives_no_place(
    subject: str, body: str
) -> None:
    assert pictured_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "ISS over Kielder Observatory",
            "The ISS over Kielder Observatory, taken from my garden in Bellingham.",
        ),
        (
            "ISS über der Sternwarte Gahberg",
            "Die ISS über der Sternwarte Gahberg in Weyregg am Attersee, aufgenommen von "
            "meinem Balkon in Steinbach.",
        ),
    ],
)
def test_an_observatory_passed_over_is_no_place_when_taken_from_elsewhere(
    subject: str, body: str
) -> None:
    assert pictured_place(subject, body) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "zrobione o godz. 17:26 CEST, z parkingu na przełęczy\nWyżnej koło Wetliny.",
            "przełęczy Wyżnej",
        ),
        ("presa alle 21:05 dal parcheggio sul passo\nGiau, sopra Cortina.", "passo Giau"),
    ],
)
def test_a_site_after_a_spot_wrapped_onto_the_next_line_is_read_whole(
    text: str, place: str
) -> None:
    assert kind_site(unwrapped(text)) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a spot and its "on" end the line, the site's name opens the next (batch-37)
        ("o 17:34 czasu polskiego, z parkingu na\nPrzełęczy Wyżnej koło Wetliny w Bieszczadach.",
         "Przełęczy Wyżnej"),
        ("Aufgenommen vom Balkon in\nGraz-Andritz aus.", "Graz-Andritz"),
    ],
)  # fmt: skip
def test_a_name_after_a_spot_and_its_on_wrapped_onto_the_next_line_is_read(
    text: str, place: str
) -> None:
    assert find_location(text) == place


def test_a_kind_ending_a_line_after_any_other_word_is_not_joined() -> None:
    text = "Byłem na szczycie przełęczy\nWczoraj wieczorem było zimno."
    assert unwrapped(text) == text


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        (
            "IPOM - ISS 15/09/2026 19:31:05 UTC - Nikon D750 + Sigma 14mm - Campo Imperatore",
            "Campo Imperatore",
        ),
        ("Photo - ISS 14/01/2027 18:26 UTC - Serra da Estrela - Nikon Z7", "Serra da Estrela"),
    ],
)
def test_a_site_in_a_subject_part_after_the_data_part_is_the_place(
    subject: str, place: str
) -> None:
    assert subject_place(subject, "Foto in allegato.", "Luca Ferrandi") == place


@pytest.mark.parametrize(
    "subject",
    [
        "IPOM - Campo Imperatore - ISS 15/09/2026 19:31:05 UTC",  # before the data: a title
        "IPOM - ISS 15/09/2026 19:31 UTC - Nikon D750 - Monte Luca",  # the sender's name
    ],
)
def test_a_site_before_the_data_or_the_senders_name_is_no_place(subject: str) -> None:
    assert subject_place(subject, "Foto in allegato.", "Monte Luca") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وهي تعبر فوق الشلالات في وادي الريان بمحافظة الفيوم، يوم الثلاثاء.", "وادي الريان بمحافظة الفيوم"),
        ("وهي تعبر فوق البحيرة في واحة سيوة، مساء السبت.", "واحة سيوة"),
    ],
)  # fmt: skip
def test_a_feature_passed_over_in_a_site_one_stands_at_gives_the_site(
    text: str, place: str
) -> None:
    assert above_place(text) == place


def test_a_feature_passed_over_in_a_landmark_seen_from_afar_gives_no_place() -> None:
    assert above_place("تعبر فوق المدينة في برج خليفة، يوم الثلاثاء.") is None
