"""A month name that means different months in different languages (issue 13, batch-15):
Croatian "listopada" is October, Polish "listopada" November. The mail's letters settle it;
with none, the date reads both ways and only the send date may rule one out. Sentences
written for these tests (data/month_letters.toml)."""

from __future__ import annotations

from datetime import date

import pytest

from ipom_mail.pipeline.fields.dates import find_dates, settle

SENT = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Snimljeno 22. listopada 2026. iznad šume na Marjanu.", date(2026, 10, 22)),
        ("Zdjęcie zrobiłem 22 listopada 2026 nad jeziorem.", date(2026, 11, 22)),
        ("Fotka pořízena 1. listopadu 2026 nad Řípem, přelet byl jasný.", date(2026, 11, 1)),
        ("Data: 1 listopada 2026, przelot nad Tatrami, świetny.", date(2026, 11, 1)),
        ("Fotografija od 1. listopada 2026., Zagreb, čisto nebo.", date(2026, 10, 1)),
    ],
)
def test_the_mails_letters_settle_a_two_way_month(text: str, day: date) -> None:
    hits = find_dates(text, SENT)
    assert [h.readings for h in hits] == [(day,)]


def test_without_telling_letters_the_date_reads_both_ways_and_the_send_date_may_settle_it() -> None:
    (hit,) = find_dates("22 listopada 2026", SENT)
    assert hit.readings == (date(2026, 10, 22), date(2026, 11, 22))
    assert settle(hit, SENT) == date(2026, 10, 22)  # November 22 is after the mail
    (early,) = find_dates("1 listopada 2026", SENT)
    assert settle(early, SENT) is None  # both before the mail: no guess


def test_a_span_in_a_two_way_month_without_telling_letters_gives_no_date() -> None:
    assert find_dates("12-14 listopada 2026", SENT) == []
