"""photographer: the post credits a name without the titles written around it ("Dr.",
"Prof.", "Ing.", "mgr inż.", "Herr", "…, Ph.D."), in many languages; the story leaves the
name signed with them out."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer
from ipom_mail.pipeline.fields.story import find_story


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Dr. Helga Brandstätter", "Helga Brandstätter"),
        ("Prof. Dr. Jürgen Albrecht", "Jürgen Albrecht"),
        ("Dipl.-Ing. Rainer Vogt", "Rainer Vogt"),
        ("Ing. Tomáš Dvořák, Ph.D.", "Tomáš Dvořák"),
        ("Mgr. Zuzana Horváthová", "Zuzana Horváthová"),
        ("mgr inż. Paweł Zieliński", "Paweł Zieliński"),
        ("Dott.ssa Chiara Bellini", "Chiara Bellini"),
        ("Sra. Carmen Ruiz", "Carmen Ruiz"),
        ("Mr Oliver Grant", "Oliver Grant"),
        ("Mrs. Fiona Blake, MSc", "Fiona Blake"),
        ("dhr. ir. Sander Kuipers", "Sander Kuipers"),
        ("Doç. Dr. Emre Yıldız", "Emre Yıldız"),
        ("д-р Олег Смирнов", "Олег Смирнов"),
        ("Prof. Dr. h.c. Wilhelm Sauer", "Wilhelm Sauer"),
        ("Dr. med. vet. Ulrike Brandt", "Ulrike Brandt"),
        ("陳志明博士", "陳志明"),
        ("佐々木 健 教授", "佐々木 健"),
        ("박지훈 박사", "박지훈"),
        ("डॉ. राजेश कुमार शर्मा", "राजेश कुमार शर्मा"),
        ("श्रीमती सुनीता वर्मा", "सुनीता वर्मा"),
        ("ড. অনিন্দ্য সেন", "অনিন্দ্য সেন"),
        ("முனைவர் கார்த்திக் ராஜா", "கார்த்திக் ராஜா"),
        ("د. ليلى حداد", "ليلى حداد"),
        ("دکتر مریم احمدی", "مریم احمدی"),
        ('ד"ר נועה לוי', "נועה לוי"),
    ],
)
def test_a_title_in_the_display_name_is_not_credited(display: str, name: str) -> None:
    assert find_photographer(display, "ISS photo attached.", ()).name == name


@pytest.mark.parametrize(
    "name",
    # "Dr", "Frau", "श्री" written onto a name ("श्रीकांत"), "دکتر" only as a word of its own
    [
        "Don Pettit",
        "Drew Morales",
        "Frauke Herrmann",
        "Misha Sirotkin",
        "श्रीकांत जोशी",
        "திருமலை செல்வன்",
    ],
)
def test_a_name_that_only_looks_like_a_title_is_credited_whole(name: str) -> None:
    assert find_photographer(name, "ISS photo attached.", ()).name == name


@pytest.mark.parametrize(
    "signature",
    [
        "Mit freundlichen Grüßen\nDr. Ingrid Kessler",
        "S pozdravem\nIng. Ingrid Kessler, CSc.",
        "Cordialement,\nMme Ingrid Kessler",
    ],
)
def test_a_title_in_the_signature_is_not_credited(signature: str) -> None:
    text = f"The ISS over the lake.\n\n{signature}\n"
    assert find_photographer("sternwarte-info", text, ()).name == "Ingrid Kessler"


def test_a_title_and_surname_sender_is_credited_with_the_signed_full_name() -> None:
    text = "Foto anbei.\n\nViele Grüße\nIngrid Kessler\n"
    assert find_photographer("Dr. Kessler", text, ()).name == "Ingrid Kessler"


@pytest.mark.parametrize(
    ("sender", "signed"),
    [
        ("Ingrid Kessler", "Dr. Ingrid Kessler"),
        ("Ing. Tomáš Dvořák", "Ing. Tomáš Dvořák, Ph.D."),
        ("Chiara Bellini", "Dott.ssa Chiara Bellini"),
    ],
)
def test_the_senders_name_signed_with_a_title_is_not_story(sender: str, signed: str) -> None:
    told = "The ISS crossed the Moon right above the harbour crane."
    assert find_story(f"{told}\n\n{signed}\n", sender) == told
