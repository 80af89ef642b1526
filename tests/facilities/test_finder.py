"""Ranking facilities by distance, filtering by service and by opening at a given time."""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from pathlib import Path

import pytest

from kbassist.content.folder import load_content
from kbassist.facilities.finder import Finder, FinderResult, all_services
from kbassist.facilities.geo import Units, haversine_km
from kbassist.facilities.hours import WEEKDAYS, OpeningHours, parse_day
from kbassist.facilities.locate import Gazetteer
from kbassist.facilities.model import Facility
from tests.conftest import STARTER

LONDON = zoneinfo.ZoneInfo("Europe/London")
FRIDAY_NOON = dt.datetime(2027, 3, 5, 12, 0, tzinfo=LONDON)


def place(
    ident: str,
    lat: float,
    lon: float,
    services: tuple[str, ...] = ("returns",),
    hours: str | None = "09:00-17:00",
) -> Facility:
    opening = None if hours is None else OpeningHours(tuple(parse_day(hours) for _ in WEEKDAYS))
    return Facility(
        id=ident,
        name=ident.title(),
        path=Path("f.yaml"),
        line=1,
        lat=lat,
        lon=lon,
        services=services,
        timezone="Europe/London",
        hours=opening,
    )


FACILITIES = [
    place("far", 51.60, -0.10),
    place("near", 51.51, -0.13, ("returns", "repairs")),
    place("middle", 51.55, -0.13),
    place("unknown-hours", 51.52, -0.13, hours=None),
    place("night", 51.505, -0.128, hours="20:00-04:00"),
]


def ids(results: list[FinderResult]) -> list[str]:
    return [r.facility.id for r in results]


def test_ranked_by_distance_with_statuses() -> None:
    results = Finder(FACILITIES).nearest(51.5072, -0.1276, FRIDAY_NOON)
    assert ids(results) == ["night", "near", "unknown-hours", "middle", "far"]
    distances = [r.distance_km for r in results]
    assert distances == sorted(distances)
    assert results[1].distance_km == pytest.approx(haversine_km(51.5072, -0.1276, 51.51, -0.13))
    assert [r.status.open for r in results] == [False, True, None, True, True]


def test_limit_and_max_distance() -> None:
    finder = Finder({f.id: f for f in FACILITIES})
    assert ids(finder.nearest(51.5072, -0.1276, FRIDAY_NOON, limit=2)) == ["night", "near"]
    assert finder.nearest(51.5072, -0.1276, FRIDAY_NOON, limit=0) == []
    close = finder.nearest(51.5072, -0.1276, FRIDAY_NOON, max_km=2)
    assert ids(close) == ["night", "near", "unknown-hours"]


def test_service_filter_ignores_case() -> None:
    results = Finder(FACILITIES).nearest(51.5072, -0.1276, FRIDAY_NOON, service="Repairs")
    assert ids(results) == ["near"]
    assert Finder(FACILITIES).nearest(0, 0, FRIDAY_NOON, service="cakes") == []


def test_open_only_keeps_open_and_unknown() -> None:
    results = Finder(FACILITIES).nearest(51.5072, -0.1276, FRIDAY_NOON, open_only=True, limit=3)
    assert ids(results) == ["near", "unknown-hours", "middle"]
    assert results[1].status.text == "Hours unknown"


def test_open_at_another_time() -> None:
    late = dt.datetime(2027, 3, 5, 23, 0, tzinfo=LONDON)
    results = Finder(FACILITIES).nearest(51.5072, -0.1276, late, open_only=True)
    assert ids(results) == ["night", "unknown-hours"]
    assert results[0].status.text == "Open · closes tomorrow at 04:00"


def test_miles() -> None:
    result = Finder(FACILITIES).nearest(53.4808, -2.2426, FRIDAY_NOON, limit=1)[0]
    assert result.distance(Units.MILES) == pytest.approx(result.distance_km / 1.609344)


def test_matches_a_brute_force_ranking() -> None:
    rng = random.Random(7)
    many = [place(f"f{i}", rng.uniform(35, 60), rng.uniform(-10, 30)) for i in range(500)]
    finder = Finder(many)
    for _ in range(20):
        lat, lon = rng.uniform(35, 60), rng.uniform(-10, 30)
        expected = sorted(many, key=lambda f: haversine_km(lat, lon, f.lat, f.lon))[:10]
        assert ids(finder.nearest(lat, lon, FRIDAY_NOON)) == [f.id for f in expected]
        assert ids(finder.nearest(lat, lon, FRIDAY_NOON, open_only=True)) == [
            f.id for f in expected
        ]


def test_starter_content_nearest_to_camden_postcode() -> None:
    content = load_content(STARTER)
    where = Gazetteer(content.places).locate("NW1 7AA")
    results = Finder(content.facilities).nearest(where.lat, where.lon, FRIDAY_NOON, limit=3)
    assert results[0].facility.id == "lon-camden"
    assert results[0].distance_km < 0.1
    assert "repairs" in all_services(content.facilities.values())
