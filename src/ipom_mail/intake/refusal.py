"""A poll refused for good (a wrong password): remembered until the config file or the secret changes.

`ipom serve` does not knock again with credentials the server refused (that
fills logs and can lock the account): on each interval it checks whether the
config file or what the password source yields has changed, tries again only
then, and repeats the reason in its log at most once an hour.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from ipom_mail.config import Config
from ipom_mail.secrets import SecretError, imap_credentials

REMIND_S = 3600.0  # the reason is logged again at most this often


def fingerprint(config: Config, environ: Mapping[str, str]) -> str:
    """A digest of the config file and the IMAP secret as they are now (the secret stays here)."""
    digest = hashlib.sha256()
    if config.path is not None:
        try:
            digest.update(config.path.read_bytes())
        except OSError as exc:
            digest.update(f"unreadable: {exc.strerror}".encode())
    try:
        password, token = imap_credentials(config.imap, environ)
        digest.update(f"\0{password}\0{token}".encode())
    except SecretError as exc:
        digest.update(f"\0{exc}".encode())
    return digest.hexdigest()


@dataclass(slots=True)
class Refusal:
    """What was refused, and for which config and secret."""

    reason: str
    fingerprint: str
    logged_at: float = field(default_factory=time.monotonic)

    def lifted(self, config: Config, environ: Mapping[str, str]) -> bool:
        """Whether the config file or the secret changed since the refusal."""
        return fingerprint(config, environ) != self.fingerprint

    def reminder_due(self, now: float | None = None) -> bool:
        """True at most once per REMIND_S (and then counts as logged)."""
        now = time.monotonic() if now is None else now
        if now - self.logged_at < REMIND_S:
            return False
        self.logged_at = now
        return True
