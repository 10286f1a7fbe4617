"""Follow-ups: "the time was 21:34 UT" completes the same submission, from the same sender only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from ipom_mail.config import Config
from ipom_mail.desk.detail_json import detail_json
from ipom_mail.desk.queue import show
from ipom_mail.intake.reprocess import reprocess_submissions, submission_ids
from ipom_mail.reply.outbox import send_pending
from ipom_mail.store import Store, migrate, open_store
from ipom_mail.store.models import FieldValue, MediaRow, Submission
from tests.reply_kit import parsed, submission, take, text_of, with_sink
from tests.servers.smtp import SmtpSink

DATE_ONLY = "My ISS photo from 2024-05-12, taken with a Celestron EdgeHD 8."


@pytest.fixture
def store(store_config: Config) -> Iterator[Store]:
    migrate(store_config)
    with open_store(store_config) as opened:
        yield opened


def first_reply(store: Store, config: Config, sink: SmtpSink) -> tuple[str, str]:
    """Take in a submission with a date but no time; (its reference, our reply's Message-ID)."""
    outcome = take(store, config, submission(body=DATE_ONLY, subject="ISS"))
    assert outcome.status == "incomplete" and outcome.reference
    send_pending(config, store)
    return outcome.reference, str(parsed(sink.messages[-1])["Message-ID"])


def submissions(store: Store) -> list[Submission]:
    with store.session(write=False) as session:
        return list(session.scalars(select(Submission).order_by(Submission.id)))


def taken_at(store: Store, submission_id: int) -> object:
    query = select(FieldValue.value).where(
        FieldValue.submission_id == submission_id, FieldValue.name == "taken_at"
    )
    with store.session(write=False) as session:
        return session.scalars(query).first()


@pytest.mark.parametrize("how", ["in_reply_to", "reference_in_subject"])
def test_a_time_alone_completes_the_same_submission(
    store: Store, store_config: Config, smtp_sink: SmtpSink, how: str
) -> None:
    config = with_sink(store_config, smtp_sink)
    reference, ours = first_reply(store, config, smtp_sink)
    answer = submission(
        body="the time was 21:34 UT",
        subject=f"Re: ISS [{reference}]" if how == "reference_in_subject" else "Re: ISS",
        in_reply_to=ours if how == "in_reply_to" else None,
        photo=False,
    )
    outcome = take(store, config, answer)
    assert (outcome.status, outcome.reference) == ("complete", reference)
    (only,) = submissions(store)
    assert (only.status, only.missing) == ("complete", [])
    assert taken_at(store, only.id) == "2024-05-12T21:34:00Z"
    send_pending(config, store)
    thanks = smtp_sink.messages[-1]
    assert len(smtp_sink.messages) == 2
    assert reference in parsed(thanks)["Subject"] and "is now complete" in text_of(thanks)


def test_another_sender_quoting_the_reference_never_touches_the_submission(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)
    reference, ours = first_reply(store, config, smtp_sink)
    other = submission(
        sender="mallory@example.net",
        body="the time was 21:34 UT",
        subject=f"Re: ISS [{reference}]",
        in_reply_to=ours,
        photo=False,
    )
    outcome = take(store, config, other)
    assert outcome.reference != reference
    first, second = submissions(store)
    assert (first.reference, first.status) == (reference, "incomplete")
    assert taken_at(store, first.id) is None
    assert second.sender == "mallory@example.net"


def test_an_auto_reply_to_our_reply_is_no_follow_up(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)
    reference, ours = first_reply(store, config, smtp_sink)
    away = submission(
        body="I am away until 21:34 UT on Monday.",
        subject=f"Out of office: Re: ISS [{reference}]",
        in_reply_to=ours,
        photo=False,
        headers={"Auto-Submitted": "auto-replied"},
    )
    take(store, config, away)
    assert submissions(store)[0].status == "incomplete"
    send_pending(config, store)
    assert len(smtp_sink.messages) == 1  # and we do not answer the robot


def test_mail_carrying_our_own_x_loop_is_never_answered(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)
    outcome = take(store, config, submission(headers={"X-Loop": "ipom@example.org"}))
    assert outcome.status == "ignored"
    assert send_pending(config, store).sent == 0


def media_count(store: Store, submission_id: int) -> int:
    query = select(MediaRow.id).where(MediaRow.submission_id == submission_id)
    with store.session(write=False) as session:
        return len(list(session.scalars(query)))


FORGED_AT = {
    "our trusted server": "mx.example.org; spf=fail smtp.mailfrom=example.es; dmarc=fail",
    "an untrusted server": "relay.example.net; dmarc=fail (p=quarantine) header.from=example.es",
}


def forged_answer(reference: str, authres: str) -> bytes:
    """Maria's address, her reference guessed, a time to complete it: and DMARC failed."""
    return submission(
        body="the time was 21:34 UT",
        subject=f"Re: ISS [{reference}]",
        headers={"Authentication-Results": authres},
    )


@pytest.mark.parametrize("authres", FORGED_AT.values(), ids=FORGED_AT.keys())
def test_a_forged_follow_up_never_completes_someone_elses_submission_and_is_flagged(
    store: Store, store_config: Config, smtp_sink: SmtpSink, authres: str
) -> None:
    config = with_sink(store_config, smtp_sink, trusted_authserv_ids=("mx.example.org",))
    reference, _ = first_reply(store, config, smtp_sink)
    outcome = take(store, config, forged_answer(reference, authres))
    assert outcome.reference != reference
    first, second = submissions(store)
    assert (first.reference, first.status, first.missing) == (reference, "incomplete", ["taken_at"])
    assert taken_at(store, first.id) is None and media_count(store, first.id) == 1
    assert taken_at(store, second.id) is None  # a time alone: nothing to complete on its own
    flags = [
        n
        for n in detail_json(show(store, str(second.reference)))["notes"]
        if n.startswith("flagged")
    ]
    assert flags == [
        f"flagged for the curator: this mail names {reference} but sender failed DMARC per "
        f"{authres.split(';')[0]}; stored on its own, not merged into it"
    ]
    assert not any(n.startswith("flagged") for n in detail_json(show(store, reference))["notes"])
    assert send_pending(config, store).sent == 0  # and the forger gets no reply


def test_another_sender_naming_a_reference_is_stored_on_its_own_and_flagged(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)
    reference, _ = first_reply(store, config, smtp_sink)
    other = submission(sender="mallory@example.net", subject=f"Re: ISS [{reference}]")
    outcome = take(store, config, other)
    assert outcome.reference != reference
    notes = detail_json(show(store, str(outcome.reference)))["notes"]
    assert (
        f"flagged for the curator: this mail names {reference} but it comes from another "
        "sender; stored on its own, not merged into it"
    ) in notes


def test_a_flagged_follow_up_stays_apart_and_flagged_after_reprocess_all(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)
    reference, _ = first_reply(store, config, smtp_sink)
    other = take(
        store, config, forged_answer(reference, FORGED_AT["an untrusted server"])
    ).reference
    ids, _ = submission_ids(store, (), every=True)
    assert reprocess_submissions(config, store, ids).problems == ()
    first, apart = submissions(store)
    assert (first.reference, first.status, taken_at(store, first.id)) == (
        reference,
        "incomplete",
        None,
    )
    assert apart.reference == other
    assert any(
        n.startswith("flagged for the curator")
        for n in detail_json(show(store, str(other)))["notes"]
    )
