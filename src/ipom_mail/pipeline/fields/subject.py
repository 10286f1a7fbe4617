"""The Subject as a source ranked below the sender's own text (issue 13).

Some photographers write everything in the Subject ("ISS 23/06/2024 22h47 UTC –
Sky-Watcher 200/1000 + ASI462MC – Lyon") and leave the body empty. A field the body
does not give is read from the Subject, without reply prefixes and our reference.
"""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^\s*+(?:(?:re|aw|sv|vs|wg|fw|fwd|r|rif|tr|antw|vá|odp|ynt|rv|ответ|回复|回覆|답장)\s*"
    r"(?:\[\d+\])?\s*[:：]\s*)+",
    re.I,
)
_REPLY = re.compile(
    r"^\s*+(?:re|aw|sv|vs|r|rif|antw|vá|odp|ynt|ответ|回复|回覆|답장)\s*(?:\[\d+\])?\s*[:：]", re.I
)
_REFERENCE = re.compile(r"\s*\[IPOM-\d{4}-\d{4,}\]\s*")
_SEPARATOR = re.compile(r"\s+[–—|]\s+")


def subject_text(subject: str | None) -> str:
    """The Subject's own words, each part between dashes on its own line."""
    clean = _REFERENCE.sub(" ", _PREFIX.sub("", subject or "")).strip()
    return _SEPARATOR.sub("\n", clean)


def answers_us(subject: str | None) -> bool:
    """Whether the mail answers our reply (its Subject keeps our reference): it completes
    a submission's fields; its words are answers, not the photo's story."""
    return _REFERENCE.search(subject or "") is not None


def own_subject(subject: str | None) -> str:
    """The Subject's words when the sender wrote them (not "Re: …" of someone else's mail,
    whose pass details may be another place's): where a field the body misses may be."""
    return "" if _REPLY.match(subject or "") else subject_text(subject)
