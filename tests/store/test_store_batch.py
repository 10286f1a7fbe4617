"""A poll's batch: look-alike photos seen across its messages, savepoints rolled back alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.values import CheckResult, Media
from ipom_mail.store import Origin, OutboxReply, Store, migrate, open_store
from ipom_mail.store.batch import Batch
from ipom_mail.store.lookalikes import twins

pytest_plugins = ["tests.store_fixtures"]

MessageFactory = Callable[..., tuple[bytes, CheckResult]]
PRINT = "0f1e2d3c4b5a6978" * 25  # one photo's fingerprint: 25 hashes of 64 bits


def _with_print(
    built: tuple[bytes, CheckResult], fingerprint: str | None
) -> tuple[bytes, CheckResult]:
    raw, result = built
    items = tuple(replace(i, fingerprint=fingerprint) for i in result.media.items)
    return raw, replace(result, media=Media(items))


def _imap(uid: int) -> Origin:
    return Origin(mailbox="INBOX", uidvalidity=7, uid=uid, source="imap")


def _no_reply(
    resent: list[tuple[str, ...]],
) -> Callable[[str | None, tuple[str, ...]], OutboxReply | None]:
    def compose(reference: str | None, again: tuple[str, ...]) -> OutboxReply | None:
        resent.append(again)
        return None

    return compose


def _failing(reference: str | None, again: tuple[str, ...]) -> OutboxReply | None:
    raise RuntimeError("this message's rows fail after its photo was linked")


def test_a_photo_rolled_back_with_its_savepoint_is_no_twin_of_a_later_message(
    store_config: Config, make_message: MessageFactory, make_jpeg: Callable[..., bytes]
) -> None:
    migrate(store_config)
    with open_store(store_config) as store:
        batch = Batch(store)
        resent: list[tuple[str, ...]] = []
        try:
            first = _with_print(make_message(message_id="<a@x>", photo=make_jpeg(1)), PRINT)
            a = batch.record(*first, _imap(1), compose=_no_reply(resent))
            failed = _with_print(make_message(message_id="<b@x>", photo=make_jpeg(2)), PRINT)
            with pytest.raises(RuntimeError):
                batch.record(*failed, _imap(2), compose=_failing)
            blank = _with_print(make_message(message_id="<c@x>", photo=make_jpeg(3)), None)
            c = batch.record(*blank, _imap(3), compose=_no_reply(resent))  # may reuse b's id
            last = _with_print(make_message(message_id="<d@x>", photo=make_jpeg(4)), PRINT)
            d = batch.record(*last, _imap(4), compose=_no_reply(resent))
            batch.commit()
        finally:
            batch.close()
        assert resent[-1] == (a.reference,)  # the same sender's earlier photo, and only it
        with Store(store.engine, store.archive).session(write=False) as session:
            assert [t.reference for t in twins(session, d.submission_id or 0)] == [a.reference]
            assert twins(session, c.submission_id or 0) == []


def test_a_batch_stores_a_message_in_a_few_statements_whatever_its_fields_and_notes(
    store_config: Config, make_message: MessageFactory, make_jpeg: Callable[..., bytes]
) -> None:
    from sqlalchemy import event

    migrate(store_config)
    with open_store(store_config) as store:
        batch = Batch(store)
        executed: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: executed.append(a[2]))
        try:
            for uid in range(1, 6):
                raw, result = _with_print(
                    make_message(message_id=f"<n{uid}@x>", photo=make_jpeg(uid)), PRINT
                )
                parsed = result.parsed
                origin = _imap(uid)
                found = batch.find_duplicate(
                    parsed.sha256, "INBOX", 7, uid, parsed.message_id, parsed.sender
                )
                assert found is None
                batch.record(raw, result, origin)
            batch.commit()
        finally:
            batch.close()
        # the lookup, a savepoint and its release, the reference, the submission, the
        # message, then one statement per table of rows (fields, media, links, notes,
        # look-alikes, events), however many rows each table gets (was 23 and more)
        assert len(executed) / 5 <= 13, "\n".join(s[:70] for s in executed)
        with store.session(write=False) as session:
            from ipom_mail.store.models import Event

            kinds = [e.kind for e in session.query(Event).order_by(Event.id)]
        assert kinds == ["received", "processed"] * 5
