"""story: an equipment line under a label and a line of flyby data, labelled or not, in
Indonesian, Vietnamese, Thai and more ("Peralatan: …", "Độ cao cực đại: 62°, độ sáng: -3,4.")
are field lines, no story; a prose sentence with the same words stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.data_lines import is_flyby_data
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


@pytest.mark.parametrize(
    "line",
    [
        "Högsta höjd 61°",
        "Maks høyde 44°, lysstyrke -3,0.",
        "Maksimikorkeus 58°, kirkkaus -3,3 mag",
        "Максимальная высота 56°, яркость −3,1",
        "Maksimum yükseklik 62°, parlaklık -3,4.",
        "最大仰角69°，亮度-3.8等",
        "最大仰角48°、明るさ −3.1等",
        "최대 고도 58°, 밝기 -3.5등급",
    ],
)
def test_a_flybys_data_without_a_label_is_not_story(line: str) -> None:
    assert is_flyby_data(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Högsta höjd 61° nådde den precis över bron där jag stod.",
        "最大仰角69°，那天晚上风很大。",
        "Максимальная высота была 56°, и станция прошла прямо над куполом.",
    ],
)
def test_a_sentence_with_the_flybys_data_stays(line: str) -> None:
    assert not is_flyby_data(line)
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"
