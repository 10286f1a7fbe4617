"""A brightness's minus written as a word ("قدر: منفی ۳٫۲", "السطوع سالب 3.4", "brightness
minus 3.5") is negative, never read as the positive number after it (batch-39 gave +3.2); a
brightness word in its case form ("magnitudinea -3,2") or its number wrapped after "about"
("kirkkaus\\nnoin -2,7") is read; and the pass's highest point in the words of batch-39
("en fazla 52°", "gick upp till 74° höjd", "va arribar a uns 80°", "Maksimaalne kõrgus\\n42°")."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

_OPENING = "Here is my photo of the ISS from last night.\n"


def _flyby(line: str):  # type: ignore[no-untyped-def]
    return mail_fields("ISS", f"{_OPENING}{line}\n", follow_up=True).flyby


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("بیشینه ارتفاع: ۵۸ درجه، قدر: منفی ۳٫۲", -3.2),
        ("أقصى ارتفاع 61 درجة، السطوع سالب 3.4", -3.4),
        ("أقصى ارتفاع 61 درجة، السطوع ناقص ٣٫٦", -3.6),
        ("גובה מרבי 72°, בהירות מינוס 3.7", -3.7),
        ("Max elevation 70°, brightness minus 3.5.", -3.5),
        ("Maximale Höhe 64°, Helligkeit minus 2,9.", -2.9),
        ("Максимальная высота 49°, яркость минус 3,1.", -3.1),
        ("En yüksek 52°, parlaklık eksi 3,3.", -3.3),
    ],
)
def test_a_minus_written_as_a_word_makes_the_brightness_negative(line: str, value: float) -> None:
    assert _flyby(line).magnitude == value


@pytest.mark.parametrize(
    "line",
    [
        # a minus word before another number: a temperature's, not the brightness
        "دما منفی ۵ درجه بود و آسمان صاف بود.",
        "It was minus 5 outside, a lovely clear night.",
        # a minus word that is no sign ("minus the clouds")
        "Brightness, minus the haze, a lovely pass.",
    ],
)
def test_a_minus_word_without_a_brightness_gives_none(line: str) -> None:
    assert _flyby(line).magnitude is None


def test_a_minus_sign_with_a_direction_mark_after_the_number_in_persian_is_negative() -> None:
    assert _flyby("حداکثر ارتفاع ۵۵ درجه، قدر ۳٫۴\u200f-").magnitude == -3.4


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Trecerea a avut elevația maximă de 57° și magnitudinea -3,2.", -3.2),
        ("Trecerea a avut luminozitatea -2,9.", -2.9),
        ("Ylityksen maksimikorkeus oli 38°, kirkkaus\nnoin -2,7.", -2.7),
        ("Passagen var ljus, ljusstyrka\nca -3,4.", -3.4),
    ],
)
def test_a_brightness_in_its_case_or_wrapped_after_about_is_read(line: str, value: float) -> None:
    assert _flyby(line).magnitude == value


def test_a_wrapped_line_after_the_brightness_word_with_other_words_gives_none() -> None:
    assert _flyby("Kirkkaus\nkuvassa 3 tähteä.").magnitude is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Geçiş en fazla 52° yüksekliğe çıktı, parlaklık -3,3 kadir.", 52.0),
        ("Passagen gick upp till 74° höjd.", 74.0),
        ("L'estació va arribar a uns 80° d'alçada.", 80.0),
        ("Pilt on tehtud kell 21.36. Maksimaalne kõrgus\n42°, heledus -2,8.", 42.0),
        ("Ülelennu suurim kõrgus\n61°, heledus -3,0.", 61.0),
    ],
)
def test_the_highest_point_in_the_words_of_batch_39_is_read(line: str, value: float) -> None:
    assert _flyby(line).max_elevation_deg == value


@pytest.mark.parametrize(
    "line",
    [
        # a temperature, a camera's tilt and the Sun's height are no pass's
        "Sıcaklık en fazla 12° idi.",
        "Jag riktade kameran 30° uppåt.",
        "El sol va arribar a uns 10° sota l'horitzó.",
        "Pilt on tehtud kell 21.36, kaamera kõrgus\n30 cm.",
    ],
)
def test_degrees_that_are_no_pass_s_highest_point_give_none(line: str) -> None:
    assert _flyby(line).max_elevation_deg is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Prolaz je bio nizak, samo 28° iznad obzora, sjaj oko -1,9.", 28.0),
        ("Przelot był dość niski, tylko 25° nad horyzontem.", 25.0),
        ("Přelet byl vysoký, skoro 80° nad obzorem.", 80.0),
        ("Il passaggio era alto, circa 75° sull'orizzonte.", 75.0),
    ],
)
def test_a_pass_said_to_be_low_or_high_gives_its_degrees_as_its_highest(
    line: str, value: float
) -> None:
    assert _flyby(line).max_elevation_deg == value


@pytest.mark.parametrize(
    "line",
    [
        # the Moon's height after the pass was called low; a pass that only began at a height
        "Prolaz je bio nizak, a Mjesec je bio 28° iznad obzora.",
        "Prolaz je počeo kad je ISS bila 10° iznad obzora.",
    ],
)
def test_other_degrees_near_a_pass_s_word_give_no_highest(line: str) -> None:
    assert _flyby(line).max_elevation_deg is None


@pytest.mark.parametrize(
    "line",
    [
        "The pass started at 10° above the horizon and the ISS was very bright.",
        "The pass ended at 12° in the east, into the shadow.",
        "The pass began 15° above the trees.",
    ],
)
def test_the_degrees_where_the_pass_rose_or_set_are_no_highest_point(line: str) -> None:
    assert _flyby(line).max_elevation_deg is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Max elevation 67°. The pass started at 10°.", 67.0),
        ("Pass 67°, mag -3.4.", 67.0),
        ("The pass was at 67° when it started to fade.", 67.0),
    ],
)
def test_the_pass_word_before_its_degrees_still_gives_the_highest_point(
    line: str, value: float
) -> None:
    assert _flyby(line).max_elevation_deg == value
