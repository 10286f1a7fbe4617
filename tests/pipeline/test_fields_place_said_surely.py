"""location, issue 13: villages and spots no town list holds, read where the sentence says
surely that a place follows: one's yard or the ball fields before "in", a village's kind
in a case ending, a verb of taking and its "in" (Nordic), a landmark's kind in the case an
"over" word takes (its name then in the base form), a village the Subject's data says the
station passed over, an Indonesian or Malay spot and "di"; never a sky object, a program,
a maker, a day, a name in a case ending, an Italian "di" ("of")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_pictured import pictured_place
from ipom_mail.pipeline.fields.place_subject import subject_place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Capté depuis ma cour à Saint-Hyacinthe, en Montérégie.", "Saint-Hyacinthe"),
        ("Capté depuis ma cour arrière à Sainte-Julie, samedi soir.", "Sainte-Julie"),
        ("got it at 12:06 AM EDT from the ball fields in frederick md 🌔", "frederick md"),
        ("Shot from the playing fields at Burnham Overy Staithe.", "Burnham Overy Staithe"),
        ("Posneto v vasi Javorje nad Poljansko dolino.", "Javorje"),
        ("Fotografija je nastala iz vasi Žiri, ko je bilo še svetlo.", "Žiri"),
        ("Min bild är tagen i Lerkaka på Öland i lördags, den 11 juli.", "Lerkaka på Öland"),
        ("Bildet er tatt i Reine i Lofoten natt til tirsdag.", "Reine i Lofoten"),
        ("Billedet er taget i Skagen i aftes.", "Skagen"),
        ("tatt fra brygga ved hytta vår på Nes i Ringsaker natt til tirsdag 30. juni", "Nes i Ringsaker"),
    ],
)  # fmt: skip
def test_a_place_the_sentence_surely_names_is_read_as_written(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "Photo prise au cours de la soirée, depuis la cour.",  # no name after the yard
        "Shot from the fields in July.",  # a month
        "V vasi smo imeli piknik.",  # no name
        "Bilden är tagen i Lightroom.",  # a program
        "Bilden är tagen i RAW.",  # capitals: no name
        "Bilden är tagen i går kväll.",  # a time
        "Bilden är tagen i Manuellt läge.",  # the name does not end its clause
    ],
)
def test_no_place_where_the_sentence_names_none(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS iznad zvjezdarnice Višnjan", "ISS iznad Zvjezdarnice Višnjan u Istri, u subotu.", "Višnjan"),
        ("Trecerea ISS peste Păltiniș", "ISS deasupra stațiunii Păltiniș, județul Sibiu, sâmbătă.",
         "Păltiniș, județul Sibiu"),
        ("ISS nad Karlštejnem", "ISS nad hradem Karlštejn, okres Beroun, v sobotu.", "Karlštejn, okres Beroun"),
    ],
)  # fmt: skip
def test_a_name_after_a_landmarks_kind_in_a_case_is_its_base_form(
    subject: str, body: str, place: str
) -> None:
    assert pictured_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS iznad Istre", "ISS iznad Zvjezdarnice Višnjan u Istri."),  # another name
        ("ISS iznad Višnjana", "ISS iznad Višnjana, u subotu."),  # no kind: the base form unknown
        ("ISS peste Sibiu", "Trecerea ISS deasupra Sibiului, ieri seară."),  # in a case ending
    ],
)
def test_no_base_form_read_without_the_kind_or_the_subjects_name(subject: str, body: str) -> None:
    assert pictured_place(subject, body) is None


def test_a_town_after_a_romanian_over_word_is_its_own_name() -> None:
    assert find_location("Trecerea ISS deasupra Sibiului, ieri seară.") == "Sibiu"


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS boven Dwingeloo 2026-07-14 22:47:30 UTC – Canon EOS 90D", "Dwingeloo"),
        ("ISS over Table Mountain 12/04/2026 19:40 SAST", "Table Mountain"),
    ],
)
def test_a_village_passed_over_right_before_the_subjects_data_is_the_place(
    subject: str, place: str
) -> None:
    assert subject_place(subject, "Zie bijlage.", "Bram de Vries") == place


@pytest.mark.parametrize(
    "subject",
    [
        "ISS over Orion 2026-07-14 22:47 UTC",  # the sky
        "ISS over Nikon 2026-07-14 22:47 UTC",  # a maker
        "ISS over Tuesday 2026-07-14",  # a day
        "ISS nad Krakowem 2026-07-14 22:47 UTC",  # a case ending
        "ISS over Bram 2026-07-14 22:47 UTC",  # the sender
        "ISS over Stativ 2026-07-14 22:47 UTC",  # gear
    ],
)
def test_no_village_from_the_subjects_data_where_the_name_is_none(subject: str) -> None:
    assert subject_place(subject, "Zie bijlage.", "Bram de Vries") is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Foto diambil pukul 19.21 WIB dari halaman sekolah di Yogyakarta.", "Yogyakarta"),
        ("Foto diambil dari halaman\nsekolah di Yogyakarta. Rizky berhasil.", "Yogyakarta"),
        ("Saya memotret dari atap rumah saya di Bandung, Jawa Barat.", "Bandung, Jawa Barat"),
        ("Gambar dirakam dari halaman rumah di Ipoh.", "Ipoh"),
    ],
)
def test_an_indonesian_or_malay_spot_and_di_name_the_place(body: str, place: str) -> None:
    assert find_location(body) == place  # "di" is "in" there, never "of"


@pytest.mark.parametrize(
    "body",
    [
        "La ISS sopra la chiesa di San Marco, ieri sera.",  # Italian "di" is "of"
        "Dari halaman\nSaya kirim fotonya.",  # a name alone after a wrapped spot
        "Foto diambil dari halaman di Canon EOS.",  # a maker
    ],
)
def test_di_leads_no_place_where_it_is_of_or_no_name_follows(body: str) -> None:
    assert find_location(body) is None
