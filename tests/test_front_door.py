"""The package's front door: what a script calls, and that importing it costs nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import ipom_mail
from ipom_mail.config import ConfigError
from ipom_mail.store import StoreError
from tests.mailkit import email


def _submission() -> bytes:
    return email(
        sender="Maria López <maria@example.es>",
        subject="ISS pass",
        body="ISS at 2024-05-14 21:34:10 UTC. Equipment: Nikon D850, Nikkor 500mm f/5.6.",
        date="Tue, 14 May 2024 22:10:00 +0200",
    )


def test_a_script_checks_a_message_and_reads_the_json_contract() -> None:
    result = ipom_mail.check_message(_submission(), ipom_mail.load_config(None))
    data = ipom_mail.to_json(result)
    assert data["fields"]["taken_at"] == "2024-05-14T21:34:10Z"
    assert data["missing"] == ["photo"]


def test_a_config_file_with_a_mistake_is_refused_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "ipom.toml"
    path.write_text("[imap\nhost = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        ipom_mail.load_config(path)


def test_opening_a_store_that_was_never_set_up_says_to_run_init(tmp_path: Path) -> None:
    path = tmp_path / "ipom.toml"
    path.write_text(f'[storage]\npath = "{tmp_path / "data"}"\n', encoding="utf-8")
    with pytest.raises(StoreError, match="ipom init"):
        ipom_mail.open_store(ipom_mail.load_config(path))


def test_importing_the_package_loads_no_stage_and_no_database_library() -> None:
    code = (
        "import sys, ipom_mail; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'ipom_mail.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
