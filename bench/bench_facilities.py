"""Facility finder figures: nearest 10 of 5,000 with the open-at filter, and a 5,000-row import."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import statistics
import tempfile
import time
import zoneinfo
from pathlib import Path

from kbassist.facilities.finder import Finder
from kbassist.facilities.hours import WEEKDAYS, DayHours, OpeningHours, parse_day
from kbassist.facilities.importer import (
    ImportPlan,
    import_table,
    read_table,
    write_facility_file,
)
from kbassist.facilities.model import Facility

ZONES = ("Europe/London", "Europe/Ljubljana", "Europe/Zagreb", "Europe/Paris", "Europe/Athens")
SERVICES = ("returns", "repairs", "collection", "advice", "recycling")
WEEKS = (
    ["09:00-17:30"] * 5 + ["", ""],
    ["09:00-12:30,13:30-17:30"] * 5 + ["10:00-13:00", ""],
    ["10:00-20:00"] * 6 + ["11:00-17:00"],
    ["08:00-18:00"] * 4 + ["18:00-02:00", "10:00-02:00", ""],
    ["00:00-24:00"] * 7,
)


def facilities(
    count: int,
    rng: random.Random,
    weeks: tuple[list[str], ...] = WEEKS,
    unknown: float = 0.1,
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
    """p50 and p95 in milliseconds."""
    cuts = statistics.quantiles(samples, n=100)
    return {"p50_ms": round(cuts[49], 3), "p95_ms": round(cuts[94], 3)}


def bench_nearest(count: int, queries: int, rng: random.Random) -> None:
    """Print a JSON line per query kind: nearest 10, with and without filters."""
    made = facilities(count, rng)
    start = time.perf_counter()
    finder = Finder(made)
    build = time.perf_counter() - start
    print(json.dumps({"bench": "finder_build", "facilities": count, "seconds": round(build, 4)}))
    zone = zoneinfo.ZoneInfo("Europe/London")
    cases = {
        "nearest10": {"open_only": False, "service": None},
        "nearest10_open_at": {"open_only": True, "service": None},
        "nearest10_open_at_service": {"open_only": True, "service": "recycling"},
    }
    for name, options in cases.items():
        samples = []
        for _ in range(queries):
            lat, lon = rng.uniform(36, 60), rng.uniform(-10, 30)
            at = dt.datetime(2027, 1, 1, tzinfo=zone) + dt.timedelta(
                minutes=rng.randrange(365 * 24 * 60)
            )
            began = time.perf_counter()
            results = finder.nearest(lat, lon, at, limit=10, **options)  # type: ignore[arg-type]
            samples.append((time.perf_counter() - began) * 1000)
            assert len(results) == 10
        print(
            json.dumps(
                {"bench": name, "facilities": count, "queries": queries, **percentiles(samples)}
            )
        )


def bench_night(count: int, queries: int, rng: random.Random) -> None:
    """The worst case: at 04:00 nothing is open, so every facility is looked at."""
    finder = Finder(facilities(count, rng, weeks=WEEKS[:3], unknown=0))
    samples = []
    for _ in range(queries):
        zone = zoneinfo.ZoneInfo(rng.choice(ZONES))
        day = dt.date(2027, 1, 4) + dt.timedelta(days=rng.randrange(300))
        at = dt.datetime.combine(day, dt.time(4, 0), tzinfo=zone)
        began = time.perf_counter()
        results = finder.nearest(rng.uniform(36, 60), rng.uniform(-10, 30), at, open_only=True)
        samples.append((time.perf_counter() - began) * 1000)
        assert results == []
    print(
        json.dumps(
            {
                "bench": "nearest10_open_at_nothing_open",
                "facilities": count,
                "queries": queries,
                **percentiles(samples),
            }
        )
    )


def bench_import(rows: int, rng: random.Random) -> None:
    """Print a JSON line: seconds to read, convert and write a library-list CSV."""
    header = [
        "Library name",
        "Address 1",
        "Address 2",
        "Postcode",
        "latitude",
        "longitude",
        *(f"{day.capitalize()} staffed hours" for day in WEEKDAYS),
        "Email address",
        "Year closed",
        "Wifi",
    ]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "libraries.csv"
        with source.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            for number in range(rows):
                week = rng.choice(WEEKS) if rng.random() > 0.1 else [""] * 7
                writer.writerow(
                    [
                        f"Library {number}",
                        f"{number} High Street",
                        "",
                        "NW1 1AA",
                        f"{rng.uniform(50, 55):.5f}",
                        f"{rng.uniform(-4, 1):.5f}",
                        *week,
                        f"library{number}@example.org",
                        "2019" if rng.random() < 0.02 else "",
                        rng.choice(["yes", "no", ""]),
                    ]
                )
        plan = ImportPlan(
            mapping={
                "name": "Library name",
                "address1": "Address 1",
                "address2": "Address 2",
                "postcode": "Postcode",
                "lat": "latitude",
                "lon": "longitude",
                "email": "Email address",
                **{day: f"{day.capitalize()} staffed hours" for day in WEEKDAYS},
            },
            fixed={"country": "GB", "timezone": "Europe/London"},
            skip_if=("Year closed",),
        )
        began = time.perf_counter()
        table, _warnings = read_table(source)
        report = import_table(table, plan, source)
        converted = time.perf_counter()
        target = Path(folder) / "content" / "facilities" / "libraries.yaml"
        write_facility_file(report.entries, source.name, target, replace=False)
        written = time.perf_counter()
    print(
        json.dumps(
            {
                "bench": "import_csv",
                "rows": rows,
                "imported": report.imported,
                "skipped": len(report.skipped),
                "failed": len(report.failed),
                "convert_seconds": round(converted - began, 3),
                "write_and_check_seconds": round(written - converted, 3),
                "seconds": round(written - began, 3),
            }
        )
    )


def main() -> None:
    """Run every facility benchmark and print one JSON line per figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facilities", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bench_nearest(args.facilities, args.queries, rng)
    bench_night(args.facilities, args.queries // 4, rng)
    bench_import(args.rows, rng)


if __name__ == "__main__":
    main()
