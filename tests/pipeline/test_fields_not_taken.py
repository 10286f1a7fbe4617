"""A mail with no photo nor link to one whose sender says they did not take a photo ("I
didn't manage to photograph it", "hann inte få upp kameran", "Нисам стигао да је сликам") is a
sighting, not a submission (issue 13, batch-32): its time, gear and place are no values
(data/submission.toml [not_taken]). Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw

SEEN = "the ISS over Uppsala at 21:12 UT on 12 May 2024 with my Canon EOS 2000D"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS", f"I saw {SEEN}, but I didn't manage to photograph it. Any good passes soon?"),
        ("ISS", f"Saw {SEEN} ready — but couldn't get the camera out in time."),
        ("ISS", f"Jag såg {SEEN}, men hann inte få upp kameran innan den försvann."),
        ("МКС", f"Видео сам {SEEN}. Нисам стигао да је сликам, била је пребрза."),
        ("МКС", f"Видел {SEEN}, но не успел её сфотографировать."),
        ("ISS", f"Gestern sah ich {SEEN}, konnte sie aber leider nicht fotografieren."),
        ("ISS", f"J'ai vu {SEEN}, mais je n'ai pas pu la photographier."),
        ("ISS", f"Vi {SEEN}, pero no pude fotografiarla."),
        ("ISS", f"Widziałem {SEEN}, ale nie zdążyłem jej sfotografować."),
        ("ISS", f"Näin {SEEN}, mutta en ehtinyt ottaa kuvaa."),
        ("ISS", f"{SEEN}を見ましたが、撮れませんでした。"),
        # an adverb between the verb and "not" (batch-36: "fik desværre ikke taget noget")
        ("ISS", f"Jeg så {SEEN}. Jeg fik desværre ikke taget noget billede."),
        ("ISS", f"Jeg så {SEEN}, men fikk dessverre ikke tatt noe bilde."),
        ("ISS", f"Jag såg {SEEN}, men fick tyvärr ingen bild."),
    ],
)
def test_a_sighting_with_no_photo_taken_gives_no_values(subject: str, body: str) -> None:
    assert _empty(check_message(_raw(body, subject=subject), Config()).fields)


def test_the_sighting_says_why_no_field_was_read() -> None:
    body = f"I saw {SEEN}, but I didn't manage to photograph it."
    notes = check_message(_raw(body, subject="ISS"), Config()).fields.notes
    assert any("says no photo was taken" in note for note in notes)


@pytest.mark.parametrize(
    "body",
    [
        # a photo of theirs exists, only the attachment is missing: the reply asks for it
        "I didn't manage to photograph the first pass, but here is my photo of the second one, "
        "taken 12 May 2024 at 21:12 UT.",
        # a photo link is the photo
        "Couldn't get the camera out for the first pass; the second one is here: "
        "https://www.dropbox.com/s/xyz789/iss.jpg taken 12 May 2024 at 21:12 UT.",
    ],
)
def test_a_missed_pass_beside_the_senders_own_photo_is_still_read(body: str) -> None:
    fields = check_message(_raw(body, subject="ISS photo"), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 12, 21, 12, tzinfo=UTC)


def test_a_quoted_friends_missed_photo_leaves_the_senders_submission_read() -> None:
    body = (
        "The ISS over Uppsala, 12 May 2024 at 21:12 UT.\n\n"
        "> I saw it too but didn't manage to photograph it because of the clouds.\n"
    )
    fields = check_message(_raw(body, subject="ISS photo"), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 12, 21, 12, tzinfo=UTC)
