"""photographer: a mail sent by a daughter for her father, a sister for her brother, a wife for
her husband credits the person sent for, in the nominative, never the sender: "w imieniu mojego
taty, Zbigniewa Kowalczyka" credits Zbigniew Kowalczyk, "siunčiu savo brolio Mindaugo
Jankausko vardu" Mindaugas Jankauskas, "夫・佐藤健一の代わりに" 佐藤健一. A declined name whose
nominative is not certain (a fleeting vowel, an ending of two readings) credits
nobody rather than a guess, unless the mail writes it in the nominative elsewhere."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer

NIGHT = "\n\nThe station crossed at 21:14 UT.\n\nBest,\nAnna Hale\n"


def _credit(opening: str) -> str | None:
    return find_photographer("Anna Hale", f"{opening}{NIGHT}", ()).name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Piszę w imieniu mojego taty, Zbigniewa Kowalczyka.", "Zbigniew Kowalczyk"),
        ("Piszę w imieniu mojego syna Tomasza Kowalskiego.", "Tomasz Kowalski"),
        (
            "Piszę w imieniu mojego taty,\nZbigniewa Kowalczyka, który nie ma maila.",
            "Zbigniew Kowalczyk",
        ),
        ("Пишу от имени моего друга Сергея Волкова.", "Сергей Волков"),
        ("Пишу від імені мого батька Тараса Коваленка.", "Тарас Коваленко"),
        ("Píšu jménem mého otce Jana Nováka.", "Jan Novák"),
        ("Píšu jménem mého syna Tomáše Černého.", "Tomáš Černý"),
        ("Píšem v mene môjho brata Jána Baláža.", "Ján Baláž"),
        ("Siunčiu savo brolio Mindaugo Jankausko vardu.", "Mindaugas Jankauskas"),
        ("Lähetän isäni Matti Virtasen puolesta kuvan.", "Matti Virtanen"),
    ],
)
def test_a_mans_name_in_the_genitive_is_credited_in_the_nominative(opening: str, name: str) -> None:
    assert _credit(opening) == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Apám, Kovács János nevében küldöm a képet.", "Kovács János"),
        ("Babam Ahmet Yılmaz adına gönderiyorum.", "Ahmet Yılmaz"),
        ("Babamın, Ahmet Yılmaz'ın adına gönderiyorum.", "Ahmet Yılmaz"),
        ("Пиша от името на баща ми Иван Петров.", "Иван Петров"),
        ("Trimit în numele fiicei mele, Ioana Popescu, această fotografie.", "Ioana Popescu"),
        ("Trimit în numele soției mele Maria Ionescu această fotografie.", "Maria Ionescu"),
        ("Scriu în numele lui Andrei Popescu.", "Andrei Popescu"),
        ("Scriu în numele fiului meu, Andrei Popescu.", "Andrei Popescu"),
        ("夫・佐藤健一の代わりに応募させていただきます。", "佐藤健一"),
        ("남편 김민수 대신 보내드립니다.", "김민수"),
        ("아버지 김철수를 대신하여 보냅니다.", "김철수"),
        ("我代我父亲王建国投稿。", "王建国"),
    ],
)
def test_a_name_in_a_language_or_script_without_its_case_is_credited_as_written(
    opening: str, name: str
) -> None:
    assert _credit(opening) == name


@pytest.mark.parametrize(
    "opening",
    [
        # a Romanian woman's first name in the genitive: Maria's, Ioana's
        "Scriu în numele Mariei Popescu.",
        "Scriu în numele fiicei mele, Ioanei Popescu.",
        # a fleeting vowel or a vowel that changes: Marek, Paweł, Mróz, Кирило
        "Piszę w imieniu mojego brata Marka Nowaka.",
        "Piszę w imieniu mojego syna Tomasza Mroza.",
        "Пишу от имени моего отца Павла Смирнова.",
        "Пишу від імені мого брата Кирила Мельника.",
        # "-io" may be "-is", "-ys" or "-ias"
        "Siunčiu savo tėvo Kęstučio Petraičio vardu.",
    ],
)
def test_a_declined_name_with_no_certain_nominative_credits_nobody(opening: str) -> None:
    assert _credit(opening) is None


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Piszę w imieniu mojej mamy, Barbary Kowalczyk.\n\nBarbara Kowalczyk pisze:",
         "Barbara Kowalczyk"),
        ("Scriu în numele fiicei mele, Ioanei Popescu.\n\nIoana Popescu scrie:", "Ioana Popescu"),
    ],
)  # fmt: skip
def test_a_womans_name_the_mail_writes_in_the_nominative_is_credited(
    opening: str, name: str
) -> None:
    assert _credit(opening) == name


@pytest.mark.parametrize(
    "opening",
    [
        "My father drove me there, and I took the photo myself.",
        "Tata mnie tam zawiózł.",
        "Папа отвёз меня туда.",
        "父が車で連れて行ってくれました。",
        "三脚の代わりに車の屋根に置きました。",
        "父の代わりに送ります。",  # no name: the sender stays the credit
        "友人のカメラの代わりにスマホで撮りました。",  # instead of a friend's camera
        "아버지 민수를 대신하여 보냅니다.",  # a first name alone
        "Piszę w imieniu naszego klubu Astro Kraków.",
        "Scriu în numele clubului Astroclubul București.",
        "Trimit în numele soției mele Maria această fotografie.",  # a first name alone
        "A Zalai Csillagász Egyesület nevében küldöm a fotómat.",
        "Пиша от името на Астрономическо дружество Варна.",
    ],
)
def test_the_senders_own_photo_or_a_club_keeps_the_credit(opening: str) -> None:
    assert _credit(opening) == "Anna Hale"
