"""A month's name that means different months in different languages (blind batch 15,
issue 13): "listopada" is November in Polish and October in Croatian. The mail's own
letters settle it ("č", "đ" are not Polish; "ł", "ą" not Croatian), or a reading after the
mail was sent; else no date, never a guess."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        (  # Croatian: October
            "Šaljem fotografiju ISS-a snimljenu 15. listopada 2026. u 17:42:10 UTC, iznad Čiova.",
            datetime(2026, 10, 15, 17, 42, 10, tzinfo=UTC),
        ),
        (  # Polish: November
            "Przesyłam zdjęcie ISS wykonane 15 listopada 2026 o 17:42:10 UTC nad Łodzią.",
            datetime(2026, 11, 15, 17, 42, 10, tzinfo=UTC),
        ),
        (  # Czech genitive, its own word: November
            "Posílám snímek ISS z 15. listopadu 2026 v 17:42:10 UTC nad Brnem.",
            datetime(2026, 11, 15, 17, 42, 10, tzinfo=UTC),
        ),
    ],
)
def test_the_mails_letters_settle_a_shared_month_name(text: str, ut: datetime) -> None:
    assert find_taken_at(text, Media(()), SENT).taken_at == ut


def test_a_shared_month_name_without_telling_letters_dates_nothing() -> None:
    text = "ISS photo, 15 listopada 2026, 17:42:10 UTC."  # October or November?
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at is None and taken.taken_date is None


def test_a_reading_after_the_mail_leaves_the_other() -> None:
    # sent on 2 November: 22 November is still to come, so 22 October
    sent = datetime(2026, 11, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    text = "ISS photo, 22 listopada 2026, 16:47:15 UTC."
    assert find_taken_at(text, Media(()), sent).taken_at == datetime(
        2026, 10, 22, 16, 47, 15, tzinfo=UTC
    )
