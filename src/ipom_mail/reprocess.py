"""`ipom reprocess --failed`: failed is not final.

Runs the pipeline again on the archived raw bytes of each failed message.
One that still fails keeps its (new) reason; one never downloaded (over the
size limit) is reported with what to do.
"""

from __future__ import annotations

from .config import Config
from .intake import Outcome, Tally, oversize_reason
from .pipeline import check_message
from .store import Store


def reprocess_failed(config: Config, store: Store) -> Tally:
    """Retry every failed message; the tally counts what became of each."""
    tally = Tally()
    for row in store.failed_messages():
        label = f"message {row.id}" + (f" {row.message_id}" if row.message_id else "")
        raw = store.read_raw(row)
        if raw is None:
            tally.add(
                Outcome("failed", False, None,
                        "it was never downloaded (over the size limit): raise [limits] max_message_mb "
                        "and move it from the Failed folder back to the inbox"),
                label,
            )
            continue
        reason = oversize_reason(len(raw), config)
        if reason is not None:
            tally.add(Outcome("failed", False, None, reason), label)
            continue
        try:
            result = check_message(raw, config)
        except Exception as exc:
            tally.add(Outcome("failed", False, None, f"the pipeline still fails ({type(exc).__name__}: {exc})"), label)
            continue
        recorded = store.mark_reprocessed(row.id, result)
        tally.add(Outcome(recorded.status, recorded.duplicate, recorded.reference), label)
    return tally
