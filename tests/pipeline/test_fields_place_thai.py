"""Thai sites (fields/place_thai.py, issue 13): a kind heading a name written onto "on", "at"
or "from", the areas after it, a spot by it left out; only where the sentence says the
photo was taken there. Never what was passed over, a meeting's venue, a club in the
signature, the sender's town under the name, nor a word that only starts like a kind."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_thai import thai_site
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a spot by the site (the car park beside the reservoir) left out, the province kept
        ("ผมขอส่งภาพ ISS ที่ถ่ายจากลานจอดรถริมอ่างเก็บน้ำห้วยตึงเฒ่า จังหวัดเชียงใหม่ เมื่อวันจันทร์",
         "อ่างเก็บน้ำห้วยตึงเฒ่า จังหวัดเชียงใหม่"),
        # the pagoda was passed over; the mountain it stands on is the place; taken after it
        ("ภาพ ISS ที่บินผ่านเหนือพระมหาธาตุนภเมทนีดลบนดอยอินทนนท์ ถ่ายเมื่อวันที่ 14 มกราคม 2570",
         "ดอยอินทนนท์"),
        # a viewpoint, the national park it is in and the province, as written
        ("ISS ลอยผ่านเหนือยอดเขาที่จุดชมวิวกิ่วแม่ปาน อุทยานแห่งชาติดอยอินทนนท์ จ.เชียงใหม่ ถ่ายเมื่อวันศุกร์",
         "จุดชมวิวกิ่วแม่ปาน อุทยานแห่งชาติดอยอินทนนท์ จ.เชียงใหม่"),
        # a polite particle written onto the province ends the sentence
        ("ผ่านเหนือพระธาตุ บนดอยอินทนนท์ จังหวัดเชียงใหม่ครับ", "ดอยอินทนนท์ จังหวัดเชียงใหม่"),
        # a park and its town (GeoNames)
        ("ผมถ่ายจากสวนสาธารณะหนองบวกหาด เชียงใหม่ มองขึ้นไปเห็นพระธาตุ", "สวนสาธารณะหนองบวกหาด เชียงใหม่"),
        ("ถ่ายที่หอดูดาวเฉลิมพระเกียรติ อำเภอแม่ริม", "หอดูดาวเฉลิมพระเกียรติ อำเภอแม่ริม"),
        ("ถ่ายจากเกาะล้าน เมื่อคืนนี้ ฟ้าใสมาก", "เกาะล้าน"),
        # a spot, a space, then the site by its kind: the spot left out, the areas kept
        ("ขอส่งภาพ ISS ที่ถ่ายจากลานจอดรถ หอดูดาวแห่งชาติ ดอยอินทนนท์ จ.เชียงใหม่ เมื่อวันที่ 19",
         "หอดูดาวแห่งชาติ ดอยอินทนนท์ จ.เชียงใหม่"),
        ("ผมถ่ายจากดาดฟ้า อุทยานแห่งชาติเขาใหญ่ ถ่ายเมื่อวันเสาร์", "อุทยานแห่งชาติเขาใหญ่"),
    ],
)  # fmt: skip
def test_a_thai_site_by_its_kind_after_on_at_or_from_is_the_place(text: str, place: str) -> None:
    assert thai_site(text) == place
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "สถานีอวกาศบินผ่านเหนือดอยสุเทพ สวยมาก",  # over the mountain: pictured
        "อุณหภูมิบนยอดดอยลดลงเหลือ 3 องศา",  # "on the summit": no name
        "อุณหภูมิบนดอยลดลงมาก ถ่ายได้ยาก",  # a kind, then words: no taking there, no area
        "ผมภูมิใจที่ภูมิใจมาก ถ่ายภาพนี้",  # "proud" starts like "ภู", a mountain
        "เราประชุมที่หอดูดาวสิรินธร จังหวัดเชียงใหม่ แล้วถ่ายภาพกัน",  # a meeting's venue
        "ผมส่งภาพจากประเทศไทย ถ่ายเมื่อคืน",  # a country alone
        "ผมจอดรถที่ลานจอดรถ ใกล้บ้าน แล้วถ่ายภาพ",  # a car park, a space, no site by its kind
        "สถานีผ่านเหนือลานจอดรถ หอดูดาวแห่งชาติ สวยมาก",  # over: pictured, not taken from
    ],
)  # fmt: skip
def test_no_thai_site_over_a_summit_in_a_meeting_or_in_a_word_like_a_kind(text: str) -> None:
    assert thai_site(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ภาพ ISS ที่อ่างห้วยตึงเฒ่า",
         "สวัสดีครับทีมงาน IPOM\n\nผมขอส่งภาพสถานีอวกาศนานาชาติ (ISS) ที่ถ่ายจากลานจอดรถริม"
         "อ่างเก็บน้ำห้วยตึงเฒ่า จังหวัดเชียงใหม่ เมื่อวันจันทร์ที่ 19 เมษายน 2570 เวลา 19:35:20 น.\n\n"
         "ขอบคุณครับ\nสมชาย ศรีสุข\nชมรมคนรักดาวเชียงใหม่\nโทร 081 555 4729\n",
         "อ่างเก็บน้ำห้วยตึงเฒ่า จังหวัดเชียงใหม่"),
        ("ส่งภาพ ISS",  # nothing but the sender's town under the name and a club
         "สวัสดีครับ\n\nผมขอส่งภาพสถานีอวกาศนานาชาติ ถ่ายเมื่อวันที่ 14 มกราคม 2570 เวลา 19:21 น.\n\n"
         "ขอบคุณครับ\nสมชาย ใจดี\nสมาคมดาราศาสตร์ไทย\n", None),
    ],
)  # fmt: skip
def test_a_thai_mail_gives_its_spot_never_its_club(
    subject: str, body: str, place: str | None
) -> None:
    assert mail_place(subject, body) == place
