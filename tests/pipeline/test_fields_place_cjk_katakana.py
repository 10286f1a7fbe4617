"""location, issue 13: a town's name inside a longer katakana word is no town ("パラ" in
"パラボラ", a radio telescope's dish the station passed over); a katakana town written as
its own word still is ("シドニー", "ロンドン郊外")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.towns import cjk_town
from tests.mailkit import mail_place


@pytest.mark.parametrize("phrase", ["電波望遠鏡のパラボラ", "パラボラアンテナ"])
def test_a_town_inside_a_longer_katakana_word_is_no_town(phrase: str) -> None:
    assert not cjk_town(phrase)


@pytest.mark.parametrize("phrase", ["シドニー", "ロンドン郊外", "北京怀柔", "大阪の自宅"])
def test_a_town_written_as_its_own_word_is_a_town(phrase: str) -> None:
    assert cjk_town(phrase)


def test_an_object_the_station_passed_over_is_no_place() -> None:
    body = "ISSの写真を応募いたします。電波望遠鏡のパラボラの上を通過するISSを捉えました。\n"
    assert mail_place("ISSの写真", body) is None
