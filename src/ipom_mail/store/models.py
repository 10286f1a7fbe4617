"""The database tables, as SQLAlchemy 2 typed models.

One raw message row per message seen; a submission groups the messages of one
photographer's entry (the first one and its follow-ups). Every extracted field
keeps its source so a curator's edit survives `ipom reprocess`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every database (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store UTC; a naive value is refused because its zone is unknown."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the zone is unknown, refuse to store it as UTC")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Give back an aware UTC datetime."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class _JSONDocument(TypeDecorator[Any]):
    """JSON everywhere, JSONB on PostgreSQL: the PostgreSQL dialect is imported only when
    it is the database's (it costs every command on SQLite a tenth of a second to start)."""

    impl = JSON
    cache_ok = True
    should_evaluate_none = True  # as JSON(): a None value is stored as JSON null

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(JSON())


JSONValue = _JSONDocument()


def utcnow() -> datetime:
    """Now, aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Submission(Base):
    """One photographer's entry: a reference, a status and what is still missing."""

    __tablename__ = "submissions"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_submissions_year_seq"),
        Index("ix_submissions_status_received_at", "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(32), unique=True)
    year: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    missing: Mapped[Any] = mapped_column(JSONValue)
    sender: Mapped[str | None] = mapped_column(String(320), index=True)
    sender_name: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(Text)
    reply_send: Mapped[bool] = mapped_column(Boolean, default=False)
    reply_reason: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    pass_check: Mapped[Any] = mapped_column(JSONValue, nullable=True)  # the contract's object


class RawMessage(Base):
    """One message as received: where it came from and its archive hash."""

    __tablename__ = "raw_messages"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_raw_messages_mailbox_uid"),
        Index("ix_raw_messages_message_id_sender", "message_id", "sender"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(16))
    mailbox: Mapped[str | None] = mapped_column(Text)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(String(320))
    received_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)  # processed | failed
    reason: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)


class FieldValue(Base):
    """One extracted field of a submission, with where it came from."""

    __tablename__ = "fields"
    __table_args__ = (UniqueConstraint("submission_id", "name", name="uq_fields_submission_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"))
    raw_id: Mapped[int | None] = mapped_column(ForeignKey("raw_messages.id"))
    name: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSONValue)
    source: Mapped[str | None] = mapped_column(String(16))  # body | exif | gps | curator
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class MediaRow(Base):
    """One attachment as media saw it; the bytes are in the archive by sha256."""

    __tablename__ = "media"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    raw_id: Mapped[int | None] = mapped_column(ForeignKey("raw_messages.id"))
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    mime: Mapped[str | None] = mapped_column(String(100))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    frames: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    camera: Mapped[str | None] = mapped_column(Text)
    lens: Mapped[str | None] = mapped_column(Text)
    taken_at: Mapped[datetime | None] = mapped_column()
    taken_at_source: Mapped[str | None] = mapped_column(String(16))
    exif: Mapped[Any] = mapped_column(JSONValue, nullable=True)
    problem: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    fingerprint: Mapped[str | None] = mapped_column(String(400))  # verify/lookalike.py


class Lookalike(Base):
    """Two submissions whose photos look alike (the same photo, resized, cropped or re-saved)."""

    __tablename__ = "lookalikes"
    __table_args__ = (UniqueConstraint("submission_id", "other_id", name="uq_lookalikes_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    other_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    distance: Mapped[int] = mapped_column(Integer)
    same_sender: Mapped[bool] = mapped_column(Boolean)


class Link(Base):
    """A link to the shared photo or video (it counts as the photo)."""

    __tablename__ = "links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    raw_id: Mapped[int | None] = mapped_column(ForeignKey("raw_messages.id"))
    position: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text)


class Note(Base):
    """A human-readable remark from one stage (e.g. 'camera time has no zone')."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    raw_id: Mapped[int | None] = mapped_column(ForeignKey("raw_messages.id"))
    stage: Mapped[str] = mapped_column(String(16))  # parse | media | fields | rules
    text: Mapped[str] = mapped_column(Text)


class Event(Base):
    """What happened to a message or submission, and when (the audit log)."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw_id: Mapped[int | None] = mapped_column(ForeignKey("raw_messages.id"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Reply(Base):
    """The outbox: a reply composed in the store's transaction, sent after the commit."""

    __tablename__ = "replies"
    __table_args__ = (
        Index("ix_replies_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_replies_to_addr_created_at", "to_addr", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    raw_id: Mapped[int | None] = mapped_column(ForeignKey("raw_messages.id"))
    message_id: Mapped[str] = mapped_column(String(998), unique=True)  # fixed at creation
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(
        String(16), default="pending"
    )  # pending|sent|failed|withheld
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Decision(Base):
    """A curator's decision or edit (accept, decline, shortlist, pick, note, edit)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[Any] = mapped_column(JSONValue, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text)
    curator: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reverted_at: Mapped[datetime | None] = mapped_column()


class ReferenceCounter(Base):
    """The last reference number handed out in a year (IPOM-<year>-<seq>)."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)
