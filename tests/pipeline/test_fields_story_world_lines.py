"""story: an equipment line under a label and a line of flyby data in Indonesian, Vietnamese
and Thai ("Peralatan: …", "Độ cao cực đại: 62°, độ sáng: -3,4.") are field lines, no story; a
prose sentence with the same words stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "line",
    [
        "Peralatan: Sony A7 III dengan lensa Sony FE 16-35mm f/4 di atas tripod Benro TMA28A",
        "Thiết bị: máy ảnh Fujifilm X-T30 với ống kính Viltrox 13mm f/1.4, đặt trên chân máy Benro.",
        "อุปกรณ์: กล้อง Canon EOS RP กับเลนส์ Samyang 14mm f/2.8 บนขาตั้งกล้อง Benro",
        "Elevasi maksimum 73°, magnitudo -3,6",
        "Độ cao cực đại: 62°, độ sáng: -3,4.",
        "มุมเงยสูงสุด 68 องศา ความสว่าง -3.5",
    ],
)
def test_an_equipment_or_flyby_line_in_indonesian_vietnamese_or_thai_is_no_story(
    line: str,
) -> None:
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Độ sáng của trạm làm cả nhà bất ngờ, cao hơn 60 độ.",  # prose with the same words
        "Elevasi maksimum 73° membuat stasiun terlihat tepat di atas kepala kami.",
    ],
)
def test_a_prose_line_with_flyby_words_stays(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"
