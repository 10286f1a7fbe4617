"""location: a town the mail writes only as "near X", in a case its base form is not
("на даче под Калугой"), is the phrase as written with its word for "near"
(fields/place_near.py), never a base form the mail does not write; a town written as it is
("bei München", "near Tucson", "대전 근처") stays itself, as the set's labels give it. A "near"
with no town after it names nothing; a word that is "in" in the mail's language ("u
Zagrebu") is no "near"."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_near import near_phrase
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "town", "place"),
    [
        ("Снимал вчера вечером на даче около Калуги.", "Калуга", "около Калуги"),
        ("Zdjęcie zrobiłem wczoraj na działce pod Piasecznem.", "Piaseczno", "pod Piasecznem"),
        ("Fotil som včera večer na chate pri Poprade.", "Poprad", "pri Poprade"),
        ("Kuva on otettu eilen illalla mökillä Tampereen lähellä.", "Tampere", "Tampereen lähellä"),
        ("Snimio sam sinoć kod Zagreba, na livadi.", "Zagreb", "kod Zagreba"),
    ],
)  # fmt: skip
def test_a_town_written_only_near_in_a_case_is_the_phrase_as_written(
    text: str, town: str, place: str
) -> None:
    assert near_phrase(text, town) == place


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Snimio sam sinoć u Zagrebu, s balkona svog stana.", "Zagreb"),  # "u" is "in" here
        ("Ich habe es gestern bei München aufgenommen.", "München"),  # written as it is
        ("Zdjęcie z działki pod Piasecznem.", "Piaseczno"),  # the Subject writes it (below)
        ("I took it last night near the lake.", "Tucson"),  # no town after "near"
        ("Снимал вчера под Полярной звездой в Калуге.", "Калуга"),  # "под" a star, not a town
    ],
)  # fmt: skip
def test_no_near_phrase_where_the_town_is_written_or_not_near(text: str, town: str) -> None:
    assert near_phrase(text, town, mail="ISS – Piaseczno") is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Снимал двадцать третьего марта на даче под Калугой. Собака лаяла на штатив.", "под Калугой"),
        ("Ich habe das Foto gestern Abend bei München aufgenommen.", "München"),
        ("I took the photo last night near Tucson with my old camera.", "Tucson"),
        ("Tomé la foto anoche cerca de Toledo, con el cielo despejado.", "Toledo"),
        ("어젯밤 대전 근처에서 촬영했습니다.", "대전"),
        ("I took the photo last night near the lake, with my old camera.", None),  # no name
        ("Снимал вчера вечером в Калуге, с балкона.", None),  # in, not near: as before
    ],
)  # fmt: skip
def test_a_mail_gives_a_town_near_which_it_was_taken_as_it_writes_it(
    body: str, place: str | None
) -> None:
    assert mail_place("ISS", f"{body}\n\nAlex") == place
