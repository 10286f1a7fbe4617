"""A zone word naming a whole country's clock where the country keeps several (issue 13).

"22:31 (hora de Portugal)" is mainland Portugal's clock (Europe/Lisbon), but a sender in
Ponta Delgada reads the Azores' clock, an hour behind; "hora de España" from Las Palmas is
the Peninsula's or the Canaries'. When the mail names a place of that country whose clock
differs from the word's then, the time may be on either: no UT time, and a note that asks
(docs/design.md invariant 6: UT is never guessed). The country's words are listed in
data/zone_words.toml [country_clock]; a city's or a region's own clock ("hora de Madrid",
"hora dos Açores") says which it is and is not doubted.
"""

from __future__ import annotations

import tomllib
from datetime import datetime
from functools import cache
from importlib.resources import files
from zoneinfo import ZoneInfo

from ipom_mail.pipeline.fields.places import named_zones, zone_country
from ipom_mail.pipeline.fields.zones import Zone

__all__ = ["country_clock_doubt"]


@cache
def _country_words() -> frozenset[str]:
    """Zone words that name a whole country's clock (data/zone_words.toml [country_clock])."""
    text = files("ipom_mail").joinpath("data/zone_words.toml").read_text("utf-8")
    return frozenset(w.lower() for w in tomllib.loads(text)["country_clock"]["words"])


def _offset(iana: str, local: datetime) -> object:
    """The clock's offset from UT at a naive local time in `iana`."""
    return local.replace(tzinfo=ZoneInfo(iana)).utcoffset()


def country_clock_doubt(zone: Zone, local: datetime, written: str, context: str) -> str | None:
    """A note when `zone` is a country's clock and the mail names a place of that country on
    another clock at `local` ("hora de Portugal" from Ponta Delgada), else None."""
    if zone.iana is None or zone.label.lower() not in _country_words():
        return None
    country = zone_country(zone.iana)
    if country is None:
        return None
    own = _offset(zone.iana, local)
    others = sorted(z for z in named_zones(context, country) if _offset(z, local) != own)
    if not others:
        return None
    written = written.strip() + ")" * (written.count("(") - written.count(")"))
    return (
        f"the time {written} names a country's clock, but the place named keeps "
        f"another ({others[0]}); which clock was it read on, or the time in UT?"
    )
