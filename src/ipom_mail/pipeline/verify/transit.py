"""A solar or lunar transit of the ISS seen from a place: when it came closest to the disk, and how close.

Within each pass, the separation between the ISS and the Sun (or Moon) is
sampled every half second and refined around its minimum; a transit was
visible from the place when that minimum is under the disk's radius.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import numpy as np
from skyfield.api import wgs84

from ipom_mail.pipeline.verify.elements import ElementSet
from ipom_mail.pipeline.verify.passes import Place, passes_over, satellite
from ipom_mail.pipeline.verify.sky import ephemeris, timescale

Body = Literal["sun", "moon"]
DISK_RADIUS_DEG = {"sun": 0.266, "moon": 0.259}  # mean apparent radii


@dataclass(frozen=True, slots=True)
class Approach:
    """The ISS's closest approach to the Sun's or Moon's centre during one pass."""

    body: Body
    when: datetime  # UT
    separation_deg: float  # from the disk's centre
    iss_elevation_deg: float
    body_elevation_deg: float

    @property
    def transit(self) -> bool:
        """The ISS crossed the disk as seen from the place."""
        return self.separation_deg <= DISK_RADIUS_DEG[self.body]


def closest_approaches(
    elements: ElementSet, place: Place, body: Body, start: datetime, end: datetime
) -> list[Approach]:
    """For each pass between start and end with the body above the horizon, the closest approach."""
    found = []
    for p in passes_over(elements, place, start, end):
        lo = p.rise or p.culmination - timedelta(minutes=6)
        hi = p.set or p.culmination + timedelta(minutes=6)
        approach = _closest(elements, place, body, lo, hi, step_s=0.5)
        if approach is not None and approach.body_elevation_deg > 0:
            found.append(approach)
    return found


def _closest(
    elements: ElementSet, place: Place, body: Body, lo: datetime, hi: datetime, step_s: float
) -> Approach | None:
    """Sample the separation from lo to hi, then refine around the minimum at 0.02 s."""
    ts, eph = timescale(), ephemeris()
    sat = satellite(elements)
    observer = wgs84.latlon(place.lat, place.lon, place.elevation_m)
    target = eph[body]
    for step in (step_s, 0.02):
        count = max(2, int((hi - lo).total_seconds() / step) + 1)
        offsets = np.arange(count) * step
        t = ts.from_datetime(lo) + offsets / 86400.0
        iss = (sat - observer).at(t)
        seen = (eph["earth"] + observer).at(t).observe(target).apparent()
        separation = iss.separation_from(seen).degrees
        i = int(np.argmin(separation))
        best = lo + timedelta(seconds=float(offsets[i]))
        lo, hi = best - timedelta(seconds=step), best + timedelta(seconds=step)
    moment = ts.from_datetime(best)
    iss_alt = (sat - observer).at(moment).altaz()[0].degrees
    body_alt = (eph["earth"] + observer).at(moment).observe(target).apparent().altaz()[0].degrees
    return Approach(
        body,
        best.astimezone(UTC),
        round(float(separation[i]), 2),
        round(float(iss_alt), 1),
        round(float(body_alt), 1),
    )
