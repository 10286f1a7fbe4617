"""Configuration: one TOML file, read once, validated, passed down.

The path is `--config PATH`, else `$IPOM_CONFIG`, else `./ipom.toml`. Secrets
are never in the file: each secret names an environment variable, a file or a
command that yields it. No other module reads the environment.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

DEFAULT_LINK_HOSTS = (
    "dropbox.com",
    "db.tt",
    "drive.google.com",
    "docs.google.com",
    "photos.google.com",
    "photos.app.goo.gl",
    "wetransfer.com",
    "we.tl",
    "onedrive.live.com",
    "1drv.ms",
    "sharepoint.com",
    "icloud.com",
    "share.icloud.com",
    "flickr.com",
    "flic.kr",
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "astrobin.com",
    "mega.nz",
    "box.com",
    "swisstransfer.com",
    "smash.gg",
    "imgur.com",
    "disk.yandex.ru",
    "disk.yandex.com",
    "yadi.sk",
    "cloud.mail.ru",
    "pan.baidu.com",
)


class ConfigError(Exception):
    """The config cannot be used; the message names the file and key and says what to do."""


@dataclass(frozen=True, slots=True)
class Secret:
    """Where a secret comes from: an env variable, a file or a command (never the TOML)."""

    env: str = ""
    file: str = ""
    command: str = ""


@dataclass(frozen=True, slots=True)
class ImapConfig:
    host: str = "imap.example.org"
    port: int = 993
    security: str = "tls"
    ca_file: str = ""
    username: str = "ipom@example.org"
    password_env: str = "IPOM_IMAP_PASSWORD"
    password_file: str = ""
    password_command: str = ""
    oauth2_token_command: str = ""
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"
    batch_size: int = 20
    timeout_seconds: float = 60.0


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str = "smtp.example.org"
    port: int = 587
    security: str = "starttls"
    ca_file: str = ""
    username: str = "ipom@example.org"
    password_env: str = "IPOM_SMTP_PASSWORD"
    password_file: str = ""
    password_command: str = ""
    from_: str = "ISS Photo of the Month <ipom@example.org>"
    timeout_seconds: float = 60.0


@dataclass(frozen=True, slots=True)
class StorageConfig:
    path: str = "ipom-data"
    database_url: str = ""
    busy_timeout_seconds: float = 30.0


@dataclass(frozen=True, slots=True)
class ReplyConfig:
    enabled: bool = True
    max_per_sender_per_day: int = 3
    max_per_hour: int = 60
    max_per_domain_per_hour: int = 20
    trusted_authserv_ids: tuple[str, ...] = ()
    own_addresses: tuple[str, ...] = ()
    honour_auto_response_suppress: bool = True


@dataclass(frozen=True, slots=True)
class PollConfig:
    interval_seconds: int = 300
    stale_after_seconds: int = 0  # `ipom status` fails beyond it; 0: three intervals


@dataclass(frozen=True, slots=True)
class LogConfig:
    format: str = "plain"  # plain | json (one object per line)
    level: str = "info"  # debug | info | warning | error


@dataclass(frozen=True, slots=True)
class LimitsConfig:
    max_message_mb: float = 50.0
    max_attachment_mb: float = 40.0
    max_image_megapixels: float = 180.0
    decode_timeout_seconds: float = 20.0
    decode_memory_mb: int = 2048
    min_photo_pixels: int = 200  # smaller on both sides: an icon or logo, not a photo
    max_seconds_per_message: float = 30.0  # the whole pure pipeline; over it: Failed
    max_memory_mb_per_message: int = 4096  # the pipeline worker's address space; over it: Failed


@dataclass(frozen=True, slots=True)
class LinksConfig:
    hosts: tuple[str, ...] = DEFAULT_LINK_HOSTS


@dataclass(frozen=True, slots=True)
class VerifyConfig:
    elements_file: str = ""  # empty: the pass check is off
    elements_url: str = ""  # empty: `ipom serve` never fetches elements
    places_index: str = ""  # empty: places-v1.sqlite in the storage folder's cache/


@dataclass(frozen=True, slots=True)
class Config:
    imap: ImapConfig = field(default_factory=ImapConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    storage: StorageConfig = field(default_factory=StorageConfig)
    reply: ReplyConfig = field(default_factory=ReplyConfig)
    poll: PollConfig = field(default_factory=PollConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    links: LinksConfig = field(default_factory=LinksConfig)
    log: LogConfig = field(default_factory=LogConfig)
    verify: VerifyConfig = field(default_factory=VerifyConfig)
    path: Path | None = None  # the file it came from, when any

    def relative_path(self, raw: str) -> Path:
        """A path from the config: `~` expanded, relative to the config file's folder."""
        path = Path(raw).expanduser()
        if not path.is_absolute() and self.path is not None:
            path = self.path.resolve().parent / path
        return path.absolute()

    @property
    def own_addresses(self) -> tuple[str, ...]:
        """Our own addresses (never replied to): the IMAP user, the SMTP From, extras."""
        from email.utils import parseaddr

        found = [self.imap.username, parseaddr(self.smtp.from_)[1], *self.reply.own_addresses]
        return tuple(sorted({a.strip().lower() for a in found if "@" in a}))


_SECTIONS = {f.name: f for f in fields(Config) if f.name != "path"}


def _toml_key(name: str) -> str:
    return name.rstrip("_")


def _coerce(value: Any, default: Any, where: str) -> Any:
    """Check one TOML value against the type of its default."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false, not {value!r}")
        return value
    if isinstance(default, int) and not isinstance(default, bool):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError(f"{where} must be a whole number, not {value!r}")
        return value
    if isinstance(default, float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ConfigError(f"{where} must be a number, not {value!r}")
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(f"{where} must be a string, not {value!r}")
        return value
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of strings, not {value!r}")
        return tuple(value)
    raise ConfigError(f"{where}: unsupported value {value!r}")


def from_mapping(data: dict[str, Any], origin: str = "config") -> Config:
    """Build a Config from parsed TOML, naming any unknown key or wrong type."""
    config = Config()
    for section, value in data.items():
        if section not in _SECTIONS:
            raise ConfigError(
                f"{origin}: unknown section [{section}]{_closest(section, _SECTIONS)}"
            )
        if not isinstance(value, dict):
            raise ConfigError(f"{origin}: [{section}] must be a table")
        current = getattr(config, section)
        assert is_dataclass(current)
        known = {_toml_key(f.name): f.name for f in fields(current)}
        changes = {}
        for key, raw in value.items():
            if key not in known:
                raise ConfigError(
                    f"{origin}: unknown key {key!r} in [{section}]{_closest(key, known)}"
                )
            default = getattr(current, known[key])
            changes[known[key]] = _coerce(raw, default, f"{origin}: [{section}] {key}")
        config = replace(config, **{section: replace(current, **changes)})  # type: ignore[type-var,arg-type]
    _validate(config, origin)
    return config


def _closest(name: str, known: Iterable[str]) -> str:
    """'; did you mean 'max_per_hour'?' for a misspelt key, '' when nothing is close."""
    match = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else ""


def _validate(config: Config, origin: str) -> None:
    for name, section in (("imap", config.imap), ("smtp", config.smtp)):
        if section.security not in ("tls", "starttls", "none"):
            raise ConfigError(
                f"{origin}: [{name}] security must be tls, starttls or none, not {section.security!r}"
            )
        if section.security == "none" and section.host not in ("localhost", "127.0.0.1", "::1"):
            raise ConfigError(
                f'{origin}: [{name}] security = "none" is allowed only for localhost; '
                f"use tls or starttls for {section.host}"
            )
    if config.log.format not in ("plain", "json"):
        raise ConfigError(
            f"{origin}: [log] format must be plain or json, not {config.log.format!r}"
        )
    if config.log.level not in ("debug", "info", "warning", "error"):
        raise ConfigError(
            f"{origin}: [log] level must be debug, info, warning or error, not {config.log.level!r}"
        )
    for key in (
        "max_message_mb",
        "max_attachment_mb",
        "max_image_megapixels",
        "max_seconds_per_message",
    ):
        if getattr(config.limits, key) <= 0:
            raise ConfigError(f"{origin}: [limits] {key} must be greater than 0")


def resolve_path(explicit: str | None, environ: dict[str, str] | os._Environ[str]) -> Path:
    """Where the config is: --config, else $IPOM_CONFIG, else ./ipom.toml."""
    return locate(explicit, environ)[0]


def locate(explicit: str | None, environ: dict[str, str] | os._Environ[str]) -> tuple[Path, str]:
    """The config's path and what named it: '--config', '$IPOM_CONFIG' or '' (the default)."""
    if explicit:
        return Path(explicit), "--config"
    if environ.get("IPOM_CONFIG"):
        return Path(environ["IPOM_CONFIG"]), "$IPOM_CONFIG"
    return Path("ipom.toml"), ""


def missing_message(path: Path, named_by: str) -> str:
    """Why there is no config, saying where it looked; `ipom init` only for the default place."""
    if named_by:
        return (
            f"{path}: no such config file (named by {named_by}); "
            "check the path, or leave it out to use ./ipom.toml"
        )
    return (
        f"no config file: looked at --config (not given), $IPOM_CONFIG (not set) and "
        f"./{path} (not there); run `ipom init` to write one, or give --config PATH"
    )


def load(path: Path) -> Config:
    """Read and validate the TOML file at `path`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file; run `ipom init` to write one") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return replace(from_mapping(data, str(path)), path=path)


def load_or_default(path: Path) -> Config:
    """The config at `path` when it exists, else the defaults (for `ipom check`)."""
    return load(path) if path.exists() else Config()
