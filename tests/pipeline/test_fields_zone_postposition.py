"""A CLDR zone name in brackets with a postposition after it (blind batch 40, issue 13):
"(közép-európai nyári idő szerint)" is Central European Summer Time, not the bare
"nyári idő" its tail names; and Hungarian "fotóztam" presents the photo, so its date
dates a time written in the next paragraph."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.mailkit import mail_fields

SENT = "Sun, 06 Sep 2026 10:48:21 +0200"
AT = datetime(2026, 9, 5, 18, 31, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    "body",
    [
        "Szegeden fotóztam 2026. szeptember 5-én.\n\nAz expozíció 20:31:05-kor indult "
        "(közép-európai nyári idő szerint), és 6 másodpercig tartott.",
        "Szegeden fotóztam 2026. szeptember 5-én.\n\n20:31:05-kor (közép-európai nyári idő).",
        "Pécsen fényképeztem 2026. szeptember 5-én.\n\n"
        "Az expozíció 20:31:05-kor indult (közép-európai nyári idő szerint).",
        "Fotografirao sam u Zagrebu 5. rujna 2026.\n\n"
        "Snimka je počela u 20:31:05 (srednjoeuropsko ljetno vrijeme).",
    ],
)  # fmt: skip
def test_a_zone_name_with_its_postposition_in_brackets(body: str) -> None:
    assert mail_fields("ISS", body, date=SENT).taken_at == AT


@pytest.mark.parametrize(
    "body",
    [
        # a season with no clock stays no zone
        "Szegeden fotóztam 2026. szeptember 5-én.\n\n20:31:05-kor (nyári idő szerint).",
        # a time in the bracket is more than a zone
        "Szegeden fotóztam 2026. szeptember 5-én.\n\n20:31:05-kor (közép-európai nyári idő 21:00).",
    ],
)  # fmt: skip
def test_no_zone_from_a_bracket_that_names_no_one_clock(body: str) -> None:
    assert mail_fields("ISS", body, date=SENT).taken_at is None
