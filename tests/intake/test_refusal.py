"""A refused login is held until the config file or the secret changes, and recalled once an hour."""

from __future__ import annotations

from pathlib import Path

from ipom_mail.config import load
from ipom_mail.intake.refusal import REMIND_S, Refusal, fingerprint


def _config(tmp_path: Path, secret: Path) -> Path:
    path = tmp_path / "ipom.toml"
    path.write_text(f'[imap]\nhost = "localhost"\nsecurity = "none"\npassword_file = "{secret}"\n')
    return path


def test_the_refusal_is_lifted_when_the_secret_or_the_config_file_changes(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("wrong\n")
    secret.chmod(0o600)
    path = _config(tmp_path, secret)
    config = load(path)
    refusal = Refusal("IMAP login failed", fingerprint(config, {}))
    assert not refusal.lifted(config, {})
    secret.write_text("right\n")
    assert refusal.lifted(config, {})
    refusal = Refusal("IMAP login failed", fingerprint(config, {}))
    path.write_text(path.read_text() + 'username = "ipom@example.org"\n')
    assert refusal.lifted(config, {})


def test_the_reason_is_recalled_at_most_once_an_hour() -> None:
    refusal = Refusal("IMAP login failed", "x", logged_at=0.0)
    minutes = [m * 60.0 for m in range(0, 181, 5)]  # every 5 minutes for 3 hours
    reminders = [t for t in minutes if refusal.reminder_due(now=t)]
    assert reminders == [REMIND_S, 2 * REMIND_S, 3 * REMIND_S]
