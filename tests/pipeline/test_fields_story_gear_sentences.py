"""story: a sentence of prose that only lists the instruments, the exposure and the processing
software ("Processed in PIPP and AutoStakkert.", "画像処理は PixInsight です。") is a field line
written as prose and no part of the story, in any language; a sentence that tells more about
the gear ("I used my old Nikon because the new one was in repair") stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.gear_sentences import is_gear_sentence
from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon over the bay."


@pytest.mark.parametrize(
    "gear",
    [
        "Shot on my Nikon D850 with the Nikkor 14-24 f/2.8 on a Manfrotto tripod, single 15"
        " sec exposure.",
        "Processed in PIPP and AutoStakkert.",
        "Stacked in DeepSkyStacker, edited in Lightroom.",
        "Телескоп Sky-Watcher Skymax 127 на монтуванні Sky-Watcher AZ-GTi, камера SVBONY"
        " SV305, 1/800 с, відео обробляла в PIPP та AutoStakkert.",
        "画像処理は PixInsight です。",
        "Aufgenommen mit der Canon EOS R6 und dem Samyang 14mm, bearbeitet in Siril.",
    ],
)
def test_a_sentence_listing_the_gear_and_software_is_a_field_line(gear: str) -> None:
    assert is_gear_sentence(gear)
    assert find_story(f"{STORY}\n\n{gear}\n") == STORY


def test_a_nickname_among_the_names_still_lists_the_gear() -> None:
    gear = 'Shot on "the Beast" (my Nikon D850) with the Nikkor 14-24 f/2.8, 15 sec exposure.'
    assert find_story(f"{STORY}\n\n{gear}\n") == STORY


def test_a_japanese_gear_sentence_goes_and_the_story_around_it_stays() -> None:
    text = (
        "機材は、タカハシ FSQ-106EDX4 に ZWO ASI2600MC Pro を取り付け、ビクセン SXP2 赤道儀に"
        "載せて撮影しました。画像処理は PixInsight です。\n\n"
        "ISSが北斗七星のそばを通っていきました。\n"
    )
    story = find_story(text)
    assert story is not None and "PixInsight" not in story and "北斗七星" in story


def test_a_gear_sentence_inside_a_paragraph_of_story_stays() -> None:
    text = "Taken near Dubbo. Canon EOS R6 with a Samyang 14mm f/2.8, 15 s at ISO 3200.\n"
    story = find_story(text)
    assert story is not None and "Canon EOS R6" in story


@pytest.mark.parametrize(
    "told",
    [
        "I used my old Nikon D750 because the new one was in repair.",
        "The Barlow made the station look huge with the Celestron C8.",
        "I used a Nikon D750.",
        "Mein Freund hat mir sein Sky-Watcher Skymax 127 geliehen, danke Peter!",
        "PixInsight crashed twice, so I gave up and used Siril instead of sleeping.",
    ],
)
def test_a_sentence_telling_more_about_the_gear_stays(told: str) -> None:
    assert not is_gear_sentence(told)
    story = find_story(f"{STORY}\n\n{told}\n")
    assert story is not None and told[:25] in story
