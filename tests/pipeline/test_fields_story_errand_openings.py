"""story: the words that only hand the entry over are left out wherever they stand (the
opening sentence of a paragraph, a note that the photo was forgotten, a request to send it
on for the writer), and the sentences that show the photo stay, in many languages."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.forward import FORWARD_LINE
from ipom_mail.pipeline.fields.story import find_story


@pytest.mark.parametrize(
    ("handover", "shows"),
    [
        (
            "Anbei mein Foto für das ISS Photo of the Month.",
            "Es zeigt die Station, wie sie knapp über dem Kirchturm von Wasserburg vorbeizieht.",
        ),
        (
            "Please find attached my entry for this month.",
            "It shows the station sliding past the lighthouse at Portland Bill.",
        ),
        (
            "Voici ma participation pour l'ISS Photo of the Month.",
            "On y voit la station passer juste au-dessus du phare de Cordouan.",
        ),
        (
            "Hierbij mijn inzending voor deze maand.",
            "Je ziet het station vlak boven de molen van Kinderdijk langs trekken.",
        ),
        (
            "Os envío mi foto para el ISS Photo of the Month.",
            "Se ve la estación pasando justo encima del faro de Cabo de Gata.",
        ),
        (
            "Отправляю свою фотографию на конкурс ISS Photo of the Month.",
            "На снимке станция проходит прямо над колокольней в Суздале.",
        ),
        (
            "Σας στέλνω τη φωτογραφία μου για το ISS Photo of the Month.",
            "Ο σταθμός περνά ακριβώς πάνω από τον φάρο του Ακρωτηρίου.",
        ),
        (
            "Vă trimit fotografia mea pentru ISS Photo of the Month.",
            "Stația trece chiar deasupra farului de la Sulina.",
        ),
        (
            "Tässä kuvani ISS Photo of the Month -kilpailuun.",
            "Asema kulkee aivan Porvoon tuomiokirkon tornin yli.",
        ),
    ],
)
def test_an_opening_sentence_that_only_hands_over_the_entry_leaves_the_rest_of_its_paragraph(
    handover: str, shows: str
) -> None:
    assert find_story(f"Hallo,\n\n{handover} {shows}\n") == shows


@pytest.mark.parametrize(
    "presents",
    [
        "Anbei mein Foto der ISS über dem Kirchturm von Wasserburg.",
        "Please find attached my photo of the ISS passing the lighthouse at Portland Bill.",
        "Voici ma photo de l'ISS au-dessus du phare de Cordouan.",
    ],
)
def test_an_opening_that_presents_what_the_photo_shows_stays(presents: str) -> None:
    story = find_story(f"{presents} The wind nearly tipped the tripod over.\n")
    assert story is not None and story.startswith(presents)


@pytest.mark.parametrize(
    ("handover", "shows"),
    [
        (
            "ISS Photo of the Month için fotoğrafımı gönderiyorum.",
            "İstasyon tam Galata Kulesi'nin üzerinden geçiyor.",
        ),
        ("今月のISS Photo of the Monthに応募します。", "ISSが姫路城の天守の真上を横切っています。"),
        (
            "이번 달 ISS Photo of the Month에 제 사진을 보냅니다.",
            "국제우주정거장이 남산타워 바로 위를 지나갑니다.",
        ),
        ("附上我的照片參加本月的ISS Photo of the Month。", "太空站正好劃過鼓浪嶼的燈塔上方。"),
    ],
)
def test_a_sentence_that_only_sends_the_entry_with_its_verb_last_is_not_story(
    handover: str, shows: str
) -> None:
    gap = "" if handover.endswith("。") else " "
    assert find_story(f"{handover}{gap}{shows}\n") == shows


@pytest.mark.parametrize(
    "presents",
    [
        "Dün akşam sahilden çektiğim ISS fotoğrafımı gönderiyorum.",
        "昨夜、富士山の上を通るISSの写真を送ります。風で三脚が少し揺れました。",
        "附上我昨晚在鼓浪嶼拍到的太空站照片。",
    ],
)
def test_a_sentence_sending_the_photo_that_says_where_or_when_stays(presents: str) -> None:
    story = find_story(f"{presents}\n")
    assert story is not None and story.startswith(presents.split("。")[0])


def test_a_sentence_that_only_hands_over_the_entry_after_the_story_goes() -> None:
    told = "Šaljem fotku ISS-a iznad svjetionika u Savudriji."  # presents what it shows: stays
    body = f"{told} Vjetar je skoro srušio stativ. Šaljem svoju fotografiju za ovaj mjesec.\n"
    assert find_story(body) == f"{told} Vjetar je skoro srušio stativ."


def test_a_paragraph_that_only_hands_over_the_entry_goes_wherever_it_stands() -> None:
    body = (
        "Der Wind hat fast das Stativ umgeworfen, ich musste es mit dem Rucksack halten.\n\n"
        "Hiermit sende ich mein Bild für den Monat.\n"
    )
    assert find_story(body) == (
        "Der Wind hat fast das Stativ umgeworfen, ich musste es mit dem Rucksack halten."
    )


@pytest.mark.parametrize(
    "forgot",
    [
        "Oops, forgot to attach the photo. Here it is again!",
        "Ups, Foto vergessen. Anbei nun doch!",
        "Oeps, de bijlage vergeten. Hierbij alsnog.",
        "Zut, j'ai oublié la pièce jointe. La voici !",
        "Perdón, se me olvidó adjuntar la foto.",
        "Scusate, ho dimenticato di allegare la foto.",
        "Przepraszam, zapomniałem załączyć zdjęcia.",
        # or sent again with it, because the first mail came without it
        "Second try, this time with the attachment - the file didn't come through before.",
        "Hier nun nochmal mit Anhang, das Bild ist gestern wohl nicht angekommen.",
        "Je renvoie, cette fois avec la pièce jointe.",
        "Esta vez con el archivo, que ayer no se adjuntó.",
        "Ora con l'allegato: ieri non era partito.",
        "Nu wel met de bijlage, die kwam de eerste keer niet mee.",
        "Повторно отправляю письмо, фото не прикрепилось.",
        "أعيد إرسال الصورة لأنها لم تُرفق في المرة الأولى.",
    ],
)
def test_a_note_that_the_photo_was_forgotten_or_is_sent_again_is_not_story(forgot: str) -> None:
    tells = "The frost on the lens made the trail look softer than I hoped."
    assert find_story(f"{forgot}\n{tells}\n\nCheers,\nMo\n", "Mo") == tells


def test_a_sentence_about_the_photo_coming_out_stays() -> None:
    tells = "The photo came out sharper than last time, the station is a clean streak."
    assert find_story(f"{tells}\n\nCheers,\nMo\n", "Mo") == tells


@pytest.mark.parametrize(
    "request_",
    [
        "Kannst du das bitte für mich an die Leute vom Photo of the Month schicken?",
        "Would you mind emailing it to the IPOM folks for me?",
        "Tu pourrais envoyer ça pour moi à l'équipe IPOM ?",
        "¿Puedes enviarla por mí a los del IPOM?",
        "Czy możesz to wysłać za mnie do IPOM?",
        "Elküldenéd helyettem az IPOM-nak?",
        "Voisitko lähettää tämän puolestani IPOMille?",
    ],
)
def test_a_request_to_send_the_photo_on_for_the_writer_is_not_story(request_: str) -> None:
    tells = "Der Mond stand tief über dem Schwarzwald, und die ISS streifte seinen Rand."
    text = (
        "Anbei weitergeleitet, von unserem Mitglied.\n\n"
        f"{FORWARD_LINE}\nFrom: Lena Vogt <lena@example.org>\nDate: 3 Aug 2026\n"
        f"Subject: ISS\nTo: club@example.org\n\nHi Karin,\n\n{request_}\n\n{tells}\n\nLena\n"
    )
    assert find_story(text, "Sternfreunde") == tells


@pytest.mark.parametrize(
    "told",
    [
        "The clouds cleared just in time for me to catch the whole pass.",
        "Minun puolestani ilta oli täydellinen, taivas oli kirkas koko ylityksen ajan.",
        "Für mich war es der schönste Überflug des Jahres über dem Chiemsee.",
    ],
)
def test_a_sentence_saying_for_me_without_asking_to_send_stays(told: str) -> None:
    assert find_story(f"{told}\n") == told


@pytest.mark.parametrize(
    "handover",
    [
        "przesyłam zdjęcie ISS.",
        "Please consider my ISS image for the photo of the month.",
        "ecco la mia foto della ISS.",
        "hierbij mijn foto van het ISS.",
        "Je vous envoie ma photo de l'ISS.",
        "Отправляю свою фотографию МКС.",
        "Tässä kuvani ISS:stä.",
    ],
)
def test_a_mail_whose_only_sentence_hands_over_the_entry_has_no_story(handover: str) -> None:
    """Beside field lines alone, the hand-over line is still no story: the post would quote
    "ecco la mia foto della ISS." as the photographer's words."""
    body = (
        f"Hallo,\n\n{handover}\n\nDate: 2024-06-21 21:03 UTC\n"
        "Equipment: Celestron C8, ZWO ASI662MC\n\nRegards,\nAnna\n"
    )
    assert find_story(body) is None


def test_a_hand_over_line_that_says_where_the_photo_was_taken_stays_the_story() -> None:
    line = "przesyłam zdjęcie ISS nad Wawelem."
    assert find_story(f"Dzień dobry,\n\n{line}\n\nPozdrawiam,\nPiotr\n") == line


def test_a_formal_indian_english_hand_over_is_no_part_of_the_story() -> None:
    shows = "The station rose from the north-west and passed just above the temple."
    text = f"Respected Sir,\n\nKindly find attached my photograph of the ISS for your kind consideration.\n\n{shows}\n"
    assert find_story(text) == shows


@pytest.mark.parametrize(
    ("handover", "shows"),
    [
        (
            "Please see attached my entry for April.",
            "It shows the station crossing just above the pier at Scripps.",
        ),
        (
            "See attached my photo for October.",
            "The ISS slides past the dome of the old observatory on the hill.",
        ),
        (
            "Voici ma participation pour le mois de mars.",
            "On y voit la station passer juste au-dessus du pont de Normandie.",
        ),
        (
            "Anbei mein Beitrag für Mai.",
            "Die Station zieht knapp über dem Ulmer Münster vorbei.",
        ),
        (
            "Hierbij mijn inzending voor juni.",
            "Je ziet het station vlak boven de Martinitoren langs trekken.",
        ),
    ],
)
def test_an_opening_that_only_hands_over_the_entry_for_a_month_leaves_the_rest(
    handover: str, shows: str
) -> None:
    assert find_story(f"Hello,\n\n{handover} {shows}\n") == shows


def test_an_opening_that_sees_attached_what_the_photo_shows_stays() -> None:
    presents = "Please see attached the ISS crossing the Moon above the pier at Scripps."
    story = find_story(f"{presents} The fog rolled in a minute later.\n")
    assert story is not None and story.startswith(presents)


@pytest.mark.parametrize(
    ("handover", "shows"),
    [
        (
            "Submitting this one for Photo of the Month.",
            "It's the ISS climbing past the CN Tower, shot from the Leslie Street Spit.",
        ),
        ("Sending this one in for the ISS Photo of the Month.", "The station crossed the Moon."),
        (
            "Reiche dieses hier für das ISS Photo of the Month ein.",
            "Die Station zieht knapp über dem Ulmer Münster vorbei.",
        ),
        (
            "Je soumets celle-ci pour la Photo du mois.",
            "On y voit la station passer au-dessus du phare de Cordouan.",
        ),
        ("Mando esta para el ISS Photo of the Month.", "Se ve la estación sobre el faro."),
        ("Mando questa per la ISS Photo of the Month.", "La stazione passa sopra il faro."),
        ("Mandando essa pro ISS Photo of the Month.", "A estação passa em cima do farol."),
        ("Stuur deze in voor de ISS Photo of the Month.", "Je ziet het station boven de molen."),
    ],
)
def test_an_opening_with_its_i_left_out_that_only_hands_over_the_entry_goes(
    handover: str, shows: str
) -> None:
    """Issue 13, batch-23: the verb alone ("Submitting this one for…") hands the entry over
    as "I'm submitting my photo for…" does."""
    assert find_story(f"Hi folks,\n\n{handover} {shows}\n") == shows


@pytest.mark.parametrize(
    "presents",
    [
        "Submitting this one from the end of the Leslie Street Spit in Toronto.",
        "Sending my photo of the ISS over the CN Tower for Photo of the Month.",
        "Mando esta foto de la estación sobre el faro de Cabo de Gata.",
        "Stuur deze in: het ISS boven de molen van Kinderdijk.",
    ],
)
def test_an_opening_with_its_i_left_out_that_says_what_or_where_stays(presents: str) -> None:
    story = find_story(f"{presents} The wind nearly tipped the tripod over.\n")
    assert story is not None and story.startswith(presents)
