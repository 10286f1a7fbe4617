"""A from–to span a forecast gives ("Пролёт по прогнозу с 01:12 до 01:18", "predicted pass
21:14–21:20") is not the pass seen; a line labelled as the pass's is ("Pass: 21:14 – 21:20")."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

DATE = "Thu, 13 Aug 2026 10:05:00 +0800"


@pytest.mark.parametrize(
    "line",
    [
        "The predicted pass was from 21:14 to 21:20 (UTC+8).",
        "Prognose: 21:14 – 21:20 (UTC+8).",
        "Пролёт по прогнозу с 21:14 до 21:20 (UTC+8).",
    ],
)
def test_a_forecast_s_span_is_not_the_pass_seen(line: str) -> None:
    body = f"My photo of the ISS over the rocks, 11 August 2026, at 21:17:02 (UTC+8).\n\n{line}\n"
    fields = mail_fields("ISS photo", body, date=DATE)
    assert fields.flyby.start is None and fields.flyby.end is None
