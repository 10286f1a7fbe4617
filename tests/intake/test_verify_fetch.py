"""The daily element refresh of `ipom serve`, against a real HTTPS server on loopback."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme

from ipom_mail.intake.elements import refresh
from ipom_mail.pipeline.verify.elements import parse_elements

ELEMENTS = Path(__file__).parents[1] / "data" / "iss-elements.txt"
SETS = ELEMENTS.read_text(encoding="ascii").split("ISS (ZARYA)\n")
OLD, NEW = "ISS (ZARYA)\n" + SETS[1], "ISS (ZARYA)\n" + SETS[-1]


class Feed(BaseHTTPRequestHandler):
    body = NEW.encode()

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(type(self).body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def https(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server with a throw-away CA; yields its URL and the CA file."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/iss.tle", ca_file
    finally:
        server.shutdown()
        server.server_close()


def test_new_sets_are_appended_once(tmp_path: Path, https: tuple[str, Path]) -> None:
    url, ca = https
    history = tmp_path / "iss.tle"
    history.write_text(OLD, encoding="ascii")
    first = refresh(history, url, cafile=str(ca))
    assert (first.added, first.total, first.problem) == (1, 2, None)
    again = refresh(history, url, cafile=str(ca))
    assert (again.added, again.total) == (0, 2)
    assert len(parse_elements(history.read_text(encoding="ascii"))) == 2


def test_a_server_whose_certificate_is_not_trusted_is_refused(
    tmp_path: Path, https: tuple[str, Path]
) -> None:
    url, _ca = https
    history = tmp_path / "iss.tle"
    history.write_text(OLD, encoding="ascii")
    done = refresh(history, url)
    assert done.problem is not None and "CERTIFICATE_VERIFY_FAILED" in done.problem
    assert history.read_text(encoding="ascii") == OLD


def test_a_page_that_is_no_element_feed_changes_nothing(tmp_path: Path, https: tuple[str, Path],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    url, ca = https
    monkeypatch.setattr(Feed, "body", b"<html>maintenance</html>")
    history = tmp_path / "iss.tle"
    history.write_text(OLD, encoding="ascii")
    done = refresh(history, url, cafile=str(ca))
    assert done.problem == f"{url} sent no valid two-line element set"
    assert history.read_text(encoding="ascii") == OLD


def test_a_server_that_is_down_is_a_line_in_the_log_not_an_error(tmp_path: Path) -> None:
    history = tmp_path / "iss.tle"
    done = refresh(history, "https://127.0.0.1:9/iss.tle")
    assert done.problem is not None and done.problem.startswith(
        "cannot fetch https://127.0.0.1:9/iss.tle"
    )
    assert done.line(history).startswith("elements not refreshed: cannot fetch")
    assert not history.exists()
