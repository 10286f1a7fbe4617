"""Finland's clock named with its season, and degrees in Finnish cases (issue 13, batch-12,
batch-17): "klo 21.36.14 Suomen kesäaikaa" in April is UTC+3, the same words for a December
date give no UT time (the clocks showed EET); "Korkeimmillaan asema oli 42 asteen
korkeudella" is the pass's height; a temperature, frost ("pakkasta", "mróz", "мороз") or the Sun's
height in degrees is not."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_max_elevation
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Kuva on otettu keskiviikkona 7. huhtikuuta 2027 klo 21.36.14 Suomen kesäaikaa.",
         "Thu, 08 Apr 2027 17:55:02 +0300", datetime(2027, 4, 7, 18, 36, 14, tzinfo=UTC)),
        ("Kuva on otettu 12.1.2027 klo 18.05 Suomen talviaikaa.",
         "Wed, 13 Jan 2027 10:00:00 +0200", datetime(2027, 1, 12, 16, 5, tzinfo=UTC)),
        # out of season: no UT time, a question
        ("Kuva on otettu perjantaina 4.12.2026 klo 15.47 Suomen kesäaikaa.",
         "Sat, 05 Dec 2026 12:03:00 +0200", None),
        ("Kuva on otettu 7. heinäkuuta 2027 klo 22.10 Suomen talviaikaa.",
         "Thu, 08 Jul 2027 10:00:00 +0300", None),
    ],
)  # fmt: skip
def test_finlands_clock_with_its_season(text: str, header: str, want: datetime | None) -> None:
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header))
    assert taken.taken_at == want
    assert bool(taken.questions) is (want is None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Korkeimmillaan asema oli 42 asteen korkeudella, kirkkaus −3,1 mag.", 42.0),
        ("Korkeimmillaan asema oli 55 asteessa ja kirkkaus noin -3,4 magnitudia.", 55.0),
        ("Asema nousi 61 asteeseen lounaassa.", None),  # no word of the highest point
        ("Suurin korkeus 70 astetta.", 70.0),
        ("Korkeimmillaan pakkasta oli 15 astetta, lämpötila −15 asteessa.", None),
        ("Korkeimmillaan aurinko oli 30 asteen korkeudella.", None),
        ("Maksymalny mróz 10 stopni.", None),
        ("Максимальный мороз 12 градусов.", None),
    ],
)
def test_degrees_in_finnish_cases(text: str, want: float | None) -> None:
    assert find_max_elevation(text) == want
