"""The reply policy and verdict over every real email in the shared corpora.

Machine mail (auto-replies, bounces, reports) is ignored and never answered;
list mail is judged but never answered; human mail is answered unless a rule
says why not, and each such exception is named here with its reason. The
DMARC rule runs with the corpus' own authserv-ids trusted, and untrusted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from ipom_mail.config import Config, ReplyConfig
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.rules.reply_policy import decide_reply
from ipom_mail.pipeline.rules.verdict import judge
from ipom_mail.pipeline.values import Fields, Media, ParsedMessage, Verdict
from tests import corpus

# Every authserv-id in the corpus' Authentication-Results, except the forger's "aaa.com".
CORPUS_AUTHSERV_IDS = (
    "mx.google.com",
    "mr.google.com",
    "mx6.messagingengine.com",
    "box.hispanilandia.net",
    "testrun.org",
    "posteo.de",
    "mx04.posteo.de",
    "gmx.net",
    "hq5.merlinux.eu",
    "mx.example.jp",
    "secure.example.jp",
    "eb.example.jp",
    "smtp.example.jp",
    "feed.ef.example.org",
    "hotmail.example.com",
)
TRUSTED = Config(reply=ReplyConfig(trusted_authserv_ids=CORPUS_AUTHSERV_IDS))
UNTRUSTED = Config()

NODEMAILER = "emails/auth/nodemailer__nodemailer.eml"
NAUTA = "emails/auth/deltachat-authres__alice_at_testrun.org__forged_at_nauta.cu.eml"
FORGED = (
    "emails/auth/deltachat-authres__alice_at_gmail.com__forged-authres-added_at_example.com.eml"
)

# Human mail that gets no reply, and why (with the corpus' servers trusted).
AUTH_EXCEPTIONS = {
    NODEMAILER: "sender failed DMARC per mx.google.com",
    NAUTA: "sender failed DKIM per testrun.org (no aligned pass)",
}
OTHER_EXCEPTIONS = {
    "emails/charset/mikel-mail__raw_email_bad_time.eml": "marked as spam (X-Spam-Status: Yes)",
    "emails/charset/stalwart__005.eml": "no sender address to reply to",
    "emails/plain/flanker__long-links.eml": "machine sender (postmaster@example.com)",
}
# List mail that is also machine mail, so not a submission at all.
AUTOMATIC_LISTS = {
    "emails/list/deltachat__mailinglist_dhl.eml": (
        "not a submission: no-reply sender (noreply.packstation@dhl.de)"
    ),
}

ENTRIES = corpus.emails()


def _of(*classes: str) -> list[corpus.Entry]:
    return [e for e in ENTRIES if corpus.email_class(e) in classes]


def _parsed(rel: str) -> ParsedMessage:
    corpus.require()
    return parse_message((corpus.CORPORA / rel).read_bytes())


def _verdict(parsed: ParsedMessage, config: Config = TRUSTED) -> Verdict:
    return judge(parsed, Media(()), Fields(), config)


def test_the_corpus_has_mail_of_every_class() -> None:
    corpus.require()
    classes = {corpus.email_class(e) for e in ENTRIES}
    assert {"autoreply", "bounce", "report", "list", "human", "malformed"} <= classes


@corpus.each(_of("autoreply", "bounce", "report"))
def test_machine_mail_is_ignored_and_never_answered(entry: corpus.Entry) -> None:
    parsed = _parsed(entry.rel)
    for config in (TRUSTED, UNTRUSTED):
        verdict = _verdict(parsed, config)
        assert verdict.status == "ignored", verdict.reply.reason
        assert verdict.missing == ()
        assert verdict.reply.send is False
        assert decide_reply(parsed, config) == verdict.reply


@corpus.each(_of("list"))
def test_list_mail_is_judged_by_its_content_but_never_answered(entry: corpus.Entry) -> None:
    verdict = _verdict(_parsed(entry.rel), UNTRUSTED)
    assert verdict.reply.send is False
    if entry.rel in AUTOMATIC_LISTS:
        assert verdict.status == "ignored"
        assert verdict.notes == (AUTOMATIC_LISTS[entry.rel],)
    else:
        assert verdict.status == "incomplete"  # judged: nothing was extracted here
        assert verdict.reply.reason.startswith("mailing-list mail (List-Id: ")
        assert verdict.notes[0].endswith(": judged by its content, no reply sent")


@corpus.each(_of("human"))
def test_human_mail_is_answered_unless_a_rule_says_why_not(entry: corpus.Entry) -> None:
    parsed = _parsed(entry.rel)
    decision = decide_reply(parsed, TRUSTED)
    expected = AUTH_EXCEPTIONS.get(entry.rel) or OTHER_EXCEPTIONS.get(entry.rel)
    if expected is None:
        assert (decision.send, decision.reason) == (True, "will reply")
    else:
        assert (decision.send, decision.reason) == (False, expected)


def test_a_real_dmarc_failure_is_not_answered_whichever_server_is_trusted() -> None:
    parsed = _parsed(NODEMAILER)
    other = Config(reply=ReplyConfig(trusted_authserv_ids=("mx.example.org",)))
    for config in (TRUSTED, UNTRUSTED, other):
        decision = decide_reply(parsed, config)
        assert (decision.send, decision.reason) == (False, AUTH_EXCEPTIONS[NODEMAILER])


def test_a_dkim_failure_is_answered_when_the_server_stating_it_is_not_trusted() -> None:
    parsed = _parsed(NAUTA)
    assert decide_reply(parsed, UNTRUSTED).send is True
    other = Config(reply=ReplyConfig(trusted_authserv_ids=("mx.example.org",)))
    assert decide_reply(parsed, other).send is True


@corpus.each(_of("human"))
def test_a_fresh_install_answers_human_mail_unless_it_states_a_dmarc_failure(
    entry: corpus.Entry,
) -> None:
    decision = decide_reply(_parsed(entry.rel), UNTRUSTED)
    expected = OTHER_EXCEPTIONS.get(entry.rel)
    if entry.rel == NODEMAILER:
        expected = AUTH_EXCEPTIONS[NODEMAILER]  # dmarc=fail counts whoever states it
    if expected is None:
        assert (decision.send, decision.reason) == (True, "will reply")
    else:
        assert (decision.send, decision.reason) == (False, expected)


@pytest.mark.parametrize("rel", sorted(AUTH_EXCEPTIONS))
def test_a_sender_failing_authentication_is_still_judged(rel: str) -> None:
    verdict = _verdict(_parsed(rel))
    assert verdict.status in ("complete", "incomplete")
    assert verdict.notes == (f"{AUTH_EXCEPTIONS[rel]}: judged by its content, no reply sent",)


def test_the_nauta_forgery_fails_at_our_own_server_only() -> None:
    parsed = _parsed(NAUTA)
    ours = Config(reply=ReplyConfig(trusted_authserv_ids=("testrun.org",)))
    upstream = Config(reply=ReplyConfig(trusted_authserv_ids=("box.hispanilandia.net",)))
    assert decide_reply(parsed, ours).send is False
    assert decide_reply(parsed, upstream).send is True


def test_the_forged_authres_header_is_ignored_and_the_sender_stays_neutral() -> None:
    parsed = _parsed(FORGED)
    assert decide_reply(parsed, TRUSTED).send is True  # spf=neutral is not a failure


def test_a_forged_dkim_pass_does_not_make_a_failing_sender_pass() -> None:
    corpus.require()
    raw = (corpus.CORPORA / FORGED).read_bytes()
    assert b"spf=neutral" in raw and b"aaa.com; dkim=pass header.i=@example.com" in raw
    parsed = parse_message(raw.replace(b"spf=neutral", b"spf=fail", 1))
    decision = decide_reply(parsed, TRUSTED)
    assert (decision.send, decision.reason) == (
        False,
        "sender failed SPF per mx.google.com (no aligned DKIM pass)",
    )
    # Pooled with the trusted results, the forged dkim=pass (aligned: example.com) would rescue it.
    assert parsed.sender == "forged-authres-added@example.com"


def test_a_dmarc_fail_from_microsoft_without_an_authserv_id_still_counts() -> None:
    rel = "emails/auth/deltachat-authres__alice_at_outlook.com__alice_at_hotmail.com.eml"
    parsed = _parsed(rel)
    flipped = replace(
        parsed,
        headers=tuple(
            replace(h, value=h.value.replace("dmarc=pass", "dmarc=fail")) for h in parsed.headers
        ),
    )
    assert any("dmarc=fail" in h.value for h in flipped.headers)
    decision = decide_reply(flipped, TRUSTED)
    assert (decision.send, decision.reason) == (
        False,
        "sender failed DMARC per a server that gave no name",
    )
    assert decide_reply(parsed, TRUSTED).send is True  # its pass changes nothing either way


@corpus.each(_of("malformed"))
def test_malformed_mail_never_raises(entry: corpus.Entry) -> None:
    parsed = _parsed(entry.rel)
    for config in (TRUSTED, UNTRUSTED, Config(reply=ReplyConfig(enabled=False))):
        verdict = _verdict(parsed, config)
        assert verdict.status in ("complete", "incomplete", "rejected", "ignored")
        assert verdict.reply.send == decide_reply(parsed, config).send
