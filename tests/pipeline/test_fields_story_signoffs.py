"""story: the sign-offs of some thirty languages close the story, an informal one, one with
an adjective too ("Un cordiale saluto", "Valeu, pessoal!") or two joined by "and" ("Valeu e
céus limpos!"); a prose line that starts with the same word ("Dzięki temu…", thanks to that)
goes on."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.closing import SIGN_OFF
from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "closing",
    [
        "Un cordiale saluto e buone osservazioni,\nMarta",
        "Valeu, pessoal!\nJoão",
        "Forte abraço,\nAna",
        "Lieben Gruß aus Kiel\nTim",
        "Bien amicalement,\nLuc",
        "Hartelijke groeten,\nSanne",
        "Pozdrówka z Krakowa!\nOla",
        "Mějte se,\nPetr",
        "Baráti üdvözlettel,\nGábor",
        "С наилучшими пожеланиями,\nИгорь",
        "Всього найкращого,\nОксана",
        "Всичко хубаво,\nИван",
        "Lijepi pozdrav,\nIvana",
        "Pozdravujem,\nJán",
        "Toate cele bune,\nMihai",
        "Με φιλικούς χαιρετισμούς,\nΝίκος",
        "Hoşça kalın,\nAyşe",
        "Ha det bra!\nLars",
        "Tusind tak og mange hilsner\nSøren",
        "Parhain terveisin,\nMikko",
        "Ar labiem vēlējumiem,\nJānis",
        "Su geriausiais linkėjimais,\nTomas",
        "Kõike head,\nKadri",
        "敬具\n田中",
        "A+\nJulien",
    ],
)
def test_a_sign_off_in_any_of_thirty_languages_closes_the_story(closing: str) -> None:
    assert find_story(f"{STORY}\n\n{closing}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Dzięki temu widać panele.",
        "Valeu a pena acordar cedo.",
        "Belle soirée hier à Lyon.",
        "Heldere nachten zijn hier zeldzaam.",
    ],
)
def test_a_prose_line_starting_like_a_sign_off_stays(line: str) -> None:
    assert find_story(f"{STORY}\n{line}\n") == f"{STORY}\n{line}"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("Thanks to the short clear gap", "the transit came out sharp and steady."),
        ("Danke an meinen Nachbarn", "für die Leihgabe seiner Montierung."),
        ("Grazie al cielo sereno", "la stazione era nitidissima sul disco."),
        ("Gracias a la Luna llena", "el contraste fue enorme esa noche."),
    ],
)
def test_a_wrapped_sentence_that_opens_like_a_sign_off_goes_on(first: str, rest: str) -> None:
    assert find_story(f"{STORY}\n{first}\n{rest}\n") == f"{STORY}\n{first}\n{rest}"


def test_a_lower_case_name_under_a_sign_off_is_still_a_signature() -> None:
    assert find_story(f"{STORY}\n\nsaludos a todos\nmaria jose garcia\n") == STORY


@pytest.mark.parametrize(
    "closing",
    [
        "Pozdrawiam i dziękuję za całą pracę przy tej stronie,\nAnna",
        "Best regards and thanks again for running the page,\nTom",
        "¡Muchas gracias y buenas noches!\nLucía",
        "Baie dankie en groete!\nPieter",
        "73 de W4ABC\nBill",
    ],
)
def test_a_longer_sign_off_ending_with_a_comma_or_an_informal_one_closes_the_story(
    closing: str,
) -> None:
    assert find_story(f"{STORY}\n\n{closing}\n") == STORY


def test_a_wrapped_sentence_opening_like_a_sign_off_and_ending_a_line_with_a_comma_goes_on() -> (
    None
):
    body = f"{STORY}\nGrazie al cielo limpido sopra il lago,\nla stazione era nitidissima.\n"
    assert find_story(body) == body.strip()


@pytest.mark.parametrize(
    "closing",
    [
        "Zdraví\nPetra",
        "Zdraví Jana Dvořáková",
        "Sok üdvözlettel,\nZsófi",
        "Ściskam mocno,\nKasia",
        "Terkuin,\nMikko",
        "Kær kveðja,\nSigga",
        "Pe curând!\nIoana",
        "Esen kalın,\nMehmet",
        "ด้วยความนับถือ\nสมชาย",
        "Thân chào,\nMinh",
        "Ha en fin kveld!\nKari",
    ],
)
def test_a_sign_off_in_the_third_person_or_a_closing_wish_in_more_languages_closes(
    closing: str,
) -> None:
    assert find_story(f"{STORY}\n\n{closing}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Zdraví mi nedovolilo jít až na kopec.",
        "Pe curând a apărut stația deasupra blocului.",
        "Cele bune cadre au ieșit spre final.",
        "Jasné nebe bylo jen chvíli.",
        "Szép napot választottam a fotózásra.",
    ],
)
def test_a_prose_line_opening_with_a_closings_words_stays(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"


@pytest.mark.parametrize(
    "line",
    [
        "Valeu e céus limpos!",
        "Valeu e céus limpos, pessoal!",
        "Ciao e cieli sereni!",
        "Dzięki i pogodnego nieba!",
        "Vďaka a jasnú oblohu!",
        "Thanks and clear skies!",
        "Danke und klaren Himmel!",
    ],
)
def test_two_sign_offs_joined_by_and_close_the_mail(line: str) -> None:
    assert SIGN_OFF.match(line)
    assert find_story(f"{STORY}\n\n{line}\nRafael\n", "Rafael Nogueira") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Valeu a pena esperar o frio e a neblina.",  # "it was worth waiting for the cold"
        "Ciao e grazie per tutto il lavoro che fate con la rubrica mensile, davvero.",
        "Best and brightest pass of the year so far.",
    ],
)
def test_a_sentence_opening_with_a_sign_offs_word_is_no_sign_off(line: str) -> None:
    assert not SIGN_OFF.match(line)


@pytest.mark.parametrize(
    "closing",
    [
        "Kh. Mette Sørensen\nAstronomisk Selskab, København",
        "Vh. Jens Holm",
        "Vh.\nKari Nordmann",
        "Vh. Anna Lindqvist\nUppsala",
        "Terv. Mikko Virtanen",
    ],
)
def test_an_abbreviated_nordic_sign_off_with_the_name_on_its_line_closes_the_story(
    closing: str,
) -> None:
    assert find_story(f"{STORY}\n\n{closing}\n") == STORY


def test_a_prose_line_starting_with_the_letters_of_an_abbreviation_stays() -> None:
    line = "Khao Sok was dark enough for the Milky Way too."
    assert find_story(f"{STORY}\n{line}\n") == f"{STORY}\n{line}"
