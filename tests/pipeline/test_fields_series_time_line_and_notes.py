"""A photo series written as a from–to span is the photo's own (taken_at its start,
taken_until its end), never the pass window, in three shapes the pass window took them in:

- a span alone on the photo's time line, which names no pass, in a mail whose own words
  give no other clock time ("Saat  20:41:15 – 20:44:05 TSİ", "Ordua: 22:47:20 – 22:50:00");
- a span whose ends carry notes between them ("21:38:05 CEST (pierwsza klatka), ostatnia
  21:41:25 CEST", "21:37:20 мск, серия до 21:40:00 мск", "…, koniec série 21:18:40");
- a series sentence wrapped before its number ("uma sequência de 25 exposições de\\n8 s, de
  19:04:12 até 19:07:32").

A pass window stays the flyby: a line that names the pass, or a shot time written beside it;
a mail that calls the photo one frame leaves a bare span neither (test_fields_span_ends.py).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media
from tests.pipeline.spankit import read_spans

NO_MEDIA = Media(())
SENT = datetime(2026, 9, 20, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def _ut(month: int, day: int, h: int, m: int, s: int = 0) -> datetime:
    return datetime(2026, month, day, h, m, s, tzinfo=UTC)


SPANS = [
    (  # tr: a table row "Saat | …" turned to text
        "Tarih\t12.09.2026\nSaat\t21:02:10 – 21:05:40 TSİ (UTC+3)\nYer\tUludağ, Bursa",
        _ut(9, 12, 18, 2, 10),
        _ut(9, 12, 18, 5, 40),
    ),
    (  # eu: the zone written after each end
        "2026ko irailaren 12an.\n\nOrdua: 21:12:20 (UTC+2) – 21:15:00 (UTC+2)\nLekua: Aralar",
        _ut(9, 12, 19, 12, 20),
        _ut(9, 12, 19, 15),
    ),
    (  # lv: the pass named on another line ("Pārlidojuma … augstums") is no window's
        "Fotografēju 12. septembrī 2026.\nLaiks: no 21:40:10 līdz 21:43:40 pēc Latvijas laika\n"
        "Pārlidojuma maksimālais augstums bija 55°.",
        _ut(9, 12, 18, 40, 10),
        _ut(9, 12, 18, 43, 40),
    ),
    (  # en: a bare "Time:" line, the photo's time as the rules ask it
        "Photo taken 12 September 2026.\nTime: 19:10 to 19:16 UT",
        _ut(9, 12, 19, 10),
        _ut(9, 12, 19, 16),
    ),
    (  # pl: "(first frame), last …"
        "Zdjęcie z 12.09.2026.\nGodzina: 21:08:05 CEST (pierwsza klatka), ostatnia 21:11:25 CEST",
        _ut(9, 12, 19, 8, 5),
        _ut(9, 12, 19, 11, 25),
    ),
    (  # bs: "(first shot), … (last)"
        "Snimljeno 12.09.2026.\nVrijeme: 19:28:15 UTC (prvi snimak), 19:31:35 UTC (zadnji)",
        _ut(9, 12, 19, 28, 15),
        _ut(9, 12, 19, 31, 35),
    ),
    (  # ru: "series until"
        "Снимал 12 сентября 2026 года.\nВремя: 21:07:20 мск, серия до 21:10:00 мск",
        _ut(9, 12, 18, 7, 20),
        _ut(9, 12, 18, 10),
    ),
    (  # sk: "end of the series"
        "Fotil som 12. septembra 2026.\nČas: 21:15:30 SELČ (letný čas), koniec série 21:18:40 SELČ",
        _ut(9, 12, 19, 15, 30),
        _ut(9, 12, 19, 18, 40),
    ),
    (  # pt: the series sentence wrapped before its number
        "Foto de 12 de setembro de 2026. A foto é uma sequência de 25 exposições de cerca de\n"
        "8 s, de 19:04:12 até 19:07:32, horário de Brasília.",
        _ut(9, 12, 22, 4, 12),
        _ut(9, 12, 22, 7, 32),
    ),
]


@pytest.mark.parametrize(("text", "start", "end"), SPANS)
def test_a_series_span_gives_taken_at_and_taken_until_and_no_pass_window(
    text: str, start: datetime, end: datetime
) -> None:
    assert read_spans(text, SENT) == (start, end, (None, None))


WINDOWS = [
    (  # en: the pass visible from … to …, the photo at a time inside it
        "On 12 September 2026 the ISS was visible from 22:03 to 22:08 CEST; my photo at "
        "22:05:30 CEST.",
        _ut(9, 12, 20, 5, 30),
        (_ut(9, 12, 20, 3), _ut(9, 12, 20, 8)),
    ),
    (  # tr: the time line holds a span, a shot time is written on another line
        "Tarih: 12.09.2026\nSaat: 21:02 – 21:08 TSİ\nFotoğraf 21:05:10 TSİ'de çekildi.",
        _ut(9, 12, 18, 5, 10),
        (_ut(9, 12, 18, 2), _ut(9, 12, 18, 8)),
    ),
    (  # de: the time line names the pass
        "Am 12.09.2026.\nZeit: Überflug 21:03 bis 21:09 MESZ\nFoto: 21:05:40 MESZ",
        _ut(9, 12, 19, 5, 40),
        (_ut(9, 12, 19, 3), _ut(9, 12, 19, 9)),
    ),
]


@pytest.mark.parametrize(("text", "shot", "window"), WINDOWS)
def test_a_pass_window_beside_a_shot_time_stays_the_flyby(
    text: str, shot: datetime, window: tuple[datetime, datetime]
) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert (taken.taken_at, taken.until) == (shot, None)
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == window


def test_a_bracketed_note_between_two_plain_times_makes_no_span() -> None:
    text = "12.09.2026\nČas: 21:15:30 SELČ (letný čas), 21:18:40 SELČ"
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.until is None
