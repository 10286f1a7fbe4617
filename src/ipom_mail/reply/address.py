"""One address, one person: the canonical form used to count and compare senders.

`Maria.Lopez+ipom@Example.ES` and `maria.lopez@example.es` reach the same
mailbox, so reply caps count them together (a flood of `victim+N@` addresses
is one victim). Dots are kept: only some providers ignore them.
"""

from __future__ import annotations


def canonical(address: str) -> str:
    """Case-folded, surrounding blanks and brackets gone, a `+tag` removed."""
    text = address.strip().strip("<>").strip().casefold()
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    return f"{local.split('+', 1)[0] or local}@{domain.rstrip('.')}"


def domain_of(address: str) -> str:
    """The domain part, case-folded ("" when there is none)."""
    return canonical(address).rpartition("@")[2] if "@" in address else ""


def same_domain(a: str, b: str) -> bool:
    """True when one address's domain is the other's or a subdomain of it (never a bare TLD)."""
    da, db = domain_of(a), domain_of(b)
    if not da or not db:
        return False
    short, long_ = sorted((da, db), key=len)
    return "." in short and (long_ == short or long_.endswith("." + short))
