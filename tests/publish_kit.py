"""An installation fed by `ipom ingest` of mails built here, for the publishing tests.

Each mail carries one file; the installation runs the real `ipom` program
(init, ingest, pick, post, gallery) in its own processes.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from email.utils import formataddr
from pathlib import Path

import exifread
import pytest
from sqlalchemy import create_engine, text

from tests.mailkit import email
from tests.pollkit import init_here

IPOM = str(Path(sys.executable).parent / "ipom")
MONTH = "2024-05"
DATE = "Sun, 12 May 2024 22:05:00 +0000"

OWNER, ARTIST, SERIAL = "Maria Lopez", "M. Lopez Photography", "SN-4410-77"
LOCATION = "+40.4168-003.7038+650.000/"
LEAKY_TAGS = ("GPS", "Serial", "Owner", "Artist", "Copyright", "ImageDescription", "MakerNote")
XMP = (b"http://ns.adobe.com/xap/1.0/", b"<x:xmpmeta")


def require_ffmpeg() -> str:
    """The ffmpeg program; under CI=true a missing one fails, elsewhere the test skips."""
    found = shutil.which("ffmpeg")
    if found is None:
        message = "ffmpeg is not installed (Debian: apt-get install ffmpeg); videos need it"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def mail(
    name: str, payload: bytes, sender: str = "maria.lopez@example.es", who: str = "Maria Lopez"
) -> bytes:
    """A plain submission from `who <sender>` with `payload` attached as `name`."""
    return email(
        sender=formataddr((who, sender)),
        subject=f"ISS photo {name}",
        body="The ISS over Madrid, 12 May 2024 21:34 UT, Canon EOS 6D.",
        date=DATE,
        message_id=f"<{name.replace('.', '-')}.{len(payload)}@example.es>",
        attachments=[(name, payload)],
    )


@dataclass
class Install:
    """A configured installation in `root` with its SQLite database."""

    root: Path
    config: Path
    database_url: str = ""  # empty: SQLite in the storage folder

    def ipom(
        self, *args: str, env: dict[str, str] | None = None, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [IPOM, "--config", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
            input=input,
        )

    def ingest(self, mails: dict[str, bytes]) -> dict[str, str]:
        """Ingest the mails; their references by the attached file's name."""
        folder = self.root / "mail"
        folder.mkdir(exist_ok=True)
        for name, raw in mails.items():
            (folder / f"{name}.eml").write_bytes(raw)
        done = self.ipom("ingest", str(folder))
        assert done.returncode in (0, 1), done.stderr
        rows = self.query("SELECT subject, reference FROM submissions")
        return {str(subject).removeprefix("ISS photo "): str(ref) for subject, ref in rows}

    def query(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        """Rows of one SQL statement on the installation's database (SQLite or PostgreSQL)."""
        url = self.database_url or f"sqlite:///{self.root / 'data' / 'ipom.sqlite3'}"
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql), params)]
        finally:
            engine.dispose()

    def post_files(self, sha256: str) -> list[Path]:
        """The latest post's copies of one stored file (readable names), as its record names them."""
        files: list[Path] = []
        for (detail,) in self.query(
            "SELECT detail FROM events WHERE kind = 'published' ORDER BY id"
        ):
            data = json.loads(str(detail))
            if data.get("what") == "post":
                files = sorted(Path(p) for sha, p in data.get("named", []) if sha == sha256)
        return files

    def sha256(self, reference: str) -> list[str]:
        """The stored media of a submission, by sha256."""
        rows = self.query(
            "SELECT m.sha256 FROM media m JOIN submissions s ON s.id = m.submission_id "
            "WHERE s.reference = :reference",
            reference=reference,
        )
        return [str(sha) for (sha,) in rows]


def install(root: Path, limits: str = "", database_url: str = "") -> Install:
    """`ipom init` in root, replies off, with extra `[limits]` lines (SQLite unless a URL)."""
    config = root / "ipom.toml"
    config.write_text(
        f'[storage]\npath = "{root / "data"}"\ndatabase_url = "{database_url}"\n'
        f"[reply]\nenabled = false\n[limits]\n{limits}\n"
    )
    init_here(config)
    return Install(root, config, database_url)


def exif_tags(data: bytes) -> dict[str, str]:
    return {k: str(v) for k, v in exifread.process_file(io.BytesIO(data), details=True).items()}


def leaks(data: bytes) -> list[str]:
    """Every tag or string in a published photo that could tell where or who."""
    found = [k for k in exif_tags(data) if any(word in k for word in LEAKY_TAGS)]
    found += [s.decode() for s in XMP if s in data]
    return found + [s for s in (OWNER, ARTIST, SERIAL) if s.encode() in data]
