"""The storage folder: raw messages and media files, named by their sha256.

Every file is written to a temporary name in its own folder, fsynced, renamed
and the folder fsynced, so a file is complete or absent after any crash. Names
come only from our own hash and a fixed extension table: nothing the sender
wrote (a filename, a declared type) ever becomes part of a path.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from pathlib import Path

TEMP_PREFIX = ".tmp-"
_SHA256 = re.compile(r"[0-9a-f]{64}")

# Extensions by *sniffed* MIME type; anything else is stored as .bin.
EXTENSIONS: dict[str, str] = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/tiff": "tif",
    "image/heic": "heic",
    "image/heif": "heif",
    "image/webp": "webp",
    "image/avif": "avif",
    "image/bmp": "bmp",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
}


def sha256_hex(data: bytes) -> str:
    """The lower-case hex sha256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def extension_for(mime: str | None) -> str:
    """The file extension for a sniffed MIME type; `bin` when unknown."""
    return EXTENSIONS.get((mime or "").strip().lower(), "bin")


def _checked(sha256: str) -> str:
    """The hash when it is 64 lower-case hex digits, else ValueError (never a path)."""
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256[:80]!r}")
    return sha256


def fsync_dir(path: Path) -> None:
    """Make a folder's entries (a new or renamed file) durable."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_dirs(path: Path) -> None:
    """Create `path` and its missing parents, fsyncing each parent that gained an entry."""
    if path.is_dir():
        return
    _make_dirs(path.parent)
    with contextlib.suppress(FileExistsError):
        path.mkdir()
    fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes, folders: set[Path] | None = None) -> bool:
    """Write `data` to `path` durably (temp, fsync, rename, fsync folder).

    Returns False when the file was already there (content-addressed: same name,
    same bytes), True when it was written now. With `folders`, the folder is
    added to that set instead of fsynced: the caller fsyncs each folder once
    for a whole batch, before anything refers to the files.
    """
    if path.exists():
        return False
    _make_dirs(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if folders is None:
        fsync_dir(path.parent)
    else:
        folders.add(path.parent)
    return True


class Archive:
    """Raw .eml files (archive/ab/abcd….eml) and media (media/<sha>.<ext>) under one root."""

    def __init__(self, root: Path, grouped: bool = False) -> None:
        self.root = root
        self.raw_dir = root / "archive"
        self.media_dir = root / "media"
        # grouped: folders written to wait in `pending` for one fsync each (sync_folders)
        self.pending: set[Path] | None = set() if grouped else None

    def raw_path(self, sha256: str) -> Path:
        """Where the raw message with this hash lives (sharded by its first two digits)."""
        sha = _checked(sha256)
        return self.raw_dir / sha[:2] / f"{sha}.eml"

    def media_path(self, sha256: str, mime: str | None) -> Path:
        """Where the media file with this hash and sniffed type lives."""
        return self.media_dir / f"{_checked(sha256)}.{extension_for(mime)}"

    def put_raw(self, data: bytes) -> str:
        """Archive a raw message durably; return its sha256."""
        sha = sha256_hex(data)
        write_atomic(self.raw_path(sha), data, self.pending)
        return sha

    def put_media(self, data: bytes, mime: str | None, sha256: str | None = None) -> str:
        """Store a media file durably; return its sha256 (given when the caller has it)."""
        sha = sha256 or sha256_hex(data)
        write_atomic(self.media_path(sha, mime), data, self.pending)
        return sha

    def sync_folders(self) -> None:
        """fsync each folder a grouped archive wrote into since the last call, once."""
        if self.pending:
            for folder in sorted(self.pending):
                fsync_dir(folder)
            self.pending.clear()

    def read_raw(self, sha256: str) -> bytes | None:
        """The archived raw message, or None when it is not in the archive."""
        try:
            return self.raw_path(sha256).read_bytes()
        except FileNotFoundError:
            return None

    def has_raw(self, sha256: str) -> bool:
        """Whether the raw message with this hash is archived."""
        return self.raw_path(sha256).is_file()

    def sweep_temp(self, older_than_s: float = 3600.0) -> int:
        """Delete temp files a crash left behind (older than `older_than_s`); return how many."""
        removed = 0
        cutoff = time.time() - older_than_s
        for folder in (self.raw_dir, self.media_dir):
            if not folder.is_dir():
                continue
            for tmp in folder.rglob(f"{TEMP_PREFIX}*"):
                with contextlib.suppress(FileNotFoundError):
                    if tmp.is_file() and tmp.stat().st_mtime < cutoff:
                        tmp.unlink()
                        removed += 1
        return removed
