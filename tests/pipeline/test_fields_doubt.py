"""A number the sender doubts is a guess, and no value (issue 13: never a guessed value).

"max like 70° i think" was kept as a max elevation of 70°. When the sender says in the
number's own clause that they are not sure ("I think", "glaube ich", "кажется", "と思う"),
a careful curator asks instead; an estimate ("about 55°", "etwa -3,8") is written down.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = datetime(2026, 11, 5, 7, 3, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "text",
    [
        "iphone 15 pro on a little tripod, 10 sec night mode. max like 70° i think",
        "I think the max elevation was 70°.",
        "Maximale Höhe 70°, glaube ich.",
        "Élévation max 70° je crois.",
        "Elevación máxima 70°, creo.",
        "Максимальная высота, кажется, 70°.",
        "Højeste højde 70°, tror jeg.",
        "Legnagyobb magasság szerintem 70°.",
        "最大仰角は70度だったと思います。",
    ],
)
def test_a_doubted_elevation_is_no_value(text: str) -> None:
    assert find_max_elevation(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Magnitude -3.5 I think, max elevation 70°.",
        "Helligkeit -3,5 mag, glaube ich.",
        "Яркость около -3,5, не уверен.",
    ],
)
def test_a_doubted_brightness_is_no_value(text: str) -> None:
    assert find_magnitude(text) is None


@pytest.mark.parametrize(
    ("text", "elevation"),
    [
        ("max el about 55°, mag -3.2 according to heavens above", 55.0),
        ("The pass was low, maybe 35 degrees max.", 35.0),
        ("Die ISS stand maximal 77° hoch und war sehr hell, etwa -3,8.", 77.0),
        ("I think it was my best night: max elevation 64°.", 64.0),  # doubt in another clause
    ],
)
def test_an_estimate_is_a_value(text: str, elevation: float) -> None:
    assert find_max_elevation(text) == elevation


def test_an_elevation_in_a_sentence_beside_a_doubt_about_settings_is_a_value() -> None:
    text = "Not sure about the settings, the camera did everything. Max elevation 48°."
    assert find_max_elevation(text) == 48.0


@pytest.mark.parametrize(
    "text",
    [
        "Shot on 4 November 2026 at 21:34 UT, I think.",
        "Aufgenommen am 4. November 2026 um 21:34 UT, glaube ich.",
        "Снято 4 ноября 2026 в 21:34 UT, кажется.",
    ],
)
def test_a_doubted_time_gives_the_date_only(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None
    assert taken.taken_date == "2026-11-04"
    assert any("doubt" in note for note in taken.notes)


def test_a_time_without_doubt_is_kept() -> None:
    taken = find_taken_at("I think this is my best one: 4 November 2026, 21:34 UT.", NO_MEDIA, SENT)
    assert taken.taken_at == datetime(2026, 11, 4, 21, 34, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "elevation"),
    [
        ("Najveća visina 68°, sjaj -3,5.", 68.0),  # hr
        ("Najveća visina: 49°", 49.0),  # sr (Latin)
        ("Највећа висина: 49°", 49.0),  # sr (Cyrillic)
        ("Kõrgeim punkt 24°, heledus -2,8", 24.0),  # et
    ],
)
def test_the_highest_point_is_read_in_more_languages(text: str, elevation: float) -> None:
    assert find_max_elevation(text) == elevation


def test_a_lithuanian_brightness_is_read() -> None:
    assert find_magnitude("Didžiausias aukštis 46°, ryškis -3,3.") == -3.3


@pytest.mark.parametrize(
    ("text", "elevation", "magnitude"),
    [
        # "大概" (about) before a number is an estimate; the doubt of one clause stays in it
        ("11月15日晚上6點48分，亮度大概-3.2等，最高仰角約65度", 65.0, -3.2),
        ("11月15日晚上6点48分，亮度大概-3.2等，最高仰角约65度", 65.0, -3.2),
    ],
)
def test_a_chinese_estimate_is_a_value(text: str, elevation: float, magnitude: float) -> None:
    assert find_max_elevation(text) == elevation
    assert find_magnitude(text) == magnitude


def test_a_doubt_ends_at_a_full_width_comma() -> None:
    text = "最高仰角好像是70度，亮度-3.2等"  # the elevation doubted, the brightness not
    assert find_max_elevation(text) is None
    assert find_magnitude(text) == -3.2


def test_a_chinese_time_beside_an_estimate_in_another_clause_is_kept() -> None:
    text = "11月4日晚上9點34分（台灣時間），國際太空站亮度大概-3.2等"
    taken = find_taken_at(
        text, NO_MEDIA, datetime(2026, 11, 5, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    )
    assert taken.taken_at == datetime(2026, 11, 4, 13, 34, tzinfo=UTC)
