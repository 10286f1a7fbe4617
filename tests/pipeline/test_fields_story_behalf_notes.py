"""story and photographer: a photo sent for someone else ("on behalf of my student Aarav Menon",
"em nome do meu marido, Rafael Nogueira") credits them; the sender's sentences about sending
for them (no mail of their own, their profile's link) are no story, the sentences about the
photo are, in the third person too ("He photographed the station…", "Ele fotografou…")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.behalf_notes import without_behalf_notes
from tests.mailkit import mail_fields

SENDER = "Lakshmi Iyer <lakshmi@example.in>"


@pytest.mark.parametrize(
    ("opening", "photo", "name", "note"),
    [
        (
            "I am sending this on behalf of\nmy student Aarav Menon of Class XI, who does not"
            " yet have his own email ID.",
            "He photographed the station over the school at 19:15 IST, brighter than Jupiter.",
            "Aarav Menon",
            "own email",
        ),
        (
            "Estou enviando em nome do meu marido, Rafael Nogueira, que não usa e-mail.",
            "Ele fotografou a Estação passando sobre o Cristo às 19h32, horário de Brasília.",
            "Rafael Nogueira",
            "não usa e-mail",
        ),
        (
            "Les escribo en nombre de mi hijo Mateo Serrano, que no tiene correo.",
            "Él fotografió la estación sobre el lago a las 21:40 hora local, muy brillante.",
            "Mateo Serrano",
            "no tiene correo",
        ),
        (
            "Ich schicke das Foto im Namen meiner Tochter Lena Vogt. Sie hat keine eigene E-Mail.",
            "Sie hat die ISS über dem Dom um 21:40 MESZ fotografiert, sehr hell.",
            "Lena Vogt",
            "keine eigene",
        ),
        (
            "Je vous écris au nom de mon fils Hugo Bernard, qui n'a pas d'adresse e-mail.",
            "Il a photographié la station au-dessus du phare à 21h40, heure de Paris.",
            "Hugo Bernard",
            "adresse e-mail",
        ),
    ],
)
def test_the_notes_about_sending_for_someone_are_no_story(
    opening: str, photo: str, name: str, note: str
) -> None:
    fields = mail_fields("ISS", f"Hello,\n\n{opening}\n{photo}\n\nBest,\nLakshmi\n", sender=SENDER)
    assert fields.photographer.name == name
    assert note not in (fields.story or "")
    assert photo.split()[1] in (fields.story or "")


def test_the_profile_link_named_by_its_site_is_no_story() -> None:
    body = (
        "Estou enviando em nome do meu marido, Rafael Nogueira.\n"
        "Ele fotografou a Estação sobre o Cristo às 19h32, horário de Brasília.\n\n"
        "O Instagram dele é https://www.instagram.com/rafa.ceu/\n\nAbraços,\nCamila\n"
    )
    fields = mail_fields("ISS", body, sender="Camila Nogueira <c@example.com.br>")
    assert "Instagram" not in (fields.story or "")
    assert fields.photographer.links == ("https://www.instagram.com/rafa.ceu/",)


@pytest.mark.parametrize(
    "body",
    [
        # no one is sent for: a friend thanked, a son with no name, a sentence with the time
        "Thanks to my friend Tom Baker for the lift to the hill.\nThe ISS passed at 21:14 UT.",
        "My son took it from the balcony.\nThe ISS passed at 21:14 UT, really bright.",
    ],
)
def test_no_one_sent_for_keeps_the_credit_and_the_story(body: str) -> None:
    fields = mail_fields("ISS", f"Hi,\n\n{body}\n\nBest,\nLakshmi Iyer\n", sender=SENDER)
    assert fields.photographer.name == "Lakshmi Iyer"
    assert body.split("\n")[0] in (fields.story or "")


def test_a_sentence_sending_for_someone_with_the_time_stays() -> None:
    opening = "On behalf of my son Tom Lee: he caught the ISS at 21:14 UT over the lake."
    fields = mail_fields("ISS", f"Hi,\n\n{opening}\n\nBest,\nLakshmi Iyer\n", sender=SENDER)
    assert fields.photographer.name == "Tom Lee"
    assert "over the lake" in (fields.story or "")


@pytest.mark.parametrize(
    ("note", "photo"),
    [
        ("息子の山田翔太の代わりにお送りします。", "昨夜、東京の空を横切るISSを撮りました。"),
        ("아들 김민준 대신 보내드립니다.", "어젯밤 서울 하늘을 지나가는 ISS입니다."),
        ("I am sending this on behalf of my son Tom Lee.", "He caught it over the lake."),
    ],
)
def test_a_short_sentence_sending_for_someone_is_no_story(note: str, photo: str) -> None:
    assert without_behalf_notes(f"{note} {photo}") == photo


def test_a_long_sentence_sending_for_someone_that_tells_the_photo_stays() -> None:
    story = (
        "Estou enviando em nome da minha filha, Beatriz Menezes (15 anos), a foto que ela fez"
        " da Estação Espacial passando bem ao lado das Três Marias, no cinturão de Órion."
    )
    assert without_behalf_notes(story) == story


def test_a_story_sent_for_nobody_is_left_as_it_is() -> None:
    story = "The pass was lovely.\nThanks to my friend Tom Baker for the lift."
    assert without_behalf_notes(story) == story


@pytest.mark.parametrize(
    ("note", "photo"),
    [
        (
            "Piszę w imieniu mojego taty, Zbigniewa Kowalczyka, który nie korzysta z poczty.",
            "Tata sfotografował ISS nad Połoniną Wetlińską.",
        ),
        (
            "Пишу от имени моего друга — у него проблемы с почтой, поэтому отправляю я.",
            "Станция прошла прямо над церковью.",
        ),
        ("Siunčiu brolio nuotrauką – jis pats neturi el. pašto.", "TKS praskriejo virš bokšto."),
        (
            "夫の代わりに応募させていただきます（夫はメールが苦手なもので…）。",
            "ISSが明るく横切りました。",
        ),
        ("Babamın fotoğrafını gönderiyorum, e-postası yok.", "İstasyon kulenin üstünden geçti."),
    ],
)
def test_the_reason_for_writing_for_someone_is_no_story_in_more_languages(
    note: str, photo: str
) -> None:
    assert without_behalf_notes(f"{note} {photo}") == photo
