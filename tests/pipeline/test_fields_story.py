"""story: the sender's own words, without labels, greetings, sign-offs, quotes and footers."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story


def test_greeting_labels_and_sign_off_are_removed() -> None:
    text = (
        "Hello,\n\nplease find attached my ISS photo from last night.\n\nTime (UT): 12 May 2024, 21:34\n"
        "Equipment: Celestron C8\nLocation: Lyon, France\nMax. elevation: 72°\n\n"
        "The panels are visible.\n\nBest regards,\nMaria Jensen\n"
    )
    assert find_story(text) == (
        "please find attached my ISS photo from last night.\n\nThe panels are visible."
    )


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


@pytest.mark.parametrize(
    "text",
    [
        "Photo attached. Cheers!",
        "iss pic attached 👍",
        "Foto anbei. Viele Grüße",
        "Billede vedhæftet. Tak",
        "Zdjęcie w załączniku. Pozdrawiam",
        "Foto in allegato. Grazie",
    ],
)
def test_a_mail_that_only_says_the_photo_is_attached_has_no_story(text: str) -> None:
    assert find_story(text) is None


def test_a_story_beside_the_attached_photo_is_kept() -> None:
    story = find_story("Photo attached. The station crossed Vega just as the clouds opened.")
    assert story is not None and "crossed Vega" in story


@pytest.mark.parametrize(
    ("opening", "story"),
    [
        ("Please find below my entry for this month.", "The panels glowed gold over the lake."),
        ("Anbei mein Beitrag für diesen Monat.", "Die Solarpaneele leuchteten golden."),
        ("Je vous envoie ma photo pour ce mois.", "Les panneaux brillaient au-dessus du lac."),
        (
            "Os envío mi foto para el ISS Photo of the Month.",
            "Los paneles brillaban sobre el lago.",
        ),
        ("Posílám svůj příspěvek na tento měsíc.", "Panely nad jezerem zářily zlatě."),
        ("Hierbij mijn inzending voor deze maand.", "De panelen gloeiden goud boven het meer."),
    ],
)
def test_an_opening_that_only_names_the_entry_is_not_story(opening: str, story: str) -> None:
    text = f"Hello,\n\n{opening}\n\nTime (UT): 12 May 2024, 21:34\n\n{story}\n\nAnna\n"
    assert find_story(text, "Anna Nowak") == story


@pytest.mark.parametrize(
    "opening",
    [
        "Here is my photo of the ISS pass last night.",
        "I'd like to submit my photo of the ISS passing over the old lighthouse.",
        "anbei mein Foto vom Balkon in Leipzig.",
        "Os envío mi tránsito de la ISS por delante del Sol.",
    ],
)
def test_an_opening_that_says_where_or_what_stays_in_the_story(opening: str) -> None:
    text = f"{opening}\n\nThe panels glowed gold over the lake.\n"
    assert find_story(text) == f"{opening}\n\nThe panels glowed gold over the lake."


def test_an_opening_that_only_hands_the_entry_over_is_no_story_even_alone() -> None:
    text = "Hola,\n\nos envío mi foto para este mes.\n\nFecha: 12/05/2024\nHora (UTC): 21:34\n"
    assert find_story(text) is None


@pytest.mark.parametrize(
    "hope",
    [
        "Keen to see if it makes the cut!",
        "Hope you like it :)",
        "Ich hoffe, es gefällt euch.",
        "J'espère qu'elle vous plaira !",
        "Espero que os guste.",
        "Mam nadzieję, że się spodoba.",
        "Hoppas den duger!",
    ],
)
def test_a_closing_hope_is_not_story(hope: str) -> None:
    text = f"The station crossed right over the church tower.\n\n{hope}\n\nCheers\n"
    assert find_story(text) == "The station crossed right over the church tower."


def test_a_hope_inside_a_sentence_about_the_photo_stays() -> None:
    text = "The station crossed the tower. It came out soft, but I hope you like it.\n"
    assert find_story(text) == text.strip()


@pytest.mark.parametrize(
    "pointer", ["pic here 👇", "Foto hier:", "photo ci-dessous", "Zdjęcie poniżej:", "Kép itt"]
)
def test_a_line_that_only_points_at_the_photo_is_no_story(pointer: str) -> None:
    text = f"{pointer}\nhttps://www.dropbox.com/s/abc/iss.jpg?dl=0\n\nSent from my iPhone\n"
    assert find_story(text) is None


def test_a_sentence_naming_where_the_photo_was_taken_is_story() -> None:
    text = "I took the pic here in Galway after work.\nhttps://www.dropbox.com/s/abc/iss.jpg\n"
    assert find_story(text) == "I took the pic here in Galway after work."


@pytest.mark.parametrize(
    "note",
    [
        "Our member Jan Berg asked me to forward his photo to you.",
        "unser Mitglied Jan Berg hat mich gebeten, sein Foto an Sie weiterzuleiten.",
        "přeposílám příspěvek našeho člena Jana Berga. Jako autora prosím uveďte jeho.",
        "notre membre Jan Berg m'a demandé de vous transmettre sa photo.",
    ],
)
def test_a_clubs_note_forwarding_a_members_photo_is_not_story(note: str) -> None:
    text = (
        f"Hello,\n\n{note}\n\nRegards\nEva Lind\nSecretary\n\n"
        "---------- Forwarded message ---------\nFrom: Jan Berg <jan@example.org>\n"
        "Date: Sat, 14 Nov 2026 20:47\nSubject: ISS\nTo: Eva Lind <eva@example.org>\n\n"
        "Hi Eva,\n\nI tracked it by hand through the finder and stacked forty frames.\n\nJan\n"
    )
    story = find_story(text, "Jan Berg")
    assert story == "I tracked it by hand through the finder and stacked forty frames."
