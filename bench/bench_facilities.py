"""Facility figures at 5,000 and 50,000 facilities: nearest 10, open-at, imports, gazetteer."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import json
import multiprocessing
import random
import statistics
import tempfile
import time
import zoneinfo
from collections.abc import Callable
from pathlib import Path

from kbassist.facilities.finder import Finder
from kbassist.facilities.hours import WEEKDAYS, DayHours, OpeningHours, parse_day
from kbassist.facilities.importer import (
    ImportPlan,
    import_table,
    read_table,
    too_large_for_yaml,
    write_facility_file,
)
from kbassist.facilities.locate import Gazetteer, search_key
from kbassist.facilities.model import Facility, Place, load_facility_file
from kbassist.facilities.opening import open_status
from kbassist.facilities.placestore import PlaceStore, import_places
from kbassist.problems import ProblemList

ZONES = ("Europe/London", "Europe/Ljubljana", "Europe/Zagreb", "Europe/Paris", "Europe/Athens")
SERVICES = ("returns", "repairs", "collection", "advice", "recycling")
WEEKS = (
    ["09:00-17:30"] * 5 + ["", ""],
    ["09:00-12:30,13:30-17:30"] * 5 + ["10:00-13:00", ""],
    ["10:00-20:00"] * 6 + ["11:00-17:00"],
    ["08:00-18:00"] * 4 + ["18:00-02:00", "10:00-02:00", ""],
    ["00:00-24:00"] * 7,
)
# UK postcode areas with a town and a centre, to make public-list-shaped rows.
UK_AREAS = (
    ("B", "Birmingham", 52.48, -1.90),
    ("BS", "Bristol", 51.45, -2.59),
    ("CF", "Cardiff", 51.48, -3.18),
    ("EH", "Edinburgh", 55.95, -3.19),
    ("G", "Glasgow", 55.86, -4.25),
    ("L", "Liverpool", 53.41, -2.98),
    ("LS", "Leeds", 53.80, -1.55),
    ("M", "Manchester", 53.48, -2.24),
    ("NE", "Newcastle upon Tyne", 54.97, -1.61),
    ("NG", "Nottingham", 52.95, -1.15),
    ("S", "Sheffield", 53.38, -1.47),
    ("SW", "London", 51.47, -0.17),
    ("YO", "York", 53.96, -1.08),
)


def facilities(
    count: int,
    rng: random.Random,
    weeks: tuple[list[str], ...] = WEEKS,
    unknown: float = 0.1,
    closed_on: dt.date | None = None,
) -> list[Facility]:
    """Facilities spread over Europe with a mix of weeks, unknown hours and exceptions."""
    made = []
    for number in range(count):
        hours = None
        if rng.random() >= unknown:
            week = tuple(parse_day(day) for day in rng.choice(weeks))
            exceptions: dict[dt.date, DayHours] = {
                dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(365)): ()
                for _ in range(rng.randrange(4))
            }
            if closed_on is not None:
                exceptions[closed_on] = ()
            hours = OpeningHours(week, exceptions)
        made.append(
            Facility(
                id=f"f{number}",
                name=f"Facility {number}",
                path=Path("bench.yaml"),
                line=number + 1,
                lat=rng.uniform(36, 60),
                lon=rng.uniform(-10, 30),
                services=tuple(rng.sample(SERVICES, rng.randrange(1, 4))),
                timezone=rng.choice(ZONES),
                hours=hours,
            )
        )
    return made


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50, p95 and p99 in milliseconds."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {
        "p50_ms": round(cuts[49], 3),
        "p95_ms": round(cuts[94], 3),
        "p99_ms": round(cuts[98], 3),
        "max_ms": round(max(samples), 3),
    }


def timed(queries: int, run: Callable[[], int], expect: Callable[[int], bool]) -> list[float]:
    """Milliseconds of each call of run; expect checks the number of results."""
    samples = []
    for _ in range(queries):
        began = time.perf_counter()
        found = run()
        samples.append((time.perf_counter() - began) * 1000)
        assert expect(found), found
    return samples


def bench_nearest(count: int, queries: int, rng: random.Random) -> None:
    """A JSON line per query kind: nearest 10, with and without filters, and nothing open."""
    made = facilities(count, rng)
    start = time.perf_counter()
    finder = Finder(made)
    build = time.perf_counter() - start
    print(json.dumps({"bench": "finder_build", "facilities": count, "seconds": round(build, 4)}))
    zone = zoneinfo.ZoneInfo("Europe/London")
    cases: dict[str, tuple[bool, str | None]] = {
        "nearest10": (False, None),
        "nearest10_open_at": (True, None),
        "nearest10_open_at_service": (True, "recycling"),
    }
    for name, (open_only, service) in cases.items():

        def run(open_only: bool = open_only, service: str | None = service) -> int:
            lat, lon = rng.uniform(36, 60), rng.uniform(-10, 30)
            at = dt.datetime(2027, 1, 1, tzinfo=zone) + dt.timedelta(
                minutes=rng.randrange(365 * 24 * 60)
            )
            found = finder.nearest(lat, lon, at, limit=10, open_only=open_only, service=service)
            return len(found)

        samples = timed(queries, run, lambda n: n == 10)
        line = {"bench": name, "facilities": count, "queries": queries, **percentiles(samples)}
        print(json.dumps(line))
    bench_nothing_open(count, queries, rng)


def bench_nothing_open(count: int, queries: int, rng: random.Random) -> None:
    """The worst cases: at 04:00 nothing is open; on a holiday every facility is closed."""
    night = Finder(facilities(count, rng, weeks=WEEKS[:3], unknown=0))

    def at_night() -> int:
        zone = zoneinfo.ZoneInfo(rng.choice(ZONES))
        day = dt.date(2027, 1, 4) + dt.timedelta(days=rng.randrange(300))
        at = dt.datetime.combine(day, dt.time(4, 0), tzinfo=zone)
        return len(night.nearest(rng.uniform(36, 60), rng.uniform(-10, 30), at, open_only=True))

    holiday = dt.date(2027, 12, 25)
    closed = Finder(facilities(count, rng, weeks=WEEKS[:3], unknown=0, closed_on=holiday))

    def on_holiday() -> int:
        at = dt.datetime.combine(holiday, dt.time(12, 0), tzinfo=zoneinfo.ZoneInfo("UTC"))
        return len(closed.nearest(rng.uniform(36, 60), rng.uniform(-10, 30), at, open_only=True))

    for name, run in (("nothing_open_night", at_night), ("nothing_open_holiday", on_holiday)):
        samples = timed(queries, run, lambda n: n == 0)
        line = {"bench": f"nearest10_open_at_{name}", "facilities": count, "queries": queries}
        print(json.dumps({**line, **percentiles(samples)}))


HOLIDAY_COUNTRIES = ("GB", "SI", "HR", "FR", "GR")


def first_query(count: int, prepared: bool) -> dict[str, float]:
    """In a fresh interpreter, as an app just started: milliseconds of the first and second
    open-at query on a holiday, and of the first status in the agent's language (Slovenian),
    with or without Finder.prepare beforehand (its milliseconds too)."""
    rng = random.Random(count)
    holiday = dt.date(2027, 12, 25)
    # Closed on public holidays too, so each status looks up its country's holidays.
    made = [
        dataclasses.replace(
            facility,
            country=rng.choice(HOLIDAY_COUNTRIES),
            hours=dataclasses.replace(facility.hours, holidays=()),
        )
        for facility in facilities(count, rng, weeks=WEEKS[:3], unknown=0, closed_on=holiday)
        if isinstance(facility.hours, OpeningHours)
    ]
    finder = Finder(made)
    at = dt.datetime.combine(holiday, dt.time(12, 0), tzinfo=zoneinfo.ZoneInfo("UTC"))
    figures: dict[str, float] = {}
    if prepared:
        began = time.perf_counter()
        finder.prepare(at, "sl")
        figures["prepare_ms"] = round((time.perf_counter() - began) * 1000, 1)
    for name in ("first_query_ms", "second_query_ms"):
        began = time.perf_counter()
        found = finder.nearest(rng.uniform(36, 60), rng.uniform(-10, 30), at, open_only=True)
        figures[name] = round((time.perf_counter() - began) * 1000, 1)
        assert not found, found
    slovenian = next(f for f in made if f.country == "SI")
    began = time.perf_counter()
    open_status(slovenian, at, "sl")
    figures["first_status_ms"] = round((time.perf_counter() - began) * 1000, 1)
    return figures


def bench_first_query(count: int) -> None:
    """JSON lines: the first query of the day on a holiday, unprepared and prepared."""
    # spawn: each run starts without the holiday calendars and day groups already read.
    context = multiprocessing.get_context("spawn")
    for prepared in (False, True):
        with context.Pool(1) as pool:
            figures = pool.apply(first_query, (count, prepared))
        name = "holiday_first_query" + ("_prepared" if prepared else "")
        print(json.dumps({"bench": name, "facilities": count, **figures}))


def write_library_list(path: Path, rows: int, rng: random.Random, coordinates: bool) -> None:
    """A public library list: name, address lines, town, postcode, phone, email, hours."""
    header = [
        "Library name",
        "Address 1",
        "Address 2",
        "Town",
        "Postcode",
        *(["latitude", "longitude"] if coordinates else []),
        *(f"{day.capitalize()} staffed hours" for day in WEEKDAYS),
        "Phone",
        "Email address",
        "Year closed",
    ]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for number in range(rows):
            area, town, lat, lon = rng.choice(UK_AREAS)
            postcode = f"{area}{rng.randrange(1, 30)} {rng.randrange(1, 10)}{_letters(rng)}"
            week = rng.choice(WEEKS) if rng.random() > 0.1 else [""] * 7
            writer.writerow(
                [
                    f"{town} Library {number}",
                    f"{number} High Street",
                    "",
                    town,
                    postcode,
                    *(
                        [
                            f"{lat + rng.uniform(-0.1, 0.1):.5f}",
                            f"{lon + rng.uniform(-0.1, 0.1):.5f}",
                        ]
                        if coordinates
                        else []
                    ),
                    *week,
                    f"0{rng.randrange(1000, 9999)} {rng.randrange(100000, 999999)}",
                    f"library{number}@example.org",
                    "2019" if rng.random() < 0.02 else "",
                ]
            )


def _letters(rng: random.Random) -> str:
    return "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


def library_plan(coordinates: bool) -> ImportPlan:
    """The --map, --set and --skip-if of a library list import."""
    return ImportPlan(
        mapping={
            "name": "Library name",
            "address1": "Address 1",
            "address2": "Address 2",
            "city": "Town",
            "postcode": "Postcode",
            **({"lat": "latitude", "lon": "longitude"} if coordinates else {}),
            "phone": "Phone",
            "email": "Email address",
            **{day: f"{day.capitalize()} staffed hours" for day in WEEKDAYS},
        },
        fixed={"country": "GB", "services": "library"},
        skip_if=("Year closed",),
    )


def bench_import(rows: int, rng: random.Random, coordinates: bool = True) -> None:
    """A JSON line: seconds to read, convert, write and check a library list, and to load it.

    Without coordinates each row is placed from a gazetteer of towns and postcode districts.
    """
    places = [Place(town, lat, lon, "city", "GB") for _area, town, lat, lon in UK_AREAS]
    places += [
        Place(f"{area}{n}", lat + n / 200, lon, "district", "GB")
        for area, _town, lat, lon in UK_AREAS
        for n in range(1, 30, 2)
    ]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "libraries.csv"
        write_library_list(source, rows, rng, coordinates)
        began = time.perf_counter()
        table, _warnings = read_table(source)
        report = import_table(table, library_plan(coordinates), source, (), Gazetteer(places))
        converted = time.perf_counter()
        # As `kbassist facilities import` does: more than one YAML file holds goes to CSV.
        suffix = ".csv" if too_large_for_yaml(report.entries) else ".yaml"
        target = Path(folder) / "content" / "facilities" / f"libraries{suffix}"
        write_facility_file(report.entries, source.name, target, replace=False)
        written = time.perf_counter()
        problems = ProblemList()
        loaded = load_facility_file(target, problems)
        load = time.perf_counter() - written
        size = target.stat().st_size
    print(
        json.dumps(
            {
                "bench": "import_csv" if coordinates else "import_csv_placed_by_gazetteer",
                "rows": rows,
                "imported": report.imported,
                "placements": {p.value: n for p, n in report.placements.items()},
                "skipped": len(report.skipped),
                "failed": len(report.failed),
                "convert_seconds": round(converted - began, 3),
                "write_and_check_seconds": round(written - converted, 3),
                "seconds": round(written - began, 3),
                "load_seconds": round(load, 3),
                "loaded": len(loaded),
                "file": target.name,
                "file_mb": round(size / 1e6, 2),
            }
        )
    )


def bench_gazetteer(rows: int, rng: random.Random) -> None:
    """A JSON line: importing a postcode list of rows (ONS-shaped) into the store, and lookups."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "postcodes.csv"
        postcodes = []
        with source.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["pcd", "pcds", "dointr", "doterm", "lat", "long", "ctry"])
            for number in range(rows):
                area, _town, lat, lon = UK_AREAS[number % len(UK_AREAS)]
                district = f"{area}{number // len(UK_AREAS) % 60 + 1}"
                inward = f"{number // (len(UK_AREAS) * 60) % 10}{_letters(rng)}"
                postcode = f"{district} {inward}"
                postcodes.append(postcode)
                terminated = rng.random() < 0.01
                writer.writerow(
                    [
                        postcode.replace(" ", ""),
                        postcode,
                        "198001",
                        "200512" if terminated else "",
                        "99.999999" if terminated else f"{lat + rng.uniform(-0.2, 0.2):.6f}",
                        "0.000000" if terminated else f"{lon + rng.uniform(-0.2, 0.2):.6f}",
                        "E92000001",
                    ]
                )
        target = Path(folder) / "places.sqlite"
        began = time.perf_counter()
        report = import_places(
            source, {"place": "pcds", "lat": "lat", "lon": "long"}, {"country": "GB"}, target
        )
        seconds = time.perf_counter() - began
        store = PlaceStore(target)
        gazetteer = Gazetteer((), store)
        first = time.perf_counter()
        store.lookup(search_key(postcodes[0]))
        opened = (time.perf_counter() - first) * 1000
        samples = timed(
            500, lambda: len(store.lookup(search_key(rng.choice(postcodes)))), lambda n: n <= 1
        )
        located = timed(500, lambda: int(bool(gazetteer.locate(rng.choice(postcodes)))), bool)
        completions = timed(200, lambda: len(gazetteer.complete("M1", 10)), lambda n: n == 10)
        print(
            json.dumps(
                {
                    "bench": "gazetteer_import",
                    "rows": rows,
                    "places": report.places,
                    "districts": report.districts,
                    "bad_rows": report.bad_count,
                    "seconds": round(seconds, 3),
                    "file_mb": round(target.stat().st_size / 1e6, 2),
                    "first_lookup_ms": round(opened, 3),
                    "lookup_p95_ms": percentiles(samples)["p95_ms"],
                    "locate_p95_ms": percentiles(located)["p95_ms"],
                    "complete_p95_ms": percentiles(completions)["p95_ms"],
                }
            )
        )
        store.close()


def main() -> None:
    """Run every facility benchmark and print one JSON line per figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--libraries", type=int, default=4000)
    parser.add_argument("--gazetteer", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for size in args.sizes:
        bench_nearest(size, args.queries, rng)
    for size in args.sizes:
        bench_first_query(size)
    for size in args.sizes:
        bench_import(size, rng)
    bench_import(args.libraries, rng, coordinates=False)
    bench_gazetteer(args.gazetteer, rng)


if __name__ == "__main__":
    main()
