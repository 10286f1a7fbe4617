"""`ipom reprocess`: run the pipeline again on archived messages.

`--failed` retries messages that failed (failed is not final). `REF…` or
`--all` re-runs submissions after the extraction rules improved: each
submission's thread (the original, then its follow-ups in the order received)
is replayed through the current pipeline (`thread.replay`), and the store
refreshes the extracted rows while keeping decisions and curator edits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ipom_mail.config import Config
from ipom_mail.intake.take_in import Outcome, Tally, oversize_reason
from ipom_mail.intake.thread import replay
from ipom_mail.pipeline.bounded import PipelineStopped, check_bounded
from ipom_mail.pipeline.contract import pass_check_json
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.pipeline.verify.stage import check_result_pass
from ipom_mail.reply.followup import merge
from ipom_mail.reply.matching import thread_of
from ipom_mail.store import Store
from ipom_mail.store import curator as cur
from ipom_mail.store.record import Recorded
from ipom_mail.store.replay import named, snapshot
from ipom_mail.store.replay import submission_ids as submission_ids  # for cli/operate


def reprocess_failed(config: Config, store: Store) -> Tally:
    """Retry every failed message; the tally counts what became of each."""
    tally = Tally()
    for row in store.failed_messages():
        label = f"message {row.id}" + (f" {row.message_id}" if row.message_id else "")
        raw = store.read_raw(row)
        if raw is None:
            never = (
                "it was never downloaded (over the size limit): raise [limits] max_message_mb "
                "and move it from the Failed folder back to the inbox"
            )
            tally.add(Outcome("failed", False, None, never), label)
            continue
        reason = oversize_reason(len(raw), config)
        if reason is not None:
            tally.add(Outcome("failed", False, None, reason), label)
            continue
        try:
            result = check_bounded(raw, config)
        except PipelineStopped as exc:  # over the time bound again, or its process died
            tally.add(Outcome("failed", False, None, str(exc)), label)
            continue
        except Exception as exc:  # the message's own fault: report it and go on
            why = f"the pipeline still fails ({type(exc).__name__}: {exc})"
            tally.add(Outcome("failed", False, None, why), label)
            continue
        recorded = _record_again(config, store, row.id, result)
        tally.add(Outcome(recorded.status, recorded.duplicate, recorded.reference), label)
    return tally


def _record_again(config: Config, store: Store, raw_id: int, result: CheckResult) -> Recorded:
    """A failed message run again: into the thread it follows up, or a submission of its own."""
    previous = thread_of(store, result, config)
    if previous is None:
        return store.mark_reprocessed(raw_id, result)
    merged = merge(previous, result, config)
    return store.mark_reprocessed_followup(raw_id, result, merged, previous.submission_id)


@dataclass(frozen=True, slots=True)
class Change:
    """One thing reprocessing changed on a submission (before → after, as shown)."""

    reference: str
    what: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class Rerun:
    """What `reprocess REF…|--all` did: the changes, and the submissions it could not redo."""

    done: int
    changes: tuple[Change, ...]
    problems: tuple[str, ...]
    left_out: tuple[str, ...] = ()  # messages that no longer count as a follow-up


def as_edited(config: Config, store: Store, sid: int, thread: cur.Thread) -> cur.Thread:
    """The thread with its pass check made for the curator's time, when the curator set one
    (or for no time, when the curator kept the date alone)."""
    when = cur.curator_time(store, sid)
    cleared, _ = cur.curator_value(store, sid, "taken_at")  # a date alone (`--taken-date`)
    if when is None and not cleared:
        return thread
    result = thread.result
    day = None if when else cur.curator_value(store, sid, "taken_date")[1]
    day = day if isinstance(day, str) else None if when else result.fields.taken_date
    edited = replace(result, fields=replace(result.fields, taken_at=when, taken_date=day))
    return replace(thread, result=replace(result, pass_check=check_result_pass(edited, config)))


def recheck_pass(config: Config, store: Store, ref: str) -> str | None:
    """Check the pass again for the time the curator set on `ref`; None, or why it could not."""
    sid, reference = named(store, ref)
    replayed = replay(config, store, sid, reference)
    if isinstance(replayed, str):
        return replayed
    checked = as_edited(config, store, sid, replayed.thread).result.pass_check
    cur.set_pass_check(store, sid, pass_check_json(checked))
    return None


def rerun_one(config: Config, store: Store, sid: int) -> tuple[list[Change], tuple[str, ...]] | str:
    """Replay one submission's thread; the changes and the messages left out, or why it could not."""
    reference, before = snapshot(store, sid)
    replayed = replay(config, store, sid, reference)
    if isinstance(replayed, str):
        return replayed
    cur.refresh_submission(store, sid, as_edited(config, store, sid, replayed.thread))
    _, after = snapshot(store, sid)
    keys = list(dict.fromkeys([*before, *after]))
    changes = [
        Change(reference, k, before.get(k), after.get(k))
        for k in keys
        if before.get(k) != after.get(k)
    ]
    return changes, replayed.left_out


def reprocess_submissions(
    config: Config, store: Store, ids: list[int], advance: Callable[[], None] | None = None
) -> Rerun:
    """Reprocess each submission; decisions and curator edits are kept."""
    changes: list[Change] = []
    problems: list[str] = []
    left_out: list[str] = []
    done = 0
    for sid in ids:
        outcome = rerun_one(config, store, sid)
        if isinstance(outcome, str):
            problems.append(outcome)
        else:
            done += 1
            changes.extend(outcome[0])
            left_out.extend(outcome[1])
        if advance is not None:
            advance()
    return Rerun(done, tuple(changes), tuple(problems), tuple(left_out))
