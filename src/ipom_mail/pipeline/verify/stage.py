"""The pass check as a pipeline stage: the claim from the extracted values, checked with the operator's files.

It reads two files (the element history named by `[verify] elements_file`,
and the place index it builds once) and keeps both open for the process;
nothing is downloaded. Any trouble with them is an `unknown` verdict that
says what to do, never an error for the message.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date
from pathlib import Path
from typing import TYPE_CHECKING

from ipom_mail.config import Config
from ipom_mail.pipeline.values import PASS_CHECK_OFF, CheckResult, PassCheck

if TYPE_CHECKING:  # skyfield and numpy load only when a pass is checked (no elements file: never)
    from ipom_mail.pipeline.verify.claim import Claim
    from ipom_mail.pipeline.verify.elements import ElementSet
    from ipom_mail.pipeline.verify.places import PlaceIndex

_lock = threading.Lock()
_history: dict[tuple[str, int, int], list[ElementSet]] = {}
_indexes: dict[Path, PlaceIndex] = {}


def claim_of(result: CheckResult) -> Claim:
    """What the mail claims about its pass, from the fields stage's values and the text."""
    from ipom_mail.pipeline.verify.claim import Claim, first_clock, sun_altitude, transit_body

    fields, parsed = result.fields, result.parsed
    text = "\n".join(t for t in (parsed.subject, parsed.text) if t)
    gps = (
        (fields.gps_lat, fields.gps_lon)
        if fields.gps_lat is not None and fields.gps_lon is not None
        else None
    )
    return Claim(
        taken_at=fields.taken_at,
        day=date.fromisoformat(fields.taken_date) if fields.taken_date else None,
        sent=parsed.date.astimezone(UTC) if parsed.date else None,
        place=fields.location,
        gps=gps,
        max_elevation_deg=fields.flyby.max_elevation_deg,
        magnitude=fields.flyby.magnitude,
        sun_altitude_deg=sun_altitude(text),
        clock=first_clock(parsed.text),
        transit_of=transit_body(text),
    )


def load_history(path: Path) -> list[ElementSet]:
    """The element sets in the file, re-read only when it changes."""
    from ipom_mail.pipeline.verify.elements import parse_elements

    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _lock:
        if key not in _history:
            _history.clear()
            _history[key] = parse_elements(path.read_text(encoding="ascii", errors="replace"))
        return _history[key]


def places_index_path(config: Config) -> Path:
    """Where the place index lives: `[verify] places_index`, or the storage folder's cache/."""
    if config.verify.places_index:
        return config.relative_path(config.verify.places_index)
    return config.relative_path(config.storage.path) / "cache" / "places-v1.sqlite"


def ensure_places_index(config: Config) -> bool:
    """Build the place index now when the pass check is on and it is missing: True if built.

    It takes seconds (170,000 places), so the commands build it before the first message,
    outside any message's time bound; a slow machine would otherwise spend the bound on it."""
    if not config.verify.elements_file:
        return False
    path = places_index_path(config)
    if path.exists():
        return False
    from ipom_mail.pipeline.verify.places import build_index

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    build_index(path)
    return True


def _index(config: Config) -> PlaceIndex:
    from ipom_mail.pipeline.verify.places import PlaceIndex

    path = places_index_path(config)
    with _lock:
        if path not in _indexes:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _indexes[path] = PlaceIndex(path)
        return _indexes[path]


def check_result_pass(result: CheckResult, config: Config) -> PassCheck:
    """The pass check of one checked message (PASS_CHECK_OFF when no elements file is set)."""
    if not config.verify.elements_file:
        return PASS_CHECK_OFF
    if result.verdict.status in ("ignored", "rejected"):
        return PassCheck("unknown", "not a submission")
    path = config.relative_path(config.verify.elements_file)
    try:
        history = load_history(path)
    except OSError as exc:
        return PassCheck(
            "unknown", f"cannot read [verify] elements_file {path}: {exc.strerror or exc}"
        )
    claim = claim_of(result)
    from ipom_mail.pipeline.verify.passcheck import check_pass  # skyfield loads only when checking

    try:
        index = _index(config) if claim.gps is None and claim.place else None
    except (OSError, ValueError) as exc:
        return PassCheck(
            "unknown", f"cannot build the place index at {places_index_path(config)}: {exc}"
        )
    checked = check_pass(claim, history, index)
    return _weigh_zone_readings(result, claim, checked, history, index)


def _weigh_zone_readings(
    result: CheckResult,
    claim: Claim,
    checked: PassCheck,
    history: list[ElementSet],
    index: PlaceIndex | None,
) -> PassCheck:
    """A zone in doubt ("6:47am EST" when EDT was in force): a pass that fits one reading and
    not the other is evidence for the curator, said in the reason; the value is not changed."""
    from ipom_mail.pipeline.verify.passcheck import check_pass

    for question in result.fields.questions:
        if (
            question.kind != "zone_in_force"
            or question.ut is None
            or question.ut_as_written is None
        ):
            continue
        readings = {
            f"{question.ut:%H:%M} UT by {question.zone or 'the clock in force'}": question.ut,
            f"{question.ut_as_written:%H:%M} UT as written": question.ut_as_written,
        }
        fits = [
            label
            for label, ut in readings.items()
            if check_pass(replace(claim, taken_at=ut), history, index).verdict == "agrees"
        ]
        if len(fits) == 1:
            evidence = f"of the two readings of {question.written}, only {fits[0]} fits a pass"
        elif fits:
            evidence = f"both readings of {question.written} fit a pass"
        else:
            evidence = f"neither reading of {question.written} fits a pass"
        note = f"pass check: {evidence} over {claim.place or 'the place'}"
        return replace(checked, reason=f"{checked.reason}; {evidence}", notes=(note,))
    return checked
