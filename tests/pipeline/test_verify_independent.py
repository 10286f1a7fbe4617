"""A pass computed in the test without skyfield (SGP4 + a GMST rotation + plain geometry) agrees with ours."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sgp4.api import Satrec, jday

from ipom_mail.pipeline.verify.elements import nearest, parse_elements
from ipom_mail.pipeline.verify.passes import Place, passes_over

ELEMENTS = Path(__file__).parents[1] / "data" / "iss-elements.txt"
A, F = 6378.137, 1 / 298.257223563  # WGS84


def _gmst(jd: float) -> float:
    """Greenwich mean sidereal time in radians (IAU 1982), UT1 taken as UTC."""
    t = (jd - 2451545.0) / 36525.0
    seconds = 67310.54841 + (876600 * 3600 + 8640184.812866) * t + 0.093104 * t * t - 6.2e-6 * t**3
    return math.radians((seconds % 86400) / 240.0)


def _observer(lat: float, lon: float) -> np.ndarray:
    phi, lam = math.radians(lat), math.radians(lon)
    e2 = F * (2 - F)
    n = A / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    return np.array(
        [
            n * math.cos(phi) * math.cos(lam),
            n * math.cos(phi) * math.sin(lam),
            n * (1 - e2) * math.sin(phi),
        ]
    )


def elevation(sat: Satrec, place: Place, when: datetime) -> float:
    """The ISS's elevation above the place's horizon, in degrees."""
    jd, fr = jday(
        when.year,
        when.month,
        when.day,
        when.hour,
        when.minute,
        when.second + when.microsecond / 1e6,
    )
    error, teme, _v = sat.sgp4(jd, fr)
    assert error == 0
    g = _gmst(jd + fr)
    ecef = np.array(
        [[math.cos(g), math.sin(g), 0], [-math.sin(g), math.cos(g), 0], [0, 0, 1]]
    ) @ np.array(teme)
    rel = ecef - _observer(place.lat, place.lon)
    phi, lam = math.radians(place.lat), math.radians(place.lon)
    up = np.array([math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)])
    return math.degrees(math.asin(float(rel @ up) / float(np.linalg.norm(rel))))


def test_a_pass_computed_independently_peaks_when_and_where_ours_does() -> None:
    history = parse_elements(ELEMENTS.read_text(encoding="utf-8"))
    place = Place("Tarján", 47.61042, 18.5107)
    start = datetime(2016, 7, 29, 12, tzinfo=UTC)
    elements = nearest(history, start)
    assert elements is not None
    sat = Satrec.twoline2rv(elements.line1, elements.line2)
    ours = passes_over(elements, place, start, start + timedelta(hours=12))
    assert len(ours) >= 3
    for p in ours:
        seconds = range(-600, 601)
        heights = [elevation(sat, place, p.culmination + timedelta(seconds=s)) for s in seconds]
        best = int(np.argmax(heights))
        assert abs(seconds[best]) <= 30, f"culmination off by {seconds[best]} s"
        assert abs(heights[best] - p.max_elevation_deg) <= 1.0
