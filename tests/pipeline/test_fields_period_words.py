"""A day-period word right after an hour of a 12-hour dial sets its half of the day, in
many languages ("lúc 7 giờ 45 tối", "à 9h40 soir", "в 9:40 вечера", "saat 9:40 gece"):
never read as a morning time. A short word settles it only in a mail in its language;
one that contradicts the hour, or that cannot be told from another word, gives no value."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _taken(text: str, header: str) -> str | None:
    got: datetime | None = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header)).taken_at
    return None if got is None else got.strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "Mình gửi ảnh trạm vũ trụ bay qua cầu Rồng, chụp ngày 12 tháng 9 năm 2027 "
            "lúc 8 giờ 05 tối, giờ Việt Nam. Trời trong lắm, cả nhà ra xem.",
            "Mon, 13 Sep 2027 08:00:00 +0700",
            "2027-09-12T13:05",
        ),
        (
            "Tôi chụp trạm ISS vào ngày 12 tháng 9 năm 2027 lúc 4 giờ 50 sáng (giờ Việt Nam), "
            "trước khi trời hửng sáng ở Hội An.",
            "Mon, 13 Sep 2027 08:00:00 +0700",
            "2027-09-11T21:50",
        ),
        (
            "Фотографировал станцию над озером 12 сентября 2027 года, в 1:20 ночи по "
            "московскому времени, она прошла низко над лесом.",
            "Mon, 13 Sep 2027 08:00:00 +0300",
            "2027-09-11T22:20",
        ),
        (
            "Voici ma photo de la station au-dessus du phare, prise le 12 septembre 2027 à "
            "9h40 soir, heure de Paris. Le ciel était parfaitement dégagé ce soir-là.",
            "Mon, 13 Sep 2027 08:00:00 +0200",
            "2027-09-12T19:40",
        ),
        (
            "Mình chụp trạm vũ trụ bay qua cầu Rồng hôm 12 tháng 9 năm 2027, tối 8:05 giờ "
            "Việt Nam, trời trong lắm, cả nhà ra xem.",
            "Mon, 13 Sep 2027 08:00:00 +0700",
            "2027-09-12T13:05",
        ),
        (
            "12 Eylül 2027 gece 1:15 TSİ'de istasyonu köprünün tam üstünde fotoğrafladım, "
            "gökyüzü çok açıktı.",
            "Mon, 13 Sep 2027 08:00:00 +0300",
            "2027-09-11T22:15",
        ),
    ],
)
def test_a_period_word_beside_the_hour_sets_its_half(text: str, header: str, ut: str) -> None:
    assert _taken(text, header) == ut


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # the word contradicts the hour: noon-to-evening words with a 24-hour night hour
        (
            "Tôi chụp trạm ISS ngày 12 tháng 9 năm 2027 lúc 23 giờ 10 sáng, giờ Việt Nam, "
            "ở bãi biển gần nhà.",
            "Mon, 13 Sep 2027 08:00:00 +0700",
        ),
        # a short period word in a mail too short to tell its language: evening, or not?
        ("ISS 12.9.2027 lúc 7 giờ 45 tối, giờ Việt Nam", "Mon, 13 Sep 2027 08:00:00 +0700"),
        ("ISS 12.9.2027 tối 7:45 giờ Việt Nam", "Mon, 13 Sep 2027 08:00:00 +0700"),
    ],
)
def test_a_contradicting_or_unsure_period_word_gives_no_time(text: str, header: str) -> None:
    assert _taken(text, header) is None


def test_a_morning_reading_never_stands_beside_an_evening_word() -> None:
    text = (
        "Gửi ad ảnh ISS chụp ngày 12 tháng 9 năm 2027 lúc 7 giờ 45 tối, giờ Việt Nam, "
        "trạm bay ngang qua trăng luôn, đẹp lắm."
    )
    assert _taken(text, "Mon, 13 Sep 2027 08:00:00 +0700") != "2027-09-12T00:45"
