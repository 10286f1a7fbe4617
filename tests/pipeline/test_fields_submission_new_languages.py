"""Whether a mail is a submission, in the languages batch-14 brought (issue 13): a photo mail
in Armenian, Georgian, Welsh or Irish is read without an attachment when it speaks of the
photo (data/submission.toml [words]); a question without a photo gives no values ([asking]).
Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "ՄՏԿ-ի լուսանկար",
            "Ուղարկում եմ իմ լուսանկարը։ Canon EOS R6, 2026 թ. հոկտեմբերի 3, 19:40 UTC։",
        ),
        (
            "ფოტო კონკურსისთვის",
            "გიგზავნით ჩემს ფოტოს. Canon EOS R6, 2026 წლის 3 ოქტომბერი, 19:40 UTC.",
        ),
        ("Llun", "Dyma fy llun o'r orsaf ofod, 3 Hydref 2026, 19:40 UTC, Canon EOS R6."),
        ("Grianghraf", "Seo mo ghrianghraf, 3 Deireadh Fómhair 2026, 19:40 UTC, Canon EOS R6."),
    ],
)
def test_a_submission_in_the_new_languages_is_read_without_an_attachment(
    subject: str, body: str
) -> None:
    raw = _raw(body, subject).replace(b"Mon, 13 May 2024 08:00:00", b"Sun, 04 Oct 2026 08:00:00")
    fields = check_message(raw, Config()).fields
    assert fields.taken_at == datetime(2026, 10, 3, 19, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Հարց",
            "Բարև Ձեզ, ընդունու՞մ եք հեռախոսի լուսանկարներ։ Հաջորդ անցումը 19:40 UTC, Canon EOS R6։",
        ),
        ("კითხვა", "გამარჯობა, ჯერ არ მაქვს ფოტო. შემდეგი გავლა 19:40 UTC, Canon EOS R6."),
        ("Pyetje", "Përshëndetje, a pranoni foto nga telefoni? Kalimi tjetër 19:40 UTC, Nikon Z6."),
    ],
)
def test_a_question_in_the_new_languages_gives_no_values(subject: str, body: str) -> None:
    assert _empty(check_message(_raw(body, subject), Config()).fields)


ARMENIAN = "Կայանն անցավ Խոր Վիրապի վանքի վրայով՝ Արարատի ֆոնին։"


@pytest.mark.parametrize(
    "mail",
    [
        f"Բարև Ձեզ,\n\n{ARMENIAN}\n\nՀարգանքով՝\nԱրամ",
        f"Հարգելի թիմ,\n\n{ARMENIAN}\n\nՇնորհակալություն,\nԱնի",
    ],
)
def test_an_armenian_greeting_and_sign_off_are_no_story(mail: str) -> None:
    """Armenian mail is read now: its greeting and closing stay out of the story."""
    assert find_story(mail) == ARMENIAN
