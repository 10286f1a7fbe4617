"""story: what a mail pastes or labels beside the story is no story: a pass table copied from
a prediction site with the sentence leading it in, a link under a label of a few words, a
gear line under a label the sender made up, and a line that only says the photo is attached
in any of the set's languages (batch-35)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.field_lines import is_labelled
from ipom_mail.pipeline.fields.story import find_story
from tests.mailkit import mail_fields

STORY = "The ISS crossed the Moon right over the old church."
SENT = datetime(2027, 3, 22, 13, 18, tzinfo=UTC)

HEAVENS_ABOVE = """Date    Brightness  Start              Highest point      End
        (mag)       Time     Alt. Az.  Time     Alt. Az.  Time     Alt. Az.
20 Mar  -3.8        21:44:51 10° WNW   21:48:02 67° SSW   21:51:13 10° ESE"""

CALSKY_DE = """Datum    Helligkeit  Beginn            Höchster Punkt    Ende
20. März -3,8 mag    21:44:51 10° WNW  21:48:02 67° SSW  21:51:13 10° OSO"""

FRENCH = """Date     Magnitude  Début              Point culminant    Fin
20 mars  -3,8       21:44:51 10° ONO   21:48:02 67° SSO   21:51:13 10° ESE"""


@pytest.mark.parametrize(
    ("lead", "table"),
    [
        ("Here's the prediction I used from Heavens-Above (times are MDT):", HEAVENS_ABOVE),
        ("Die Vorhersage von CalSky dazu:", CALSKY_DE),
        ("Voici le tableau du site :", FRENCH),
        ("From the app:", HEAVENS_ABOVE),
    ],
)
def test_a_pasted_pass_table_and_its_lead_in_are_not_story(lead: str, table: str) -> None:
    story = find_story(f"{STORY}\n\n{lead}\n\n{table}\n", sent=SENT)
    assert story == STORY


def test_a_sentence_before_the_lead_in_on_its_line_stays() -> None:
    text = f"{STORY} It was brighter than the forecast. Here is the table:\n{HEAVENS_ABOVE}\n"
    assert find_story(text, sent=SENT) == f"{STORY} It was brighter than the forecast."


@pytest.mark.parametrize(
    "line",
    [
        "The prediction said -3.8 but it looked brighter than that.",
        "Heavens-Above predicted 21:44 to 21:51, and it came right on time.",
        "La prévision donnait -3,8, mais elle semblait bien plus brillante.",
    ],
)
def test_a_prose_sentence_that_mentions_a_prediction_stays(line: str) -> None:
    assert line in (find_story(f"{STORY}\n{line}\n", sent=SENT) or "")


def test_the_pass_figures_are_still_read_from_the_pasted_table() -> None:
    body = f"Hi,\n\n{STORY}\n\nThe prediction I used (times are MDT):\n\n{HEAVENS_ABOVE}\n\nKyle\n"
    sender = "Kyle Brandt <kbrandt@example.com>"
    fields = mail_fields("ISS", body, sender, date="Mon, 22 Mar 2027 07:18:40 -0600")
    assert fields.flyby.max_elevation_deg == 67.0
    assert fields.story == STORY


@pytest.mark.parametrize(
    "line",
    [
        "More of my stuff: https://www.instagram.com/kyle.sky/",
        "Mehr Bilder von mir: https://www.instagram.com/anna.sky/",
        "Plus de photos sur Instagram : https://www.instagram.com/luc.ciel/",
        "Meer foto's op mijn pagina: https://www.flickr.com/photos/sanne_sky/",
    ],
)
def test_a_profile_link_under_a_label_of_a_few_words_is_not_story(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "I put the whole series up: https://www.flickr.com/photos/x/1",
        "It was worth the wait. Series: https://www.flickr.com/photos/x/1",
        "Subí el video a YouTube: https://www.youtube.com/shorts/AbC123xYz09",
        "de video staat hier: https://www.icloud.com/photos/#0a1B2c3D4e5F6g7H8i",
    ],
)
def test_a_sentence_over_a_link_stays(line: str) -> None:
    assert line in (find_story(f"{STORY}\n\n{line}\n") or "")


@pytest.mark.parametrize(
    "line",
    [
        "Spullen: Olympus OM-D E-M1 Mark III, M.Zuiko 7-14mm f/2.8 PRO, Rollei statief",
        "Zeug: Nikon Z6 + Nikkor 14-30mm f/4 auf Stativ",
        "Kit: Canon EOS 6D, Samyang 14mm",
        "Setup: Celestron C8 on a CGEM mount, ZWO ASI462MC",
        "Sprzęt: Nikon D750, Sigma 14mm",
        "Матчасть: Canon EOS 6D, Samyang 14mm",
        "Gear used: Sony A7 III, FE 24mm f/1.4 GM",
        "Equipo: Canon 80D y Tamron 17-50",
        "Attrezzatura: Nikon D810, Nikkor 14-24",
        "Material: Canon EOS R, RF 15-35mm",
        "Mijn spullen: Nikon Z6, Rollei statief",
    ],
)
def test_a_gear_line_under_a_label_of_ones_own_is_a_field_line(line: str) -> None:
    assert is_labelled(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Update: the Canon 6D was repaired and worked again.",
        "Tonight: the ISS flew over the Dom.",
        "Eindelijk: het is gelukt, na drie avonden wachten.",
    ],
)
def test_a_head_with_a_colon_over_prose_stays(line: str) -> None:
    assert not is_labelled(line)
    assert line in (find_story(f"{STORY}\n{line}\n") or "")


@pytest.mark.parametrize(
    "line",
    [
        "Llun ynghlwm.",  # Welsh
        "Grianghraf faoi iamh.",  # Irish
        "Ritratt mehmuż.",  # Maltese
        "Şəkil əlavədə.",  # Azerbaijani
        "Լուսանկարը կցված է։",  # Armenian
        "ფოტო თან ერთვის.",  # Georgian
        "Фото тіркелген.",  # Kazakh
        "Зургийг хавсаргав.",  # Mongolian
        "Surat ilovada.",  # Uzbek
        "ፎቶው ተያይዟል።",  # Amharic
        "ඡායාරූපය අමුණා ඇත.",  # Sinhala
        "รูปแนบมาด้วยครับ",  # Thai
        "រូបថតភ្ជាប់មកជាមួយ។",  # Khmer
        "ຮູບແນບມາ",  # Lao
        "ဓာတ်ပုံ ပူးတွဲပါရှိသည်။",  # Burmese
        "Nakalakip ang larawan.",  # Filipino
        "تصویر منسلک ہے۔",  # Urdu
        "Фота ў далучэнні.",  # Belarusian
    ],
)
def test_a_line_that_only_says_the_photo_is_attached_is_no_story(line: str) -> None:
    assert find_story(f"{line}\n") is None


@pytest.mark.parametrize(
    "line",
    [
        "Llun ynghlwm o'r ISS yn croesi dros Gastell Harlech neithiwr am 21:45, yr awyr yn glir.",
        "Şəkil əlavədə: ISS Bakı bulvarının üstündən keçdi, çox parlaq idi, hamı baxırdı.",
    ],
)
def test_a_story_that_mentions_the_attachment_stays(line: str) -> None:
    assert find_story(f"{line}\n") == line
