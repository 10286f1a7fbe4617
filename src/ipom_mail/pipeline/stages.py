"""The pure pipeline: raw bytes → parse → media → fields → rules (with the reply policy).

`ipom check`, the poller and `ipom ingest` all call `check_message`, so a dry
run on a file takes exactly the path a polled message takes. `pipeline/contract.py` gives
the JSON contract of docs/design.md.
"""

from __future__ import annotations

from dataclasses import replace
from hashlib import sha256

from ipom_mail.config import Config
from ipom_mail.pipeline.fields import extract_fields, own_words, read_ahead
from ipom_mail.pipeline.media import extract_media, start_media
from ipom_mail.pipeline.parse.bounce import failed_addresses
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.rules.verdict import judge
from ipom_mail.pipeline.values import (
    CheckResult,
    DateStyle,
    ParsedMessage,
    ReplyDecision,
    Verdict,
)
from ipom_mail.pipeline.verify.stage import check_result_pass


def check_message(
    raw: bytes, config: Config, sender_dates: tuple[DateStyle, ...] = ()
) -> CheckResult:
    """Run every pure stage on one raw message.

    `sender_dates` is an input, not a lookup: how the sender wrote dates in earlier
    submissions, which the intake reads from the store (empty for `ipom check`).
    """
    parsed = parse_message(raw, bounces=False, hashed=False)
    if not parsed.headers:
        parsed = replace(parsed, sha256=sha256(raw).hexdigest(), bounced=failed_addresses(raw))
        return _not_a_message(raw, parsed, config)
    under_way = start_media(parsed.parts, config.limits)  # the files decode in other processes
    try:  # meanwhile its hash, the bounce detectors and the text (extract_fields finds it read)
        parsed = replace(parsed, sha256=sha256(raw).hexdigest(), bounced=failed_addresses(raw))
        del raw  # not needed any more: a worker handed it over frees it here (a 40 MB message)
        if under_way.decoding_files:  # else nothing to overlap: a newsletter is not read
            read_ahead(parsed, sender_dates)
    finally:
        media = under_way.media()
    fields = extract_fields(parsed, media, config, sender_dates=sender_dates)
    verdict = judge(parsed, media, fields, config)
    result = CheckResult(parsed=parsed, media=media, fields=fields, verdict=verdict)
    # Read here, where the fields are loaded, for a message the reply may answer (compose_reply).
    answerable = verdict.reply.send and verdict.status in ("complete", "incomplete")
    words = own_words(parsed) if answerable else None
    return replace(result, pass_check=check_result_pass(result, config), own_words=words)


def _not_a_message(raw: bytes, parsed: ParsedMessage, config: Config) -> CheckResult:
    """Bytes with no mail header at all (empty, an image, a document): ignored, nothing read.

    Reading such bytes as a message body would turn binary noise into a story
    or a time (a wrong value); its hash is kept so the store still knows it.
    """
    from ipom_mail.pipeline.media.sniff import sniff

    if not raw.strip():
        what = "it is empty"
    else:
        sniffed = sniff(raw[:4096])
        what = f"it is {sniffed.description}" if sniffed.mime else "it has no mail headers"
    blank = replace(parsed, text="", html=None, parts=(), notes=())
    media = extract_media((), config.limits)
    fields = extract_fields(blank, media, config)
    note = f"not a submission: not an email message ({what})"
    verdict = Verdict("ignored", (), ReplyDecision(False, "not an email message"), (note,))
    return CheckResult(parsed=blank, media=media, fields=fields, verdict=verdict)
