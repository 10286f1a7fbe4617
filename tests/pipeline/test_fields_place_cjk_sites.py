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
        # "观测" heading a site's kind (基地, 站) is its name, not the verb "observe"
        ("附件是我凌晨在国家天文台兴隆观测基地拍到的特写。", "国家天文台兴隆观测基地"),
        ("我从紫金山天文台盱眙观测站拍的。", "紫金山天文台盱眙观测站"),
        ("我昨晚在兴隆观测站拍到了空间站。", "兴隆观测站"),
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
        "我在家里观测到空间站。",  # "观测" the verb after one's home
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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "이번에는 화천 조경철천문대 (강원특별자치도 화천군)에서 2027년 3월 27일(토) 오후 7시 "
            "43분 (한국시간)에 찍은 ISS 사진입니다.",
            "조경철천문대 (강원특별자치도 화천군)",
        ),
        (
            "영월 별마로천문대 (강원도)에서 어제 밤 10시쯤 찍은 사진입니다.",
            "영월 별마로천문대 (강원도)",
        ),
        ("송도 센트럴공원 (인천 연수구)에서 지난 토요일 저녁에 촬영했습니다.", "송도 센트럴공원 (인천 연수구)"),
    ],
)  # fmt: skip
def test_a_korean_site_with_its_region_is_the_place_though_the_time_comes_before_the_verb(
    text: str, place: str
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "서울 (노원구)에서 출발해서 화천까지 가서 찍은 사진입니다.",  # a town, no site
        "천문동호회 (서울 노원구)에서 회원들이 모여 찍은 사진입니다.",  # a club, no site's kind
        "소백산 천문대 (단양)에서 출발했다. 집에 와서 찍었다.",  # the verb in another sentence
    ],
)  # fmt: skip
def test_no_korean_place_far_from_its_verb_without_a_site_and_its_region(text: str) -> None:
    assert find_location(text) is None
