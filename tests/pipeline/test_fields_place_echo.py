"""location, issue 13: a name the Subject gives after a locative word and the body names
again is the place, as the body writes it, though no town list holds it."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_echo import echoed_place, subject_from_town


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("Fwd: ISS from Clanfield", "ISS, 1851Z, from the HAG observatory at Clanfield.", "Clanfield"),
        ("Midnight ISS pass from the Otago Peninsula", "Shot from the Otago Peninsula.", "Otago Peninsula"),
        ("Fwd: ISS boven Westkapelle", "Gemaakt om 18:03, vanaf de dijk bij Westkapelle.", "Westkapelle"),
        ("TKS nuotrauka iš Molėtų", "Fotografavau prie Molėtų astronomijos observatorijos.", "Molėtų astronomijos observatorijos"),
        ("Fwd: ISS sa Zlatibora", "Snimljeno u 21:17, sa Čigote na Zlatiboru.", "Čigote na Zlatiboru"),
        ("Снимак ISS са Фрушке горе", "снимљен синоћ са Фрушке горе, код венца.", "Фрушке горе"),
        ("ISS vom Hohen Meißner", "Aufgenommen am Parkplatz am Hohen Meißner.", "Hohen Meißner"),
    ],
)  # fmt: skip
def test_a_name_in_the_subject_and_again_in_the_body_is_the_place(
    subject: str, body: str, place: str
) -> None:
    assert echoed_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS über dem Stephansdom", "Die Station flog über den Stephansdom."),  # over, not from
        ("ISS pass over the Bay", "Here is the ISS passing over the Bay Bridge."),
        ("ISS over the Three Sisters", "The ISS going over the Three Sisters, from Echo Point."),
        ("ISS sopra le Tre Cime", "La ISS sopra le Tre Cime di Lavaredo, dal rifugio."),
        ("Fwd: ISS (Sanne de Vries)", "Het bericht van ons lid Sanne de Vries met haar foto."),
        ("ISS from Clanfield", "A lovely pass, thanks."),  # the body does not name it
        ("ISS de Madrid", "A las 21:10 hora de Madrid."),  # a clock
        ("ISS from Tom", "Taken by Tom."),  # the sender
        ("Fwd: ISS photo from Dave", "Hi all, Dave, our member, sent this."),  # a person greeted
        ("ISS photo from Dave", "Taken from Dave's backyard."),
    ],
)
def test_a_name_the_body_does_not_name_as_a_place_is_no_place(subject: str, body: str) -> None:
    assert echoed_place(subject, body, "Tom Baker") is None


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS-Foto aus Hamburg", "Hamburg"),
        ("ISS fra Aarhus", "Aarhus"),
        ("IPOM entry - ISS from Leicester", "Leicester"),
        ("Foto ISS desde Albacete", "Albacete"),
        ("ISS från Västerås", "Västerås"),
        ("ISS sobre Lisboa – submissão", None),  # passed over: taken from across the river
        ("ISS 21:10 hora de Madrid", None),  # a clock
        ("Photo from Martin", None),  # the sender
        ("Снимак из Београда", None),  # a case ending: no town as written
    ],
)
def test_a_town_the_subject_says_the_photo_was_taken_from(subject: str, place: str | None) -> None:
    assert subject_from_town(subject, "Martin Novak") == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "WG: ISS-Foto vom Schauinsland für Photo of the Month",
            "Am Sonntag habe ich die ISS vom Schauinsland aus über der Rheinebene fotografiert.",
            "Schauinsland",
        ),
        (
            "ISS vom Feldberg",
            "Gestern habe ich sie von Feldberg aus fotografiert, klare Luft.",
            "Feldberg",
        ),
    ],
)
def test_a_name_the_subject_gives_and_the_body_frames_with_a_postposition_is_the_place(
    subject: str, body: str, place: str
) -> None:
    assert echoed_place(subject, body) == place


def test_a_postposition_after_a_name_the_subject_does_not_give_is_no_echo() -> None:
    body = "Ich habe die ISS vom Parkplatz aus fotografiert."
    assert echoed_place("ISS vom Schauinsland", body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS nad Ondřejovem", "Posílám snímek ISS, který jsem pořídil v úterý večer z Ondřejova, kousek od kopulí observatoře.", "Ondřejov"),
        ("ISS nad hvezdárňou v Hlohovci", "Posielam fotku ISS nad kupolou hvezdárne v Hlohovci. Odfotila som ju v sobotu večer.", "Hlohovec"),
        ("ISS nad Zakopanem", "Zdjęcie zrobiłem w piątek wieczorem w Zakopanem, niebo było zupełnie czyste.", "Zakopane"),
        ("ISS iznad Motovuna", "Fotografirao sam je u petak navečer u Motovunu, nebo je bilo potpuno vedro.", "Motovun"),
    ],
)  # fmt: skip
def test_a_name_in_a_case_ending_is_given_in_its_base_form_where_it_is_certain(
    subject: str, body: str, place: str
) -> None:
    assert echoed_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # two case endings of a mountain no town list holds: its base form would be a guess
        ("ИСС изнад Фрушке горе", "Снимљено синоћ на Фрушкој гори, небо је било потпуно ведро."),
        ("ISS nad Gubałówką", "Zdjęcie zrobiłem wczoraj wieczorem z Gubałówki, było bardzo zimno."),
    ],
)  # fmt: skip
def test_a_name_in_two_case_endings_with_no_certain_base_form_is_no_place(
    subject: str, body: str
) -> None:
    assert echoed_place(subject, body) is None
