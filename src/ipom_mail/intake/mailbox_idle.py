"""IMAP IDLE (RFC 2177): waiting on a logged-in session until new mail arrives."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from imapclient import IMAPClient

IDLE_RENEW_S = 25 * 60  # RFC 2177: re-issue IDLE before the server's 30-minute timeout


def idle_until_mail(client: IMAPClient, timeout: float) -> bool:
    """Wait in IDLE until the server reports new mail (True) or `timeout` passes (False);
    the caller has checked the IDLE capability and turns errors into a MailboxError."""
    deadline = time.monotonic() + timeout
    arrived = False
    while not arrived and (left := deadline - time.monotonic()) > 0:
        client.idle()
        arrived = _idle_until(client, min(left, IDLE_RENEW_S))
        _, rest = client.idle_done()  # raises when the connection is gone
        arrived = arrived or _reports_new_mail(rest)
    return arrived


def _idle_until(client: IMAPClient, seconds: float) -> bool:
    """Read IDLE responses for up to `seconds`: True at new mail, False at the end.

    Also False early when the socket woke without a whole response (EOF, most
    often): idle_done() then tells a dropped connection from a slow server.
    """
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        responses: list[Any] = client.idle_check(timeout=left)
        if _reports_new_mail(responses):
            return True
        if not responses and end - time.monotonic() > 0.01:
            return False
    return False


def _reports_new_mail(responses: Sequence[Any]) -> bool:
    """Whether untagged IDLE responses include `* n EXISTS` (a message arrived)."""
    return any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS" for r in responses)
