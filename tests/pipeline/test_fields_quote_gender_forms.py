"""Quote headers that write the verb with its gender or plural form ("napisał(a):",
"написав(ла):", "je napisao/la:") start a quoted original like "wrote:" does, so a reply
over the sender's own earlier mail reads its data (issue 13, batch 15); and a sentence that
only enters the photo into the contest ("zgłaszam zdjęcie ISS do konkursu.") is no story."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.quoted import is_quote_header, own_text
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.stages import check_message


@pytest.mark.parametrize(
    "header",
    [
        "wt., 3 mar 2026 o 21:05 Ola Wiśniewska <ola@example.org> napisał(a):",
        "út 3. 3. 2026 v 21:05 odesílatel Eva Dvořáková <eva@example.org> napsal(a):",
        "ut 3. 3. 2026 o 21:05 Zuzana Kováčová <zuzana@example.org> napísal(a):",
        "вт, 3 мар. 2026 г. в 21:05, Ольга Петрова <olga@example.org> написал(а):",
        "вт, 3 бер. 2026 р. о 21:05 Олена Коваль <olena@example.org> написав(ла):",
        "uto, 3. ožu 2026. u 21:05 Ana Horvat <ana@example.org> je napisao/la:",
        "tor., 3. mar. 2026 ob 21:05 je Maja Novak <maja@example.org> napisal(a):",
        "3 Mar 2026 Sal, 21:05 tarihinde Ayşe Yılmaz <ayse@example.org> şunu yazdı:",
        "ti 3.3.2026 klo 21.05 Aino Virtanen (aino@example.org) kirjoitti:",
        "El mar, 3 mar 2026 a las 21:05, Lucía Pérez (<lucia@example.org>) escribió:",
    ],
)
def test_a_quote_header_with_a_gender_form_is_one(header: str) -> None:
    assert is_quote_header(header)


@pytest.mark.parametrize(
    "line",
    [
        "Jak już napisałam wcześniej:",  # the sender's own words, not a client's header
        "Kolega napisał(a) mi wczoraj, że niebo było czyste.",  # not at the line's end
        "Sprzęt (a): Canon EOS 80D",
        "Як я вже написав(ла) вище, небо було ясне.",
    ],
)
def test_a_line_that_only_mentions_writing_is_no_quote_header(line: str) -> None:
    assert not is_quote_header(line)


def test_own_text_stops_at_a_gendered_header_under_own_words() -> None:
    text = (
        "Děkuji, posílám znovu.\n\npo 2. 3. 2026 v 20:11 Jan <jan@example.org> napsal(a):\n> Ahoj"
    )
    assert own_text(text).strip() == "Děkuji, posílám znovu."


def _reply(sender: str, note: str, header: str, quoted: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ipom@example.org"
    msg["Subject"] = "Re: ISS"
    msg["Date"] = "Wed, 04 Mar 2026 08:00:00 +0100"
    msg["Message-ID"] = "<g1@example.org>"
    body = "\n".join(f"> {x}" if x else ">" for x in quoted.split("\n"))
    msg.set_content(f"{note}\n\n{header}\n\n{body}\n")
    return msg.as_bytes()


_PL = "Data: 3.03.2026\nGodzina: 18:42:07 UTC\nMaks. wysokość: 48°"
_UK = "Дата: 3.03.2026\nЧас: 18:42:07 UTC\nМакс. висота: 48°"


@pytest.mark.parametrize(
    ("sender", "note", "header", "quoted"),
    [
        (
            "Ola Wiśniewska <ola@example.org>",
            "Przepraszam, zapomniałam o załączniku – teraz jest.",
            "wt., 3 mar 2026 o 21:05 Ola Wiśniewska <ola@example.org> napisał(a):",
            f"Dzień dobry,\n\n{_PL}\n\nPozdrawiam\nOla",
        ),
        (
            "Олена Коваль <olena@example.org>",
            "Вибачте, забула додати фото, ось воно.",
            "вт, 3 бер. 2026 р. о 21:05 Олена Коваль <olena@example.org> написав(ла):",
            f"Добрий день!\n\n{_UK}\n\nОлена",
        ),
    ],
)
def test_a_reply_over_the_senders_own_gendered_quote_reads_its_data(
    sender: str, note: str, header: str, quoted: str
) -> None:
    fields = check_message(_reply(sender, note, header, quoted), Config()).fields
    assert fields.taken_at == datetime(2026, 3, 3, 18, 42, 7, tzinfo=UTC)
    assert fields.flyby.max_elevation_deg == 48.0


def test_a_gendered_quote_of_someone_else_is_not_read() -> None:
    header = "wt., 3 mar 2026 o 21:05 Jan Kowalski <jan@example.org> napisał(a):"
    raw = _reply("Ola Wiśniewska <ola@example.org>", "Dzięki, Jan!", header, _PL)
    fields = check_message(raw, Config()).fields
    assert fields.taken_at is None and fields.flyby.max_elevation_deg is None


@pytest.mark.parametrize(
    "entry",
    [
        "zgłaszam zdjęcie ISS do konkursu.",
        "Posílám fotku do soutěže.",
        "Prihlasujem svoju fotografiu do súťaže.",
        "Отправляю фотографию МКС на конкурс.",
        "Je vous envoie ma photo pour le concours.",
        "Os envío mi foto al concurso.",
        "przesyłam zdjęcie ISS.",  # no contest named, and still only the hand-over
    ],
)
def test_a_sentence_that_only_enters_the_photo_is_no_story(entry: str) -> None:
    text = f"Hi,\n\n{entry}\n\nDate: 3.03.2026\nTime: 18:42:07 UTC\n\nAna"
    assert find_story(text, "Ana") is None


@pytest.mark.parametrize(
    "entry",
    [
        "zgłaszam zdjęcie przelotu ISS nad Wawelem do konkursu.",  # says what it shows
        "Posílám fotku do soutěže. Stanice prolétla přímo nad kostelem ve Zlíně.",
    ],
)
def test_an_entry_that_says_more_keeps_its_story(entry: str) -> None:
    text = f"Hi,\n\n{entry}\n\nDate: 3.03.2026\nTime: 18:42:07 UTC\n\nAna"
    assert find_story(text, "Ana") is not None
