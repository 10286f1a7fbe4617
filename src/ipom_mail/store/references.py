"""What a curator types to name a submission: its reference, or the number part alone.

`IPOM-2026-0009` names one submission. A short form (`0009` or `9`) matches
the number part across all years: one match acts, several are refused with
the candidates listed. Internal ids are never accepted, and anything that is
no reference (text, `#4`, a negative or absurdly long number) is refused
before it reaches the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipom_mail.store.models import Submission

FULL = re.compile(r"IPOM-(\d{4})-(\d{1,9})", re.I | re.ASCII)
SHORT = re.compile(r"\d{1,9}", re.ASCII)
HINT = "give a reference as the queue shows it (IPOM-2026-0009) or its number (0009)"


class NotFound(LookupError):
    """No submission, or more than one, matches what the curator typed: one line per problem."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _shown(text: str) -> str:
    """The curator's input as quoted in a refusal, cut short when absurdly long."""
    return repr(text if len(text) <= 40 else text[:37] + "...")


def find_submission(session: Session, ref: str) -> Submission:
    """The one submission `ref` names (a reference, or its number across years)."""
    text = ref.strip().removeprefix("[").removesuffix("]").strip()  # as in a reply's subject
    full, short = FULL.fullmatch(text), SHORT.fullmatch(text)
    if full is not None:
        reference = f"IPOM-{int(full.group(1)):04d}-{int(full.group(2)):04d}"
        found = session.scalars(select(Submission).where(Submission.reference == reference))
        sub = found.first()
        if sub is None:
            raise NotFound(f"no submission {reference}")
        return sub
    if short is None:
        raise NotFound(f"{_shown(ref)} is not a reference: {HINT}")
    query = select(Submission).where(Submission.seq == int(text), Submission.reference.is_not(None))
    matches = list(session.scalars(query.order_by(Submission.year, Submission.seq)))
    if not matches:
        raise NotFound(f"no submission numbered {text} in any year")
    if len(matches) > 1:
        candidates = ", ".join(str(m.reference) for m in matches)
        raise NotFound(f"{text} is ambiguous: it could be {candidates}; give the full reference")
    return matches[0]


def find_submissions(session: Session, refs: Iterable[str]) -> list[Submission]:
    """Each submission `refs` name, once, in the order given; NotFound names every miss."""
    found: dict[int, Submission] = {}
    problems: list[str] = []
    for ref in refs:
        try:
            sub = find_submission(session, ref)
        except NotFound as exc:
            problems.extend(exc.lines)
            continue
        found.setdefault(sub.id, sub)
    if problems:
        raise NotFound(*problems)
    return list(found.values())
