"""ipom-mail: a photo submission mailbox turned into a curated queue.

The front door for a script: the handful of functions a program calls, each
importing its part only when called (so `import ipom_mail` stays instant).

    import ipom_mail
    config = ipom_mail.load_config("ipom.toml")       # or None: the defaults
    result = ipom_mail.check_message(raw_bytes, config)
    print(ipom_mail.to_json(result)["missing"])       # the JSON contract
    store = ipom_mail.open_store(config)              # the database and archive

The packages by role: `pipeline` (pure stages), `intake` (the mailbox),
`reply`, `store` (the only door to the database), `desk` (the curator),
`operate` (the operator), `cli` (the command line). docs/architecture.md maps
every module.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.values import CheckResult
    from ipom_mail.store import Store

__version__ = "0.1.0"
__all__ = ["check_message", "load_config", "open_store", "to_json"]


def load_config(path: str | Path | None = None) -> Config:
    """The config file at `path`, validated (`ConfigError` says what is wrong); None: the defaults."""
    from ipom_mail.config import Config, load

    return Config() if path is None else load(Path(path))


def check_message(raw: bytes, config: Config | None = None) -> CheckResult:
    """Raw message bytes through the pure pipeline, in this process: what `ipom check` reads."""
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message as run

    return run(raw, config or Config())


def to_json(result: CheckResult) -> dict[str, Any]:
    """A result as the JSON contract of `ipom check --json` (docs/contract.md)."""
    from ipom_mail.pipeline.contract import to_json as serialise

    return serialise(result)


def open_store(config: Config) -> Store:
    """The configured database and storage folder (`StoreError` when not set up: `ipom init`)."""
    from ipom_mail.store import open_store as open_

    return open_(config)
