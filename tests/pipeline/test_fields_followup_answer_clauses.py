"""story: in a mail answering our automatic reply, a sentence that gives the asked-for time may
go on, after a comma, to tell where the photo was taken ("Bildet ble tatt … kl. 22:47 norsk
tid, fra hytta vår på Hvaler."): that clause is the story, the value beside it is not, nor the
apology for the time forgotten ("Beklager, jeg glemte tidspunktet."). A clause that only
courts the reader ("as you asked", "I hope that is what you needed") tells nothing."""

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
    ("body", "told"),
    [
        (
            "Beklager, jeg glemte tidspunktet. Bildet ble tatt søndag 26. april kl. 22:47 norsk\n"
            "tid, fra hytta vår på Hvaler. Utstyret var Sony A7 IV med Samyang 18mm f/2.8.",
            "fra hytta vår på Hvaler",
        ),
        (
            "Sorry, I forgot the time. It was taken on 26 April at 22:47 BST, from our little"
            " cabin on the island of Hvaler.",
            "from our little cabin on the island of Hvaler",
        ),
        (
            "Aufgenommen am 26. April um 22:47 MESZ, von unserer Hütte am Ufer des Bodensees aus.",
            "von unserer Hütte am Ufer des Bodensees aus",
        ),
    ],
)
def test_a_clause_beside_the_answer_that_tells_where_is_the_story(body: str, told: str) -> None:
    story = _answer(body).story or ""
    assert told in story
    assert "22:47" not in story
    assert "glemte" not in story and "forgot" not in story


@pytest.mark.parametrize(
    "body",
    [
        "The time was 22:47 UT on 26 April, as you asked.",
        "The time was 22:47 UT on 26 April, I hope that is what you needed.",
        "Camera: Sony A7 IV, Samyang 18mm f/2.8, Manfrotto tripod.",
        "Beklager, jeg glemte tidspunktet. Det var 26. april kl. 22:47 norsk tid.",
    ],
)
def test_an_answer_whose_clauses_only_give_values_or_court_has_no_story(body: str) -> None:
    assert _answer(body).story is None
