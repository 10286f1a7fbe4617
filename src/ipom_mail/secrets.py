"""Secrets (passwords, OAuth2 tokens) from a file, a command or an environment variable.

The config never holds a secret, only where to find it. When several sources
are set, the first non-empty of **file, command, env** wins: the env name has a
default (e.g. IPOM_IMAP_PASSWORD), so an explicit file or command must beat it.
Errors say which source failed and how to fix it, never the secret itself.
"""

from __future__ import annotations

import logging
import shlex
import stat
import subprocess
from collections.abc import Mapping
from pathlib import Path

from ipom_mail.config import ImapConfig

log = logging.getLogger(__name__)

COMMAND_TIMEOUT_S = 30.0


class SecretError(Exception):
    """A secret could not be read; the message names the source and the fix."""


def resolve_secret(env: str, file: str, command: str, environ: Mapping[str, str], what: str) -> str:
    """The secret `what` (e.g. "[imap] password") from file, else command, else env."""
    if file:
        return _from_file(Path(file).expanduser(), what)
    if command:
        return _from_command(command, environ, what)
    if env:
        value = environ.get(env, "")
        if not value:
            raise SecretError(
                f"{what}: the environment variable {env} is not set or empty — "
                f"export {env}, or name a file or command for it in the config"
            )
        return value
    raise SecretError(f"{what}: no source given — set an env variable, a file or a command")


def imap_credentials(cfg: ImapConfig, environ: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(password, oauth2_token) for the mailbox: a token when a token command is set."""
    if cfg.oauth2_token_command:
        token = _from_command(cfg.oauth2_token_command, environ, "[imap] oauth2 token")
        return None, token
    password = resolve_secret(
        cfg.password_env, cfg.password_file, cfg.password_command, environ, "[imap] password"
    )
    return password, None


def _from_file(path: Path, what: str) -> str:
    """The file's text without its trailing newline; warn when others may read it."""
    try:
        mode = path.stat().st_mode
        data = path.read_bytes()
    except FileNotFoundError:
        raise SecretError(
            f"{what}: the file {path} does not exist — create it or fix the path"
        ) from None
    except OSError as exc:
        raise SecretError(
            f"{what}: cannot read {path}: {exc.strerror} — check its permissions"
        ) from None
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        log.warning("%s: %s is readable by other users; chmod 600 it", what, path)
    try:
        value = data.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise SecretError(f"{what}: {path} is not UTF-8 text") from None
    if not value:
        raise SecretError(f"{what}: the file {path} is empty")
    return value


def _from_command(command: str, environ: Mapping[str, str], what: str) -> str:
    """The command's stdout without its trailing newline (run without a shell)."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise SecretError(
            f"{what}: cannot split the command line: {exc} — check its quotes"
        ) from None
    if not argv:
        raise SecretError(f"{what}: the command is empty")
    name = argv[0]
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            env=dict(environ),
            stdin=subprocess.DEVNULL,
            timeout=COMMAND_TIMEOUT_S,
            check=False,
        )
    except FileNotFoundError:
        raise SecretError(f"{what}: the command {name} was not found — check the path") from None
    except PermissionError:
        raise SecretError(f"{what}: the command {name} is not executable — chmod +x it") from None
    except subprocess.TimeoutExpired:
        raise SecretError(
            f"{what}: the command {name} did not finish in {COMMAND_TIMEOUT_S:g} s"
        ) from None
    if done.returncode != 0:
        first = _first_line(done.stderr) or "(nothing on stderr)"
        raise SecretError(f"{what}: the command {name} failed (exit {done.returncode}): {first}")
    try:
        value = done.stdout.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise SecretError(
            f"{what}: the command {name} printed something that is not UTF-8"
        ) from None
    if not value:
        raise SecretError(f"{what}: the command {name} printed nothing")
    return value


def _first_line(data: bytes) -> str:
    """The first non-blank line of a command's stderr, short (for an error message)."""
    for line in data.decode("utf-8", errors="replace").splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""
