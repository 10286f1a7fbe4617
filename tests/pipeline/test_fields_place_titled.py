"""location, issue 13: a name the Subject gives after a dash and the body writes again is
the place, as written; never what the station passed over, a sky word or the sender."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_cased import cased_echo
from ipom_mail.pipeline.fields.place_echo import titled_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS-Foto – Wasserkuppe", "Aufgenommen auf der Wasserkuppe am Abend.", "Wasserkuppe"),
        ("Foto ISS - Piani di Praglia", "Scattata dai Piani di Praglia (GE) alle 21:40.", "Piani di Praglia (GE)"),
        ("ISS fotoğrafı - Bozcaada", "Bozcaada'da sahilden çektim.", "Bozcaada"),
        ("Prelet ISS – Bovec", "Posneto z vrta.\n\nLep pozdrav,\nMiha\nBovec", "Bovec"),
        ("Fotografie ISS — Ceahlău", "Făcută de pe Ceahlău, sâmbătă seara.", "Ceahlău"),
    ],
)  # fmt: skip
def test_a_name_the_subject_titles_and_the_body_repeats_is_the_place(
    subject: str, body: str, place: str
) -> None:
    assert titled_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        ("ISS photo - Tower Bridge", "The ISS over Tower Bridge at dusk.", None),
        ("ISS-Transit – Sonne", "Die ISS vor der Sonne, aufgenommen im Garten.", None),
        ("ISS photo - Anna Berg", "Taken by Anna Berg from the garden.", "Anna Berg"),
        ("ISS foto - Zwolle", "Genomen vanuit de tuin, 22:10.", None),
        ("ISS photo - July", "Taken in July from the garden.", None),
    ],
)  # fmt: skip
def test_no_place_from_a_title_the_body_does_not_repeat_as_a_place(
    subject: str, body: str, sender: str | None
) -> None:
    assert titled_place(subject, body, sender) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("Zdjęcie ISS – Legionowo", "Zdjęcie zrobione z działki pod Legionowem.", "Legionowo"),
        ("Fotka ISS – Beroun", "Foto jsem pořídil na louce u Berouna.", "Beroun"),
        ("Снимок МКС – Подольск", "Снимал с дачи под Подольском.", "Подольск"),
    ],
)  # fmt: skip
def test_a_town_the_subject_titles_and_the_body_declines_is_given_in_the_subjects_form(
    subject: str, body: str, place: str
) -> None:
    assert titled_place(subject, body) == place


def test_a_titled_town_the_body_declines_after_over_is_no_place() -> None:
    assert titled_place("Zdjęcie ISS – Legionowo", "Stacja przeleciała nad Legionowem.") is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ภาพ ISS - วัดพระธาตุดอยสุเทพ", "ผมถ่ายจากวัดพระธาตุดอยสุเทพ เมื่อคืนนี้ครับ", "วัดพระธาตุดอยสุเทพ"),
        ("ส่งภาพสถานีอวกาศ – ภูทับเบิก", "ถ่ายที่ภูทับเบิก จังหวัดเพชรบูรณ์ค่ะ", "ภูทับเบิก"),
    ],
)  # fmt: skip
def test_a_titled_name_written_onto_a_locative_word_is_the_place(
    subject: str, body: str, place: str
) -> None:
    from ipom_mail.pipeline.fields.place_caseless import unspaced_titled_place

    assert unspaced_titled_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ส่งภาพ ISS - ดอยอินทนนท์", "สถานีผ่านเหนือดอยอินทนนท์ ถ่ายจากบ้านครับ"),  # passed over
        ("ส่งภาพ ISS - ดอย", "ถ่ายบนดอยสุเทพครับ"),  # a part of a longer name
        ("ส่งภาพ ISS - ครั้งแรกของผม", "นี่เป็นครั้งแรกของผมครับ"),  # no locative word before it
        ("ISS photo - Tower Bridge", "Taken at Tower Bridge."),  # a cased script: titled_place's
    ],
)  # fmt: skip
def test_no_titled_name_without_its_locative_word_in_an_unspaced_script(
    subject: str, body: str
) -> None:
    from ipom_mail.pipeline.fields.place_caseless import unspaced_titled_place

    assert unspaced_titled_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "ISS Photo of the Month pályázat – Zselici Csillagpark",
            "Küldöm a képemet az űrállomásról, amely szombat este készült a Zselici "
            "Csillagparkban. Az űrállomás a Tejút alatt húzott el délnyugat felé.",
            "Zselici Csillagpark",
        ),
        (
            "ISS fotoğrafı – Uludağ Milli Parkı",
            "Fotoğrafı dün akşam Uludağ Milli Parkında çektim, gökyüzü çok açıktı ve hava "
            "oldukça soğuktu.",
            "Uludağ Milli Parkı",
        ),
    ],
)
def test_a_name_the_subject_titles_and_the_body_writes_in_a_case_ending_is_the_subjects_form(
    subject: str, body: str, place: str
) -> None:
    assert cased_echo(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the body never writes the name: the Subject alone names no place for certain
        ("ISS pályázat – Zselici Csillagpark", "Küldöm a képemet az űrállomásról, szombat este készült a kertben."),
        # one word: a town in a case ending is place_echo's (its base form checked there)
        ("ISS pályázat – Szeged", "Küldöm a képemet az űrállomásról, amely szombat este Szegeden készült."),
        # not surely Hungarian: no ending is read
        ("ISS photo – Zselici Csillagpark", "Here is Zselici Csillagparkban, ok."),
    ],
)  # fmt: skip
def test_no_titled_name_from_a_body_that_does_not_write_it_in_a_sure_case_ending(
    subject: str, body: str
) -> None:
    assert cased_echo(subject, body) is None
