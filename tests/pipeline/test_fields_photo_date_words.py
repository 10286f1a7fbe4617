"""The mail's one date, in a sentence about taking the photo, dates a time written a
paragraph later with none of its own (batch-41): the words for taking or catching it and
for a transit in Chinese ("拍到", "凌日"), Korean ("찍어") and Lithuanian ("tranzitas", in a
forwarded member's mail, whose "yesterday" counts from its own Date line); never a date of
another event, nor one of two dates."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media
from tests.mailkit import mail_fields

_TIME = "\n\n凌日时间：北京时间10时23分41秒"


def _taken_at(text: str, header: str) -> datetime | None:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header)).taken_at


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("投稿一张国际空间站凌日的照片。2026年10月5日上午，我在上海拍到了空间站从太阳表面掠过。" + _TIME,
         "Mon, 05 Oct 2026 20:00:00 +0800", "2026-10-05T02:23:41"),
        ("9월 13일(토) 저녁 보현산천문대에서 국제우주정거장을 찍어 응모합니다.\n\n"
         "사진은 한국 시간 오후 7시 33분 20초에 시작한 20초 노출 한 장입니다.",
         "Mon, 14 Sep 2026 09:00:00 +0900", "2026-09-13T10:33:20"),
    ],
)  # fmt: skip
def test_a_date_in_a_sentence_about_taking_the_photo_dates_a_later_time(
    text: str, header: str, ut: str
) -> None:
    assert _taken_at(text, header) == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "2026年10月5日神舟二十三号发射。" + _TIME,  # a launch's date
        "2026年10月5日我拍到了空间站。2026年10月7日我也拍到了。" + _TIME,  # two dates
    ],
)
def test_no_date_for_the_time_from_another_event_or_one_of_two(text: str) -> None:
    assert _taken_at(text, "Mon, 12 Oct 2026 20:00:00 +0800") is None


def test_a_forwarded_member_s_yesterday_counts_from_its_own_date_line() -> None:
    body = (
        "Laba diena,\n\npersiunčiame mūsų klubo nario nuotrauką konkursui.\n\n"
        "Vilniaus astronomijos klubas\n\n---------- Persiųstas laiškas ----------\n"
        "Nuo: Darius Kazlauskas <darius.k@example.lt>\nData: 2026-09-05 08:12\n"
        "Tema: TKS tranzitas per Mėnulį\n\n"
        "Vakar vakare pagaliau pavyko – TKS tranzitas per Mėnulio diską, matomas iš mano\n"
        "kiemo Molėtuose. Tranzitas įvyko 23:37:14 Lietuvos laiku ir truko 0,6 s.\n\nDarius\n"
    )
    fields = mail_fields("Fwd: TKS tranzitas", body, date="Mon, 07 Sep 2026 14:30:18 +0300")
    assert fields.taken_at == datetime(2026, 9, 4, 20, 37, 14, tzinfo=UTC)
