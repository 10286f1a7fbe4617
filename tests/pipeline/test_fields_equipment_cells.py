"""equipment: one table cell or labelled value may hold several instruments, each with its
own label or parted by a slash (full-width "／" too): each is an item, no label kept."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("row", "items"),
    [
        (
            "機材    鏡筒：ビクセン VC200L／カメラ：ZWO ASI462MC／赤道儀：タカハシ EM-200",
            ["ビクセン VC200L", "ZWO ASI462MC", "タカハシ EM-200"],
        ),
        (
            "器材    望远镜：信达 EvoStar 80ED／相机：ZWO ASI462MC／赤道仪：Sky-Watcher AZ-GTi",
            ["信达 EvoStar 80ED", "ZWO ASI462MC", "Sky-Watcher AZ-GTi"],
        ),
        (
            "장비    망원경: 셀레스트론 C8／카메라: ZWO ASI462MC／가대: 스카이와처 AZ-GTi",
            ["셀레스트론 C8", "ZWO ASI462MC", "스카이와처 AZ-GTi"],
        ),
        (
            "Ausrüstung    Teleskop: TS-Optics 80/480 / Kamera: ZWO ASI462MC / Montierung: AZ-GTi",
            ["TS-Optics 80/480", "ZWO ASI462MC", "AZ-GTi"],
        ),
    ],
)
def test_labels_inside_a_table_cell_part_its_instruments(row: str, items: list[str]) -> None:
    assert _items(f"Photo attached.\n\n{row}\n") == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "機材：鏡筒：タカハシ FSQ-85ED／カメラ：キヤノン EOS R6／架台：ビクセン AP",
            ["タカハシ FSQ-85ED", "キヤノン EOS R6", "ビクセン AP"],
        ),
        (
            "Equipment: Telescope: Celestron C9.25/Camera: ZWO ASI224MC/Mount: iOptron CEM40",
            ["Celestron C9.25", "ZWO ASI224MC", "iOptron CEM40"],
        ),
    ],
)
def test_a_slash_before_a_label_parts_two_instruments(line: str, items: list[str]) -> None:
    assert _items(line) == items
