"""The submissions to publish, read from the store as plain values for the templates.

A pick's *feature* month is the month given with `ipom pick`, whatever the
month the photo was taken or received. Curator fields win over extraction
because they replaced it in the store.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ipom_mail.store import Store
from ipom_mail.store.decisions import DecisionLine
from ipom_mail.store.month import SubmissionRecord, month_records, picked_records


@dataclass(frozen=True, slots=True)
class Photo:
    """One stored media file to publish (the bytes are in the archive by sha256)."""

    sha256: str
    source: Path
    kind: str
    mime: str | None
    camera: str | None
    width: int | None
    height: int | None


@dataclass(frozen=True, slots=True)
class Entry:
    """One submission as the post and gallery show it; None is unknown and left out."""

    reference: str
    month: str | None  # the feature month, for picks
    name: str | None
    profile: str | None  # the photographer's own site or social profile
    subject: str | None
    story: str | None
    equipment: tuple[str, ...]
    taken: str | None  # "2024-05-12 21:34:10 UT", "2024-05-12 21:30:00–21:38:00 UT" for a series
    flyby: str | None  # "max. elevation 72°, −3.6 mag, 21:31–21:38 UT"
    location: str | None
    status: str
    decision: str | None
    photos: tuple[Photo, ...]
    links: tuple[str, ...] = ()  # links to the shared photo (a link-only submission)
    chosen: int = 1  # which photo the curator chose for the post (`ipom pick --photo N`)

    def photo(self) -> Photo | None:
        """The photo chosen for the post (photo 1 unless `pick --photo N` said otherwise)."""
        if not self.photos:
            return None
        return self.photos[self.chosen - 1] if self.chosen <= len(self.photos) else self.photos[0]


def month_title(month: str) -> str:
    """'2024-05' → 'May 2024'."""
    year, mon = month.split("-")
    return f"{calendar.month_name[int(mon)]} {year}"


def _ut(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None
    return value.strftime("%Y-%m-%d %H:%M:%S UT")


def taken_text(taken_at: Any, taken_until: Any) -> str | None:
    """'2024-05-12 21:30:00 UT', or with the end of a series or long exposure:
    '2024-05-12 21:30:00–21:38:00 UT' ('… UT – 2024-05-13 00:05:00 UT' across midnight)."""
    start, end = _ut(taken_at), _ut(taken_until)
    if start is None or end is None or end <= start:
        return start
    if end[:10] == start[:10]:
        return f"{start[:-3]}–{end[11:]}"
    return f"{start} – {end}"


def _hm(text: Any) -> str | None:
    full = _ut(text)
    return full[11:16] if full else None


def number(value: float) -> str:
    """A number as printed for a reader: -3.9 with a true minus sign (−3.9)."""
    return f"{value:g}".replace("-", "\u2212")


def flyby_text(flyby: Any) -> str | None:
    """The flyby details in words, only what is known: 'max. elevation 84°, −3.9 mag, 10:44–10:51 UT'."""
    if not isinstance(flyby, dict):
        return None
    parts = []
    if isinstance(flyby.get("max_elevation_deg"), (int, float)):
        parts.append(f"max. elevation {number(flyby['max_elevation_deg'])}°")
    if isinstance(flyby.get("magnitude"), (int, float)):
        parts.append(f"{number(flyby['magnitude'])} mag")
    start, end = _hm(flyby.get("start")), _hm(flyby.get("end"))
    if start and end:
        parts.append(f"{start}–{end} UT")
    elif start or end:
        parts.append(f"{start or end} UT")
    return ", ".join(parts) or None


def picks(store: Store, month: str) -> list[Entry]:
    """The Photos of the Month picked for this feature month."""
    return [_entry(store, record) for record in picked_records(store, month)]


def submissions(store: Store, month: str | None) -> list[Entry]:
    """Every submission that is not ignored mail (of one received month, when given), newest first."""
    found = month_records(store, month, newest_first=True, skip_ignored=True)
    return [_entry(store, record) for record in found]


def _entry(store: Store, sub: SubmissionRecord) -> Entry:
    fields = sub.fields
    given = fields.get("photographer")
    person: dict[str, Any] = given if isinstance(given, dict) else {}
    links = [
        link
        for link in person.get("links") or []
        if isinstance(link, str) and link.startswith(("https://", "http://"))
    ]
    word = sub.decision
    return Entry(
        reference=sub.reference or str(sub.id),
        month=word.split(" ", 1)[1] if word and word.startswith("picked ") else None,
        name=person.get("name") or sub.sender_name,
        profile=links[0] if links else None,
        subject=sub.subject,
        story=fields.get("story") if isinstance(fields.get("story"), str) else None,
        equipment=tuple(e for e in fields.get("equipment") or [] if isinstance(e, str)),
        taken=taken_text(fields.get("taken_at"), fields.get("taken_until"))
        or fields.get("taken_date"),
        flyby=flyby_text(fields.get("flyby")),
        location=fields.get("location") if isinstance(fields.get("location"), str) else None,
        status=sub.status,
        decision=word,
        photos=tuple(
            Photo(
                m.sha256,
                store.archive.media_path(m.sha256, m.mime),
                m.kind,
                m.mime,
                m.camera,
                m.width,
                m.height,
            )
            for m in sub.media
            if m.archived
        ),
        links=tuple(
            u for u in sub.links if u.startswith(("https://", "http://")) and u not in links
        ),
        chosen=_chosen_photo(sub.decisions),
    )


def _chosen_photo(decisions: tuple[DecisionLine, ...]) -> int:
    """The photo number of the latest `pick --photo N` still in force (1 when none)."""
    chosen = [d for d in decisions if d.kind == "photo" and d.reverted_at is None]
    value = chosen[-1].value if chosen else 1
    return value if isinstance(value, int) and value >= 1 else 1
