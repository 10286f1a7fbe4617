"""photographer: a line that names the photo's author under a label ("Аутор фотографије:
Драган Јовановић.", "Photographer: …", "Autor zdjęcia: …") credits that person, whoever
sends the mail (blind batch 36: a daughter writing for her father); a label with no
person after it, or two labels naming two people, credits nobody from them."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer


@pytest.mark.parametrize(
    ("sender", "text", "name"),
    [
        (
            "Милица Јовановић",
            "Шаљем фотографију у име мог оца, који нема свој мејл. Аутор фотографије: Драган "
            "Јовановић.\n\nСрдачан поздрав,\nМилица Јовановић",
            "Драган Јовановић",
        ),
        (
            "Milica Jovanović",
            "Šaljem fotografiju u ime mog oca.\nAutor fotografije: Dragan Jovanović\n\nMilica",
            "Dragan Jovanović",
        ),
        ("Anna Nowak", "Przesyłam zdjęcie taty.\nAutor zdjęcia: Jan Nowak\n\nAnna", "Jan Nowak"),
        (
            "Sue Miller",
            "Sending this for my husband.\nPhotographer: Tom Miller\n\nSue",
            "Tom Miller",
        ),
        ("Eva Braun", "Foto meines Sohnes.\nFotograf: Lukas Braun\n\nEva", "Lukas Braun"),
        ("Ольга Иванова", "Фото мужа.\nАвтор снимка: Пётр Иванов\n\nОльга", "Пётр Иванов"),
    ],
)
def test_a_labelled_author_is_credited(sender: str, text: str, name: str) -> None:
    assert find_photographer(sender, text, ()).name == name


@pytest.mark.parametrize(
    "text",
    [
        "My photo of the ISS.\nPhotographer: me\n\nAnn Lee",
        "My photo of the ISS.\nCredit: NASA for the pass data\n\nAnn Lee",
        # two labels naming two people: which one took it is not certain
        "Photo by: Tom Smith\nPhotographer: Jane Doe\n\nAnn Lee",
        # "author" inside a sentence is no label
        "The author of the app: Heavens-Above told me the time.\n\nAnn Lee",
    ],
)
def test_a_label_with_no_one_certain_after_it_credits_the_sender(text: str) -> None:
    assert find_photographer("Ann Lee", text, ()).name == "Ann Lee"
