"""The text read while the photo decodes (fields.read_ahead) gives the fields read after it.

check_message hands the files to the decoder processes, reads the text meanwhile, and
extract_fields then finds the readers' answers remembered. What the curator sees must be
what reading in order gives, for every kind of mail of the evaluation set.
"""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline import fields as fields_stage
from ipom_mail.pipeline.fields import dating, equipment, extract_fields, read_ahead, story, taken_at
from ipom_mail.pipeline.media import extract_media
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import DateStyle
from tests import corpus
from tests.pipeline.evaluation_scoring import build_raw, load_cases

CONFIG = Config()
SAMPLE = load_cases()[::3]  # a third of the set: every language and shape of mail in it


def _forget() -> None:
    """Every remembered answer dropped: the next read is a first read."""
    for reader in (
        taken_at._read_once,
        equipment._text_items,
        story.find_story,
        dating.written_styles,
        fields_stage._place,
    ):
        reader.cache_clear()


@pytest.mark.parametrize("case", SAMPLE, ids=[f"{c['file']}-{c['id']}" for c in SAMPLE])
def test_fields_read_ahead_are_the_fields_read_in_order(case: dict[str, Any]) -> None:
    if "eml" in case or "attach" in case:
        corpus.require()
    parsed = parse_message(build_raw(case))
    media = extract_media(parsed.parts, CONFIG.limits)
    _forget()
    in_order = extract_fields(parsed, media, CONFIG)
    _forget()
    read_ahead(parsed)
    assert extract_fields(parsed, media, CONFIG) == in_order


def test_a_sender_s_date_styles_read_ahead_settle_the_date_as_in_order() -> None:
    msg = EmailMessage()
    msg["From"] = "Ana <ana@example.org>"
    msg["Subject"] = "ISS"
    msg["Date"] = "Mon, 10 Jun 2024 10:00:00 +0000"
    msg.set_content("Taken 04/11/2023 at 21:34 UT with a Canon EOS R6.\n")
    parsed = parse_message(msg.as_bytes())
    media = extract_media((), CONFIG.limits)
    styles = (DateStyle("/", "mdy", "12/25/2022"),)
    _forget()
    read_ahead(parsed)  # without the styles: read ahead for nothing, the answer is not mixed up
    with_styles = extract_fields(parsed, media, CONFIG, sender_dates=styles)
    _forget()
    assert with_styles == extract_fields(parsed, media, CONFIG, sender_dates=styles)
    assert with_styles.taken_at is not None and with_styles.taken_at.month == 4


def test_a_reader_failing_ahead_does_not_fail_mail_the_stage_does_not_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An auto-reply is ignored before its story is read: a story reader that would fail on
    it, run ahead, must not turn it into a failed message."""
    msg = EmailMessage()
    msg["From"] = "Ana <ana@example.org>"
    msg["Subject"] = "Out of office: ISS"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content("I am away until Monday.\n")

    def broken(*args: object) -> None:
        raise RuntimeError("a reader that fails on this text")

    _forget()
    monkeypatch.setattr(fields_stage, "find_story", broken)
    result = check_message(msg.as_bytes(), CONFIG)
    assert result.verdict.status == "ignored"


def test_mail_with_no_file_to_decode_is_not_read_ahead() -> None:
    """Reading ahead only pays while files decode: a newsletter with no file must not have
    its long text read by readers the stage then never asks (in the corpus that made
    `ipom check` five times slower)."""
    msg = EmailMessage()
    msg["From"] = "Club News <news@example.org>"
    msg["Subject"] = "Astronomy club newsletter, December"
    msg["List-Id"] = "<news.example.org>"
    msg.set_content("Our December meeting is on Friday 12 Dec at 19:30.\n" * 50)
    _forget()
    result = check_message(msg.as_bytes(), CONFIG)
    assert result.fields.taken_at is None
    assert story.find_story.cache_info().misses == 0
    assert taken_at._read_once.cache_info().misses == 0
