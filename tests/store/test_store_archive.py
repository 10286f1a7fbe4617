"""The storage folder: files by sha256, complete or absent, never named by the sender."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ipom_mail.store import Archive
from ipom_mail.store.archive import TEMP_PREFIX


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_a_raw_message_is_stored_sharded_by_its_hash_with_the_same_bytes(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    data = b"From: a@example.org\r\nSubject: ISS\r\n\r\nhello\r\n"
    sha = archive.put_raw(data)
    assert sha == hashlib.sha256(data).hexdigest()
    path = tmp_path / "archive" / sha[:2] / f"{sha}.eml"
    assert path.read_bytes() == data
    assert archive.read_raw(sha) == data
    assert _all_files(tmp_path) == [path]


def test_writing_the_same_bytes_twice_keeps_one_file_and_no_temp_files(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    for _ in range(3):
        archive.put_raw(b"same message")
        archive.put_media(b"same photo", "image/jpeg")
    names = [p.name for p in _all_files(tmp_path)]
    assert len(names) == 2
    assert not [n for n in names if n.startswith(TEMP_PREFIX)]


def test_a_batch_writes_its_files_in_helper_threads_each_once_all_in_place_at_sync(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path, grouped=True)
    photos = [os.urandom(300_000) for _ in range(6)]
    for photo in photos + photos:  # a photo sent twice in one batch is written once
        archive.put_media(photo, "image/jpeg")
    sha = archive.put_raw(b"a message")
    archive.sync_folders()  # the batch may commit once this returns
    assert archive.read_raw(sha) == b"a message"
    files = _all_files(tmp_path)
    assert len(files) == 7 and not [p for p in files if p.name.startswith(TEMP_PREFIX)]
    assert sorted(p.read_bytes() for p in files if p.suffix == ".jpg") == sorted(photos)
    archive.close()


def test_a_media_file_is_named_by_hash_and_sniffed_type_never_by_the_sender(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path)
    sha = archive.put_media(b"\x89PNG fake but typed", "image/png")
    odd = archive.put_media(b"who knows", "application/x-evil; name=../../x.sh")
    assert (tmp_path / "media" / f"{sha}.png").is_file()
    assert (tmp_path / "media" / f"{odd}.bin").is_file()


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ab/../../x", "", "A" * 64, "/etc/passwd"])
def test_a_name_that_is_not_a_sha256_never_becomes_a_path(tmp_path: Path, bad: str) -> None:
    archive = Archive(tmp_path / "data")
    with pytest.raises(ValueError, match="not a sha256"):
        archive.raw_path(bad)
    with pytest.raises(ValueError, match="not a sha256"):
        archive.media_path(bad, "image/jpeg")
    assert not (tmp_path / "data").exists()


def test_reading_a_message_that_was_never_archived_gives_none(tmp_path: Path) -> None:
    assert Archive(tmp_path).read_raw("0" * 64) is None


def test_temp_files_left_by_a_crash_are_swept_once_stale(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    sha = archive.put_raw(b"kept")
    shard = archive.raw_path(sha).parent
    stale, fresh = shard / f"{TEMP_PREFIX}old.part", shard / f"{TEMP_PREFIX}new.part"
    stale.write_bytes(b"half a mess")
    fresh.write_bytes(b"being written now")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    assert archive.sweep_temp() == 1
    assert not stale.exists()
    assert fresh.exists()
    assert archive.read_raw(sha) == b"kept"


WRITER = """
import os, sys
from pathlib import Path
from ipom_mail.store import Archive
archive = Archive(Path(sys.argv[1]))
print("ready", flush=True)
i = 0
while True:
    archive.put_raw(os.urandom(64) * 16384)  # 1 MiB, a new name every time
    i += 1
"""


def test_a_process_killed_mid_write_leaves_only_complete_files(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(0.4)
        child.send_signal(signal.SIGKILL)
        child.wait()
    stored = [p for p in _all_files(tmp_path) if not p.name.startswith(TEMP_PREFIX)]
    assert stored, "the writer stored nothing before it was killed"
    for path in stored:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.stem
        assert path.stat().st_size == 64 * 16384
