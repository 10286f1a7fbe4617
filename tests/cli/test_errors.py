"""What a user sees when a command cannot do its job, and `ipom check` on files that are no email.

Each command runs through the real console entry point (`main`) in-process,
so the one-line-error promise is checked exactly as the shell shows it.
"""

from __future__ import annotations

import json
import mailbox
import os
import shutil
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image

from ipom_mail.cli import main

CONFIG = """\
[imap]
host = "localhost"
security = "none"
port = 1
username = "ipom@example.org"
[smtp]
host = "localhost"
security = "none"
port = 1
from = "IPOM <ipom@example.org>"
[storage]
path = "{data}"
"""


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):  # type: ignore[no-untyped-def]
    """(exit code, stdout, stderr) of `ipom ARGS` as the console script runs it."""
    monkeypatch.setattr(sys, "argv", ["ipom", *args])
    with pytest.raises(SystemExit) as done:
        main()
    out, err = capsys.readouterr()
    return done.value.code, out, err


@pytest.fixture
def config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """An initialised, empty installation; returns its config file."""
    path = tmp_path / "ipom.toml"
    path.write_text(CONFIG.format(data=tmp_path / "data"), encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, "--config", str(path), "init")
    assert code == 0, err
    return path


def assert_one_clear_line(err: str, mentions: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("ipom: ")
    assert mentions in lines[0]
    assert "internal error" not in err and "Traceback" not in err


def test_a_gallery_folder_that_cannot_be_made_is_one_clear_line_not_a_crash(
    config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    out_dir = tmp_path / "a-file" / "gallery"
    code, _, err = run(
        monkeypatch, capsys, "--config", str(config), "gallery", "--all", "--out", str(out_dir)
    )
    assert code == 2
    assert_one_clear_line(err, str(out_dir))


def test_a_post_folder_that_cannot_be_made_is_one_clear_line_not_a_crash(
    config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from samples import samples

    (tmp_path / "maria.eml").write_bytes(samples()["01-complete.eml"])
    assert (
        run(monkeypatch, capsys, "--config", str(config), "ingest", str(tmp_path / "maria.eml"))[0]
        == 0
    )
    assert (
        run(monkeypatch, capsys, "--config", str(config), "pick", "1", "--month", "2024-05")[0] == 0
    )
    (tmp_path / "a-file").write_text("not a folder")
    out_dir = tmp_path / "a-file" / "post"
    args = ("--config", str(config), "post", "--month", "2024-05", "--out", str(out_dir))
    code, _, err = run(monkeypatch, capsys, *args)
    assert code == 2
    assert_one_clear_line(err, str(out_dir))


def test_ingest_into_a_storage_folder_it_cannot_write_is_one_clear_line_not_a_crash(
    config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    archive = tmp_path / "data" / "archive"
    if archive.is_dir():
        archive.rmdir()
    archive.write_text("in the way")  # the archive cannot get its sub-folders
    message = tmp_path / "m.eml"
    message.write_bytes(b"From: maria@example.es\r\nSubject: ISS\r\n\r\nHello\r\n")
    code, _, err = run(monkeypatch, capsys, "--config", str(config), "ingest", str(message))
    assert code == 2
    assert_one_clear_line(err, str(archive))


def check_json(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict:  # type: ignore[type-arg]
    monkeypatch.chdir(path.parent)  # no ipom.toml here: check runs on the defaults
    code, out, err = run(monkeypatch, capsys, "check", "--json", str(path))
    assert code == 0, err
    assert err == ""
    data: dict = json.loads(out)  # type: ignore[type-arg]
    return data


@pytest.mark.parametrize("content", [b"", b"\r\n  \n"], ids=["zero-bytes", "blank-lines"])
def test_checking_an_empty_file_says_it_is_not_an_email_and_would_not_reply(
    content: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "empty.eml"
    path.write_bytes(content)
    data = check_json(path, monkeypatch, capsys)
    assert data["status"] == "ignored"
    assert data["reply"]["send"] is False
    assert any("empty" in note for note in data["notes"])


def test_checking_a_jpeg_instead_of_an_eml_reads_no_story_from_its_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "iss.eml"
    Image.new("RGB", (64, 48), (10, 20, 30)).save(path, format="JPEG")
    data = check_json(path, monkeypatch, capsys)
    assert data["status"] == "ignored"
    assert data["fields"]["story"] is None
    assert data["fields"]["taken_at"] is None and data["fields"]["equipment"] == []
    assert any("JPEG" in note for note in data["notes"])


def test_checking_an_mbox_judges_its_first_message_alone_and_says_how_many_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "backlog.mbox"
    box = mailbox.mbox(path)
    for number in range(3):
        msg = EmailMessage()
        msg["From"] = f"photographer{number}@example.org"
        msg["Subject"] = f"ISS pass {number}"
        msg.set_content(f"Pass number {number}, shot with a Celestron EdgeHD 8.")
        box.add(msg)
    box.close()
    data = check_json(path, monkeypatch, capsys)
    assert data["sender"] == "photographer0@example.org"
    assert "Pass number 1" not in (data["fields"]["story"] or "")
    assert any("3 messages" in note for note in data["notes"])


def test_reprocessing_only_unknown_references_is_one_refusal_line(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--config", str(config), "reprocess", "IPOM-1999-0009")
    code, out, err = run(monkeypatch, capsys, *args)
    assert code == 1
    assert out == ""
    assert_one_clear_line(err, "IPOM-1999-0009")


def test_retrying_a_reply_id_that_does_not_exist_is_refused_not_reported_as_done(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(monkeypatch, capsys, "--config", str(config), "replies", "retry", "999")
    assert code == 1
    assert out == ""
    assert_one_clear_line(err, "999")


def test_serve_logs_a_storage_folder_it_cannot_write_as_one_line_without_a_traceback(
    config: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from ipom_mail.config import load
    from ipom_mail.intake.serve import Service
    from ipom_mail.store import open_store

    (tmp_path / "data" / "poll.lock").mkdir()  # the lock file cannot be opened
    loaded = load(config)
    with open_store(loaded) as store:
        service = Service(loaded, store, {"IPOM_IMAP_PASSWORD": "secret"})
        assert service._poll_once() is False
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert errors and all(r.exc_info is None for r in errors)
    assert str(tmp_path / "data" / "poll.lock") in errors[0].getMessage()


def _ipom_with_folder_read_only(
    folder: Path, config: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run `ipom ARGS` while `folder` is read-only for real.

    As root (which file modes do not stop) through a read-only bind mount in a
    mount namespace of its own, so nothing outside the command sees it; as an
    ordinary user by taking the write permission away.
    """
    command = [str(Path(sys.executable).parent / "ipom"), "--config", str(config), *args]
    env = {**os.environ, "IPOM_IMAP_PASSWORD": "secret"}
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
        finally:
            folder.chmod(0o700)
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is needed to mount a folder read-only")
    script = f'mount --bind -o ro "{folder}" "{folder}" && exec "$@"'
    wrapped = ["unshare", "--mount", "sh", "-c", script, "sh", *command]
    done = subprocess.run(wrapped, capture_output=True, text=True, env=env, timeout=60)
    if "mount:" in done.stderr:
        pytest.skip(f"cannot mount read-only here: {done.stderr.strip()}")
    return done


@pytest.mark.parametrize("command", ["status", "poll", "queue"])
def test_a_read_only_storage_folder_is_named_as_such_not_as_an_unreachable_database(
    config: Path, tmp_path: Path, command: str
) -> None:
    done = _ipom_with_folder_read_only(tmp_path / "data", config, command)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert_one_clear_line(done.stderr, f"the storage folder {tmp_path / 'data'} is not writable")
    assert "database server" not in done.stderr and "cannot reach" not in done.stderr


@pytest.mark.parametrize("command", ["init", "status", "poll"])
def test_a_storage_path_that_is_a_file_is_named_as_a_file_not_as_missing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    path = tmp_path / "ipom.toml"
    path.write_text(CONFIG.format(data=tmp_path / "data"), encoding="utf-8")
    (tmp_path / "data").write_text("a file where the storage folder should be")
    code, _, err = run(monkeypatch, capsys, "--config", str(path), command)
    assert code == 2
    assert_one_clear_line(err, f"the storage path {tmp_path / 'data'} is a file, not a folder")
    assert "does not exist" not in err
