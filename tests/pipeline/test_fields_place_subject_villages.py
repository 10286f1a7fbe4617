"""location: a village alone in a Subject's data ("ISS 13.2.2027 17:58:20 SEČ, Ondřejov,
Canon EOS 80D") is the place when GeoNames' cities500 knows it in the country of the mail's
language; a word no village of that country bears, or a village of another country, stays
no place."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS 13.2.2027 17:58:20 SEČ, Ondřejov, Canon EOS 80D + Sigma 18-35mm f/1.8", "Dobrý den,\n\nv příloze posílám fotku.\n\nPetr\n\nOdesláno z mého telefonu\n", "Ondřejov"),
        ("ISS 23.9.2026. 17:48:20 UTC – Višnjan – Nikon Z5 + Nikkor Z 24-70mm f/4 S", "Pozdrav,\n\nšaljem fotku u privitku.\n\nIvana\n\nPoslano s mog iPhonea\n", "Višnjan"),
    ],
)  # fmt: skip
def test_a_village_in_the_subjects_data_is_the_place(subject: str, body: str, place: str) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a Croatian village's name in a Czech mail: no village of Czechia
        ("ISS 13.2.2027 17:58:20 SEČ, Višnjan, Canon EOS 80D", "Dobrý den,\n\nv příloze posílám fotku.\n\nPetr\n"),
        # a camera after the data is no village
        ("ISS 13.2.2027 17:58:20 SEČ, Canon EOS 80D", "Dobrý den,\n\nv příloze posílám fotku.\n\nPetr\n"),
    ],
)  # fmt: skip
def test_a_word_no_village_of_the_mails_country_bears_is_no_place(subject: str, body: str) -> None:
    assert mail_place(subject, body) is None
