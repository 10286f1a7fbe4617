"""equipment: a maker's name alone on a line of a signature is where someone works, not gear.
A forwarded mail's signature ("Cheers,\nManfrotto\nJane Doe"), a signature after "-- ", or a
maker's name beside a person's name line used to give the maker as equipment. A maker alone
above its own product line ("Manfrotto\nBefree Advanced") or in a gear list stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    "text",
    [
        "Shot with a Sony A7 III.\n\nCheers\nManfrotto\nJane Doe",
        "Shot with a Sony A7 III.\n\nBest,\nJane Doe\nManfrotto",
        "Shot with a Sony A7 III.\n\n-- \nGitzo\nJane Doe",
        "Shot with a Sony A7 III.\nManfrotto\nJane Doe",
        "Aufgenommen mit der Sony A7 III.\n\nMit freundlichen Grüßen\nBenro\nKlaus Weber",
        "Prise avec un Sony A7 III.\n\nCordialement,\nGitzo\nMarie Dubois",
        "Shot with a Sony A7 III.\n\nRegards,\nAnna Gitzo",
        "Shot with a Sony A7 III.\n\nRegards,\nPeter Benro",
    ],
)
def test_a_maker_in_a_signature_is_no_equipment(text: str) -> None:
    assert _items(text) == ["Sony A7 III"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Gear:\nSky-Watcher\nStar Adventurer\n", ["Sky-Watcher", "Star Adventurer"]),
        ("Shot on a Canon 6D.\n\nManfrotto\nBefree Advanced\n", ["Canon 6D", "Manfrotto"]),
        ("Sony A7 III on a Manfrotto tripod.", ["Sony A7 III", "Manfrotto tripod"]),
    ],
)
def test_a_maker_above_its_own_line_or_in_prose_stays(text: str, items: list[str]) -> None:
    assert _items(text) == items
