"""Where `ipom` finds its config: --config before or after the command, and clear words when it is not there."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ipom_mail.cli import cli
from tests.cli.test_errors import CONFIG


def ipom(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env={"IPOM_CONFIG": "", **(env or {})})


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "etc" / "ipom.toml"
    path.parent.mkdir()
    path.write_text(CONFIG.format(data=tmp_path / "data"), encoding="utf-8")
    done = ipom("--config", str(path), "init")
    assert done.exit_code == 0, done.output
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("--config", "{path}", "queue"),
        ("queue", "--config", "{path}"),
        ("queue", "--config={path}"),
        ("replies", "--config", "{path}"),
        ("export", "--month", "2024-05", "--config", "{path}"),
    ],
)
def test_config_is_accepted_before_or_after_the_command_name(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./ipom.toml here: only --config can find it
    done = ipom(*(a.format(path=config) for a in args))
    assert done.exit_code == 0, done.output


def test_a_missing_file_named_by_config_says_so_and_does_not_suggest_init(tmp_path: Path) -> None:
    missing = tmp_path / "etc" / "ipom.toml"
    done = ipom("poll", "--config", str(missing))
    assert done.exit_code == 2
    assert f"{missing}: no such config file (named by --config)" in done.output
    assert "ipom init" not in done.output and done.output.count("\n") == 1


def test_a_missing_file_named_by_the_environment_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "ipom.toml"
    done = ipom("queue", env={"IPOM_CONFIG": str(missing)})
    assert done.exit_code == 2
    assert "(named by $IPOM_CONFIG)" in done.output and "ipom init" not in done.output


def test_no_config_anywhere_says_where_it_looked_and_suggests_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = ipom("queue")
    assert done.exit_code == 2
    for place in ("--config", "$IPOM_CONFIG", "./ipom.toml", "ipom init"):
        assert place in done.output, place


def test_an_unknown_key_suggests_the_closest_known_one(config: Path) -> None:
    config.write_text(
        config.read_text(encoding="utf-8") + "[reply]\nmax_per_huor = 3\n", encoding="utf-8"
    )
    done = ipom("--config", str(config), "queue")
    assert done.exit_code == 2
    assert "unknown key 'max_per_huor' in [reply]; did you mean 'max_per_hour'?" in done.output


def test_doctor_names_the_missing_config_the_same_way(tmp_path: Path) -> None:
    missing = tmp_path / "etc" / "ipom.toml"
    done = ipom("doctor", "--config", str(missing))
    assert done.exit_code == 1
    first = done.output.splitlines()[0]
    assert first.startswith("FAIL  config: ") and "(named by --config)" in first
    assert "ipom init" not in first
