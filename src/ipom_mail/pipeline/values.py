"""The frozen values that flow between the pipeline's stages.

parse → ParsedMessage, media → Media, fields → Fields, rules → Verdict; the
pipeline bundles them into a CheckResult. Each stage takes the previous values
and returns a new one; nothing here does I/O. Two more cross between the store
and the reply code: OutboxReply (composed, then queued) and Previous (read
back, then merged with a follow-up).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

MediaKind = Literal["photo", "animation", "other"]
Problem = Literal["empty", "not_image", "truncated", "bomb", "too_large", "unsupported", "timeout"]
Status = Literal["complete", "incomplete", "rejected", "ignored"]
Source = Literal["body", "exif", "gps", "curator"]
MissingItem = Literal["photo", "taken_at", "equipment"]

# How the fields stage's note on mail it read no fields from begins; a follow-up looks for it.
NOT_A_SUBMISSION_NOTE = "not a submission"


@dataclass(frozen=True, slots=True)
class Part:
    """One attachment or inline body part that is not the message text.

    `filename` is the decoded name as the sender wrote it (for display only:
    it never becomes a path); `declared_type` is the Content-Type the sender
    claimed, which media never trusts.
    """

    filename: str | None
    declared_type: str | None
    payload: bytes
    disposition: str | None = None  # "attachment" | "inline" | None
    content_id: str | None = None
    origin: str = "mime"  # "mime" | "rfc822" (inside a forwarded message) | "tnef" | "uuencode"


@dataclass(frozen=True, slots=True)
class Header:
    """One header as decoded text (RFC 2047 words decoded, folding undone)."""

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """What parse read from the raw bytes; never raises, defects become notes."""

    sha256: str
    size: int
    message_id: str | None
    sender: str | None  # addr-spec of From, lower-cased domain
    sender_name: str | None  # From display name, decoded
    reply_to: str | None  # addr-spec of Reply-To, when given
    return_path: str | None  # "" for an empty Return-Path <>; None when absent
    subject: str | None
    date: datetime | None  # the Date header, timezone-aware; the mail client's clock
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    content_type: str  # top-level, lower-case, e.g. "multipart/mixed"
    report_type: str | None  # multipart/report's report-type, lower-case
    headers: tuple[Header, ...]
    text: str  # the readable text: text/plain, or HTML turned into text; forwarded text appended
    html: str | None  # the HTML body as sent (for links), when there is one
    parts: tuple[Part, ...]
    notes: tuple[str, ...] = ()
    bounced: tuple[str, ...] = ()  # addresses a bounce reports as failed (flufl.bounce)

    def header(self, name: str) -> str | None:
        """The first header with this name (case-insensitive), or None."""
        wanted = name.lower()
        for h in self.headers:
            if h.name.lower() == wanted:
                return h.value
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        """Every header with this name, in order."""
        wanted = name.lower()
        return tuple(h.value for h in self.headers if h.name.lower() == wanted)


@dataclass(frozen=True, slots=True)
class Exif:
    """Camera facts read with exifread; unknown values are None."""

    make: str | None = None
    model: str | None = None
    lens: str | None = None
    datetime_original: str | None = (
        None  # as recorded, e.g. "2024:05:12 23:34:10" (local, zone unknown)
    )
    subsec: str | None = None
    offset: str | None = None  # OffsetTimeOriginal, e.g. "+02:00"
    gps_datetime: datetime | None = None  # GPS date+time: UTC by definition
    gps_lat: float | None = None
    gps_lon: float | None = None
    exposure: str | None = None  # e.g. "1/500"
    iso: int | None = None
    focal_length_mm: float | None = None


@dataclass(frozen=True, slots=True)
class MediaItem:
    """One attachment as media saw it: sniffed, opened, measured."""

    filename: str | None  # sanitised display name
    sha256: str
    size: int
    kind: MediaKind
    mime: str | None  # sniffed from the bytes, not declared
    width: int | None = None
    height: int | None = None
    frames: int | None = None
    duration_s: float | None = None
    camera: str | None = None  # "Make Model", de-duplicated
    lens: str | None = None
    taken_at: datetime | None = (
        None  # this file's own UT time (EXIF with offset, or GPS), else None
    )
    taken_at_source: Source | None = None  # "exif" | "gps"
    exif: Exif | None = None
    problem: Problem | None = None
    note: str | None = None  # the human explanation of problem (or another remark)
    fingerprint: str | None = None  # of a photo's pixels, to find it again resized or cropped


@dataclass(frozen=True, slots=True)
class Media:
    """Every part of a message as media; notes explain problems."""

    items: tuple[MediaItem, ...]
    notes: tuple[str, ...] = ()

    @property
    def usable(self) -> tuple[MediaItem, ...]:
        """The photos and animations (what counts as 'the photo')."""
        return tuple(i for i in self.items if i.kind != "other")


@dataclass(frozen=True, slots=True)
class Photographer:
    name: str | None
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Flyby:
    max_elevation_deg: float | None = None
    start: datetime | None = None  # UT
    end: datetime | None = None  # UT
    magnitude: float | None = None


QuestionKind = Literal["date_order", "zone_in_force", "zone_not_in_force"]


@dataclass(frozen=True, slots=True)
class Question:
    """What the mail left open (or what we read differently), as data: the reply turns it
    into a precise question in the sender's language."""

    kind: QuestionKind
    written: str  # as the sender wrote it: "04/11/2023", "6:47am EST"
    dates: tuple[date, ...] = ()  # date_order: the readings; zone_*: the photo's local date
    zone: str | None = None  # zone_*: the abbreviation in force there and then ("EDT")
    ut: datetime | None = None  # zone_in_force: the UT time with the clock in force there
    ut_as_written: datetime | None = None  # zone_in_force: the UT time with the zone as written


@dataclass(frozen=True, slots=True)
class DateStyle:
    """How a sender writes all-numeric dates in one style: which way round, shown by a date
    that reads only that way. Read from each mail; fed back from the sender's earlier
    submissions to settle a date that reads two ways (04/11/2023)."""

    style: str  # the separator: "/" or "-"
    order: Literal["dmy", "mdy"]
    example: str  # as written, e.g. "25/12/2023"
    reference: str | None = None  # the earlier submission it was written in (from the store)


@dataclass(frozen=True, slots=True)
class Fields:
    """What fields read from the text and the camera; unknown is None."""

    taken_at: datetime | None = None  # UT, timezone-aware (UTC)
    taken_at_source: Source | None = None
    taken_date: str | None = None  # ISO date when the date is known but no UT time is
    photographer: Photographer = field(default_factory=lambda: Photographer(None))
    equipment: tuple[str, ...] = ()
    flyby: Flyby = field(default_factory=Flyby)
    story: str | None = None
    location: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    links: tuple[str, ...] = ()  # links to a shared photo/video (they count as the photo)
    notes: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()
    taken_until: datetime | None = None  # UT: the end of a long exposure or series
    date_styles: tuple[DateStyle, ...] = ()  # how this mail writes numeric dates


@dataclass(frozen=True, slots=True)
class ReplyDecision:
    send: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The rules' judgement: what status, what is missing, whether to reply."""

    status: Status
    missing: tuple[MissingItem, ...]
    reply: ReplyDecision
    notes: tuple[str, ...] = ()


PassVerdict = Literal["agrees", "disagrees", "unknown"]


@dataclass(frozen=True, slots=True)
class PassCheck:
    """Did the ISS pass as the mail says (for the curator only; it never changes a submission).

    `computed` and `suggestions` hold plain JSON values: the pass or transit
    figures, and the passes that fit the stated figures best.
    """

    verdict: PassVerdict
    reason: str
    computed: dict[str, Any] | None = None
    elements_age_days: float | None = None
    suggestions: tuple[dict[str, Any], ...] = ()
    notes: tuple[str, ...] = ()  # for the contract's top-level notes (e.g. a zone in doubt)


PASS_CHECK_OFF = PassCheck(
    "unknown", "the pass check is off: no [verify] elements_file in the config"
)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The whole pure pipeline's output for one message."""

    parsed: ParsedMessage
    media: Media
    fields: Fields
    verdict: Verdict
    pass_check: PassCheck = PASS_CHECK_OFF
    # The sender's own words (fields.own_words), read in the pipeline's process for a message
    # that may be answered: the reply's language comes from them, and the poller need not load
    # the fields package to find it. None: not read here (compose_reply reads them itself).
    own_words: str | None = None


@dataclass(frozen=True, slots=True)
class OutboxReply:
    """A composed reply to queue in the same transaction (sent after the commit)."""

    message_id: str
    to_addr: str
    subject: str
    body_text: str
    body_html: str | None = None
    state: str = "pending"  # pending | withheld


@dataclass(frozen=True, slots=True)
class Previous:
    """An earlier submission as stored: what a follow-up is merged into."""

    submission_id: int
    reference: str | None
    status: str
    fields: Fields
    media: tuple[MediaItem, ...]
