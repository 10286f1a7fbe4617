"""A CJK site with a name of its own is a place, though no town list holds it (issue 13).

"在天坛公园外拍摄" (outside the Temple of Heaven park), "山中湖のほとりから撮影" (from the
shore of Lake Yamanaka), "보현산 천문대 아래 주차장에서 촬영" (in the parking lot below the
Bohyeonsan observatory): the site ends in its kind (park, trail, lake, observatory) and
is given as written, without the words that place the photographer beside it.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这是我在北海公园外拍摄的照片。", "北海公园"),
        ("我上周在阳明山步道拍到的国际空间站。", "阳明山步道"),
        ("河口湖のほとりから、夜空を横切るISSを撮影しました。", "河口湖"),
        ("本栖湖畔から撮影しました。", "本栖湖畔"),
        ("소백산 천문대 아래 주차장에서 촬영했습니다.", "소백산 천문대"),
        # what was taken stands between the site and the verb
        (
            "지난밤 소백산 천문대 앞에서 별들 사이로 정거장이 지나가는 장면을 촬영했습니다.",
            "소백산 천문대",
        ),
        ("오늘 새벽 해운대 해수욕장 옆에서 국제우주정거장을 찍었어요.", "해운대 해수욕장"),
    ],
)
def test_a_named_cjk_site_is_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "在公园外拍摄的。",
        "我在家里拍的。",
        "湖のほとりから撮影しました。",
        "우리집 앞에서 정거장이 지나가는 모습을 찍었습니다.",  # one's home
        "친구 차 옆에서 정거장을 찍었습니다.",  # a friend's car
        "보현산 천문대 위에서 정거장이 지나가는 모습을 찍었습니다.",  # over it: pictured
        "주차장 입구에서 기다렸다. 그리고 집에 가서 사진을 찍었다.",  # another sentence
    ],
)
def test_a_site_kind_without_a_name_is_no_place(text: str) -> None:
    assert find_location(text) is None
