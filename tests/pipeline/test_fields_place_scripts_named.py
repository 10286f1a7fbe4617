"""location, issue 13 (batch-25): places in Greek, Hebrew, Japanese and Korean that the
Subject names and the body writes again in its own form, or that a Subject's data names with
its province; never what was only passed over, a province alone, or a place taken from
elsewhere."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_cjk import bracketed_title_place
from ipom_mail.pipeline.fields.place_subject import subject_place
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("Φωτογραφία του μήνα – ISS πάνω από το Πήλιο",
         "Ο σταθμός περνά πάνω από τα Χάνια Πηλίου, το Σάββατο στις 19:05.", "Χάνια Πηλίου"),
        ("ISS πάνω από τη Μακρινίτσα", "Ο σταθμός περνά πάνω από τη Μακρινίτσα, το Σάββατο.",
         "Μακρινίτσα"),
        ("הגשה לתמונת החודש – ISS מעל מצפה רמון",
         "תחנת החלל חולפת מעל המכתש במצפה רמון, אתמול בערב.", "מצפה רמון"),
        ("ISSフォト・オブ・ザ・マンス応募（野辺山）",
         "長野県南牧村の野辺山高原で、電波望遠鏡の上を通過するISSを捉えました。", "野辺山"),
    ],
)  # fmt: skip
def test_the_subjects_place_the_body_writes_in_its_own_form(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS πάνω από το Πήλιο", "Ο σταθμός περνά πάνω από τα έλατα, το Σάββατο."),
        ("ISS πάνω από το Πήλιο",  # the path, not the spot: taken from elsewhere
         "Ο σταθμός περνά πάνω από τα Χάνια Πηλίου, φωτογραφημένος από τον Βόλο."),
        ("הגשה – ISS מעל מצפה רמון", "התחנה חולפת מעל המכתש, אתמול בערב."),
    ],
)  # fmt: skip
def test_no_place_the_body_does_not_write_or_says_was_only_the_path(
    subject: str, body: str
) -> None:
    assert mail_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS応募（野辺山）", "野辺山の上空を通過したISSを東京から撮りました。"),  # over it
        ("ISS応募（自宅）", "自宅で撮りました。"),  # one's home
        ("ISS応募（野辺山）", "長野県で撮りました。"),  # the body does not write it
        ("ISS写真（観望会）", "観望会で撮りました。"),  # a gathering
        ("ISS 사진 (정기모임)", "정기모임에서 찍었습니다."),
    ],
)  # fmt: skip
def test_no_bracketed_title_passed_over_a_home_a_gathering_or_not_written_again(
    subject: str, body: str
) -> None:
    assert bracketed_title_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("[IPOM] 2026.11.08 오후 7시 12분 KST / 강원 화천 / 캐논 EOS R6 + RF 100-500mm", "강원 화천"),
        ("[IPOM] 2026.11.08 19:12 KST / 경북 경주 / 소니 A7", "경북 경주"),
        ("[IPOM] 2026.11.08 19:12 KST / 서울 남산 / 소니 A7", "서울 남산"),  # a town and its site
    ],
)  # fmt: skip
def test_a_korean_province_and_its_town_in_the_subjects_data(subject: str, place: str) -> None:
    assert subject_place(subject, "사진 첨부합니다 🙏") == place


@pytest.mark.parametrize(
    "subject",
    [
        "[IPOM] 2026.11.08 19:12 KST / 강원 / 캐논 EOS R6",  # a province alone
        "[IPOM] 2026.11.08 19:12 KST / 강원 소양강 / 캐논 EOS R6",  # no town after it
    ],
)
def test_no_place_from_a_korean_province_without_its_town(subject: str) -> None:
    assert subject_place(subject, "사진 첨부합니다") is None


def test_a_korean_title_in_brackets_the_body_writes_before_at() -> None:
    assert (
        bracketed_title_place("ISS 사진 (화천)", "화천에서 ISS가 지나가는 것을 찍었습니다.")
        == "화천"
    )
