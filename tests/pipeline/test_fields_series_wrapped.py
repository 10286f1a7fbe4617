"""A series or long exposure is the photo's from–to, never the pass window (issue 13).

Three ways it was read as the pass: its sentence wrapped over two lines by the mail
client, so the series word sat on the line before the times ("Sarja on\\nkuvattu klo
05.58–06.03"); the words for exposure, series and frames of a language missing from the
data (Estonian "säri", Hungarian "20 darab … felvétel összeadva"); and times written with
a dot whose end was never read as a time ("från kl. 18.51 till 18.55 svensk tid").
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.segments import segments, sentence_around
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media
from tests.pipeline.spankit import read_spans

NO_MEDIA = Media(())
SENT = datetime(2026, 11, 14, 10, 2, tzinfo=timezone(timedelta(hours=1)))


def _ut(month: int, day: int, h: int, m: int, s: int = 0) -> datetime:
    return datetime(2026, month, day, h, m, s, tzinfo=UTC)


SERIES = [
    (  # fi: the series word on the line before the times
        "Lähetän kuvasarjan ISS:n ylilennosta lauantaina 19. syyskuuta 2026. Sarja on\n"
        "kuvattu klo 05.58–06.03 (UTC+3), ja siinä asema kulkee Orionin yläpuolelta ja\n"
        "himmenee aamuhämärään.",
        _ut(9, 19, 2, 58),
        _ut(9, 19, 3, 3),
    ),
    (  # en: "Long exposure" wrapped away from its times
        "I'm sending a long exposure of the pass over the lake. The long exposure ran\n"
        "on 25 September 2026 from 19:58:10 to 20:02:40 UTC, tracked on a star tracker.",
        _ut(9, 25, 19, 58, 10),
        _ut(9, 25, 20, 2, 40),
    ),
    (  # et: "säri" (exposure)
        "Saadan oma pika säriajaga foto ISS-i ülelennust. Säri\n"
        "kestis 25.09.2026 kell 19:58:10–20:02:40 Eesti aja järgi (270 s).",
        _ut(9, 25, 16, 58, 10),
        _ut(9, 25, 17, 2, 40),
    ),
    (  # hu: a count of frames, added up
        "Helyszín: Piszkéstető\n"
        "2026.11.13. 17:22:30 – 17:29:10 (közép-európai idő), 20 darab 20 mp-es felvétel "
        "összeadva.",
        _ut(11, 13, 16, 22, 30),
        _ut(11, 13, 16, 29, 10),
    ),
    (  # lt: "serija"
        "Nuotraukų serija daryta 2026-09-24 nuo 20:12 iki 20:16 Lietuvos laiku.",
        _ut(9, 24, 17, 12),
        _ut(9, 24, 17, 16),
    ),
    (  # lv: "sērija", "līdz"
        "Sērija uzņemta 16.10.2026 no 19:05 līdz 19:09 pēc Latvijas laika.",
        _ut(10, 16, 16, 5),
        _ut(10, 16, 16, 9),
    ),
    (  # ca: "sèrie"
        "Una sèrie de 40 fotos el 24/09/2026, de 20:12 a 20:16 UTC, des del terrat.",
        _ut(9, 24, 20, 12),
        _ut(9, 24, 20, 16),
    ),
    (  # sv: dot times, the end read through its zone
        "Bilden är en serie på 40 exponeringar, lördag 2026-10-17, från kl. 18.51\n"
        "till 18.55 svensk tid, staplade till ett enda spår.",
        _ut(10, 17, 16, 51),
        _ut(10, 17, 16, 55),
    ),
]


@pytest.mark.parametrize(("text", "start", "end"), SERIES)
def test_a_series_gives_its_start_and_end_and_no_pass_window(
    text: str, start: datetime, end: datetime
) -> None:
    assert read_spans(text, SENT) == (start, end, (None, None))


def test_a_pass_window_written_with_dots_is_the_flyby() -> None:
    text = (
        "Bilden tog jag lördag 2026-10-17 kl. 18.52 svensk tid.\n\n"
        "Passagen syntes mellan 18.48 och 18.56 svensk tid, högsta höjd 28°."
    )
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at == _ut(10, 17, 16, 52)
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (_ut(10, 17, 16, 48), _ut(10, 17, 16, 56))


@pytest.mark.parametrize(
    "text",
    [
        "Stjärnträff mellan 18.10 och 20.10 i klubbstugan.",  # dates, or numbers: no times
        "Pris 12.50 och 14.90 kronor.",
        "Version 10.14 of the software.",
    ],
)
def test_bare_dot_numbers_without_a_zone_or_a_timed_end_are_no_times(text: str) -> None:
    assert find_times(text) == []


def test_a_field_line_is_never_joined_to_the_sentence_before() -> None:
    text = "Paikka: Lahti, Päijät-Häme\nKalusto: Canon EOS 6D, sarja\nklo 05.58–06.03 UTC"
    segs = segments(text)
    start, end = sentence_around(text, segs, text.index("Lahti"))
    assert text[start:end] == "Paikka: Lahti, Päijät-Häme"


def test_a_wrapped_sentence_is_read_whole() -> None:
    text = "Hei,\n\nSarja on\nkuvattu klo 05.58–06.03 (UTC+3), ja asema\nhimmenee.\n\nTerveisin"
    segs = segments(text)
    start, end = sentence_around(text, segs, text.index("05.58"))
    assert text[start:end] == "Sarja on\nkuvattu klo 05.58–06.03 (UTC+3), ja asema\nhimmenee."
