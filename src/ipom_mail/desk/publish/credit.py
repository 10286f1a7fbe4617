"""The credit lines of the post in the page's own words: "More of Simon’s work on his Instagram profile."

The site's name comes from data/profiles.toml by the link's host. The
sender's gender is never known, so the page says "their".
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

from ipom_mail.desk.publish.entries import Entry


@dataclass(frozen=True, slots=True)
class MoreOf:
    """'More of {who} work on their {site}', linked to the photographer's own profile."""

    who: str  # "Maria’s"
    site: str  # "Instagram profile"
    url: str


@cache
def _sites() -> tuple[str, dict[str, str]]:
    data = tomllib.loads(files("ipom_mail").joinpath("data/profiles.toml").read_text("utf-8"))
    return str(data["default"]), {str(k): str(v) for k, v in data["hosts"].items()}


def site_words(url: str) -> str:
    """'Instagram profile' for an Instagram link, 'website' for a site not in the list."""
    default, hosts = _sites()
    host = (urlsplit(url).hostname or "").lower()
    for known, words in hosts.items():
        if host == known or host.endswith("." + known):
            return words
    return default


def possessive(name: str) -> str:
    """The first name as the page writes it: 'Andrew’s' (and 'Thomas’' for a final s)."""
    first = name.split()[0] if name.split() else name
    return f"{first}’" if first.endswith("s") else f"{first}’s"


def more_of(entry: Entry) -> MoreOf | None:
    """The "More of …'s work" line, when the photographer named their own profile."""
    if not entry.profile:
        return None
    who = possessive(entry.name) if entry.name else "the photographer’s"
    return MoreOf(who, site_words(entry.profile), entry.profile)


def details(entry: Entry) -> str | None:
    """The one details line under the story, as the page writes it:
    '2024-05-12 21:34:10 UT. Madrid, Spain. Celestron EdgeHD 8, ZWO ASI462MC.
    Flyby: max. elevation 72°, −3.6 mag, 21:31–21:38 UT.'"""
    parts = [
        entry.taken,
        entry.location,
        ", ".join(entry.equipment) or None,
        f"Flyby: {entry.flyby}" if entry.flyby else None,
    ]
    known = [p.rstrip(".") for p in parts if p]
    return ". ".join(known) + "." if known else None
