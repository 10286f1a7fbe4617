"""story: a mail answering our automatic reply with the time it forgot ("Beklager, jeg glemte
tidspunktet. Bildet ble tatt … kl. 22:47 norsk tid, fra hytta vår på Hvaler.") gives answers,
not a story (as tests/evaluation/cases.toml `nl-outlook-antwoord-uur-ut` labels "…om 19.58 uur
UT, vanaf de dijk bij Harderwijk."), and its apology for the forgotten time, in Norwegian and
Danish too, is no story either. A sentence that tells the photo beside the answers stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.values import Fields
from tests.pipeline.test_fields_forward_frames import fields_of

_QUOTED_REPLY = (
    "> Thank you for your submission [IPOM-2026-0417].\n>\n"
    "> We could not find the following required information:\n"
    '> - time/date taken (UT), e.g. "2026-04-26 21:34 UT"\n>\n'
    "> Please reply to this message with the missing details.\n>\n> ISS Photo of the Month\n"
)
_HEADER = "On Mon, 27 Apr 2026 at 09:12, ISS Photo of the Month <ipom@example.org> wrote:"


def _answer(body: str) -> Fields:
    return fields_of(
        f"Hei,\n\n{body}\n\nMvh\nEirik\n\n{_HEADER}\n{_QUOTED_REPLY}",
        "Eirik Haugen <eirik.haugen@example.no>",
        "Re: [IPOM-2026-0417] Your ISS Photo of the Month submission - missing information",
        "Tue, 28 Apr 2026 07:31:00 +0200",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Beklager, jeg glemte tidspunktet. Bildet ble tatt søndag 26. april kl. 22:47 norsk\n"
        "tid, fra hytta vår på Hvaler. Utstyret var Sony A7 IV med Samyang 18mm f/2.8.",
        "Undskyld, jeg glemte at skrive tidspunktet. Det var 26. april kl. 22:47 dansk tid.",
        "The time was 22:47 UT on 26 April, as you asked.",
        "Camera: Sony A7 IV, Samyang 18mm f/2.8, Manfrotto tripod.",
    ],
)
def test_an_answer_with_only_answers_and_its_apology_has_no_story(body: str) -> None:
    assert _answer(body).story is None


def test_a_sentence_beside_the_answers_that_tells_the_photo_stays() -> None:
    told = "Stasjonen fløy rett over fyret på Torbjørnskjær."
    body = f"Beklager, jeg glemte tidspunktet. Bildet ble tatt 22:47 norsk tid. {told}"
    assert _answer(body).story == told
