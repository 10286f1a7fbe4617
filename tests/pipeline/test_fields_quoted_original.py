"""A reply that only sends what we asked for (a link) over the sender's own quoted earlier
mail: the data are in that original and are theirs (issue 13, blind batch 08). A link's
digits are no data of the new words; a number of their own keeps the quote a quote."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message

_EARLIER = (
    "Le dim. 8 nov. 2026 à 21:02, Marta Silva <marta@example.org> a écrit :\n"
    "> Bonjour,\n>\n"
    "> Date : 8 novembre 2026\n"
    "> Heure : 18:12:40 UTC\n"
    "> Élévation maximale : 61°, magnitude -3,3\n"
    "> Matériel : Sony A7 III + Samyang 24mm f/1.4\n"
)


def _reply(note: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Marta Silva <marta@example.org>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = "Re: Photo ISS"
    msg["Date"] = "Tue, 10 Nov 2026 09:00:00 +0100"
    msg["Message-ID"] = "<q1@example.org>"
    msg.set_content(f"{note}\n\n{_EARLIER}")
    return msg.as_bytes()


@pytest.mark.parametrize(
    "note",
    [
        "Bonjour,\n\nComme demandé, voici le lien vers la photo en pleine résolution :\n"
        "https://we.tl/t-8Hq2Lm4Zp9",
        "Hi,\n\nAs asked, the full-size file: https://www.dropbox.com/s/x7k2p0q/iss-2.jpg\n\nMarta",
        "Hola,\n\ncomo pedisteis, aquí va el enlace:\nhttps://drive.google.com/file/d/1aB9xYz/view",
        "Olá,\n\naqui vai o link: https://we.tl/t-3kQ9x\n\nObrigada",
    ],
)
def test_a_reply_giving_only_a_link_reads_the_senders_own_quoted_original(note: str) -> None:
    fields = check_message(_reply(note), Config()).fields
    assert fields.taken_at == datetime(2026, 11, 8, 18, 12, 40, tzinfo=UTC)
    assert (fields.flyby.max_elevation_deg, fields.flyby.magnitude) == (61.0, -3.3)


def test_a_reply_with_a_number_of_its_own_keeps_the_original_a_quote() -> None:
    note = "Corrigé : la photo fait 24 Mo, lien https://we.tl/t-8Hq2Lm4Zp9"
    fields = check_message(_reply(note), Config()).fields
    assert fields.taken_at is None and fields.flyby.max_elevation_deg is None
