"""Croatian, Serbian and Bosnian clocks in hour and minute words (batch-39): "u 21 sat i
12 minuta po srednjoeuropskom ljetnom vremenu" is 21:12 CEST. The same words name an
exposure's length ("2 sata i 30 minuta"): no clock without its lead word or a zone."""

from __future__ import annotations

import pytest

from tests.pipeline.test_fields_period_words import _taken

HEADER = "Mon, 14 Sep 2026 09:00:00 +0200"


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        (
            "Snimljeno u nedjelju, 13. rujna 2026., u 21 sat i 12 minuta po "
            "srednjoeuropskom ljetnom vremenu.",
            "2026-09-13T19:12",
        ),
        ("Snimljeno 13. rujna 2026. u 22 sata i 5 minuta (CEST), iznad luke.", "2026-09-13T20:05"),
        ("Fotografija je nastala 13. rujna 2026. oko 21 h i 40 min (CEST).", "2026-09-13T19:40"),
    ],
)
def test_a_clock_in_hour_and_minute_words_is_read(text: str, ut: str) -> None:
    assert _taken(text, HEADER) == ut


@pytest.mark.parametrize(
    "text",
    [
        "Snimljeno 13. rujna 2026. Ekspozicija je trajala 2 sata i 30 minuta.",
        "Dana 13. rujna 2026. snimao sam 1 sat i 12 minuta bez prekida.",
        "Snimljeno 13. rujna 2026. Niz je trajao oko 2 sata i 30 minuta.",
        "Ukupna ekspozicija: 1 h i 12 min, snimljeno 13. rujna 2026. s Marjana.",
    ],
)
def test_a_length_or_an_hour_of_either_half_is_no_time(text: str) -> None:
    assert _taken(text, HEADER) is None
