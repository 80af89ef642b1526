"""`kbassist facilities`: find the nearest facilities, and import a facility list from CSV."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from kbassist.commands import (
    Subparsers,
    add_column_options,
    examples,
    existing_content,
    positive_int,
)
from kbassist.commands.places import IMPORT_NOTHING_WRITTEN, IMPORT_OK, IMPORT_SOME_FAILED
from kbassist.common.i18n import _
from kbassist.common.plural import count
from kbassist.content.folder import FACILITIES_DIR
from kbassist.facilities.address import address_block
from kbassist.facilities.finder import Finder, FinderResult, all_services
from kbassist.facilities.geo import Units
from kbassist.facilities.importer import (
    FacilityImportError,
    ImportPlan,
    ImportReport,
    import_table,
    other_facility_ids,
    parse_assignments,
    read_table,
    too_large_for_yaml,
    write_facility_file,
)
from kbassist.facilities.locate import Gazetteer, Location, PlaceSource, UnknownPlaceError
from kbassist.facilities.model import GAZETTEER_FILE, Placement, load_gazetteer
from kbassist.facilities.placestore import PlaceStore
from kbassist.facilities.wording import phrase
from kbassist.paths import CONTENT_ENV
from kbassist.problems import ProblemList
from kbassist.shared_settings import CONTENT_FOLDER_KEY, resolve_content, shared_value
from kbassist.validation import load_checked

_NEGATIVE_WORD = re.compile(r"^-\d[\d.]*(?:[,;]\s*[-+]?\d[\d.]*)?$")
MIN_YEAR, MAX_YEAR = 1900, 2999


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the facilities command and its subcommands."""
    parser = subparsers.add_parser(
        "facilities",
        help="find the nearest facilities; import a facility list",
        description="Find facilities near a customer, or import a spreadsheet of facilities.",
        **examples(
            (_("The nearest facilities to a postcode:"), 'kbassist facilities near "NW1 7AA"'),
            (_("Import a facility list:"), "kbassist facilities import branches.csv"),
        ),
    )
    parser.set_defaults(run=lambda _args: _usage(parser))
    commands = parser.add_subparsers(title="subcommands", metavar="SUBCOMMAND")
    _register_near(commands, common)
    _register_import(commands, common)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _register_near(
    commands: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    near = commands.add_parser(
        "near",
        parents=[common],
        help="the nearest facilities to a postcode, town or lat,lon",
        description="List the facilities nearest to a postcode, postcode district, town from "
        "the gazetteer, or coordinates written lat,lon, with whether each is open.",
        **examples(
            (_("The nearest facilities to a postcode:"), 'kbassist facilities near "NW1 7AA"'),
            (
                _("Open on Saturday morning, offering returns:"),
                "kbassist facilities near Leeds --open-at 2027-03-06T10:00 --service returns",
            ),
            (_("Near coordinates, in miles:"), "kbassist facilities near 51.52,-0.14 --miles"),
        ),
    )
    near.add_argument("query", nargs="+", metavar="QUERY", help="postcode, town or lat,lon")
    # argparse takes "-90,-180" for an option (only "-90" looks like a number to it); a
    # customer south or west of zero is a place, so any "-digit..." word is a value here.
    near._negative_number_matcher = _NEGATIVE_WORD
    near.add_argument("--service", metavar="S", help="only facilities offering this service")
    near.add_argument(
        "--open-at",
        metavar="ISO_DATETIME",
        help="only facilities open at this time, e.g. 2027-03-06T10:00; without an offset "
        "(+01:00 or Z) it is this computer's local time",
    )
    near.add_argument("--open", action="store_true", help="only facilities open now")
    near.add_argument("--limit", type=positive_int, default=5, metavar="N", help="default 5")
    near.add_argument("--miles", action="store_true", help="distances in miles")
    near.add_argument("--json", action="store_true", help="print a JSON list")
    near.set_defaults(run=run_near)


def _register_import(
    commands: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="turn a CSV export into a facility file",
        description="Read a CSV export of places and write them as facilities to "
        "facilities/<name>.yaml in the content folder. Exit 0 when every row was imported "
        "or skipped, 1 when some rows failed (the rest are written), 2 when nothing was written.",
        **examples(
            (
                _("Import a library list, naming the columns:"),
                "kbassist facilities import libraries.csv --map name='Library name' "
                "--set country=GB --skip-if 'Year closed' --output libraries",
            ),
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE.csv", help="the CSV file to import")
    add_column_options(
        imp,
        map_help="fill a facility field from a CSV column, e.g. name='Library name'",
        set_help="the same value for every row (where the mapped column is empty), e.g. country=GB",
    )
    imp.add_argument(
        "--skip-if",
        action="append",
        default=[],
        metavar="COLUMN",
        help="skip rows where this column is not empty, e.g. 'Year closed'",
    )
    imp.add_argument("--output", metavar="NAME", help="file name under facilities/")
    imp.add_argument(
        "--replace", action="store_true", help="replace an existing file (kept as .bak)"
    )
    imp.set_defaults(run=run_import)


def parse_instant(text: str) -> dt.datetime:
    """An aware datetime from ISO text; without an offset it is the machine's local time."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date and time; write it like 2027-03-06T10:00 "
            "(add +01:00 or Z for a time in another zone)."
        ) from None
    # Opening hours are looked up days around the time; near year 1 or 9999 that overflows.
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(
            f"'{text}' is out of range; give a time between the years {MIN_YEAR} and {MAX_YEAR}."
        )
    try:
        return value if value.tzinfo is not None else value.astimezone()
    except (OverflowError, OSError):
        raise ValueError(f"'{text}' cannot be placed in this computer's time zone.") from None


def run_near(args: argparse.Namespace) -> int:
    """Print the nearest facilities; 1 for an unknown place or no match, 2 for bad input."""
    with PlaceStore() as more_places:
        return _near(args, more_places)


def _near(args: argparse.Namespace, more_places: PlaceSource) -> int:
    query = " ".join(args.query)
    root = existing_content(args.content)
    if root is None:
        return 2
    content = load_checked(root, places=more_places)
    if not content.facilities:
        print(f"No facilities in {root / FACILITIES_DIR}. Run `kbassist check`.", file=sys.stderr)
        return 1
    try:
        at = parse_instant(args.open_at) if args.open_at else dt.datetime.now().astimezone()
    except ValueError as exc:
        print(f"--open-at: {exc}", file=sys.stderr)
        return 2
    services = all_services(content.facilities.values())
    if args.service and args.service.strip().lower() not in services:
        print(
            f"No facility offers '{args.service}'. Services: {', '.join(services)}.",
            file=sys.stderr,
        )
        return 1
    finder = Finder(content.facilities)
    try:
        where = Gazetteer(content.places, more_places).locate(query)
    except UnknownPlaceError as exc:
        return _by_name(finder, query, exc, args, at, bool(content.places))
    open_only = bool(args.open_at or args.open)
    results = finder.nearest(
        where.lat,
        where.lon,
        at,
        service=args.service,
        open_only=open_only,
        limit=args.limit,
        query=query,
        unknown=False,
    )
    # Never promised as open, never lost: facilities with unknown hours, in a group of their own.
    unknown = (
        finder.unknown_hours_near(where.lat, where.lon, at, service=args.service, limit=args.limit)
        if open_only
        else []
    )
    units = Units.MILES if args.miles else Units.KM
    if args.json:
        found = [result_json(r) for r in (*results, *unknown)]
        json.dump(found, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_heading(where, args, at))
        for number, result in enumerate(results, start=1):
            print()
            print(result_card(result, number, units))
        if unknown:
            print(f"\n{phrase('unknown_group')}:")
        for number, result in enumerate(unknown, start=len(results) + 1):
            print()
            print(result_card(result, number, units))
    results = [*results, *unknown]
    if not results:
        print("No facility matches. Try without --service or --open-at.", file=sys.stderr)
        return 1
    return 0


def _by_name(
    finder: Finder,
    query: str,
    error: UnknownPlaceError,
    args: argparse.Namespace,
    at: dt.datetime,
    have_places: bool,
) -> int:
    """A query that is no known place may name facilities: list those, without distance."""
    found = finder.by_name(query, at, service=args.service, limit=args.limit)
    if not found:
        print(error.message, file=sys.stderr)
        if not have_places:
            print(f"The gazetteer {FACILITIES_DIR}/{GAZETTEER_FILE} is empty.", file=sys.stderr)
        return 1
    units = Units.MILES if args.miles else Units.KM
    if args.json:
        json.dump([result_json(r) for r in found], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"'{query.strip()}' is no place in the gazetteer; facilities it names:")
    for number, result in enumerate(found, start=1):
        print()
        print(result_card(result, number, units))
    return 0


def _heading(where: Location, args: argparse.Namespace, at: dt.datetime) -> str:
    parts = [f"Nearest to {where.label} ({where.kind})"]
    if args.service:
        parts.append(f"offering {args.service}")
    if args.open_at:
        parts.append(f"open at {at:%a %d %b %Y %H:%M %z}")
    elif args.open:
        parts.append("open now")
    return ", ".join(parts) + ":"


def result_card(result: FinderResult, number: int, units: Units) -> str:
    """A facility as a few lines an agent can read out."""
    facility = result.facility
    lines = [
        f"{number}. {facility.name} — {distance_text(result, units)}",
        f"   {result.status.text}",
    ]
    lines += [f"   {line}" for line in address_block(facility).splitlines()]
    lines += [f"   {value}" for value in (facility.phone, facility.email) if value]
    return "\n".join(lines)


def distance_text(result: FinderResult, units: Units) -> str:
    """'2.4 km', '≈ 2.4 km (placed by postcode district)', or 'distance unknown (...)'."""
    placement = result.facility.placement
    text = result.distance_text(units)
    if placement is Placement.UNPLACED:
        return f"{text} (no coordinates)"
    if placement is Placement.GIVEN or result.distance_km is None:
        return text
    return f"{text} ({placement.label})"


def result_json(result: FinderResult) -> dict[str, Any]:
    """The JSON form of a result; open is null when the hours are unknown, distance_km when
    the facility has no coordinates; placed says how its coordinates were found."""
    status = result.status
    distance = result.distance_km
    return {
        "id": result.facility.id,
        "name": result.facility.name,
        "distance_km": None if distance is None else round(distance, 3),
        "placed": result.facility.placement.value,
        "open": status.open,
        "opens_at": status.opens_at.isoformat() if status.opens_at else None,
        "closes_at": status.closes_at.isoformat() if status.closes_at else None,
        "status": status.text,
        "address": address_block(result.facility),
        "phone": result.facility.phone,
    }


def run_import(args: argparse.Namespace) -> int:
    """Import a CSV into facilities/; prints a summary, and every failed row with its number."""
    try:
        return _import(args)
    except FacilityImportError as exc:
        print(f"Nothing imported: {exc}", file=sys.stderr)
        return IMPORT_NOTHING_WRITTEN


def _import(args: argparse.Namespace) -> int:
    if not (args.content or os.environ.get(CONTENT_ENV) or shared_value(CONTENT_FOLDER_KEY)):
        raise FacilityImportError(
            "name the content folder to import into with --content DIR "
            "(the bundled starter content is never changed)."
        )
    root = resolve_content(args.content)
    if not root.is_dir():
        raise FacilityImportError(f"the content folder {root} does not exist.")
    if not args.map:
        raise FacilityImportError(
            "say which columns hold what with --map, e.g. --map name='Library name' "
            "lat=latitude lon=longitude."
        )
    plan = ImportPlan(
        mapping=parse_assignments(args.map, "--map"),
        fixed=parse_assignments(args.set, "--set"),
        skip_if=tuple(args.skip_if),
    )
    if "name" not in plan.mapping:
        raise FacilityImportError("map the column with the facility's name: --map name=COLUMN.")
    given = [f for f in ("lat", "lon") if f in plan.mapping or f in plan.fixed]
    if len(given) == 1:
        raise FacilityImportError(
            "map both coordinate columns (decimal degrees), --map lat=COLUMN lon=COLUMN, or "
            "neither to place each facility by its postcode or town from the gazetteer."
        )
    target = root / FACILITIES_DIR / output_name(args.output, args.file)
    if target.exists() and not args.replace:
        raise FacilityImportError(
            f"{target} already exists. Add --replace to overwrite it (the old file is kept "
            f"as {target.name}.bak), or choose another name with --output."
        )
    table, warnings = read_table(args.file)
    gazetteer_file = root / FACILITIES_DIR / GAZETTEER_FILE
    places = load_gazetteer(gazetteer_file, ProblemList()) if gazetteer_file.is_file() else []
    with PlaceStore() as more_places:
        report = import_table(
            table,
            plan,
            args.file,
            other_facility_ids(target.parent, target),
            Gazetteer(places, more_places),
        )
    report.warnings[:0] = warnings
    if not report.entries:
        _summary(args.file, table.encoding, len(table.rows), report, None, None, args.skip_if)
        raise FacilityImportError("no row became a facility, so no file was written.")
    if target.suffix.lower() != ".csv" and too_large_for_yaml(report.entries):
        if args.output:
            raise FacilityImportError(
                f"{count(report.imported, 'facility', 'facilities')} are more than one YAML "
                f"file may hold; name a CSV file instead: --output {target.stem}.csv."
            )
        # The flat CSV format loads as fast as it is read and has no limit on its size.
        target = target.with_suffix(".csv")
        report.warnings.append(
            f"{count(report.imported, 'facility', 'facilities')} are more than one YAML file "
            f"may hold: they are written as the facility CSV file {target.name} instead."
        )
    backup = write_facility_file(report.entries, args.file.name, target, replace=args.replace)
    _summary(args.file, table.encoding, len(table.rows), report, target, backup, args.skip_if)
    return IMPORT_SOME_FAILED if report.failed else IMPORT_OK


def output_name(option: str | None, source: Path) -> str:
    """The facility file name: --output (.yaml added unless it ends .yaml, .yml or .csv) or
    the CSV's stem."""
    name = (option or source.stem).strip()
    if not name or Path(name).name != name or name.startswith("."):
        raise FacilityImportError(
            f"--output '{name}' must be a plain file name (it goes under {FACILITIES_DIR}/)."
        )
    if Path(name).suffix.lower() not in (".yaml", ".yml", ".csv"):
        name += ".yaml"
    return name


def _summary(
    source: Path,
    encoding: str,
    rows: int,
    report: ImportReport,
    target: Path | None,
    backup: Path | None,
    skip_if: list[str],
) -> None:
    print(f"Read {count(rows, 'row')} from {source} ({encoding}).")
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if target is not None:
        print(f"Imported {count(report.imported, 'facility', 'facilities')} into {target}.")
    if backup is not None:
        print(f"The previous file is kept as {backup}.")
    if report.skipped:
        why = " or ".join(f"'{c}'" for c in skip_if)
        print(
            f"Skipped {count(len(report.skipped), 'row')} where {why} is not empty: "
            + _numbers(report.skipped)
            + "."
        )
    placed = [
        f"{count(report.placements[p], 'facility', 'facilities')} {p.label}"
        for p in Placement
        if report.placements.get(p) and p is not Placement.UNPLACED
    ]
    if len(placed) > 1 or report.placements.get(Placement.GIVEN) != report.imported:
        print("Placement: " + "; ".join(placed or ["none placed"]) + ".")
    if report.unplaced:
        print(
            f"Not placed: {count(len(report.unplaced), 'row')} whose postcode and town are not in "
            f"the gazetteer, imported without coordinates (found by name, town or postcode; "
            f"listed as distance unknown): rows {_numbers(report.unplaced)}. Add lat/lon "
            f"columns, the places to {FACILITIES_DIR}/{GAZETTEER_FILE}, or a postcode list "
            "with `kbassist places import`, then import again."
        )
    if report.failed:
        failed = count(len(report.failed), "row")
        print(f"Failed {failed} (fix them in the sheet and import again):")
        for failure in report.failed:
            print(f"  row {failure.row}: {failure.message}")


def _numbers(rows: list[int], shown: int = 30) -> str:
    text = ", ".join(str(n) for n in rows[:shown])
    return text + (f" and {len(rows) - shown} more" if len(rows) > shown else "")
