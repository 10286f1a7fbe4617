"""A mail with no photo nor link that tells the station's pass in the future, in the languages
that mark the future with a particle or an ending ("ISS sẽ bay qua", "ISS akan melintas", "ISS
จะผ่าน", "空间站将经过", "지나갈 거예요"), or asks its question ("Em muốn hỏi"), is a question or a plan
before the pass: its time, height, gear and place are no values. A mail that says a photo of
the sender's exists, or names a day gone by, stays a submission sent without its photo; a
photo attached makes any mail a submission. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from tests.mailkit import email
from tests.pipeline.test_fields_submission import _empty, _raw
from tests.store_fixtures import jpeg_bytes

PLANS = [
    "Chào anh/chị,\n\nTối nay lúc 19:05 ISS sẽ bay qua Huế với độ cao cực đại 71°, "
    "em định chụp bằng Canon EOS M50. Ảnh chụp bằng ống kính kit có được không ạ?\n",
    "Halo,\n\nMalam ini pukul 19:05 ISS akan melintas di atas Bandung dengan ketinggian 71°. "
    "Saya akan memotret dengan Canon EOS M50 dari atap rumah.\n",
    "Salam,\n\nMalam ini jam 19:05 ISS akan melintas di atas Ipoh, ketinggian 71°. "
    "Saya bercadang merakam dengan Nikon D5600.\n",
    "สวัสดีครับ\n\nคืนนี้เวลา 19:05 น. สถานีอวกาศจะผ่านเหนือเชียงใหม่ ที่มุมเงย 71° "
    "ผมตั้งใจจะถ่ายด้วย Canon EOS M50\n",
    "您好，\n\n今晚19:05国际空间站将经过杭州上空，最大高度71°。我打算用Canon EOS M50拍摄。\n",
    "안녕하세요,\n\n오늘 밤 19:05에 ISS가 대전 상공을 지나갈 거예요. 최대 고도 71°이고 "
    "Canon EOS M50으로 찍을 거예요.\n",
]


@pytest.mark.parametrize("body", PLANS)
def test_a_pass_told_in_the_future_with_no_photo_gives_no_values(body: str) -> None:
    result = check_message(_raw(body, "ISS"), Config())
    assert _empty(result.fields)
    assert result.fields.notes[0].startswith("not a submission")


@pytest.mark.parametrize(
    "body",
    [
        # a photo of the sender's, or a day gone by: a submission sent without its photo
        "Chào anh/chị,\n\nĐây là ảnh của em chụp ISS tối qua lúc 19:05 trên Huế. "
        "Tối mai ISS sẽ bay qua lần nữa.\n",
        "Halo,\n\nsemalam pukul 19:05 saya ambil foto ISS di atas Bandung, ketinggian 71°. "
        "Besok ISS akan melintas lagi.\n",
        "您好，\n\n这是我的照片：昨晚19:05国际空间站经过杭州上空，最大高度71°。明晚空间站还会经过。\n",
    ],
)
def test_a_photo_taken_that_names_the_next_pass_is_read(body: str) -> None:
    result = check_message(_raw(body, "ISS"), Config())
    assert not _empty(result.fields)


def test_a_photo_attached_beside_the_next_pass_is_a_submission() -> None:
    raw = email(
        sender="Minh Anh <minhanh@example.vn>",
        subject="Ảnh ISS",
        date="Tue, 08 Sep 2026 21:22:47 +0700",
        body="Chào anh/chị,\n\nẢnh ISS lúc 19:05 trên Đà Nẵng, độ cao cực đại 74°. "
        "Tối mai ISS sẽ bay qua lần nữa, em định chụp tiếp.\n",
        attachments=[("iss.jpg", jpeg_bytes(size=(1600, 1200)))],
    )
    result = check_message(raw, Config())
    assert result.fields.flyby.max_elevation_deg == 74.0
