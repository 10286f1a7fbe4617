"""The word tables built from CLDR and num2words are built once per machine, then read
from the user's cache folder: a later process answers the same without loading Babel's
locale data, and a damaged or unwritable cache only means building them again."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

PROBE = """
import hashlib, json, sys, time
started = time.process_time()
from ipom_mail.pipeline.fields.words import month_names, weekday_names
from ipom_mail.pipeline.fields.zone_names import cjk_names
from ipom_mail.pipeline.fields.spelled_dates import _words
tables = (month_names(), weekday_names(), cjk_names(), _words())
seconds = time.process_time() - started
loaded = len(getattr(sys.modules.get("babel.localedata"), "_cache", {}))
def canonical(value):
    if isinstance(value, dict):
        return sorted((repr(k), canonical(v)) for k, v in value.items())
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    if isinstance(value, (tuple, list)):
        return [canonical(v) for v in value]
    return repr(value)
text = repr(canonical(tables))
print(json.dumps([seconds, loaded, hashlib.sha256(text.encode()).hexdigest()]))
"""


def probe(cache: Path) -> tuple[float, int, str]:
    """In a new process: CPU seconds for the tables, Babel locales loaded, their digest."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
    )
    seconds, loaded, digest = json.loads(done.stdout)
    return float(seconds), int(loaded), str(digest)


def kept_files(cache: Path) -> list[Path]:
    return sorted((cache / "ipom-mail").glob("tables-*/*.bin"))


def test_a_second_process_reads_the_tables_without_babel_and_they_are_the_same(
    tmp_path: Path,
) -> None:
    built = probe(tmp_path)
    assert kept_files(tmp_path)
    read = probe(tmp_path)
    assert read[2] == built[2]
    assert built[1] > 10 and read[1] == 0  # fifty locales loaded the first time, none after
    assert read[0] < built[0] * 0.8  # the imports of the readers stay: about 0.8 s of 1.3


def test_a_damaged_table_file_is_built_again_and_gives_the_same_tables(tmp_path: Path) -> None:
    digest = probe(tmp_path)[2]
    for kept in kept_files(tmp_path):
        data = kept.read_bytes()
        kept.write_bytes(data[: len(data) // 2])  # a disk that filled up
    damaged = kept_files(tmp_path)[0]
    damaged.write_bytes(b"ipom-table-1\n" + hashlib.sha256(b"x").digest() + b"x")  # a bad sum
    assert probe(tmp_path)[2] == digest
    after = probe(tmp_path)  # and they were written whole again
    assert after[2] == digest and after[1] == 0


def test_a_cache_folder_that_cannot_be_written_still_gives_every_table(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    wanted = probe(tmp_path / "fresh")[2]
    assert probe(blocked)[2] == wanted


def test_tables_other_code_left_for_a_week_are_removed_and_recent_ones_kept(
    tmp_path: Path,
) -> None:
    old, recent = (tmp_path / "ipom-mail" / f"tables-{n:024d}" for n in (1, 2))
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "x.bin").write_bytes(b"another version's")
    month_ago = time.time() - 30 * 24 * 3600
    os.utime(old, (month_ago, month_ago))
    probe(tmp_path)
    assert not old.exists() and recent.exists() and kept_files(tmp_path)
