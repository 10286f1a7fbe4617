"""photographer and story, issue 13 (batch-42): a note pasted in for someone else under the
sender's own lines ("Min far Henrik Sørensen har ikke selv e-mail … jeg har bare kopieret den
ind nedenfor" ¶ "-------- Henriks tekst --------" ¶ his note, signed "Henrik Sørensen") is
his: he is credited and his note alone is the story. A separator with the sender's own
words below, a signer the sender's note never names, or a sender's note with a time and gear
of its own change nothing."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.pasted_note import pasted_note
from tests.mailkit import mail_fields

DA = (
    "Hej,\n\nMin far Henrik Sørensen har ikke selv e-mail, så jeg sender hans billede\n"
    "videre. Jeg har bare kopieret teksten ind nedenfor. Jeg holdt lommelygten.\n\n"
    "Venlig hilsen\nMette Sørensen\nSendt fra min iPad\n\n-------- Henriks tekst --------\n\n"
    "Billedet viser rumstationen over Grenen, hvor Skagerrak og Kattegat mødes.\n\n"
    "Tirsdag d. 23. marts 2027 kl. 19.52 dansk tid\nSted: Grenen, Skagen\n"
    "Olympus OM-D E-M1 Mark II med M.Zuiko 12-40 mm f/2.8\n\nHenrik Sørensen\n"
)
EN = (
    "Hi,\n\nMy grandfather John Carter doesn't do email, so I'm passing his photo on; his\n"
    "words are pasted below as he wrote them. I only drove him there.\n\nThanks,\nAmy Carter\n\n"
    "----------\n\nThe station climbed out of the trees and sailed right over the old mill.\n"
    "Taken 23 March 2027 at 19:52 GMT with a Nikon D750 and a Tamron 15-30mm lens.\n\n"
    "John Carter\n"
)
DE = (
    "Hallo,\n\nmeine Mutter Erika Baumann hat keine eigene Mail-Adresse, deshalb schicke ich\n"
    "ihr Bild. Ihren Text habe ich unten eingefügt.\n\nViele Grüße\nLena Baumann\n\n"
    "===== Text von Erika =====\n\nDie ISS zog genau über den Kirchturm von Wasserburg.\n"
    "Aufgenommen am 23.03.2027 um 19:52 MEZ mit einer Canon EOS R6.\n\nErika Baumann\n"
)


@pytest.mark.parametrize(
    ("body", "sender", "author", "told", "not_told"),
    [
        (DA, "Mette Sørensen", "Henrik Sørensen", "Skagerrak og Kattegat mødes", "lommelygten"),
        (EN, "Amy Carter", "John Carter", "sailed right over the old mill", "drove him there"),
        (DE, "Lena Baumann", "Erika Baumann", "über den Kirchturm", "eingefügt"),
    ],
)
def test_a_pasted_note_is_credited_to_its_signer_and_is_the_story(
    body: str, sender: str, author: str, told: str, not_told: str
) -> None:
    fields = mail_fields("ISS photo", body, f"{sender} <x@example.org>")
    assert fields.photographer.name == author
    assert fields.story is not None and told in fields.story
    assert not_told not in fields.story and sender not in fields.story


def test_the_senders_own_words_below_a_separator_stay_the_senders() -> None:
    body = DA.replace("Henrik Sørensen\n", "Mette Sørensen\n").replace("Min far ", "Min ven ")
    assert pasted_note(body, "Mette Sørensen") is None


def test_a_signer_the_senders_note_never_names_is_no_pasted_note() -> None:
    body = EN.replace("My grandfather John Carter", "My grandfather").replace(
        "John Carter\n", "Peter Hall\n"
    )
    assert pasted_note(body, "Amy Carter") is None


def test_a_senders_note_with_its_own_time_and_gear_is_a_submission_of_its_own() -> None:
    body = EN.replace(
        "I only drove him there.", "My own shot was at 19:50 GMT with a Canon EOS R5."
    )
    assert pasted_note(body, "Amy Carter") is None
