"""A club's notice to all its members is no submission (issue 13, batch-15): a mail whose
first line greets every member ("会員各位", "Dear members,", "Liebe Mitglieder,") and that
carries no photo of its own gives no values, whatever ISS pass it announces. A member who
greets the list and attaches a photo, or speaks of their own photo, stays a submission.
Sentences written for these tests (data/submission.toml [members])."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.submission import not_a_submission, to_all_members
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Media, MediaItem
from tests.pipeline.test_fields_submission import _empty, _raw

NOTICES = [
    (
        "Club evening",
        "Dear members,\n\nOur next observing evening is on 5 December at 17:20; "
        "the ISS passes at 17:41, max elevation 71°, mag -3.5.\n\nThe Secretary",
    ),
    (
        "Beobachtungsabend",
        "Liebe Mitglieder,\n\nam Samstag treffen wir uns zum ISS-Überflug "
        "um 17:41 Uhr auf der Sternwarte (max. 71°, -3,5 mag).\n\nDer Vorstand",
    ),
    (
        "Soirée d'observation",
        "Chers membres,\n\nsoirée d'observation du passage de l'ISS "
        "samedi à 17h41 au parc, hauteur max 71°.\n\nLe bureau",
    ),
    (
        "Serata osservativa",
        "Cari soci,\n\nsabato osserveremo il passaggio della ISS alle "
        "17:41 dal piazzale, elevazione 71°.\n\nIl direttivo",
    ),
    (
        "Observación",
        "Queridos socios:\n\nel sábado observaremos el paso de la ISS a las "
        "17:41 desde el mirador, 71° de altura.\n\nLa junta",
    ),
    (
        "Waarneemavond",
        "Beste leden,\n\nzaterdag kijken we naar de overkomst van het ISS om "
        "17:41, maximaal 71°.\n\nHet bestuur",
    ),
    (
        "Pokaz nieba",
        "Drodzy członkowie,\n\nw sobotę obserwujemy przelot ISS o 17:41, "
        "wysokość 71°.\n\nZarząd klubu",
    ),
    (
        "Наблюдения",
        "Уважаемые члены клуба!\n\nВ субботу наблюдаем пролёт МКС в 17:41, "
        "высота 71°.\n\nСовет клуба",
    ),
    ("观测活动", "各位会员：\n\n本周六17:41观测国际空间站过境，最大高度71°。\n\n天文协会秘书处"),
    (
        "관측회",
        "회원 여러분께,\n\n토요일 17:41 국제우주정거장 통과를 함께 관측합니다. 최대 고도 71°.\n\n사무국",
    ),
    (
        "観望会のお知らせ",
        "会員の皆様\n\n土曜日17時41分のISS通過を観望します（最大高度71°）。\n\n事務局",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOTICES)
def test_a_clubs_notice_to_all_members_gives_no_values(subject: str, body: str) -> None:
    assert _empty(check_message(_raw(body, subject), Config()).fields)


@pytest.mark.parametrize(
    "body",
    [
        # a greeting of someone else, or the members named later in a line
        "Dear members of the jury,\n\nhere is the ISS over the bay at 17:41 UT.",
        "Hi Anna,\n\nDear members, I wrote to the club too: the ISS passed at 17:41 UT.",
        "Liebe Mitglieder des IPOM-Teams,\n\ndie ISS über dem Dom um 17:41 UT.",
        "Cari soci e amici dell'IPOM, ecco la ISS sopra il Duomo alle 17:41 UT.",
    ],
)
def test_only_a_first_line_that_only_greets_the_members_counts(body: str) -> None:
    assert not to_all_members(body)


@pytest.mark.parametrize(
    "body",
    [
        "Dear members,\n\nhere is my photo of the ISS over the harbour: "
        "https://example.org/p/1\n\nTom",
        "Beste leden,\n\nmijn foto van het ISS boven de dijk: https://example.nl/f\n\nJan",
    ],
)
def test_a_member_greeting_the_list_with_their_own_photo_stays_a_submission(body: str) -> None:
    parsed = parse_message(_raw(body, "ISS"))
    assert not_a_submission(parsed, Media(items=()), ("https://example.org/p/1",), Config()) is None


def test_a_member_greeting_the_list_with_a_photo_attached_stays_a_submission() -> None:
    body = "Dear members,\n\nthe ISS over the church at 17:41 UT, Nikon Z6.\n\nTom"
    photo = MediaItem("iss.jpg", "0" * 64, 1000, "photo", "image/jpeg")
    parsed = parse_message(_raw(body, "ISS"))
    assert not_a_submission(parsed, Media(items=(photo,)), (), Config()) is None


@pytest.mark.parametrize(
    "first_line",
    [
        "Milí členové a přátelé hvězdárny,",
        "Dear members and friends of the society,",
        "Liebe Mitglieder und Freunde der Sternwarte!",
        "Drodzy członkowie i sympatycy klubu,",
        "Beste leden en belangstellenden,",
    ],
)
def test_a_greeting_to_the_members_and_their_friends_is_a_clubs_notice(first_line: str) -> None:
    body = f"{first_line}\n\nFriday 21:56 CEST: a bright ISS pass, 70° high, -3.6 mag.\n"
    assert to_all_members(body)
    assert _empty(check_message(_raw(body, "ISS pass on Friday"), Config()).fields)
