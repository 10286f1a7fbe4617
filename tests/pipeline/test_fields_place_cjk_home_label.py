"""location, issue 13 (batch-42): a labelled CJK place with one's home after its genitive
("撮影地：埼玉県川越市の自宅ベランダ", "촬영 장소: 경기도 양평의 집 마당", "拍摄地点：北京市怀柔区的
家里阳台") is the place before it, as the free text's "大阪の自宅から" already was; a site of
its own after the genitive ("本栖湖の浩庵キャンプ場") stays whole."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("撮影地：埼玉県川越市の自宅ベランダ", "埼玉県川越市"),
        ("撮影場所：長野県松本市の実家の庭", "長野県松本市"),
        ("촬영 장소: 경기도 양평의 집 마당", "경기도 양평"),
        ("拍摄地点：北京市怀柔区的家里阳台", "北京市怀柔区"),
    ],
)
def test_a_labelled_place_before_ones_home_is_the_place(line: str, place: str) -> None:
    assert mail_place("ISS", f"撮影日時：2027年3月16日 20時18分\n{line}\n") == place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("撮影地：本栖湖の浩庵キャンプ場", "本栖湖の浩庵キャンプ場"),  # a site at a lake
        ("撮影地：長野県の野辺山高原", "長野県の野辺山高原"),  # a highland in a prefecture
    ],
)
def test_a_labelled_place_with_no_home_after_its_genitive_stays_whole(
    line: str, place: str
) -> None:
    assert mail_place("ISS", f"{line}\n") == place
