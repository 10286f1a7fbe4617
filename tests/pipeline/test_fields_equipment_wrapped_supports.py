"""equipment: a tripod whose name the mail program wrapped: a tripod's kind and maker at the end
of a line, its model on the next ("montada en un trípode Benro\\nMach3") is one tripod, never
also "trípode Benro" (batch-39 gave both); a maker at the end of a line whose kind of tripod
opens the next ("Manfrotto\\nállványon") is that maker's tripod, never the kind alone (batch-39
gave "állvány")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "El equipo: una Sony A7 III con el Sony FE 20mm f/1.8 G, montada en un trípode Benro\n"
            "Mach3. Una sola toma de 13 segundos a ISO 1600.",
            "Benro Mach3",
        ),
        (
            "Снимал на Nikon Z6 с объективом Nikkor Z 20mm, камера стояла на штативе Benro\n"
            "TMA37C. Выдержка 10 секунд.",
            "Benro TMA37C",
        ),
        (
            "J'ai utilisé un Canon EOS R avec le Samyang 14 mm f/2.8, posé sur un trépied Gitzo\n"
            "GT1545T. Pose de 15 secondes.",
            "Gitzo GT1545T",
        ),
    ],
)
def test_a_tripod_s_kind_and_maker_with_its_model_on_the_next_line_are_one_tripod(
    text: str, item: str
) -> None:
    items = _items(text)
    assert item in items
    assert not [i for i in items if i != item and i.endswith(item.split()[0])]


@pytest.mark.parametrize(
    ("text", "item", "kind"),
    [
        (
            "A gép egy Canon EOS 6D Mark II volt, Samyang 14 mm f/2.8 objektívvel, Manfrotto\n"
            "állványon. A maximális magasság 49°.",
            "Manfrotto",
            "állvány",
        ),
        (
            "Kuvasin Canon EOS R5 -kameralla ja Canon RF 14-35mm F4L -objektiivilla, Gitzo\n"
            "jalustalla. Valotusaika 8 sekuntia.",
            "Gitzo",
            "jalusta",
        ),
        (
            "Fotografowałem aparatem Nikon D750 z obiektywem Tokina 11-20 mm na Benro\n"
            "statywie. Czas naświetlania 10 s.",
            "Benro",
            "statyw",
        ),
    ],
)
def test_a_maker_ending_a_line_whose_tripod_opens_the_next_is_that_maker_s_tripod(
    text: str, item: str, kind: str
) -> None:
    items = _items(text)
    assert any(i == item or i.startswith(f"{item} ") for i in items)
    assert kind not in items


@pytest.mark.parametrize(
    "text",
    [
        # a maker ending a line, a tripod of no maker opening the next: a new sentence
        "Fotografiado con una Sony A7 III y un objetivo de Samyang.\nTrípode prestado por un amigo.",
        # the tripod's model on the next line after a comma: the maker alone was the tripod
        "Equipo: Sony A7 III, Sony FE 20mm f/1.8 G, trípode Benro,\nMach3 no lo usé.",
    ],
)
def test_a_tripod_on_the_next_line_of_no_maker_s_is_not_joined(text: str) -> None:
    items = _items(text)
    assert "Samyang Trípode" not in items and "Benro Mach3" not in items
