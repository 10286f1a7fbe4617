"""photographer: a woman a mail is sent for, her name declined after "w imieniu", "від імені",
"от имени", "jménem", "v mene" or before "vardu", is credited in the nominative when the
ending makes it certain ("naszej członkini, Agnieszki Wójcik" → Agnieszka Wójcik, "моєї доньки
Олени Ткаченко" → Олена Ткаченко); a name written with no Latin or Cyrillic capitals is
credited as written before "की ओर से" ("बेटे आरव शर्मा की ओर से" → आरव शर्मा). An ending of two
readings ("Любови", "Kasi"), a first name alone, a polite pronoun after the name, or a
direction before "की ओर से" credits nobody rather than a guess."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer

NIGHT = "\n\nThe station crossed at 21:14 UT.\n\nBest,\nAnna Hale\n"


def _credit(opening: str) -> str | None:
    return find_photographer("Anna Hale", f"{opening}{NIGHT}", ()).name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "W imieniu naszej członkini, Agnieszki Wójcik, przesyłamy jej zdjęcie.",
            "Agnieszka Wójcik",
        ),
        ("Piszę w imieniu mojej mamy, Barbary Kowalczyk.", "Barbara Kowalczyk"),
        ("Piszę w imieniu mojej córki Zofii Kowalskiej.", "Zofia Kowalska"),
        ("Надсилаю від імені моєї доньки Олени Ткаченко її фото МКС.", "Олена Ткаченко"),
        ("Пишу від імені моєї дружини Марії Шевчук.", "Марія Шевчук"),
        ("Пишу от имени моей подруги Анны Волковой.", "Анна Волкова"),
        ("Пишу от имени моей дочери Ольги Смирновой.", "Ольга Смирнова"),
        ("Píšu jménem mé dcery Jany Novákové.", "Jana Nováková"),
        ("Píšem v mene mojej sestry Evy Kováčovej.", "Eva Kováčová"),
        ("Siunčiu savo sesers Rūtos Jankauskienės vardu.", "Rūta Jankauskienė"),
        ("मैं अपने बेटे आरव शर्मा की ओर से यह तस्वीर भेज रहा हूँ।", "आरव शर्मा"),
        ("मैं अपनी बेटी अनन्या वर्मा की तरफ़ से यह फोटो भेज रही हूँ।", "अनन्या वर्मा"),
        ("میں اپنے بیٹے احمد علی کی طرف سے یہ تصویر بھیج رہا ہوں۔", "احمد علی"),
    ],
)
def test_a_woman_or_a_caseless_name_sent_for_is_credited_in_the_nominative(
    opening: str, name: str
) -> None:
    assert _credit(opening) == name


@pytest.mark.parametrize(
    "opening",
    [
        # "Любови" is Любовь's, "Kasi" Kasia's or Kasi's: no ending is certain
        "Пишу от имени моей дочери Любови Волковой.",
        "Piszę w imieniu mojej córki Kasi Nowak.",
        # a polite pronoun after the first name is no surname
        "Piszę w imieniu mojej córki Ewy Wam przesyłam zdjęcie.",
        "Надсилаю від імені моєї доньки Олени Вам фото.",
    ],
)
def test_a_womans_name_with_no_certain_nominative_credits_nobody(opening: str) -> None:
    assert _credit(opening) is None


@pytest.mark.parametrize(
    "opening",
    [
        "स्टेशन पश्चिम की ओर से आया।",  # from the west
        "मैं अपने बेटे आरव की ओर से यह तस्वीर भेज रहा हूँ।",  # a first name alone
        "राष्ट्रपति द्रौपदी मुर्मू की ओर से शुभकामनाएं।",  # no kin word: "president" holds "पति"
    ],
)
def test_a_direction_or_a_first_name_before_ki_or_se_keeps_the_sender(opening: str) -> None:
    assert _credit(opening) == "Anna Hale"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Пишу от имени моего коллеги Ивана Петрова.", "Иван Петров"),
        ("Piszę w imieniu naszego członka Jana Nowaka.", "Jan Nowak"),
    ],
)
def test_a_man_sent_for_is_still_turned_by_the_mens_endings(opening: str, name: str) -> None:
    assert _credit(opening) == name
