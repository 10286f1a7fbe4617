"""Invariant 8 for the place readers of scripts without capitals or spaces (issue 13): within
the fields stage's MAX_TEXT characters, a text of one repeated place phrase costs them as
much more as it is longer (4x), never its square (a sentence of many verbs of taking cost
minutes before)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from ipom_mail.pipeline.fields.place_above import above_place
from ipom_mail.pipeline.fields.place_cjk import cjk_place
from ipom_mail.pipeline.fields.place_indic import indic_site
from ipom_mail.pipeline.fields.place_native import native_place
from ipom_mail.pipeline.fields.place_thai import thai_site
from ipom_mail.pipeline.fields.place_town_taken import taken_town
from ipom_mail.pipeline.fields.place_went import went_place

_SHAPES: dict[str, tuple[Callable[[str], str | None], str]] = {
    "a Chinese verb before 'at'": (cjk_place, "拍摄于"),
    "a Korean place before its verb": (cjk_place, "서울 부산에서 찍"),
    "Thai leads and kinds": (thai_site, "ที่ดอยกกก "),
    "Hindi postpositions": (indic_site, "हानले से ली "),
    "Arabic landmarks passed over": (above_place, "فوق برج تهران "),
    "Arabic verbs of taking and leads": (taken_town, "التقطت في "),
    "Hebrew verbs of taking and prefixes": (taken_town, "צילמתי בבבב "),
    "Persian verbs after leads": (taken_town, "در تهرانی گرفتم "),
    "Hebrew verbs before dates": (taken_town, "צילמתי 29 בשעה 19:12 "),
    "Armenian locative endings": (native_place, "Լուսանկարել Բյուրականում "),
    "Georgian locative endings": (native_place, "გადავიღე აბასთუმანში "),
    "Arabic verbs of going": (went_place, "ذهبنا إلى "),
}


def _cpu_seconds(read: Callable[[str], str | None], unit: str, size: int) -> float:
    text = (unit * (size // len(unit) + 1))[:size]
    start = time.process_time()
    read(text)
    return time.process_time() - start


@pytest.mark.parametrize("shape", _SHAPES)
def test_a_place_reader_costs_four_times_as_much_for_four_times_the_text(shape: str) -> None:
    read, unit = _SHAPES[shape]
    read(unit * 10)  # patterns built, towns loaded
    small = _cpu_seconds(read, unit, 5_000)
    large = _cpu_seconds(read, unit, 20_000)
    assert large < 8 * max(small, 0.01), f"{shape}: {small:.3f} s, then {large:.3f} s"
