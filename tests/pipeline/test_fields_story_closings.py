"""story: greetings, self-introductions, sign-offs, greetings from a place and phone footers in
every language stay out."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "greeting",
    [
        "Buen día,",
        "Bon vespre,",
        "Merhabalar,",
        "Selamlar,",
        "Goddag,",
        "IPOM ご担当者様\nいつもお世話になっております。佐藤と申します。",
        "안녕!",
        "👋 Hi all,",
    ],
)
def test_an_opening_greeting_in_any_language_is_not_story(greeting: str) -> None:
    assert find_story(f"{greeting}\n\n{STORY}\n") == STORY


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        (
            "いつもお世話になっております。昨夜、野辺山でISSを撮影しました。",
            "昨夜、野辺山でISSを撮影しました。",
        ),
        (
            "Hola!! les mando la foto de anoche sobre el lago.",
            "les mando la foto de anoche sobre el lago.",
        ),
        ("Hi all, my name is Ann Lee. The ISS crossed the Moon.", "The ISS crossed the Moon."),
        ("안녕하세요. 부산에서 촬영한 ISS 영상입니다.", "부산에서 촬영한 ISS 영상입니다."),
        ("您好：投稿一张国际空间站过境照片。", "投稿一张国际空间站过境照片。"),
        ("Hola, me llamo Sofía. La ISS pasó sobre el lago.", "La ISS pasó sobre el lago."),
    ],
)
def test_a_greeting_and_a_self_introduction_leave_the_rest_of_their_line(
    opening: str, kept: str
) -> None:
    assert find_story(f"{opening}\n") == kept


@pytest.mark.parametrize(
    "closing",
    [
        "Med venlig hilsen\nMette",
        "Sláinte,\nCiarán",
        "besos y cielos despejados ✨\nsofi",
        "✨ Saludos ✨",
        "Una abraçada,\nMontse",
        "좋은 하루 되세요!\n이서연",
        "祝 晴空万里！\n王磊",
        "Nosūtīts no mana iPhone",
        "Išsiųsta iš mano iPhone",
        "Hent Outlook til iOS",
        "Kindly consider my entry.",
        "Klara himlar!\nAnna",
        "Klar himmel!\nErik",
        "Kirkkaita taivaita,\nJuha",
        "Vedro nebo,\nMarko",
        "Ясно небе!",
        "Wishing you clear skies,\nAnn",
        "Les deseo cielos despejados 🌌",
    ],
)
def test_a_closing_in_any_language_is_not_story(closing: str) -> None:
    assert find_story(f"{STORY}\n\n{closing}\n") == STORY


def test_a_line_announcing_the_field_lines_under_it_is_not_story() -> None:
    body = f"{STORY}\n\nDetails are as follows:\nTime of photo: 6:31:10 PM IST\nMagnitude: -2.9\n"
    assert find_story(body) == STORY


def test_a_pass_window_written_with_am_pm_is_flyby_data_not_story() -> None:
    assert find_story(f"{STORY}\nPass visible from 6:28 PM to 6:34 PM IST\n") == STORY


def test_a_line_ending_with_a_colon_before_prose_stays() -> None:
    body = "What I saw:\nThe ISS crossed the Moon right over the old church.\n"
    assert "What I saw:" in (find_story(body) or "")


@pytest.mark.parametrize(
    ("header", "signature"),
    [
        ("From: Γιώργος Αντωνίου <g.antoniou@example.gr>", "Γιώργος Αντωνίου"),
        ("From: Андрій Мельник <andrii.melnyk@example.com.ua>", "Андрій"),
        ("Von: Johanna Leitner <johanna.leitner@example.at>", "Johanna"),
        ('De: "Andrei Popescu" <andrei.popescu@example.ro>', "Andrei"),
    ],
)
def test_the_forwarded_authors_name_under_their_words_is_a_signature(
    header: str, signature: str
) -> None:
    body = (
        "Forwarding this on behalf of our member.\n\nClub secretary\n\n"
        f"---------- Forwarded message ---------\n{header}\nDate: Sun, 1 Nov 2026\n"
        f"Subject: ISS\n\n{STORY}\n\n{signature}\n"
    )
    assert find_story(body, "Club Secretary") == STORY


@pytest.mark.parametrize("salutation", ["Sue,", "Karl Huber,", "Ирина,"])
def test_a_name_alone_before_a_comma_on_top_greets_and_is_not_story(salutation: str) -> None:
    assert find_story(f"{salutation}\n\n{STORY}\n") == STORY


def test_a_lower_case_word_before_a_comma_on_top_is_not_a_salutation() -> None:
    assert find_story(f"yesterday,\n{STORY}\n") == f"yesterday,\n{STORY}"


@pytest.mark.parametrize(
    "line",
    [
        "Saludos desde el Elqui, cachai que acá el cielo es otra cosa 😄",
        "Greetings from sunny Tenerife, what a night that was!",
        "Liebe Grüße aus dem Allgäu, hier war der Himmel endlich mal klar",
        "Saluti da Matera, qui il cielo è sempre speciale",
        "Abraços de Curitiba, aqui o céu estava limpíssimo",
        "Amitiés de Québec, le ciel était parfait ce soir-là",
        "Pozdrowienia z Bieszczad, tu niebo jest najciemniejsze w Polsce",
        "Groeten uit Drenthe, hier is het nog echt donker",
        "Cheers from the Karoo, the sky out here is unreal",
    ],
)
def test_greetings_from_a_place_with_a_chat_after_them_close_the_mail(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n\nAna\n", "Ana") == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a time tells the photo; "greetings" inside a sentence; a long line tells more
        "Greetings from the crew came over the ham radio while the station passed at 21:34 UT.",
        "We sent greetings from Elqui to the astronauts over the radio as it passed.",
        "Wir haben Grüße aus dem Allgäu an die Crew gefunkt, als die Station vorbeizog.",
        "Saludos desde la estación fueron transmitidos por radio mientras pasaba justo encima de "
        "la cúpula grande del observatorio esa noche",
    ],
)
def test_greetings_inside_a_story_sentence_stay(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n\nAna\n", "Ana") == f"{STORY}\n\n{line}"
