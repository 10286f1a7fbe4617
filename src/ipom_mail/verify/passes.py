"""Where the ISS was, seen from a place: its passes (rise, culmination, set) and how each looked.

Pure computation with skyfield on one element set; times are UT.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from skyfield.api import EarthSatellite, wgs84
from skyfield.timelib import Time

from ipom_mail.verify.elements import ElementSet
from ipom_mail.verify.sky import ephemeris, timescale

# Brightness model: the ISS's standard magnitude at 1,000 km and 90° phase
# angle, and a diffuse-sphere phase function (as the usual pass predictors use).
STANDARD_MAGNITUDE = -1.8
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Place:
    """An observer on the ground (degrees, metres)."""

    name: str
    lat: float
    lon: float
    elevation_m: float = 0.0
    timezone: str | None = None  # IANA zone, when the place index knows it


@dataclass(frozen=True, slots=True)
class Pass:
    """One pass of the ISS over a place, as a curator would compare it with a claim."""

    rise: datetime | None  # None when the window began with the ISS already up
    culmination: datetime
    set: datetime | None
    max_elevation_deg: float
    sun_altitude_deg: float  # the Sun seen from the place, at culmination
    sunlit: bool  # the ISS in sunlight at culmination
    magnitude: float | None  # estimated brightness at culmination when sunlit

    @property
    def visible(self) -> bool:
        """Could be seen with the eye: the station lit, the observer in (civil) darkness."""
        return self.sunlit and self.sun_altitude_deg < -4.0


def satellite(elements: ElementSet) -> EarthSatellite:
    """The ISS as skyfield propagates it from one element set (SGP4)."""
    return EarthSatellite(elements.line1, elements.line2, "ISS", timescale())


def _utc(t: Time) -> datetime:
    value: datetime = t.utc_datetime()
    return value.astimezone(UTC)


def magnitude(sat: EarthSatellite, place: Place, t: Time) -> float:
    """Estimated visual magnitude of the ISS at t from the place (range and phase angle)."""
    eph = ephemeris()
    observer = wgs84.latlon(place.lat, place.lon, place.elevation_m)
    topocentric = (sat - observer).at(t)
    range_km = float(topocentric.distance().km)
    # phase angle: Sun – ISS – observer
    sun_from_sat = (eph["earth"] + sat).at(t).observe(eph["sun"]).position.km
    obs_from_sat = -topocentric.position.km
    cos_phi = float(
        np.dot(sun_from_sat, obs_from_sat)
        / (np.linalg.norm(sun_from_sat) * np.linalg.norm(obs_from_sat))
    )
    phi = math.acos(max(-1.0, min(1.0, cos_phi)))
    phase = (math.sin(phi) + (math.pi - phi) * math.cos(phi)) / math.pi
    return (
        STANDARD_MAGNITUDE
        + 5 * math.log10(range_km / 1000.0)
        - 2.5 * math.log10(max(phase, 1e-6) * math.pi)
    )


def passes_over(elements: ElementSet, place: Place, start: datetime, end: datetime) -> list[Pass]:
    """Every pass of the ISS above the horizon of `place` between start and end (UT)."""
    ts = timescale()
    sat = satellite(elements)
    observer = wgs84.latlon(place.lat, place.lon, place.elevation_m)
    times, events = sat.find_events(
        observer, ts.from_datetime(start), ts.from_datetime(end), altitude_degrees=0.0
    )
    found: list[Pass] = []
    rise: Time | None = None
    for t, event in zip(times, events, strict=True):
        if event == 0:
            rise = t
        elif event == 1:
            found.append(_describe(sat, observer, place, rise, t))
        elif event == 2 and found and found[-1].set is None:
            found[-1] = _with_set(found[-1], _utc(t))
            rise = None
    return found


def _with_set(p: Pass, when: datetime) -> Pass:
    return Pass(
        p.rise, p.culmination, when, p.max_elevation_deg, p.sun_altitude_deg, p.sunlit, p.magnitude
    )


def _describe(
    sat: EarthSatellite, observer: Any, place: Place, rise: Time | None, top: Time
) -> Pass:
    """The figures of one pass at its culmination."""
    ephem = ephemeris()
    alt, _az, _d = (sat - observer).at(top).altaz()
    sun_alt, _saz, _sd = (
        (ephem["earth"] + observer).at(top).observe(ephem["sun"]).apparent().altaz()
    )
    sunlit = bool(sat.at(top).is_sunlit(ephem))
    return Pass(
        rise=_utc(rise) if rise is not None else None,
        culmination=_utc(top),
        set=None,
        max_elevation_deg=round(float(alt.degrees), 1),
        sun_altitude_deg=round(float(sun_alt.degrees), 1),
        sunlit=sunlit,
        magnitude=round(magnitude(sat, place, top), 1) if sunlit else None,
    )
