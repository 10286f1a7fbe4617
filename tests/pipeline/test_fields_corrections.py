"""A time corrected in a reply above the sender's quoted submission (blind batch 35): the
photo's date, gear and story are the original's, the clock the correction's; "last night"
in the sentence about the mistake dates nothing. Only the sender's own quoted mail counts."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

SENDER = "Helen Marsh <helen@example.org>"
DATE = "Thu, 08 Apr 2027 09:02:11 +0100"


def _reply(note: str, original: str, who: str = "Helen Marsh <helen@example.org>") -> str:
    quoted = "\n".join(f"> {line}" if line else ">" for line in original.splitlines())
    return f"{note}\n\nHelen\n\nOn Wed, 7 Apr 2027 at 23:37, {who} wrote:\n{quoted}\n"


@pytest.mark.parametrize(
    ("note", "original", "want"),
    [
        (
            "Apologies - correction: it was 21:14 BST, not 21:41. I mistyped it last night.",
            "ISS over the bridge, taken on Tuesday 6th April at 21:41 BST.\n"
            "Sony A7 III, Benro tripod.\n\nA couple stopped on the bridge to watch.",
            "2027-04-06T20:14:00+00:00",
        ),
        (
            "Korrektur: es war 21:14 Uhr MESZ, nicht 21:41. Gestern Abend vertippt.",
            "ISS über der Brücke, aufgenommen am Dienstag, 6. April 2027 um 21:41 Uhr MESZ.",
            "2027-04-06T19:14:00+00:00",
        ),
        (
            "Petite correction : c'était 21h14, pas 21h41. Je me suis trompée hier soir.",
            "L'ISS au-dessus du pont, prise le mardi 6 avril 2027 à 21h41 (heure de Paris).",
            "2027-04-06T19:14:00+00:00",
        ),
        (
            "Poprawka: było 21:14, nie 21:41 czasu polskiego. Pomyliłam się wczoraj wieczorem.",
            "ISS nad mostem, wykonane 6 kwietnia 2027 o godz. 21:41 czasu polskiego.",
            "2027-04-06T19:14:00+00:00",
        ),
        (  # the wrong clock not repeated: the original's one clock is corrected
            "Corrección: la hora buena es 21:14 CEST. Me equivoqué anoche.",
            "La ISS sobre el puente, tomada el martes 6 de abril de 2027 a las 21:41 CEST.",
            "2027-04-06T19:14:00+00:00",
        ),
    ],
)
def test_a_corrected_time_is_dated_by_the_quoted_original(
    note: str, original: str, want: str
) -> None:
    date = DATE if "BST" in original else DATE.replace("+0100", "+0200")
    fields = mail_fields("Re: ISS", _reply(note, original), SENDER, date=date, follow_up=True)
    assert fields.taken_at is not None and fields.taken_at.isoformat() == want


def test_a_correction_has_the_originals_gear_and_no_story_of_its_own() -> None:
    note = "Apologies - correction: it was 21:14 BST, not 21:41. I mistyped it last night."
    original = (
        "My entry: the ISS over the bridge, taken on Tuesday 6th April at 21:41 BST.\n\n"
        "Sony A7 III, Benro tripod.\n\nA couple stopped on the bridge to watch it go over."
    )
    fields = mail_fields("Re: ISS", _reply(note, original), SENDER, date=DATE, follow_up=True)
    assert fields.story is None  # sent with the original; the note is none
    assert "Sony A7 III" in fields.equipment


def test_a_correction_of_someone_elses_quoted_mail_is_read_as_it_is() -> None:
    note = "Correction: it was 21:14 BST, not 21:41."
    original = "Your photo was taken on Tuesday 6th April at 21:41 BST, as we read it."
    body = _reply(note, original, who="IPOM <ipom@example.org>")
    fields = mail_fields("Re: ISS", body, SENDER, date=DATE, follow_up=True)
    assert fields.taken_at is None or fields.taken_at.strftime("%H:%M") != "20:41"


def test_a_reply_without_a_correction_word_keeps_its_own_words() -> None:
    note = "Thanks! One more from the same night at 21:50 BST, attached."
    original = "ISS over the bridge, taken on Tuesday 6th April at 21:41 BST."
    fields = mail_fields("Re: ISS", _reply(note, original), SENDER, date=DATE, follow_up=True)
    assert fields.story is None or "bridge" not in fields.story


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Apologies - correction: it was 21:14 BST, not 21:41. I mistyped it last night.", None),
        ("Korrektur: es war 21:14 Uhr, nicht 21:41. Ich habe mich gestern Abend vertippt.", None),
        ("Исправление: было 21:14, а не 21:41. Вчера вечером я ошибся.", None),
        # the night in the corrected sentence itself is the photo's
        ("Correction: the photo was taken last night at 21:14 BST, not 21:41.", "2027-04-07"),
    ],
)
def test_the_night_of_the_mistake_dates_no_corrected_time(body: str, want: str | None) -> None:
    fields = mail_fields("Re: ISS", f"{body}\n\nHelen", SENDER, date=DATE, follow_up=True)
    found = fields.taken_at.date().isoformat() if fields.taken_at else fields.taken_date
    assert found == want


def _kielder(note: str, clock: str = "17:21 GMT") -> str:
    original = (
        f"Please find attached my entry. Taken on Tuesday 10th November at {clock} from "
        "Kielder Observatory.\n\nEquipment: Canon EOS 6D Mk II on a Manfrotto 190 tripod"
    )
    quoted = "\n".join(f"> {line}" if line else ">" for line in original.splitlines())
    return f"{note}\n\nPeggy\n\nOn Wed, 11 Nov 2026 at 22:40, {SENDER} wrote:\n{quoted}\n"


_LATE = "Thu, 12 Nov 2026 09:14:03 +0000"


@pytest.mark.parametrize(
    "note",
    [
        "Apologies, a correction to my email of yesterday. The time I gave was wrong: the "
        "first frame was actually at 17:12 GMT, not 17:21.\n\nI've reattached the photo of "
        "the ISS climbing over the roll-off roof.",
        "Eine kleine Korrektur zu meiner Mail von gestern: das erste Bild war um 17:12 GMT, "
        "nicht um 17:21.\n\nIch habe das Foto der ISS über dem Rolldach noch einmal angehängt.",
        "Petite correction à mon mail d'hier : la première image était à 17:12 GMT et non "
        "17:21.\n\nJe renvoie la photo de l'ISS au-dessus du toit roulant.",
    ],
)
def test_a_correction_said_without_a_colon_corrects_the_originals_clock(note: str) -> None:
    fields = mail_fields("RE: ISS", _kielder(note), SENDER, date=_LATE, follow_up=True)
    assert (
        fields.taken_at is not None and fields.taken_at.isoformat() == "2026-11-10T17:12:00+00:00"
    )
    assert "Canon EOS 6D Mk II" in fields.equipment
    # the note's paragraph that presents the photo is story; its correction is not
    assert fields.story is not None and "17:12" not in fields.story
    assert "ISS" in fields.story


def test_a_loose_correction_word_with_only_a_new_clock_corrects_nothing() -> None:
    note = "I did a colour correction on this one, from the same night at 17:50 GMT."
    fields = mail_fields("RE: ISS", _kielder(note), SENDER, date=_LATE, follow_up=True)
    assert fields.taken_at is None or fields.taken_at.strftime("%H:%M") != "17:50"
