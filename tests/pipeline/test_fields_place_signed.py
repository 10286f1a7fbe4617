"""Where the sender writes from is the place of a mail that names no other (issue 13): the
town under the sender's name in a sign-off's block ("З повагою, / Олена / Львів"), never
a job beside a town nor the sender's own name; a letter's dateline ("Казань, вчера …")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_signed import (
    dateline_town,
    placed_elsewhere,
    signed_town,
    town_as_said,
    without_sender_block,
)
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Фото МКС над ратушею.\n\nЗ повагою,\nОлена Коваленко\nЧернівці\n", "Чернівці"),
        ("Kuva pihalta.\n\nTerveisin\nJuha Mäkinen\nJyväskylä\n", "Jyväskylä"),
        ("Shot from the yard.\n\nClear skies,\nDale Hutchins\nTucson, AZ\n", "Tucson, AZ"),
        ("Foto aus dem Garten.\n\nViele Grüße\nAnna Berg\nSternfreunde Nord\nKiel\n", "Kiel"),
    ],
)
def test_a_town_alone_under_the_senders_name_is_the_place(text: str, town: str) -> None:
    assert signed_town(text) == town


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Billede fra stranden.\n\nMed venlig hilsen\nMette Kjærgaard\nNaturvejleder, Vordingborg\n", None),
        ("Pozdrav,\nu privitku.\nIvan\n", "Ivan Horvat"),
        ("Photo attached.\n\nCheers,\nMadrid\n", None),
        ("Kiel is where I saw it.\n\nViele Grüße\nAnna\n", None),
        # "Ciao," opens the letter: the given name under the closing ("Anna", a town of
        # Russia) is no town under a signature's name
        ("Ciao,\necco la foto della ISS di ieri sera.\nSaluti\nAnna\n", None),
        ("Cheers,\nhere is my photo of the ISS from last night.\nBest\nMarco\n", None),
    ],
)  # fmt: skip
def test_no_town_from_a_job_line_the_senders_name_or_the_name_line(
    text: str, sender: str | None
) -> None:
    assert signed_town(text, sender) is None


def test_a_town_on_the_line_after_the_senders_own_name_is_the_place() -> None:
    text = (
        "Zdjęcie z Gubałówki.\n\nPozdrawiam serdecznie i dziękuję za prowadzenie tej strony,"
        "\nKrzysztof Nowak\nZakopane\n"
    )
    assert signed_town(text, "Krzysztof Nowak") == "Zakopane"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Казань, вчера вечером поймал МКС прямо над башней.", "Казань"),
        ("Kraków, 12 listopada 2026\n\nDzień dobry,", "Kraków"),
        ("Paris, le 5 mai 2026\n\nBonjour,", "Paris"),
        ("Berlin, Montag 3. Mai\nHallo zusammen,", "Berlin"),
    ],
)
def test_a_letters_dateline_names_where_the_sender_writes_from(text: str, town: str) -> None:
    assert dateline_town(text) == town


@pytest.mark.parametrize(
    "text",
    [
        "Florence, here is my photo.",
        "Sydney, thanks for the feature!",
        "Hola Juan, Córdoba es linda.",
        "Florence,\nI took this photo last night.",
    ],
)
def test_a_person_greeted_by_a_towns_name_is_no_dateline(text: str) -> None:
    assert dateline_town(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Suara kodok menemani kami.\n\nSalam,\nI Made Suardana\nKomunitas Pecinta Langit Bali",
        "Teşekkürler.\n\nSelam,\nAyşe Yılmaz\nAnkara",
        "Muchas gracias.\n\nHola,\nIsabel Ruiz",
        "Tak,\nMette Kjærgaard",
    ],
)
def test_a_sign_off_that_is_also_a_towns_name_is_no_dateline(text: str) -> None:
    assert dateline_town(text) is None


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Fotonya terlampir.\n\nSalam,\nI Made Suardana\nSalam", "I Made Suardana"),
        ("Ta,\nDave Smith\nTa", "Dave Smith"),
    ],
)
def test_a_greeting_written_again_under_the_name_is_no_town(text: str, sender: str) -> None:
    assert signed_town(text, sender) is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Zdjęcie zrobiłem w Zakopanem, z Gubałówki, w piątek o godz. 18:07.", "Kraków"),
        ("Снято 2 февраля 2027 года в 05:47:20 мск в Архызе, недалеко от САО РАН.", "Ставрополь"),
        ("Η διέλευση που κατέγραψα από το Σούνιο το Σάββατο στις 13:22:41.", "Αθήνα"),
        ("Shot on 14 January 2027 at 18:12 from Chautauqua Park.", "Denver"),
        # a place passed over is the photo's in any sentence, dated or not
        ("siunčiu vakar vakare nufotografuotą TKS praskridimą virš Molėtų astronomijos"
         " observatorijos kupolų Kulionyse.", "Vilnius"),
        ("lähetän kuvan, jossa ISS kulkee Ursan Tähtikallion observatorion kupolien yli"
         " Artjärvellä.", "Lahti"),
        ("Here is the ISS passing over Kielder Castle last night.", "Newcastle"),
        # a village named by its kind, in a dated sentence: "in the village Vyazynka"
        ("Дасылаю фотаздымак МКС, якая праляцела над сядзібай-музеем у вёсцы Вязынка"
         " (Маладзечанскі раён) у суботу, 19 верасня 2026 г., а 21:40.", "Маладзечна"),
        ("Снимок сделан 3 марта 2027 года в 19:40 у деревни Ивановка.", "Тверь"),
    ],
)  # fmt: skip
def test_a_sentence_dating_the_photo_or_passing_over_another_place_outranks_the_signature(
    text: str, town: str
) -> None:
    assert placed_elsewhere(text, town)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Zdjęcie zrobiłem w Krakowie w piątek o godz. 18:07.", "Kraków"),  # the town itself
        ("Снято 2 февраля в 05:47 мск в Ставрополе.", "Ставрополь"),
        ("Taken on Friday at 18:12 in my garden, time in UTC.", "Leeds"),  # no name
        ("I saw the ISS from Chautauqua Park with friends.", "Denver"),  # no date: not the photo's
        ("Taken in January 2027 at 18:12.", "Leeds"),  # a month
        ("ISS over Leeds last night.", "Leeds"),  # the town itself
        ("МКС над Мінскам учора.", "Мінск"),  # the town itself, in a case ending
        ("Kuva ISS:stä Lahden yllä.", "Lahti"),  # the town itself, in the genitive
        ("The ISS passed over the Moon.", "Leeds"),  # the sky
        ("The ISS passed over Jupiter.", "Leeds"),
    ],
)
def test_the_town_itself_a_month_the_sky_or_an_undated_sentence_leave_the_signature(
    text: str, town: str
) -> None:
    assert not placed_elsewhere(text, town)


@pytest.mark.parametrize(
    ("text", "sender", "gone", "kept"),
    [
        ("Shot from the Spit.\n\nBrian Kowalchuk\nToronto, ON\n", "Brian Kowalchuk", "Toronto, ON", "Spit"),
        ("Foto vom Deich.\n\nAnna Berg\nSternfreunde Nord\nKiel\n", "Anna Berg", "Kiel", "Deich"),
        # a given name alone may open a sentence: nothing is blanked
        ("Anna\nKiel, Germany is where I live.\n", "Anna", "", "Kiel, Germany"),
    ],
)  # fmt: skip
def test_the_block_under_the_senders_own_name_is_no_place_text(
    text: str, sender: str, gone: str, kept: str
) -> None:
    left = without_sender_block(text, sender)
    assert kept in left and (not gone or gone not in left)


@pytest.mark.parametrize(
    ("town", "text", "said"),
    [
        ("Toronto, ON", "shot from the end of the Leslie Street Spit in Toronto.", "Toronto"),
        ("Tucson, AZ", "Shot from the yard.", "Tucson, AZ"),  # the words do not name it
        ("Kiel", "Foto aus Kiel.", "Kiel"),
    ],
)
def test_the_signatures_town_is_given_as_the_senders_words_write_it(
    town: str, text: str, said: str
) -> None:
    assert town_as_said(town, text) == said


def test_a_town_and_region_under_the_senders_name_is_not_read_as_a_place_phrase() -> None:
    body = (
        "It's the ISS climbing past the CN Tower, shot from the end of the Leslie Street Spit"
        " in Toronto.\n\nDate: 09/10/2026\n\nBrian Kowalchuk\nToronto, ON\n"
    )
    assert mail_place("ISS and the CN Tower", body, "Brian Kowalchuk <b@example.ca>") == "Toronto"


def test_a_lithuanian_mail_over_an_observatory_never_gives_the_signatures_city() -> None:
    body = (
        "Laba diena,\n\nsiunčiu vakar vakare nufotografuotą TKS praskridimą virš Molėtų"
        " astronomijos\nobservatorijos kupolų Kulionyse. Kadras darytas 17:02:15 UTC.\n\n"
        "Beje, mūsų klubo susirinkimas vyks gruodžio 3 d. 18:00 observatorijoje.\n\n"
        "Pagarbiai,\nRūta Kazlauskienė\nVilnius\n"
    )
    place = mail_place("TKS virš Molėtų observatorijos", body, "Rūta K <r@example.lt>")
    assert place != "Vilnius"


def test_a_belarusian_village_by_its_kind_and_district_is_the_place_not_the_signature() -> None:
    body = (
        "Добры дзень!\n\nДасылаю фотаздымак МКС, якая праляцела над сядзібай-музеем у вёсцы"
        " Вязынка\n(Маладзечанскі раён) у суботу, 19 верасня 2026 г., а 21:40 па мінскім"
        " часе.\n\nЗ павагай,\nЯнка Лысюк\nМаладзечна\n"
    )
    place = mail_place("МКС над Вязынкай — на конкурс", body, "Янка Лысюк <y@example.by>")
    assert place == "Вязынка (Маладзечанскі раён)"


def test_a_signature_town_stays_when_the_mail_names_no_other_place() -> None:
    body = "Добры дзень!\n\nФота МКС учора а 21:40.\n\nЗ павагай,\nЯнка Лысюк\nМаладзечна\n"
    assert mail_place("МКС", body, "Янка Лысюк <y@example.by>") == "Маладзечна"
