"""The pass's start written alone beside the shot's own time (blind batch 10, issue 13):
"Il passaggio è iniziato alle 20:51 ora italiana …; lo scatto è delle 20:53:10" gives
the photo's time on the start's clock and the pass's start, in several languages; a
zoneless time far from the start, or beside two zones, stays unread."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_span
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _read(text: str, header: str) -> tuple[TakenAt, datetime | None]:
    sent = parsedate_to_datetime(header)
    taken = find_taken_at(text, Media(items=()), sent)
    return taken, find_span(text, taken, sent)[0]


@pytest.mark.parametrize(
    ("text", "header", "shot", "start"),
    [
        ("Sabato 3 ottobre 2026: il passaggio è iniziato alle 19:41 ora italiana ed è "
         "durato circa sei minuti; lo scatto è delle 19:43:10.",
         "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T17:43:10", "2026-10-03T17:41"),
        ("Am 3. Oktober 2026 begann der Überflug um 19:41 MESZ, das Foto entstand um "
         "19:43:10.", "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T17:43:10",
         "2026-10-03T17:41"),
        ("On 3 October 2026 the pass began at 19:41 BST and my shot is from 19:43:10.",
         "Sun, 04 Oct 2026 09:00:00 +0100", "2026-10-03T18:43:10", "2026-10-03T18:41"),
        ("El 3 de octubre de 2026 el paso comenzó a las 19:41 hora peninsular y la foto es "
         "de las 19:43:10.", "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T17:43:10",
         "2026-10-03T17:41"),
        # batch-39: Catalan pass words; the start alone may be the shot's own time
        ("El 3 d'octubre de 2026 el pas va començar a les 19:41 hora peninsular i la foto "
         "és de les 19:43:10.", "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T17:43:10",
         "2026-10-03T17:41"),
        ("Ahir al vespre vam pujar al Montsec.\n\nJust quan començava el pas, a tres quarts "
         "de deu (hora peninsular), vaig engegar una seqüència de fotos de 20 segons.",
         "Sun, 04 Oct 2026 09:00:00 +0200", "2026-10-03T19:45", "2026-10-03T19:45"),
    ],
)  # fmt: skip
def test_the_passs_start_alone_gives_the_shot_its_clock_and_the_pass_its_start(
    text: str, header: str, shot: str, start: str
) -> None:
    taken, pass_start = _read(text, header)
    assert (taken.taken_at, pass_start) == (_ut(shot), _ut(start))


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # the shot is hours from the start: another clock, maybe
        ("On 3 October 2026 the pass began at 19:41 UT and my shot is from 21:43:10.",
         "Sun, 04 Oct 2026 09:00:00 +0200"),
        ("El 3 d'octubre de 2026 el pas va començar a les 19:41 UT i la foto és de les "
         "21:43:10.", "Sun, 04 Oct 2026 09:00:00 +0200"),
        # the shot's sentence is another one
        ("On 3 October 2026 the pass began at 19:41 BST.\n\nMy shot is from 19:43:10.",
         "Sun, 04 Oct 2026 09:00:00 +0100"),
    ],
)  # fmt: skip
def test_a_shot_far_from_the_start_or_in_another_sentence_takes_no_zone(
    text: str, header: str
) -> None:
    assert _read(text, header)[0].taken_at is None


def test_a_start_beside_only_another_events_time_stays_the_photos_time() -> None:
    text = (
        "Sunset was at 19:02 BST.\nOn 3 October 2026 the ISS rose at 19:41 BST right "
        "above the pier, and that is the photo."
    )
    taken, _ = _read(text, "Sun, 04 Oct 2026 09:00:00 +0100")
    assert taken.taken_at == _ut("2026-10-03T18:41")
