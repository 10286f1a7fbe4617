"""What a submission claims about its pass, gathered from the fields stage's values and the text.

Only what the check compares: the UT time, the place, the stated figures, and
whether the photo is a solar or lunar transit. Built by a pure function.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources

from ipom_mail.pipeline.verify.transit import Body


@dataclass(frozen=True, slots=True)
class Claim:
    """The figures a pass check compares; unknown values are None."""

    taken_at: datetime | None  # UT
    day: date | None  # the photo's date, when no UT time is known
    sent: datetime | None  # the Date header (UT), the end of the suggestion search
    place: str | None  # as written in the mail
    gps: tuple[float, float] | None  # EXIF GPS of the photo
    max_elevation_deg: float | None
    magnitude: float | None
    sun_altitude_deg: float | None
    clock: tuple[int, int, bool] | None  # a clock time as written: hour, minute, stated in UT
    transit_of: Body | None


@cache
def _words() -> dict[str, list[str]]:
    data = (
        resources.files("ipom_mail")
        .joinpath("data", "transit_words.toml")
        .read_text(encoding="utf-8")
    )
    return {k: [w.casefold() for w in v] for k, v in tomllib.loads(data).items()}


_SUN_ALTITUDE = re.compile(
    r"\b(?:sun|sonne|soleil|sol|sole|slunce|słońce|nap|zon)\b[^.\n]{0,40}?(?:at|bei|à|a|en|na|op|at an altitude of)?\s*"
    r"([−–-]\s?\d{1,2}(?:[.,]\d)?)\s*°",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b([01]?\d|2[0-3])[:h.]([0-5]\d)(?::[0-5]\d)?\s*([ap])\.?m\b|\b([01]?\d|2[0-3]):([0-5]\d)\b",
    re.IGNORECASE,
)
_UT_AFTER = re.compile(r"(?::[0-5]\d)?\s*(?:UTC?\b|GMT\b|Z\b)")


def transit_body(text: str) -> Body | None:
    """'sun' or 'moon' when the text speaks of a transit across that disk (in the languages of the data file)."""
    low = text.casefold()
    if not any(w in low for w in _words()["transit"]):
        return None
    sun = min((low.find(w) for w in _words()["sun"] if w in low), default=-1)
    moon = min((low.find(w) for w in _words()["moon"] if w in low), default=-1)
    if sun >= 0 and (moon < 0 or sun <= moon):
        return "sun"
    return "moon" if moon >= 0 else None


def sun_altitude(text: str) -> float | None:
    """The Sun's altitude a photographer states ("the Sun was at −15.3° below the horizon")."""
    m = _SUN_ALTITUDE.search(text)
    if not m:
        return None
    return float(re.sub(r"[−–\s]", "-", m.group(1)).replace("--", "-").replace(",", "."))


def first_clock(text: str) -> tuple[int, int, bool] | None:
    """The first clock time written (24-hour hour, minute) and whether UT follows it; else local."""
    m = _CLOCK.search(text)
    if not m:
        return None
    ut = bool(_UT_AFTER.match(text, m.end()))
    if m.group(3):
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        return hour, int(m.group(2)), ut
    return int(m.group(4)), int(m.group(5)), ut
