"""A long exposure written as the shutter's opening and closing (blind batch 19, issue 13):
"Abrí el obturador a las 20:15 y lo cerré a las 20:19, hora argentina (UTC-3)" is a long
exposure from 23:15 to 23:19 UT, in many languages; the closing time alone is never the
photo's, and a zoned time after a zoneless one joined by a short clause may end a span, so
it is never the photo's either (a wrong UT time is worse than none)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2027, 8, 22, 11, 5, tzinfo=timezone(timedelta(hours=-3)))
OPENED = datetime(2027, 8, 19, 23, 15, tzinfo=UTC)
CLOSED = datetime(2027, 8, 19, 23, 19, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "On 19 August 2027 I opened the shutter at 20:15 and closed it at 20:19, Argentine "
        "time (UTC-3).",
        "El jueves 19 de agosto de 2027 abrí el obturador a las 20:15 y lo cerré a las 20:19, "
        "hora argentina (UTC-3).",
        "Am 19. August 2027 habe ich den Verschluss um 20:15 geöffnet und um 20:19 "
        "geschlossen (UTC-3).",
        "Le 19 août 2027, j'ai ouvert l'obturateur à 23h15 et je l'ai fermé à 23h19 UTC.",
        "Il 19 agosto 2027 ho aperto l'otturatore alle 23:15 e l'ho chiuso alle 23:19 UTC.",
        "No dia 19 de agosto de 2027 abri o obturador às 20:15 e fechei às 20:19, hora de "
        "Brasília.",
        "19 sierpnia 2027 otworzyłem migawkę o 23:15 UTC i zamknąłem ją o 23:19 UTC.",
        "19 августа 2027 года я открыл затвор в 23:15 UTC и закрыл его в 23:19 UTC.",
        "2027年8月19日、シャッターを23時15分に開け、23時19分に閉じた(UTC)。",
        "2027년 8월 19일 23시 15분에 셔터를 열고 23시 19분에 닫았다 (UTC).",
    ],
)
def test_the_shutters_opening_and_closing_are_a_long_exposure(text: str) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert (taken.taken_at, taken.until) == (OPENED, CLOSED)


@pytest.mark.parametrize(
    "text",
    [
        "On 19 August 2027 I closed the shutter at 20:19, Argentine time (UTC-3).",
        "El 19 de agosto de 2027 cerré el obturador a las 20:19, hora argentina (UTC-3).",
        "Am 19. August 2027 wurde der Verschluss um 23:19 UTC geschlossen.",
    ],
)
def test_the_shutters_closing_alone_is_never_the_photos_time(text: str) -> None:
    assert find_taken_at(text, Media(()), SENT).taken_at is None


@pytest.mark.parametrize(
    "text",
    [
        # the opening's words are not read: the zoned time may be the span's end
        "El 19 de agosto de 2027 empecé a las 20:15 y lo dejé a las 20:19, hora argentina.",
        "On 19 August 2027 I started at 20:15 and it was all over at 20:19 UTC-3.",
        "Am 19. August 2027 ging es um 20:15 los und war um 20:19 (UTC-3) vorbei.",
    ],
)
def test_a_zoned_time_after_a_zoneless_one_in_a_short_clause_may_end_a_span(text: str) -> None:
    assert find_taken_at(text, Media(()), SENT).taken_at is None


def test_opening_and_closing_without_a_shutter_are_no_exposure() -> None:
    text = "On 19 August 2027 the club's meeting opened at 19:00 UTC and closed at 22:00 UTC."
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at is None and taken.until is None


def test_a_dome_opened_before_the_pass_makes_no_span() -> None:
    text = "On 19 August 2027 I opened the dome at 20:00 UTC and the ISS came at 20:15:30 UTC."
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.until is None
    assert taken.taken_at is None  # two times, neither said to be the photo's
