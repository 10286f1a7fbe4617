"""equipment and story, issue 13: a CJK full stop ends a labelled gear line's last item even
when one CJK character opens the next sentence ("… 赤道儀上。以 SER 錄影": the mount, no "以
SER"), and a CJK sentence that gives a length in seconds and goes on after its comma is story,
no settings line ("過境時間只有 0.82 秒，這次太陽上剛好有一大群黑子…"). Batch-38."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

_OPENING = "想投稿我拍到的國際太空站凌日。\n\n"


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("器材：ZWO ASI174MM 攝影機，架在 iOptron CEM26 赤道儀上。以 SER 錄影，挑出 5 張疊加。",
         ("ZWO ASI174MM", "iOptron CEM26")),
        ("器材：ZWO ASI174MM，iOptron CEM26 赤道儀。以 SER 錄影。", ("ZWO ASI174MM", "iOptron CEM26")),
        ("機材：タカハシ FC-100DZ、ビクセン SXP2赤道儀。露出 1/500秒。",
         ("タカハシ FC-100DZ", "ビクセン SXP2")),
        ("器材：Sky-Watcher EQ6-R。另外 5 張疊加。", ("Sky-Watcher EQ6-R",)),
    ],
)  # fmt: skip
def test_a_cjk_full_stop_ends_the_last_item_of_a_gear_line(
    line: str, items: tuple[str, ...]
) -> None:
    fields = mail_fields("ISS", f"{_OPENING}{line}\n\n林志豪", follow_up=True)
    assert fields.equipment == items


@pytest.mark.parametrize(
    "paragraph",
    [
        "過境時間只有 0.82 秒，這次太陽上剛好有一大群黑子，太空站就從黑子群旁邊切過去，運氣很好。",
        "通过时间只有 0.9 秒，太阳上正好有一群黑子，空间站从旁边切过去。",
    ],
)
def test_a_cjk_sentence_with_seconds_going_on_after_its_comma_is_story(paragraph: str) -> None:
    fields = mail_fields("ISS 凌日投稿", f"{_OPENING}{paragraph}\n\n林志豪")
    assert fields.story is not None and paragraph[-8:] in fields.story


@pytest.mark.parametrize(
    "line", ["曝光 1/2000 秒。", "露出 1/500 秒、ゲイン 100。", "Exposure 1/1000 s, ISO 800."]
)
def test_a_settings_line_alone_is_still_no_story(line: str) -> None:
    fields = mail_fields("ISS 凌日投稿", f"{_OPENING}{line}\n\n林志豪")
    assert line not in (fields.story or "")
