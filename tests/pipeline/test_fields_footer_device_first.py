"""A phone's footer written after the device's name, in the languages that put it last
("Samsung Galaxy에서 보냄", "Galaxy S24 Ultraから送信しました", "从我的 Xiaomi 14 发送"): the
mail app's line, no camera and no story, however many words the device's name has (issue 13,
batch-25; data/mail_words.toml [sent_from]). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())
STORY = "ISS over the lake, a bright pass low in the south."

FOOTERS = [
    "Samsung Galaxy에서 보냄",
    "나의 Galaxy S24 Ultra에서 보냄",
    "Samsung Galaxy 스마트폰에서 보냈습니다.",  # the polite past, with its kind of device (batch-38)
    "나의 iPhone에서 전송됨",
    "Galaxy S24 Ultraから送信しました",
    "Xperia 1 Vから送信",
    "从我的 Xiaomi 14 发送",
    "发自我的 Huawei P60",
    "Samsung Galaxy থেকে পাঠানো",
    "मेरे Samsung Galaxy से भेजा गया",
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_after_the_devices_name_names_no_camera(footer: str) -> None:
    text = f"{STORY} Nikon Z6 with a Laowa 15mm.\n\n{footer}\n"
    assert find_equipment(text, NO_MEDIA) == ("Nikon Z6", "Laowa 15mm")


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_after_the_devices_name_is_no_story(footer: str) -> None:
    assert find_story(f"{STORY}\n\n{footer}\n") == STORY


def test_a_camera_named_in_a_sentence_that_goes_on_is_still_read() -> None:
    """The footer ends its line; a sentence that names the camera and goes on is no footer."""
    text = "Canon EOS R6에서 보냄 사진은 어제 찍었습니다.\n"
    assert find_equipment(text, NO_MEDIA) == ("Canon EOS R6",)
