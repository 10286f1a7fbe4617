"""A place is where the photographer stood, in its base form; when unsure, none (issue 13).

Wrong places of the blind batches, each a kind: a labelled place that starts with one's
own spot ("Lugar: mi patio en City Bell, La Plata"); a spot inside a town ("Crescent
Heights in Calgary, Alberta"); a town in a case ending ("u Osijeku", "под Звенигородом")
where the mail writes its base form elsewhere; a word in its case before a bracketed town
("znad Wisły (Toruń)"); a signature's job title and town after a blank line ("Med venlig
hilsen", "", "Mette", "Naturvejleder, Vordingborg"); a landmark or a lunar crater the ISS
passed over ("above Haapsalu Castle", "a Kopernikusz-kráter fölött"); and the places the
ISS passed over when the mail says it was taken from elsewhere.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_base import settled_place, uninflected


def _place(text: str, subject: str = "") -> str | None:
    return settled_place(find_location(text), f"{text}\n{subject}")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lugar: mi patio en City Bell, La Plata", "City Bell, La Plata"),
        ("Location: my backyard in Elk Grove, California", "Elk Grove, California"),
        ("Ort: mein Garten in Görlitz", "Görlitz"),
        ("Lieu : mon jardin à Clermont-Ferrand", "Clermont-Ferrand"),
    ],
)
def test_a_labelled_place_leaves_out_ones_own_spot(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    ("place", "settled"),
    [
        ("Crescent Heights in Calgary, Alberta", "Calgary, Alberta"),
        ("Altstadt in Regensburg", "Regensburg"),
        ("Pinnacles Desert in Nambung National Park, WA", None),  # no town after "in": as is
    ],
)
def test_a_spot_inside_a_town_is_the_town(place: str, settled: str | None) -> None:
    assert settled_place(place, place) == (settled or place)


@pytest.mark.parametrize(
    ("place", "mail", "settled"),
    [
        ("Osijeku", "ISS izbliza – Osijek, 14. X. 2026.\n… iz dvorišta u Osijeku.", "Osijek"),
        (
            "Звенигородом (Московская область)",
            "МКС в телескоп, Звенигород\nСнимал с дачи под Звенигородом (Московская область)",
            "Звенигород (Московская область)",
        ),
        ("Ljubljani", "Posneto v Ljubljani.", "Ljubljani"),  # no base form written: as is
        ("Tõravere küla, Tartumaa", "Tõravere küla, Tartumaa; Tartu", "Tõravere küla, Tartumaa"),
    ],
)
def test_a_town_in_a_case_ending_takes_the_base_form_the_mail_writes(
    place: str, mail: str, settled: str
) -> None:
    assert settled_place(place, mail) == settled


@pytest.mark.parametrize(
    ("place", "settled"),
    [
        ("Wisły (Toruń)", "Toruń"),
        ("Lyon (Fourvière)", "Lyon (Fourvière)"),
        ("Aarhus (Ole Rømer Observatoriet)", "Aarhus (Ole Rømer Observatoriet)"),
    ],
)
def test_a_word_in_its_case_before_a_bracketed_town_gives_the_town(
    place: str, settled: str
) -> None:
    assert settled_place(place, place) == settled


def test_a_signatures_job_title_and_town_after_a_blank_line_are_no_place() -> None:
    text = (
        "Jeg vil gerne indsende mit billede af ISS over Møns Klint.\n\n"
        "Med venlig hilsen\n\nMette Kjærgaard\nNaturvejleder, Vordingborg\n"
    )
    assert _place(text) == "Møns Klint"


def test_a_greeting_that_is_also_a_sign_off_blanks_no_prose() -> None:
    text = (
        "Pozdrav!\n\nŠaljem svoj pokušaj snimanja ISS-a izbliza, snimljeno u 19:02 SELV\n"
        "(srednjoeuropsko ljetno vrijeme) iz dvorišta u Osijeku. Stanicu sam pratio ručno.\n"
    )
    assert _place(text, "ISS izbliza – Osijek") == "Osijek"


@pytest.mark.parametrize(
    "text",
    [
        "My photo of the ISS above Haapsalu Castle, taken from the castle park.",
        "Az űrállomás épp a Kopernikusz-kráter fölött szelte át a Hold korongját.",
        "The station passed over Saint Mary Church at dusk.",
    ],
)
def test_a_landmark_or_a_crater_passed_over_is_no_place(text: str) -> None:
    assert _place(text) is None


def test_a_bilingual_label_in_a_table_row_is_read() -> None:
    text = (
        "Kuupäev / Date              2026-11-06\nKoht / Place                Haapsalu, Läänemaa\n"
    )
    assert _place(text) == "Haapsalu, Läänemaa"


@pytest.mark.parametrize(
    "text",
    [
        "Σας στέλνω τη φωτογραφία μου με τον ISS να περνά πάνω από την Αθήνα, τραβηγμένη από "
        "το οροπέδιο της Μπάφης. Χάθηκε πάνω από τον Σαρωνικό.",
        "The ISS passing over Boston, shot from a friend's roof. It set over Quincy.",
    ],
)
def test_places_passed_over_are_none_when_the_photo_was_taken_from_elsewhere(text: str) -> None:
    assert _place(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Σας στέλνω τη φωτογραφία μου πάνω από τη Θεσσαλονίκη, την Πέμπτη.", "Θεσσαλονίκη"),
        (
            "Jeg vil gerne indsende mit billede af ISS over Møns Klint. Taget fra stranden.",
            "Møns Klint",
        ),
    ],
)
def test_a_place_passed_over_is_read_when_nothing_says_otherwise(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_bilingual_time_label_in_a_table_row_is_read() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from ipom_mail.pipeline.fields.taken_at import find_taken_at
    from ipom_mail.pipeline.values import Media

    text = "Kuupäev / Date              2026-11-06\nAeg / Time (UT)             15:47:22\n"
    sent = datetime(2026, 11, 7, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    taken = find_taken_at(text, Media(()), sent)
    assert taken.taken_at == datetime(2026, 11, 6, 15, 47, 22, tzinfo=UTC)


@pytest.mark.parametrize(
    ("place", "mail", "base"),
    [
        ("Hortobágyi Nemzeti Parkban", "ISS a Hortobágyi Nemzeti Park felett", "Hortobágyi Nemzeti Park"),
        ("Kaposváron", "Tárgy: ISS Kaposvár felett", "Kaposvár"),
        ("Nuuksion kansallispuistossa", "Aihe: ISS Nuuksion kansallispuisto", "Nuuksion kansallispuisto"),
        ("Porissa", "Kuva: ISS Pori, 18.40", "Pori"),
        ("Konyada", "Konya ovası üzerinde ISS", "Konya"),
        ("Kapadokya Balon Vadisinde", "ISS Kapadokya Balon Vadisi", "Kapadokya Balon Vadisi"),
    ],
)  # fmt: skip
def test_a_case_ending_is_left_out_where_the_mail_writes_the_base_form(
    place: str, mail: str, base: str
) -> None:
    assert uninflected(place, mail) == base


@pytest.mark.parametrize(
    ("place", "mail", "kept"),
    [
        ("Helsingissä", "Kuva otettiin Helsingissä.", None),  # base form never guessed
        ("Kilpisjärvellä", "Olin Kilpisjärvellä.", None),
        ("Szegedről", "Szegedről fotóztam.", None),
        ("Bergen", "Der Berg war verschneit, ich stand in Bergen.", "Bergen"),  # a town itself
        ("Tartus", "Pilt Tartu kohal.", "Tartus"),  # a town as written (Syria's)
        ("Lindesnes", "fyret på Lindesne", "Lindesnes"),  # no town nor a name of several words
        ("Zselici Csillagparkban", "a Csillagpark kilátója", "Zselici Csillagparkban"),
    ],
)  # fmt: skip
def test_a_case_ending_is_kept_or_gives_none_when_the_base_form_is_not_written(
    place: str, mail: str, kept: str | None
) -> None:
    assert uninflected(place, mail) == kept


def test_a_hungarian_place_in_the_inessive_is_the_subjects_base_form() -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    body = (
        "Sziasztok!\n\nA képet tegnap este 19:02-kor készítettem a Hortobágyi Nemzeti Parkban, "
        "a madárvárta mellől.\n\nFelszerelés: Nikon Z6, Nikkor 20mm f/1.8"
    )
    result = check_message(_raw(body, subject="ISS a Hortobágyi Nemzeti Park felett"), Config())
    assert result.fields.location == "Hortobágyi Nemzeti Park"
