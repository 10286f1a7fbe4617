"""Where the pipeline keeps what it builds once per machine (the towns index, the unpacked
language model): `$XDG_CACHE_HOME/ipom-mail`, or `~/.cache/ipom-mail`."""

from __future__ import annotations

import os
from pathlib import Path


def folder() -> Path | None:
    """The project's cache folder, or None when there is neither XDG_CACHE_HOME nor HOME."""
    base = os.environ.get("XDG_CACHE_HOME") or (
        str(Path.home() / ".cache") if os.environ.get("HOME") else ""
    )
    return Path(base) / "ipom-mail" if base else None
