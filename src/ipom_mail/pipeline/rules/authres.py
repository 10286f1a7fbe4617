"""Authentication-Results headers (RFC 8601), read tolerantly.

Only the receiving server's verdicts matter to the reply policy, so each header
keeps its authserv-id (the first token) and the method results under it. Real
headers carry comments, odd spacing, quoted values and, from Microsoft, no
authserv-id at all; none of that raises here: what cannot be read is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_PAIR = re.compile(
    r"""(?P<key>[A-Za-z0-9][A-Za-z0-9_.\-/]*)\s*=\s*(?P<value>"(?:[^"\\]|\\.)*"|[^\s";]+)"""
)
_TOKEN = re.compile(r"[A-Za-z0-9_.\-]+")


@dataclass(frozen=True, slots=True)
class MethodResult:
    """One `method=result` with its reason and properties (keys lower-case)."""

    method: str  # lower-case, without a method version: "dkim", "spf", "dmarc"
    result: str  # lower-case: "pass", "fail", "none", "neutral", "softfail"…
    reason: str | None = None
    properties: tuple[tuple[str, str], ...] = ()  # (("header.d", "gmail.com"), …)

    def prop(self, name: str) -> str | None:
        """The first property with this name ("header.d", "smtp.mailfrom"), or None."""
        wanted = name.lower()
        for key, value in self.properties:
            if key == wanted:
                return value
        return None


@dataclass(frozen=True, slots=True)
class AuthResults:
    """One Authentication-Results header: who checked, and what each method said."""

    authserv_id: str | None  # lower-case; None when the header has none (Microsoft)
    results: tuple[MethodResult, ...]
    version: str | None = None


def parse_authres(value: str) -> AuthResults:
    """Read one Authentication-Results header value; never raises."""
    segments = _segments(value)
    if not segments:
        return AuthResults(None, ())
    head, rest = segments[0].strip(), segments[1:]
    authserv_id: str | None = None
    version: str | None = None
    if "=" in head:
        rest = [head, *rest]  # no authserv-id: the first segment is already a result
    else:
        words = head.split()
        if words and _TOKEN.fullmatch(words[0]):
            authserv_id = words[0].lower()
            version = words[1] if len(words) > 1 and words[1].isdigit() else None
    results = tuple(r for r in (_result(s) for s in rest) if r is not None)
    return AuthResults(authserv_id, results, version)


def parse_all(values: Iterable[str]) -> tuple[AuthResults, ...]:
    """Read several Authentication-Results header values, in order."""
    return tuple(parse_authres(v) for v in values)


def _segments(value: str) -> list[str]:
    """Split on top-level semicolons, dropping (nested) comments; quotes are kept."""
    segments: list[str] = []
    current: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                current.append(char)
            continue
        if char == "\\" and (quoted or depth > 0):
            escaped = True
            if depth == 0:
                current.append(char)
        elif quoted:
            current.append(char)
            quoted = char != '"'
        elif char == "(":
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                current.append(" ")
        elif depth > 0:
            continue
        elif char == ";":
            segments.append("".join(current))
            current = []
        else:
            current.append(char)
            quoted = char == '"'
    segments.append("".join(current))
    return segments


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _result(segment: str) -> MethodResult | None:
    """One resinfo: `method[/version]=result [reason=…] [ptype.property=value …]`."""
    pairs = [(m["key"].lower(), _unquote(m["value"])) for m in _PAIR.finditer(segment)]
    if not pairs:
        return None
    method, result = pairs[0]
    if "." in method:
        return None  # a property without its method: not a result
    reason: str | None = None
    properties: list[tuple[str, str]] = []
    for key, value in pairs[1:]:
        if key == "reason" and reason is None:
            reason = value
        elif "." in key:
            properties.append((key, value))
    return MethodResult(method.split("/", 1)[0], result.lower(), reason, tuple(properties))


# Headers a receiving server adds in transit above the message as its sender wrote it.
_TRACE_NAMES = frozenset(
    {
        "received",
        "return-path",
        "delivered-to",
        "envelope-to",
        "authentication-results",
        "received-spf",
        "dkim-filter",
    }
)
_TRACE_PREFIXES = ("arc-", "x-")


def topmost(headers: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The Authentication-Results values above the first header the sender wrote.

    A receiving server adds its trace (Received, Authentication-Results, ARC-*,
    X-* filter headers) on top; the first other header (From, Subject,
    DKIM-Signature, …) starts what the sender wrote, where anyone can put an
    Authentication-Results header naming any server.
    """
    found: list[str] = []
    for name, value in headers:
        low = name.strip().lower()
        if low not in _TRACE_NAMES and not low.startswith(_TRACE_PREFIXES):
            break
        if low == "authentication-results":
            found.append(value)
    return tuple(found)


def stated_dmarc_failure(headers: Iterable[AuthResults]) -> AuthFailure | None:
    """The first `dmarc=fail` in any header, whoever claims it: it can only make us quieter."""
    for h in headers:
        if any(r.method == "dmarc" and r.result == "fail" for r in h.results):
            server = h.authserv_id or "a server that gave no name"
            return AuthFailure("DMARC", server, f"sender failed DMARC per {server}")
    return None


@dataclass(frozen=True, slots=True)
class AuthFailure:
    """A trusted server's finding that the From domain failed authentication."""

    method: str  # "DMARC" | "SPF" | "DKIM"
    authserv_id: str
    reason: str  # a short human sentence


def trusted_failure(
    headers: Iterable[AuthResults], trusted_ids: Iterable[str], from_domain: str
) -> AuthFailure | None:
    """The first trusted server that found the From domain failing authentication.

    Only headers whose authserv-id is trusted count (anyone can add the others),
    and each server's results are weighed on their own, as DMARC does.
    """
    trusted = {t.strip().lower() for t in trusted_ids if t.strip()}
    by_server: dict[str, list[MethodResult]] = {}
    for h in headers:
        if h.authserv_id is not None and h.authserv_id in trusted:
            by_server.setdefault(h.authserv_id, []).extend(h.results)
    for server, results in by_server.items():
        failure = _failure(server, results, from_domain.strip().lower())
        if failure is not None:
            return failure
    return None


def _failure(server: str, results: list[MethodResult], domain: str) -> AuthFailure | None:
    """DMARC=fail is final; SPF=fail, or DKIM=fail for the From domain, count
    only when no method passed aligned with the From domain."""
    if any(r.method == "dmarc" and r.result == "fail" for r in results):
        return AuthFailure("DMARC", server, f"sender failed DMARC per {server}")
    if any(_aligned_pass(r, domain) for r in results):
        return None
    if any(r.method == "spf" and r.result == "fail" for r in results):
        return AuthFailure("SPF", server, f"sender failed SPF per {server} (no aligned DKIM pass)")
    if any(
        r.method == "dkim" and r.result == "fail" and aligned(_dkim_domain(r), domain)
        for r in results
    ):
        return AuthFailure("DKIM", server, f"sender failed DKIM per {server} (no aligned pass)")
    return None


def aligned(domain: str | None, from_domain: str) -> bool:
    """True when `domain` is the From domain or a parent of it (never a bare TLD)."""
    if not domain or "." not in domain:
        return False
    d, f = domain.strip().lower().rstrip("."), from_domain.strip().lower().rstrip(".")
    return f == d or f.endswith("." + d)


def _aligned_pass(r: MethodResult, from_domain: str) -> bool:
    if r.result != "pass":
        return False
    if r.method == "dmarc":
        return True
    if r.method == "dkim":
        return aligned(_dkim_domain(r), from_domain)
    if r.method == "spf":
        return aligned(_domain_of(r.prop("smtp.mailfrom") or r.prop("smtp.mail")), from_domain)
    return False


def _dkim_domain(r: MethodResult) -> str | None:
    return r.prop("header.d") or _domain_of(r.prop("header.i"))


def _domain_of(value: str | None) -> str | None:
    """The domain of an address or identity ("a@b.org", "@b.org", "b.org")."""
    if not value:
        return None
    domain = value.rsplit("@", 1)[-1].strip().strip("<>").lower()
    return domain or None
