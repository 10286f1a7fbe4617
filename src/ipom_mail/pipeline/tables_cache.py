"""Word tables built from CLDR (through Babel) and num2words, kept once per machine.

Month, weekday, day-period and zone names in fifty languages take a pipeline worker
half a second of CPU and 35 MB of Babel's locale data to build, in every process that
starts. `@machine_table` runs such a builder once per machine and keeps its value in the
cache folder (cache_folder.folder()), where every later process reads it in a millisecond
without loading Babel at all. The file's name is a key of everything that shapes the
tables: the code of the readers (pipeline/fields), the data files, Python's, Babel's and
num2words' versions and the time-zone database. A value holds only dicts, lists, tuples,
sets, strings and numbers (written with `marshal`, behind a checksum); a missing, damaged
or unwritable file only means the table is built in memory, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import shutil
import sys
import tempfile
import time
import zoneinfo
from collections.abc import Callable
from functools import cache, wraps
from importlib import metadata, resources
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from ipom_mail.pipeline.cache_folder import folder

_MAGIC = b"ipom-table-1\n"
_DIGEST = 32  # bytes of the sha256 of the body, after the magic
_PACKAGES = ("babel", "num2words", "tzdata")
_SOURCES = ("pipeline/fields", "data")  # the readers' code and the words they add
_STALE_S = 7 * 24 * 3600  # tables of another key left this long are removed

P = ParamSpec("P")
T = TypeVar("T")


def machine_table(build: Callable[P, T]) -> Callable[P, T]:
    """`build` (its arguments hashable and shown by repr) run once per machine, then read
    from the cache folder; cached in the process too, as `functools.cache` would."""
    name = f"{build.__module__}.{build.__qualname__}"

    @cache
    @wraps(build)
    def kept(*args: P.args, **kwargs: P.kwargs) -> T:
        asked = f"{name}{args!r}{sorted(kwargs.items())!r}"
        path = _path(asked)
        if path is not None and (found := read(path)) is not None:
            return found  # type: ignore[no-any-return]  # what `build` gave when written
        value = build(*args, **kwargs)
        if path is not None:
            write(path, value)
        return value

    return kept  # type: ignore[return-value]  # functools.cache keeps the signature


def _path(asked: str) -> Path | None:
    """Where the table asked for is kept, or None without a cache folder."""
    place = folder()
    if place is None:
        return None
    digest = hashlib.sha256(asked.encode()).hexdigest()[:32]
    return place / f"tables-{key()[:24]}" / f"{digest}.bin"


@cache
def key() -> str:
    """A key of everything that shapes the tables (computed once per process, a few ms)."""
    digest = hashlib.sha256(_MAGIC + sys.version.encode() + marshal.version.to_bytes(4, "little"))
    for package in _PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{package} {metadata.version(package)}\n".encode())
    for place in zoneinfo.TZPATH:  # the system's zone database, when Python reads that one
        with contextlib.suppress(OSError):
            digest.update(f"{place} {os.stat(Path(place) / 'tzdata.zi').st_mtime_ns}\n".encode())
    root = Path(str(resources.files("ipom_mail")))
    for sub in _SOURCES:
        for path in sorted((root / sub).rglob("*")):
            if path.suffix in (".py", ".toml") and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def read(path: Path) -> Any | None:
    """The value kept at `path`, or None (no file, or one short, damaged or unreadable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = data[len(_MAGIC) + _DIGEST :]
    if not data.startswith(_MAGIC) or data[len(_MAGIC) : len(_MAGIC) + _DIGEST] != _sum(body):
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def write(path: Path, value: Any) -> None:
    """Keep `value` at `path` for the next process (a temp file, then a rename); a value
    marshal cannot write, or a folder that cannot be written, is left alone."""
    try:
        body = marshal.dumps(value)
    except ValueError:
        return
    with contextlib.suppress(OSError):
        if not path.parent.is_dir():
            _forget_others(path.parent)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".table-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + _sum(body) + body)
            os.replace(temp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _forget_others(mine: Path) -> None:
    """Remove the tables other code or versions wrote and left for a week (two versions in
    use at once, an upgrade under way or two checkouts, keep theirs)."""
    week_ago = time.time() - _STALE_S
    for other in mine.parent.glob("tables-*"):
        with contextlib.suppress(OSError):
            if other != mine and other.stat().st_mtime < week_ago:
                shutil.rmtree(other, ignore_errors=True)


def _sum(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()
