"""A time after "until" ("jusqu'à", "bis", "fino alle", "до") is an end: alone it is never the
photo's moment, so it gives no UT time (the reply asks) instead of a time minutes late."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Fields
from tests.mailkit import email


def fields(body: str) -> Fields:
    raw = email(sender="Ana Lima <ana@example.org>", subject="ISS", body=body,
                date="Mon, 10 Aug 2026 10:00:00 +0200")  # fmt: skip
    return check_message(raw, Config()).fields


@pytest.mark.parametrize(
    "body",
    [
        "Exposure: Sunday 9 August 2026 until 22:44:35 CEST.",
        "Pose : dimanche 9 août 2026 jusqu'à 22:44:35 (heure de Paris).",
        "Pose du 9 août 2026 à 22:41:05 jusqu’à 22:44:35 heure de Paris.",
        "Belichtung am 9. August 2026 bis 22:44:35 MESZ.",
        "Esposizione del 9 agosto 2026 fino alle 22:44:35 (ora italiana).",
        "Exposição em 9 de agosto de 2026 até às 22:44:35 (hora de Lisboa).",
        "Экспозиция 9 августа 2026 года до 23:44:35 мск.",
        "Naświetlanie 9 sierpnia 2026 do 22:44:35 czasu polskiego.",
    ],
)
def test_a_time_after_until_alone_gives_no_ut_time_and_keeps_the_date(body: str) -> None:
    found = fields(body)
    assert found.taken_at is None
    assert found.taken_date == "2026-08-09"


def test_a_time_with_no_until_word_is_still_the_photos() -> None:
    found = fields("Photo taken on 9 August 2026 at 22:41:05 CEST, till late I stayed out.")
    assert found.taken_at is not None and found.taken_at.isoformat() == "2026-08-09T20:41:05+00:00"
