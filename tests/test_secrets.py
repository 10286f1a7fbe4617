"""Secrets come from a file, a command or the environment — and never leak into errors."""

from __future__ import annotations

import logging
import shlex
import sys
from pathlib import Path

import pytest

from ipom_mail import secrets
from ipom_mail.config import ImapConfig
from ipom_mail.secrets import SecretError, imap_credentials, resolve_secret

WHAT = "[imap] password"


def python_command(code: str) -> str:
    """A command line running `code` with this Python (no shell involved)."""
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(code)}"


def secret_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "secret"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def test_file_wins_over_command_and_env(tmp_path: Path) -> None:
    path = secret_file(tmp_path, "from-file\n")
    got = resolve_secret("PW", str(path), python_command("print('cmd')"), {"PW": "env"}, WHAT)
    assert got == "from-file"


def test_command_wins_over_env() -> None:
    got = resolve_secret("PW", "", python_command("print('from-cmd')"), {"PW": "env"}, WHAT)
    assert got == "from-cmd"


def test_env_is_used_when_it_is_the_only_source() -> None:
    assert resolve_secret("PW", "", "", {"PW": "from-env"}, WHAT) == "from-env"


def test_unset_env_variable_is_named_with_the_fix() -> None:
    with pytest.raises(SecretError, match="IPOM_IMAP_PASSWORD is not set") as err:
        resolve_secret("IPOM_IMAP_PASSWORD", "", "", {"OTHER": "x"}, WHAT)
    assert "[imap] password" in str(err.value)
    assert "export IPOM_IMAP_PASSWORD" in str(err.value)


def test_no_source_at_all_is_an_error() -> None:
    with pytest.raises(SecretError, match="no source"):
        resolve_secret("", "", "", {}, WHAT)


def test_file_loses_only_its_trailing_newline(tmp_path: Path) -> None:
    path = secret_file(tmp_path, " pass word \r\n")
    assert resolve_secret("", str(path), "", {}, WHAT) == " pass word "


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nope"
    with pytest.raises(SecretError, match="does not exist") as err:
        resolve_secret("", str(path), "", {}, WHAT)
    assert str(path) in str(err.value)


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    path = secret_file(tmp_path, "\n")
    with pytest.raises(SecretError, match="is empty"):
        resolve_secret("", str(path), "", {}, WHAT)


def test_world_readable_file_warns_but_still_gives_the_secret(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = secret_file(tmp_path, "s3cret-value\n", mode=0o644)
    with caplog.at_level(logging.WARNING, logger="ipom_mail.secrets"):
        assert resolve_secret("", str(path), "", {}, WHAT) == "s3cret-value"
    assert "readable by other users" in caplog.text
    assert "s3cret-value" not in caplog.text


def test_private_file_does_not_warn(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = secret_file(tmp_path, "x\n", mode=0o600)
    with caplog.at_level(logging.WARNING, logger="ipom_mail.secrets"):
        resolve_secret("", str(path), "", {}, WHAT)
    assert caplog.text == ""


def test_failing_command_reports_the_first_stderr_line_and_never_stdout() -> None:
    code = (
        "import sys; print('hunter2-on-stdout'); "
        "sys.stderr.write('\\ntoken expired: run oauth login\\nsecond line\\n'); sys.exit(3)"
    )
    with pytest.raises(SecretError) as err:
        resolve_secret("", "", python_command(code), {}, "[imap] oauth2 token")
    message = str(err.value)
    assert "token expired: run oauth login" in message
    assert "exit 3" in message
    assert "hunter2" not in message
    assert "second line" not in message


def test_command_that_does_not_exist_is_named() -> None:
    with pytest.raises(SecretError, match="no-such-secret-tool was not found"):
        resolve_secret("", "", "no-such-secret-tool --get", {}, WHAT)


def test_command_that_prints_nothing_is_an_error() -> None:
    with pytest.raises(SecretError, match="printed nothing"):
        resolve_secret("", "", python_command("pass"), {}, WHAT)


def test_command_sees_the_given_environment_only() -> None:
    code = "import os; print(os.environ.get('VAULT_TOKEN', 'absent'))"
    got = resolve_secret("", "", python_command(code), {"VAULT_TOKEN": "t-1"}, WHAT)
    assert got == "t-1"


def test_command_is_not_run_through_a_shell() -> None:
    code = "import sys; print(sys.argv[1])"
    got = resolve_secret("", "", python_command(code) + " '$HOME;`id`'", {"HOME": "/x"}, WHAT)
    assert got == "$HOME;`id`"


def test_unbalanced_quotes_are_reported() -> None:
    with pytest.raises(SecretError, match="quotes"):
        resolve_secret("", "", "pass show 'imap", {}, WHAT)


def test_slow_command_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "COMMAND_TIMEOUT_S", 0.3)
    with pytest.raises(SecretError, match="did not finish"):
        resolve_secret("", "", python_command("import time; time.sleep(5)"), {}, WHAT)


def test_imap_uses_the_token_command_instead_of_a_password() -> None:
    cfg = ImapConfig(oauth2_token_command=python_command("print('ya29.token')"))
    assert imap_credentials(cfg, {"IPOM_IMAP_PASSWORD": "pw"}) == (None, "ya29.token")


def test_imap_password_comes_from_the_default_env_variable() -> None:
    assert imap_credentials(ImapConfig(), {"IPOM_IMAP_PASSWORD": "pw"}) == ("pw", None)
