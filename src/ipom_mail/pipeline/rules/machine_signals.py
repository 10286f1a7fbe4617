"""Machine mail without RFC 3834 headers: vendor headers, subjects, robot senders, C/R.

The signals mature receivers use (vacation notices marked only by a vendor
header or a localised "Auto reply:" subject, plain-text bounces, complaint
reports, challenge/response systems) are data in data/machine_mail.toml; this
module reads them once and answers, for one message, which signal matched.
Every answer is a short phrase for a reason sentence, or None.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Literal

from ipom_mail.pipeline.values import ParsedMessage

SubjectKind = Literal["autoreply", "bounce", "feedback", "challenge"]
RobotKind = Literal["machine", "noreply", "feedback"]
SUBJECT_KINDS: tuple[SubjectKind, ...] = ("autoreply", "bounce", "feedback", "challenge")
_BODY_WINDOW = 3000
_LEAD = re.compile(r"^[\s\[(<{*#|]+")
_SEPARATOR = r"\s*(?:[:：\-–—()\[\]|]|$)"
_OPEN_END = " …"  # a phrase ending so in the data matches whatever follows it
_FALSE = frozenset({"no", "false", "0"})


@dataclass(frozen=True, slots=True)
class Signals:
    """The shipped lists, compiled: header names, value pairs, patterns."""

    autoreply_headers: tuple[str, ...]
    header_values: tuple[tuple[str, tuple[str, ...]], ...]
    report_headers: tuple[str, ...]
    locals: tuple[tuple[RobotKind, re.Pattern[str]], ...]
    challenge_domains: tuple[str, ...]
    subjects: tuple[tuple[SubjectKind, re.Pattern[str]], ...]
    body_challenge: tuple[str, ...]


@lru_cache(maxsize=1)
def signals() -> Signals:
    """The signals of data/machine_mail.toml (read once)."""
    text = files("ipom_mail").joinpath("data/machine_mail.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    headers, local_parts = data["headers"], data["local_parts"]
    robots: list[tuple[RobotKind, re.Pattern[str]]] = [
        (kind, re.compile(pattern))
        for kind in ("machine", "noreply", "feedback")
        for pattern in local_parts[kind]
    ]
    subjects = tuple((kind, _prefixes(data["subjects"][kind])) for kind in SUBJECT_KINDS)
    return Signals(
        autoreply_headers=tuple(headers["autoreply"]),
        header_values=tuple((k, tuple(v)) for k, v in headers["values"].items()),
        report_headers=tuple(headers["report"]),
        locals=tuple(robots),
        challenge_domains=tuple(d.lower() for d in data["domains"]["challenge"]),
        subjects=subjects,
        body_challenge=tuple(p.lower() for p in data["body"]["challenge"]),
    )


def _prefixes(by_language: dict[str, list[str]]) -> re.Pattern[str]:
    """One pattern: any phrase of any language at the start, then a separator or the end."""
    phrases = sorted({p.lower() for words in by_language.values() for p in words}, key=len)
    closed = [re.escape(p) for p in reversed(phrases) if not p.endswith(_OPEN_END)]
    opened = [re.escape(p.removesuffix(_OPEN_END)) for p in phrases if p.endswith(_OPEN_END)]
    pattern = rf"(?:{'|'.join(closed)}){_SEPARATOR}"
    if opened:
        pattern += rf"|(?:{'|'.join(opened)})\s"
    return re.compile(pattern)


def vendor_autoreply(parsed: ParsedMessage) -> str | None:
    """'X-Autoreply: yes' for a vendor auto-reply header, else None."""
    sig = signals()
    for name in sig.autoreply_headers:
        value = parsed.header(name)
        if value is not None and _first_word(value) not in _FALSE:
            return f"{name}: {value.strip() or 'set'}"
    for name, wanted in sig.header_values:
        for value in parsed.header_all(name):
            low = " ".join(value.lower().split())
            if any(w == "" or low.startswith(w) for w in wanted):
                return f"{name}: {value.strip()}"
    return None


def report_header(parsed: ParsedMessage) -> str | None:
    """'X-Failed-Recipients: …' for a header only delivery and complaint reports carry."""
    for name in signals().report_headers:
        value = parsed.header(name)
        if value is not None:
            return f"{name}: {value.strip()}"
    return None


def robot_sender(address: str | None) -> RobotKind | None:
    """The kind of robot a sender address belongs to, from its local part and domain."""
    if not address or "@" not in address:
        return None
    local, domain = address.strip().lower().rsplit("@", 1)
    for kind, pattern in signals().locals:
        if pattern.fullmatch(local):
            return kind
    if challenge_domain(domain):
        return "machine"
    return None


def challenge_domain(domain: str) -> bool:
    """True for a challenge/response service's domain (or a subdomain of one)."""
    d = domain.strip().lower().rstrip(".")
    return any(d == c or d.endswith("." + c) for c in signals().challenge_domains)


def subject_kind(subject: str | None) -> SubjectKind | None:
    """Which kind of machine mail a Subject's opening names, if any."""
    if not subject:
        return None
    opening = _LEAD.sub("", " ".join(subject.split()).lower())[:200]
    for kind, pattern in signals().subjects:
        if pattern.match(opening):
            return kind
    return None


def challenge_phrase(text: str | None) -> str | None:
    """The challenge/response phrase in the opening of the text, if any."""
    if not text:
        return None
    opening = " ".join(text[:_BODY_WINDOW].lower().split())
    opening = opening.replace("’", "'")
    return next((p for p in signals().body_challenge if p in opening), None)


def _first_word(value: str) -> str:
    words = value.strip().lower().split(None, 1)
    return words[0].rstrip(";,") if words else ""
