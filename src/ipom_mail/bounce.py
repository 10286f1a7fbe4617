"""Bounces in any of the formats mail servers write, with the address that failed.

flufl.bounce (GNU Mailman's detectors, kept current for dozens of servers)
reads the message; it sees only the opening of a large one, since every bounce
states its failure before it quotes the mail it returns, and its heuristics
cost time in proportion to the text they scan.
"""

from __future__ import annotations

import email
import logging
from email.policy import compat32

from flufl.bounce import all_failures

_WINDOW = 256 * 1024  # bytes of the message shown to the detectors

# A detector that trips over odd mail logs a traceback at ERROR; we record "no bounce found".
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)


def failed_addresses(raw: bytes) -> tuple[str, ...]:
    """The recipients a bounce reports as failed (temporarily or for good), sorted; () if none."""
    try:
        message = email.message_from_bytes(raw[:_WINDOW], policy=compat32)
        temporary, permanent = all_failures(message)
    except Exception:  # too deep to parse, or a detector that cannot read it: not a bounce it knows
        return ()
    found = {_text(a).strip().lower() for a in (*temporary, *permanent)}
    return tuple(sorted(a for a in found if a))


def _text(address: bytes | str) -> str:
    if isinstance(address, bytes):
        return address.decode("utf-8", "replace")
    return address
