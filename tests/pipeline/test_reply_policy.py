"""The reply policy: no reply to machines, lists, spam or forgers (docs/design.md invariant 4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipom_mail.config import Config, ReplyConfig
from ipom_mail.pipeline.rules.reply_policy import decide_reply, objections
from ipom_mail.pipeline.values import Header, ParsedMessage, Part

TRUSTED = Config(reply=ReplyConfig(trusted_authserv_ids=("mx.example.org",)))


def message(
    *headers: tuple[str, str],
    sender: str | None = "maria@example.es",
    reply_to: str | None = None,
    return_path: str | None = "maria@example.es",
    content_type: str = "text/plain",
    report_type: str | None = None,
    parts: tuple[Part, ...] = (),
) -> ParsedMessage:
    """A ParsedMessage as parse would give it, built from a few facts."""
    return ParsedMessage(
        sha256="0" * 64,
        size=1000,
        message_id="<1@example.es>",
        sender=sender,
        sender_name=None,
        reply_to=reply_to,
        return_path=return_path,
        subject="ISS over Madrid",
        date=None,
        in_reply_to=(),
        references=(),
        content_type=content_type,
        report_type=report_type,
        headers=tuple(Header(n, v) for n, v in headers),
        text="ISS 12 May 2024 21:34 UT, Celestron EdgeHD 8",
        html=None,
        parts=parts,
    )


def reason(parsed: ParsedMessage, config: Config = TRUSTED) -> str | None:
    """The reason no reply is sent, or None when one is."""
    decision = decide_reply(parsed, config)
    assert decision.send is (decision.reason == "will reply")
    return None if decision.send else decision.reason


def test_a_plain_human_message_gets_a_reply() -> None:
    assert decide_reply(message(), TRUSTED).send is True


def test_no_reply_when_replies_are_disabled_in_the_config() -> None:
    config = Config(reply=ReplyConfig(enabled=False))
    assert reason(message(), config) == "replies are disabled in the config"


def test_no_reply_without_a_sender_address() -> None:
    assert reason(message(sender=None)) == "no sender address to reply to"
    assert reason(message(sender="undisclosed")) == "no sender address to reply to"


def test_no_reply_to_an_empty_return_path() -> None:
    assert reason(message(return_path="")) == "empty Return-Path (a bounce or other machine mail)"


def test_an_absent_return_path_is_not_a_bounce() -> None:
    assert reason(message(return_path=None)) is None


def test_no_reply_to_our_own_address() -> None:
    config = Config(reply=ReplyConfig(own_addresses=("IPOM@Example.org",)))
    assert reason(message(sender="ipom@example.org"), config) == (
        "mail from our own address (ipom@example.org)"
    )


def test_no_reply_when_reply_to_is_our_own_address() -> None:
    config = Config(reply=ReplyConfig(own_addresses=("ipom@example.org",)))
    assert reason(message(reply_to="ipom@example.org"), config) == (
        "mail from our own address (ipom@example.org)"
    )


def test_the_imap_user_counts_as_our_own_address() -> None:
    user = Config().imap.username
    assert reason(message(sender=user)) == f"mail from our own address ({user})"


@pytest.mark.parametrize(
    "name",
    [
        "List-Id",
        "List-Post",
        "List-Unsubscribe",
        "List-Help",
        "List-Subscribe",
        "List-Owner",
        "List-Archive",
        "Mailing-List",
    ],
)
def test_no_reply_to_mailing_list_mail(name: str) -> None:
    assert reason(message((name, "<astro.lists.example.org>"))) == (
        f"mailing-list mail ({name}: <astro.lists.example.org>)"
    )


def test_list_headers_match_without_case() -> None:
    assert reason(message(("list-id", "Club <club.example>"))) == (
        "mailing-list mail (List-Id: Club <club.example>)"
    )


def test_long_header_values_are_cut_in_the_reason() -> None:
    found = reason(message(("List-Unsubscribe", "<https://x.example/" + "a" * 200 + ">")))
    assert found is not None
    assert len(found) < 100
    assert found.endswith("…)")


@pytest.mark.parametrize(
    "value", ["auto-replied", "auto-generated (failure)", "AUTO-NOTIFIED", " auto-replied ; x", ""]
)
def test_no_reply_to_auto_submitted_mail(value: str) -> None:
    found = reason(message(("Auto-Submitted", value)))
    assert found is not None
    assert found.startswith("auto-submitted mail (Auto-Submitted: ")


@pytest.mark.parametrize("value", ["no", "No", " no (a person wrote this)"])
def test_auto_submitted_no_is_a_person(value: str) -> None:
    assert reason(message(("Auto-Submitted", value))) is None


@pytest.mark.parametrize("value", ["bulk", "Junk", "list", " BULK (newsletter)"])
def test_no_reply_to_bulk_junk_or_list_precedence(value: str) -> None:
    found = reason(message(("Precedence", value)))
    assert found == f"{value.split()[0].lower()} mail (Precedence: {value.strip()})"


def test_first_class_precedence_gets_a_reply() -> None:
    assert reason(message(("Precedence", "first-class"))) is None


@pytest.mark.parametrize(
    "name",
    ["X-Autoreply", "X-Autorespond", "X-Autogenerated", "X-AutoReply-From", "X-Mail-Autoreply"],
)
def test_no_reply_to_autoreply_headers(name: str) -> None:
    found = reason(message((name.upper(), "yes")))
    assert found is not None
    assert found.startswith("automatic reply (")


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.org",
        "postmaster@example.org",
        "LISTSERV@lists.example.org",
        "majordomo@example.org",
        "bounce@mail.example.com",
        "bounces+123@mail.example.com",
        "club-bounces@lists.example.org",
    ],
)
def test_no_reply_to_machine_senders(sender: str) -> None:
    assert reason(message(sender=sender)) == f"machine sender ({sender.lower()})"


@pytest.mark.parametrize(
    "sender", ["astro-request@lists.example.org", "owner-astro@lists.example.org"]
)
def test_no_reply_to_list_software_senders(sender: str) -> None:
    assert reason(message(sender=sender)) == f"mailing-list software sender ({sender})"


@pytest.mark.parametrize(
    "sender",
    [
        "noreply@wetransfer.com",
        "no-reply@dropbox.com",
        "do-not-reply@example.com",
        "donotreply@example.com",
        "noreply.packstation@dhl.de",
        "calendar-noreply@google.com",
    ],
)
def test_no_reply_to_no_reply_senders(sender: str) -> None:
    assert reason(message(sender=sender)) == f"no-reply sender ({sender})"


@pytest.mark.parametrize(
    "sender", ["noreen@example.ie", "bouncer.club@example.org", "post.master@example.org"]
)
def test_people_whose_names_look_like_robots_get_a_reply(sender: str) -> None:
    assert reason(message(sender=sender)) is None


@pytest.mark.parametrize("value", ["All", "OOF, AutoReply", "DR, RN, NRN, OOF", " autoreply "])
def test_no_reply_when_the_sender_suppresses_auto_responses(value: str) -> None:
    found = reason(message(("X-Auto-Response-Suppress", value)))
    assert found is not None
    assert found.startswith("the sender asked for no automatic replies")


def test_suppressing_only_receipts_still_gets_a_reply() -> None:
    assert reason(message(("X-Auto-Response-Suppress", "DR, RN, NRN"))) is None


def test_auto_response_suppress_is_ignored_when_the_config_says_so() -> None:
    config = Config(reply=ReplyConfig(honour_auto_response_suppress=False))
    assert reason(message(("X-Auto-Response-Suppress", "All")), config) is None


def test_no_reply_to_a_multipart_report() -> None:
    parsed = message(content_type="multipart/report", report_type="delivery-status")
    assert (
        reason(parsed) == "delivery or read report (multipart/report; report-type=delivery-status)"
    )


@pytest.mark.parametrize(
    "declared",
    ["message/delivery-status", "message/disposition-notification", "Message/Feedback-Report"],
)
def test_no_reply_to_mail_carrying_a_report_part(declared: str) -> None:
    part = Part(filename=None, declared_type=declared, payload=b"Action: failed")
    parsed = message(content_type="multipart/mixed", parts=(part,))
    assert reason(parsed) == f"delivery or read report (a {declared.lower()} part)"


def test_no_reply_to_mail_with_failed_recipients() -> None:
    found = reason(message(("X-Failed-Recipients", "someone@example.org")))
    assert found == "delivery or complaint report (X-Failed-Recipients: someone@example.org)"


def test_no_reply_to_a_tls_report() -> None:
    assert reason(message(("TLS-Report-Domain", "example.org"))) == (
        "delivery or complaint report (TLS-Report-Domain: example.org)"
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-Spam-Flag", "YES"),
        ("X-Spam-Flag", " yes "),
        ("X-Spam-Status", "Yes, score=7.2 required=5.0 tests=BAYES_99"),
        ("X-Spam", "yes"),
    ],
)
def test_no_reply_to_mail_marked_as_spam(name: str, value: str) -> None:
    found = reason(message((name, value)))
    assert found is not None
    assert found.startswith(f"marked as spam ({name}: ")


@pytest.mark.parametrize(
    ("name", "value"),
    [("X-Spam-Flag", "NO"), ("X-Spam-Status", "No, score=0.4"), ("X-Zone-Spam-Status", "Yes")],
)
def test_mail_not_marked_as_spam_gets_a_reply(name: str, value: str) -> None:
    assert reason(message((name, value))) is None


def test_no_reply_when_a_trusted_server_says_dmarc_failed() -> None:
    parsed = message(
        ("Authentication-Results", "mx.example.org; dmarc=fail header.from=example.es")
    )
    assert reason(parsed) == "sender failed DMARC per mx.example.org"


def test_no_reply_when_spf_failed_without_an_aligned_dkim_pass() -> None:
    parsed = message(
        ("Authentication-Results", "mx.example.org; spf=fail; dkim=pass header.d=x.com")
    )
    assert reason(parsed) == "sender failed SPF per mx.example.org (no aligned DKIM pass)"


def test_spf_fail_with_an_aligned_dkim_pass_gets_a_reply() -> None:
    ar = "mx.example.org; spf=fail smtp.mailfrom=fwd.example; dkim=pass header.d=example.es"
    assert reason(message(("Authentication-Results", ar))) is None


def test_a_dmarc_fail_under_an_untrusted_id_still_suppresses_the_reply() -> None:
    parsed = message(("Authentication-Results", "attacker.example; dmarc=fail"))
    assert reason(parsed) == "sender failed DMARC per attacker.example"


def test_a_fresh_install_trusting_no_server_does_not_answer_a_stated_dmarc_fail() -> None:
    parsed = message(("Authentication-Results", "mx.example.org; dmarc=fail"))
    assert reason(parsed, Config()) == "sender failed DMARC per mx.example.org"


def test_arc_authentication_results_are_not_authentication_results() -> None:
    parsed = message(("ARC-Authentication-Results", "i=1; mx.example.org; dmarc=fail"))
    assert reason(parsed) is None


def test_a_forged_pass_does_not_rescue_a_failing_sender() -> None:
    parsed = message(
        ("Authentication-Results", "mx.example.org; spf=fail smtp.mailfrom=maria@example.es"),
        ("Authentication-Results", "aaa.com; dkim=pass header.i=@example.es"),
    )
    assert reason(parsed) == "sender failed SPF per mx.example.org (no aligned DKIM pass)"


def test_rules_are_checked_in_the_order_of_a_robust_vacation_responder() -> None:
    parsed = message(
        ("X-Spam-Flag", "YES"),
        ("Auto-Submitted", "auto-replied"),
        ("List-Id", "<club.example>"),
        sender="mailer-daemon@example.org",
        content_type="multipart/report",
    )
    kinds = [o.kind for o in objections(parsed, TRUSTED)]
    assert kinds == ["list", "machine", "machine", "machine", "spam"]
    assert reason(parsed, Config(reply=ReplyConfig(enabled=False))) == (
        "replies are disabled in the config"
    )


HEADER_NAMES = st.sampled_from(
    [
        "Auto-Submitted",
        "Precedence",
        "X-Spam-Status",
        "X-Auto-Response-Suppress",
        "Authentication-Results",
        "List-Id",
        "X-Autoreply",
    ]
)


@given(
    st.lists(st.tuples(HEADER_NAMES, st.text(max_size=80)), max_size=6),
    st.one_of(st.none(), st.text(max_size=40)),
    st.one_of(st.none(), st.text(max_size=20)),
)
def test_any_header_values_give_a_decision_without_raising(
    headers: list[tuple[str, str]], sender: str | None, return_path: str | None
) -> None:
    parsed = message(*headers, sender=sender, return_path=return_path)
    decision = decide_reply(parsed, TRUSTED)
    assert decision.reason
