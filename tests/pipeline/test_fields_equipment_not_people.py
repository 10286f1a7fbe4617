"""equipment, issue 13: a person's name is never an instrument, though a maker's name may
start it (Takara and Benro make tripods; "Takara Yamamoto" signs a mail). The name the mail
gives the sender or credits is left out of the equipment; the instruments stay."""

from __future__ import annotations

import pytest

from tests.pipeline.evaluation_scoring import run_case


def _mail(sender: str, body: str) -> dict[str, str]:
    return {"id": "people", "from": f"{sender} <photo@example.org>", "subject": "ISS photo",
            "date": "Sat, 14 Nov 2026 22:05:00 +0100", "body": body}  # fmt: skip


@pytest.mark.parametrize(
    ("sender", "body", "gear"),
    [
        (
            "Takara Yamamoto",
            "Hello,\n\nMy photo of the ISS over Nagano at 19:02 JST.\n"
            "Camera: Nikon Z6, lens Nikkor Z 24-70mm.\n\nBest regards,\nTakara Yamamoto\n",
            ("Nikon Z6", "Nikkor Z 24-70mm"),
        ),
        (
            "Benro Wijaya",
            "Halo,\n\nFoto ISS semalam pukul 19:02 WIB.\n"
            "Kamera: Canon EOS R6 dipasang di tripod Takara.\n\nSalam hangat,\nBenro Wijaya\n",
            ("Canon EOS R6", "tripod Takara"),
        ),
        (
            "Vixen Müller",
            "Hallo,\n\nmein Foto der ISS gestern um 18:02 MEZ.\n"
            "Kamera: Sony A7 III auf einer Vixen Polarie.\n\nViele Grüße\nVixen Müller\n",
            ("Sony A7 III", "Vixen Polarie"),
        ),
    ],
)
def test_the_senders_name_is_no_instrument_and_the_instruments_stay(
    sender: str, body: str, gear: tuple[str, ...]
) -> None:
    fields = run_case(_mail(sender, body))
    assert fields.equipment == gear
    assert fields.photographer.name == sender
