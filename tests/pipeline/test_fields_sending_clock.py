"""A relative day counted on the clock and at the moment its words were sent (blind batches
6, 11, 16, 18; issue 13): a forwarded original's "esta noche" by its own Date line, a time in
GMT sent from a header at UTC+0 by the clock of the town the mail names, a phrase wrapped
onto the next line, a presenting sentence wrapped over two lines. Traps: the forwarder's
own "tonight" never dates the original's time; a UT time with a +0000 header and no place
stays without a date; a town in a country whose clock is not UT then settles nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

ZERO = timezone(timedelta(0))


def _taken(text: str, sent: datetime) -> datetime | None:
    return find_taken_at(text, Media(()), sent).taken_at


FORWARD = (
    "Hola,\n\nos reenvío la foto de nuestro socio.\n\nUn saludo,\nMarta\n\n"
    "---------- Forwarded message ---------\n"
    "De: Pablo <pablo@example.es>\n"
    "Date: {date}\n"
    "Subject: Tránsito lunar\n\n"
    "Hola Marta,\n\nte paso mi tránsito de la ISS por delante de la Luna de esta noche. "
    "El tránsito fue a las 21:09:37 (UTC+1) y duró 0,71 s.\n"
)


def test_a_forwarded_originals_tonight_counts_from_its_own_date_line() -> None:
    sent = datetime(2026, 3, 27, 10, 12, tzinfo=timezone(timedelta(hours=1)))
    text = FORWARD.format(date="jue, 26 mar 2026 a las 23:41")
    assert _taken(text, sent) == datetime(2026, 3, 26, 20, 9, 37, tzinfo=UTC)


def test_a_forwarded_original_without_its_date_line_is_not_dated_by_the_forward() -> None:
    sent = datetime(2026, 3, 27, 10, 12, tzinfo=timezone(timedelta(hours=1)))
    text = FORWARD.replace("Date: {date}\n", "")
    assert _taken(text, sent) is None  # "esta noche" of the original is not the 27th's


def test_the_forwarders_own_tonight_never_dates_the_originals_time() -> None:
    sent = datetime(2026, 3, 27, 22, 12, tzinfo=timezone(timedelta(hours=1)))
    text = FORWARD.replace("Date: {date}\n", "").replace(
        "os reenvío la foto", "esta noche os reenvío la foto"
    )
    text = text.replace("de esta noche. ", ". ")
    assert _taken(text, sent) is None


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "Attached is my shot of last night's pass over the cathedral, taken from "
            "Prebends Bridge, Durham, at 19:52 GMT.",
            datetime(2027, 3, 16, 9, 12, tzinfo=ZERO),
            datetime(2027, 3, 15, 19, 52, tzinfo=UTC),
        ),
        (
            "Hier ist mein Foto von gestern Abend aus Lissabon, um 21:05 UTC.",
            datetime(2027, 1, 16, 9, 0, tzinfo=ZERO),
            datetime(2027, 1, 15, 21, 5, tzinfo=UTC),
        ),
    ],
)
def test_a_gmt_time_sent_at_utc_counts_on_the_named_towns_clock(
    text: str, sent: datetime, want: datetime
) -> None:
    assert _taken(text, sent) == want


@pytest.mark.parametrize(
    "text",
    [
        # no place: whose "last night" is it?
        "Attached is my shot of last night's pass, taken at 19:52 GMT.",
        # a town whose clock is not UT in March: the header at +0000 may be a server's
        "Attached is my shot of last night's pass over Karachi, taken at 19:52 GMT.",
    ],
)
def test_a_gmt_time_sent_at_utc_without_such_a_town_has_no_date(text: str) -> None:
    sent = datetime(2027, 3, 16, 9, 12, tzinfo=ZERO)
    assert _taken(text, sent) is None


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "posielam Vám svoj záber prechodu ISS cez slnečný disk, ktorý sa mi podaril dnes\n"
            "predpoludním z lúky nad Záhorskou Bystricou. Prechod nastal o 10:41:27 SELČ\n"
            "a trval iba 0,62 s.",
            datetime(2026, 6, 14, 16, 20, tzinfo=timezone(timedelta(hours=2))),
            datetime(2026, 6, 14, 8, 41, 27, tzinfo=UTC),
        ),
        (
            "vi mando la mia foto della ISS sopra il Monviso, scattata\nstasera dalla piazza "
            "di Crissolo. Lo scatto l'ho fatto alle 17:55:30 ora italiana.",
            datetime(2027, 1, 14, 22, 47, tzinfo=timezone(timedelta(hours=1))),
            datetime(2027, 1, 14, 16, 55, 30, tzinfo=UTC),
        ),
        (
            "Hér er myndin mín af geimstöðinni, tekin í gærkvöldi kl. 21:36 að íslenskum tíma.",
            datetime(2027, 3, 11, 8, 40, tzinfo=ZERO),
            datetime(2027, 3, 10, 21, 36, tzinfo=UTC),
        ),
        (
            "hey! iss over lake washington last nite, caught it at 9:47pm pdt, super bright",
            datetime(2027, 4, 21, 7, 3, tzinfo=timezone(timedelta(hours=-7))),
            datetime(2027, 4, 21, 4, 47, tzinfo=UTC),
        ),
    ],
)
def test_a_relative_day_wrapped_or_in_a_presenting_sentence_dates_the_time(
    text: str, sent: datetime, want: datetime
) -> None:
    assert _taken(text, sent) == want


def test_this_morning_in_a_sentence_not_about_the_photo_dates_nothing() -> None:
    sent = datetime(2026, 6, 14, 16, 20, tzinfo=timezone(timedelta(hours=2)))
    text = (
        "Dnes predpoludním som mal stretnutie\nv klube. Prechod nastal o 10:41:27 SELČ "
        "a trval iba 0,62 s."
    )
    assert _taken(text, sent) is None
