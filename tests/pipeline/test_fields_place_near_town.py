"""location: a town written as "near X" ("на даче под Калугой", "bei München", "대전 근처") is
not X: the place is the phrase as written, with its word for "near" (fields/place_near.py),
never the town alone. A "near" with no town after it names nothing; a word that is "in" in
the mail's language ("u Zagrebu") stays a town's."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Снимал двадцать третьего марта на даче под Калугой. Собака лаяла на штатив.", "под Калугой"),
        ("Ich habe das Foto gestern Abend bei München aufgenommen.", "bei München"),
        ("Aufgenommen gestern Abend nahe Augsburg, der Himmel war klar.", "nahe Augsburg"),
        ("J'ai pris la photo hier soir près de Lyon, depuis un champ.", "près de Lyon"),
        ("Tomé la foto anoche cerca de Toledo, con el cielo despejado.", "cerca de Toledo"),
        ("Ho scattato la foto ieri sera vicino a Siena, in campagna.", "vicino a Siena"),
        ("I took the photo last night near Tucson with my old camera.", "near Tucson"),
        ("Am fotografiat aseară lângă Brașov, pe un deal.", "lângă Brașov"),
        ("어젯밤 대전 근처에서 촬영했습니다.", "대전 근처"),
    ],
)  # fmt: skip
def test_a_town_written_as_near_it_is_the_phrase_with_its_near_word(body: str, place: str) -> None:
    assert mail_place("ISS", f"{body}\n\nAlex") == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("I took the photo last night near the lake, with my old camera.", None),  # no name
        ("Снимал вчера вечером в Калуге, с балкона.", None),  # in, not near: as before
        ("Snimio sam sinoć u Zagrebu, s balkona.", None),  # "u" is "in" in Croatian
        ("Photo taken last night in Tucson, near the airport.", "Tucson"),  # near no town
        ("Aufgenommen vom Uetliberg bei Zürich.", "Uetliberg bei Zürich"),  # a site near a town
    ],
)  # fmt: skip
def test_a_near_word_without_a_town_after_it_changes_no_place(body: str, place: str | None) -> None:
    assert mail_place("ISS", f"{body}\n\nAlex") == place
