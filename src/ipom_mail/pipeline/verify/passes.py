"""Where the ISS was, seen from a place: its passes (rise, culmination, set) and how each looked.

Pure computation with skyfield on one element set; times are UT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from skyfield.api import EarthSatellite, wgs84
from skyfield.timelib import Time

from ipom_mail.pipeline.verify.elements import ElementSet
from ipom_mail.pipeline.verify.sky import ephemeris, timescale

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


def _magnitudes(sat: EarthSatellite, observer: Any, t: Time) -> Any:
    """Estimated visual magnitudes of the ISS at the times t (range and Sun–ISS–observer phase angle)."""
    eph = ephemeris()
    topocentric = (sat - observer).at(t)
    range_km = topocentric.distance().km
    to_sun = (eph["sun"] - (eph["earth"] + sat)).at(t).position.km
    to_observer = -topocentric.position.km
    cos_phi = np.sum(to_sun * to_observer, axis=0) / (
        np.linalg.norm(to_sun, axis=0) * np.linalg.norm(to_observer, axis=0)
    )
    phi = np.arccos(np.clip(cos_phi, -1.0, 1.0))
    phase = (np.sin(phi) + (np.pi - phi) * np.cos(phi)) / np.pi
    return (
        STANDARD_MAGNITUDE
        + 5 * np.log10(range_km / 1000.0)
        - 2.5 * np.log10(np.maximum(phase, 1e-6) * np.pi)
    )


def passes_over(elements: ElementSet, place: Place, start: datetime, end: datetime) -> list[Pass]:
    """Every pass of the ISS above the horizon of `place` between start and end (UT)."""
    ts = timescale()
    sat = satellite(elements)
    observer = wgs84.latlon(place.lat, place.lon, place.elevation_m)
    times, events = sat.find_events(
        observer, ts.from_datetime(start), ts.from_datetime(end), altitude_degrees=0.0
    )
    tops = [i for i, event in enumerate(events) if event == 1]
    if not tops:
        return []
    figures = _figures(sat, observer, times[tops])
    found: list[Pass] = []
    for n, i in enumerate(tops):
        rise = times[i - 1] if i > 0 and events[i - 1] == 0 else None
        after = times[i + 1] if i + 1 < len(events) and events[i + 1] == 2 else None
        elevation, sun, sunlit, mag = (f[n] for f in figures)
        found.append(
            Pass(
                rise=_utc(rise) if rise is not None else None,
                culmination=_utc(times[i]),
                set=_utc(after) if after is not None else None,
                max_elevation_deg=round(float(elevation), 1),
                sun_altitude_deg=round(float(sun), 1),
                sunlit=bool(sunlit),
                magnitude=round(float(mag), 1) if sunlit else None,
            )
        )
    return found


def _figures(sat: EarthSatellite, observer: Any, tops: Time) -> tuple[Any, Any, Any, Any]:
    """At every culmination at once: the ISS's elevation, the Sun's altitude, sunlit, magnitude.

    The Sun's altitude is geometric (no light time, no refraction): under a
    tenth of a degree from the apparent one, far within what a curator compares.
    """
    eph = ephemeris()
    elevation = (sat - observer).at(tops).altaz()[0].degrees
    sun = (eph["sun"] - (eph["earth"] + observer)).at(tops).altaz()[0].degrees
    sunlit = sat.at(tops).is_sunlit(eph)
    return elevation, sun, sunlit, _magnitudes(sat, observer, tops)
