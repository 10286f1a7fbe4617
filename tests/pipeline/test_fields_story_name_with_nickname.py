"""story (issue 13, batch-31): the sender's name line with a nickname or handle in brackets after
it ("周建国（网名：星河老周）", "Jan Novák (přezdívka Hvězdář)") signs the mail: it and the club
line under it are no story, in Chinese, Czech, English and German. A last story line with
brackets that is no name stays."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

FIELDS = "Time: 2026-09-05 19:48:30 UTC\nCamera: Canon EOS R5\n\n"


@pytest.mark.parametrize(
    ("sender", "story", "signature"),
    [
        ("周建国 <zhou@example.cn>", "那天傍晚刚下过雨，空气特别通透。", "周建国（网名：星河老周）\n北京天文爱好者协会"),
        ("Jan Novák <jan@example.cz>", "Obloha byla úplně čistá, stanice letěla nad Sněžkou.", "Jan Novák (přezdívka Hvězdář)\nAstronomický klub Trutnov"),
        ("Jane Doe <jane@example.org>", "The sky cleared just before the pass over the lake.", "Jane Doe (aka StarHopper)\nLakeside Astronomy Club"),
        ("Karl Huber <karl@example.de>", "Der Himmel war klar, die Station zog über den Hesselberg.", "Karl Huber (Forum: sternkarl)\nSternfreunde Franken"),
    ],
)  # fmt: skip
def test_a_name_line_with_a_nickname_signs_the_mail(
    sender: str, story: str, signature: str
) -> None:
    got = mail_fields("ISS", f"{FIELDS}{story}\n\n{signature}\n", sender=sender).story or ""
    assert story[:12] in got
    assert signature.split("\n")[1] not in got
    assert signature.split("\n")[0] not in got


@pytest.mark.parametrize(
    ("sender", "story"),
    [
        ("Jane Doe <jane@example.org>", "We drove up to the dark site near the lake (Lake Tahoe)."),
        ("周建国 <zhou@example.cn>", "我们开车去了兴隆（河北）的山坡上拍摄，空气特别通透。"),
    ],
)  # fmt: skip
def test_a_story_line_ending_in_brackets_is_no_name(sender: str, story: str) -> None:
    got = mail_fields("ISS", f"{FIELDS}{story}\n", sender=sender).story or ""
    assert story[-8:] in got
