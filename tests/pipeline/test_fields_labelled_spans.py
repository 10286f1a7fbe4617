"""A series or long exposure whose start and end are named by words beside each time, or
joined by an "until" word (blind batch 10, issue 13): "21:58 SELČ (začátek expozice),
konec 22:01 SELČ", "05:52 TSİ (seri başlangıcı) – 05:57 TSİ (seri sonu)", "Pose : du … à
22 h 41 min 05 s jusqu'à 22 h 44 min 35 s (heure de Paris)" give taken_at and taken_until;
and what must stay a single time."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


@pytest.mark.parametrize(
    ("text", "header", "start", "end"),
    [
        ("Datum: 3. října 2026\nČas: 20:14 SELČ (začátek expozice), konec 20:17 SELČ",
         "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T18:14", "2026-10-03T18:17"),
        ("Tarih: 3 Ekim 2026\nSaat: 20:14 TSİ (seri başlangıcı) – 20:17 TSİ (seri sonu)",
         "Sun, 04 Oct 2026 09:00:00 +0300", "2026-10-03T17:14", "2026-10-03T17:17"),
        ("Datum: 3. Oktober 2026\nZeit: 20:14 MESZ (Beginn der Serie), Ende 20:17 MESZ",
         "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T18:14", "2026-10-03T18:17"),
        ("Fecha: 3 de octubre de 2026\nHora: 20:14 CEST (inicio de la serie) – 20:17 CEST "
         "(fin)", "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T18:14", "2026-10-03T18:17"),
    ],
)  # fmt: skip
def test_a_series_whose_ends_are_named_beside_its_times_gives_its_start_and_end(
    text: str, header: str, start: str, end: str
) -> None:
    taken = _taken(text, header)
    assert (taken.taken_at, taken.until) == (_ut(start), _ut(end))


@pytest.mark.parametrize(
    ("text", "header", "start", "end"),
    [
        ("Pose : du samedi 3 octobre 2026 à 20 h 14 min 05 s jusqu'à 20 h 17 min 35 s "
         "(heure de Paris)", "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T18:14:05",
         "2026-10-03T18:17:35"),
        ("Esposizione: sabato 3 ottobre 2026 dalle 20:14:05 fino alle 20:17:35 ora italiana",
         "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T18:14:05", "2026-10-03T18:17:35"),
        ("Exposição: sábado, 3 de outubro de 2026, das 20:14:05 até às 20:17:35 (hora de "
         "Lisboa)", "Sun, 04 Oct 2026 09:00:00 +0100", "2026-10-03T19:14:05",
         "2026-10-03T19:17:35"),
    ],
)  # fmt: skip
def test_a_long_exposure_joined_by_an_until_word_gives_its_start_and_end(
    text: str, header: str, start: str, end: str
) -> None:
    taken = _taken(text, header)
    assert (taken.taken_at, taken.until) == (_ut(start), _ut(end))


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # the second time is the photo's, not the end of what the first starts
        ("3. října 2026: 20:14 SELČ (začátek přeletu), snímek 20:16:30 SELČ",
         "Sun, 04 Oct 2026 09:00:00 +0200"),
        # a bracket that names no start
        ("3 Ekim 2026: 20:14 TSİ (Uçhisar) – 20:17 TSİ (seri sonu)",
         "Sun, 04 Oct 2026 09:00:00 +0300"),
    ],
)  # fmt: skip
def test_times_whose_words_name_no_start_and_end_give_no_series_end(text: str, header: str) -> None:
    assert _taken(text, header).until is None
