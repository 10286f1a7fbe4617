"""A labelled time under a photo sentence that says "yesterday evening" is on that day,
not on the one date the mail writes for other news further down (blind batch 23, issue
13): "Dün akşam … fotoğrafladım" ¶ "Çekim saati: 19:26:05 (TSİ)" ¶ "30 Eylül'de …
kenetlenmesini izledik" is 10 October, never 30 September. The photo sentence may be
wrapped before a capital ("Uluslararası Uzay\\nİstasyonu'nu")."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.segments import segments, sentence_around
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _taken_at(text: str, header: str) -> datetime | None:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header)).taken_at


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("Dün akşam Kapadokya'da, Uçhisar Kalesi'nin üzerinden geçen Uluslararası Uzay\n"
         "İstasyonu'nu fotoğrafladım.\n\nÇekim saati: 19:26:05 (TSİ)\n\n"
         "Bu arada 30 Eylül'de Progress kargo aracının istasyona kenetlenmesini de canlı\n"
         "izledik, harika bir ay oldu!", "Sun, 11 Oct 2026 11:05:48 +0300",
         "2026-10-10T16:26:05"),
        ("Yesterday evening I photographed the International Space Station over the\n"
         "Tower Bridge from the south bank.\n\nTime: 19:26:05 BST\n\n"
         "By the way, on 30 September we watched the Progress docking live.",
         "Sun, 11 Oct 2026 11:05:48 +0100", "2026-10-10T18:26:05"),
        ("Gestern Abend habe ich die Internationale Raumstation über dem Kölner Dom\n"
         "fotografiert.\n\nUhrzeit: 19:26:05 MESZ\n\n"
         "Am 30. September haben wir übrigens das Andocken der Progress live verfolgt.",
         "Sun, 11 Oct 2026 11:05:48 +0200", "2026-10-10T17:26:05"),
    ],
)  # fmt: skip
def test_yesterday_in_the_photo_sentence_dates_a_labelled_time_not_a_later_news_date(
    text: str, header: str, ut: str
) -> None:
    assert _taken_at(text, header) == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        # the one date is the photo's own: it dates the labelled time as before
        ("Ecco la ISS sopra il Duomo di Milano, ripresa il 30 settembre 2026.\n\n"
         "Ora: 19:26:05 CEST", "Sun, 11 Oct 2026 11:05:48 +0200", "2026-09-30T17:26:05"),
        # a short greeting line before a capital is not a wrapped sentence
        ("Hola equipo\nEl 30 de septiembre de 2026 fotografié la ISS sobre Toledo.\n\n"
         "Hora: 19:26:05 CEST", "Sun, 11 Oct 2026 11:05:48 +0200", "2026-09-30T17:26:05"),
    ],
)  # fmt: skip
def test_the_mails_one_photo_date_still_dates_a_labelled_time(
    text: str, header: str, ut: str
) -> None:
    assert _taken_at(text, header) == datetime.fromisoformat(ut).replace(tzinfo=UTC)


def test_yesterday_and_a_photo_date_that_disagree_give_no_time() -> None:
    text = (
        "Yesterday evening I photographed the ISS over the Tower Bridge, on 30 September.\n\n"
        "Time: 19:26:05 BST"
    )
    assert _taken_at(text, "Sun, 11 Oct 2026 11:05:48 +0100") is None


@pytest.mark.parametrize(
    ("text", "at", "whole"),
    [
        # a long prose line wrapped before a name goes on with it
        ("Dün akşam Kapadokya'da, Uçhisar Kalesi'nin üzerinden geçen Uluslararası Uzay\n"
         "İstasyonu'nu fotoğrafladım.", "İstasyonu", None),
        ("Ieri sera ho fotografato il passaggio della Stazione Spaziale sopra il Duomo di\n"
         "Milano, poco dopo il tramonto.", "Milano", None),
        # a short line is no wrap: "Hi team" ¶ "Yesterday I …" are two
        ("Hi team\nYesterday I shot the ISS over Dover.", "Yesterday",
         "Yesterday I shot the ISS over Dover."),
        # a field line is never joined, neither as the line before nor as the line after
        ("Yesterday evening I photographed the International Space Station over the Tower\n"
         "Equipment: Nikon D850", "Equipment", "Equipment: Nikon D850"),
        ("Equipment: Nikon D850 and a Sigma 150-600 mm Contemporary lens on a Manfrotto\n"
         "Taken from Hook Lighthouse.", "Taken", "Taken from Hook Lighthouse."),
    ],
)  # fmt: skip
def test_a_prose_line_wrapped_before_a_capital_is_read_with_the_next(
    text: str, at: str, whole: str | None
) -> None:
    segs = segments(text)
    start, end = sentence_around(text, segs, text.index(at))
    assert text[start:end] == (text if whole is None else whole)
