"""DMARC in the reply policy: a stated failure counts wherever it is; a pass only at the top.

A `dmarc=fail` in any Authentication-Results header suppresses the reply,
whatever server it names (it can only make us quieter). A pass counts only in
the headers our trusted server added above everything the sender wrote, and
never makes machine or list mail answerable.
"""

from __future__ import annotations

import pytest

from ipom_mail.config import Config, ReplyConfig
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.rules.reply_policy import decide_reply
from ipom_mail.pipeline.rules.verdict import judge
from ipom_mail.pipeline.values import Fields, Media
from tests.reply_kit import submission

TRUSTED = Config(reply=ReplyConfig(trusted_authserv_ids=("mx.example.org",)))
UNTRUSTED = Config()


def on_top(*values: str) -> list[tuple[str, str]]:
    """Headers as our server adds them, above the sender's own."""
    return [
        ("Received", "from out.example.es by mx.example.org; Mon, 13 May 2024 08:15:01 +0000")
    ] + [("Authentication-Results", v) for v in values]


def delivered(top: list[tuple[str, str]], headers: dict[str, str] | None = None) -> bytes:
    """A submission as delivered: `top` prepended, `headers` among the sender's own."""
    raw = submission(headers=headers)
    return b"".join(f"{n}: {v}\r\n".encode() for n, v in top) + raw


@pytest.mark.parametrize("config", [TRUSTED, UNTRUSTED], ids=["trusted", "fresh install"])
@pytest.mark.parametrize(
    "value",
    [
        "mx.example.org; dmarc=fail header.from=example.es",
        "attacker.example; dmarc=fail (p=reject) header.from=example.es",
        "spf=pass; dkim=none; dmarc=fail action=none header.from=example.es",
    ],
    ids=["trusted id", "untrusted id", "no id"],
)
def test_a_dmarc_fail_stated_at_the_top_by_any_server_suppresses_the_reply(
    value: str, config: Config
) -> None:
    parsed = parse_message(delivered(on_top(value)))
    decision = decide_reply(parsed, config)
    assert decision.send is False
    assert decision.reason.startswith("sender failed DMARC per ")


def test_a_dmarc_fail_written_among_the_senders_own_headers_still_suppresses_the_reply() -> None:
    raw = delivered(
        on_top("mx.example.org; dmarc=pass header.from=example.es"),
        {"Authentication-Results": "relay.example.net; dmarc=fail header.from=example.es"},
    )
    decision = decide_reply(parse_message(raw), TRUSTED)
    assert (decision.send, decision.reason) == (False, "sender failed DMARC per relay.example.net")


def test_a_pass_the_sender_wrote_under_our_servers_name_does_not_rescue_a_failure() -> None:
    raw = delivered(
        on_top("mx.example.org; spf=fail smtp.mailfrom=maria@example.es; dkim=none"),
        {"Authentication-Results": "mx.example.org; dkim=pass header.d=example.es"},
    )
    decision = decide_reply(parse_message(raw), TRUSTED)
    assert (decision.send, decision.reason) == (
        False,
        "sender failed SPF per mx.example.org (no aligned DKIM pass)",
    )


def test_a_pass_our_server_added_at_the_top_rescues_an_spf_failure() -> None:
    raw = delivered(
        on_top(
            "mx.example.org; spf=fail smtp.mailfrom=maria@example.es; dkim=pass header.d=example.es"
        )
    )
    assert decide_reply(parse_message(raw), TRUSTED).send is True


@pytest.mark.parametrize(
    "headers",
    [
        {"List-Id": "<astro.lists.example.es>"},
        {"X-Autoreply": "yes"},
        {"Auto-Submitted": "auto-replied"},
    ],
    ids=["list", "vendor auto-reply", "auto-submitted"],
)
def test_a_trusted_dmarc_pass_never_makes_list_or_machine_mail_answerable(
    headers: dict[str, str],
) -> None:
    raw = delivered(on_top("mx.example.org; spf=pass; dkim=pass; dmarc=pass"), headers)
    parsed = parse_message(raw)
    assert decide_reply(parsed, TRUSTED).send is False
    verdict = judge(parsed, Media(()), Fields(), TRUSTED)
    assert verdict.reply.send is False


def test_a_sender_failing_dmarc_is_still_judged_by_its_content() -> None:
    raw = delivered(on_top("mx.example.org; dmarc=fail header.from=example.es"))
    parsed = parse_message(raw)
    verdict = judge(parsed, Media(()), Fields(), UNTRUSTED)
    assert verdict.status == "incomplete"
    assert verdict.notes == (
        "sender failed DMARC per mx.example.org: judged by its content, no reply sent",
    )
