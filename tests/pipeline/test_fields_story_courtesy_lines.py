"""story: the lines around the story that are not the photographer's: a hand-over line with a
hope or an offer to answer ("pic attached, hope it's good enough lol", "foto em anexo,
qualquer coisa me chama"), a link under a label naming it ("Enlace al vídeo completo: …"), a
friend asked to send the photo on ("Мария, прати го, моля те, на IPOM.", "Voisitko laittaa
eteenpäin IPOMiin?"). A story sentence after a dated gathering, and a sentence wrapped before
a number of seconds, stay story; so does a hope about the sky."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Milky Way right over the observatory dome."


@pytest.mark.parametrize(
    "handover",
    [
        "pic attached, hope it's good enough lol",
        "Photo attached, hope you like it!",
        "foto em anexo, qualquer coisa me chama 😄",
        "foto em anexo, qualquer dúvida estou à disposição",
        "Foto adjunta, espero que sirva.",
        "Photo ci-jointe, j'espère qu'elle vous plaira.",
        "Foto anbei, bei Fragen einfach melden.",
        "Foto in allegato, per qualsiasi cosa scrivetemi.",
    ],
)
def test_a_hand_over_line_with_a_hope_or_an_offer_to_answer_is_no_story(handover: str) -> None:
    assert find_story(f"{STORY}\n\n{handover}\n") == STORY


@pytest.mark.parametrize(
    "offer",
    [
        "qualquer coisa me chama 😄",
        "Qualquer dúvida, é só chamar.",
        "Bei Fragen gerne melden.",
        "Feel free to reach out with any questions.",
        "N'hésitez pas à me contacter.",
        "Cualquier duda, me avisas.",
        "Resto a disposizione.",
    ],
)
def test_an_offer_to_answer_is_no_story(offer: str) -> None:
    assert find_story(f"{STORY}\n\n{offer}\n") == STORY


@pytest.mark.parametrize(
    "kept",
    [
        "pic attached, I hoped the clouds would clear but they never did over the ridge",
        "Photo attached, the station was brighter than Jupiter and passed over the dome.",
    ],
)
def test_a_hand_over_line_that_goes_on_to_tell_the_sky_stays(kept: str) -> None:
    assert kept in (find_story(f"{STORY}\n\n{kept}\n") or "")


@pytest.mark.parametrize(
    "label",
    [
        "Enlace al vídeo completo: https://www.youtube.com/watch?v=Qm7dLx2VbN4",
        "Link to the full video: https://www.youtube.com/watch?v=Qm7dLx2VbN4",
        "Lien vers la vidéo complète : https://www.youtube.com/watch?v=Qm7dLx2VbN4",
        "Video: https://www.youtube.com/watch?v=Qm7dLx2VbN4",
    ],
)
def test_a_link_under_a_label_naming_it_is_no_story(label: str) -> None:
    assert find_story(f"{STORY}\n\n{label}\n") == STORY


def test_a_sentence_pointing_at_a_link_with_more_words_stays() -> None:
    line = "I uploaded the whole video of the pass: https://www.youtube.com/watch?v=Qm7dLx2VbN4"
    assert "I uploaded the whole video" in (find_story(f"{STORY}\n\n{line}\n") or "")


@pytest.mark.parametrize(
    ("request_line", "story"),
    [
        ("Мария, прати го, моля те, на IPOM.", "Станцията мина точно над купола на телескопа."),
        ("Voisitko laittaa eteenpäin IPOMiin?", "Asema meni suoraan Otavan läpi."),
        ("Отправь его, пожалуйста, в IPOM.", "Станция прошла прямо над куполом."),
        ("Pošalji ga, molim te, na IPOM.", "Stanica je prošla točno iznad kupole."),
    ],
)
def test_a_friend_asked_to_send_the_photo_on_is_no_story(request_line: str, story: str) -> None:
    assert find_story(f"{request_line}\n\n{story}\n") == story


@pytest.mark.parametrize(
    "kept",
    [
        "Изпратих го и на клуба, станцията беше много ярка.",
        "I sent it to my club too, it was so bright.",
    ],
)
def test_a_sentence_saying_the_photo_was_sent_elsewhere_stays(kept: str) -> None:
    assert kept in (find_story(f"{STORY}\n\n{kept}\n") or "")


def test_a_story_sentence_after_a_dated_gathering_stays() -> None:
    text = (
        "Gusto ko pong i-submit itong kuha ko ng ISS. Kinuhanan ko ito noong Sabado ng gabi sa Tagaytay, kung saan magkakaroon din kami ng "
        "star party sa Disyembre 12. Dumaan ang ISS sa ibabaw ng lumang chapel, sobrang liwanag!\n"
    )
    story = find_story(text, sent=datetime(2026, 11, 16, 4, 5, tzinfo=UTC)) or ""
    assert "Dumaan ang ISS sa ibabaw ng lumang chapel" in story
    assert "Disyembre 12" not in story


def test_a_gathering_on_a_numbered_day_of_a_month_is_still_one_sentence() -> None:
    text = "Unsere nächste Vereinssitzung ist am 12. November um 19 Uhr.\n\n" + STORY + "\n"
    assert find_story(text, sent=datetime(2026, 11, 1, 12, tzinfo=UTC)) == STORY


def test_a_sentence_wrapped_before_its_seconds_stays_story() -> None:
    text = (
        "Снято в понедельник в деревне Дютьково под Звенигородом, все было видно. Прохождение\n"
        "длилось 0,7 с, Луна почти полная.\n"
    )
    assert "Луна почти полная" in (find_story(text) or "")


def test_a_settings_line_under_a_sentence_that_ended_is_still_no_story() -> None:
    text = f"{STORY}\n\nExposure 1/1000 s, ISO 800.\n"
    assert find_story(text) == STORY
