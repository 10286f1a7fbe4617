"""A club forwarding a member's mail from Outlook in Belarusian, Russian or Ukrainian
("перасылаю фота нашага сябра клуба Алеся Шымановіча" over "-----Original Message-----"):
the member who wrote the original is credited by the From of the original, in the
nominative; the name in the club's note is in the genitive ("Алеся Шымановіча": of Aleś) and
never becomes the credit, nor does the forwarder. The club's note and its news ("наступная
сустрэча": the next meeting) are no story; the member's words are."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer
from ipom_mail.pipeline.values import Fields
from tests.mailkit import mail_fields


def _forward(sender: str, note: str, original_from: str, original: str) -> Fields:
    return mail_fields(
        "FW: Фота МКС",
        f"Добры дзень,\n\n{note}\n\nЗ павагай,\nСяргей\n\n-----Original Message-----\n"
        f"From: {original_from}\nSent: Wednesday, February 24, 2027 11:48 PM\n"
        f"To: club@example.org\nSubject: Фота МКС\n\n{original}\n",
        sender,
    )


CLUB_FORWARDS = [
    (
        "Сяргей Мароз <siarhei@example.by>",
        "перасылаю фота нашага сябра клуба Алеся Шымановіча — ён папрасіў даслаць праз клуб."
        "\n\nНаша наступная сустрэча ў планетарыі — 4 сакавіка а 19:00.",
        "Алесь Шымановіч <ales@example.by>",
        "Вось мой здымак МКС над Нацыянальнай бібліятэкай у Мінску 22 лютага 2027 года а "
        "16:36:50 UTC.\n\nБібліятэка якраз свяцілася рознымі колерамі.\n\nАлесь",
        "Алесь Шымановіч",
    ),
    (
        "Сергей Морозов <sergey@example.ru>",
        "пересылаю фото нашего участника Алексея Смирнова, он попросил переслать через клуб."
        "\n\nСледующая встреча клуба — 4 марта в 19:00.",
        "Алексей Смирнов <alexey@example.ru>",
        "Вот мой снимок МКС над Казанью 22 февраля 2027 года в 16:36:50 UTC.\n\n"
        "Кремль светился разными цветами.\n\nАлексей",
        "Алексей Смирнов",
    ),
    (
        "Сергій Мороз <serhii@example.ua>",
        "пересилаю фото нашої учасниці Олесі Коваль, вона попросила переслати через клуб."
        "\n\nНаступна зустріч клубу — 4 березня о 19:00.",
        "Олеся Коваль <olesia@example.ua>",
        "Ось мій знімок МКС над Львовом 22 лютого 2027 року о 16:36:50 UTC.\n\n"
        "Ратуша світилася різними кольорами.\n\nОлеся",
        "Олеся Коваль",
    ),
]


@pytest.mark.parametrize(("sender", "note", "original_from", "original", "credit"), CLUB_FORWARDS)
def test_a_club_forward_credits_the_member_by_the_originals_from(
    sender: str, note: str, original_from: str, original: str, credit: str
) -> None:
    fields = _forward(sender, note, original_from, original)
    assert fields.photographer.name == credit


@pytest.mark.parametrize(("sender", "note", "original_from", "original", "credit"), CLUB_FORWARDS)
def test_a_club_forward_tells_the_members_words_not_the_clubs(
    sender: str, note: str, original_from: str, original: str, credit: str
) -> None:
    story = _forward(sender, note, original_from, original).story or ""
    assert original.split("\n\n")[1] in story
    assert note.split("\n\n")[0][:12] not in story  # the forwarding note
    assert note.split("\n\n")[1][:12] not in story  # the club's next meeting


@pytest.mark.parametrize("original_from", ["ales@example.by", "<ales@example.by>"])
def test_a_genitive_name_in_the_note_is_never_the_credit(original_from: str) -> None:
    sender, note, _, original, _ = CLUB_FORWARDS[0]
    name = _forward(sender, note, original_from, original).photographer.name
    assert name not in ("Алеся Шымановіча", "Сяргей Мароз")


@pytest.mark.parametrize(
    "note",
    [
        "перасылаю фота нашага сябра клуба Алеся Шымановіча, ён папрасіў даслаць праз клуб.",
        "пересылаю фото нашего участника Алексея Смирнова, он попросил переслать его.",
        # "Marka" may be Marek's or Mark's: no nominative is certain ("Jana Kowalskiego" is:
        # test_fields_people_behalf_women.py)
        "Przesyłam zdjęcie w imieniu naszego członka, Marka Nowaka.",
    ],
)
def test_a_note_for_a_member_with_no_original_credits_nobody_rather_than_the_forwarder(
    note: str,
) -> None:
    text = f"Добры дзень,\n\n{note}\n\nЗ павагай,\nСяргей Мароз\n"
    assert find_photographer("Сяргей Мароз", text, ()).name is None


@pytest.mark.parametrize(
    ("sender", "body", "credit"),
    [
        (
            "Алесь Шымановіч <ales@example.by>",
            "Добры дзень,\n\nдасылаю свой здымак МКС над Мінскам 22 лютага 2027 года а "
            "16:36:50 UTC.\n\nЗ павагай,\nАлесь Шымановіч",
            "Алесь Шымановіч",
        ),
        (
            "Андрей Соколов <a.sokolov@example.ru>",
            "Здравствуйте!\n\nОтправляю свой снимок МКС над Казанью 22 февраля 2027 года в "
            "16:36:50 UTC. Наша следующая встреча клуба — 4 марта.\n\nС уважением,\nАндрей Соколов",
            "Андрей Соколов",
        ),
    ],
)
def test_a_members_own_photo_is_credited_to_them(sender: str, body: str, credit: str) -> None:
    assert mail_fields("Фота МКС", body, sender).photographer.name == credit


@pytest.mark.parametrize(
    "note",
    [
        "Przesyłam w imieniu Jana Kowalskiego zdjęcie ISS z 12 lutego o 18:22 UTC.",
        "Posílám jménem Jana Nováka fotku ISS.",
        "Pošiljam v imenu Maje Novak fotografijo ISS.",
        "Šaljem u ime Ivana Horvata fotografiju ISS-a.",
        "Отправляю от имени Алексея Смирнова снимок МКС.",
    ],
)
def test_a_name_in_the_genitive_after_on_behalf_of_is_not_the_credit(note: str) -> None:
    text = f"Dzień dobry,\n\n{note}\n\nPiotr Nowak\n"
    assert find_photographer("Piotr Nowak", text, ()).name is None


@pytest.mark.parametrize(
    ("note", "credit"),
    [
        ("Изпращам снимката от името на Иван Петров, моя ученик.", "Иван Петров"),
        ("Sending this on behalf of Emma Lee, my daughter.", "Emma Lee"),
        ("On behalf of our astronomy club I am sending my own photo of the ISS.", "Piotr Nowak"),
        ("Im Namen des Vereins Sternfreunde Nord sende ich dieses Bild.", "Piotr Nowak"),
    ],
)
def test_a_name_in_the_nominative_or_a_club_keeps_its_credit(note: str, credit: str) -> None:
    text = f"Hi,\n\n{note}\n\nPiotr Nowak\n"
    assert find_photographer("Piotr Nowak", text, ()).name == credit
