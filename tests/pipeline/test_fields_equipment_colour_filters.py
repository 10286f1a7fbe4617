"""equipment: a filter named by its colour is read whole or not at all, in every script. Korean
writes the colour as a word of its own ("빨간 필터", "적색 필터": a red filter); it used to lose
its colour ("필터") or its kind ("Baader 빨간"). A filter's kind alone, its colour left behind
("Filter: rotes Filter" as "Filter"), names no filter; a filter without its maker in prose, or
one left at home, is no equipment."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("필터: 빨간 필터", ["빨간 필터"]),
        ("Filter: 적색 필터", ["적색 필터"]),
        ("장비: 빨간 필터 Baader", ["빨간 필터 Baader"]),
        ("Equipment: Canon 6D, Baader 빨간 필터", ["Canon 6D", "Baader 빨간 필터"]),
        ("Baader 적색 필터를 사용했습니다", ["Baader 적색 필터"]),
        ("フィルター: 赤フィルター", ["赤フィルター"]),
        ("滤镜：红色滤镜", ["红色滤镜"]),
        ("Filter: Baader red filter", ["Baader red filter"]),
        ("Filter: Rotfilter", ["Rotfilter"]),
    ],
)
def test_a_colour_filter_is_read_whole(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Filter: rotes Filter",
        "Filtro: filtro rojo",
        "Filtr: czerwony filtr",
        "Фильтр: красный фильтр",
        "Filter: red filter",
        "빨간 필터는 집에 두고 왔습니다",
        "빨간 필터는 사용하지 않았습니다",
        "오늘은 빨간 필터 없이 찍었습니다",
        "赤フィルターは家に置いてきました",
    ],
)
def test_a_filter_kind_without_its_colour_or_maker_names_none(text: str) -> None:
    assert _items(text) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("장비: 캐논 6D, 빨간 필터", ["캐논 6D"]),
        ("캐논 6D에 적색 필터를 달았습니다", ["캐논 6D"]),
        ("캐논 6D로 찍었고 빨간 필터는 집에 두고 왔습니다", ["캐논 6D"]),
    ],
)
def test_no_filter_value_is_cut_or_glued_to_the_camera(text: str, items: list[str]) -> None:
    found = _items(text)
    assert found == items
    assert not any(item.endswith(("빨간", "적색")) or item == "필터" for item in found)
