"""photographer: the name to credit, from the From header, the signature or a forward."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer


def test_the_from_display_name_is_the_photographer() -> None:
    assert find_photographer("György Soponyai", "Photo attached.", ()).name == "György Soponyai"


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Smith, David", "David Smith"),
        ("'Chris Evans' via Northside Astronomy Club", "Chris Evans"),
        ('"Andrew McCarthy"', "Andrew McCarthy"),
        ("Liam O'Connor", "Liam O'Connor"),
        ("Daan de Vries", "Daan de Vries"),
    ],
)
def test_display_names_are_cleaned_the_way_a_curator_credits_them(display: str, name: str) -> None:
    assert find_photographer(display, "ISS photo attached.", ()).name == name


def test_a_club_or_handle_sender_is_replaced_by_the_signature_name() -> None:
    text = "ISS over Canterbury.\n\nRegards,\nPeter Hollis\nKent Astronomy Society\n"
    assert find_photographer("astro_club_kent", text, ()).name == "Peter Hollis"


def test_an_address_only_sender_without_signature_is_unknown() -> None:
    assert find_photographer(None, "iss tonight 18:21 utc", ()).name is None


def test_a_forwarded_submission_credits_its_author() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Chris Evans <chris@example.co.uk>\n"
        "Subject: ISS\n\nCaught the ISS.\n"
    )
    assert find_photographer("Sternwarte Musterstadt", text, ()).name == "Chris Evans"


def test_a_fuller_signature_of_the_same_person_wins() -> None:
    text = "ISS photo attached.\n\nClear skies,\nTom Gwilym\n"
    assert find_photographer("Tom", text, ()).name == "Tom Gwilym"


def test_profile_links_are_carried_with_the_name() -> None:
    found = find_photographer("Emma Walsh", "photo", ("https://www.flickr.com/photos/emmawalsh/",))
    assert found.links == ("https://www.flickr.com/photos/emmawalsh/",)


_OUTLOOK_FORWARD = """Forwarding my husband's photo, he doesn't do email :)

________________________________
From: Jim Park <jim.park@example.com>
Sent: Tuesday, June 4, 2024 10:15 PM
To: Linda Park <linda.park@example.com>
Subject: ISS pic

Took this tonight at 9:58:20 PM PDT (June 4, 2024). Pentax K-1 II.
"""


def test_an_outlook_forward_credits_the_forwarded_author() -> None:
    from ipom_mail.pipeline.fields.forward import mark_forward

    text = mark_forward(_OUTLOOK_FORWARD, "FW: ISS pic")
    assert find_photographer("Linda Park", text, ()).name == "Jim Park"


def test_an_outlook_reply_keeps_the_sender_and_cuts_the_quote() -> None:
    from ipom_mail.pipeline.fields.forward import mark_forward
    from ipom_mail.pipeline.fields.story import find_story

    text = mark_forward(_OUTLOOK_FORWARD, "RE: ISS pic")
    assert find_photographer("Linda Park", text, ()).name == "Linda Park"
    assert "Took this tonight" not in (find_story(text) or "")


@pytest.mark.parametrize(
    ("display", "address", "credited"),
    [
        ("jenna m", "jennam.sky@example.net", "jenna m"),
        ("jenna m.", "jenna.m@example.org", "jenna m."),
        ("night owl", "nightowl@example.org", None),
        ("lucas.s", "lucas.s@example.com.br", None),
        ("jenna m", "stargazer@example.org", None),
    ],
)
def test_a_lower_case_first_name_and_initial_counts_when_the_address_spells_it(
    display: str, address: str, credited: str | None
) -> None:
    assert (
        find_photographer(display, "iss last night, photo attached", (), address).name == credited
    )


@pytest.mark.parametrize(
    ("subject", "header"),
    [
        (
            "RV: Foto de l'estació",
            "De: Marta Soler <marta.soler@example.cat>\nEnviat el: dijous, 7 de gener de 2027 22:10",
        ),
        (
            "RV: Foto de la estación",
            "De: Marta Soler <marta.soler@example.es>\nEnviado el: jueves, 7 de enero de 2027 22:10",
        ),
        (
            "TR: Photo de l'ISS",
            "De : Marta Soler <marta.soler@example.fr>\nEnvoyé : jeudi 7 janvier 2027 22:10",
        ),
    ],
)
def test_an_outlook_forward_whose_sent_line_reads_sent_on_credits_the_author(
    subject: str, header: str
) -> None:
    from ipom_mail.pipeline.fields.forward import mark_forward

    body = (
        "Us fem arribar la foto d'una sòcia.\n\nSecretaria del club\n\n"
        f"-----Missatge original-----\n{header}\nAssumpte: ISS\n\n"
        "The station crossed above the ridge at 21:05 CET.\n\nMarta\n"
    )
    text = mark_forward(body, subject)
    assert find_photographer("Agrupació Astronòmica", text, ()).name == "Marta Soler"


@pytest.mark.parametrize(
    ("display", "text", "name"),
    [
        ("Montserrat Puig i Ferrer", "Foto adjunta.", "Montserrat Puig i Ferrer"),
        ("astro_emporda", "La foto.\n\nSalutacions,\nJordi Vila i Serra\n", "Jordi Vila i Serra"),
        ("Nurul Aisyah binti Rahman", "Gambar dilampirkan.", "Nurul Aisyah binti Rahman"),
        ("Ana da Silva", "Foto em anexo.", "Ana da Silva"),
    ],
)
def test_a_names_own_small_words_in_lower_case_keep_it_a_name(
    display: str, text: str, name: str
) -> None:
    assert find_photographer(display, text, ()).name == name


def test_lower_case_words_that_are_no_particle_make_no_name() -> None:
    text = "La foto.\n\nSalutacions,\nla foto és meva\n"
    assert find_photographer("astro_emporda", text, ()).name is None
