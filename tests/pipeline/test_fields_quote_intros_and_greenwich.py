"""Two classes batch-26 brought (issue 13). A verb of writing in the sender's own sentence
("Anna (som skrev nedan) tipsade mig om passagen", "Anna, who wrote below, told me") leaves
the line the sender's: only a line introducing a quoted mail ("Den mån 16 nov. 2026 kl. 09:03
skrev Anna Berg <…>:") is blanked, and the quoted friend's data stays hers. And Egypt's
spelling of Greenwich ("بتوقيت جرينتش", with "ج" said "g" there) names UT, as CLDR's
"توقيت غرينتش" does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.quotes import clean_text
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media
from tests.pipeline.test_fields_forward_frames import fields_of

_QUOTED = (
    "Den mån 16 nov. 2026 kl. 09:03 skrev Anna Berg <anna.berg@example.se>:\n"
    "> Jag fick också ISS i lördags, kl. 18:32 svensk tid, med min Nikon Z 7II.\n"
    "> Högsta höjd 52°, magnitud -3,4.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Högsta höjd 37°, magnitud -2,5. Anna (som skrev nedan) tipsade mig om",
        "Max elevation 37°, magnitude -2.5. Anna, who wrote to me last week, told me about",
        "Höhe 37°, Helligkeit -2,5. Anna, die mir gestern schrieb, hat mir den Tipp gegeben",
    ],
)
def test_a_verb_of_writing_in_the_senders_sentence_keeps_the_line(line: str) -> None:
    text = f"{line}\npassagen, tack till henne!\n"
    assert clean_text(text) == text.rstrip("\n")


@pytest.mark.parametrize(
    "intro",
    [
        "Den mån 16 nov. 2026 kl. 09:03 skrev Anna Berg <anna.berg@example.se>:",
        "On Mon, 16 Nov 2026 at 09:03, Anna Berg <anna.berg@example.se> wrote:",
        "Anna Berg <anna.berg@example.se> schrieb am 16.11.2026",  # wrapped: "um 09:03:" below
        "Anna Berg wrote",
    ],
)
def test_a_line_introducing_a_quoted_mail_is_still_blanked(intro: str) -> None:
    text = f"My photo.\n\n{intro}\num 09:03:\n> Her data.\n"
    assert intro not in clean_text(text)


def test_the_senders_flyby_data_beside_a_quoted_friends_is_read_and_hers_is_not() -> None:
    body = (
        "Hej!\n\nHär kommer mitt bidrag: ISS som drar fram över Abisko Turiststation.\n"
        "Bilden togs den 15 november 2026 kl. 17:44:10 UTC.\n\n"
        "Högsta höjd 37°, magnitud -2,5. Anna (som skrev nedan) tipsade mig om\n"
        "passagen, tack till henne!\n\nVänliga hälsningar,\nErik Lindqvist\n\n"
        f"{_QUOTED}"
    )
    sent = "Tue, 17 Nov 2026 13:48:22 +0100"
    fields = fields_of(body, "Erik Lindqvist <erik@example.se>", "Re: ISS över Abisko", sent)
    assert fields.flyby.max_elevation_deg == 37.0
    assert fields.flyby.magnitude == -2.5
    assert "Nikon Z 7II" not in fields.equipment


@pytest.mark.parametrize(
    "zone", ["بتوقيت جرينتش", "بتوقيت غرينتش", "بتوقيت غرينيتش", "بتوقيت جرينيتش"]
)
def test_greenwich_in_any_arabic_spelling_is_ut(zone: str) -> None:
    text = f"أرسل لكم صورتي يوم الثلاثاء 15 سبتمبر 2026 الساعة 17:40:25 {zone}."
    sent = datetime(2026, 9, 17, 13, 5, tzinfo=timezone(timedelta(hours=3)))
    found = find_taken_at(text, Media(()), sent, ())
    assert found.taken_at == datetime(2026, 9, 15, 17, 40, 25, tzinfo=UTC)


def test_cairo_time_is_still_cairos_clock() -> None:
    text = "أرسل لكم صورتي يوم الثلاثاء 15 سبتمبر 2026 الساعة 17:40:25 بتوقيت القاهرة."
    sent = datetime(2026, 9, 17, 13, 5, tzinfo=timezone(timedelta(hours=3)))
    found = find_taken_at(text, Media(()), sent, ())
    assert found.taken_at == datetime(2026, 9, 15, 14, 40, 25, tzinfo=UTC)
