"""Which security a mail port speaks, asked within seconds when the configured one does not fit.

Plain text or STARTTLS spoken to a TLS port waits for a greeting that never
comes; TLS spoken to a plain port fails its handshake. Either way the operator
is told the `security` value that fits the port, instead of a timeout blamed on
host and port. The probes send no credentials and are closed at once.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
from dataclasses import dataclass

GREETING_S = 3.0  # a server that has not greeted by then may be waiting for a TLS handshake
PROBE_S = 1.5


@dataclass(frozen=True, slots=True)
class Protocol:
    """What a probe says to a plain-text server of this protocol and what it expects back."""

    name: str
    section: str
    tls_port: int
    starttls_port: int
    greeting: bytes  # a regular expression the server's first line matches
    command: bytes  # asks for the capabilities
    done: bytes  # a regular expression matching the end of the answer


IMAP = Protocol(
    "IMAP", "[imap]", 993, 143, rb"^\* (OK|PREAUTH)", b"A1 CAPABILITY\r\n", rb"(?m)^A1 "
)
SMTP = Protocol("SMTP", "[smtp]", 465, 587, rb"^220", b"EHLO ipom-mail\r\n", rb"(?m)^(250|5\d\d) ")


def plain_port_fix(proto: Protocol, host: str, port: int) -> str | None:
    """After a failed TLS handshake: the fix when the port speaks plain `proto`, else None."""
    answer = _plain_answer(proto, host, port)
    if answer is None:
        return None
    where = f"{host}:{port}"
    if b"STARTTLS" in answer.upper():
        return (
            f"{where} speaks plain {proto.name} with STARTTLS, not TLS: set {proto.section} "
            f'security = "starttls" (or use its TLS port, usually {proto.tls_port})'
        )
    return (
        f"{where} speaks plain {proto.name} without STARTTLS: use its TLS port "
        f'(usually {proto.tls_port}) with {proto.section} security = "tls"'
    )


def tls_port_fix(proto: Protocol, host: str, port: int) -> str | None:
    """After no greeting in plain text: the fix when the port expects TLS at once, else None."""
    if not speaks_tls(host, port):
        return None
    return (
        f"{host}:{port} expects TLS from the first byte: set {proto.section} security = "
        f'"tls" (or use its STARTTLS port, usually {proto.starttls_port})'
    )


def speaks_tls(host: str, port: int, timeout: float = PROBE_S) -> bool:
    """Whether the peer answers a TLS handshake (its certificate is not judged: nothing is sent)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only asks which protocol the port speaks
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host),
        ):
            return True
    except ssl.SSLError as exc:  # a TLS alert is still TLS; a garbled record is not
        return "ALERT" in str(exc.reason or "").upper()
    except OSError:
        return False


def _plain_answer(proto: Protocol, host: str, port: int, timeout: float = PROBE_S) -> bytes | None:
    """The greeting and the capabilities of a plain-text `proto` server, or None."""
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            data = _read_until(sock, rb"\r?\n", deadline)
            if not re.match(proto.greeting, data):
                return None
            sock.sendall(proto.command)
            return data + _read_until(sock, proto.done, deadline)
    except OSError:
        return None


def _read_until(sock: socket.socket, pattern: bytes, deadline: float, limit: int = 16384) -> bytes:
    """Bytes from `sock` until `pattern` matches, the deadline passes or `limit` bytes came."""
    data = b""
    while not re.search(pattern, data) and len(data) < limit:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        sock.settimeout(left)
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            break
        if not chunk:
            break
        data += chunk
    return data
