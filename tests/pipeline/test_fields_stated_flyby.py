"""Flyby values a mail states with certainty that blind batch 05 found missed (issue 13),
each class in several languages with sentences written here: the pass's height and
brightness only in the Subject, written phone-style ("pasó altísima, como 80°", "foarte
strălucitoare, cam -3.5"), a CJK magnitude after its number ("-2.8等"), a label wrapped
before its value; and what must stay null beside them."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.taken_at import TakenAt

NOTHING = TakenAt(None, None, None)


@pytest.mark.parametrize(
    ("subject", "elevation", "magnitude"),
    [
        ("ISS 12 Nov 2026 18:21:05 UTC\nSalthill, Galway\nmax el 64° mag -3.4", 64.0, -3.4),
        ("ISS 12.11.2026 19:21 MEZ\nGraz\nmax. Höhe 64°, Helligkeit -3,4", 64.0, -3.4),
        ("МКС 12.11.2026 21:21 мск\nКазань\nмакс. высота 64°, блеск -3,4", 64.0, -3.4),
    ],
)
def test_the_passs_height_and_brightness_only_in_the_subject_are_read(
    subject: str, elevation: float, magnitude: float
) -> None:
    flyby = find_flyby("pic here 👇\n\nSent from my iPhone", NOTHING, None, subject)
    assert (flyby.max_elevation_deg, flyby.magnitude) == (elevation, magnitude)


def test_the_body_comes_first_and_a_subject_that_contradicts_it_adds_nothing() -> None:
    body = "Max elevation 58°, magnitude -3.1.\n\nMax elevation 61° per Heavens-Above."
    flyby = find_flyby(body, NOTHING, None, "ISS pass, max el 64° mag -3.4")
    assert flyby.max_elevation_deg is None  # the body gives two values: unsure
    assert flyby.magnitude == -3.1  # the body's own value stands


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("pasó altísima, como 80°, y brillaba un montón", 80.0),
        ("it went almost straight over (78 deg)", 78.0),
        ("passou altíssima, uns 75°, muito brilhante", 75.0),
        ("è passata altissima, circa 77°", 77.0),
        ("Passage de 18:31 à 18:38 (heure de Paris), culmination\nà 78°, magnitude -3,8.", 78.0),
        ("Passage sehr hoch, Kulmination\nbei 71°.", 71.0),
        ("최고 고도 58°, 밝기 -3.4등급", 58.0),  # Korean "highest" (최고), as 最高 in Chinese
        ("最高高度 58°、-3.4等", 58.0),
    ],
)
def test_a_pass_written_as_going_high_or_wrapped_before_its_height_gives_it(
    text: str, degrees: float
) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    "text",
    [
        "Max elevation:\nAzimuth 120°",  # a new line that is no continuation
        "the Moon was high overhead at 40° and the ISS crossed it",  # the Moon's
        "the ISS passed overhead at 21:05; my lens has a 12° field of view",
        "정말 최고였어요! 삼양 14mm 렌즈 (화각 114°)",  # "the best!", then a lens's field of view
    ],
)
def test_no_height_is_read_from_another_line_or_body(text: str) -> None:
    assert find_max_elevation(text) is None


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("max 52°, foarte strălucitoare, cam -3.5", -3.5),
        ("最大仰角：42度、-2.8等", -2.8),
        ("최대 고도 63°, -3.4등급", -3.4),
        ("maksimalna visina 48°, jako sjajna, oko -3,0", -3.0),
        ("çok parlak, yaklaşık -3,6", -3.6),
    ],
)
def test_brightness_written_phone_style_or_after_a_cjk_number_is_the_magnitude(
    text: str, magnitude: float
) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "ベテルギウスは0等星、シリウスは-1等星",  # a star's class, not the pass's brightness
        "2等星の近くを通過しました",
        "foarte strălucitoare, pe 14 noiembrie",  # a date, no signed number
    ],
)
def test_no_magnitude_is_read_from_a_stars_class_or_a_date(text: str) -> None:
    assert find_magnitude(text) is None
