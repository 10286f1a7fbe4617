"""The pass check: did the ISS pass as the submission says, and if not, which pass fits what it says?

`check_pass` takes a Claim, the element history and a place index, and returns
a PassCheck for the curator (it never changes the submission): `agrees`,
`disagrees` or `unknown`, one sentence why, the computed figures, and — when
the verdict is not `agrees` — the passes that fit the stated figures best.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ipom_mail.pipeline.values import PassCheck, PassVerdict
from ipom_mail.pipeline.verify.claim import Claim
from ipom_mail.pipeline.verify.elements import ElementSet, nearest
from ipom_mail.pipeline.verify.passes import Pass, Place, passes_over
from ipom_mail.pipeline.verify.places import PlaceIndex
from ipom_mail.pipeline.verify.transit import DISK_RADIUS_DEG, Approach, closest_approaches

ELEVATION_TOLERANCE_DEG = 3.0
TRANSIT_MARGIN_DEG = (
    0.5  # the transit path is a few km wide: a near miss from the town centre agrees
)
SEARCH_DAYS_BEFORE = 3
MAX_SUGGESTIONS = 3


def _z(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _hm(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%H:%M UT")


def _day(when: datetime) -> str:
    return f"{when.day} {when.strftime('%B')}"


def _pass_figures(p: Pass) -> dict[str, Any]:
    return {
        "rise": _z(p.rise) if p.rise else None,
        "culmination": _z(p.culmination),
        "set": _z(p.set) if p.set else None,
        "max_elevation_deg": p.max_elevation_deg,
        "sun_altitude_deg": p.sun_altitude_deg,
        "sunlit": p.sunlit,
        "magnitude": p.magnitude,
    }


def _transit_figures(a: Approach) -> dict[str, Any]:
    return {
        "transit_of": a.body,
        "closest_approach": _z(a.when),
        "separation_deg": a.separation_deg,
        "iss_elevation_deg": a.iss_elevation_deg,
        "body_elevation_deg": a.body_elevation_deg,
    }


def _tolerance(age_days: float) -> timedelta:
    """How far a computed time may be off: about ±30 s at 3 days, more with older elements."""
    return timedelta(seconds=60 + 10 * age_days)


def locate(claim: Claim, places: PlaceIndex | None) -> tuple[Place | None, str]:
    """Where the photo was taken: EXIF GPS first, else the place the text names."""
    if claim.gps is not None:
        return Place("the photo's GPS position", claim.gps[0], claim.gps[1]), "EXIF GPS"
    if not claim.place:
        return None, "the mail names no place"
    if places is None:
        return None, "no place index"
    resolved = places.resolve(claim.place)
    if not resolved.found:
        return None, resolved.reason
    assert resolved.lat is not None and resolved.lon is not None
    return Place(
        resolved.name, resolved.lat, resolved.lon, timezone=resolved.timezone
    ), resolved.reason


def check_pass(claim: Claim, history: Sequence[ElementSet], places: PlaceIndex | None) -> PassCheck:
    """The verdict on one submission's claimed pass (see the module docstring)."""
    if not history:
        return PassCheck(
            "unknown", "the pass check is off: [verify] elements_file names no element sets"
        )
    place, how = locate(claim, places)
    if place is None:
        return PassCheck("unknown", f"no place to compute from: {how}")
    if claim.taken_at is None:
        suggestions = suggest(claim, history, place)
        return PassCheck(
            "unknown",
            "no UT time to check" + _fit_text(suggestions),
            suggestions=tuple(suggestions),
        )
    elements = nearest(history, claim.taken_at)
    if elements is None:
        return PassCheck("unknown", f"no element set within 14 days of {_z(claim.taken_at)}")
    age = round(elements.age_days(claim.taken_at), 1)
    if claim.transit_of is not None:
        verdict, reason, computed = _judge_transit(claim, elements, place, age)
    else:
        verdict, reason, computed = _judge_pass(claim, elements, place, age)
    suggestions = [] if verdict == "agrees" else suggest(claim, history, place)
    return PassCheck(
        verdict,
        reason + ("" if verdict == "agrees" else _fit_text(suggestions)),
        computed,
        age,
        tuple(suggestions),
    )


def _judge_pass(
    claim: Claim, elements: ElementSet, place: Place, age: float
) -> tuple[PassVerdict, str, dict[str, Any] | None]:
    assert claim.taken_at is not None
    when, slack = claim.taken_at, _tolerance(age)
    found = passes_over(elements, place, when - timedelta(hours=2), when + timedelta(hours=2))
    during = [
        p
        for p in found
        if (p.rise or p.culmination) - slack <= when <= (p.set or p.culmination) + slack
    ]
    if not during:
        near = min(found, key=lambda p: abs(p.culmination - when), default=None)
        other = (
            f"; the nearest pass culminated at {_hm(near.culmination)} ({near.max_elevation_deg:.0f}°)"
            if near
            else ""
        )
        return (
            "disagrees",
            f"the ISS was below the horizon of {place.name} at {_hm(when)}{other}",
            (_pass_figures(near) if near else None),
        )
    p = during[0]
    figures = _pass_figures(p)
    wanted = claim.max_elevation_deg
    if (
        wanted is not None
        and abs(wanted - p.max_elevation_deg) > ELEVATION_TOLERANCE_DEG + 0.5 * age
    ):
        return (
            "disagrees",
            f"the pass at {_hm(p.culmination)} peaked at {p.max_elevation_deg:.0f}°, not {wanted:.0f}°",
            figures,
        )
    if not p.sunlit:
        return (
            "disagrees",
            f"the ISS was in the Earth's shadow during the pass at {_hm(p.culmination)}",
            figures,
        )
    return (
        "agrees",
        f"the ISS passed over {place.name} then, culminating at {_hm(p.culmination)} at {p.max_elevation_deg:.0f}°",
        figures,
    )


def _judge_transit(
    claim: Claim, elements: ElementSet, place: Place, age: float
) -> tuple[PassVerdict, str, dict[str, Any] | None]:
    assert claim.taken_at is not None and claim.transit_of is not None
    when, body = claim.taken_at, claim.transit_of
    approaches = closest_approaches(
        elements, place, body, when - timedelta(hours=1), when + timedelta(hours=1)
    )
    if not approaches:
        return (
            "disagrees",
            f"the ISS did not pass near the {body} from {place.name} within an hour of {_hm(when)}",
            None,
        )
    best = min(approaches, key=lambda a: a.separation_deg)
    figures = _transit_figures(best)
    close = best.separation_deg <= DISK_RADIUS_DEG[body] + TRANSIT_MARGIN_DEG
    on_time = abs(best.when - when) <= _tolerance(age) + timedelta(minutes=1)
    if close and on_time:
        return (
            "agrees",
            f"the ISS passed {best.separation_deg:.2f}° from the {body}'s centre at {best.when:%H:%M:%S} UT",
            figures,
        )
    return (
        "disagrees",
        (
            f"the ISS came closest to the {body} at {best.when:%H:%M:%S} UT, "
            f"{best.separation_deg:.2f}° from its centre"
        ),
        figures,
    )


def _fit_text(suggestions: list[dict[str, Any]]) -> str:
    if not suggestions:
        return ""
    s = suggestions[0]
    when = datetime.fromisoformat(s["culmination"].replace("Z", "+00:00"))
    return (
        f"; the stated figures fit {_day(when)} {when:%H:%M} UT "
        f"({s['max_elevation_deg']:.1f}°, Sun {s['sun_altitude_deg']:.1f}°)"
    )


def suggest(claim: Claim, history: Sequence[ElementSet], place: Place) -> list[dict[str, Any]]:
    """Passes from 3 days before the photo's date to the send date, ranked by how many stated figures they match."""
    stated = [claim.max_elevation_deg, claim.sun_altitude_deg, claim.magnitude, claim.clock]
    if all(v is None for v in stated):
        return []
    day = datetime.combine(claim.day, datetime.min.time(), UTC) if claim.day else None
    anchor = claim.taken_at or day or claim.sent  # no date in the mail: the days before it was sent
    end = claim.sent or (anchor + timedelta(days=1) if anchor else None)
    if anchor is None or end is None:
        return []
    start = datetime.combine(
        (anchor - timedelta(days=SEARCH_DAYS_BEFORE)).date(), datetime.min.time(), UTC
    )
    end = min(end, start + timedelta(days=14))
    ranked = []
    for p in _visible_passes(history, place, start, end):
        matches, error = _score(claim, p, place.timezone)
        if matches:
            ranked.append((-matches, error, p))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [
        {
            "culmination": _z(p.culmination),
            "max_elevation_deg": p.max_elevation_deg,
            "sun_altitude_deg": p.sun_altitude_deg,
            "magnitude": p.magnitude,
            "matches": -m,
        }
        for m, _e, p in ranked[:MAX_SUGGESTIONS]
    ]


def _visible_passes(
    history: Sequence[ElementSet], place: Place, start: datetime, end: datetime
) -> list[Pass]:
    """The sunlit passes of the window, each day with its nearest element set (one search per set)."""
    spans: list[tuple[ElementSet, datetime, datetime]] = []
    day = start
    while day < end:
        elements = nearest(history, day + timedelta(hours=12))
        stop = min(day + timedelta(days=1), end)
        if elements is not None:
            if spans and spans[-1][0] is elements and spans[-1][2] == day:
                spans[-1] = (elements, spans[-1][1], stop)
            else:
                spans.append((elements, day, stop))
        day = stop
    return [
        p for elements, lo, hi in spans for p in passes_over(elements, place, lo, hi) if p.sunlit
    ]


def _score(claim: Claim, p: Pass, zone: str | None) -> tuple[int, float]:
    """How many stated figures the pass matches, and how far off it is in all (for ties)."""
    matches, error = 0, 0.0
    if claim.max_elevation_deg is not None:
        d = abs(claim.max_elevation_deg - p.max_elevation_deg)
        matches, error = matches + (d <= 2.0), error + d / 2.0
    if claim.sun_altitude_deg is not None:
        d = abs(claim.sun_altitude_deg - p.sun_altitude_deg)
        matches, error = matches + (d <= 2.0), error + d / 2.0
    if claim.magnitude is not None and p.magnitude is not None:
        d = abs(claim.magnitude - p.magnitude)
        matches, error = matches + (d <= 0.6), error + d / 0.6
    if claim.clock is not None and (zone or claim.clock[2]):
        local = p.culmination.astimezone(UTC if claim.clock[2] else ZoneInfo(zone or "UTC"))
        minutes = abs((local.hour * 60 + local.minute) - (claim.clock[0] * 60 + claim.clock[1]))
        d = min(minutes, 1440 - minutes)
        matches, error = matches + (d <= 15), error + d / 15.0
    return matches, error
