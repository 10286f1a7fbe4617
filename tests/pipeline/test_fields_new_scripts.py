"""Languages new to the set with batch-14 (issue 13): place and equipment labels in Georgian,
Armenian (whose label ends with "՝"), Macedonian, Irish and Maltese; Armenian and Georgian
kinds and tripods after a name; mail in those languages read as a submission; names in
Georgian's Mkhedruli and Welsh patronymics credited."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import text_items
from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.people import find_photographer
from ipom_mail.pipeline.fields.submission import has_submission_wording


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ადგილი: ბათუმი, ბულვარი", "ბათუმი, ბულვარი"),
        ("გადაღების ადგილი: მცხეთა", "მცხეთა"),
        ("Վայրը՝ Գառնի, Կոտայքի մարզ", "Գառնի, Կոտայքի մարզ"),
        ("Վայր: Սևան", "Սևան"),
        ("Локација: Битола, Пелистер", "Битола, Пелистер"),
        ("Áit: An Daingean, Co. Chiarraí", "An Daingean, Co. Chiarraí"),
        ("Lokalità: Marsaxlokk", "Marsaxlokk"),
    ],
)
def test_place_lines_are_read_in_the_new_languages(line: str, place: str) -> None:
    assert find_location(f"Time: 18:10 UT\n{line}\n") == place


def test_armenian_comma_in_prose_is_no_label() -> None:
    text = "Կայանն անցնում է վանքի վրայով՝ լեռան ֆոնին։\n\nՀարգանքով՝\nԱննա"
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Location: Leeds, back garden", "Leeds"),
        ("Место: Нови Сад, кеј код моста", "Нови Сад"),
    ],
)
def test_a_lower_case_description_after_a_capitalised_place_is_still_left_out(
    line: str, place: str
) -> None:
    assert find_location(line) == place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Locatie: dak van mijn flat, Amsterdam-Noord", "Amsterdam-Noord"),
        ("Location: back garden, Leeds", "Leeds"),
        ("Lieu : toit de mon immeuble, Lyon, Rhône", "Lyon, Rhône"),
        ("Standort: mein balkon, Graz-Andritz", "Graz-Andritz"),
    ],
)
def test_a_lower_case_spot_before_a_capitalised_place_is_left_out(line: str, place: str) -> None:
    assert find_location(line) == place


def test_a_labelled_place_with_a_capitalised_spot_before_its_town_is_kept_whole() -> None:
    assert find_location("Location: Friar's Crag, Keswick") == "Friar's Crag, Keswick"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Սարքավորում՝ Nikon Z6 ֆոտոխցիկ, Nikkor Z 20mm f/1.8 S օբյեկտիվ, Benro Mach3 եռոտանի",
            ["Nikon Z6", "Nikkor Z 20mm f/1.8 S", "Benro Mach3"],
        ),
        (
            "აღჭურვილობა: Sony A7 III კამერა, Sigma 14mm f/1.8 ობიექტივი",
            ["Sony A7 III", "Sigma 14mm f/1.8"],
        ),
    ],
)
def test_armenian_and_georgian_kinds_after_a_name_are_no_part_of_it(
    text: str, items: list[str]
) -> None:
    assert text_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Ուղարկում եմ իմ լուսանկարը, որտեղ կայանն անցնում է Գառնիի վրայով։",
        "გიგზავნით ჩემს ფოტოს, სადაც სადგური მცხეთის თავზე გადის.",
        "Dyma fy llun o'r orsaf ofod dros Gaernarfon.",
        "Seo mo ghrianghraf den stáisiún spáis.",
        "Po ju dërgoj fotografinë time.",
        "Hawn hu r-ritratt tiegħi tal-istazzjon spazjali.",
    ],
)
def test_mail_in_the_new_languages_speaks_of_a_submission(text: str) -> None:
    assert has_submission_wording(text)


def test_a_greeting_alone_in_armenian_is_no_submission() -> None:
    assert not has_submission_wording("Բարև Ձեզ, ինչպե՞ս եք։")


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("ნინო ბერიძე", "ნინო ბერიძე"),
        ("Արամ Պետրոսյան", "Արամ Պետրոսյան"),
        ("Rhys ap Gwilym", "Rhys ap Gwilym"),
        ("Gwenllian ferch Owain", "Gwenllian ferch Owain"),
    ],
)
def test_georgian_armenian_and_welsh_names_are_credited(display: str, name: str) -> None:
    assert find_photographer(display, "Photo attached.", ()).name == name


@pytest.mark.parametrize("display", ["ap", "ფოტო 2026", "ასტრონომიული კლუბი ipom"])
def test_no_person_from_a_particle_or_a_number(display: str) -> None:
    assert find_photographer(display, "Photo attached.", ()).name is None


@pytest.mark.parametrize("display", ["נועה בן-דוד", "דוד בר-און", "محمد آل-سعود", "김-이서연"])
def test_a_joined_name_in_a_script_without_capitals_is_credited(display: str) -> None:
    assert find_photographer(display, "Photo attached.", ()).name == display


@pytest.mark.parametrize("display", ["-דוד", "בן-", "בן--דוד"])
def test_a_dangling_hyphen_in_a_caseless_name_is_no_person(display: str) -> None:
    # trap: a hyphen joins two parts of a name, never stands at an end or alone
    assert find_photographer(display, "Photo attached.", ()).name is None
