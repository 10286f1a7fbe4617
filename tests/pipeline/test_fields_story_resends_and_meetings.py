"""story: a note that the mail is sent again ("Resending this in case it got lost", "Ich
schicke es nochmal.") and a note to a friend about meeting up ("Jure, see you Friday!",
"Hans, bis Samstag!") are no part of the story, in any language; the same words telling of
the night ("von Freitag bis Samstag", "I went out again") stay."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon over the bay."


@pytest.mark.parametrize(
    "resend",
    [
        "Resending this in case it got lost — I also put the full-res version on Flickr:",
        "Resending in case it didn't go through.",
        "Sending it again in case the first one got lost.",
        "Sorry, forgot to attach!",
        "Ich schicke es nochmal, falls es nicht angekommen ist.",
        "Je vous le renvoie au cas où il se serait perdu.",
        "Te lo reenvío por si no llegó.",
        "Ponownie wysyłam, bo chyba nie doszło.",
        "Ik stuur het nogmaals, voor het geval het niet is aangekomen.",
        "Отправляю ещё раз на случай, если письмо не дошло.",
        "念のため再送します。",
        "Özür dilerim, ilk mailde fotoğrafı eklemeyi unutmuşum, şimdi ekte!",
        "Maaf, saya lupa melampirkan fotonya tadi.",
        "Xin lỗi, tôi quên đính kèm ảnh.",
        "Oprostite, zaboravio sam priložiti fotografiju.",
        "Atvainojos, aizmirsu pievienot foto.",
        "Vabandust, unustasin lisada pildi.",
        "آسف، نسيت إرفاق الصورة.",
        "סליחה, שכחתי לצרף את התמונה.",
        "ขอโทษครับ ลืมแนบรูป",
    ],
)
def test_a_note_that_the_mail_is_sent_again_is_not_story(resend: str) -> None:
    assert find_story(f"{resend}\n\n{STORY}\n") == STORY


@pytest.mark.parametrize(
    "meeting",
    [
        "Jure, v petek pridem na Vojsko, se vidimo!",
        "Jure, see you Friday!",
        "See you at the club meeting, Tom!",
        "Hans, bis Samstag!",
        "À samedi Pierre !",
        "Nos vemos el sábado en el club.",
        "Ci vediamo sabato!",
        "Do zobaczenia w sobotę!",
        "Увидимся в субботу!",
        "週六見！",
    ],
)
def test_a_note_to_a_friend_about_meeting_up_is_not_story(meeting: str) -> None:
    assert find_story(f"{STORY}\n\n{meeting}\n") == STORY


@pytest.mark.parametrize(
    "told",
    [
        "I went out again the next night and the sky was clearer.",
        "I forgot my tripod, so I braced the camera on the car roof.",
        "I forgot my tripod at home, so the car roof had to do.",
        "Tripodumu evde unuttum, kamerayı arabanın tavanına koydum.",
        "Saya lupa membawa tripod, jadi kamera saya taruh di atap mobil.",
        "Ich habe es nochmal versucht, die ISS ging genau über den Mond.",
        "In der Nacht von Freitag bis Samstag zog die ISS über Berlin.",
        "Dans la nuit de vendredi à samedi, l'ISS est passée au-dessus du lac.",
        "Van vrijdag tot zaterdag was het bewolkt, maar toen klaarde het op.",
        "As you can see, you get a long trail over the bay.",
        "Resending the photo of the ISS over Lyon was not needed, it is the same shot.",
    ],
)
def test_the_same_words_telling_of_the_night_stay(told: str) -> None:
    story = find_story(f"{told}\n")
    assert story is not None and told[:25] in story
