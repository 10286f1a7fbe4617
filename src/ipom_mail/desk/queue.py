"""The curator's desk, read side: the queue, one submission in full, and look-alike groups.

The queries live in `store/` (the only door to the database); the desk and
the command line read the typed values they return.
"""

from __future__ import annotations

from ipom_mail.store import Store
from ipom_mail.store.detail import (
    LookalikeGroup,
    Named,
    SubmissionDetail,
    lookalike_groups,
    named,
    submission_detail,
)
from ipom_mail.store.queue import DECISIONS, PAGE, SORTS, QueueQuery, QueueRow, list_queue
from ipom_mail.store.references import NotFound

__all__ = [
    "DECISIONS",
    "PAGE",
    "SORTS",
    "LookalikeGroup",
    "Named",
    "NotFound",
    "QueueQuery",
    "QueueRow",
    "SubmissionDetail",
    "list_queue",
    "lookalike_groups",
    "named",
    "show",
]


def show(store: Store, ref: str) -> SubmissionDetail:
    """One submission in full (NotFound when `ref` names none, or several); `desk/detail_json`
    writes it as `ipom show --json`."""
    return submission_detail(store, ref)
