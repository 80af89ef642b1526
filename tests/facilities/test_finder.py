"""Ranking facilities by distance, filtering by service and by opening at a given time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import zoneinfo
from pathlib import Path

import pytest

from kbassist.content.folder import load_content
from kbassist.facilities.finder import Finder, FinderResult, all_services
from kbassist.facilities.geo import Units, haversine_km
from kbassist.facilities.hours import WEEKDAYS, DayHours, OpeningHours, parse_day, parse_osm
from kbassist.facilities.locate import Gazetteer
from kbassist.facilities.model import Facility, Placement
from kbassist.facilities.opening import OpenCheck
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
    assert None not in distances
    assert distances == sorted(d or 0.0 for d in distances)
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
    assert results[1].status.text == "Hours unknown – call before sending a customer"


def test_open_at_another_time() -> None:
    late = dt.datetime(2027, 3, 5, 23, 0, tzinfo=LONDON)
    results = Finder(FACILITIES).nearest(51.5072, -0.1276, late, open_only=True)
    assert ids(results) == ["night", "unknown-hours"]
    assert results[0].status.text == "Open until 04:00 tomorrow"


def test_miles() -> None:
    result = Finder(FACILITIES).nearest(53.4808, -2.2426, FRIDAY_NOON, limit=1)[0]
    assert result.distance_km is not None
    assert result.distance(Units.MILES) == pytest.approx(result.distance_km / 1.609344)


def test_matches_a_brute_force_ranking() -> None:
    rng = random.Random(7)
    many = [place(f"f{i}", rng.uniform(35, 60), rng.uniform(-10, 30)) for i in range(500)]
    finder = Finder(many)
    for _ in range(20):
        lat, lon = rng.uniform(35, 60), rng.uniform(-10, 30)
        expected = sorted(many, key=lambda f: haversine_km(lat, lon, f.lat or 0, f.lon or 0))[:10]
        assert ids(finder.nearest(lat, lon, FRIDAY_NOON)) == [f.id for f in expected]
        assert ids(finder.nearest(lat, lon, FRIDAY_NOON, open_only=True)) == [
            f.id for f in expected
        ]


def test_starter_content_nearest_to_camden_postcode() -> None:
    content = load_content(STARTER)
    where = Gazetteer(content.places).locate("NW1 7AA")
    results = Finder(content.facilities).nearest(where.lat, where.lon, FRIDAY_NOON, limit=3)
    assert results[0].facility.id == "lon-camden"
    distance = results[0].distance_km
    assert distance is not None and distance < 0.1
    assert "repairs" in all_services(content.facilities.values())


# -- scale: the grid walk and the grouped opening checks ------------------------------------


def reference(
    facilities: list[Facility],
    lat: float,
    lon: float,
    at: dt.datetime,
    service: str | None,
    open_only: bool,
    limit: int,
) -> list[str]:
    """The nearest by measuring every facility and checking each one's hours on its own."""
    is_open = OpenCheck(at)
    kept = [
        f
        for f in facilities
        if f.lat is not None
        and f.lon is not None
        and (service is None or service in f.services)
        and (not open_only or is_open(f) is not False)
    ]
    kept.sort(key=lambda f: haversine_km(lat, lon, f.lat or 0.0, f.lon or 0.0))
    return [f.id for f in kept[:limit]]


def scattered(count: int, rng: random.Random) -> list[Facility]:
    """Facilities over the whole globe (poles and the date line too), with shared weeks,
    per-facility closures and unknown hours, in several zones."""
    weeks = ["09:00-17:00", "08:00-12:00,13:00-18:00", "18:00-02:00", "00:00-24:00"]
    zones = ["Europe/London", "Europe/Madrid", "Atlantic/Canary", "America/New_York", "Asia/Tokyo"]
    made = []
    for number in range(count):
        opening = None
        if rng.random() > 0.15:
            days = tuple(parse_day(rng.choice(weeks)) for _ in WEEKDAYS)
            closures: dict[dt.date, DayHours] = {
                dt.date(2027, 3, 5) + dt.timedelta(days=rng.randrange(-1, 2)): ()
            }
            opening = OpeningHours(days, closures if rng.random() < 0.3 else {})
        made.append(
            Facility(
                id=f"f{number}",
                name=f"F{number}",
                path=Path("f.yaml"),
                line=number + 1,
                lat=rng.uniform(-89.9, 89.9) if number % 3 else rng.uniform(50, 52),
                lon=rng.uniform(-180, 180) if number % 3 else rng.uniform(-1, 1),
                services=tuple(rng.sample(["returns", "repairs", "advice"], rng.randrange(1, 3))),
                timezone=rng.choice(zones),
                hours=opening,
            )
        )
    return made


def test_grid_walk_finds_exactly_what_measuring_everything_finds() -> None:
    rng = random.Random(7)
    made = scattered(3000, rng)
    finder = Finder(made)
    points = [(51.0, 0.0), (89.5, 10.0), (-89.5, 170.0), (0.0, 179.99), (0.0, -179.99)]
    points += [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(15)]
    for number, (lat, lon) in enumerate(points):
        at = FRIDAY_NOON + dt.timedelta(hours=7 * number)
        for service, open_only in ((None, False), (None, True), ("repairs", True)):
            found = finder.nearest(lat, lon, at, service=service, open_only=open_only)
            expected = reference(made, lat, lon, at, service, open_only, 10)
            assert ids(found) == expected, (lat, lon, at, service, open_only)


def test_nothing_open_is_known_at_once_and_unknown_hours_still_come_back() -> None:
    closed_at_night = [place(f"day-{n}", 51 + n / 100, -0.1) for n in range(500)]
    finder = Finder([*closed_at_night, place("unknown-hours", 55.0, -3.0, hours=None)])
    four_am = dt.datetime(2027, 3, 5, 4, 0, tzinfo=LONDON)
    assert ids(finder.nearest(51.0, -0.1, four_am, open_only=True)) == ["unknown-hours"]
    assert finder.nearest(51.0, -0.1, four_am, open_only=True, unknown=False) == []
    assert ids(finder.unknown_hours_near(51.0, -0.1, four_am)) == ["unknown-hours"]


def test_a_closure_on_the_day_takes_one_facility_out_of_its_open_group() -> None:
    week = tuple(parse_day("09:00-17:00") for _ in WEEKDAYS)
    closed_today = dataclasses.replace(
        place("closed-today", 51.501, -0.1), hours=OpeningHours(week, {FRIDAY_NOON.date(): ()})
    )
    finder = Finder([closed_today, place("open", 51.6, -0.1)])
    assert ids(finder.nearest(51.5, -0.1, FRIDAY_NOON, open_only=True)) == ["open"]
    # The next day the closure is over: both are open on Saturday at noon.
    saturday = FRIDAY_NOON + dt.timedelta(days=1)
    assert ids(finder.nearest(51.5, -0.1, saturday, open_only=True)) == ["closed-today", "open"]


def test_open_status_is_read_in_each_facility_zone_from_its_coordinates(tmp_path: Path) -> None:
    # No timezone written: Las Palmas (Atlantic/Canary) is an hour behind Madrid.
    text = "".join(
        f"- id: {ident}\n  name: {ident}\n  country: ES\n  lat: {lat}\n  lon: {lon}\n"
        "  hours: {mon: 09:00-14:00, tue: 09:00-14:00, wed: 09:00-14:00, thu: 09:00-14:00,"
        " fri: 09:00-14:00}\n"
        for ident, lat, lon in (("madrid", 40.4169, -3.7035), ("las-palmas", 28.1099, -15.4167))
    )
    (tmp_path / "facilities").mkdir()
    (tmp_path / "facilities" / "es.yaml").write_text(text, encoding="utf-8")
    facilities = load_content(tmp_path).facilities
    assert facilities["madrid"].timezone == "Europe/Madrid"
    assert facilities["las-palmas"].timezone == "Atlantic/Canary"
    # 13:30 UTC on a Friday in March is 14:30 in Madrid (closed), 13:30 in Las Palmas (open).
    at = dt.datetime(2027, 3, 5, 13, 30, tzinfo=dt.UTC)
    results = Finder(facilities).nearest(35.0, -10.0, at, open_only=True, unknown=False)
    assert ids(results) == ["las-palmas"]
    status = {r.facility.id: r.status.open for r in Finder(facilities).nearest(35.0, -10.0, at)}
    assert status == {"madrid": False, "las-palmas": True}


def test_unplaced_facilities_follow_the_ranked_ones_with_distance_unknown() -> None:
    unplaced = dataclasses.replace(
        place("hoxne", 0, 0),
        lat=None,
        lon=None,
        city="Hoxne",
        postcode="IP21 5AS",
        placement=Placement.UNPLACED,
    )
    finder = Finder([*FACILITIES, unplaced])
    results = finder.nearest(51.5072, -0.1276, FRIDAY_NOON, limit=2, query="Hoxne")
    assert ids(results) == ["night", "near", "hoxne"]
    assert results[-1].distance_km is None
    assert results[-1].distance_text(Units.KM) == "distance unknown"
    # Its postcode district finds it too; a query for somewhere else does not.
    assert ids(finder.nearest(51.5, -0.1, FRIDAY_NOON, limit=1, query="IP21"))[-1] == "hoxne"
    assert "hoxne" not in ids(finder.nearest(51.5, -0.1, FRIDAY_NOON, query="London"))
    assert ids(finder.by_name("hox", FRIDAY_NOON)) == ["hoxne"]
    assert ids(finder.by_name("IP21 5AS", FRIDAY_NOON)) == ["hoxne"]


# 2027-06-25, a Friday, is Statehood Day in Slovenia and a working day in Britain.
STATEHOOD_NOON = dt.datetime(2027, 6, 25, 10, 0, tzinfo=dt.UTC)


def zoned(ident: str, timezone: str, country: str, hours: str, lon: float) -> Facility:
    """A facility with OpenStreetMap hours text, in its own zone and country."""
    return Facility(
        id=ident,
        name=ident,
        path=Path("f.yaml"),
        line=1,
        lat=46.0,
        lon=lon,
        timezone=timezone,
        country=country,
        hours=parse_osm(hours),
    )


def test_the_same_hours_text_is_evaluated_in_each_facilitys_zone_and_country() -> None:
    text = "Mo-Fr 09:00-12:30; PH off"
    shops = [
        zoned("london", "Europe/London", "GB", text, 14.0),
        zoned("ljubljana", "Europe/Ljubljana", "SI", text, 14.1),
        zoned("athens", "Europe/Athens", "GR", text, 14.2),
    ]
    assert shops[0].hours is shops[1].hours is shops[2].hours
    finder = Finder(shops)
    finder.prepare(STATEHOOD_NOON)
    # 10:00 UTC is 11:00 in London (open), a holiday in Ljubljana, 13:00 in Athens (closed).
    found = {r.facility.id: r.status for r in finder.nearest(46.0, 14.0, STATEHOOD_NOON)}
    assert [found[i].open for i in ("london", "ljubljana", "athens")] == [True, False, False]
    assert found["ljubljana"].holiday == "Statehood Day"
    assert found["athens"].holiday is None
    assert ids(finder.nearest(46.0, 14.0, STATEHOOD_NOON, open_only=True)) == ["london"]


def holiday_facilities(count: int) -> list[Facility]:
    """Facilities in three zones and countries, some with exceptions on Statehood Day."""
    rng = random.Random(7)
    zones = (("Europe/London", "GB"), ("Europe/Ljubljana", "SI"), ("Europe/Athens", "GR"))
    made = []
    for number in range(count):
        zone, country = rng.choice(zones)
        week = tuple(parse_day(rng.choice(("09:00-17:00", "10:00-14:00", ""))) for _ in WEEKDAYS)
        exceptions = {STATEHOOD_NOON.date(): parse_day("08:00-10:30")} if number % 3 else {}
        holidays = rng.choice((None, (), parse_day("11:00-13:00")))
        made.append(
            dataclasses.replace(
                place(f"f{number}", rng.uniform(44, 48), rng.uniform(12, 16)),
                timezone=zone,
                country=country,
                hours=OpeningHours(week, exceptions, holidays),
            )
        )
    return made


@pytest.mark.parametrize(
    "at",
    [STATEHOOD_NOON, STATEHOOD_NOON - dt.timedelta(hours=3), STATEHOOD_NOON + dt.timedelta(days=1)],
)
def test_prepare_changes_no_result(at: dt.datetime) -> None:
    made = holiday_facilities(300)
    prepared, fresh = Finder(made), Finder(made)
    prepared.prepare(STATEHOOD_NOON, "sl")
    for lat, lon in ((46.0, 14.0), (44.5, 12.5), (47.9, 15.9)):
        for open_only in (False, True):
            want = fresh.nearest(lat, lon, at, open_only=open_only)
            assert prepared.nearest(lat, lon, at, open_only=open_only) == want
    # Some are open and some closed then, so the comparison says something.
    statuses = {r.status.open for r in fresh.nearest(46.0, 14.0, at, limit=300)}
    assert statuses == {True, False}


def test_prepare_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="aware"):
        Finder(FACILITIES).prepare(dt.datetime(2027, 6, 25, 12, 0))
