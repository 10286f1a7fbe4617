"""The verdict: is this a submission, what is missing, and may we answer it.

Pure: reads the values of parse, media and fields and the config. Machine mail
(bounces, auto-replies, reports) and spam are `ignored`; a message over the
size limit is `rejected`; everything else is judged by its content, including
list mail and mail whose reply is withheld (their notes say why).
"""

from __future__ import annotations

from ipom_mail.config import Config
from ipom_mail.pipeline.rules.reply_policy import NOT_A_SUBMISSION, decision_from, objections
from ipom_mail.pipeline.values import (
    Fields,
    Media,
    MissingItem,
    ParsedMessage,
    ReplyDecision,
    Verdict,
)

_MB = 1024 * 1024


def judge(parsed: ParsedMessage, media: Media, fields: Fields, config: Config) -> Verdict:
    """Status, missing items, reply decision and notes for one message."""
    found = objections(parsed, config)
    decision = decision_from(found)
    limit = config.limits.max_message_mb
    if parsed.size > limit * _MB:
        note = f"the message is {parsed.size / _MB:.1f} MB, over the {limit:g} MB limit"
        if decision.send:
            decision = ReplyDecision(True, "will reply: message over the size limit")
        return Verdict("rejected", (), decision, (note,))
    machine = next((o for o in found if o.kind in NOT_A_SUBMISSION), None)
    if machine is not None:
        return Verdict("ignored", (), decision, (f"not a submission: {machine.reason}",))
    missing = missing_items(media, fields)
    notes: tuple[str, ...] = ()
    if decision.send:
        decision = ReplyDecision(True, f"will reply: {_summary(missing)}")
    elif found:
        notes = (f"{found[0].reason}: judged by its content, no reply sent",)
    return Verdict("incomplete" if missing else "complete", missing, decision, notes)


def missing_items(media: Media, fields: Fields) -> tuple[MissingItem, ...]:
    """The required items not found, in the order photo, taken_at, equipment."""
    missing: list[MissingItem] = []
    if not media.usable and not fields.links:
        missing.append("photo")
    if fields.taken_at is None:
        missing.append("taken_at")
    if not fields.equipment:
        missing.append("equipment")
    return tuple(missing)


def _summary(missing: tuple[MissingItem, ...]) -> str:
    if not missing:
        return "submission complete"
    return f"{len(missing)} item{'s' if len(missing) > 1 else ''} missing"
