"""photographer and story: a photo called a relative's work in a relative clause, the relative
its subject and so named in the nominative as written ("fotografijo, ki jo je naredil moj sin
Luka Kranjc", "תמונה שצילמה הבת שלי, נועה כהן (בת 12)", "zdjęcie, które zrobiła moja córka Ola
Nowak"), credits the relative, not the parent who sends it. The parent's own notes ("Prosim, da
ga navedete kot avtorja", "I only helped her send the email") are no story. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.behalf_notes import without_behalf_notes
from ipom_mail.pipeline.fields.errand import without_credit_requests
from ipom_mail.pipeline.fields.people import find_photographer

NIGHT = "\n\nThe station crossed at 21:14 UT.\n\n"


def _credit(sender: str, opening: str) -> str | None:
    return find_photographer(sender, f"{opening}{NIGHT}{sender}\n", ()).name


@pytest.mark.parametrize(
    ("sender", "opening", "name"),
    [
        (
            "Mojca Kranjc",
            "Pošiljam fotografijo, ki jo je naredila moja hči Nika Kranjc (12 let).",
            "Nika Kranjc",
        ),
        ("Ivana Horvat", "Šaljem fotografiju koju je snimio moj sin Marko Horvat.", "Marko Horvat"),
        ("Petra Nováková", "Posílám fotku, kterou pořídil můj syn Jakub Novák.", "Jakub Novák"),
        ("Anna Nowak", "Przesyłam zdjęcie, które zrobiła moja córka Ola Nowak.", "Ola Nowak"),
        (
            "Ирина Смирнова",
            "Отправляю фото, которое сделал мой сын Артём Смирнов.",
            "Артём Смирнов",
        ),
        ("David Cohen", "מצורפת תמונה שצילם הבן שלי, איתי כהן (בן 10), בנגב.", "איתי כהן"),
    ],
)
def test_a_photo_a_relative_took_credits_the_relative(sender: str, opening: str, name: str) -> None:
    assert _credit(sender, opening) == name


@pytest.mark.parametrize(
    ("sender", "opening"),
    [
        # the relative named for anything else: the sender took the photo
        ("Mojca Kranjc", "Pošiljam fotografijo. Moj sin Luka Kranjc mi je držal svetilko."),
        ("Anna Nowak", "Przesyłam zdjęcie, które zrobiłam z córką Olą na balkonie."),
        ("David Cohen", "מצורפת תמונה שצילמתי עם הבת שלי במצפה רמון."),
    ],
)
def test_a_relative_named_for_something_else_is_no_credit(sender: str, opening: str) -> None:
    assert _credit(sender, opening) == sender


@pytest.mark.parametrize(
    ("story", "note"),
    [
        (
            "Prosim, da ga navedete kot avtorja, jaz sem mu samo pomagala poslati e-pošto.\n\n"
            "Luka je ujel postajo tik ob Plejadah.",
            "pomagala poslati",
        ),
        ("היא ביקשה שהקרדיט יהיה על שמה.\n\nנועה צילמה את התחנה מעל המכתש.", "ביקשה"),
        ("I only helped her send the email.\n\nShe caught the station over the lake.", "helped"),
        (
            "Ich habe ihm nur beim Senden geholfen.\n\nEr hat die ISS über dem Dom erwischt.",
            "geholfen",
        ),
    ],
)
def test_the_parents_note_on_credit_or_sending_is_no_story(story: str, note: str) -> None:
    left = without_behalf_notes(without_credit_requests(story))
    assert note not in left
    assert left  # the photo's sentence stays


def test_a_sentence_on_the_photo_that_names_helping_stays() -> None:
    story = "My daughter helped me align the mount before the pass."
    assert without_behalf_notes(without_credit_requests(story)) == story
