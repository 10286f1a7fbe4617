"""`ipom doctor`: check each thing ipom needs, one line each, saying how to fix what is wrong.

Config, secrets (present, never shown), IMAP login and folders, SMTP login,
the database and its migration state, the storage folder's permissions and
space. A check that cannot run because an earlier one failed is skipped.
"""

from __future__ import annotations

import contextlib
import shutil
import smtplib
import socket
import ssl
import stat
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ipom_mail.config import Config, ConfigError, load, missing_message
from ipom_mail.intake.mailbox import LOCALHOST, Mailbox, MailboxError
from ipom_mail.secrets import SecretError, imap_credentials, resolve_secret
from ipom_mail.store import storage_root
from ipom_mail.store.health import database_health

MAX_WAIT_S = 15.0  # doctor is interactive: do not wait a full poll timeout


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: state is OK, FAIL or SKIP; detail says what and how to fix."""

    name: str
    state: str
    detail: str

    @property
    def failed(self) -> bool:
        return self.state == "FAIL"

    def line(self) -> str:
        return f"{self.state:<4}  {self.name}: {self.detail}"


def ok(name: str, detail: str) -> Check:
    return Check(name, "OK", detail)


def fail(name: str, detail: str) -> Check:
    return Check(name, "FAIL", detail)


def skip(name: str, detail: str) -> Check:
    return Check(name, "SKIP", detail)


def run_checks(path: Path, environ: Mapping[str, str], named_by: str = "") -> Iterator[Check]:
    """Every check in order; later ones are skipped when what they need failed.
    `named_by` says what named the config ('--config', '$IPOM_CONFIG' or '' for ./ipom.toml)."""
    config, check = check_config(path, named_by)
    yield check
    if config is None:
        for name in ("passwords", "imap", "smtp", "database", "storage"):
            yield skip(name, "needs a readable config")
        return
    imap_secret, check = check_imap_secret(config, environ)
    yield check
    smtp_secret, check = check_smtp_secret(config, environ)
    yield check
    if imap_secret is None:
        yield skip("imap login", "needs the IMAP password")
    else:
        yield from check_imap(config, *imap_secret)
    if smtp_secret is None and config.reply.enabled and config.smtp.username:
        yield skip("smtp login", "needs the SMTP password")
    else:
        yield check_smtp(config, smtp_secret)
    yield check_database(config)
    yield check_storage(config)


# -- config and secrets -------------------------------------------------------------------


def check_config(path: Path, named_by: str = "") -> tuple[Config | None, Check]:
    """The config loads and validates; on failure the message names the file and key."""
    if not path.exists():
        return None, fail("config", missing_message(path, named_by))
    try:
        config = load(path)
    except ConfigError as exc:
        fix = "see config.example.toml for every key and its type"
        return None, fail("config", f"{exc} — {fix}")
    return config, ok("config", f"{path} is valid")


def check_imap_secret(
    config: Config, environ: Mapping[str, str]
) -> tuple[tuple[str | None, str | None] | None, Check]:
    """The IMAP password or token can be read (it is never shown)."""
    try:
        secret = imap_credentials(config.imap, environ)
    except SecretError as exc:
        return None, fail("imap password", str(exc))
    what = "OAuth2 token" if secret[1] is not None else "password"
    return secret, ok("imap password", f"{what} found ({_source(config.imap)}; not shown)")


def check_smtp_secret(config: Config, environ: Mapping[str, str]) -> tuple[str | None, Check]:
    """The SMTP password can be read, when replies are on and a username is set."""
    smtp = config.smtp
    if not config.reply.enabled:
        return None, ok("smtp password", "not needed: [reply] enabled = false")
    if not smtp.username:
        return None, ok("smtp password", "not needed: [smtp] username is empty (no login)")
    try:
        password = resolve_secret(
            smtp.password_env, smtp.password_file, smtp.password_command, environ, "[smtp] password"
        )
    except SecretError as exc:
        return None, fail("smtp password", str(exc))
    return password, ok("smtp password", f"password found ({_source(smtp)}; not shown)")


def _source(section: object) -> str:
    for key in ("oauth2_token_command", "password_file", "password_command", "password_env"):
        value = getattr(section, key, "")
        if value:
            return f"from {key} {'$' + value if key == 'password_env' else value}"
    return "from nowhere"


# -- servers ----------------------------------------------------------------------------


def check_imap(config: Config, password: str | None, token: str | None) -> Iterator[Check]:
    """Log in, then check the folder exists and the other folders exist or can be made."""
    cfg = replace(config.imap, timeout_seconds=min(config.imap.timeout_seconds, MAX_WAIT_S))
    box = Mailbox(cfg, password, token)
    try:
        box.connect()
    except MailboxError as exc:
        yield fail("imap login", str(exc))
        yield skip("imap folders", "needs an IMAP login")
        return
    try:
        yield ok("imap login", f"logged in to {box.where} as {cfg.username}")
        yield _check_folders(box)
        idle = box.client.has_capability("IDLE")
        yield ok(
            "imap idle",
            "IDLE offered: `ipom serve` polls within seconds of new mail"
            if idle
            else f"no IDLE: `ipom serve` polls every {config.poll.interval_seconds} s",
        )
    except MailboxError as exc:
        yield fail("imap folders", str(exc))
    finally:
        box.close()


def _check_folders(box: Mailbox) -> Check:
    cfg = box.cfg
    if not box.client.folder_exists(cfg.folder):
        names = sorted(str(f[2]) for f in box.client.list_folders())[:10]
        return fail(
            "imap folders",
            f"folder {cfg.folder!r} does not exist on {box.where} (it has: {', '.join(names)}) "
            "— fix [imap] folder",
        )
    later = [
        f for f in (cfg.processed_folder, cfg.failed_folder) if not box.client.folder_exists(f)
    ]
    note = f"; {' and '.join(later)} will be created at the first poll" if later else ""
    return ok("imap folders", f"{cfg.folder} exists{note}")


def check_smtp(config: Config, password: str | None) -> Check:
    """Connect to the SMTP server the way replies will, and log in when a username is set."""
    cfg = config.smtp
    if not config.reply.enabled:
        return ok("smtp login", "not checked: [reply] enabled = false")
    where = f"{cfg.host}:{cfg.port}"
    if cfg.security == "none" and cfg.host not in LOCALHOST:
        return fail("smtp login", f"refusing plain SMTP to {cfg.host} — use tls or starttls")
    try:
        with _smtp_session(config) as server:
            if not cfg.username:
                return ok(
                    "smtp login", f"connected to {where} (no login: [smtp] username is empty)"
                )
            if not server.has_extn("auth"):
                return fail(
                    "smtp login",
                    f"{where} offers no AUTH — clear [smtp] username if it needs no login, "
                    "or use starttls/tls if it offers AUTH only over TLS",
                )
            server.login(cfg.username, password or "")
    except smtplib.SMTPAuthenticationError as exc:
        said = (
            exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else ""
        )
        return fail(
            "smtp login",
            f"login failed for {cfg.username} at {where}: the server said {exc.smtp_code} {said} "
            "— check [smtp] username and the password source",
        )
    except (smtplib.SMTPException, OSError) as exc:
        return fail("smtp login", _smtp_problem(exc, where))
    return ok("smtp login", f"logged in to {where} as {cfg.username}")


@contextlib.contextmanager
def _smtp_session(config: Config) -> Iterator[smtplib.SMTP]:
    cfg = config.smtp
    timeout = min(cfg.timeout_seconds, MAX_WAIT_S)
    context = ssl.create_default_context(cafile=cfg.ca_file or None)
    server: smtplib.SMTP
    if cfg.security == "tls":
        server = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=timeout, context=context)
    else:
        server = smtplib.SMTP(cfg.host, cfg.port, timeout=timeout)
    try:
        server.ehlo()
        if cfg.security == "starttls":
            server.starttls(context=context)
            server.ehlo()
        yield server
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            server.quit()
        server.close()


def _smtp_problem(exc: BaseException, where: str) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return (
            f"cannot connect to {where}: connection refused — is the server running? "
            "check [smtp] host/port"
        )
    if isinstance(exc, socket.gaierror):
        return f"cannot connect to {where}: the host name does not resolve — check [smtp] host"
    if isinstance(exc, TimeoutError):
        return (
            f"no answer from {where} within {MAX_WAIT_S:g} s — check [smtp] host/port and firewalls"
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate of {where} not verified — set [smtp] ca_file for a private CA"
    if isinstance(exc, ssl.SSLError | smtplib.SMTPNotSupportedError):
        return (
            f"TLS with {where} failed ({exc}) — check [smtp] security, port (starttls 587, tls 465)"
        )
    return (
        f"SMTP with {where} failed: {type(exc).__name__}: {exc} — check [smtp] host, port, security"
    )


# -- database and storage -----------------------------------------------------------------


def check_database(config: Config) -> Check:
    """The database answers and is at the revision this ipom needs."""
    found = database_health(config)
    return ok("database", found.detail) if found.ok else fail("database", found.detail)


def check_storage(config: Config) -> Check:
    """The storage folder exists, only we can write it, others cannot read it, and it has room."""
    root = storage_root(config)
    if not root.is_dir():
        return fail("storage", f"{root} does not exist — run `ipom init`")
    mode = root.stat().st_mode
    if mode & (stat.S_IROTH | stat.S_IWOTH):
        return fail(
            "storage",
            f"{root} is open to other users (mode {stat.filemode(mode)}); it holds people's mail "
            f"— chmod o-rwx {root}",
        )
    try:
        with tempfile.NamedTemporaryFile(dir=root, prefix=".doctor-"):
            pass
    except OSError as exc:
        return fail(
            "storage", f"cannot write in {root}: {exc.strerror} — make it owned by the ipom user"
        )
    free = shutil.disk_usage(root).free
    need = int(4 * config.limits.max_message_mb * 1024 * 1024)
    if free < need:
        return fail(
            "storage",
            f"only {free / 1048576:.0f} MB free in {root}, under 4 × [limits] max_message_mb "
            f"({need / 1048576:.0f} MB) — free some space or move [storage] path",
        )
    return ok("storage", f"{root} writable, {free / 1073741824:.1f} GB free")
