"""A word for "o'clock" between a time and its zone (issue 13, batch-27): Georgian "18:40
საათზე თბილისის დროით" (at 18:40 o'clock, by Tbilisi time), Lithuanian "21:34 val. Lietuvos
laiku" (data/zone_words.toml [o_clock]). The zone after the word is the time's; the word
alone gives no zone, and says nothing of a 24-hour dial.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 11, 3, 19, 45, tzinfo=timezone(timedelta(hours=4)))
_NEXT = "სადგური ისე კაშკაშებდა, რომ ტყის ხეებზეც კი ჩანდა მისი შუქი."


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        (f"ფოტო გადავიღე 2026 წლის 1 ნოემბერს, 18:40 საათზე თბილისის დროით. {_NEXT}", 14),
        (f"ფოტო გადავიღე 2026 წლის 1 ნოემბერს, 18:40 საათზე საქართველოს დროით. {_NEXT}", 14),
        (f"ფოტო გადავიღე 2026 წლის 1 ნოემბერს, 18:40 საათზე UTC. {_NEXT}", 18),
        ("Nuotrauka padaryta 2026 m. lapkričio 1 d. 20:40 val. Lietuvos laiku.", 18),
    ],
)
def test_a_zone_after_the_word_for_o_clock_is_the_times(text: str, ut: int) -> None:
    taken = find_taken_at(text, Media(items=()), SENT)
    assert taken.taken_at == datetime(2026, 11, 1, ut, 40, tzinfo=UTC)


def test_the_word_for_o_clock_alone_gives_no_zone() -> None:
    text = f"ფოტო გადავიღე 2026 წლის 1 ნოემბერს, 18:40 საათზე. {_NEXT}"
    assert find_taken_at(text, Media(items=()), SENT).taken_at is None


def test_the_word_for_o_clock_says_nothing_of_a_24_hour_dial() -> None:
    (plain,) = find_times("8:40 საათზე")
    assert not plain.hour_certain
    (hindi,) = find_times("6:58 बजे")
    assert not hindi.hour_certain
    (uhr,) = find_times("8:40 Uhr")
    assert uhr.hour_certain
