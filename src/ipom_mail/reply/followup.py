"""Follow-ups: a photographer's answer to our reply completes the submission it answers.

A message is a follow-up when it comes from the submission's own sender and
either replies to one of our replies (In-Reply-To/References) or names the
submission's reference ([IPOM-2024-0012]) in its subject. Another sender
quoting a reference, or a sender shown to be forged (DMARC failed anywhere, or
SPF/DKIM at a trusted server), never changes a submission: the mail is stored
on its own with a note that flags it for the curator. The merge is pure: new
fields fill the missing ones (never overwrite), media are added, a time alone
completes a date already known, and the same `rules.judge` runs again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select

from ipom_mail.config import Config
from ipom_mail.fields import extract_fields
from ipom_mail.fields.submission import NOT_A_SUBMISSION_NOTE
from ipom_mail.reply_policy import objections
from ipom_mail.rules import judge
from ipom_mail.store import Store
from ipom_mail.store.models import FieldValue, Link, MediaRow, Reply, Submission
from ipom_mail.store.rows import fields_from_values, media_item
from ipom_mail.values import CheckResult, Fields, Media, MediaItem, ParsedMessage

REFERENCE = re.compile(r"\[?\b(IPOM-\d{4}-\d{4,})\b\]?", re.I)


@dataclass(frozen=True, slots=True)
class Previous:
    """An earlier submission as stored: what a follow-up is merged into."""

    submission_id: int
    reference: str | None
    status: str
    fields: Fields
    media: tuple[MediaItem, ...]


def references_in(subject: str | None) -> tuple[str, ...]:
    """The submission references named in a subject, upper-case, in order."""
    return tuple(dict.fromkeys(m.upper() for m in REFERENCE.findall(subject or "")))


def thread_of(store: Store, result: CheckResult, config: Config) -> Previous | None:
    """The submission this message's result follows up, or None: the one rule for a follow-up.

    Used when a message arrives and when `reprocess` replays a thread, so both
    agree on which messages belong to a submission.
    """
    return followup_of(store, result, config)[0]


def find_previous(store: Store, parsed: ParsedMessage) -> Previous | None:
    """The submission this message follows up, from the same sender, or None."""
    sender = (parsed.sender or "").strip().lower()
    if "@" not in sender:
        return None
    same_sender = func.lower(Submission.sender) == sender
    ids = (*parsed.in_reply_to, *parsed.references)
    with store.session(write=False) as session:
        found = None
        if ids:
            query = (
                select(Submission)
                .join(Reply, Reply.submission_id == Submission.id)
                .where(Reply.message_id.in_(ids), same_sender)
                .order_by(Submission.id.desc())
            )
            found = session.scalars(query).first()
        refs = references_in(parsed.subject)
        if found is None and refs:
            query = select(Submission).where(Submission.reference.in_(refs), same_sender)
            found = session.scalars(query.order_by(Submission.id.desc())).first()
        if found is None:
            return None
        return _previous(session, found)


def followup_of(
    store: Store, result: CheckResult, config: Config
) -> tuple[Previous | None, str | None]:
    """The submission to merge into, or None with the curator's flag when one is named
    but may not be changed (another sender, or a sender shown to be forged)."""
    if result.verdict.status not in ("complete", "incomplete"):
        return None, None
    parsed = result.parsed
    previous = find_previous(store, parsed)
    if previous is not None:
        forged = next((o.reason for o in objections(parsed, config) if o.kind == "forged"), None)
        if forged is None:
            return previous, None
        return None, _flag(previous.reference, f"{forged}")
    named = _named_elsewhere(store, parsed)
    return None, (_flag(named, "it comes from another sender") if named else None)


def flagged(result: CheckResult, flag: str | None) -> CheckResult:
    """The result with the curator's flag among its verdict's notes (unchanged without one)."""
    if flag is None:
        return result
    return replace(result, verdict=replace(result.verdict, notes=(*result.verdict.notes, flag)))


def _flag(reference: str | None, why: str) -> str:
    return (
        f"flagged for the curator: this mail names {reference or 'an earlier submission'} "
        f"but {why}; stored on its own, not merged into it"
    )


def _named_elsewhere(store: Store, parsed: ParsedMessage) -> str | None:
    """The reference of a submission this mail answers or names, whoever sent it."""
    ids = (*parsed.in_reply_to, *parsed.references)
    with store.session(write=False) as session:
        if ids:
            query = (
                select(Submission.reference)
                .join(Reply, Reply.submission_id == Submission.id)
                .where(Reply.message_id.in_(ids))
            )
            found = session.scalars(query.order_by(Submission.id.desc())).first()
            if found is not None:
                return found
        refs = references_in(parsed.subject)
        if not refs:
            return None
        query = select(Submission.reference).where(Submission.reference.in_(refs))
        return session.scalars(query.order_by(Submission.id.desc())).first()


def _previous(session: Any, sub: Submission) -> Previous:
    """Read a submission's stored fields, links and media back as values."""
    values: dict[str, Any] = {}
    for row in session.scalars(select(FieldValue).where(FieldValue.submission_id == sub.id)):
        values[row.name] = row.value
        if row.name == "taken_at":
            values["taken_at_source"] = row.source
    links = tuple(
        session.scalars(
            select(Link.url).where(Link.submission_id == sub.id).order_by(Link.position)
        )
    )
    media_rows = session.scalars(
        select(MediaRow).where(MediaRow.submission_id == sub.id).order_by(MediaRow.position)
    )
    return Previous(
        submission_id=sub.id,
        reference=sub.reference,
        status=sub.status,
        fields=fields_from_values(values, links),
        media=tuple(media_item(r) for r in media_rows),
    )


def _completed_time(previous: Fields, result: CheckResult) -> Fields:
    """The follow-up's fields, with a time alone read against the date already known."""
    new = result.fields
    if new.taken_at is not None or previous.taken_at is not None or not previous.taken_date:
        return new
    from ipom_mail.fields.taken_at import clean_text, parse_time_answer

    known = date.fromisoformat(previous.taken_date)
    answer = parse_time_answer(clean_text(result.parsed.text or ""), known, result.parsed.date)
    if answer.taken_at is None:
        return new
    return replace(new, taken_at=answer.taken_at, taken_at_source=answer.source, taken_date=None)


def merge_fields(previous: Fields, new: Fields) -> Fields:
    """Previous values kept; each field still unknown is filled from the follow-up."""
    taken_at = previous.taken_at or new.taken_at
    source = previous.taken_at_source if previous.taken_at else new.taken_at_source
    person = previous.photographer
    if not person.name and not person.links:
        person = new.photographer
    flyby = previous.flyby if any(_known(previous.flyby)) else new.flyby
    return Fields(
        taken_at=taken_at,
        taken_at_source=source if taken_at else None,
        taken_date=None if taken_at else (previous.taken_date or new.taken_date),
        photographer=person,
        equipment=previous.equipment or new.equipment,
        flyby=flyby,
        story=previous.story or new.story,
        location=previous.location or new.location,
        gps_lat=previous.gps_lat if previous.gps_lat is not None else new.gps_lat,
        gps_lon=previous.gps_lon if previous.gps_lat is not None else new.gps_lon,
        links=tuple(dict.fromkeys((*previous.links, *new.links))),
        notes=new.notes,
    )


def _known(flyby: Any) -> tuple[bool, ...]:
    return tuple(
        v is not None for v in (flyby.max_elevation_deg, flyby.start, flyby.end, flyby.magnitude)
    )


def as_follow_up(result: CheckResult, config: Config) -> CheckResult:
    """A message matched to a submission, read as its follow-up whatever its wording
    ("the time was 21:34 UT" has no photo and no submission words of its own)."""
    if not any(n.startswith(NOT_A_SUBMISSION_NOTE) for n in result.fields.notes):
        return result
    own = extract_fields(result.parsed, result.media, config, follow_up=True)
    return replace(result, fields=own)


def merge(previous: Previous, result: CheckResult, config: Config) -> CheckResult:
    """The submission with the follow-up in it, judged again by the same rules."""
    result = as_follow_up(result, config)
    fields = merge_fields(previous.fields, _completed_time(previous.fields, result))
    seen = {i.sha256 for i in previous.media}
    items = (*previous.media, *(i for i in result.media.items if i.sha256 not in seen))
    media = Media(items, result.media.notes)
    verdict = judge(result.parsed, media, fields, config)
    merged = CheckResult(parsed=result.parsed, media=media, fields=fields, verdict=verdict)
    # the follow-up may have brought the time or the place: check the pass again
    from ipom_mail.verify.stage import check_result_pass  # the pass check, for follow-ups only

    return replace(merged, pass_check=check_result_pass(merged, config))
