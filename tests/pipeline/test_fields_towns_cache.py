"""The towns index is built once per machine, then read from the user's cache folder:
every later process answers the same, and a missing, damaged or unwritable cache only
means building it again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ipom_mail.pipeline.fields import towns, towns_cache

# A town in each script the index holds, and words that are no town
ASKED = ("Zadar", "Smolyan", "Београд", "仙台", "부산", "Ljubljana", "Telescope", "Westkapelle")
PROBE = f"""
import time
from ipom_mail.pipeline.fields.towns import _towns, is_town
started = time.process_time()
count = _towns().count
print(round(time.process_time() - started, 3), count, [is_town(n) for n in {ASKED!r}])
"""


def probe(cache: Path) -> tuple[float, int, str]:
    """In a new process: the CPU seconds the index took, its size, and the answers."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
    )
    seconds, count, answers = done.stdout.split(" ", 2)
    return float(seconds), int(count), answers.strip()


def test_the_second_process_reads_the_index_from_the_cache_and_answers_the_same(
    tmp_path: Path,
) -> None:
    built = probe(tmp_path)
    assert list((tmp_path / "ipom-mail").glob("towns-*.bin"))
    read = probe(tmp_path)
    assert (read[1], read[2]) == (built[1], built[2]) and built[1] > 100_000
    assert read[0] < built[0] / 3  # milliseconds against a second and more


def test_a_damaged_cache_file_is_built_again_and_answers_the_same(tmp_path: Path) -> None:
    _, count, answers = probe(tmp_path)
    (kept,) = (tmp_path / "ipom-mail").glob("towns-*.bin")
    kept.write_bytes(kept.read_bytes()[: kept.stat().st_size // 2])  # a disk that filled up
    assert probe(tmp_path)[1:] == (count, answers)
    assert probe(tmp_path)[1:] == (count, answers)  # and it was written whole again


def test_a_cache_folder_that_cannot_be_written_still_gives_every_town(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    towns._towns.cache_clear()
    try:
        assert towns.is_town("Zadar") and not towns.is_town("Telescope")
    finally:
        towns._towns.cache_clear()
    assert towns_cache.read(towns_cache.cache_key(b"any code")) is None


def test_a_change_to_the_reader_names_a_new_cache_file() -> None:
    code = Path(towns.__file__).read_bytes()
    assert towns_cache.cache_key(code) == towns_cache.cache_key(code)
    assert towns_cache.cache_key(code + b"\n# changed") != towns_cache.cache_key(code)
