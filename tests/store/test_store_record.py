"""Recording pipeline results: the rows, the files, idempotency and references."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ipom_mail.config import Config
from ipom_mail.pipeline.values import CheckResult, MediaItem, Part, ReplyDecision, Verdict
from ipom_mail.store import Origin, OutboxReply, Store, migrate, open_store, storage_root
from ipom_mail.store.models import (
    Event,
    FieldValue,
    Link,
    MediaRow,
    Note,
    RawMessage,
    Reply,
    Submission,
)

pytest_plugins = ["tests.store_fixtures"]

MessageFactory = Callable[..., tuple[bytes, CheckResult]]
JpegFactory = Callable[..., bytes]

IMAP = Origin(mailbox="INBOX", uidvalidity=7, uid=1, source="imap")
FILE = Origin(mailbox=None, uidvalidity=None, uid=None, source="file")


def _store(config: Config) -> Store:
    migrate(config)
    return open_store(config)


def _count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_record_stores_every_row_and_archive_files_whose_hash_matches(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    with _store(store_config) as store:
        done = store.record(raw, result, IMAP)
        assert not done.duplicate and done.status == "complete"
        year = datetime.now(UTC).year
        assert done.reference == f"IPOM-{year}-0001"
        with store.session(write=False) as s:
            row = s.get(RawMessage, done.raw_id)
            assert row is not None
            assert (row.sha256, row.size, row.mailbox, row.uidvalidity, row.uid) == (
                hashlib.sha256(raw).hexdigest(),
                len(raw),
                "INBOX",
                7,
                1,
            )
            assert (row.message_id, row.sender, row.status) == (
                "<iss-1@example.es>",
                "maria@example.es",
                "processed",
            )
            sub = s.get(Submission, done.submission_id)
            assert sub is not None and sub.missing == [] and sub.sender == "maria@example.es"
            assert [e.kind for e in s.scalars(select(Event).order_by(Event.id))] == [
                "received",
                "processed",
            ]
            media = s.scalars(select(MediaRow)).one()
            assert (media.kind, media.mime, media.width, media.camera) == (
                "photo",
                "image/jpeg",
                64,
                "NIKON Z 6_2",
            )
            assert media.exif["datetime_original"] == "2024:05:12 23:34:10"
            assert [n.text for n in s.scalars(select(Note))] == ["camera time has no zone"]
            assert [lk.url for lk in s.scalars(select(Link))] == [
                "https://www.dropbox.com/s/abc/iss.mp4"
            ]
        archived = store.archive.read_raw(row.sha256)
        assert archived is not None and hashlib.sha256(archived).hexdigest() == row.sha256
        photo = store.archive.media_path(media.sha256, "image/jpeg").read_bytes()
        assert hashlib.sha256(photo).hexdigest() == media.sha256 and media.archived


def test_fields_keep_their_source_and_times_are_iso_utc_with_z(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    with _store(store_config) as store:
        done = store.record(raw, result, FILE)
        with store.session(write=False) as s:
            found = {
                f.name: (f.value, f.source)
                for f in s.scalars(
                    select(FieldValue).where(FieldValue.submission_id == done.submission_id)
                )
            }
    assert found["taken_at"] == ("2024-05-12T21:34:10Z", "body")  # +02:00 converted to UT
    assert found["equipment"] == (["Celestron EdgeHD 8", "ZWO ASI462MC"], "body")
    assert found["photographer"][0] == {
        "name": "María López",
        "links": ["https://www.instagram.com/maria"],
    }
    assert found["flyby"][0] == {
        "max_elevation_deg": 72.0,
        "start": None,
        "end": None,
        "magnitude": -3.6,
    }
    assert "location" not in found and "taken_date" not in found  # unknown is not stored


def test_equipment_read_from_the_camera_keeps_the_exif_source(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    result = replace(result, fields=replace(result.fields, equipment=("NIKON Z 6_2",)))
    with _store(store_config) as store:
        store.record(raw, result, FILE)
        with store.session(write=False) as s:
            row = s.scalars(select(FieldValue).where(FieldValue.name == "equipment")).one()
    assert (row.value, row.source) == (["NIKON Z 6_2"], "exif")


def test_recording_the_same_message_twice_is_a_duplicate_with_one_row(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    with _store(store_config) as store:
        first = store.record(raw, result, IMAP)
        again = store.record(raw, result, replace(IMAP, uid=99))
        assert again.duplicate and again.raw_id == first.raw_id
        assert again.reference == first.reference and again.status == "complete"
        with store.session(write=False) as s:
            assert _count(s, RawMessage) == 1 and _count(s, Submission) == 1
            assert _count(s, MediaRow) == 1 and _count(s, Event) == 2


def test_the_same_message_id_and_sender_with_other_bytes_is_a_duplicate(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    raw2, result2 = make_message(body="Resent through a club list, same Message-ID.")
    assert raw2 != raw
    with _store(store_config) as store:
        first = store.record(raw, result, FILE)
        again = store.record(raw2, result2, FILE)
        assert again.duplicate and again.submission_id == first.submission_id
        assert store.archive.read_raw(hashlib.sha256(raw2).hexdigest()) is None


def test_the_same_mailbox_uidvalidity_and_uid_is_a_duplicate(
    store_config: Config, make_message: MessageFactory, make_jpeg: JpegFactory
) -> None:
    raw, result = make_message(message_id="<a@example.es>")
    raw2, result2 = make_message(message_id="<b@example.es>", photo=make_jpeg(5))
    with _store(store_config) as store:
        store.record(raw, result, IMAP)
        assert store.record(raw2, result2, IMAP).duplicate
        assert not store.record(raw2, result2, replace(IMAP, uidvalidity=8)).duplicate


def test_another_sender_with_the_same_message_id_is_not_a_duplicate(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    raw2, result2 = make_message(sender="intruder@example.net")
    with _store(store_config) as store:
        first = store.record(raw, result, FILE)
        other = store.record(raw2, result2, FILE)
        assert not other.duplicate and other.submission_id != first.submission_id


def test_find_duplicate_matches_each_of_the_three_keys(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    sha = hashlib.sha256(raw).hexdigest()
    with _store(store_config) as store:
        done = store.record(raw, result, IMAP)
        for key in (
            (sha, None, None, None, None, None),
            ("f" * 64, "INBOX", 7, 1, None, None),
            ("f" * 64, None, None, None, "<iss-1@example.es>", "maria@example.es"),
        ):
            found = store.find_duplicate(*key)
            assert found is not None and found.id == done.raw_id
        assert store.find_duplicate("f" * 64, "INBOX", 7, 2, "<iss-1@example.es>", None) is None


def test_references_count_up_per_year_and_ignored_mail_gets_none(
    store_config: Config, make_message: MessageFactory, make_jpeg: JpegFactory
) -> None:
    year = datetime.now(UTC).year
    with _store(store_config) as store:
        refs = []
        for i in range(3):
            raw, result = make_message(message_id=f"<m{i}@example.es>", photo=make_jpeg(i))
            refs.append(store.record(raw, result, FILE).reference)
        raw, result = make_message(message_id="<bounce@example.es>", photo=make_jpeg(9))
        ignored = Verdict("ignored", (), ReplyDecision(False, "bounce"))
        done = store.record(raw, replace(result, verdict=ignored), FILE)
    assert refs == [f"IPOM-{year}-0001", f"IPOM-{year}-0002", f"IPOM-{year}-0003"]
    assert done.reference is None and done.status == "ignored"


def test_references_stay_unique_and_gapless_under_two_concurrent_writers(
    store_config: Config, make_message: MessageFactory, make_jpeg: JpegFactory
) -> None:
    migrate(store_config)
    stores = [open_store(store_config), open_store(store_config)]
    messages = [
        make_message(message_id=f"<c{i}@example.es>", photo=make_jpeg(i)) for i in range(16)
    ]
    got: list[str] = []
    errors: list[BaseException] = []

    def work(store: Store, batch: list[tuple[bytes, CheckResult]]) -> None:
        try:
            for raw, result in batch:
                got.append(str(store.record(raw, result, FILE).reference))
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [
        threading.Thread(target=work, args=(stores[0], messages[0::2])),
        threading.Thread(target=work, args=(stores[1], messages[1::2])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for store in stores:
        store.close()
    assert errors == []
    year = datetime.now(UTC).year
    assert sorted(got) == [f"IPOM-{year}-{n:04d}" for n in range(1, 17)]


def test_a_sender_filename_never_creates_a_file_outside_the_storage_folder(
    store_config: Config, tmp_path: Path, make_message: MessageFactory
) -> None:
    evil = "../../etc/passwd.jpg"
    raw, result = make_message(filename=evil)
    item = replace(result.media.items[0], filename=evil)
    result = replace(result, media=replace(result.media, items=(item,)))
    with _store(store_config) as store:
        store.record(raw, result, FILE)
        with store.session(write=False) as s:
            assert s.scalars(select(MediaRow.filename)).one() == evil  # shown, never a path
    root = storage_root(store_config)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(root in p.parents or p.parent == tmp_path / "db" for p in files)
    assert not [p for p in tmp_path.parent.rglob("passwd*")]  # the name as the sender wrote it
    assert {p.suffix for p in (root / "media").iterdir()} == {".jpg"}


def test_only_usable_media_bytes_go_to_the_archive(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    junk = b"not an image at all"
    bad = MediaItem(
        filename="logo.gif",
        sha256=hashlib.sha256(junk).hexdigest(),
        size=len(junk),
        kind="other",
        mime=None,
        problem="not_image",
        note="this file is not an image",
    )
    parts = (*result.parsed.parts, Part("logo.gif", "image/gif", junk, "inline"))
    result = replace(
        result,
        parsed=replace(result.parsed, parts=parts),
        media=replace(result.media, items=(*result.media.items, bad)),
    )
    with _store(store_config) as store:
        store.record(raw, result, FILE)
        with store.session(write=False) as s:
            rows = {m.kind: m for m in s.scalars(select(MediaRow))}
        assert rows["other"].problem == "not_image" and not rows["other"].archived
        assert rows["photo"].archived
        assert len(list((storage_root(store_config) / "media").iterdir())) == 1


def test_a_reply_is_queued_once_with_its_message_id_fixed(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    reply = OutboxReply(
        message_id="<reply-1@ipom.example.org>",
        to_addr="maria@example.es",
        subject="Re: ISS photo [IPOM-1]",
        body_text="Thank you!",
    )
    with _store(store_config) as store:
        done = store.record(raw, result, IMAP, reply=reply)
        store.record(raw, result, IMAP, reply=replace(reply, message_id="<reply-2@x>"))
        with store.session(write=False) as s:
            queued = s.scalars(select(Reply)).one()
    assert (queued.message_id, queued.state, queued.attempts) == (
        "<reply-1@ipom.example.org>",
        "pending",
        0,
    )
    assert queued.submission_id == done.submission_id


def test_a_failed_message_is_stored_with_its_reason_and_listed(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, _ = make_message()
    sha = hashlib.sha256(raw).hexdigest()
    with _store(store_config) as store:
        done = store.record_failure(raw, sha, len(raw), IMAP, "fields: decoder crashed")
        assert (done.status, done.submission_id, done.duplicate) == ("failed", None, False)
        again = store.record_failure(raw, sha, len(raw), IMAP, "fields: decoder crashed")
        assert again.duplicate and again.raw_id == done.raw_id
        [failed] = store.failed_messages()
        assert (failed.reason, failed.sha256) == ("fields: decoder crashed", sha)
        assert store.read_raw(failed) == raw
        with store.session(write=False) as s:
            kinds = [e.kind for e in s.scalars(select(Event).order_by(Event.id))]
        assert kinds == ["received", "failed"]


def test_a_message_too_big_to_download_is_recorded_without_bytes(store_config: Config) -> None:
    identity = hashlib.sha256(b"INBOX/7/1").hexdigest()
    with _store(store_config) as store:
        done = store.record_failure(None, identity, 80_000_000, IMAP, "over max_message_mb (50)")
        [failed] = store.failed_messages()
        assert failed.id == done.raw_id and failed.size == 80_000_000
        assert store.read_raw(failed) is None
        assert store.find_duplicate("0" * 64, "INBOX", 7, 1, None, None) is not None


def test_reprocessing_a_failed_message_makes_it_a_submission_once(
    store_config: Config, make_message: MessageFactory
) -> None:
    raw, result = make_message()
    sha = hashlib.sha256(raw).hexdigest()
    with _store(store_config) as store:
        failed = store.record_failure(raw, sha, len(raw), IMAP, "media: timeout")
        assert store.record(raw, result, IMAP).status == "failed"  # still failed until reprocessed
        fixed = store.mark_reprocessed(failed.raw_id, result)
        assert not fixed.duplicate and fixed.status == "complete" and fixed.reference
        assert store.failed_messages() == []
        twice = store.mark_reprocessed(failed.raw_id, result)
        assert twice.duplicate and twice.submission_id == fixed.submission_id
        with store.session(write=False) as s:
            assert _count(s, Submission) == 1 and _count(s, RawMessage) == 1
            row = s.get(RawMessage, failed.raw_id)
            assert row is not None and row.reason is None and row.sender == "maria@example.es"
