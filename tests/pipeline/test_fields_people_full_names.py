"""photographer: a sender who signs with a nickname or an initialled short form and gives their
full name too ("Dazza" over "(Darren Whitlock)", From "Lupita T." signed "Guadalupe Treviño",
"my name is …") is credited by the full name; a full name that is someone else's (a friend,
the person thanked, a club's secretary) leaves the credit as it is."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer

NIGHT = "The station crossed the Plough at 21:14 UT, very bright."


@pytest.mark.parametrize(
    ("sender", "closing", "name"),
    [
        ("Dazza", "Cheers,\nDazza\n(Darren Whitlock)\nhttps://example.com.au", "Darren Whitlock"),
        ("Pato", "Saludos,\nPato\n(Patricio Ferreyra)", "Patricio Ferreyra"),
        ("Steffi", "Viele Grüße\nSteffi (Stefanie Bauer)", "Stefanie Bauer"),
        ("Lupita T.", "saludos desde México\nGuadalupe Treviño", "Guadalupe Treviño"),
        ("Kasia W.", "Pozdrawiam,\nKatarzyna Wiśniewska", "Katarzyna Wiśniewska"),
        ("Jojo", "Abraços,\nJoana Albuquerque", "Joana Albuquerque"),
        (None, "Cheers,\nBazza\n(Barry McKenzie)", "Barry McKenzie"),
    ],
)
def test_a_nickname_signed_with_a_full_name_credits_the_full_name(
    sender: str | None, closing: str, name: str
) -> None:
    text = f"Hi all,\n\n{NIGHT}\n\n{closing}\n"
    assert find_photographer(sender, text, ()).name == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Hello, my name is Darren Whitlock and this is my first entry.", "Darren Whitlock"),
        ("Hola, me llamo Patricio Ferreyra, de Chascomús.", "Patricio Ferreyra"),
        ("Bonjour, je m'appelle Margaux Lefèvre.", "Margaux Lefèvre"),
        ("Hallo, mein Name ist Stefanie Bauer.", "Stefanie Bauer"),
    ],
)
def test_a_self_introduction_gives_the_full_name(opening: str, name: str) -> None:
    text = f"{opening}\n\n{NIGHT}\n\nCheers,\nShortie\n"
    assert find_photographer("Shortie", text, ()).name == name


@pytest.mark.parametrize(
    "text",
    [
        # the person thanked, a friend, a club's secretary: someone else's full names
        f"{NIGHT}\nThanks to my mate Darren Whitlock for the lift.\n\nCheers,\nDazza\n",
        f"{NIGHT}\nMi amigo Patricio Ferreyra me prestó el trípode.\n\nSaludos,\nPato\n",
        f"{NIGHT}\n\nCheers,\nDazza\n\nSecretary: Darren Whitlock\n",
        # a short form whose initial is not the signed name's
        f"{NIGHT}\n\nBest,\nGuadalupe Treviño\n",
    ],
)
def test_someone_elses_full_name_leaves_the_credit(text: str) -> None:
    sender = "Lupita M." if "Treviño" in text else ("Pato" if "Pato" in text else "Dazza")
    assert find_photographer(sender, text, ()).name == sender


def test_a_full_name_in_from_is_not_replaced_by_the_signed_nickname() -> None:
    text = f"{NIGHT}\n\nCheers,\nDazza\n"
    assert find_photographer("Darren Whitlock", text, ()).name == "Darren Whitlock"


def test_a_one_word_name_in_a_script_without_capitals_is_no_short_form() -> None:
    text = f"{NIGHT}\n\nよろしくお願いします。\n山田太郎\n(Taro Yamada)\n"
    assert find_photographer("山田太郎", text, ()).name == "山田太郎"


QUOTED = (
    "\n\n________________________________\nFrom: {header}\nSent: 11 November 2026 22:40\n"
    "Subject: ISS entry\n\nPlease find attached my entry.\n\nRegards,\n{signed}\n"
)


@pytest.mark.parametrize(
    ("sender", "header", "signed", "name"),
    [
        (
            "Margaret",
            "Ashworth, Margaret <m.ashworth@example.ac.uk>",
            "Margaret Ashworth",
            "Margaret Ashworth",
        ),
        ("Jürgen", "Jürgen Weiß <m.ashworth@example.ac.uk>", "Jürgen", "Jürgen Weiß"),
    ],
)
def test_a_first_name_over_the_senders_quoted_first_mail_credits_its_full_name(
    sender: str, header: str, signed: str, name: str
) -> None:
    text = f"A correction: it was 17:12 GMT.\n\nBest wishes,\n{sender}{QUOTED}".format(
        header=header, signed=signed
    )
    assert find_photographer(sender, text, (), "m.ashworth@example.ac.uk").name == name


@pytest.mark.parametrize(
    "header",
    [
        "Ashworth, Margaret <someone.else@example.ac.uk>",  # another sender's mail
        "Anne Ashworth <m.ashworth@example.ac.uk>",  # not her first name
    ],
)
def test_a_quoted_mail_of_another_name_or_sender_leaves_the_first_name(header: str) -> None:
    text = f"A correction: it was 17:12 GMT.\n\nBest wishes,\nMargaret{QUOTED}".format(
        header=header, signed="Anne"
    )
    assert find_photographer("Margaret", text, (), "m.ashworth@example.ac.uk").name == "Margaret"


@pytest.mark.parametrize(
    ("display", "signature", "name"),
    [
        # a handle beside the first name the signature writes in full (batch-36)
        ("StarHopper Dave", "Clear skies,\nDave Kowalczyk", "Dave Kowalczyk"),
        ("Dave StarHopper", "Cheers,\nDave Kowalczyk", "Dave Kowalczyk"),
        ("Marta Astro2020", "Saludos,\nMarta Ruiz", "Marta Ruiz"),
        # another first name signed: the handle stays, nothing is guessed
        ("StarHopper Dave", "Clear skies,\nTom Kowalczyk", "StarHopper Dave"),
        # a name with a capital inside is no handle
        ("DeAndre Smith", "Cheers,\nDeAndre Smith", "DeAndre Smith"),
    ],
)
def test_a_handle_with_the_first_name_gives_way_to_the_signed_full_name(
    display: str, signature: str, name: str
) -> None:
    text = f"My photo of the ISS over the dome.\n\n{signature}\n"
    assert find_photographer(display, text, ()).name == name
