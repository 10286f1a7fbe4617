"""A reply to a club's list that quotes another member's pass prediction (issue 13): the
photo is the sender's, its day is the one the sender's words give ("kvällens passage", "ikväll":
the evening the mail was sent), and no time of the quoted prediction is the photo's.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_fields_forward_frames import fields_of

_QUOTED = (
    "Den mån 4 maj 2026 kl. 11:02 skrev Per Nyberg <per@example.se>:\n"
    "> Fin passage i kväll: start 21:40:10, högst 21:43:30 på 48°, slut 21:46:50.\n"
    "> Alla tider svensk sommartid.\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Här är min bild från kvällens passage över Gamla stan.",
        "Jag fick den ikväll från taket vid Mariatorget.",
        "Tog bilden i kväll från Skinnarviksberget.",
    ],
)
def test_a_list_reply_is_dated_by_the_senders_tonight_and_takes_no_quoted_time(said: str) -> None:
    body = f"Hej,\n\n{said}\nKamera: Sony A7 IV med FE 20mm F1.8 G.\n\nElin\n\n{_QUOTED}"
    sent = "Mon, 04 May 2026 22:30:00 +0200"
    fields = fields_of(body, "Elin Berg <elin@example.se>", "Re: [astro] ISS i kväll", sent)
    assert fields.taken_at is None
    assert fields.taken_date == "2026-05-04"
