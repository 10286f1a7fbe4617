"""story: greetings, thanks, sign-offs and phone footers of South and Southeast Asian, African,
Middle Eastern, Nordic, Baltic, Iberian and Slavic mail stay out of the story; a short request
about whom to credit is no story either."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The station slid past the lighthouse just as the fog lifted."


@pytest.mark.parametrize(
    "greeting",
    [
        "नमस्कार,",
        "নমস্কার,",
        "สวัสดีครับ",
        "Xin chào,",
        "Selamat malam,",
        "Magandang gabi po,",
        "Hamjambo,",
        "Goeie naand,",
        "שלום,",
        "مرحباً،",
        "درود بر شما،",
        "Egun on,",
        "Boas noites,",
        "Komið þið sæl,",
        "Почитувани,",
    ],
)
def test_a_greeting_on_top_in_more_languages_is_no_story(greeting: str) -> None:
    assert find_story(f"{greeting}\n\n{STORY}\n") == STORY


@pytest.mark.parametrize(
    "closing",
    [
        "बहुत बहुत धन्यवाद,\nअमित",
        "শুভেচ্ছান্তে,\nরিয়া",
        "ขอบคุณมากค่ะ\nสุดา",
        "Trân trọng,\nLan",
        "Salam hangat,\nDewi",
        "Maraming salamat po!\nJun",
        "Kila la heri,\nAmani",
        "Alles van die beste,\nMarlize",
        "תודה רבה,\nנועה",
        "مع أطيب التحيات،\nسامي",
        "با سپاس فراوان،\nنیما",
        "Mila esker,\nIker",
        "Unha aperta,\nUxía",
        "Hlýjar kveðjur,\nJón",
        "Со почит,\nМарко",
        "S poštovanjem,\nAmir",
        "Hodně zdraví,\nPavel",
        "Veľa pozdravov,\nZuzana",
        "Tervitused,\nMarten",
    ],
)
def test_a_sign_off_in_more_languages_closes_the_story(closing: str) -> None:
    assert find_story(f"{STORY}\n\n{closing}\n") == STORY


@pytest.mark.parametrize(
    "footer",
    [
        "Wysłano z mojego Samsunga",
        "Enviado dende o meu Android",
        "Dikirim dari iPhone saya",
        "Gửi từ iPhone của tôi",
        "Gestuur vanaf my Huawei",
        "Nire iPhonetik bidalia",
    ],
)
def test_a_phone_footer_in_any_mail_apps_language_is_no_story(footer: str) -> None:
    assert find_story(f"{STORY}\n\n{footer}\n") == STORY


@pytest.mark.parametrize(
    "asking",
    [
        "Please credit her, not me.",
        "Merci de la créditer.",
        "Krediet asseblief aan my dogter.",
        "Por favor, denle el crédito a él.",
        "Mohon kreditnya atas nama adik saya.",
        "Sila kreditkan kepada anak saya.",
        "Mohon dicantumkan nama anak saya.",
        "Пожалуйста, укажите её автором.",
        "Vă rog să o creditați pe ea.",
        "Si us plau, acrediteu-la a ella.",
        "กรุณาให้เครดิตน้องชายของผม",
    ],
)
def test_a_short_request_about_whom_to_credit_is_no_story(asking: str) -> None:
    assert find_story(f"{STORY} {asking}\n") == STORY


def test_a_sentence_that_opens_like_a_wish_but_tells_the_night_stays() -> None:
    text = "Langit cerah sekali malam itu, stasiun melintas tepat di atas candi.\n"
    assert find_story(text) == text.strip()


@pytest.mark.parametrize(
    ("sentence", "story"),
    [
        (
            "Here is (cc'ing Tom too) my shot of the ISS above the old mill.",
            "Here is my shot of the ISS above the old mill.",
        ),
        (
            "Os envío (en copia también a Marta) mi foto de la ISS sobre el castillo.",
            "Os envío mi foto de la ISS sobre el castillo.",
        ),
        (
            "Ecco (in copia anche a Paolo) la ISS sopra il ponte vecchio.",
            "Ecco la ISS sopra il ponte vecchio.",
        ),
    ],
)
def test_a_remark_in_brackets_about_the_mail_goes_and_the_sentence_stays(
    sentence: str, story: str
) -> None:
    assert find_story(f"{sentence}\n") == story
