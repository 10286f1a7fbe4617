"""`ipom doctor` on real servers: the right line for each thing that is wrong, secrets never shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ipom_mail.operate.doctor import Check, run_checks
from tests.pollkit import PASSWORD_ENV, Setup, write_config
from tests.servers.dovecot import Dovecot, free_port
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.imap

SMTP_PASSWORD_ENV = "IPOM_TEST_SMTP_PASSWORD"
SMTP_PASSWORD = "smtp-pass-8472"


@pytest.fixture
def smtp_auth() -> Iterator[SmtpSink]:
    sink = SmtpSink(credentials=("ipom", SMTP_PASSWORD)).start()
    yield sink
    sink.stop()


def configure(
    tmp_path: Path,
    server: Dovecot,
    sink: SmtpSink,
    database_url: str = "",
    **over: dict[str, object],
) -> Setup:
    sections: dict[str, dict[str, object]] = {
        "smtp": {
            "host": sink.host,
            "port": sink.port,
            "security": "none",
            "username": "ipom",
            "password_env": SMTP_PASSWORD_ENV,
        },
        "reply": {"enabled": True},
    }
    for name, values in over.items():
        sections.setdefault(name, {}).update(values)
    config = write_config(tmp_path, server, database_url, **sections)
    setup = Setup(server, config, tmp_path / "data", database_url)
    done = setup.ipom("init")
    assert done.returncode == 0, done.stderr
    return setup


def doctor(setup: Setup, **env: str) -> dict[str, Check]:
    environ = setup.env(**{SMTP_PASSWORD_ENV: SMTP_PASSWORD, **env})
    return {c.name: c for c in run_checks(setup.config, environ)}


def failed(checks: dict[str, Check]) -> list[str]:
    return sorted(name for name, c in checks.items() if c.failed)


def test_a_good_setup_passes_every_check_and_never_prints_a_secret(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    setup = configure(tmp_path, dovecot, smtp_auth)
    done = setup.ipom("doctor", **{SMTP_PASSWORD_ENV: SMTP_PASSWORD})  # type: ignore[arg-type]
    assert done.returncode == 0, done.stdout
    lines = done.stdout.splitlines()
    assert all(line.startswith("OK") for line in lines[:-1]), done.stdout
    names = [line.split()[1].rstrip(":") for line in lines[:-1]]
    assert names[:2] == ["config", "imap"] and "database" in names and "storage" in names
    assert "IDLE offered" in done.stdout
    assert "Processed and Failed will be created at the first poll" in done.stdout
    assert dovecot.password not in done.stdout and SMTP_PASSWORD not in done.stdout
    assert lines[-1] == "doctor: all good"


def test_a_wrong_imap_password_fails_the_imap_login_line(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    setup = configure(tmp_path, dovecot, smtp_auth)
    checks = doctor(setup, **{PASSWORD_ENV: "not-the-password"})
    assert failed(checks) == ["imap login"]
    assert "IMAP login failed for ipom" in checks["imap login"].detail
    assert "check [imap] username and the password source" in checks["imap login"].detail
    assert checks["imap folders"].state == "SKIP"


def test_a_wrong_smtp_password_fails_the_smtp_login_line(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    setup = configure(tmp_path, dovecot, smtp_auth)
    checks = doctor(setup, **{SMTP_PASSWORD_ENV: "wrong"})
    assert failed(checks) == ["smtp login"]
    assert "login failed for ipom" in checks["smtp login"].detail
    assert "535" in checks["smtp login"].detail


def test_a_missing_folder_fails_the_folders_line_and_names_the_key(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    setup = configure(tmp_path, dovecot, smtp_auth, imap={"folder": "Submissions"})
    checks = doctor(setup)
    assert failed(checks) == ["imap folders"]
    assert "folder 'Submissions' does not exist" in checks["imap folders"].detail
    assert "INBOX" in checks["imap folders"].detail  # what the server does have
    assert "[imap] folder" in checks["imap folders"].detail


def test_unreachable_servers_fail_their_login_lines_with_what_to_check(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    nobody = free_port()
    setup = configure(
        tmp_path, dovecot, smtp_auth, imap={"port": nobody}, smtp={"port": free_port()}
    )
    checks = doctor(setup)
    assert failed(checks) == ["imap login", "smtp login"]
    assert (
        f"cannot connect to 127.0.0.1:{nobody}: connection refused" in checks["imap login"].detail
    )
    assert "check [imap] host/port" in checks["imap login"].detail
    assert "connection refused" in checks["smtp login"].detail
    assert "[smtp] host/port" in checks["smtp login"].detail


def test_an_old_database_fails_the_database_line_and_says_to_run_init(
    dovecot: Dovecot, smtp_auth: SmtpSink, database_url: str, tmp_path: Path
) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from ipom_mail.config import load
    from ipom_mail.store.db import database_url as url_of
    from ipom_mail.store.db import make_engine
    from ipom_mail.store.schema import alembic_config

    setup = configure(tmp_path, dovecot, smtp_auth, database_url)
    engine = make_engine(url_of(load(setup.config)))
    try:
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert head is not None
        script = ScriptDirectory.from_config(alembic_config()).get_revision(head)
        assert script is not None and isinstance(script.down_revision, str | None)
        command.downgrade(alembic_config(engine), script.down_revision or "base")
    finally:
        engine.dispose()
    checks = doctor(setup)
    assert failed(checks) == ["database"]
    assert f"this ipom needs {head}: run `ipom init`" in checks["database"].detail
    assert setup.ipom("init").returncode == 0
    assert failed(doctor(setup)) == []


def test_a_config_with_an_unknown_key_names_file_and_key_and_skips_the_rest(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    setup = configure(tmp_path, dovecot, smtp_auth)
    text = setup.config.read_text().replace("[imap]\n", "[imap]\nhots = 'x'\n")
    setup.config.write_text(text)
    done = setup.ipom("doctor")
    assert done.returncode == 1
    first, *rest = done.stdout.splitlines()
    assert first.startswith("FAIL  config:")
    assert str(setup.config) in first and "unknown key 'hots' in [imap]" in first
    assert all(line.startswith("SKIP") for line in rest[:-1])


def test_a_missing_password_fails_the_secret_line_and_names_the_variable(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    setup = configure(tmp_path, dovecot, smtp_auth)
    environ = {k: v for k, v in setup.env().items() if k != PASSWORD_ENV}
    checks = {c.name: c for c in run_checks(setup.config, environ)}
    assert checks["imap password"].failed and PASSWORD_ENV in checks["imap password"].detail
    assert checks["smtp password"].failed and SMTP_PASSWORD_ENV in checks["smtp password"].detail
    assert checks["imap login"].state == checks["smtp login"].state == "SKIP"


def test_a_storage_folder_others_can_read_fails_with_the_chmod_to_run(
    dovecot: Dovecot, smtp_auth: SmtpSink, tmp_path: Path
) -> None:
    setup = configure(tmp_path, dovecot, smtp_auth)
    assert setup.storage.stat().st_mode & 0o777 == 0o700  # init made it private
    setup.storage.chmod(0o755)
    checks = doctor(setup)
    assert failed(checks) == ["storage"]
    assert f"chmod o-rwx {setup.storage}" in checks["storage"].detail
