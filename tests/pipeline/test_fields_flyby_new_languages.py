"""The pass's height and brightness written after words of the languages batch-14 brought
(issue 13; data/labels.toml [highest], [brightness], [bright], [degrees], [bodies]):
Georgian, Armenian, Irish, Welsh, Albanian, Maltese, Macedonian, Thai, Persian, Italian.
Sentences written for these tests, with traps where no value may be read."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation


@pytest.mark.parametrize(
    ("text", "height", "magnitude"),
    [
        ("გავლა: მაქსიმალური სიმაღლე 71°, სიკაშკაშე -2.9", 71.0, -2.9),
        ("Անցում՝ առավելագույն բարձրություն 48°, պայծառություն -3.1", 48.0, -3.1),
        ("Pas: airde uasta 66°, gile -3.2", 66.0, -3.2),
        ("Y daith: uchder uchaf 52 gradd, disgleirdeb -2.7", 52.0, -2.7),
        ("Kalimi: lartësia maksimale 63°, shkëlqimi -3,1", 63.0, -3.1),
        ("Il-passaġġ: l-ogħla elevazzjoni 70°, luminożità -3.4", 70.0, -3.4),
        ("Прелет: максимална височина 58°, светлина -3,0", 58.0, -3.0),
        ("มุมเงยสูงสุด 61 องศา ความสว่าง -3.3", 61.0, -3.3),
        ("بیشترین ارتفاع ۵۵ درجه، قدر -۲٫۸", 55.0, -2.8),
        ("era altissima (79° max) e luminosissima, -3.6", 79.0, -3.6),
    ],
)
def test_height_and_brightness_after_the_new_words(
    text: str, height: float, magnitude: float
) -> None:
    assert find_max_elevation(text) == height
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "მთვარე იყო მაქსიმალური სიმაღლე 40°-ზე",  # the Moon's height
        "Roedd y Lleuad ar ei huchaf, 35 gradd",  # the Moon's height, Welsh
        "Bhí an ghealach ag airde uasta 30°",  # the Moon's height, Irish
        "teocht uasta 12°",  # a temperature
        "ایستگاه آن‌قدر درخشان بود 3 دقیقه",  # "so much": no magnitude
        "una luna luminosa, -12",  # the Moon, and out of range
    ],
)
def test_no_value_for_another_body_or_a_temperature(text: str) -> None:
    assert find_max_elevation(text) is None
    assert find_magnitude(text) is None
