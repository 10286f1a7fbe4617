"""equipment: a case ending after a hyphen, a kind word or a particle glued to a name, and a
preposition a wrapped line goes on from are no part of the instrument's name, in many
languages; a name that really ends so keeps it."""

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
            "Nikon D7500-ga ja Tamron 17-35mm objektiiviga, statiiv Manfrotto Befree",
            ["Nikon D7500", "Tamron 17-35mm", "Manfrotto Befree"],
        ),
        ("Kuvasin Canon EOS 6D-lla ja Samyang 14mm:llä.", ["Canon EOS 6D", "Samyang 14mm"]),
        ("Nikon D750-yle Sigma 14mm taktım.", ["Nikon D750", "Sigma 14mm"]),
        ("Canon 600D-vel és Samyang 14mm-rel fotóztam.", ["Canon 600D", "Samyang 14mm"]),
    ],
)
def test_a_case_ending_after_a_hyphen_is_cut_off(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a model whose name has a letter after a hyphen keeps it
        ("Camera: Pentax K-r with Pentax DA 14mm", ["Pentax K-r", "Pentax DA 14mm"]),
        ("Camera: Fujifilm X-T30 with Samyang 12mm", ["Fujifilm X-T30", "Samyang 12mm"]),
        ("Mount: Sky-Watcher EQ6-R Pro", ["Sky-Watcher EQ6-R Pro"]),
    ],
)
def test_a_name_with_a_hyphen_of_its_own_keeps_it(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Utstyr: Lunt LS60THa solteleskop montert på en Sky-Watcher AZ-GTi",
            ["Lunt LS60THa", "Sky-Watcher AZ-GTi"],
        ),
        (
            "Տեխնիկա՝ Canon EOS 6D Mark II ֆոտոխցիկով, Manfrotto 055 եռոտանու վրա",
            ["Canon EOS 6D Mark II", "Manfrotto 055"],
        ),
        (
            "Ekipoa: Nikon Z6 kamerarekin, Manfrotto 190 tripodean",
            ["Nikon Z6", "Manfrotto 190"],
        ),
    ],
)
def test_a_local_kind_word_beside_a_name_is_no_part_of_it(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "장비: 캐논 EOS R6 카메라와 삼양 14mm F2.8 렌즈, 맨프로토 190XPRO 삼각대",
            ["캐논 EOS R6", "삼양 14mm F2.8", "맨프로토 190XPRO"],
        ),
        ("장비: 니콘 Z6 카메라와 삼양 24mm F1.4 렌즈", ["니콘 Z6", "삼양 24mm F1.4"]),
    ],
)
def test_a_kind_with_a_joining_particle_parts_two_items(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Оборудование: рефрактор Sky-Watcher Evostar 102 на монтировке Sky-Watcher EQ5 с\n"
            "ручным гидированием, камера ZWO ASI462MC",
            ["Sky-Watcher Evostar 102", "Sky-Watcher EQ5", "ZWO ASI462MC"],
        ),
        (
            "Обладнання: Celestron C8 на монтуванні Sky-Watcher EQ5 з\nручним гідуванням",
            ["Celestron C8", "Sky-Watcher EQ5"],
        ),
    ],
)
def test_a_preposition_ending_a_wrapped_line_is_no_part_of_the_name(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items
