"""Clock times said in words: "half past nine in the evening", "kwart over tien 's
avonds", "o wpół do dziesiątej wieczorem", "saat dokuzu çeyrek geçe", "às 8 e 20 da
noite", Swahili "saa tatu usiku" (hours from 06:00 and 18:00), Thai "สองทุ่ม" (20:00)
and "ตีสอง" (02:00). A 12-hour dial's hour is read only with a day-period word that
settles it: alone, or with a word that contradicts it, it is not read."""

from __future__ import annotations

import pytest

from tests.pipeline.test_fields_period_words import _taken


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "The station crossed the lighthouse on 3 September 2027 at half past nine in "
            "the evening BST.",
            "Sat, 04 Sep 2027 09:00:00 +0100",
            "2027-09-03T20:30",
        ),
        (
            "Zdjęcie zrobiłam 3 września 2027 kwadrans po dziewiątej wieczorem czasu polskiego.",
            "Sat, 04 Sep 2027 09:00:00 +0200",
            "2027-09-03T19:15",
        ),
        (
            "3 Eylül 2027 akşamı saat onu çeyrek geçe (TSİ) istasyon köprünün üstünden geçti.",
            "Sat, 04 Sep 2027 09:00:00 +0300",
            "2027-09-03T19:15",
        ),
        (
            "Tirei a foto no dia 3 de setembro de 2027, às 9 e 40 da noite, horário de Brasília.",
            "Sat, 04 Sep 2027 09:00:00 -0300",
            "2027-09-04T00:40",
        ),
        (
            "Nilipiga picha tarehe 3 Septemba 2027, saa mbili na nusu usiku, saa za Afrika "
            "Mashariki.",
            "Sat, 04 Sep 2027 09:00:00 +0300",
            "2027-09-03T17:30",
        ),
        (
            "ถ่ายเมื่อวันที่ 3 กันยายน 2570 เวลาตีสองยี่สิบนาที ตามเวลาประเทศไทย",
            "Sat, 04 Sep 2027 09:00:00 +0700",
            "2027-09-02T19:20",
        ),
        (
            "ถ่ายเมื่อวันที่ 3 กันยายน 2570 เวลา 2 ทุ่ม 15 นาที ตามเวลาประเทศไทย",
            "Sat, 04 Sep 2027 09:00:00 +0700",
            "2027-09-03T13:15",
        ),
        (
            "ถ่ายเมื่อวันที่ 3 กันยายน 2570 เวลาสามทุ่มครึ่ง ตามเวลาประเทศไทย",
            "Sat, 04 Sep 2027 09:00:00 +0700",
            "2027-09-03T14:30",
        ),
    ],
)
def test_a_clock_said_in_words_is_read_with_its_half_of_the_day(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == ut


@pytest.mark.parametrize(
    "text",
    [
        # no period word: morning or evening?
        "The station crossed the lighthouse on 3 September 2027 at half past nine BST.",
        "Zdjęcie zrobiłam 3 września 2027 kwadrans po jedenastej czasu polskiego.",
        # a period word that contradicts the hour: eleven is no afternoon hour in Swahili
        "Nilipiga picha tarehe 3 Septemba 2027, saa tano mchana, saa za Afrika Mashariki.",
        # Thai "ทุ่ม" counts 1 to 5 only, and a longer number is no hour
        "ถ่ายเมื่อวันที่ 3 กันยายน 2570 เวลา 15 ทุ่ม ตามเวลาประเทศไทย",
        # a period word before a bare number word: "at one" is no clock here
        "We waited on 3 September 2027 in the evening at one point the station BST passed.",
        # a count, not a clock
        "I stacked images from 3 September 2027 for half past nine minutes, BST.",
    ],
)
def test_a_clock_in_words_that_its_words_do_not_settle_is_not_read(text: str) -> None:
    assert _taken(text, "Sat, 04 Sep 2027 09:00:00 +0300") is None
