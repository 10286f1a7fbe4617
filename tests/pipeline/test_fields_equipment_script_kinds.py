"""equipment (issue 13, batch-31): a kind word written in another script after a Latin name
("Nikon Z50 क्यामेरा", "Digitek DTR 550LW ট্রাইপড", "Manfrotto Compact Action முக்காலி",
"Manfrotto 055 ٹرائی پوڈ") is no part of the name, in Nepali, Marathi, Bengali, Tamil and
Urdu; a kind before the name in those scripts goes too ("লেন্স Canon EF-S 10-18mm"). A kind
word that is part of a product's own name stays ("Lensbaby Velvet 56", "ベルボン ジオ・カルマーニュ
N635"), and a maker alone keeps its kind ("Gitzo ٹرائی پوڈ")."""

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
        (
            "उपकरण: Nikon Z50 क्यामेरा, Nikkor Z DX 12-28mm लेन्स, Fotopro X-Go ट्राइपड",
            ["Nikon Z50", "Nikkor Z DX 12-28mm", "Fotopro X-Go"],
        ),
        (
            "साधने: Canon EOS 200D कॅमेरा, Tamron 17-50mm f/2.8 लेन्स, Simpex 333 ट्रायपॉड",
            ["Canon EOS 200D", "Tamron 17-50mm f/2.8", "Simpex 333"],
        ),
        (
            "যন্ত্রপাতি: Nikon D5600 ক্যামেরা, Sigma 10-20mm f/3.5 লেন্স, Digitek DTR 550LW ট্রাইপড",
            ["Nikon D5600", "Sigma 10-20mm f/3.5", "Digitek DTR 550LW"],
        ),
        (
            "கருவிகள்: Sony A6400 கேமரா, Sigma 16mm f/1.4 DC DN லென்ஸ், Manfrotto Compact Action முக்காலி",
            ["Sony A6400", "Sigma 16mm f/1.4 DC DN", "Manfrotto Compact Action"],
        ),
        (
            "سامان: Canon EOS 90D کیمرہ، Sigma 18-35mm لینز، Manfrotto 055 ٹرائی پوڈ",
            ["Canon EOS 90D", "Sigma 18-35mm", "Manfrotto 055"],
        ),
    ],
)  # fmt: skip
def test_a_kind_in_another_script_after_a_latin_name_is_dropped(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("ক্যামেরা: Canon EOS 90D, লেন্স Canon EF-S 10-18mm", ["Canon EOS 90D", "Canon EF-S 10-18mm"]),
        ("कैमरा: Canon EOS 90D, लेंस Canon EF-S 10-18mm", ["Canon EOS 90D", "Canon EF-S 10-18mm"]),
        ("கருவிகள்: கேமரா Sony A6400, லென்ஸ் Sigma 16mm f/1.4", ["Sony A6400", "Sigma 16mm f/1.4"]),
    ],
)  # fmt: skip
def test_a_kind_in_an_indic_script_before_a_latin_name_is_dropped(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("उपकरण: Nikon Z50 क्यामेरा, Lensbaby Velvet 56 लेन्स", "Lensbaby Velvet 56"),
        ("سامان: Canon EOS 90D کیمرہ، Gitzo ٹرائی پوڈ", "Gitzo ٹرائی پوڈ"),
        ("ベルボン ジオ・カルマーニュ N635 に Canon EOS R6", "ベルボン ジオ・カルマーニュ N635"),
    ],
)  # fmt: skip
def test_a_kind_that_is_part_of_the_name_or_a_maker_alone_keeps_it(text: str, item: str) -> None:
    assert item in _items(text)
