"""The pass check on real element sets: the seed page's submissions, computed with skyfield.

Figures from the issue (computed independently): Manorville NY claimed 6:47am EST
on 9 March 2020 at 84°, Sun −15.3°, −3.9 mag; Tarján, Hungary on 29 July 2016;
Palmdale, California's solar transit on 27 April 2020. Times within ±30 s,
angles within ±1°.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ipom_mail.pipeline.verify.claim import Claim
from ipom_mail.pipeline.verify.elements import ElementSet, nearest, parse_elements
from ipom_mail.pipeline.verify.passcheck import check_pass
from ipom_mail.pipeline.verify.passes import Place, passes_over
from ipom_mail.pipeline.verify.places import PlaceIndex
from ipom_mail.pipeline.verify.transit import closest_approaches

ELEMENTS = Path(__file__).parents[1] / "data" / "iss-elements.txt"
MANORVILLE = Place("Manorville", 40.87371, -72.80788)
TARJAN = Place("Tarján", 47.61042, 18.5107)
PALMDALE = Place("Palmdale", 34.57943, -118.11646)


@pytest.fixture(scope="module")
def history() -> list[ElementSet]:
    return parse_elements(ELEMENTS.read_text(encoding="utf-8"))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def elements_at(history: list[ElementSet], when: datetime) -> ElementSet:
    """The element set nearest `when`, which these dates have."""
    found = nearest(history, when)
    assert found is not None
    return found


def claim(**values: object) -> Claim:
    base: dict[str, object] = dict(taken_at=None, day=None, sent=None, place=None, gps=None,
                                   max_elevation_deg=None, magnitude=None, sun_altitude_deg=None,
                                   clock=None, transit_of=None)  # fmt: skip
    base.update(values)
    return Claim(**base)  # type: ignore[arg-type]


def close_in_time(a: datetime | str, b: datetime, seconds: float = 30) -> bool:
    when = a if isinstance(a, datetime) else datetime.fromisoformat(a.replace("Z", "+00:00"))
    return abs((when - b).total_seconds()) <= seconds


def test_the_history_file_yields_every_copied_set_sorted_by_epoch(
    history: list[ElementSet],
) -> None:
    assert len(history) == 7
    assert [s.epoch for s in history] == sorted(s.epoch for s in history)


def test_a_damaged_line_is_skipped_and_the_rest_is_read() -> None:
    text = ELEMENTS.read_text(encoding="utf-8")
    damaged = text.replace("15.54915529 10947", "15.54915529 10948")  # checksum now wrong
    assert len(parse_elements(damaged)) == 6


def test_no_element_set_within_14_days_leaves_the_check_unknown(history: list[ElementSet]) -> None:
    assert nearest(history, at("2018-06-01T00:00:00")) is None
    result = check_pass(claim(taken_at=at("2018-06-01T21:00:00"), gps=(47.6, 18.5)), history, None)
    assert result.verdict == "unknown"
    assert "no element set within 14 days" in result.reason


def test_manorville_9_march_2020_had_one_visible_pass_at_58_degrees(
    history: list[ElementSet],
) -> None:
    morning = at("2020-03-09T09:00:00")
    elements = nearest(history, morning)
    assert elements is not None
    found = passes_over(elements, MANORVILLE, morning, morning + timedelta(hours=3))
    visible = [p for p in found if p.visible]
    assert len(visible) == 1
    assert close_in_time(visible[0].culmination, at("2020-03-09T10:36:30"))
    assert visible[0].max_elevation_deg == pytest.approx(58, abs=1)
    assert visible[0].sun_altitude_deg == pytest.approx(-7.5, abs=1)


def test_manorville_12_march_2020_pass_fits_the_stated_84_degrees(
    history: list[ElementSet],
) -> None:
    morning = at("2020-03-12T09:00:00")
    found = passes_over(
        elements_at(history, morning), MANORVILLE, morning, morning + timedelta(hours=2)
    )
    top = max(found, key=lambda p: p.max_elevation_deg)
    assert close_in_time(top.culmination, at("2020-03-12T09:50:00"), seconds=60)
    assert top.max_elevation_deg == pytest.approx(84.5, abs=1)
    assert top.sun_altitude_deg == pytest.approx(-15.3, abs=1)
    assert top.magnitude is not None and top.magnitude == pytest.approx(-4, abs=0.6)


def test_manorville_claim_disagrees_and_names_the_pass_that_fits(history: list[ElementSet]) -> None:
    stated = claim(taken_at=at("2020-03-09T11:47:00"), sent=at("2020-03-13T18:10:00"), gps=(40.87371, -72.80788),
                   max_elevation_deg=84.0, magnitude=-3.9, sun_altitude_deg=-15.3, clock=(6, 47, False))  # fmt: skip
    result = check_pass(stated, history, None)
    assert result.verdict == "disagrees"
    assert "12 March 09:50 UT" in result.reason
    best = result.suggestions[0]
    assert close_in_time(best["culmination"], at("2020-03-12T09:50:00"), seconds=60)
    assert best["max_elevation_deg"] == pytest.approx(84.5, abs=1)
    assert best["sun_altitude_deg"] == pytest.approx(-15.3, abs=1)
    assert result.elements_age_days == pytest.approx(2.8, abs=0.1)


def test_tarjan_evening_of_29_july_2016_had_two_sunlit_passes(history: list[ElementSet]) -> None:
    evening = at("2016-07-29T19:30:00")
    found = [p for p in passes_over(elements_at(history, evening), TARJAN, evening, evening + timedelta(hours=3))
             if p.visible]  # fmt: skip
    assert [round(p.max_elevation_deg) for p in found] == [85, 39]
    assert close_in_time(found[0].culmination, at("2016-07-29T19:58:00"))
    assert close_in_time(found[1].culmination, at("2016-07-29T21:34:42"))
    assert found[0].sun_altitude_deg == pytest.approx(-13.2, abs=1)
    assert found[1].sun_altitude_deg == pytest.approx(-21.7, abs=1)


def test_a_claim_during_the_tarjan_pass_agrees(history: list[ElementSet]) -> None:
    result = check_pass(claim(taken_at=at("2016-07-29T19:57:00"), gps=(47.61042, 18.5107), max_elevation_deg=85.0),
                        history, None)  # fmt: skip
    assert result.verdict == "agrees"
    assert result.computed is not None and result.computed["max_elevation_deg"] == pytest.approx(
        85.2, abs=1
    )
    assert result.suggestions == ()


def test_a_claimed_elevation_the_pass_never_reached_disagrees(history: list[ElementSet]) -> None:
    result = check_pass(claim(taken_at=at("2016-07-29T21:34:00"), gps=(47.61042, 18.5107), max_elevation_deg=80.0),
                        history, None)  # fmt: skip
    assert result.verdict == "disagrees"
    assert "peaked at 39°" in result.reason


def test_palmdale_solar_transit_of_27_april_2020(history: list[ElementSet]) -> None:
    day = at("2020-04-27T15:00:00")
    elements = nearest(history, day)
    assert elements is not None
    approaches = closest_approaches(elements, PALMDALE, "sun", day, day + timedelta(hours=8))
    best = min(approaches, key=lambda a: a.separation_deg)
    assert close_in_time(best.when, at("2020-04-27T19:11:30"))
    assert best.iss_elevation_deg == pytest.approx(68, abs=1)
    assert 0.2 <= best.separation_deg <= 0.5


def test_a_transit_claim_at_the_right_moment_agrees(history: list[ElementSet]) -> None:
    stated = claim(taken_at=at("2020-04-27T19:11:31"), gps=(34.57943, -118.11646), transit_of="sun")
    result = check_pass(stated, history, None)
    assert result.verdict == "agrees"
    assert result.computed is not None and result.computed["transit_of"] == "sun"


def test_no_place_leaves_the_check_unknown_with_the_reason(history: list[ElementSet]) -> None:
    result = check_pass(claim(taken_at=at("2016-07-29T19:57:00")), history, None)
    assert result.verdict == "unknown"
    assert result.reason == "no place to compute from: the mail names no place"


def test_an_empty_history_says_the_check_is_off() -> None:
    result = check_pass(claim(taken_at=at("2016-07-29T19:57:00"), gps=(47.6, 18.5)), [], None)
    assert (result.verdict, result.reason.startswith("the pass check is off")) == ("unknown", True)


def test_a_date_without_a_time_gets_suggestions_from_the_stated_figures(
    history: list[ElementSet],
) -> None:
    stated = claim(day=date(2016, 7, 29), sent=at("2016-07-31T18:00:00"), gps=(47.61042, 18.5107),
                   max_elevation_deg=85.0, sun_altitude_deg=-13.0)  # fmt: skip
    result = check_pass(stated, history, None)
    assert result.verdict == "unknown"
    assert close_in_time(result.suggestions[0]["culmination"], at("2016-07-29T19:58:00"))


def test_places_resolve_with_their_state_and_country(tmp_path: Path) -> None:
    index = PlaceIndex(tmp_path / "places.sqlite")
    try:
        manorville = index.resolve("Manorville NY, USA")
        assert (manorville.lat, manorville.lon) == pytest.approx((40.874, -72.808), abs=0.01)
        assert index.resolve("Tarján, Hungary").country == "HU"
        assert index.resolve("Palmdale, California").lon == pytest.approx(-118.12, abs=0.01)
        assert index.resolve("Palmdale, CA").admin1 == "CA"
        two = index.resolve("Palmdale")
        assert not two.found and "could be several places" in two.reason
        assert not index.resolve("Nowhere Town Ville").found
    finally:
        index.close()
