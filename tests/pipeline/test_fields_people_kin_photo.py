"""photographer: a photo the sender's opening calls a relative's work ("шаљем вам фотографију мог
супруга Милана Петровића", "Nosūtu savas meitas Lauras Ozoliņas fotogrāfiju", "Her er mit
barnebarn Oskar Holms billede", "la foto que va fer la meva filla, la Laia Puig", "the photo my
daughter Emma Lee took") credits the relative in the nominative when it is certain, and
nobody, never the sender, when it is not. A sender who names a relative for anything else
("my son held the torch") is the photographer."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer

NIGHT = "\n\nThe station crossed at 21:14 UT.\n\n"


def _credit(sender: str, opening: str, more: str = "") -> str | None:
    return find_photographer(sender, f"{opening}{more}{NIGHT}{sender}\n", ()).name


@pytest.mark.parametrize(
    ("sender", "opening", "name"),
    [
        # Danish, Norwegian, Swedish: only the last word takes the genitive's "s"
        ("Erik Holm", "Her er mit barnebarn Oskar Holms billede af ISS.", "Oskar Holm"),
        ("Kari Dahl", "Her er mitt barnebarn Ola Nordmanns bilde av ISS.", "Ola Nordmann"),
        ("Anna Berg", "Här är min sonson Nils Lindqvists bild av ISS.", "Nils Lindqvist"),
        # Latvian: a woman's genitive in -as, -es
        ("Aivars Ozoliņš", "Nosūtu savas meitas Alises Bērziņas fotogrāfiju.", "Alise Bērziņa"),
        # Serbian: "-ића" is only a man's "-ић"; the first name as the mail writes it elsewhere
        (
            "Јелена Јовић",
            "Шаљем вам фотографију мог сина Милана Јовића. Милан нема адресу.",
            "Милан Јовић",
        ),
        ("Jana Horvat", "Šaljem fotografiju moje kćeri Ane Horvat. Ana je sama snimala.", None),
        # the languages that leave the name as it is written
        (
            "Jordi Puig",
            "Us envio la foto que va fer la meva filla, la Laia Puig, de 12 anys.",
            "Laia Puig",
        ),
        ("Ana Ruiz", "Les envío la foto que hizo mi hija Lucía Ruiz en Teruel.", "Lucía Ruiz"),
        ("Tom Lee", "Here is the photo my daughter Emma Lee took from the pier.", "Emma Lee"),
        ("Tom Lee", "Attached is a photo taken by my son Jack Lee", "Jack Lee"),
        ("Paul Roux", "Voici la photo prise par mon fils Hugo Roux au Pic du Midi.", "Hugo Roux"),
        ("Rui Sá", "Segue a foto que a minha filha Inês Sá tirou em Sagres.", "Inês Sá"),
    ],
)
def test_a_relatives_photo_credits_the_relative_in_the_nominative(
    sender: str, opening: str, name: str | None
) -> None:
    assert _credit(sender, opening) == name


@pytest.mark.parametrize(
    ("sender", "opening"),
    [
        # "Марка" may be Марко's or Марк's; "Ivana" Ivan's or Ivano's: nobody, not the sender
        ("Јелена Јовић", "Шаљем вам фотографију мог сина Марка Јовића."),
        ("Jana Horvat", "Šaljem vam fotografiju mog supruga Ivana Horvata."),
        # a man's genitive in Latvian ("Jāņa" is "Jānis") is not turned
        ("Aivars Ozoliņš", "Nosūtu sava dēla Jāņa Ozoliņa fotogrāfiju."),
    ],
)
def test_a_relatives_photo_with_no_certain_nominative_credits_nobody(
    sender: str, opening: str
) -> None:
    assert _credit(sender, opening) is None


@pytest.mark.parametrize(
    ("sender", "opening"),
    [
        ("Tom Lee", "Here is my photo of the ISS. My son Jack Lee held the torch."),
        ("Erik Holm", "Her er mit billede af ISS. Min søn Oskar Holm holdt lommelygten."),
        ("Jordi Puig", "Us envio la meva foto. La meva filla, la Laia Puig, em va ajudar."),
        ("Paul Roux", "Voici ma photo, prise avec mon fils Hugo Roux au Pic du Midi."),
        # a possessive alone, no relative: "mit Sony A7 billede" is no person's photo
        ("Erik Holm", "Her er mit Sony Alpha billede af ISS."),
    ],
)
def test_a_sender_who_names_a_relative_for_something_else_is_the_photographer(
    sender: str, opening: str
) -> None:
    assert _credit(sender, opening) == sender
