"""The focal length a zoom was used at, written after its name ("RF 24-105mm f/4L at 24mm",
"14-30mm @ 14mm", "18-55mm bei 18 mm"), is a setting: the lens is named without it, in
every language the data lists (data/labels.toml [zoom_at]); batch-32."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

OPENING = "Here is my photo of the ISS.\n"


def _gear(line: str) -> tuple[str, ...]:
    return mail_fields("ISS photo", OPENING + line, follow_up=True).equipment


@pytest.mark.parametrize(
    ("line", "lens"),
    [
        ("Kit: Canon EOS R6 with an RF 24-105mm f/4L at 24mm, on a tripod.", "RF 24-105mm f/4L"),
        ("Equipment: Nikon Z6 + Nikkor Z 14-30mm f/4 S @ 14mm", "Nikkor Z 14-30mm f/4 S"),
        ("Camera: Sony A7 III, lens Sony FE 24-70mm GM at 70 mm.", "Sony FE 24-70mm GM"),
        ("Ausrüstung: Canon EOS 250D mit Canon EF-S 18-55mm bei 18 mm", "Canon EF-S 18-55mm"),
        ("Sprzęt: Nikon D5300 z obiektywem Nikkor 18-140mm na 18 mm", "Nikkor 18-140mm"),
        ("Equipment: Canon 100-400mm at 400mm f/5.6, Canon EOS R7", "Canon 100-400mm"),
    ],
)
def test_a_zooms_focal_length_as_used_is_no_part_of_its_name(line: str, lens: str) -> None:
    assert lens in _gear(line)


@pytest.mark.parametrize(
    ("line", "lens"),
    [
        # a prime's length is its name; a word after the zoom that is no length stays out
        ("Equipment: Samyang 14mm f/2.8 at the lake, Canon EOS 6D", "Samyang 14mm f/2.8"),
        ("Equipment: Sigma 150-600mm at the observatory, Canon EOS R5", "Sigma 150-600mm"),
    ],
)
def test_a_lens_with_no_length_after_it_keeps_its_name(line: str, lens: str) -> None:
    gear = _gear(line)
    assert lens in gear and not any("at " in item for item in gear)
