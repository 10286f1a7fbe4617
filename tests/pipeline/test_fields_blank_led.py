"""Lines led by long runs of blanks (a table laid out with spaces, a pasted log) are read at
once and as before: the blanks are read once, never given back one by one to each pattern."""

from __future__ import annotations

import time

import pytest

from ipom_mail.pipeline.fields.closing import SIGN_OFF
from ipom_mail.pipeline.fields.quoted import own_text
from ipom_mail.pipeline.fields.quotes import clean_text
from ipom_mail.pipeline.fields.story import without_footers


@pytest.mark.parametrize("blank", [" ", "\t", "\u00a0"])
def test_an_indented_quote_header_still_cuts_the_quote_below(blank: str) -> None:
    text = f"My photo of the ISS.\n{blank * 4}On Mon, 1 Dec 2025, Bob wrote:\n> an old question"
    assert own_text(text) == "My photo of the ISS."


@pytest.mark.parametrize("blank", [" ", "\t", "\u00a0"])
def test_an_indented_sign_off_is_still_a_sign_off(blank: str) -> None:
    assert SIGN_OFF.match(f"{blank * 6}Best regards,")
    assert not SIGN_OFF.match(f"{blank * 6}The regards of the club were kind, and long " * 3)


def test_an_indented_forwarded_header_block_is_still_blanked() -> None:
    block = "  From: Bob <bob@example.org>\n  Date: Mon, 1 Dec 2025\n  Subject: ISS\n"
    assert clean_text(block + "\nMy photo.").split("\n") == ["", "", "", "", "My photo."]


@pytest.mark.parametrize("blank", [" ", "\t", "\u00a0"])
def test_a_long_line_of_blanks_is_read_in_well_under_a_second(blank: str) -> None:
    text = (blank * 20_000 + "Clear skies.\n") * 2 + blank * 300 + "Bob wrote:\n> quoted"
    started = time.process_time()
    kept = without_footers(text)
    assert time.process_time() - started < 0.5
    assert kept.endswith("Clear skies.")
