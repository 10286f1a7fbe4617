"""location, issue 13: a place in the Subject's data (fields/place_subject.py) for a body that
names none: a CJK site right after the photo's time or zone, a town and its site between the
commas of a Subject that lists the data; never a site the station passed over, nor one after
"ISS", nor a town the body names."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_subject import subject_place


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("[IPOM 응모] 2026.11.02 19:12 KST 소백산천문대 ISS 통과", "소백산천문대"),
        ("ISS 2026年11月2日 19:12 JST 野辺山高原 / Canon EOS R6", "野辺山高原"),
        ("国际空间站 2026-11-02 19:12 CST 兴隆观景台 / 佳能 R6", "兴隆观景台"),
    ],
)  # fmt: skip
def test_a_cjk_site_after_the_photos_time_is_the_place(subject: str, place: str) -> None:
    assert subject_place(subject, "사진 첨부합니다.") == place


@pytest.mark.parametrize(
    "subject",
    [
        "[IPOM 응모] 2026.11.02 19:12 KST 소백산천문대 위 ISS",  # the station over it
        "ISS 2026-11-02 19:12 CST 紫金山天文台上空 / Canon",
        "[IPOM] 2026.11.02 19:12 KST ISS 남산공원 통과",  # after "ISS", not after the data
    ],
)
def test_a_cjk_site_passed_over_or_after_the_station_is_no_place(subject: str) -> None:
    assert subject_place(subject, "附上照片。") is None


def test_a_cjk_site_the_body_names_is_left_to_the_body() -> None:
    subject = "[IPOM 응모] 2026.11.02 19:12 KST 소백산천문대 ISS 통과"
    assert subject_place(subject, "소백산천문대 주차장에서 찍었습니다.") is None


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS 2026-03-14 19:12 UTC, Kraków Kopiec Kościuszki, Nikon Z6, max 60°", "Kraków Kopiec Kościuszki"),
        ("ISS 2026-03-14 19:12 UTC, Wien Donauinsel, Nikon Z6, max 60°", "Wien Donauinsel"),
        ("ISS 14.03.2026 20:12 CET, Lyon Fourvière, Nikon Z6", "Lyon Fourvière"),
    ],
)  # fmt: skip
def test_a_town_and_its_site_listed_with_the_data_are_the_place(subject: str, place: str) -> None:
    assert subject_place(subject, "Sent from my iPhone") == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS 2026-03-14 19:12 UTC, Canon EOS R, Sigma Art, max 60°", "Sent from my iPhone"),
        ("ISS Foto, Wien Donauinsel, Nikon Z6", "Gesendet von meinem iPhone"),  # no data listed
        ("ISS 2026-03-14 19:12 UTC, Lyon Fourvière, Nikon Z6", "Photo prise depuis Lyon."),
    ],
)  # fmt: skip
def test_no_town_and_site_without_listed_data_or_when_the_body_names_it(
    subject: str, body: str
) -> None:
    assert subject_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS over Leeds 03/12/2026 18:02 GMT - Nikon Z6", "Leeds"),
        ("ISS über Hamburg 12.03.2026 19:04 MEZ – Canon R6", "Hamburg"),
        ("ISS sopra Torino 03/05/2026 21:40 CEST | Sony A7 III", "Torino"),
        ("ISS sobre CABA 21/11/2026 20:10 hora argentina - Canon T7", "CABA"),
        ("ISS boven Calton Hill, Edinburgh 18-11-2026 17:21 GMT", "Calton Hill, Edinburgh"),
    ],
)  # fmt: skip
def test_a_town_passed_over_right_before_the_data_is_the_place(subject: str, place: str) -> None:
    assert subject_place(subject, "", "Jane Doe") == place


@pytest.mark.parametrize(
    "subject",
    [
        "ISS over Edinburgh 18/11/2026 17:21 GMT from Glasgow",  # taken elsewhere
        "ISS nad Krakowem 12.03.2026 19:04 CET",  # in a case ending
        "ISS over Orion, Leeds 03/12/2026 18:02 GMT",  # a sky object
        "ISS over Venus 03/12/2026 18:02 GMT",
        "ISS over Leeds tonight, 03/12/2026",  # not beside the data
        "ISS over Harrow 03/12/2026 18:02 GMT",  # the sender's name
    ],
)
def test_an_over_name_not_beside_the_data_or_not_a_town_is_no_place(subject: str) -> None:
    assert subject_place(subject, "", "Tom Harrow") is None


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS 14.03.2027 1902Z – Sky-Watcher 150/750 + ZWO ASI290MC – Kraków-Nowa Huta",
         "Kraków-Nowa Huta"),
        ("ISS 2027-03-14 20:02 MEZ – Leipzig-Gohlis", "Leipzig-Gohlis"),
        ("ISS 14.03.2027 20:02 – Warszawa-Stare Miasto", "Warszawa-Stare Miasto"),
    ],
)  # fmt: skip
def test_a_town_and_its_part_after_a_hyphen_in_the_subjects_data_is_the_place(
    subject: str, place: str
) -> None:
    assert subject_place(subject, "\n\nWysłane z mojego smartfona Galaxy\n") == place


@pytest.mark.parametrize(
    "subject",
    [
        "ISS 14.03.2027 1902Z – Sky-Watcher Star Adventurer",  # a maker, not a town's part
        "ISS 14.03.2027 1902Z – Kraków-Nowa Huta Astro Club Meeting",  # more than a part
        "ISS 14.03.2027 1902Z – Kraków-Sigma",  # a maker, not a part
    ],
)
def test_no_town_and_part_where_the_part_is_no_name(subject: str) -> None:
    assert subject_place(subject, "") is None


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS 14/01/2027 18:26 UTC - Serra da Estrela - Nikon Z7 + Nikkor Z 24-70 f/4 S", "Serra da Estrela"),
        ("ISS 2027-01-14 19:02 UT – Pico do Arieiro – Canon R6", "Pico do Arieiro"),
        ("ISS 12.03.2027 20:14 MEZ - Sternwarte Drebach - Sony A7", "Sternwarte Drebach"),
        ("ISS 2027-01-14 19:02 UTC | Kielder Observatory | Nikon D750", "Kielder Observatory"),
        ("ISS over Calgary AB 2026-11-06 01:42:10 UTC | Canon EOS R6 + RF 15-35mm", "Calgary AB"),
    ],
)  # fmt: skip
def test_a_site_by_its_kind_or_a_town_and_its_province_in_the_subjects_data_is_the_place(
    subject: str, place: str
) -> None:
    assert subject_place(subject, "Photo attached.", "Ana Costa") == place


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        ("ISS 14/01/2027 18:26 UTC - Submission - Nikon Z7", "Photo attached.", None),
        ("ISS 14/01/2027 18:26 UTC - Ana Costa - Nikon Z7", "Photo attached.", "Ana Costa"),
        ("ISS 14/01/2027 18:26 UTC - Milky Way - Nikon Z7", "Photo attached.", None),
        # the body names the site: the body's reading is better
        ("ISS 14/01/2027 18:26 UTC - Serra da Estrela - Nikon Z7", "Tirada na Serra da Estrela.", None),
        ("ISS 14/01/2027 - Lake Tekapo Astronomical Society - Entry", "Photo attached.", None),
        ("Photo of the month - Serra da Estrela", "Photo attached.", None),  # no data first
    ],
)  # fmt: skip
def test_a_word_a_sender_a_sky_a_club_or_a_site_the_body_names_is_no_subject_site(
    subject: str, body: str, sender: str | None
) -> None:
    assert subject_place(subject, body, sender) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS 2024-05-02 20:14 UTC Graz - Nikon Z6", "attached", "Graz"),
        ("ISS 21:04 UTC | C8 + ASI224MC | Regina SK", "pic attached", "Regina SK"),
        ("ISS pass 2024-05-02\nCanon R6\nPorto", "", "Porto"),
        ("ISS photo - Porto", "", None),  # no date nor time: not a data line
        ("ISS - Sevilla", "Desde el centro de Sevilla.", None),  # the body says it better
        ("ISS - Skywatcher 200P", "", None),
        (
            "ISS 2026-11-04 16:58 UT, Uppsala, Canon EOS R5",
            "Länk: https://x.example/ISS_Uppsala.jpg",
            "Uppsala",
        ),
        ("ISS 12 Nov 2026 18:21 UTC - Salthill, Galway - Nikon Z6", "pic here", "Salthill, Galway"),
        ("ISS 12.10.2024 21:04 UT - Llandaff, Cardiff - Nikon Z6", "", "Llandaff, Cardiff"),
        ("ISS 3.5.2024 21:04 - Nikon Z6, Leipzig", "", "Leipzig"),
        ("ISS 3.5.2024 21:04 - Nikon Z6, Leipzig", "Aus Leipzig.", None),
    ],
)
def test_a_town_alone_in_a_part_or_a_comma_piece_of_the_subject(
    subject: str, body: str, place: str | None
) -> None:
    assert subject_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS 2 Oct 2026 20:14 AEST Mt Ainslie Canberra - Nikon Z6", "photo attached", "Mt Ainslie Canberra"),
        ("ISS 2026-10-02 20:14 UTC Arthur's Seat Edinburgh", "", "Arthur's Seat Edinburgh"),
        ("ISS 사진 / 2026.10.02 20:14 KST / 서울 남산타워", "사진 첨부", "서울 남산타워"),
        ("ISS写真 / 2026.10.02 20:14 JST / 札幌 藻岩山", "写真を添付します", "札幌 藻岩山"),
        ("ISS 2026-10-02 20:14 UTC Mt Ainslie Canberra", "Taken from Canberra.", None),
    ],
)  # fmt: skip
def test_a_site_and_its_town_in_the_subjects_data_are_the_place(
    subject: str, body: str, place: str | None
) -> None:
    assert subject_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS 2026-06-14 21:37Z, Nikon Z6, Grožnjan", "Grožnjan"),
        ("МКС 14.06.2026 21:37 UTC, Canon R6, Коктебель", "Коктебель"),
        ("ISS 14/06/2026 21:37 UT, Canon 6D + Samyang 14mm, Peyresq", "Peyresq"),
        ("ISS 14.06.2026 21:37Z, Canon R6, Stativ", None),
        ("ISS 14.06.2026 21:37Z, Canon R6, Clear Skies", None),
        ("ISS 14.06.2026 21:37Z, Canon R6, Ivan", None),  # the sender
    ],
)
def test_a_name_ending_a_subjects_list_of_data_is_the_place(
    subject: str, place: str | None
) -> None:
    assert subject_place(subject, "u privitku", "Ivan Horvat") == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS 2026-03-08 19:12 UTC, Kraków Kazimierz, Nikon Z6", "", "Kraków Kazimierz"),
        ("ISS 08.03.2026 19:12 UT, Zagreb Jarun, Canon R6, max 61°", "", "Zagreb Jarun"),
        ("МКС 08.03.2026 19:12 UTC, Пловдив Тепетата, Sony A7", "", "Пловдив Тепетата"),
        ("ISS 2026-03-08 19:12 UTC, Kraków Kazimierz, Nikon Z6", "Z Krakowa.", "Kraków Kazimierz"),
        ("ISS 2026-03-08 19:12 UTC, Canon EOS R, Nikon Z6", "", None),  # two cameras
        ("ISS 2026-03-08 19:12 UTC, Kraków Kazimierz, Nikon Z6", "Kraków nocą.", None),  # body
    ],
)  # fmt: skip
def test_a_town_and_its_site_as_a_piece_of_the_subjects_data_are_the_place(
    subject: str, body: str, place: str | None
) -> None:
    assert subject_place(subject, body) == place


def test_the_senders_name_in_the_subject_is_not_a_town() -> None:
    assert subject_place("ISS 2024-05-02 21:04 UTC - Martin", "", "Martin Novak") is None


def test_the_senders_name_as_a_piece_of_the_subject_is_no_town_and_site() -> None:
    subject = "ISS 2026-03-08 19:12 UTC, Marion Keller, Nikon Z6"
    assert subject_place(subject, "", "Marion Keller") is None
