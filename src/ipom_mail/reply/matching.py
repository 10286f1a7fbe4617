"""Which submission a message follows up: the one rule, when a message arrives and in a replay.

A message is a follow-up when it comes from the submission's own sender and
either replies to one of our replies (In-Reply-To/References) or names the
submission's reference ([IPOM-2024-0012]) in its subject. Another sender
quoting a reference, or a sender shown to be forged (DMARC failed anywhere, or
SPF/DKIM at a trusted server), never changes a submission: the mail is stored
on its own with a note that flags it for the curator. The store answers the
lookups (`store/threads`); the merge itself is `reply/followup`'s, and pure.
"""

from __future__ import annotations

import re

from ipom_mail.config import Config
from ipom_mail.pipeline.rules.reply_policy import objections
from ipom_mail.pipeline.values import CheckResult, ParsedMessage, Previous
from ipom_mail.store import Store, threads

REFERENCE = re.compile(r"\[?\b(IPOM-\d{4}-\d{4,})\b\]?", re.I)


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
    answered = (*parsed.in_reply_to, *parsed.references)
    return threads.find_previous(store, sender, answered, references_in(parsed.subject))


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
    answered = (*parsed.in_reply_to, *parsed.references)
    named = threads.named_elsewhere(store, answered, references_in(parsed.subject))
    return None, (_flag(named, "it comes from another sender") if named else None)


def _flag(reference: str | None, why: str) -> str:
    return (
        f"flagged for the curator: this mail names {reference or 'an earlier submission'} "
        f"but {why}; stored on its own, not merged into it"
    )
