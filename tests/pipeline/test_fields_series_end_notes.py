"""A series' two times, each with its note in brackets, joined by a dash ("21.27.15 TSİ
(ilk kare) – 21.29.45 TSİ (son kare)"; batch-41): one span, the photo's own, in the
languages whose "first" and "last" data/labels.toml [first_shot], [last_shot] now hold
(Turkish, Hungarian, Latvian, Estonian); a span whose notes are the pass's rise and set,
or whose second note is no "last", is none."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media

_EEST = "Mon, 13 Jul 2026 09:00:00 +0300"


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


def _ut(hour: int, minute: int, second: int) -> datetime:
    return datetime(2026, 7, 12, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header", "start", "end"),
    [
        ("Tarih: 12 Temmuz 2026\nSaat: 21.27.15 TSİ (ilk kare) – 21.29.45 TSİ (son kare)",
         _EEST, _ut(18, 27, 15), _ut(18, 29, 45)),
        ("Dátum: 2026. július 12.\nIdőpont: 21:27:15 CEST (első kép) – 21:29:45 CEST (utolsó kép)",
         "Mon, 13 Jul 2026 09:00:00 +0200", _ut(19, 27, 15), _ut(19, 29, 45)),
        ("Datums: 2026. gada 12. jūlijs\nLaiks: 21:27:15 EEST (pirmais kadrs) – 21:29:45 EEST "
         "(pēdējais kadrs)", _EEST, _ut(18, 27, 15), _ut(18, 29, 45)),
        ("Kuupäev: 12.07.2026\nAeg: 21:27:15 EEST (esimene kaader) – 21:29:45 EEST (viimane kaader)",
         _EEST, _ut(18, 27, 15), _ut(18, 29, 45)),
    ],
)  # fmt: skip
def test_a_series_first_and_last_noted_in_brackets_is_the_photo_s_span(
    text: str, header: str, start: datetime, end: datetime
) -> None:
    taken = _taken(text, header)
    assert (taken.taken_at, taken.until) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # the pass's rise and set
        "Tarih: 12 Temmuz 2026\nGeçiş: 21.24 TSİ (doğuş) – 21.30 TSİ (batış)",
        # a first frame, then the pass's end
        "Tarih: 12 Temmuz 2026\nSaat: 21.27.15 TSİ (ilk kare) – 21.29.45 TSİ (geçişin sonu)",
    ],
)
def test_no_span_of_the_photo_without_both_notes(text: str) -> None:
    assert _taken(text, _EEST).taken_at is None
