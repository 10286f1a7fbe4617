"""`ipom reprocess`: run the pipeline again on archived messages.

`--failed` retries messages that failed (failed is not final). `REF…` or
`--all` re-runs submissions after the extraction rules improved: their
messages are read back from the archive, the first message's result is
completed by its follow-ups, the same pure rules judge the whole, and the
store refreshes the extracted rows while keeping decisions and curator edits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from .bounded import PipelineStopped, check_bounded
from .config import Config
from .intake import Outcome, Tally, oversize_reason
from .rules import judge
from .store import Store
from .store import curator as cur
from .store.archive import sha256_hex
from .store.models import FieldValue, RawMessage, Submission
from .values import CheckResult, Fields, Media


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
        recorded = store.mark_reprocessed(row.id, result)
        tally.add(Outcome(recorded.status, recorded.duplicate, recorded.reference), label)
    return tally


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


def submission_ids(store: Store, refs: Iterable[str], every: bool) -> tuple[list[int], list[str]]:
    """The ids to reprocess (all, or these references), and the references not found."""
    with store.session(write=False) as session:
        if every:
            return list(session.scalars(select(Submission.id).order_by(Submission.id))), []
        ids, unknown = [], []
        for ref in refs:
            try:
                ids.append(cur.find_submission(session, ref).id)
            except cur.NotFound:
                unknown.append(f"{ref}: no such submission")
        return ids, unknown


def _snapshot(store: Store, sid: int) -> tuple[str, dict[str, Any]]:
    """The reference and the values a curator sees, to compare before and after."""
    with store.session(write=False) as session:
        sub = session.get(Submission, sid)
        assert sub is not None
        fields = session.execute(
            select(FieldValue.name, FieldValue.value).where(FieldValue.submission_id == sid)
        ).all()
        view: dict[str, Any] = {"status": sub.status, "missing": list(sub.missing or [])}
        view.update({name: value for name, value in fields})
        return sub.reference or str(sid), view


def _merge(results: list[CheckResult], config: Config) -> CheckResult:
    """The first message's result, completed by its follow-ups, judged again."""
    first = results[0]
    fields: Fields = first.fields
    items = list(first.media.items)
    for later in results[1:]:
        f = later.fields
        fields = replace(
            fields,
            taken_at=fields.taken_at or f.taken_at,
            taken_at_source=fields.taken_at_source if fields.taken_at else f.taken_at_source,
            taken_date=fields.taken_date or f.taken_date,
            equipment=fields.equipment or f.equipment,
            story=fields.story or f.story,
            location=fields.location or f.location,
            links=tuple(dict.fromkeys(fields.links + f.links)),
        )
        items += [i for i in later.media.items if i.sha256 not in {m.sha256 for m in items}]
    media = Media(tuple(items), first.media.notes)
    verdict = judge(first.parsed, media, fields, config)
    return CheckResult(first.parsed, media, fields, verdict)


def rerun_one(config: Config, store: Store, sid: int) -> list[Change] | str:
    """Reprocess one submission from its archived messages; the changes, or why it could not."""
    with store.session(write=False) as session:
        raws = list(
            session.scalars(
                select(RawMessage).where(RawMessage.submission_id == sid).order_by(RawMessage.id)
            )
        )
    reference, before = _snapshot(store, sid)
    results: list[CheckResult] = []
    payloads: dict[str, bytes] = {}
    for row in raws:
        data = store.read_raw(row)
        if data is None:
            return f"{reference}: message {row.id} is not in the archive"
        try:
            result = check_bounded(data, config)
        except PipelineStopped as exc:
            return f"{reference}: {exc}"
        except Exception as exc:  # the message's own fault: report it and go on
            return f"{reference}: the pipeline fails on it ({type(exc).__name__}: {exc})"
        results.append(result)
        payloads.update({sha256_hex(p.payload): p.payload for p in result.parsed.parts})
    if not results:
        return f"{reference}: no archived message"
    cur.refresh_submission(store, sid, _merge(results, config), [r.id for r in raws], payloads)
    _, after = _snapshot(store, sid)
    keys = list(dict.fromkeys([*before, *after]))
    return [
        Change(reference, k, before.get(k), after.get(k))
        for k in keys
        if before.get(k) != after.get(k)
    ]


def reprocess_submissions(
    config: Config, store: Store, ids: list[int], advance: Callable[[], None] | None = None
) -> Rerun:
    """Reprocess each submission; decisions and curator edits are kept."""
    changes: list[Change] = []
    problems: list[str] = []
    done = 0
    for sid in ids:
        outcome = rerun_one(config, store, sid)
        if isinstance(outcome, str):
            problems.append(outcome)
        else:
            done += 1
            changes.extend(outcome)
        if advance is not None:
            advance()
    return Rerun(done, tuple(changes), tuple(problems))
