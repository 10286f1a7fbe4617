"""`ipom check`: the JSON contract over every real email, as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ipom_mail.cli import cli
from tests import corpus

IPOM = str(Path(sys.executable).parent / "ipom")
EMAILS = corpus.emails()
CONTRACT_KEYS = {
    "message_id",
    "sender",
    "subject",
    "status",
    "missing",
    "fields",
    "media",
    "links",
    "reply",
    "notes",
    "pass_check",
}
FIELD_KEYS = {
    "taken_at",
    "taken_at_source",
    "taken_date",
    "taken_until",
    "photographer",
    "equipment",
    "flyby",
    "story",
    "location",
    "gps",
}
MEDIA_KEYS = {
    "filename",
    "sha256",
    "size",
    "kind",
    "mime",
    "width",
    "height",
    "frames",
    "duration_s",
    "camera",
    "lens",
    "taken_at",
    "problem",
}


def check_json(path: Path) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(cli, ["check", str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


@corpus.each(EMAILS)
def test_every_corpus_email_gives_one_json_object_in_the_contract_shape(
    entry: corpus.Entry,
) -> None:
    data = check_json(entry.path)
    assert set(data) == CONTRACT_KEYS
    assert set(data["fields"]) == FIELD_KEYS
    assert data["status"] in ("complete", "incomplete", "rejected", "ignored")
    assert set(data["missing"]) <= {"photo", "taken_at", "equipment"}
    assert isinstance(data["reply"]["send"], bool) and data["reply"]["reason"]
    for item in data["media"]:
        assert set(item) == MEDIA_KEYS
        assert item["kind"] in ("photo", "animation", "other")
        if item["problem"] is not None:
            assert item["kind"] == "other"
            assert (
                any(item["filename"] and item["filename"] in n for n in data["notes"])
                or data["notes"]
            )


ATTACHED = [e for e in EMAILS if corpus.expected_parts(e)]


@corpus.each(ATTACHED)
def test_listed_attachments_appear_in_media_with_their_names_and_sizes(entry: corpus.Entry) -> None:
    from ipom_mail.pipeline.parse.textcodec import decode_header_value

    data = check_json(entry.path)
    expected = corpus.expected_parts(entry) or []
    media = [(m["filename"], m["size"]) for m in data["media"]]
    for part in expected:
        # media shows a safe display name: the sender's folders (C:\TEMP\…) are dropped
        name = re.split(r"[\\/]", decode_header_value(part.name))[-1]
        assert any(corpus.names_match(name, f) and s == part.size for f, s in media), (name, media)


@corpus.each(EMAILS)
def test_no_message_gains_a_photo_it_does_not_carry(entry: corpus.Entry) -> None:
    data = check_json(entry.path)
    expected = corpus.expected_parts(entry)
    photos = [m for m in data["media"] if m["kind"] != "other"]
    if expected is not None:
        image_parts = [
            p
            for p in expected
            if p.declared_type.startswith("image/") or "octet-stream" in p.declared_type
        ]
        assert len(photos) <= len(image_parts)
    for photo in photos:
        assert photo["width"] and photo["height"] and photo["mime"].startswith(("image/", "video/"))


def test_a_missing_file_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [IPOM, "check", str(tmp_path / "nope.eml")], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip() == f"ipom: {tmp_path / 'nope.eml'}: no such file"


def test_a_folder_instead_of_a_file_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    proc = subprocess.run([IPOM, "check", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_an_unreadable_file_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "locked.eml"
    path.write_bytes(b"From: a@example.org\n\nhi\n")
    path.chmod(0)
    proc = subprocess.run(
        ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", IPOM, "check", str(path)]
        if sys.platform == "linux"
        and Path("/usr/bin/setpriv").exists()
        and __import__("os").getuid() == 0
        else [IPOM, "check", str(path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2, proc.stderr
    assert "cannot read" in proc.stderr or "Permission denied" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_check_runs_as_a_real_command_on_a_sample_submission(tmp_path: Path) -> None:
    from samples import samples

    path = tmp_path / "complete.eml"
    path.write_bytes(samples()["01-complete.eml"])
    proc = subprocess.run([IPOM, "check", str(path), "--json"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    assert data["sender"] == "maria@example.es"
    assert [m["filename"] for m in data["media"]] == ["iss-madrid.jpg"]
    assert data["media"][0]["kind"] == "photo" and data["media"][0]["camera"] == "Canon EOS 6D"


def test_the_summary_without_json_names_the_status_and_what_is_missing(tmp_path: Path) -> None:
    from samples import samples

    path = tmp_path / "incomplete.eml"
    path.write_bytes(samples()["02-incomplete.eml"])
    result = CliRunner().invoke(cli, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "incomplete" in result.stdout
    assert "missing" in result.stdout and "taken_at" in result.stdout


def test_sender_markup_in_the_summary_is_shown_as_text(tmp_path: Path) -> None:
    raw = b"From: [bold red]x[/] <a@example.org>\nSubject: [link=file:///etc]hi[/link]\n\nhello\n"
    path = tmp_path / "markup.eml"
    path.write_bytes(raw)
    result = CliRunner().invoke(cli, ["check", str(path)], catch_exceptions=False)
    assert "[link=file:///etc]hi[/link]" in result.stdout


def test_help_lists_check_with_an_example() -> None:
    proc = subprocess.run([IPOM, "check", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert "Example" in proc.stdout and "ipom check" in proc.stdout
