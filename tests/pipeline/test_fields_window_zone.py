"""Pass windows written without a zone of their own, in a sentence or row after the
photo's time that names it (blind batch 09, issue 13): "prise à 22h17 (heure de Paris).
Le passage a duré de 22h13 à 22h20" gives the window in UT, in many languages, only
when, read in that zone, it holds the photo's time; and what must stay null."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_span
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _window(text: str, header: str) -> tuple[datetime | None, datetime | None]:
    sent = parsedate_to_datetime(header)
    return find_span(text, find_taken_at(text, Media(items=()), sent), sent)


@pytest.mark.parametrize(
    ("text", "header", "start", "end"),
    [
        ("Photo prise le samedi 7 novembre 2026 à 18h42 (heure de Paris). Le passage a "
         "duré de 18h39 à 18h45, culmination à 64°.",
         "Sun, 08 Nov 2026 10:00:00 +0100", "2026-11-07T17:39", "2026-11-07T17:45"),
        ("Foto scattata il 14 ottobre 2026 alle 19:31:05 ora italiana. Il passaggio è "
         "durato dalle 19:28 alle 19:34.",
         "Thu, 15 Oct 2026 09:00:00 +0200", "2026-10-14T17:28", "2026-10-14T17:34"),
        ("Zdjęcie z 2 października 2026, godz. 19:12:40 czasu polskiego.\nPrzelot "
         "trwał od 19:09 do 19:15.",
         "Sat, 03 Oct 2026 09:00:00 +0200", "2026-10-02T17:09", "2026-10-02T17:15"),
        ("Kuva otettu 9. lokakuuta 2026 klo 20:02 UTC+3.\nYlilento kesti 19:59–20:05.",
         "Sat, 10 Oct 2026 09:00:00 +0300", "2026-10-09T16:59", "2026-10-09T17:05"),
        ("撮影：2026年10月20日 18時31分（日本時間）\n通過：18時28分〜18時34分",
         "Wed, 21 Oct 2026 09:00:00 +0900", "2026-10-20T09:28", "2026-10-20T09:34"),
        # the photo's time on two clocks: only the UT reading of the window holds it
        ("Taken on 7 November 2026 at 19:42 CET (18:42 UT). The pass ran 18:39 to 18:45.",
         "Sun, 08 Nov 2026 10:00:00 +0100", "2026-11-07T18:39", "2026-11-07T18:45"),
    ],
)  # fmt: skip
def test_a_window_without_a_zone_takes_the_zone_of_the_photos_time_beside_it(
    text: str, header: str, start: str, end: str
) -> None:
    assert _window(text, header) == (_ut(start), _ut(end))


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # read in the photo's zone the window misses the photo's time: in another clock
        ("Photo taken on 7 November 2026 at 18:42 CET. The pass lasted from 17:39 to 17:45.",
         "Sun, 08 Nov 2026 10:00:00 +0100"),
        # the window in another paragraph names a day of its own: it may be another pass
        # (one without, the mail's one clock reads: test_fields_flyby_mail_zone.py)
        ("Aufgenommen am 7. November 2026 um 18:42 MEZ.\n\nMorgen geht der Überflug von "
         "18:39 bis 18:45.", "Sun, 08 Nov 2026 10:00:00 +0100"),
        # the photo's time is out of season in its zone: no UT time, nothing to hold
        ("Taken 7 November 2026 at 18:42 BST in Cardiff. The pass ran 18:39 to 18:45.",
         "Sun, 08 Nov 2026 10:00:00 +0000"),
        # the photo's time itself has no zone
        ("Foto del 7 novembre 2026 alle 18:42. Il passaggio è durato dalle 18:39 alle 18:45.",
         "Sun, 08 Nov 2026 10:00:00 +0100"),
    ],
)  # fmt: skip
def test_a_window_without_a_zone_stays_null_when_the_photos_zone_does_not_settle_it(
    text: str, header: str
) -> None:
    assert _window(text, header) == (None, None)


@pytest.mark.parametrize(
    ("text", "header", "start", "end"),
    [
        ("Shot: 14 APR 2026 0247Z\nAOS 0244Z / LOS 0251Z, max el 82°",
         "Tue, 14 Apr 2026 08:10:00 -0400", "2026-04-14T02:44", "2026-04-14T02:51"),
        ("Photo 2026-04-14 02:47 UTC, AOS 02:44 UTC, LOS 02:51 UTC.",
         "Tue, 14 Apr 2026 08:10:00 +0000", "2026-04-14T02:44", "2026-04-14T02:51"),
    ],
)  # fmt: skip
def test_a_window_written_as_radio_amateurs_aos_and_los_is_read(
    text: str, header: str, start: str, end: str
) -> None:
    assert _window(text, header) == (_ut(start), _ut(end))


def test_the_spanish_word_los_is_no_end_of_a_window() -> None:
    text = (
        "El 14 de abril de 2026 la ISS apareció a las 20:44 CEST y a los pocos minutos, "
        "a las 20:51 CEST, hice la foto."
    )
    assert _window(text, "Tue, 14 Apr 2026 22:10:00 +0200") == (None, None)


@pytest.mark.parametrize(
    ("text", "header", "start", "end"),
    [
        ("2026年10月20日、ISSは18時28分に昇り、18時34分に沈みました。写真は18時31分（日本時間）"
         "に撮りました。", "Wed, 21 Oct 2026 09:00:00 +0900", "2026-10-20T09:28",
         "2026-10-20T09:34"),
        ("2026년 10월 20일 18시 28분에 떠서 18시 34분에 졌고, 사진은 18시 31분(한국 시간)에 "
         "찍었습니다.", "Wed, 21 Oct 2026 09:00:00 +0900", "2026-10-20T09:28",
         "2026-10-20T09:34"),
        ("20 Ekim 2026'da istasyon 18:28'de doğdu, 18:34'te battı; fotoğrafı 18:31'de (TSİ) "
         "çektim.", "Wed, 21 Oct 2026 09:00:00 +0300", "2026-10-20T15:28",
         "2026-10-20T15:34"),
        ("2026年10月20日，空间站18点28分升起，18点34分消失，照片是北京时间18点31分拍的。",
         "Wed, 21 Oct 2026 09:00:00 +0800", "2026-10-20T10:28", "2026-10-20T10:34"),
    ],
)  # fmt: skip
def test_a_window_written_with_rise_and_set_verbs_after_the_times_is_read(
    text: str, header: str, start: str, end: str
) -> None:
    assert _window(text, header) == (_ut(start), _ut(end))


def test_two_times_read_backwards_are_no_window_for_a_shot_between_them() -> None:
    from datetime import time

    from ipom_mail.pipeline.fields.clock import TimeHit
    from ipom_mail.pipeline.fields.segments import Segment
    from ipom_mail.pipeline.fields.shot_spans import window_of

    seg = Segment(0, 80, 1, None, False)
    late = TimeHit(10, 15, "18:34", time(18, 34), None)
    early = TimeHit(30, 40, "18:31 TSİ", time(18, 31), "TSİ")
    shot = TimeHit(50, 55, "18:28", time(18, 28), None)
    assert window_of(shot, seg, [(seg, late, early)]) is None  # 23 h 57 min is no pass
