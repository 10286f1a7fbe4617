"""story: the sender's own words, without labels, greetings, sign-offs, quotes and footers."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story


def test_greeting_labels_and_sign_off_are_removed() -> None:
    text = (
        "Hello,\n\nplease find attached my ISS photo.\n\nTime (UT): 12 May 2024, 21:34\n"
        "Equipment: Celestron C8\nLocation: Lyon, France\nMax. elevation: 72°\n\n"
        "The panels are visible.\n\nBest regards,\nMaria Jensen\n"
    )
    assert find_story(text) == "please find attached my ISS photo.\n\nThe panels are visible."


@pytest.mark.parametrize(
    ("greeting", "sign_off"),
    [
        ("Hallo zusammen,", "Mit freundlichen Grüßen"),
        ("Bonjour,", "Cordialement,"),
        ("Hola,", "Un saludo,"),
        ("Ciao,", "Cordiali saluti,"),
        ("Olá,", "Abraços,"),
        ("Beste,", "Met vriendelijke groet,"),
        ("Dzień dobry,", "Pozdrawiam,"),
        ("Dobrý den,", "S pozdravem"),
        ("Szia!", "Üdvözlettel,"),
        ("Dear IPOM team,", "Clear skies!"),
    ],
)
def test_greetings_and_sign_offs_in_many_languages_are_not_story(
    greeting: str, sign_off: str
) -> None:
    text = f"{greeting}\n\nThe ISS crossed the Moon.\n\n{sign_off}\nAnna Nowak\n"
    assert find_story(text) == "The ISS crossed the Moon."


@pytest.mark.parametrize(
    "header",
    [
        "On Tue, Apr 16, 2024 at 10:00 PM IPOM <ipom@example.org> wrote:",
        "Am 25.04.2024 um 08:00 schrieb IPOM <ipom@example.org>:",
        "Le mer. 9 oct. 2024 à 22:00, IPOM <ipom@example.org> a écrit :",
        "El mar, 12 nov 2024 a las 21:00, IPOM (<ipom@example.org>) escribió:",
        "-----Original Message-----",
    ],
)
def test_a_quoted_reply_is_not_story(header: str) -> None:
    text = f"The time was 21:34 UT, sorry.\n\n{header}\n> Thank you for your photo.\n"
    assert find_story(text) == "The time was 21:34 UT, sorry."


@pytest.mark.parametrize(
    "footer",
    ["Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
     "Enviado desde mi iPhone", "Inviato da iPhone", "Verzonden vanaf mijn iPhone",
     "Wysłane z iPhone'a", "Odesláno z iPhonu", "Get Outlook for Android"],
)  # fmt: skip
def test_phone_footers_are_not_story(footer: str) -> None:
    assert find_story(f"Caught the ISS tonight!\n\n{footer}\n") == "Caught the ISS tonight!"


def test_a_legal_disclaimer_is_not_story() -> None:
    text = (
        "Attached is my ISS photo from Bristol.\n\n"
        "This email and any attachments are confidential and intended solely for the addressee.\n"
    )
    assert find_story(text) == "Attached is my ISS photo from Bristol."


def test_a_forwarded_header_block_is_dropped_and_the_forwarded_words_kept() -> None:
    text = (
        "-------- Weitergeleitete Nachricht --------\nVon: Anna Schmidt <anna@example.de>\n"
        "Datum: 01.12.2024 21:40\nBetreff: ISS\nAn: info@example.de\n\n"
        "Heute Abend habe ich die ISS erwischt.\n\nKlare Grüße,\nAnna\n"
    )
    assert find_story(text) == "Heute Abend habe ich die ISS erwischt."


def test_a_closing_line_with_only_the_senders_name_is_not_story() -> None:
    assert find_story("Hope it works well!\n\nMikel", "Mikel Lindsaar") == "Hope it works well!"


def test_nothing_left_gives_none() -> None:
    text = "Hi,\n\nTime: 21:34 UT\nEquipment: Nikon D850\n\nThanks,\nJan\n\nSent from my iPhone"
    assert find_story(text) is None


def test_a_sentence_that_mentions_a_time_is_story_not_a_label() -> None:
    assert find_story("Sorry, the time was 20:47:33 UT on 20 March.") == (
        "Sorry, the time was 20:47:33 UT on 20 March."
    )


@pytest.mark.parametrize(
    "data",
    [
        "Max elevation 72°, from 21:31 to 21:38 UT, brightness -3.6 mag",
        "max. Höhe 58°, Helligkeit -2,9 mag",
        "Legnagyobb magasság 72°, fényesség -3,6 magnitúdó.",
        "from 21:31:20 to 21:37:50 UTC",
    ],
)
def test_a_line_that_only_lists_flyby_data_is_not_story(data: str) -> None:
    text = f"The ISS above Snowdon.\n{data}\nHikers cheered when it appeared.\n"
    assert find_story(text) == "The ISS above Snowdon.\nHikers cheered when it appeared."


@pytest.mark.parametrize(
    "line",
    [
        "The station was very bright, magnitude -3.5, max elevation 67°.",
        "I waited from 21:31 to 21:38 UT in the cold.",
        "Max elevation 72° but thin clouds all evening.",
    ],
)
def test_a_sentence_that_also_gives_flyby_numbers_stays_in_the_story(line: str) -> None:
    assert find_story(f"{line}\n") == line


@pytest.mark.parametrize(
    ("greeting", "sign_off", "footer"),
    [
        ("Morning,", "Best,", "Sent from my Galaxy"),
        ("Kia ora,", "Ngā mihi,", ""),
        ("Salut,", "A+", "Envoyé de mon iPhone"),
        ("Dzień dobry,", "Z wyrazami szacunku", ""),
        ("Estimados:", "Atte.", ""),
        ("Guten Morgen,", "Viele Grüße", "Von meinem Samsung Galaxy Smartphone gesendet."),
    ],
)
def test_more_greetings_sign_offs_and_phone_footers_are_not_story(
    greeting: str, sign_off: str, footer: str
) -> None:
    text = f"{greeting}\n\nThe ISS crossed the Moon.\n\n{sign_off}\nAnna\n\n{footer}\n"
    assert find_story(text) == "The ISS crossed the Moon."


def test_a_line_starting_with_best_is_story_when_more_follows() -> None:
    assert find_story("Best pass I have seen all year!\n") == "Best pass I have seen all year!"


def test_a_mailing_lists_footer_is_not_story() -> None:
    text = (
        "ISS over the harbour, hand-tracked.\n\n"
        "_______________________________________________\n"
        "AstroClub mailing list\nhttps://lists.example.org/mailman/listinfo/astroclub\n"
    )
    assert find_story(text) == "ISS over the harbour, hand-tracked."
