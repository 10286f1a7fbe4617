"""Whether to answer a message at all: never machines, lists, spam or forgers.

The checks follow what robust vacation responders do (RFC 3834): each one that
applies is an Objection with a kind and a short human reason, in a fixed order;
the first decides the reply. `rules` uses the kinds to tell mail that is not a
submission (a bounce, an auto-reply, spam) from mail that is judged by its
content but not answered (a club's list, a sender failing DMARC).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from ipom_mail.config import Config
from ipom_mail.pipeline.rules import machine_signals as signals
from ipom_mail.pipeline.rules.authres import (
    parse_all,
    stated_dmarc_failure,
    topmost,
    trusted_failure,
)
from ipom_mail.pipeline.values import ParsedMessage, ReplyDecision

ObjectionKind = Literal[
    "disabled", "no_sender", "self", "list", "machine", "noreply", "suppressed", "spam", "forged"
]
NOT_A_SUBMISSION: frozenset[ObjectionKind] = frozenset({"machine", "spam"})

LIST_HEADERS = (
    "List-Id",
    "List-Post",
    "List-Unsubscribe",
    "List-Help",
    "List-Subscribe",
    "List-Owner",
    "List-Archive",
    "Mailing-List",
)
REPORT_PART_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "message/disposition-notification",
        "message/global-disposition-notification",
        "message/feedback-report",
        "application/tlsrpt+json",
        "application/tlsrpt+gzip",
    }
)
SUPPRESS_VALUES = frozenset({"all", "autoreply", "oof"})

_LIST_LOCAL = re.compile(r".+-request|owner-.+|.+-owner")
_SUBJECT_REASONS = {
    "autoreply": "automatic reply",
    "bounce": "delivery failure notice",
    "feedback": "complaint or feedback report",
    "challenge": "challenge/response request",
}
_COMMENT = re.compile(r"\([^()]*\)")


@dataclass(frozen=True, slots=True)
class Objection:
    """One reason not to answer: its kind (for rules) and a short sentence."""

    kind: ObjectionKind
    reason: str


def decide_reply(parsed: ParsedMessage, config: Config) -> ReplyDecision:
    """Reply or not, with the first reason that applies (or "will reply")."""
    return decision_from(objections(parsed, config))


def decision_from(found: tuple[Objection, ...]) -> ReplyDecision:
    """The reply decision the first objection makes (none: "will reply")."""
    if found:
        return ReplyDecision(False, found[0].reason)
    return ReplyDecision(True, "will reply")


def objections(parsed: ParsedMessage, config: Config) -> tuple[Objection, ...]:
    """Every reason not to answer this message, in the order they are checked."""
    checks: tuple[Callable[[ParsedMessage, Config], Iterator[Objection]], ...] = (
        _disabled,
        _sender,
        _loop,
        _list,
        _auto_submitted,
        _precedence,
        _autoreply_headers,
        _machine_sender,
        _machine_subject,
        _challenge,
        _suppressed,
        _report,
        _spam,
        _forged,
    )
    return tuple(o for check in checks for o in check(parsed, config))


def keyword(value: str) -> str:
    """A header value's first word, without comments, lower-case: "Bulk (x)" → "bulk"."""
    text = value
    while _COMMENT.search(text):
        text = _COMMENT.sub(" ", text)
    words = re.split(r"[\s,;]+", text.strip().lower(), maxsplit=1)
    return words[0] if words else ""


def shown(value: str, limit: int = 60) -> str:
    """A header value for a reason sentence: spaces collapsed, long values cut."""
    text = " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _disabled(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    if not config.reply.enabled:
        yield Objection("disabled", "replies are disabled in the config")


def _sender(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    if not parsed.sender or "@" not in parsed.sender:
        yield Objection("no_sender", "no sender address to reply to")
    if parsed.return_path == "":
        yield Objection("machine", "empty Return-Path (a bounce or other machine mail)")
    own = set(config.own_addresses)
    for address in (parsed.sender, parsed.reply_to):
        if address and address.strip().lower() in own:
            yield Objection("self", f"mail from our own address ({address.strip().lower()})")
            break


def _loop(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    """Mail carrying our own X-Loop is our reply coming back: machine mail, never answered."""
    own = set(config.own_addresses)
    for value in parsed.header_all("X-Loop"):
        if value.strip().lower().strip("<>") in own:
            yield Objection("machine", f"our own reply looping back (X-Loop: {shown(value)})")
            return


def _list(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    for name in LIST_HEADERS:
        value = parsed.header(name)
        if value is not None:
            yield Objection("list", f"mailing-list mail ({name}: {shown(value)})")
            return


def _auto_submitted(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    for value in parsed.header_all("Auto-Submitted"):
        if keyword(value) != "no":  # even an empty value: a person's client never adds one
            yield Objection(
                "machine", f"auto-submitted mail (Auto-Submitted: {shown(value) or 'empty'})"
            )
            return


def _precedence(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    for value in parsed.header_all("Precedence"):
        word = keyword(value)
        if word in ("bulk", "junk", "list"):
            # A list's own "bulk" or "list" marks the list, not its author's message.
            on_list = word == "list" or any(parsed.header(h) is not None for h in LIST_HEADERS)
            kind: ObjectionKind = "list" if on_list and word != "junk" else "machine"
            yield Objection(kind, f"{word} mail (Precedence: {shown(value)})")
            return


def _autoreply_headers(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    found = signals.vendor_autoreply(parsed)
    if found is not None:
        yield Objection("machine", f"automatic reply ({shown(found)})")


def _machine_sender(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    if not parsed.sender or "@" not in parsed.sender:
        return
    address = parsed.sender.strip().lower()
    robot = signals.robot_sender(address)
    if robot == "machine":
        yield Objection("machine", f"machine sender ({address})")
    elif robot == "feedback":
        yield Objection("machine", f"complaint or feedback-loop sender ({address})")
    elif _LIST_LOCAL.fullmatch(address.rsplit("@", 1)[0]):
        yield Objection("list", f"mailing-list software sender ({address})")
    elif robot == "noreply":
        # A service writing for a person (Reply-To: that person) is judged, not ignored.
        kind: ObjectionKind = "noreply" if _personal(parsed.reply_to) else "machine"
        yield Objection(kind, f"no-reply sender ({address})")


def _personal(address: str | None) -> bool:
    """True for an address that looks like a person's (not a robot's) mailbox."""
    if not address or "@" not in address:
        return False
    local = address.strip().lower().rsplit("@", 1)[0]
    return signals.robot_sender(address) is None and not _LIST_LOCAL.fullmatch(local)


def _machine_subject(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    """A Subject that opens as machines write them: "Automatic reply:", "Undeliverable:"…"""
    kind = signals.subject_kind(parsed.subject)
    if kind is not None:
        yield Objection(
            "machine", f"{_SUBJECT_REASONS[kind]} (Subject: {shown(parsed.subject or '')})"
        )


def _challenge(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    """A challenge/response system asking us to prove we are human (often "RE: …")."""
    phrase = signals.challenge_phrase(parsed.text)
    if phrase is not None:
        yield Objection("machine", f'challenge/response request ("{shown(phrase)}")')


def _suppressed(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    if not config.reply.honour_auto_response_suppress:
        return
    for value in parsed.header_all("X-Auto-Response-Suppress"):
        words = {w.strip().lower() for w in re.split(r"[,\s]+", _COMMENT.sub(" ", value))}
        if words & SUPPRESS_VALUES:
            yield Objection(
                "suppressed",
                f"the sender asked for no automatic replies "
                f"(X-Auto-Response-Suppress: {shown(value)})",
            )
            return


def _report(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    if parsed.content_type.strip().lower() == "multipart/report":
        kind = f"; report-type={parsed.report_type}" if parsed.report_type else ""
        yield Objection("machine", f"delivery or read report (multipart/report{kind})")
        return
    for part in parsed.parts:
        declared = (part.declared_type or "").split(";", 1)[0].strip().lower()
        if declared in REPORT_PART_TYPES:
            yield Objection("machine", f"delivery or read report (a {declared} part)")
            return
    header = signals.report_header(parsed)
    if header is not None:
        yield Objection("machine", f"delivery or complaint report ({shown(header)})")
    elif parsed.bounced:
        failed = ", ".join(parsed.bounced[:3]) + (" …" if len(parsed.bounced) > 3 else "")
        yield Objection("machine", f"a bounce: delivery to {shown(failed)} failed")


def _spam(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    for name in ("X-Spam-Flag", "X-Spam-Status", "X-Spam"):
        for value in parsed.header_all(name):
            if keyword(value) == "yes":
                yield Objection("spam", f"marked as spam ({name}: {shown(value, 30)})")
                return


def _forged(parsed: ParsedMessage, config: Config) -> Iterator[Objection]:
    """DMARC=fail stated anywhere; SPF/DKIM failures and passes only at the top, from trusted ids."""
    stated = stated_dmarc_failure(parse_all(parsed.header_all("Authentication-Results")))
    if stated is not None:
        yield Objection("forged", stated.reason)
        return
    if not parsed.sender or "@" not in parsed.sender or not config.reply.trusted_authserv_ids:
        return
    top = parse_all(topmost((h.name, h.value) for h in parsed.headers))
    domain = parsed.sender.rsplit("@", 1)[1]
    failure = trusted_failure(top, config.reply.trusted_authserv_ids, domain)
    if failure is not None:
        yield Objection("forged", failure.reason)
