"""Forwarded and quoted mail: the member's original is the submission (issue 13).

A club or a friend forwarding a member's mail: the member is credited, the
member's own words are the story, and the values in the forwarded original are
read; the forwarder's note, signature and next meeting are not the submission.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.flyby import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.people import find_photographer
from ipom_mail.pipeline.fields.story import find_story, without_footers
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _raw

_ORIGINAL = (
    "---------- Forwarded message ---------\n"
    "From: Ana Kovač <ana@example.org>\n"
    "Date: Tue, 27 Oct 2026 at 22:15\n"
    "Subject: ISS\n"
    "To: Club <club@example.org>\n\n"
    "The station crossed the church spire at dusk, right above the lake.\n\n"
    "Ana\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "ich leite Ihnen hier die Aufnahme unseres Mitglieds Ana Kovač weiter, sie hat mich "
        "darum gebeten. Unsere nächste Vereinssitzung ist am 12. November um 19:00 Uhr.",
        "Namens onze werkgroep stuur ik de inzending van ons lid Ana door. Volgende "
        "bijeenkomst: 12 november om 19:30.",
        "v imenu našega člana vam pošiljam njegovo fotografijo. Naslednje srečanje 12. 11. ob 19:00.",
        "Προωθούμε τη συμμετοχή του μέλους μας για το ISS Photo of the Month, 12/11 στις 19:00.",
        "Надсилаю роботу нашого учасника — наступна зустріч 14 листопада о 18:00.",
        "Sending this on behalf of our member; our next meeting is on 12 November at 19:30.",
    ],
)
def test_a_forwarders_note_naming_the_member_credits_the_member_whatever_times_it_gives(
    note: str,
) -> None:
    text = f"Hello,\n\n{note}\n\nBest regards,\nKarl Huber\n\n{_ORIGINAL}"
    assert find_photographer("Karl Huber", text, ()).name == "Ana Kovač"


def test_a_forwarders_own_photo_with_a_friends_mail_below_stays_theirs() -> None:
    text = (
        "My photo from last night at 21:34 UT, see the forecast below.\n\nKarl Huber\n\n"
        + _ORIGINAL
    )
    assert find_photographer("Karl Huber", text, ()).name == "Karl Huber"


@pytest.mark.parametrize(
    ("request_sentence", "language_rest"),
    [
        ("Kannst du das bitte an die IPOM-Leute weiterschicken?", "Die Station zog vorbei."),
        ("Zou je deze willen doorsturen naar de ISS Photo of the Month?", "Het is een close-up."),
        ("Če se ti zdi dovolj dobra, jo prosim pošlji naprej.", "Postaja je šla čez cerkev."),
        ("Можеш переслати це на конкурс?", "Станція пройшла через Лебідь."),
        ("Could you forward this to the IPOM folks?", "The station crossed the spire."),
    ],
)
def test_a_request_to_forward_is_left_out_sentence_by_sentence(
    request_sentence: str, language_rest: str
) -> None:
    body = f"Hi,\n\n{request_sentence} {language_rest}\n\nThe panels glinted twice over the lake.\n"
    story = find_story(body)
    assert story is not None
    assert language_rest in story and request_sentence not in story


def test_a_request_to_forward_with_only_a_thanks_left_is_no_story_line() -> None:
    body = "The panels glinted twice over the lake.\n\nJo prosim pošlji naprej. Hvala!\n"
    assert find_story(body) == "The panels glinted twice over the lake."


@pytest.mark.parametrize("name", ["Ana", "Ana Kovač", "Андрій"])
def test_the_originals_author_signing_off_is_not_in_the_story(name: str) -> None:
    text = "Pozdrav,\n\nprosljeđujem fotografiju našeg člana.\n\n" + _ORIGINAL.replace(
        "Ana Kovač", f"{name}"
    ).replace("\nAna\n", f"\n{name}\n")
    story = find_story(text, "AD Istra")
    assert story == "The station crossed the church spire at dusk, right above the lake."


def test_a_forwarders_signature_does_not_cut_off_the_forwarded_original() -> None:
    text = f"Hello,\n\nForwarding our member's photo.\n--\nAstro Club\n\n{_ORIGINAL}"
    mine = without_footers(text)
    assert "Astro Club" not in mine and "church spire" in mine


def test_a_clubs_forward_with_a_signature_reads_the_members_time() -> None:
    body = (
        "Добрий день,\n\nПересилаю роботу нашого учасника Андрія Мельника.\n\n"
        "Нагадуємо: наступна зустріч клубу 14 травня о 18:00.\n--\nАстроклуб\n\n"
        "---------- Forwarded message ---------\n"
        "From: Андрій Мельник <andrii@example.com.ua>\n"
        "Date: Sun, May 5, 2024 at 9:40 PM\nSubject: МКС\nTo: <info@example.org.ua>\n\n"
        "Ось моє фото МКС у суботу, 4 травня 2024, о 19:41:30 UTC.\n"
        "Висота до 71°, блиск −3,6.\n\nАндрій\n"
    )
    fields = check_message(_raw(body, "Fwd: МКС"), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 4, 19, 41, 30, tzinfo=UTC)
    assert fields.photographer.name == "Андрій Мельник"
    assert (fields.flyby.max_elevation_deg, fields.flyby.magnitude) == (71.0, -3.6)


@pytest.mark.parametrize(
    ("line", "elevation", "magnitude"),
    [
        ("Висота до 71°, блиск −3,6.", 71.0, -3.6),
        ("Μέγιστο ύψος 74°, μέγεθος -3,7.", 74.0, -3.7),
        ("Največja višina 74°, magnituda -3,7", 74.0, -3.7),
    ],
)
def test_flyby_words_of_the_forwarded_originals_languages_are_read(
    line: str, elevation: float, magnitude: float
) -> None:
    assert (find_max_elevation(line), find_magnitude(line)) == (elevation, magnitude)


def test_a_size_in_greek_is_no_magnitude() -> None:
    assert find_magnitude("Το μέγεθος του αρχείου 5 MB.") is None
