"""equipment: a model's name is kept whole or not at all, never cut short (issue 13, batch-25:
"Manfrotto 190 Go!" was read as "Manfrotto 190"). A short capitalised last word after the
model's code ("Go!", "Air", "Neo"), a plus written onto its end ("Galaxy S23+", "P30 Pro+"),
a plus inside a maker's name ("B+W") and a maker written as the owner ("Celestron's NexStar
6SE") each belong to the name; a month, a weekday or a name signed on the next line do not."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Cámara Canon EOS 6D, sobre trípode\nManfrotto 190 Go!", "Manfrotto 190 Go"),
        ("I used a Canon EOS 6D on a Manfrotto 190 Go! tripod.", "Manfrotto 190 Go"),
        ("Die Kamera stand auf einem Manfrotto 190 Go! Stativ.", "Manfrotto 190 Go"),
        ("Scattata con una Nikon Z6 sul treppiede Manfrotto 190 Go!", "Manfrotto 190 Go"),
        ("Aparat stał na statywie Benro Tortoise 24 Air.", "Benro Tortoise 24 Air"),
        ("Foto mit meinem Huawei P30 Pro+", "Huawei P30 Pro+"),
    ],
)
def test_a_short_last_word_of_a_model_in_prose_is_kept(text: str, whole: str) -> None:
    assert whole in _items(text)
    assert whole.rsplit(" ", 1)[0] not in _items(text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Camera: Samsung Galaxy S23+", "Samsung Galaxy S23+"),
        ("Camera: Samsung Galaxy S23+ and a tripod", "Samsung Galaxy S23+"),
        ("Filter: B+W 010 UV-Haze", "B+W 010 UV-Haze"),
        ("Filter: H&Y K-series Starkeeper", "H&Y K-series Starkeeper"),
        ("Stativ: K&F Concept SA254T1", "K&F Concept SA254T1"),
        ("Tripod: Manfrotto 190 Go! and a Nikon Z6", "Manfrotto 190 Go!"),
    ],
)
def test_a_plus_or_a_mark_in_a_labelled_name_is_the_names(text: str, whole: str) -> None:
    assert whole in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "Camera: Canon EOS R6 + Samyang 14mm",
        "Camera: Canon EOS R6+Samyang 14mm",  # glued between two names: still two
        "Camera: Canon EOS R6&Samyang 14mm",
    ],
)
def test_a_plus_between_two_names_still_parts_them(text: str) -> None:
    assert _items(text) == ["Canon EOS R6", "Samyang 14mm"]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("I shot it using Celestron's NexStar 6SE.", "Celestron NexStar 6SE"),
        ("Mount: Celestron's NexStar 6SE", "Celestron NexStar 6SE"),
        ("Filter: Baader's AstroSolar film", "Baader AstroSolar film"),
        ("Taken with Nikon's Z6 and a tripod.", "Nikon Z6"),
    ],
)
def test_a_maker_written_as_the_owner_starts_the_name(text: str, whole: str) -> None:
    assert whole in _items(text)
    assert not any("'s" in item for item in _items(text))


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("It was taken with a Nikon D750 June.", ["Nikon D750"]),  # a month
        ("It was taken with a Canon 6D Sun.", ["Canon 6D"]),  # a weekday
        ("I took it with my Nikon D750\nTom", ["Nikon D750"]),  # signed on the next line
        ("con una Nikon D750 El paso fue precioso.", ["Nikon D750"]),  # prose goes on
        ("Shot with my Nikon D750 Ciao", ["Nikon D750"]),  # a sign-off on its line
        ("I visited Canon's Tokyo office last year.", []),  # the firm, no instrument
    ],
)
def test_words_after_a_model_that_are_not_its_own_stay_out(text: str, only: list[str]) -> None:
    assert _items(text) == only


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "機材：ニコン Z 6II ＋ NIKKOR Z 24-70mm f/4 S、三脚 ベルボン ジオ・カルマーニュ",
            "ベルボン ジオ・カルマーニュ",
        ),
        ("機材：ニコン Z 6II、三脚：ベルボン ジオ・カルマーニュ", "ベルボン ジオ・カルマーニュ"),
        ("장비: 캐논 EOS R6, 삼각대 맨프로토 비프리", "맨프로토 비프리"),
    ],
)
def test_a_maker_and_its_known_line_in_a_labelled_list_is_an_item(text: str, whole: str) -> None:
    # in a script without capitals, a maker and its product line (data/gazetteer.toml
    # [local_lines]) name the tripod, with no model number after them
    assert whole in _items(text)


def test_a_maker_in_its_script_before_a_verb_is_no_item() -> None:
    assert _items("장비: 캐논 EOS R6, 맨프로토 샀어요") == ["캐논 EOS R6"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Foto fatta con l'Askar FRA400 e la ZWO ASI462MC sull'EQ6-R.",
            ["Askar FRA400", "ZWO ASI462MC", "EQ6-R"],
        ),
        ("Photo prise avec l'Evostar 80ED sur l'AZ-GTi.", ["Evostar 80ED", "AZ-GTi"]),
        ("Photo prise avec l’Evostar 80ED sur l’AZ-GTi.", ["Evostar 80ED", "AZ-GTi"]),
        ("Fotografia feta amb la Canon EOS 6D sobre l'EQ5.", ["Canon EOS 6D", "EQ5"]),
    ],
)
def test_an_elided_article_before_a_name_parts_two_names(text: str, items: list[str]) -> None:
    # "sull'EQ6-R" (on the EQ6-R) is no part of the camera's name before it
    assert _items(text) == items
