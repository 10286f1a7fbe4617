"""A submission is its thread: the original and its follow-ups, replayed in the order received.

`ipom reprocess` runs each archived message of a submission through the
current pipeline, then merges the follow-ups into the original with the same
matching and merge a follow-up gets when it arrives (`reply/matching`,
`reply/followup`), so a replay ends where the mail left the submission
(invariant 9).
"""

from __future__ import annotations

from dataclasses import dataclass

from ipom_mail.config import Config
from ipom_mail.intake.take_in import with_sender_dates
from ipom_mail.pipeline.bounded import PipelineStopped, check_bounded
from ipom_mail.pipeline.values import CheckResult, Previous
from ipom_mail.reply.followup import flagged, merge
from ipom_mail.reply.matching import followup_of, thread_of
from ipom_mail.store import Store
from ipom_mail.store.archive import sha256_hex
from ipom_mail.store.curator import Thread
from ipom_mail.store.replay import Archived, thread_messages
from ipom_mail.store.rows import field_values


@dataclass(frozen=True, slots=True)
class Replayed:
    """A thread replayed, and the messages that no longer count as its follow-ups."""

    thread: Thread
    left_out: tuple[str, ...]


def _brings(result: CheckResult) -> list[str]:
    """The keys of what a (merged) result holds: its fields, media and links."""
    keys = [f"field:{name}" for name, _, _ in field_values(result)]
    keys += [f"media:{item.sha256}" for item in result.media.items]
    return keys + [f"link:{url}" for url in result.fields.links]


def _previous(submission_id: int, reference: str | None, result: CheckResult) -> Previous:
    """The thread so far, as the value a follow-up is merged into."""
    return Previous(
        submission_id, reference, result.verdict.status, result.fields, result.media.items
    )


def _run(store: Store, config: Config, row: Archived, reference: str) -> CheckResult | str:
    """One archived message through the current pipeline, or why it cannot be.

    A date it leaves two ways is settled, as at intake, by the sender's submissions
    received before it (never by this submission's own)."""
    data = store.read_raw(row)
    if data is None:
        return f"{reference}: message {row.id} is not in the archive"
    try:
        result = check_bounded(data, config)
        return with_sender_dates(data, result, store, config, row.received_at, row.submission_id)
    except PipelineStopped as exc:  # over the time or memory bound, or its process died
        return f"{reference}: {exc}"
    except Exception as exc:  # the message's own fault: report it and go on
        return f"{reference}: the pipeline fails on it ({type(exc).__name__}: {exc})"


def replay(config: Config, store: Store, submission_id: int, reference: str) -> Replayed | str:
    """The submission's thread through the current pipeline, or why it cannot be replayed."""
    rows = thread_messages(store, submission_id)
    if not rows:
        return f"{reference}: no archived message"
    messages: list[tuple[int, CheckResult]] = []
    payloads: dict[str, bytes] = {}
    for row in rows:
        result = _run(store, config, row, reference)
        if isinstance(result, str):
            return result
        messages.append((row.id, result))
        payloads.update({sha256_hex(p.payload): p.payload for p in result.parsed.parts})
    (first_id, merged), later = messages[0], messages[1:]
    merged = flagged(merged, followup_of(store, merged, config)[1])  # a flag survives a replay
    messages[0] = (first_id, merged)
    brought = dict.fromkeys(_brings(merged), first_id)
    kept, left_out = [messages[0]], []
    for raw_id, result in later:
        found = thread_of(store, result, config)
        if found is None or found.submission_id != submission_id:
            left_out.append(f"{reference}: message {raw_id} no longer counts as a follow-up")
            continue
        merged = merge(_previous(submission_id, reference, merged), result, config)
        brought.update({k: raw_id for k in _brings(merged) if k not in brought})
        kept.append((raw_id, result))
    return Replayed(Thread(merged, tuple(kept), brought, payloads), tuple(left_out))
