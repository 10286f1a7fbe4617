"""Invariant 8, bounded work: a small hostile mail is checked in seconds whatever its shape.

Each shape is about 1 MB and was quadratic (seconds to minutes) before. The cap
is absolute, for `ipom check` as a user runs it, with a wide margin for a
shared machine: every shape takes well under a second where the code is linear.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipom_mail.cli import cli

SECONDS = 5.0
SIZE = 1_000_000
HEAD = (
    b"From: Alice <alice@example.org>\r\n"
    b"To: ipom@example.org\r\n"
    b"Date: Mon, 1 Dec 2025 10:00:00 +0000\r\n"
    b"Message-ID: <bounds@example.org>\r\n"
)


def folded(unit: bytes, per_line: int = 10) -> bytes:
    """`unit` repeated to about SIZE bytes, folded into header continuation lines."""
    line = unit * per_line
    return b"\r\n ".join([line] * (SIZE // len(line)))


def message(headers: bytes = b"Subject: photo\r\n", body: bytes = b"Photo attached.\r\n") -> bytes:
    return HEAD + headers + b"\r\n" + body


def encoded_word_subject() -> bytes:
    return message(b"Subject: " + folded(b"=?utf-8?q?caf=C3=A9?= ") + b"\r\n")


def unclosed_encoded_words() -> bytes:
    return message(b"Subject: " + folded(b"=?utf-8?q?a ") + b"\r\n")


def huge_from() -> bytes:
    raw = message()
    return raw.replace(b"From: Alice <alice@example.org>", b"From: " + folded(b"a@b.example, "))


def begin_lines() -> bytes:
    return message(body=b"begin 644 photo.jpg\r\n" * (SIZE // 21))


def encoded_word_filename() -> bytes:
    body = (
        b"--b\r\nContent-Type: text/plain\r\n\r\nPhoto attached.\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="'
        + folded(b"=?utf-8?q?caf=C3=A9?= ")
        + b'"\r\n\r\nabc\r\n--b--\r\n'
    )
    headers = (
        b'Subject: photo\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n'
    )
    return message(headers, body)


def many_parameters() -> bytes:
    return message(b"Subject: photo\r\nContent-Type: text/plain; " + folded(b"a=1; ") + b"\r\n")


def a_line_of_dots() -> bytes:
    return message(body=b"." * SIZE)


def numbered_sentences() -> bytes:
    return message(body=b"1. A " * (SIZE // 5))


def many_tiny_parts() -> bytes:
    part = b"--b\r\nContent-Type: application/octet-stream\r\n\r\nab\r\n"
    headers = (
        b"Subject: photo\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n"
    )
    return message(headers, part * (SIZE // len(part)) + b"--b--\r\n")


SHAPES: dict[str, Callable[[], bytes]] = {
    "encoded-word Subject": encoded_word_subject,
    "unclosed encoded words": unclosed_encoded_words,
    "From with a huge address list": huge_from,
    "begin lines with no end": begin_lines,
    "encoded-word attachment name": encoded_word_filename,
    "Content-Type with many parameters": many_parameters,
    "a line of dots": a_line_of_dots,
    "numbered sentences": numbered_sentences,
    "many tiny parts": many_tiny_parts,
}


def timed_check(path: Path) -> tuple[float, dict]:  # type: ignore[type-arg]
    started = time.monotonic()
    done = CliRunner().invoke(cli, ["check", str(path), "--json"], catch_exceptions=False)
    elapsed = time.monotonic() - started
    assert done.exit_code == 0, done.output
    return elapsed, json.loads(done.output)


@pytest.mark.parametrize("shape", SHAPES)
def test_each_hostile_shape_of_1_mb_is_checked_within_five_seconds(
    shape: str, tmp_path: Path
) -> None:
    raw = SHAPES[shape]()
    assert 0.9 * SIZE < len(raw) < 1.2 * SIZE
    path = tmp_path / "hostile.eml"
    path.write_bytes(raw)
    elapsed, data = timed_check(path)
    assert elapsed <= SECONDS, f"{shape}: {elapsed:.1f} s"
    assert data["status"] in ("incomplete", "ignored", "rejected")


def test_a_huge_encoded_subject_is_read_from_its_start_and_noted_as_cut(tmp_path: Path) -> None:
    path = tmp_path / "subject.eml"
    path.write_bytes(encoded_word_subject())
    _, data = timed_check(path)
    assert data["subject"].startswith("cafécafécafé")
    assert any("Subject header is" in n and "only its first" in n for n in data["notes"])


def test_a_from_of_many_addresses_keeps_the_first_and_says_the_rest_was_not_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "from.eml"
    path.write_bytes(huge_from())
    _, data = timed_check(path)
    assert data["sender"] == "a@b.example"
    assert any("From header lists more than 100 addresses" in n for n in data["notes"])


def test_begin_lines_with_no_end_stay_text_and_make_no_attachment(tmp_path: Path) -> None:
    path = tmp_path / "begin.eml"
    path.write_bytes(begin_lines())
    _, data = timed_check(path)
    assert data["media"] == []
    assert not any("uuencoded" in n for n in data["notes"])


def test_parts_beyond_a_thousand_are_not_read_and_the_notes_say_so(tmp_path: Path) -> None:
    path = tmp_path / "parts.eml"
    path.write_bytes(many_tiny_parts())
    _, data = timed_check(path)
    assert len(data["media"]) < 1000
    assert "the message has more than 1000 parts; the rest were not read" in data["notes"]
