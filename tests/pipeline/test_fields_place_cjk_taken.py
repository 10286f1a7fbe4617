"""CJK sentences that put the verb of taking before "at", or the place long before the verb
(data/script_places.toml [cjk_taken], issue 13): "拍摄于河北省承德市兴隆县", "于兴隆拍摄",
"양평 두물머리에서 ISS가 … 찍었습니다"; never a meeting's venue, a club's city in the
signature, a country alone, nor a remark in brackets that places the spot by a landmark."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_cjk import cjk_place
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("投稿一张照片，2027年9月18日拍摄于河北省承德市兴隆县（兴隆观测站附近）。", "河北省承德市兴隆县"),
        ("这张照片摄于云南丽江，当晚天气很好。", "云南丽江"),
        ("照片拍攝於台北市陽明山，當時氣溫很低。", "台北市陽明山"),
        ("我于北京怀柔拍摄了这次凌日。", "北京怀柔"),
        ("这是从江苏南京拍的照片。", "江苏南京"),
        ("照片拍摄于长野县（日本）。", None),  # no town of GeoNames in it
    ],
)  # fmt: skip
def test_a_chinese_verb_of_taking_before_at_gives_the_place(text: str, place: str | None) -> None:
    assert cjk_place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("어제 저녁 양평 두물머리에서 ISS가 밝은 달 바로 옆을 지나가는 장면을 찍었습니다.", "양평 두물머리"),
        ("지난밤 부산 광안리에서 국제우주정거장이 지나가는 모습을 연사로 촬영했습니다.", "부산 광안리"),
        ("오늘 새벽 영월 별마로천문대에서 ISS와 달을 한 화면에 담아 찍었어요.", "영월 별마로천문대"),
        # one's country house after the genitive "의": the town
        ("오전 12시 3분(한국시간)에 경기도 양평의 시골집 마당에서 촬영한 사진입니다.", "경기도 양평"),
    ],
)  # fmt: skip
def test_a_korean_place_before_from_and_a_later_verb_of_taking_is_the_place(
    text: str, place: str
) -> None:
    assert cjk_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's venue, the photo shown there, not taken
        "지난주 서울 동호회 정기모임에서 발표한 사진인데, 그날 밤 ISS를 찍었어요.",
        "서울 천문 동호회 모임에서 다 같이 찍은 사진입니다.",  # a meeting: its venue
        "부산에서 열린 세미나에서 본 ISS를 나중에 찍었습니다.",  # another "에서" between
        "서울에서 인사드립니다! 어제 찍은 사진 보냅니다.",  # a greeting's town
        "부산에서 김민준입니다, 어제 찍은 ISS 사진입니다.",  # the sender's town by the name
        "2027年9月20日写于北京。",  # written in Beijing, a letter's date line
        "我们在北京天文爱好者协会的会议上看了照片。",  # a club's meeting
        "照片拍摄于中国。",  # a country alone
    ],
)  # fmt: skip
def test_no_cjk_place_from_a_meeting_a_date_line_or_a_country(text: str) -> None:
    assert cjk_place(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("投稿：国际空间站凌月 兴隆",
         "您好！\n\n投稿一张国际空间站凌月的照片，2027年9月18日拍摄于河北省承德市兴隆县（兴隆观测站附近）。"
         "\n\n凌月时刻：2027年9月18日 19:32:05（北京时间）\n\n谢谢！\n陈思远\n北京天文爱好者协会\n",
         "河北省承德市兴隆县"),
        ("Re: 어제 ISS 달 옆 통과 보셨어요?",
         "담당자님께,\n\n어제 저녁 양평 두물머리에서 ISS가 밝은 달 바로 옆을 지나가는 장면을 찍었습니다.\n\n"
         "촬영: 2027년 4월 17일 오후 8시 27분 14초 (KST)\n\n김민준 드림\n서울\n",
         "양평 두물머리"),
    ],
)  # fmt: skip
def test_the_spot_beats_the_club_and_the_home_town_under_the_name(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a decimal point is no sentence's end (batch-41)
        ("9월 13일(토) 저녁 경북 영천 보현산천문대에서 국제우주정거장이 1.8m 망원경 돔 위를 지나가는 모습을 찍어 응모합니다.",
         "경북 영천 보현산천문대"),
        ("어제 화천 조경철천문대에서 ISS가 2.5등급으로 지나가는 것을 촬영했습니다.", "화천 조경철천문대"),
        # a spot by a site: the site (batch-41)
        ("我在上海佘山天文台旁边的停车场拍到了空间站从太阳表面掠过。", "上海佘山天文台"),
        ("野辺山宇宙電波観測所の近くで、45m電波望遠鏡の上を通過するISSを撮影しました。", "野辺山宇宙電波観測所"),
        # a drive to the site, the verb of taking after its comma (batch-41)
        ("我住在芝加哥，上週六晚上和兒子開車到威斯康辛州的葉凱士天文台，拍到國際太空站飛過。",
         "威斯康辛州的葉凱士天文台"),
        ("周末开车到北京怀柔，拍到了空间站。", "北京怀柔"),
    ],
)  # fmt: skip
def test_a_cjk_site_past_a_number_a_spot_or_a_drive_is_the_place(text: str, place: str) -> None:
    assert cjk_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "我住在芝加哥，昨晚拍到了空间站。",  # one's home town before a comma
        "开车到了晚上，拍到了空间站。",  # no place after the drive
        "我在停车场拍到了空间站。",  # a spot alone
    ],
)  # fmt: skip
def test_no_cjk_place_from_a_home_a_time_or_a_spot_alone(text: str) -> None:
    assert cjk_place(text) is None
