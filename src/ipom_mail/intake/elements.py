"""Keeping the element history current: fetch the ISS's latest element sets and append the new ones.

Only `ipom serve` calls this, once a day, when `[verify] elements_url` is set;
`ipom check` and `ipom poll` never download anything. The file is rewritten
whole (temp, fsync, rename) with the new sets added, so a crash leaves the old
file or the new one, never half of either. TLS certificates are checked.
"""

from __future__ import annotations

import os
import ssl
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ipom_mail.pipeline.verify.elements import ElementSet, parse_elements

MAX_BYTES = 2_000_000  # a TLE feed for one object is a few hundred bytes


@dataclass(frozen=True, slots=True)
class Refreshed:
    """What a refresh did, as one line for the log."""

    added: int
    total: int
    problem: str | None = None

    def line(self, path: Path) -> str:
        if self.problem:
            return f"elements not refreshed: {self.problem}"
        return f"elements: {self.added} new set(s) appended to {path} ({self.total} in all)"


def download(url: str, timeout: float = 30.0, cafile: str | None = None) -> bytes:
    """The body at `url` (https verified against the system's CAs, or `cafile`)."""
    context = ssl.create_default_context(cafile=cafile)
    request = urllib.request.Request(url, headers={"User-Agent": "ipom-mail element refresh"})
    with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
        return bytes(response.read(MAX_BYTES + 1))


def _text(s: ElementSet) -> str:
    return f"ISS (ZARYA)\n{s.line1}\n{s.line2}\n"


def append_new(path: Path, fetched: str) -> Refreshed:
    """Add to the file the sets of `fetched` whose epochs it does not hold yet."""
    try:
        current = path.read_text(encoding="ascii", errors="replace") if path.exists() else ""
    except OSError as exc:
        return Refreshed(0, 0, f"cannot read {path}: {exc.strerror or exc}")
    known = {s.epoch for s in parse_elements(current)}
    new = [s for s in parse_elements(fetched) if s.epoch not in known]
    if not new:
        return Refreshed(0, len(known))
    body = (
        current + ("" if not current or current.endswith("\n") else "\n") + "".join(map(_text, new))
    )
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="ascii") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        return Refreshed(0, len(known), f"cannot write {path}: {exc.strerror or exc}")
    return Refreshed(len(new), len(known) + len(new))


def refresh(path: Path, url: str, cafile: str | None = None) -> Refreshed:
    """Download the feed and append what is new; a network or server fault is a problem, not an error."""
    try:
        data = download(url, cafile=cafile)
    except (OSError, ValueError) as exc:  # URLError, timeouts, TLS and HTTP errors are OSErrors
        return Refreshed(0, 0, f"cannot fetch {url}: {getattr(exc, 'reason', None) or exc}")
    if len(data) > MAX_BYTES:
        return Refreshed(0, 0, f"{url} sent more than {MAX_BYTES:,} bytes; not an element feed")
    if not parse_elements(data.decode("ascii", errors="replace")):
        return Refreshed(0, 0, f"{url} sent no valid two-line element set")
    return append_new(path, data.decode("ascii", errors="replace"))
