"""A season's words alone name no zone (issue 13, wrong value 2's kind).

"ljetno vrijeme", "ora legale", "hora de verano", "heure d'été" say "summer time" and
nothing more: CLDR writes them in the names of many zones ("ljetno vrijeme Chathama",
"ora legale dell'Alaska"), so read as the start of one such name they made a time
in Osijek 13:45 hours off. Only a whole CLDR name, or one short of a word that names
no place ("time"), is a zone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.zone_names import cldr_zone
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = datetime(2026, 11, 7, 16, 45, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "words",
    [
        "ljetno vrijeme",  # hr: summer time (Chatham's name starts so)
        "standardno vrijeme",  # hr: standard time (Acre's)
        "ora legale",  # it: summer time (Alaska's)
        "hora de verano",  # es
        "hora de verano de",
        "heure d’été",  # fr (Israel's)
        "heure d’été de",
        "θερινή ώρα",  # el
    ],
)
def test_a_seasons_words_alone_are_no_zone(words: str) -> None:
    assert cldr_zone(words) is None


@pytest.mark.parametrize(
    "words",
    [
        "srednjoeuropsko ljetno vrijeme",
        "Central European Summer",  # the last word "Time" names no place
        "közép-európai idő",
    ],
)
def test_a_whole_zone_name_is_still_a_zone(words: str) -> None:
    found = cldr_zone(words)
    assert found is not None and found.region == "Europe Central"


@pytest.mark.parametrize(
    "text",
    [
        "Snimljeno 14. X. 2026. u 19:02 SELV\n(srednjoeuropsko ljetno vrijeme) iz dvorišta.",
        "Snimljeno 14. 10. 2026. u 19:02 (srednjoeuropsko ljetno vrijeme) iz dvorišta.",
        "Scattata il 14 ottobre 2026 alle 19:02 (ora legale, UTC+2) dal giardino.",
    ],
)
def test_a_time_in_summer_time_words_is_read_by_the_whole_name(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at == datetime(2026, 10, 14, 17, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Scattata il 14 ottobre 2026 alle 19:02 (ora legale) dal giardino.",
        "Tomada el 14 de octubre de 2026 a las 19:02 (hora de verano) desde el patio.",
        "Prise le 14 octobre 2026 à 19:02 (heure d’été) depuis le jardin.",
    ],
)
def test_summer_time_without_its_zone_gives_no_ut_time(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None
    assert taken.taken_date == "2026-10-14"
