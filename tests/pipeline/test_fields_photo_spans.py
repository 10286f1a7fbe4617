"""A from–to about the photos is never the pass window; a shot inside a window is never
read as the window's edge (batch-05 classes, in several languages).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media
from tests.pipeline.spankit import read_spans

NO_MEDIA = Media(())
SENT = datetime(2023, 10, 16, 9, 0, tzinfo=timezone(timedelta(hours=2)))


def _ut(day: int, h: int, m: int, s: int = 0) -> datetime:
    return datetime(2023, 10, day, h, m, s, tzinfo=UTC)


PHOTOS_SPAN = [
    (
        "I took 40 photos of 2 seconds on 14 October 2023 from 21:30:10 to 21:33:40 UT.",
        _ut(14, 21, 30, 10),
        _ut(14, 21, 33, 40),
    ),
    (
        "El 14 de octubre de 2023 tomé fotos desde las 23:30:10 hasta las 23:33:40 CEST.",
        _ut(14, 21, 30, 10),
        _ut(14, 21, 33, 40),
    ),
    (
        "Il 14/10/2023 ho fatto 60 scatti dalle 23:30:10 alle 23:33:40 CEST.",
        _ut(14, 21, 30, 10),
        _ut(14, 21, 33, 40),
    ),
    (
        "Am 14.10.2023 habe ich 50 Fotos von 23:30:10 bis 23:33:40 MESZ gemacht.",
        _ut(14, 21, 30, 10),
        _ut(14, 21, 33, 40),
    ),
]


@pytest.mark.parametrize(("text", "start", "until"), PHOTOS_SPAN)
def test_a_span_of_several_photos_is_theirs_not_the_pass(
    text: str, start: datetime, until: datetime
) -> None:
    assert read_spans(text, SENT) == (start, until, (None, None))


@pytest.mark.parametrize(
    "text",
    [
        "On 14 October 2023 I took photos of the pass from 21:30 to 21:36 UT.",
        "Am 14.10.2023 habe ich Fotos vom Überflug von 23:30 bis 23:36 MESZ gemacht.",
    ],
)
def test_a_span_of_photos_of_the_pass_is_neither(text: str) -> None:
    """Photos and the pass in one sentence: the span may be either, and is neither."""
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "2023. október 14., az áthaladás 20:48-tól 20:55-ig tartott (CEST), a kép\n"
        "20:51:36-kor készült.",
        "14 Ekim 2023, geçiş 20:48'den 20:55'e kadar sürdü (CEST), fotoğraf\n20:51:36'da çekildi.",
        "Passage du 14 octobre 2023, de 20:48 à 20:55 (heure de Paris). La photo a été prise "
        "à 20:51:36, juste après la culmination.",
        "Pass on 14 October 2023 from 20:48 to 20:55 CEST. The frame I kept is from 20:51:36.",
        "Überflug am 14.10.2023 von 20:48 bis 20:55 MESZ. Das Bild entstand um 20:51:36.",
    ],
)
def test_a_shot_inside_a_zoned_window_is_on_the_windows_clock(text: str) -> None:
    """The window's edge is never the shot; the shot inside it takes the window's zone."""
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at == _ut(14, 18, 51, 36)
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (_ut(14, 18, 48), _ut(14, 18, 55))


@pytest.mark.parametrize(
    "text",
    [
        "Pass on 14 October 2023 from 20:48 to 20:55 CEST. The frame I kept is from 19:51:36.",
        "Passage du 14 octobre 2023, de 20:48 à 20:55 (heure de Paris).\n\n"
        "La photo a été prise à 20:51:36.",
    ],
)
def test_a_shot_outside_the_window_or_its_paragraph_has_no_zone(text: str) -> None:
    """A zoneless time outside the window, or in another paragraph, is not given its zone."""
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at is None


def test_a_dotted_series_span_holds_no_date() -> None:
    """ "klo 18.02.15–18.04.50" is two times, never the date 18.02.2015."""
    text = "Sarja 14.10.2023, klo 21.02.15–21.04.50 Suomen aikaa, yhteensä 31 kuvaa."
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at in (None, _ut(14, 18, 2, 15))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Photo of 14 October 2023: the ISS disappeared at 20:55 CEST, my shot is from\n"
            "20:51:36.",
            "which is the photo's",
        ),
        # "until 20:55" is an end, never the shot: the shot's own zone is what is missing
        ("14.10.2023 sichtbar bis 20:55 MESZ; das Foto selbst\nentstand 20:51:36.", "no zone"),
        ("14/10/2023, visible jusqu'à 20:55 CEST ; ma photo\ndate de 20:51:36.", "no zone"),
    ],
)
def test_a_rounded_time_beside_a_finer_one_is_neither(text: str, asked: str) -> None:
    """A whole-minute time (a window's edge, a rounded time) minutes from a time to the
    second that has no zone of its own: which is the shot cannot be told, so none is."""
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None
    assert any(asked in note for note in taken.notes), taken.notes


def test_a_culmination_to_the_second_does_not_unsettle_the_shot() -> None:
    text = "Taken 14 October 2023 at 20:55 CEST. Culmination was at 20:51:36."
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == _ut(14, 18, 55)
