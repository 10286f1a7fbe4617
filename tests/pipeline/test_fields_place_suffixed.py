"""location, issue 13: a Turkish name with a place's ending after its apostrophe is a place in
its base form; of comma-joined names, the last, the narrowest."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_suffixed import suffixed_name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kapadokya'da, Göreme'deki peri bacalarının üzerinden geçen ISS'in fotoğrafını "
            "gönderiyorum.",
            "Göreme",
        ),
        ("Dün akşam Uçhisar'dan çektim, hava çok açıktı.", "Uçhisar"),
        ("Bu fotoğrafı Datça'daki evimizin bahçesinden çektim.", "Datça"),
        ("Dün gece Uçhisar Kalesi'nden çektim.", "Uçhisar Kalesi"),
    ],
)
def test_a_turkish_name_with_a_place_ending_is_the_place(text: str, place: str) -> None:
    assert suffixed_name(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Stellarium'da baktım, ISS'te altı kişi var.",  # a program, an acronym
        "Heavens-Above'dan aldığım verilere göre geçiş parlaktı.",  # a source
        "Ocak'ta çektim.",  # a month (CLDR, Turkish)
        "Ahmet'in fotoğrafı ekte.",  # a person's genitive: no place ending
        "Fotoğrafı Datça'daki evden çektim.",  # a sentence's first word, or a longer name?
    ],
)
def test_a_program_a_source_a_month_or_a_persons_genitive_is_no_place(text: str) -> None:
    assert suffixed_name(text) is None
