"""What a sender's earlier submissions say about how they write: their numeric date styles.

A date that reads two ways (04/11/2023) is settled by the mail itself or by the
sender's own earlier submissions: one that wrote 25/12/2023 writes day first in
that style. Each submission keeps its styles in a `date_styles` field row (see
`rows.field_values`); the intake asks here before it reads such a date again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from ipom_mail.pipeline.values import DateStyle
from ipom_mail.store.addresses import spellings
from ipom_mail.store.api import Store
from ipom_mail.store.models import FieldValue, Submission
from ipom_mail.store.rows import DATE_STYLES


def sender_date_styles(
    store: Store, sender: str | None, before: datetime | None = None, but: int | None = None
) -> tuple[DateStyle, ...]:
    """Per style, the way round all of `sender`'s earlier submissions wrote dates, with the
    first date that shows it and its reference; a style written both ways is left out.

    `before` keeps only submissions received earlier, `but` leaves one out (a replay of
    that submission must not settle its own dates)."""
    if not sender:
        return ()
    with store.session(write=False) as session:
        named = spellings(session, sender)
        query = (
            select(FieldValue.value, Submission.reference, Submission.received_at, Submission.id)
            .join(Submission, FieldValue.submission_id == Submission.id)
            .where(Submission.sender.in_(named), FieldValue.name == DATE_STYLES)
            .order_by(Submission.received_at, Submission.id)
        )
        found = [
            (value, reference)
            for value, reference, received, sid in session.execute(query)
            if (before is None or received < before) and sid != but
        ]
    return _agreed(found)


def _agreed(found: list[tuple[Any, str | None]]) -> tuple[DateStyle, ...]:
    """The styles whose every stored reading agrees, each shown by its first example."""
    first: dict[str, DateStyle] = {}
    orders: dict[str, set[str]] = {}
    for value, reference in found:
        for item in value if isinstance(value, list) else []:
            style = _style(item, reference)
            if style is not None:
                first.setdefault(style.style, style)
                orders.setdefault(style.style, set()).add(style.order)
    return tuple(s for name, s in first.items() if len(orders[name]) == 1)


def _style(item: Any, reference: str | None) -> DateStyle | None:
    """One stored style, or None when the row does not hold one."""
    if not isinstance(item, dict):
        return None
    style, order, example = item.get("style"), item.get("order"), item.get("example")
    if style not in ("/", "-") or order not in ("dmy", "mdy") or not isinstance(example, str):
        return None
    return DateStyle(style, order, example, reference)
