"""`ipom backup`: a copy a restore brings back exactly, following the steps it writes down."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

IPOM = str(Path(sys.executable).parent / "ipom")


def ipom(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [IPOM, "--config", str(config), *args], capture_output=True, text=True, timeout=120
    )


def files_under(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "archive" in p.parts
    }


def install(tmp_path: Path, database_url: str) -> Path:
    """An installation with a sample submission ingested."""
    from samples import samples

    config = tmp_path / "ipom.toml"
    config.write_text(
        f'[storage]\npath = "{tmp_path / "data"}"\ndatabase_url = "{database_url}"\n'
        "[reply]\nenabled = false\n"
    )
    assert ipom(config, "init").returncode == 0
    mail = tmp_path / "mail"
    mail.mkdir()
    for name, raw in list(samples().items())[:1]:
        (mail / name).write_bytes(raw)
    assert ipom(config, "ingest", str(mail)).returncode in (0, 1)
    return config


@pytest.fixture
def installed(tmp_path: Path, database_url: str) -> Path:
    return install(tmp_path, database_url)


def test_a_sqlite_backup_restored_as_documented_gives_back_the_same_queue(tmp_path: Path) -> None:
    installed = install(tmp_path, "")  # the default: SQLite inside the storage folder
    data = tmp_path / "data"
    before_queue = ipom(installed, "export", "--json").stdout or ipom(installed, "queue").stdout
    before_files = files_under(data)
    dest = tmp_path / "backups" / "b1"
    made = ipom(installed, "backup", str(dest))
    assert made.returncode == 0, made.stderr
    assert "SQLite snapshot" in made.stdout
    shutil.rmtree(data)  # the disaster
    steps = (dest / "RESTORE.txt").read_text()
    script = "\n".join(line for line in steps.splitlines() if not line.startswith("ipom "))
    subprocess.run(["sh", "-e", "-c", f"mkdir -p {data}\n{script}"], check=True)
    assert files_under(data) == before_files
    after_queue = ipom(installed, "export", "--json").stdout or ipom(installed, "queue").stdout
    assert after_queue == before_queue and after_queue.strip()
    status = json.loads(ipom(installed, "status", "--json").stdout)
    assert status["waiting"] > 0


def test_a_backup_never_writes_into_a_folder_that_holds_files(
    installed: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "full"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    done = ipom(installed, "backup", str(dest))
    assert done.returncode == 2
    assert "not an empty folder" in done.stderr
    assert [p.name for p in dest.iterdir()] == ["keep.txt"]


@pytest.mark.postgres
def test_a_postgresql_backup_prints_a_pg_dump_line_that_works(
    tmp_path: Path, postgres_url: str
) -> None:
    installed = install(tmp_path, postgres_url)
    if shutil.which("pg_dump") is None:
        message = "pg_dump is not installed (Debian: postgresql-client)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    dest = tmp_path / "b2"
    made = ipom(installed, "backup", str(dest))
    assert made.returncode == 0, made.stderr
    line = next(x.strip() for x in made.stdout.splitlines() if x.strip().startswith("pg_dump"))
    subprocess.run(["sh", "-e", "-c", line], check=True, capture_output=True)
    assert (dest / "ipom.pgdump").stat().st_size > 0
    assert files_under(dest / "storage") == files_under(tmp_path / "data")
    assert "pg_restore" in (dest / "RESTORE.txt").read_text()


@pytest.mark.postgres
def test_printed_postgresql_lines_hold_no_password_not_even_masked_and_still_run(
    tmp_path: Path, postgres_url: str
) -> None:
    secret = "s3cret-Pa55"
    with_password = postgres_url.replace("//postgres@", f"//postgres:{secret}@")
    installed = install(tmp_path, with_password)
    dest = tmp_path / "b3"
    made = ipom(installed, "backup", str(dest))
    assert made.returncode == 0, made.stderr
    restore = (dest / "RESTORE.txt").read_text()
    for text in (made.stdout, restore):
        assert secret not in text and "***" not in text and "postgres@" in text
    assert "PGPASSWORD" in made.stdout and "PGPASSWORD" in restore
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed (Debian: postgresql-client)")
    line = next(x.strip() for x in made.stdout.splitlines() if x.strip().startswith("pg_dump"))
    subprocess.run(["sh", "-e", "-c", line], check=True, capture_output=True)  # trust auth
    assert (dest / "ipom.pgdump").stat().st_size > 0
