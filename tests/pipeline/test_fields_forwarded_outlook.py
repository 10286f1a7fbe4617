"""A club forwarding a member's mail from Outlook in a Romance language ("-----Missatge
original-----", "Enviat el:", "Enviado el:"): the club's note is no story, the member's
words in the original are."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message

_TOLD = "La estación pasó justo sobre el faro y se apagó al entrar en la sombra."


def _forward(note: str, original: str, sent: str, subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Club Astronòmic <secretaria@club.example.org>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Wed, 06 Jan 2027 12:30:00 +0100"
    msg["Message-ID"] = "<fw-outlook@example.org>"
    msg.set_content(
        f"Bon dia,\n\n{note}\n\nSalutacions,\nSecretaria del Club\n\n"
        f"-----{original}-----\nDe: Marta Ferrer <marta@example.org>\n"
        f"{sent}: dimarts, 5 de gener de 2027 23:14\nPer a: secretaria@club.example.org\n"
        f"Assumpte: ISS\n\nHola,\n\n{_TOLD}\n\nHora: 17:43:05 CET\n\nFins aviat,\nMarta\n"
    )
    return msg.as_bytes()


@pytest.mark.parametrize(
    ("note", "original", "sent", "subject"),
    [
        (
            "Us reenviem la foto de la nostra sòcia, que ens ha demanat fer-la arribar.",
            "Missatge original",
            "Enviat el",
            "RV: Foto de l'ISS",
        ),
        (
            "Les reenviamos la foto de nuestra socia, que nos pidió hacérsela llegar.",
            "Mensaje original",
            "Enviado el",
            "RV: Foto de la ISS",
        ),
    ],
)
def test_a_clubs_outlook_forward_tells_the_members_words_not_its_own(
    note: str, original: str, sent: str, subject: str
) -> None:
    fields = check_message(_forward(note, original, sent, subject), Config()).fields
    assert fields.story == _TOLD
    assert fields.photographer is not None and fields.photographer.name == "Marta Ferrer"
