"""A poll stays light: the fields package, Babel, the media package and Pillow load in the
pipeline's processes, not the poller's.

The fields package (tens of MB of compiled patterns and CLDR data) is already loaded
in the pipeline worker; the poller gets what it needs from there with the result.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pollkit import Setup, poll_loading, write_config
from tests.reply_kit import parsed, submission, text_of
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.imap

HEAVY = ("ipom_mail.pipeline.fields", "babel", "ipom_mail.pipeline.media", "PIL")


def _poll(setup: Setup) -> str:
    """Run one `ipom poll`; the heavy packages its own process loaded, as a line."""
    return poll_loading(setup, HEAVY)[1]


@pytest.fixture
def setup(dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path) -> Setup:
    sink = {"host": "127.0.0.1", "port": smtp_sink.port, "security": "none", "username": ""}
    config = write_config(tmp_path, dovecot, "", reply={"enabled": True}, smtp=sink)
    s = Setup(dovecot, config, tmp_path / "data", "")
    s.init()
    return s


def test_a_poll_answers_in_the_senders_language_without_loading_the_fields_package(
    setup: Setup, smtp_sink: SmtpSink
) -> None:
    german = (
        "Hallo, anbei mein Foto der ISS vom Sonntagabend, aufgenommen am 12. Mai 2024 "
        "um 21:34:10 UT. Die Kamera und das Teleskop schreibe ich Ihnen noch."
    )
    setup.server.append("INBOX", submission(body=german, msgid="<de@example.de>"))
    setup.server.append("INBOX", submission(msgid="<en@example.es>"))
    assert _poll(setup) == "loaded:"
    replies = {parsed(m)["In-Reply-To"]: m for m in smtp_sink.messages}
    assert "Ihre Einsendung hat die Referenz" in text_of(replies["<de@example.de>"])
    assert "Ihre Einsendung" not in text_of(replies["<en@example.es>"])

    ours = parsed(replies["<de@example.de>"])["Message-ID"]
    answer = "Aufgenommen mit meinem Celestron EdgeHD 8 und einer ZWO ASI462MC, viele Grüße."
    setup.server.append("INBOX", submission(body=answer, photo=False, in_reply_to=ours))
    assert _poll(setup) == "loaded:"
    completed = text_of(smtp_sink.messages[-1])
    assert "ist jetzt vollständig" in completed
