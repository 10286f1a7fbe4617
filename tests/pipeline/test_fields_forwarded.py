"""Forwarded and quoted mail: the member's original is the submission (issue 13).

A club or a friend forwarding a member's mail: the member is credited, the
member's own words are the story, and the values in the forwarded original are
read; the forwarder's note, signature and next meeting are not the submission.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.links import find_links
from ipom_mail.pipeline.fields.people import find_photographer
from ipom_mail.pipeline.fields.story import find_story, without_footers
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw

_ORIGINAL = (
    "---------- Forwarded message ---------\n"
    "From: Ana Kovač <ana@example.org>\n"
    "Date: Tue, 27 Oct 2026 at 22:15\n"
    "Subject: ISS\n"
    "To: Club <club@example.org>\n\n"
    "The station crossed the church spire at dusk, right above the lake.\n\n"
    "Ana\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "ich leite Ihnen hier die Aufnahme unseres Mitglieds Ana Kovač weiter, sie hat mich "
        "darum gebeten. Unsere nächste Vereinssitzung ist am 12. November um 19:00 Uhr.",
        "Namens onze werkgroep stuur ik de inzending van ons lid Ana door. Volgende "
        "bijeenkomst: 12 november om 19:30.",
        "v imenu našega člana vam pošiljam njegovo fotografijo. Naslednje srečanje 12. 11. ob 19:00.",
        "Προωθούμε τη συμμετοχή του μέλους μας για το ISS Photo of the Month, 12/11 στις 19:00.",
        "Надсилаю роботу нашого учасника — наступна зустріч 14 листопада о 18:00.",
        "Sending this on behalf of our member; our next meeting is on 12 November at 19:30.",
    ],
)
def test_a_forwarders_note_naming_the_member_credits_the_member_whatever_times_it_gives(
    note: str,
) -> None:
    text = f"Hello,\n\n{note}\n\nBest regards,\nKarl Huber\n\n{_ORIGINAL}"
    assert find_photographer("Karl Huber", text, ()).name == "Ana Kovač"


@pytest.mark.parametrize(
    ("closing", "credited"),
    [
        ("Liebe Grüße\nJohanna Leitner\n", "Johanna Leitner"),
        ("Liebe Grüße\nJohanna\n", "Johanna"),
        ("", None),
    ],
)
def test_a_members_forward_with_no_name_in_its_header_credits_the_signature_never_the_forwarder(
    closing: str, credited: str | None
) -> None:
    text = (
        "Hallo,\n\nich leite die Aufnahme unseres Mitglieds weiter.\n\nKarl Huber\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: <johanna@example.at>\n"
        "Datum: Di., 27. Okt. 2026 um 22:15 Uhr\nBetreff: ISS\nAn: Karl <k@example.at>\n\n"
        f"Die ISS zog knapp am Krater Tycho vorbei.\n\n{closing}"
    )
    assert find_photographer("Karl Huber", text, ()).name == credited


def test_a_senders_own_photo_with_a_members_prediction_forwarded_below_stays_theirs() -> None:
    text = (
        "My photo from last night at 21:34 UT is attached; below is the prediction our member "
        "Ana sent round.\n\nKarl Huber\n\n" + _ORIGINAL
    )
    assert find_photographer("Karl Huber", text, ()).name == "Karl Huber"
    story = find_story(text, "Karl Huber")
    assert story is not None and "My photo from last night" in story


def test_a_meeting_time_with_its_zone_in_the_forwarders_note_still_credits_the_member() -> None:
    text = (
        "Forwarding our member Ana's photo. Next meeting: 14 May at 19:00 CEST.\n\n"
        "Karl Huber\n\n" + _ORIGINAL
    )
    assert find_photographer("Karl Huber", text, ()).name == "Ana Kovač"


def test_a_forwarders_own_photo_with_a_friends_mail_below_stays_theirs() -> None:
    text = (
        "My photo from last night at 21:34 UT, see the forecast below.\n\nKarl Huber\n\n"
        + _ORIGINAL
    )
    assert find_photographer("Karl Huber", text, ()).name == "Karl Huber"


@pytest.mark.parametrize(
    ("request_sentence", "language_rest"),
    [
        ("Kannst du das bitte an die IPOM-Leute weiterschicken?", "Die Station zog vorbei."),
        ("Zou je deze willen doorsturen naar de ISS Photo of the Month?", "Het is een close-up."),
        ("Če se ti zdi dovolj dobra, jo prosim pošlji naprej.", "Postaja je šla čez cerkev."),
        ("Можеш переслати це на конкурс?", "Станція пройшла через Лебідь."),
        ("Could you forward this to the IPOM folks?", "The station crossed the spire."),
    ],
)
def test_a_request_to_forward_is_left_out_sentence_by_sentence(
    request_sentence: str, language_rest: str
) -> None:
    body = f"Hi,\n\n{request_sentence} {language_rest}\n\nThe panels glinted twice over the lake.\n"
    story = find_story(body)
    assert story is not None
    assert language_rest in story and request_sentence not in story


def test_a_request_to_forward_with_only_a_thanks_left_is_no_story_line() -> None:
    body = "The panels glinted twice over the lake.\n\nJo prosim pošlji naprej. Hvala!\n"
    assert find_story(body) == "The panels glinted twice over the lake."


@pytest.mark.parametrize("name", ["Ana", "Ana Kovač", "Андрій"])
def test_the_originals_author_signing_off_is_not_in_the_story(name: str) -> None:
    text = "Pozdrav,\n\nprosljeđujem fotografiju našeg člana.\n\n" + _ORIGINAL.replace(
        "Ana Kovač", f"{name}"
    ).replace("\nAna\n", f"\n{name}\n")
    story = find_story(text, "AD Istra")
    assert story == "The station crossed the church spire at dusk, right above the lake."


def test_a_forwarders_signature_does_not_cut_off_the_forwarded_original() -> None:
    text = f"Hello,\n\nForwarding our member's photo.\n--\nAstro Club\n\n{_ORIGINAL}"
    mine = without_footers(text)
    assert "Astro Club" not in mine and "church spire" in mine


def test_a_clubs_forward_with_a_signature_reads_the_members_time() -> None:
    body = (
        "Добрий день,\n\nПересилаю роботу нашого учасника Андрія Мельника.\n\n"
        "Нагадуємо: наступна зустріч клубу 14 травня о 18:00.\n--\nАстроклуб\n\n"
        "---------- Forwarded message ---------\n"
        "From: Андрій Мельник <andrii@example.com.ua>\n"
        "Date: Sun, May 5, 2024 at 9:40 PM\nSubject: МКС\nTo: <info@example.org.ua>\n\n"
        "Ось моє фото МКС у суботу, 4 травня 2024, о 19:41:30 UTC.\n"
        "Висота до 71°, блиск −3,6.\n\nАндрій\n"
    )
    fields = check_message(_raw(body, "Fwd: МКС"), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 4, 19, 41, 30, tzinfo=UTC)
    assert fields.photographer.name == "Андрій Мельник"
    assert (fields.flyby.max_elevation_deg, fields.flyby.magnitude) == (71.0, -3.6)


@pytest.mark.parametrize(
    ("line", "elevation", "magnitude"),
    [
        ("Висота до 71°, блиск −3,6.", 71.0, -3.6),
        ("Μέγιστο ύψος 74°, μέγεθος -3,7.", 74.0, -3.7),
        ("Največja višina 74°, magnituda -3,7", 74.0, -3.7),
    ],
)
def test_flyby_words_of_the_forwarded_originals_languages_are_read(
    line: str, elevation: float, magnitude: float
) -> None:
    assert (find_max_elevation(line), find_magnitude(line)) == (elevation, magnitude)


def test_a_size_in_greek_is_no_magnitude() -> None:
    assert find_magnitude("Το μέγεθος του αρχείου 5 MB.") is None


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Labdien, biedri!\n\n• 12. maijā plkst. 18:30 – lekcija par SKS.\n"
            "  Ieraksts: https://www.youtube.com/watch?v=Lk3pR8tWq1c\n"
            "SKS pārlidojumi: 14. maijs 21:52 (maks. augstums 27°).\n\n"
            "Atrakstīties: https://www.lab.example.lv/atrakstities",
            "LAB jaunumi – 2024. gada maijs",
        ),
        (
            "Sveiki!\n\nTKS matoma gegužės 14 d. 21:52, aukštis 27°.\n"
            "Paskaitos įrašas: https://www.youtube.com/watch?v=Lk3pR8tWq1c\n\n"
            "Atsisakyti prenumeratos: https://example.lt/x",
            "Naujienlaiškis, gegužė",
        ),
        (
            "Tere!\n\nISS on nähtav 14. mail kell 21:52, kõrgus 27°.\n"
            "Loengu salvestus: https://www.youtube.com/watch?v=Lk3pR8tWq1c\n\n"
            "Loobu uudiskirjast: https://example.ee/x",
            "Uudiskiri mai",
        ),
        (
            "Поздрав!\n\nМКС се види 14. маја у 21:52, висина 27°.\n"
            "Снимак предавања: https://www.youtube.com/watch?v=Lk3pR8tWq1c\n\n"
            "Одјава: https://example.rs/x",
            "Билтен, мај",
        ),
    ],
)
def test_a_societys_newsletter_with_a_lecture_video_yields_no_values(
    body: str, subject: str
) -> None:
    fields = check_message(_raw(body, subject), Config()).fields
    assert _empty(fields) and fields.links == ()


@pytest.mark.parametrize(
    ("subject", "elevation", "magnitude"),
    [
        ("ISS pass 2024-05-12 18:47 IST Bengaluru | Canon EOS 1500D | max el 72 deg", 72.0, None),
        ("ISS 12.05.2024 21:34 MESZ – Graz – max. Höhe 65°, Helligkeit -3,6", 65.0, -3.6),
        ("МКС 12.05.2024 21:34 UTC, висота до 71°, блиск −3,6", 71.0, -3.6),
    ],
)
def test_flyby_values_only_in_the_subject_are_read(
    subject: str, elevation: float, magnitude: float | None
) -> None:
    fields = check_message(_raw("Photo attached.\n", subject), Config()).fields
    assert (fields.flyby.max_elevation_deg, fields.flyby.magnitude) == (elevation, magnitude)


def test_a_reply_subject_gives_no_flyby_value_of_someone_elses_prediction() -> None:
    fields = check_message(
        _raw("Got it! Photo attached, 21:34 UT.\n", "Re: ISS tonight, max el 72°, mag -3.6"),
        Config(),
    ).fields
    assert (fields.flyby.max_elevation_deg, fields.flyby.magnitude) == (None, None)


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("ISS 12.05.2024. 17:14 UTC, Нови Сад, Canon EOS R6 + RF 24-105mm F4L", "Нови Сад"),
        ("ISS 12/05/2024 21:34 UTC, Lyon, Nikon Z6", "Lyon"),
    ],
)
def test_a_town_between_commas_in_the_subject_is_the_place(subject: str, place: str) -> None:
    fields = check_message(_raw("Фотографија у прилогу.\n", subject), Config()).fields
    assert fields.location == place


@pytest.mark.parametrize(
    "body",
    ["Фотографија у прилогу.", "Снимката е прикачена.", "Foto pielikumā.", "写真を添付します。"],
)
def test_a_body_that_only_says_the_photo_is_attached_is_no_story(body: str) -> None:
    assert find_story(f"{body}\n") is None


_QUOTED = "\n\nOn Mon, Nov 2, 2026 at 8:15 PM Mike <mike@example.ca> wrote:\n> Did you get it?\n"


@pytest.mark.parametrize(
    "talk",
    [
        "Sending this in as Priya suggested (see below).",
        "Adding the Photo of the Month folks to this thread - Mike, thanks for the heads-up!",
        "Perdón, en el mail de ayer puse mal la hora: era 20:41:30, no 21:41.",
        "Entschuldigung, in meiner letzten Mail stand die falsche Uhrzeit.",
        "Scusate, nella mail di ieri ho sbagliato l'ora.",
        "Как писал в предыдущем письме, см. ниже.",
    ],
)
def test_a_sentence_about_the_mail_itself_is_not_the_story(talk: str) -> None:
    body = (
        f"{talk} The station crossed the Calgary Tower at dusk.\n\nThe trail just stops.{_QUOTED}"
    )
    story = find_story(body)
    assert story is not None
    assert "crossed the Calgary Tower" in story and talk[:20] not in story


def test_see_below_pointing_at_the_signature_stays_in_a_mail_that_quotes_nothing() -> None:
    body = (
        "ISS over St Mary's church, shot with my usual setup (see below).\n\n-- \nJane\nGear: C8\n"
    )
    assert find_story(body) == "ISS over St Mary's church, shot with my usual setup (see below)."


def test_a_correction_above_the_quoted_mail_gives_the_time_and_the_quote_none() -> None:
    body = (
        "Sorry, in my last mail I gave the wrong time: the photo was taken on 12 May 2024 at "
        "19:41:30 UTC, not 20:41.\n\nIt crosses right above the big pine tree."
        "\n\nOn Sun, 12 May 2024 at 22:10, Ana <ana@example.org> wrote:\n"
        "> Here is my ISS photo taken on 12/05/2024 at 20:41:30 UTC.\n"
    )
    fields = check_message(_raw(body, "Re: ISS photo"), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 12, 19, 41, 30, tzinfo=UTC)
    assert fields.story == "It crosses right above the big pine tree."


def _from_ana(body: str) -> bytes:
    """A reply from Ana to her own earlier mail's thread."""
    raw = _raw(body, "Re: ISS")
    return raw.replace(
        b"From: Someone <someone@example.org>", "From: Ana Kovač <ana@example.org>".encode()
    )


_OWN_EARLIER = (
    "> here is my photo of the ISS over the castle, taken on 12 May 2024\n"
    "> at 21:34:10 UTC with a Nikon Z6 and a Nikkor 14-24mm.\n> Max elevation 72°.\n"
)


@pytest.mark.parametrize(
    ("note", "header"),
    [
        (
            "Hi, I sent this to the wrong address yesterday, here it is again.",
            "On Sun, 12 May 2024 at 22:10, Ana Kovač <ana@example.org> wrote:",
        ),
        (
            "Hallo, hier noch einmal an die richtige Adresse.",
            "Am So., 12. Mai 2024 um 22:10 Uhr schrieb Ana Kovač <\nana@example.org>:",
        ),
        (
            "Bonjour, je vous renvoie mon message d'hier.",
            "Le dim. 12 mai 2024 à 22:10, Ana Kovač <ana@example.org> a écrit :",
        ),
    ],
)
def test_the_senders_own_earlier_mail_quoted_below_a_bare_note_gives_the_values(
    note: str, header: str
) -> None:
    body = f"{note}\n\n{header}\n{_OWN_EARLIER}"
    fields = check_message(_from_ana(body), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 12, 21, 34, 10, tzinfo=UTC)
    assert fields.flyby.max_elevation_deg == 72.0
    assert fields.equipment == ("Nikon Z6", "Nikkor 14-24mm")


def test_someone_elses_quoted_mail_gives_no_value() -> None:
    body = (
        "Hi, here it is again.\n\nOn Sun, 12 May 2024 at 22:10, Bob <bob@example.org> wrote:\n"
        + _OWN_EARLIER
    )
    fields = check_message(_from_ana(body), Config()).fields
    assert fields.taken_at is None and fields.flyby.max_elevation_deg is None


def test_new_words_with_their_own_data_keep_the_own_quote_a_quote() -> None:
    body = (
        "Corrected: the photo was taken at 21:35:40 UTC.\n\n"
        "On Sun, 12 May 2024 at 22:10, Ana Kovač <ana@example.org> wrote:\n" + _OWN_EARLIER
    )
    fields = check_message(_from_ana(body), Config()).fields
    assert fields.flyby.max_elevation_deg is None and fields.equipment == ()


@pytest.mark.parametrize(
    "end", ["-------- Конец пересылаемого сообщения --------", "--- End of forwarded message ---"]
)
def test_the_line_closing_a_forwarded_message_and_its_authors_name_are_not_story(end: str) -> None:
    text = (
        "Пересылаем снимок участницы нашего клуба.\n\n"
        "-------- Пересылаемое сообщение --------\n"
        '03.03.2024, 09:41, "Ирина Ковалёва" <irina@example.ru>:\n\n'
        "Станция прошла прямо над куполом мечети Кул-Шариф.\n\nИрина\n"
        f"{end}\n"
    )
    assert find_story(text, "Астроклуб") == "Станция прошла прямо над куполом мечети Кул-Шариф."


def test_a_town_in_the_subject_counts_though_the_photos_file_name_holds_it() -> None:
    body = "Hej!\n\nLänk: https://www.dropbox.com/scl/fi/x/ISS_Uppsala.jpg?dl=0\n\n/Erik\n"
    subject = "ISS-passage 2024-05-12 16:58:21 UT, Uppsala, Canon EOS R5 + RF 600mm F11"
    assert check_message(_raw(body, subject), Config()).fields.location == "Uppsala"


@pytest.mark.parametrize(
    "text",
    [
        "Oktobra lekcijas ieraksts: https://www.youtube.com/watch?v=Lk3pR8tWq1c",
        "Recording of last month's lecture:\nhttps://www.youtube.com/watch?v=Lk3pR8tWq1c",
        "Aufzeichnung vom Vortrag: https://www.youtube.com/watch?v=Lk3pR8tWq1c",
        "Grabación de la charla: https://www.youtube.com/watch?v=Lk3pR8tWq1c",
    ],
)
def test_a_talks_video_is_not_the_photo(text: str) -> None:
    assert find_links(text, None, Config().links.hosts).photo == ()


def test_a_video_of_the_pass_is_the_photo() -> None:
    text = "My ISS pass at sunset: https://www.youtube.com/watch?v=Lk3pR8tWq1c"
    assert find_links(text, None, Config().links.hosts).photo != ()


def test_a_newsletter_with_no_unsubscribe_line_and_a_talks_video_yields_no_values() -> None:
    """Its one pass date is to come (14 May, sent 13 May): no submission."""
    body = (
        "Labdien, biedri un draugi!\n\n• 12. maijā plkst. 18:30 – lekcija par SKS.\n"
        "  Lekcijas ieraksts: https://www.youtube.com/watch?v=Lk3pR8tWq1c\n\n"
        "SKS pārlidojumi: 14. maijs 21:52 (maks. augstums 27°).\n"
    )
    fields = check_message(_raw(body, "LAB jaunumi – maijs"), Config()).fields
    assert _empty(fields) and fields.links == ()
