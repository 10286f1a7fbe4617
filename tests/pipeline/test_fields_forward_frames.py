"""A club forwards a member's mail with the frame its mail client writes, in the client's
language: Apple Mail's "Početak proslijeđene poruke:" and "Šalje: / Tema: / Datum: / Prima:",
Gmail's "---------- Pesan terusan ---------", Thunderbird's "-------- İletilen Mesaj --------"
(data/forward_blocks.toml, issue 13).

The forwarded header's Date is when the member wrote, never when the photo was taken; the
member who wrote the forwarded mail is credited and their words are the story.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Fields


def fields_of(body: str, sender: str, subject: str, date: str) -> Fields:
    """The fields the pipeline reads from a mail with this body, sender, Subject and Date."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = "<frame@example.org>"
    msg.set_content(body)
    return check_message(msg.as_bytes(), Config()).fields


def _forward(note: str, frame: str, original: str) -> Fields:
    """The fields of a club's forward: its note, the client's frame, the member's mail."""
    body = f"{note}\n\nClub secretary\n\n{frame}\n\n{original}\n"
    return fields_of(body, "Astro Club <club@example.org>", "Fwd: ISS", _SENT)


_SENT = "Tue, 05 May 2026 18:00:00 +0200"


# (the club's note, the client's frame with the member's header block, the member's mail)
FRAMES = [
    pytest.param(
        "Prosljeđujemo vam prijavu našeg člana.",
        "Početak proslijeđene poruke:\n\nŠalje: Luka Babić <luka@example.hr>\n"
        "Tema: ISS nad Zagrebom\nDatum: 3. svibnja 2026. u 09:12:40 CEST\nPrima: club@example.org",
        "Pozdrav,\n\nsnimio sam ISS 2026-05-02 u 21:40:15 UT.\nStanica je prošla tik iznad "
        "tornjeva katedrale.\n\nLuka",
        id="hr-apple-mail",
    ),
    pytest.param(
        "Przesyłamy zgłoszenie naszego członka.",
        "Początek przekazywanej wiadomości:\n\nOd: Luka Babić <luka@example.pl>\n"
        "Temat: ISS\nData: 3 maja 2026 o 09:12:40 CEST\nDo: club@example.org",
        "Cześć,\n\nzdjęcie zrobiłem 2026-05-02 o 21:40:15 UT.\nStacja przeleciała tuż nad "
        "wieżami katedry.\n\nLuka",
        id="pl-apple-mail",
    ),
    pytest.param(
        "Os reenviamos la foto de nuestro socio.",
        "Inicio del mensaje reenviado:\n\nDe: Luka Babić <luka@example.es>\n"
        "Asunto: ISS\nFecha: 3 de mayo de 2026, 9:12:40 CEST\nPara: club@example.org",
        "Hola,\n\nhice la foto el 2026-05-02 a las 21:40:15 UT.\nLa estación pasó justo por "
        "encima de las torres de la catedral.\n\nLuka",
        id="es-apple-mail",
    ),
    pytest.param(
        "Kulübümüzün üyesinin fotoğrafını iletiyoruz.",
        "-------- İletilen Mesaj --------\nKonu: ISS\nTarih: 3.05.2026 09:12 (+03:00)\n"
        "Kimden: Luka Babić <luka@example.com.tr>\nKime: club@example.org",
        "Merhaba,\n\nfotoğrafı 2026-05-02 21:40:15 UT'de çektim.\nİstasyon katedralin "
        "kulelerinin hemen üstünden geçti.\n\nLuka",
        id="tr-thunderbird",
    ),
    pytest.param(
        "Kami teruskan kiriman anggota kami.",
        "---------- Pesan terusan ---------\nDari: Luka Babić <luka@example.co.id>\n"
        "Date: Min, 3 Mei 2026 pukul 09.12\nSubject: ISS\nTo: <club@example.org>",
        "Halo,\n\nfoto saya ambil 2026-05-02 pukul 21:40:15 UT.\nStasiun lewat tepat di atas "
        "menara katedral.\n\nLuka",
        id="id-gmail",
    ),
]


@pytest.mark.parametrize(("note", "frame", "original"), FRAMES)
def test_a_forwarded_members_mail_is_read_as_theirs_in_the_clients_language(
    note: str, frame: str, original: str
) -> None:
    fields = _forward(note, frame, original)
    assert fields.taken_at == datetime(2026, 5, 2, 21, 40, 15, tzinfo=UTC)
    assert fields.photographer.name == "Luka Babić"
    assert fields.story is not None
    assert "katedr" in fields.story or "catedral" in fields.story or "katedral" in fields.story
    assert note not in fields.story


@pytest.mark.parametrize(("note", "frame", "original"), FRAMES)
def test_the_forwarded_headers_date_is_never_the_photos_time(
    note: str, frame: str, original: str
) -> None:
    without_time = "\n".join(x for x in original.split("\n") if "UT" not in x)
    fields = _forward(note, frame, f"{without_time}\n\nCanon EOS R6")
    assert fields.taken_at is None
    assert fields.taken_date is None
