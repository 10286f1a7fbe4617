"""location, issue 13: a Korean sentence naming a town and a landmark the station passed
over ("부산 광안대교 위로 지나가는 ISS 찍었어요") gives the town; a site passed over alone
was in the frame and gives no place."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_cjk import cjk_place


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("어제 저녁 7시쯤 부산 광안대교 위로 지나가는 ISS 찍었어요.", "부산"),
        ("서울 롯데타워 위를 지나는 국제우주정거장을 촬영했습니다.", "서울"),
    ],
)
def test_a_town_before_a_landmark_passed_over_is_the_place(sentence: str, town: str) -> None:
    assert cjk_place(sentence) == town


def test_a_site_passed_over_alone_is_no_place() -> None:
    assert cjk_place("보현산 천문대 위로 지나가는 ISS를 찍었습니다.") is None
