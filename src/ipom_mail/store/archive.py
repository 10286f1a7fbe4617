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
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

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


def _make_dirs(path: Path, folders: set[Path] | None = None) -> None:
    """Create `path` and its missing parents, fsyncing each parent that gained an entry
    (or adding it to `folders`, to be fsynced later by the caller)."""
    if path.is_dir():
        return
    _make_dirs(path.parent, folders)
    with contextlib.suppress(FileExistsError):
        path.mkdir()
    if folders is None:
        fsync_dir(path.parent)
    else:
        folders.add(path.parent)


def _temp_file(path: Path, data: bytes) -> tuple[BinaryIO, str]:
    """`data` written (not yet fsynced) to a new temp file beside `path`; its handle and name."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".part")
    handle = os.fdopen(fd, "wb")
    try:
        handle.write(data)
        handle.flush()
    except BaseException:
        _discard(handle, tmp)
        raise
    return handle, tmp


def _settle(handle: BinaryIO, tmp: str, path: Path) -> None:
    """fsync the temp file, close it and rename it into place (temp removed on failure)."""
    try:
        os.fsync(handle.fileno())
        handle.close()
        os.replace(tmp, path)
    except BaseException:
        _discard(handle, tmp)
        raise


def _write_file(path: Path, data: bytes) -> None:
    """`data` to a temp file beside `path`, fsynced, renamed into place (its folder not fsynced)."""
    _settle(*_temp_file(path, data), path)


def _discard(handle: BinaryIO, tmp: str) -> None:
    with contextlib.suppress(OSError):
        handle.close()
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)


def write_atomic(path: Path, data: bytes, folders: set[Path] | None = None) -> bool:
    """Write `data` to `path` durably (temp, fsync, rename, fsync folder).

    Returns False when the file was already there (content-addressed: same name,
    same bytes), True when it was written now. With `folders`, the folder is
    added to that set instead of fsynced: the caller fsyncs each folder once
    for a whole batch, before anything refers to the files.
    """
    if path.exists():
        return False
    _make_dirs(path.parent, folders)
    _settle(*_temp_file(path, data), path)
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
        # grouped (a batch): each file is written, fsynced and renamed by a helper thread
        # while the poller goes on, and each folder waits in `pending` for one fsync;
        # sync_folders() waits for both before the batch commits.
        self.pending: set[Path] | None = set() if grouped else None
        self._settling: list[Future[None]] = []
        self._writing: set[Path] = set()  # given to a helper since the last sync_folders
        self._helpers: ThreadPoolExecutor | None = None

    def _write(self, path: Path, data: bytes) -> None:
        """write_atomic, or in a batch: written, fsynced and renamed by a helper thread while
        the caller goes on (its folder fsynced once by `sync_folders`)."""
        if self.pending is None:
            write_atomic(path, data)
            return
        if path.exists() or path in self._writing:
            return
        _make_dirs(path.parent, self.pending)
        if self._helpers is None:
            self._helpers = ThreadPoolExecutor(2, thread_name_prefix="ipom-write")
        self._writing.add(path)
        self._settling.append(self._helpers.submit(_write_file, path, data))
        self.pending.add(path.parent)

    def raw_path(self, sha256: str) -> Path:
        """Where the raw message with this hash lives (sharded by its first two digits)."""
        sha = _checked(sha256)
        return self.raw_dir / sha[:2] / f"{sha}.eml"

    def media_path(self, sha256: str, mime: str | None) -> Path:
        """Where the media file with this hash and sniffed type lives."""
        return self.media_dir / f"{_checked(sha256)}.{extension_for(mime)}"

    def put_raw(self, data: bytes, sha256: str | None = None) -> str:
        """Archive a raw message durably; return its sha256 (given when the caller has it)."""
        sha = sha256 or sha256_hex(data)
        self._write(self.raw_path(sha), data)
        return sha

    def put_media(self, data: bytes, mime: str | None, sha256: str | None = None) -> str:
        """Store a media file durably; return its sha256 (given when the caller has it)."""
        sha = sha256 or sha256_hex(data)
        self._write(self.media_path(sha, mime), data)
        return sha

    def sync_folders(self) -> None:
        """Wait until every file of the batch is fsynced and in place, then fsync each folder
        written into, once; the first error (a full disk…) is raised after all have ended."""
        settling, self._settling = self._settling, []
        self._writing.clear()
        errors = [f.exception() for f in settling]
        failed = next((e for e in errors if e is not None), None)
        if failed is not None:
            raise failed
        if self.pending:
            for folder in sorted(self.pending):
                fsync_dir(folder)
            self.pending.clear()

    def close(self) -> None:
        """Let the helper threads finish what they were given and end them."""
        if self._helpers is not None:
            self._helpers.shutdown(wait=True)
            self._helpers = None
        self._settling = []
        self._writing.clear()

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
