"""Whether a mail is a submission, in the languages batch-14 brought (issue 13): a photo mail
in Welsh, Irish, Albanian, Macedonian, Maltese, Georgian or Armenian is read without an
attachment when it speaks of the photo, the station or the pass (an Armenian one was read not
at all). Sentences written for these tests (data/submission.toml)."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw


def _read(body: str, subject: str) -> bool:
    fields = check_message(_raw(body, subject), Config()).fields
    return not any(n.startswith("not a submission") for n in fields.notes)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Neithiwr", "Dyma fy llun o neithiwr am 21:34 UTC, Canon EOS R6."),
        ("Aréir", "Seo grianghraf ón oíche aréir ag 21:34 UTC, Canon EOS R6."),
        ("Mbrëmë", "Po ju dërgoj fotografinë e mbrëmshme, 21:34 UTC, Canon EOS R6."),
        ("Синоќа", "Ви праќам фотографија од синоќа во 21:34 UTC, Canon EOS R6."),
        ("Ilbieraħ", "Hawn ir-ritratt tiegħi ta' lbieraħ fil-21:34 UTC, Canon EOS R6."),
        ("გუშინ", "გიგზავნით გუშინდელ ფოტოს, 21:34 UTC, Canon EOS R6."),
        ("Երեկ", "Ուղարկում եմ երեկվա լուսանկարը, 21:34 UTC, Canon EOS R6։"),
    ],
)
def test_a_photo_of_last_night_in_the_new_languages_is_read_without_an_attachment(
    subject: str, body: str
) -> None:
    assert _read(body, subject)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Cyfarfod y clwb", "Bydd cyfarfod nesaf y clwb ddydd Iau am 19:30 yn y neuadd."),
        ("Ակումբի հանդիպում", "Ակումբի հաջորդ հանդիպումը հինգշաբթի 19:30-ին է։"),
    ],
)
def test_a_mail_without_photo_words_in_the_new_languages_gives_no_values(
    subject: str, body: str
) -> None:
    assert _empty(check_message(_raw(body, subject), Config()).fields)
