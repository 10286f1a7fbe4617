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
from ipom_mail.pipeline.fields.words import month_names
from ipom_mail.pipeline.fields.weekday_words import weekday_names
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


WORKER_PROBE = """
import json, sys
from pathlib import Path
from ipom_mail.config import load_or_default
from ipom_mail.pipeline.bounded import _warm_up_message
from ipom_mail.pipeline.stages import check_message
config = load_or_default(Path("absent.toml"))
statuses = [check_message(_warm_up_message(), config).verdict.status]
statuses.append(check_message(sys.argv[1].encode(), config).verdict.status)
numpy = "numpy" in sys.modules  # after the warm-up and a mail in English
statuses += [check_message(raw.encode(), config).verdict.status for raw in sys.argv[2:]]
loaded = len(getattr(sys.modules.get("babel.localedata"), "_cache", {}))
print(json.dumps([statuses, loaded, numpy]))
"""

SUBMISSIONS = (
    "From: Ana <ana@example.org>\nSubject: ISS pass\n\nTime/date (UT): 2024-05-03 21:14:10 UT\n"
    "Equipment: Celestron EdgeHD 8, ZWO ASI462MC\n",
    "From: Jan <jan@example.de>\nSubject: ISS Transit\n\nAufnahme am Freitag, 3. Mai 2024 "
    "um 21:14 Uhr MESZ in Berlin.\nKamera: Nikon Z6\n\nViele Grüße\nJan\n",
    "From: Zoé <zoe@example.fr>\nSubject: Passage ISS\n\nPhoto prise le 3 mai 2024 à 23h14 "
    "(heure de Paris), vendredi.\nMatériel : Canon EOS R6\n\nCordialement,\nZoé\n",
    # dated by a relative day against the Date header: "last night", "gisteren"
    "From: Ann <ann@example.com>\nDate: Sat, 04 May 2024 10:00:00 +0000\nSubject: ISS\n\n"
    "I took this last night at 21:14 UTC from Leeds.\nCamera: Nikon Z6\n",
    "From: Piet <piet@example.nl>\nDate: Sat, 04 May 2024 10:00:00 +0200\nSubject: ISS\n\n"
    "Gisteren om 21:14 (Nederlandse tijd) vloog het ISS over Utrecht.\nCamera: Nikon Z6\n",
)


def worker_probe(cache: Path) -> tuple[list[str], int, bool]:
    """In a new process, as a pipeline worker: the warm-up and five plain submissions read;
    their statuses, the Babel locales loaded, whether numpy was imported by the warm-up and
    the mail in English (a text asking its language loads the model)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", WORKER_PROBE, *SUBMISSIONS],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    statuses, loaded, numpy = json.loads(done.stdout)
    return list(statuses), int(loaded), bool(numpy)


def kept_files(cache: Path) -> list[Path]:
    return sorted((cache / "ipom-mail").glob("tables-*/*.bin"))


def test_a_second_process_reads_the_tables_without_babel_and_they_are_the_same(
    tmp_path: Path,
) -> None:
    built = probe(tmp_path)
    assert kept_files(tmp_path)
    read = min(probe(tmp_path), probe(tmp_path))  # the quicker of two: a busy machine's noise
    assert read[2] == built[2]
    assert built[1] > 10 and read[1] == 0  # fifty locales loaded the first time, none after
    assert read[0] < built[0] * 0.8  # the imports of the readers stay: about 0.8 s of 1.3


def test_a_worker_reads_plain_submissions_without_babel_data_or_the_language_model(
    tmp_path: Path,
) -> None:
    """Every table a plain submission needs in English, German, French or Dutch, dated by its
    own words or by "last night" against its Date header, is kept per machine (seventy
    locales of Babel's data are 50 MB of a worker), and the language model's numpy is not
    loaded for a mail in English."""
    first = worker_probe(tmp_path)
    statuses, loaded, numpy = worker_probe(tmp_path)
    assert statuses == first[0] and len(statuses) == 1 + len(SUBMISSIONS)
    assert loaded == 0
    assert not numpy


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
