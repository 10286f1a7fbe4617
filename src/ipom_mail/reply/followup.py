"""Follow-ups merged: a photographer's answer to our reply completes the submission it answers.

Which submission a message follows up is `reply/matching`'s rule. The merge
here is pure: new fields fill the missing ones (never overwrite), media are
added, a time alone completes a date already known, and the same
`rules.judge` runs again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ipom_mail.config import Config
from ipom_mail.pipeline.rules.verdict import judge
from ipom_mail.pipeline.values import NOT_A_SUBMISSION_NOTE, CheckResult, Fields, Media, Previous


def flagged(result: CheckResult, flag: str | None) -> CheckResult:
    """The result with the curator's flag among its verdict's notes (unchanged without one)."""
    if flag is None:
        return result
    return replace(result, verdict=replace(result.verdict, notes=(*result.verdict.notes, flag)))


def _completed_time(previous: Fields, result: CheckResult) -> Fields:
    """The follow-up's fields, with a time alone read against the date already known."""
    new = result.fields
    if new.taken_at is not None or previous.taken_at is not None or not previous.taken_date:
        return new
    from ipom_mail.pipeline.fields.taken_at import clean_text, parse_time_answer

    known = date.fromisoformat(previous.taken_date)
    answer = parse_time_answer(clean_text(result.parsed.text or ""), known, result.parsed.date)
    if answer.taken_at is None:
        return new
    return replace(new, taken_at=answer.taken_at, taken_at_source=answer.source, taken_date=None)


def merge_fields(previous: Fields, new: Fields) -> Fields:
    """Previous values kept; each field still unknown is filled from the follow-up."""
    taken_at = previous.taken_at or new.taken_at
    source = previous.taken_at_source if previous.taken_at else new.taken_at_source
    person = previous.photographer
    if not person.name and not person.links:
        person = new.photographer
    flyby = previous.flyby if any(_known(previous.flyby)) else new.flyby
    return Fields(
        taken_at=taken_at,
        taken_at_source=source if taken_at else None,
        taken_date=None if taken_at else (previous.taken_date or new.taken_date),
        photographer=person,
        equipment=previous.equipment or new.equipment,
        flyby=flyby,
        story=previous.story or new.story,
        location=previous.location or new.location,
        gps_lat=previous.gps_lat if previous.gps_lat is not None else new.gps_lat,
        gps_lon=previous.gps_lon if previous.gps_lat is not None else new.gps_lon,
        links=tuple(dict.fromkeys((*previous.links, *new.links))),
        notes=new.notes,
        date_styles=previous.date_styles or new.date_styles,
    )


def _known(flyby: Any) -> tuple[bool, ...]:
    return tuple(
        v is not None for v in (flyby.max_elevation_deg, flyby.start, flyby.end, flyby.magnitude)
    )


def as_follow_up(result: CheckResult, config: Config) -> CheckResult:
    """A message matched to a submission, read as its follow-up whatever its wording
    ("the time was 21:34 UT" has no photo and no submission words of its own)."""
    if not any(n.startswith(NOT_A_SUBMISSION_NOTE) for n in result.fields.notes):
        return result
    from ipom_mail.pipeline.fields import extract_fields  # read again: rare, and heavy to load

    own = extract_fields(result.parsed, result.media, config, follow_up=True)
    return replace(result, fields=own)


def merge(previous: Previous, result: CheckResult, config: Config) -> CheckResult:
    """The submission with the follow-up in it, judged again by the same rules."""
    result = as_follow_up(result, config)
    fields = merge_fields(previous.fields, _completed_time(previous.fields, result))
    seen = {i.sha256 for i in previous.media}
    items = (*previous.media, *(i for i in result.media.items if i.sha256 not in seen))
    media = Media(items, result.media.notes)
    verdict = judge(result.parsed, media, fields, config)
    merged = CheckResult(result.parsed, media, fields, verdict, own_words=result.own_words)
    # the follow-up may have brought the time or the place: check the pass again
    from ipom_mail.pipeline.verify.stage import check_result_pass  # for follow-ups only

    return replace(merged, pass_check=check_result_pass(merged, config))
