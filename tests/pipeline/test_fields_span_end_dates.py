"""A pass across midnight whose end carries its own date ("terminó a las 0:04 del domingo
21 de marzo"; blind batch 18, issue 13): the end keeps that date, the start is the day
before, and a shot after midnight inside it is on the end's date. It was read a day late,
and the mail then dropped as a forecast: a mail whose words say the photo exists already
is never one. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.flyby import find_span
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Media
from tests.pipeline.test_fields_submission import _raw


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("El paso empezó a las 23:58 del sábado 20 y terminó a las 0:04 del domingo 21 de "
         "marzo (hora argentina, UTC-3), y la toma es de las 00:01:20, ya el domingo.",
         "Sun, 21 Mar 2027 11:02:33 -0300"),
        ("The pass began at 23:58 and ended at 0:04 on Sunday 21 March 2027 (UTC-3); my frame "
         "is from 00:01:20.", "Sun, 21 Mar 2027 11:02:33 -0300"),
        ("A passagem começou às 23:58 e terminou às 0:04 de domingo, 21 de março de 2027 "
         "(UTC-3); a foto é das 00:01:20.", "Sun, 21 Mar 2027 11:02:33 -0300"),
    ],
)  # fmt: skip
def test_a_shot_after_midnight_in_a_pass_whose_end_is_dated_takes_the_end_s_date(
    text: str, header: str
) -> None:
    taken = _taken(text, header)
    window = find_span(text, taken, parsedate_to_datetime(header))
    assert (taken.taken_at, *window) == (
        _ut("2027-03-21T03:01:20"),
        _ut("2027-03-21T02:58"),
        _ut("2027-03-21T03:04"),
    )


def test_a_shot_before_midnight_in_a_pass_whose_end_is_dated_takes_the_day_before() -> None:
    text = (
        "Der Überflug begann um 23:58 und endete um 00:04 Uhr am Sonntag, 21. März 2027 (UTC-3). "
        "Mein Bild entstand um 23:59:30."
    )
    assert _taken(text, "Sun, 21 Mar 2027 11:02:33 -0300").taken_at == _ut("2027-03-21T02:59:30")


def test_a_date_between_the_times_after_an_undated_start_stays_the_start_s() -> None:
    # "from 11:58:40 PM EDT on Wednesday August 14 to 12:04:10 AM": the 14th is the start's
    text = (
        "The pass ran from 11:58:40 PM EDT on Wednesday August 14 to 12:04:10 AM EDT, and "
        "this frame was taken at 12:01:05 AM EDT."
    )
    assert _taken(text, "Thu, 15 Aug 2024 08:41:00 -0400").taken_at == _ut("2024-08-15T04:01:05")


@pytest.mark.parametrize(
    ("body", "header"),
    [
        ("Hola,\n\nles mando mi foto del paso de la ISS. El paso terminó a las 0:04 del domingo "
         "21 de marzo.\n", "Sun, 21 Mar 2027 11:02:33 -0300"),
        ("Hi,\n\nhere is my photo of the ISS, taken on 22 March 2027 at 0:02.\n",
         "Sun, 21 Mar 2027 11:02:33 -0300"),
        ("Hallo,\n\nanbei mein Foto der ISS vom 22. März 2027 um 0:02 Uhr.\n",
         "Sun, 21 Mar 2027 11:02:33 -0300"),
    ],
)  # fmt: skip
def test_a_mail_that_says_its_photo_exists_is_never_dropped_as_a_forecast(
    body: str, header: str
) -> None:
    raw = _raw(body, "ISS").replace(b"Mon, 13 May 2024 08:00:00 +0200", header.encode())
    fields = check_message(raw, Config()).fields
    assert fields.photographer.name is not None
    assert fields.taken_date is None or fields.taken_date <= "2027-03-21"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Foto a las 21:14:10 (hora argentina, UTC-3) del 20 de marzo de 2027.",
         "2027-03-21T00:14:10"),
        ("拍摄于2027年3月20日21:14:10（北京时间，UTC+8）。", "2027-03-20T13:14:10"),
        ("Tekin 20. mars 2027 kl. 21:14:10 (íslenskur tími, UTC+0).", "2027-03-20T21:14:10"),
        ("Foto del 20 de marzo de 2027 a las 21:14:10 (hora peruana).", "2027-03-21T02:14:10"),
    ],
)  # fmt: skip
def test_a_bracket_naming_one_clock_twice_gives_its_zone(text: str, want: str) -> None:
    assert _taken(text, "Sun, 21 Mar 2027 11:02:33 +0000").taken_at == _ut(want)


@pytest.mark.parametrize(
    "text",
    [
        # Madrid shows UTC+2 only in summer: on 20 March the two clocks differ
        "Foto del 20 de marzo de 2027 a las 21:14:10 (hora de Madrid, UTC+2).",
        # two clocks that disagree
        "Foto del 20 de marzo de 2027 a las 21:14:10 (hora argentina, UTC-4).",
    ],
)
def test_a_bracket_naming_two_clocks_that_differ_on_the_date_gives_no_time(text: str) -> None:
    assert _taken(text, "Sun, 21 Mar 2027 11:02:33 +0000").taken_at is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("这次过境从4月8日23:56开始，到4月9日00:03结束（均为北京时间），照片拍摄于4月9日00:01:12。",
         "2027-04-08T16:01:12"),
        ("照片拍摄于2027年4月8日21:01:12（都是北京时间）。", "2027-04-08T13:01:12"),
        ("写真は2027年4月8日21時01分12秒（すべて日本時間）に撮りました。", "2027-04-08T12:01:12"),
        ("照片拍攝於2027年4月8日21:01:12（皆為台灣時間）。", "2027-04-08T13:01:12"),
    ],
)  # fmt: skip
def test_a_cjk_bracket_saying_all_times_are_on_a_clock_gives_its_zone(text: str, want: str) -> None:
    assert _taken(text, "Fri, 09 Apr 2027 13:26:00 +0800").taken_at == _ut(want)


def test_a_cjk_bracket_saying_a_time_is_not_on_a_clock_gives_no_zone() -> None:
    text = "照片拍摄于2027年4月8日21:01:12（不是北京时间）。"
    assert _taken(text, "Fri, 09 Apr 2027 13:26:00 +0800").taken_at is None


def test_a_place_s_clock_and_its_offset_that_agree_on_the_date_give_the_time() -> None:
    text = "Argazkia 2026ko azaroaren 9an. Ordua: 18:41:50 (Madrilgo ordua, UTC+1)"
    assert _taken(text, "Tue, 10 Nov 2026 09:00:00 +0100").taken_at == _ut("2026-11-09T17:41:50")
